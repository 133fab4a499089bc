/**
 * The limits on untrusted input, in one place. Every input path (the schema
 * parser, the TimelineJS and CSV importers, `src` bodies) checks them, so
 * that no page, link or feed can make the chronology hang, throw or go
 * blank. They are generous for real chronologies (the largest newsroom
 * timelines have a few thousand events, a handful of actors and topics per
 * event, a few paragraphs of text); past them, the input is cut and the cut
 * is reported as a problem with its path, never silently:
 *
 * | limit | past it |
 * | --- | --- |
 * | `events` | the events after the first `events` are left out, each with an `error` |
 * | `actorsPerEvent`, `topicsPerEvent`, `sourcesPerEvent` (also a dispute's sources), `disputesPerEvent`, `statementsPerEvent`, `correctionsPerEvent` | the event is kept with the first ones; a `warning` says how many were cut |
 * | `eras` | the eras after the first `eras` are left out; a `warning` says how many |
 * | `textLength` | a longer TimelineJS text (after HTML) or CSV cell is cut by the importer (ending in "…"); a `warning` |
 * | `depth` | a TimelineJS slide nested deeper is left out (an `error`; the title slide: a `warning`) |
 * | `bodyLength` | a `src` body longer than this is refused (`LoadError` of kind `not-json`) |
 *
 * The values are read-only; they are not options (a page that needs more
 * is better served by splitting its chronology).
 */
/** Events in one chronology (the benchmarks draw 100,000). */
export const MAX_EVENTS = 200_000;
/** Actors of one event. */
export const MAX_ACTORS_PER_EVENT = 500;
/** Topics of one event . */
export const MAX_TOPICS_PER_EVENT = 100;
/** Sources of one event. */
export const MAX_SOURCES_PER_EVENT = 500;
/** Conflicting reports (`disputes`) of one event. */
export const MAX_DISPUTES_PER_EVENT = 100;
/** Statements of one event. */
export const MAX_STATEMENTS_PER_EVENT = 500;
/** Corrections of one event. */
export const MAX_CORRECTIONS_PER_EVENT = 100;
/** Eras (periods of context) in one chronology. */
export const MAX_ERAS = 1_000;
/** Characters in one imported text (a TimelineJS text after HTML, a CSV cell). The parser's cost is linear in text, so it does not cut. */
export const MAX_TEXT_LENGTH = 100_000;
/** Nesting of a TimelineJS slide's objects and arrays (it needs about 4 levels; the parser reads only the fields it knows). */
export const MAX_DEPTH = 100;
/** Characters in a body loaded from `src` (about 100 MB). */
export const MAX_BODY_LENGTH = 100_000_000;

/** All of the above by name, for pages and tests (the code reads the constants, so a bundle carries only those it uses). */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  events: MAX_EVENTS,
  actorsPerEvent: MAX_ACTORS_PER_EVENT,
  topicsPerEvent: MAX_TOPICS_PER_EVENT,
  sourcesPerEvent: MAX_SOURCES_PER_EVENT,
  disputesPerEvent: MAX_DISPUTES_PER_EVENT,
  statementsPerEvent: MAX_STATEMENTS_PER_EVENT,
  correctionsPerEvent: MAX_CORRECTIONS_PER_EVENT,
  eras: MAX_ERAS,
  textLength: MAX_TEXT_LENGTH,
  depth: MAX_DEPTH,
  bodyLength: MAX_BODY_LENGTH,
});
