/**
 * The DOM events the components fire. All bubble and are composed, so a page
 * can listen on the element or on any ancestor, across shadow roots.
 */

/** `event-select`: an event was selected (click, Enter or Space). */
export type EventSelectEvent = CustomEvent<{ id: string }>;
/** `range-change`: the visible time range changed (zoom, pan, buttons). */
export type RangeChangeEvent = CustomEvent<{ start: Date; end: Date }>;
/** `data-load`: a dataset was parsed. Counts, and the problems themselves. */
export type DataLoadEvent = CustomEvent<{
  /** Events drawn. */
  events: number;
  /** Events in the input: always `events` + the events left out and reported. */
  eventsIn: number;
  problems: number;
  problemList: import('../schema/parse.js').Problem[];
}>;
/** `data-error`: nothing could be shown (fetch failed, not JSON, not a chronology). */
export type DataErrorEvent = CustomEvent<{
  message: string;
  /** What went wrong: a load failure's kind, or `data` when the data is not a chronology. */
  kind: import('../load/load.js').LoadErrorKind | 'data';
  url?: string;
  status?: number;
  problems: import('../schema/parse.js').Problem[];
}>;
/** `rendered`: the first full render of new data at the element's real width. */
export type RenderedEvent = CustomEvent<{ events: number }>;
/** `topic-toggle`: a topic badge was pressed or released. */
export type TopicToggleEvent = CustomEvent<{ id: string; active: boolean }>;
/** `filter-change`: the set of active topics (or, with `statuses`, of active verification statuses) of a timeline changed. */
export type FilterChangeEvent = CustomEvent<{ topics: string[]; statuses?: string[] }>;

/** `zone-change`: the reader picked another display zone in the zone menu. */
export type ZoneChangeEvent = CustomEvent<{ timeZone: string }>;

/** `search-change`: the reader typed in the search box or cleared it: the query and the matching events' ids, in time order (the topic filter applies). */
export type SearchChangeEvent = CustomEvent<{ query: string; matches: string[] }>;

export interface ChronolineEventMap {
  'search-change': SearchChangeEvent;
  'zone-change': ZoneChangeEvent;
  'event-select': EventSelectEvent;
  'range-change': RangeChangeEvent;
  'data-load': DataLoadEvent;
  'data-error': DataErrorEvent;
  rendered: RenderedEvent;
  'topic-toggle': TopicToggleEvent;
  'filter-change': FilterChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ChronolineEventMap {}
}
