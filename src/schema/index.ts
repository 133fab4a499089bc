/**
 * `chronoline/schema.js`: read and validate a chronology.
 *
 * - `parseChronology(input, options?)` → `{chronology, problems, eventsIn}`:
 *   the validated chronology (events sorted, references resolved) and every
 *   problem found, each with its JSON path and a sentence.
 * - `parseInSlices(input, options?, stop?)` → a promise of the same result,
 *   parsed in slices with a pause (a macrotask) after each, so that a page
 *   that parses a large chronology stays responsive.
 * - `formatProblem(problem)` → `"events[12].start: …"`.
 * - `pickText(text, lang)`: the best match of a localized field.
 * - `parseTimeValue(value)`: one ISO 8601 date or date-time, or the reason it is not one.
 * - `LIMITS`: the limits on untrusted input (events, actors/topics/sources
 *   per event, text length, nesting depth, body length), reported when passed.
 * - `safeColor(value)`: the colour when `value` is a hex colour, else
 *   `undefined`: the one check for colours from any path.
 *
 * The JSON Schema of the same shape is `chronoline/chronology.schema.json`.
 */
export {
  parseChronology,
  formatProblem,
  type ParseOptions,
  type ParseResult,
  type Problem,
  type Chronology,
  type TimelineEvent,
} from './parse.js';
export { parseInSlices } from './slices.js';
export { pickText, pickLang } from './text.js';
export { LIMITS } from './limits.js';
export type { Era } from './eras.js';
export { safeColor } from './color.js';
export { parseTimeValue, isTimeValue, PRECISIONS, type Precision, type TimePoint } from '../time/dates.js';
export {
  ACTOR_KINDS,
  STATUSES,
  type Status,
  type DisputeInput,
  type StatementInput,
  type ChronologyInput,
  type ChronologyJson,
  type ChronologyData,
  type TimelineEventInput,
  type ActorInput,
  type TopicInput,
  type EraInput,
  type LocalizedText,
  type Actor,
  type ActorKind,
  type ActorRef,
  type Topic,
  type Source,
  type Media,
  type EventMedia,
  type MediaKind,
  type Correction,
  type EventLocation,
} from './chronology-schema.js';
export type { Dispute, Statement, Verification } from './verification.js';
