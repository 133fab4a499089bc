/**
 * chronoline: registers `<event-timeline>`, `<actor-card>` and
 * `<topic-badge>`, and exports the classes, the schema and the layout.
 */
import './components/event-timeline/event-timeline.js';
import './components/actor-card/actor-card.js';
import './components/topic-badge/topic-badge.js';

export * from './classes.js';
export {
  parseChronology,
  formatProblem,
  pickText,
  parseTimeValue,
  type Chronology,
  type ChronologyInput,
  type ChronologyJson,
  type ChronologyData,
  type TimelineEvent,
  type TimelineEventInput,
  type Actor,
  type Topic,
  type Era,
  type EraInput,
  type Problem,
  type ParseResult,
  type LocalizedText,
} from './schema/index.js';
export { define } from './dom/define.js';
