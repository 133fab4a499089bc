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
 * | `actorsPerEvent`, `topicsPerEvent`, `sourcesPerEvent` | the event is kept with the first ones; a `warning` says how many were cut |
 * | `textLength` | a longer text field is cut (ending in "…"); a `warning` |
 * | `depth` | a TimelineJS slide (or field) nested deeper is left out; an `error` (`warning` for a field) |
 * | `bodyLength` | a `src` body longer than this is refused (`LoadError` of kind `not-json`) |
 *
 * The values are read-only; they are not options (a page that needs more
 * is better served by splitting its chronology).
 */
export const LIMITS = Object.freeze({
  /** Events in one chronology (the benchmarks draw 100,000). */
  events: 200_000,
  /** Actors of one event. */
  actorsPerEvent: 500,
  /** Topics of one event (TimelineJS eras become topics: an event gets at most this many). */
  topicsPerEvent: 100,
  /** Sources of one event. */
  sourcesPerEvent: 500,
  /** Characters in one text field (a title, a summary, a TimelineJS text, a CSV cell). */
  textLength: 100_000,
  /** Nesting of JSON objects and arrays (a chronology needs about 6 levels, TimelineJS about 5). */
  depth: 100,
  /** Characters in a body loaded from `src` (about 100 MB). */
  bodyLength: 100_000_000,
});

/** `text` cut to `max` characters, ending in "…" (not splitting a surrogate pair). */
export function cutText(text: string, max: number = LIMITS.textLength): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/**
 * True when `value` nests objects and arrays more than `max` levels deep
 * (a string or number is level 0, `[]` level 1). Iterative, and it stops as
 * soon as it knows: it never overflows the stack and looks at each object
 * once (an object met again through another path, as in a cycle, is not
 * followed again).
 */
export function nestsDeeper(value: unknown, max: number = LIMITS.depth): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [object, number][] = [[value, 1]];
  const seen = new Set<object>([value]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (child === null || typeof child !== 'object' || seen.has(child)) continue;
      seen.add(child);
      stack.push([child, depth + 1]);
    }
  }
  return false;
}
