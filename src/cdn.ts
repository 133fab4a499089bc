/**
 * The CDN entry (`dist/cdn/chronoline.min.js`): registers `<event-timeline>`,
 * `<topic-badge>` and `<actor-card>` and exports what `chronoline` (index.ts)
 * exports, except `parseChronology`, `ActorCard` and `TopicBadge`.
 *
 * Cards and badges are not needed at first paint: their classes are in
 * `dist/cdn/actor-card.js` and `dist/cdn/topic-badge.js` beside the bundle,
 * each loaded and registered as soon as the page has an element of its tag
 * (dom/on-first-use.ts), or when a timeline first draws one (its details
 * panel, its filter bar: see inner-tags.ts). A page that wants a class, or
 * draws the tag only inside a shadow root of its own (which the entry does
 * not watch), imports the file and registers the class with `define`:
 *
 * ```js
 * import { define } from 'https://unpkg.com/chronoline/dist/cdn/chronoline.min.js';
 * import { ActorCard } from 'https://unpkg.com/chronoline/dist/cdn/actor-card.js';
 * define('actor-card', ActorCard);
 * ```
 *
 * The full parser and valibot are not
 * needed at first paint (the components read plain chronologies with the
 * quick path and load the parser on first need), so the CDN build serves
 * them beside the bundle as `dist/cdn/schema.js`, which exports what
 * `chronoline/schema.js` does:
 *
 * ```js
 * import { parseChronology } from 'https://unpkg.com/chronoline/dist/cdn/schema.js';
 * ```
 */
import { EventTimeline } from './components/event-timeline/event-timeline.component.js';
import { defineTag } from './components/event-timeline/inner-tags.js';
import { define } from './dom/define.js';
import { onFirstUse } from './dom/on-first-use.js';

define('event-timeline', EventTimeline);
onFirstUse(['actor-card', 'topic-badge'], defineTag);

export { EventTimeline };
export { enclosingTimeline, type TimelineHost } from './dom/enclosing-timeline.js';
export type * from './events/index.js';
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
