import { createContext } from '@lit/context';
import type { Chronology } from './schema/parse.js';

/**
 * What an `<event-timeline>` shares with the `<actor-card>`s and
 * `<topic-badge>`s inside it (in its details panel, or slotted by a page).
 */
export interface TimelineContext {
  chronology: Chronology | null;
  /** Topics currently filtered on (empty: all shown). */
  activeTopics: ReadonlySet<string>;
  /** Turns a topic filter on or off. */
  setTopicActive(id: string, active: boolean): void;
  /** Language for labels. */
  lang: string;
}

export const timelineContext = createContext<TimelineContext | undefined>(Symbol.for('chronoline.timeline'));
