/**
 * Which format a parsed JSON object is in: its own module so that
 * `<event-timeline format="auto">` can tell without loading the importers.
 */
export type ObjectFormat = 'chronoline' | 'timelinejs' | 'unknown';

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * `chronoline` for an object with `schemaVersion` or events with string
 * `start`s; `timelinejs` for one with `timeline`, `eras`, `start_date` or
 * `text` objects, or a title slide; else `unknown`.
 */
export function detectObject(o: Record<string, unknown>): ObjectFormat {
  if ('schemaVersion' in o) return 'chronoline';
  if (isObject(o.timeline)) return 'timelinejs';
  const events = Array.isArray(o.events) ? o.events : Array.isArray(o.slides) ? o.slides : undefined;
  const first = events?.find(isObject);
  if (first) {
    if ('start_date' in first || isObject(first.text)) return 'timelinejs';
    if (typeof first.start === 'string') return 'chronoline';
  }
  if (Array.isArray(o.eras) || (isObject(o.title) && isObject(o.title.text))) return 'timelinejs';
  return 'unknown';
}
