/**
 * Events, actors and topics held to `LIMITS`: lists of actors, topics and
 * sources cut to their limit (before validation) and texts cut to
 * `LIMITS.textLength` (after), each cut reported as a `warning` at its path.
 * The usual item is within every limit and costs a few comparisons.
 */
import { LIMITS, cutText } from './limits.js';
import { isObject, type Problem } from './problems.js';

type Rec = Record<string, unknown>;

const num = (n: number) => n.toLocaleString('en');

const LISTS = [
  ['actors', LIMITS.actorsPerEvent],
  ['topics', LIMITS.topicsPerEvent],
  ['sources', LIMITS.sourcesPerEvent],
] as const;

/** A raw event with its actors, topics and sources cut to the limits: the same object when they are within them. */
export function boundLists(raw: unknown, path: string, problems: Problem[]): unknown {
  if (!isObject(raw)) return raw;
  let e: Rec = raw;
  for (const [key, max] of LISTS) {
    const list = e[key];
    if (!Array.isArray(list) || list.length <= max) continue;
    e = { ...e, [key]: list.slice(0, max) };
    problems.push({ path: `${path}.${key}`, message: `has ${num(list.length)} ${key}, more than the limit of ${num(max)} an event: the first ${num(max)} are kept`, severity: 'warning', ...(typeof raw.id === 'string' ? { eventId: raw.id } : {}) });
  }
  return e;
}

/** True when a text (a string, or an object of strings by language) is longer than the limit. */
const long = (x: unknown): boolean => {
  if (typeof x === 'string') return x.length > LIMITS.textLength;
  if (x !== null && typeof x === 'object') for (const k in x) if (long((x as Rec)[k])) return true;
  return false;
};

/**
 * `o` with every string in it (down to `depth` levels of objects and
 * arrays: an event's parts, its sources, localized texts) cut to the limit
 * and reported; `o` itself when none is too long. Copies, never changes, what
 * it is given (a validated item's parts may be the input's).
 */
function cutAll<T extends object>(o: T, path: string, problems: Problem[], eventId: string | undefined, depth: number): T {
  let copy: Rec | unknown[] | undefined;
  const list = Array.isArray(o);
  for (const k in o) {
    const x = (o as Rec)[k];
    const at = list ? `${path}[${k}]` : `${path}.${k}`;
    let y = x;
    if (typeof x === 'string' && x.length > LIMITS.textLength) {
      problems.push({ path: at, message: `is longer than ${num(LIMITS.textLength)} characters: cut to that length`, severity: 'warning', ...(eventId ? { eventId } : {}) });
      y = cutText(x);
    } else if (depth && x !== null && typeof x === 'object') y = cutAll(x, at, problems, eventId, depth - 1);
    if (y !== x) ((copy ??= list ? [...(o as unknown[])] : { ...(o as Rec) }) as Rec)[k] = y;
  }
  return (copy ?? o) as T;
}

/**
 * A validated event (with its id), actor or topic with its texts cut to the
 * limit, reported at their paths: the same object when none is too long.
 */
export function boundTexts<T extends object>(item: T, path: string, problems: Problem[], eventId?: string): T {
  // The usual event, in a few reads (this runs for every event).
  const e = item as Rec;
  if (eventId !== undefined && !long(e.title) && !long(e.summary) && !long(e.location) && !long(e.sources) && !long(e.media) && !long(e.correction)) return item;
  return cutAll(item, path, problems, eventId, 3);
}
