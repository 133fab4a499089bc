/**
 * The CDN entry (`dist/cdn/chronoline.min.js`): registers `<event-timeline>`,
 * `<actor-card>` and `<topic-badge>` and exports what `chronoline` (index.ts)
 * exports, except `parseChronology`: the full parser and valibot are not
 * needed at first paint (the components read plain chronologies with the
 * quick path and load the parser on first need), so the CDN build serves
 * them beside the bundle as `dist/cdn/schema.js`, which exports what
 * `chronoline/schema.js` does:
 *
 * ```js
 * import { parseChronology } from 'https://unpkg.com/chronoline/dist/cdn/schema.js';
 * ```
 */
import './components/event-timeline/event-timeline.js';
import './components/actor-card/actor-card.js';
import './components/topic-badge/topic-badge.js';

export * from './classes.js';
export { formatProblem } from './schema/result.js';
export { pickText } from './schema/text.js';
export { parseTimeValue } from './time/dates.js';
export type {
  Chronology,
  ChronologyInput,
  ChronologyJson,
  ChronologyData,
  TimelineEvent,
  TimelineEventInput,
  Actor,
  Topic,
  Problem,
  ParseResult,
  LocalizedText,
} from './schema/index.js';
export { define } from './dom/define.js';
