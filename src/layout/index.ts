/**
 * `chronoline/layout.js`: the chart's layout as pure functions (no DOM), for
 * drawing a chronology with other tools or on the server.
 *
 * - `prepareTimeline(chronology, options)`: the events in time order, in lanes
 *   (by actor, topic or none), with their spans in a display zone.
 * - `computeTimelineLayout(prepared, options)`: for a width and a time range,
 *   every coordinate: lanes, axis ticks, marks, labels, "+N" clusters, links.
 * - `computeTicks`, `computeLanes`, `stackLabels`, `truncateToWidth`,
 *   `timeScale`, `queryWindow`: the pieces those two are made of.
 * - `formatEventDate`, `formatShortDate`, `offsetName`, `isTimeZone`: dates
 *   as the chart writes them.
 * - `summarize(chronology, {lang, zone, messages})`: the chronology in one
 *   localized sentence (span, busiest day, actors, disputed), or its own
 *   `summary`; `summaryFigures` gives the numbers.
 * - `searchEvents(chronology, query, lang)`, `createSearchIndex`,
 *   `foldForSearch`: the search of the element's search box (case, accents
 *   and Persian/Arabic letter variants folded).
 * - `pivotTickFormat`, `relabelTicks`: a relative axis (`−2d`, `+6h`).
 * - `computeBrokenLayout(prepared, options, thresholdMs)`: the layout with
 *   long empty stretches collapsed into breaks (`axis-breaks`);
 *   `breakThreshold`, `segmentTime` and `formatDuration` are its parts.
 */
export {
  prepareTimeline,
  computeTimelineLayout,
  type PrepareOptions,
  type PreparedTimeline,
  type LayoutOptions,
  type TimelineLayout,
  type LaneLayout,
  type PositionedEvent,
  type ClusterLayout,
  type LinkLayout,
  type SpannedEvent,
  type AxisTime,
  type BreakMark,
} from './timeline-layout.js';
export { computeTicks, type Tick, type TickOptions } from './ticks.js';
export { computeLanes, GROUP_BY, type GroupBy, type LaneSpec, type LaneOptions, type LaneAssignment } from './lanes.js';
export { stackLabels, truncateToWidth, type StackItem, type StackedItem, type StackOptions, type ReservedSpan } from './stack.js';
export { timeScale, type TimeScale } from './time-scale.js';
export { queryWindow, type Spanned } from './window.js';
export { computeEventSpan, type EventSpan } from './event-span.js';
export { isTimeZone, offsetName } from '../time/zone.js';
export { formatEventDate, formatShortDate } from '../time/format.js';
export { summarize, summaryFigures, type SummaryOptions, type SummaryFigures } from './summary.js';
export { searchEvents, createSearchIndex, foldForSearch, type SearchIndex, type SearchableChronology } from './search.js';
export { pivotTickFormat, pivotUnit, relabelTicks, type PivotFormatOptions, type PivotUnit } from './pivot.js';
export { computeBrokenLayout, breakThreshold, brokenAxis, BREAK_GAP, type BrokenAxis } from './broken-axis.js';
export {
  segmentTime,
  formatDuration,
  type AxisBreak,
  type AxisSegment,
  type BrokenScale,
  type SegmentedTime,
  type SegmentOptions,
  type TimeSpan,
} from './breaks.js';
