/**
 * The common shape of a valid event, recognised without valibot.
 *
 * valibot checks each event field by field through its schema objects, which
 * costs about 3 µs an event (measured in Node on the benchmark's events): a
 * large share of the time a 10,000-event chronology takes to appear. Most events are plain: strings, numbers and arrays of
 * small objects, every value in the simplest form the schema allows. For
 * those, `quickEvent` gives exactly the output `v.parse(EventSchema, raw)`
 * would (tests/unit/quick-paths.test.ts checks this on random input), in one
 * pass. Anything else (localized text objects, a URL that is not a plain
 * absolute http(s) one, any invalid value) gets `undefined`, and the event
 * goes through valibot, which words its problems. This is an accelerator,
 * not a second schema: it may refuse valid events, never accept invalid ones.
 */
import { isTimeZone } from '../time/zone.js';
import type { TimelineEventInput } from './chronology-schema.js';
import { ID_PATTERN, SIMPLE_HTTP_URL, STATUSES } from './patterns.js';
import { PRECISIONS, isTimeValue, strictTimePoint, type TimePoint } from '../time/dates.js';

type EventOutput = TimelineEventInput & Required<Pick<TimelineEventInput, 'actors' | 'topics' | 'sources'>>;

/** Where `quickEvent` leaves the start and end it parsed while checking them (so they are not parsed twice). */
export interface QuickPoints {
  start?: TimePoint;
  end?: TimePoint;
}

/** Thrown (and caught in `quickEvent`) for a value not in the simple form: the event then goes through valibot. */
const REFUSED = Symbol('refused');

type Rec = Record<string, unknown>;
const ok = (cond: boolean) => {
  if (!cond) throw REFUSED;
};
/** A plain object (a JSON object or an object literal). */
const obj = (x: unknown): Rec => {
  ok(x !== null && typeof x === 'object');
  const p = Object.getPrototypeOf(x);
  ok(p === Object.prototype || p === null);
  return x as Rec;
};
/** A non-empty string: the plain form of localized text, and the schema's `minLength(1)` strings. */
const text = (x: unknown) => typeof x === 'string' && x !== '';
/**
 * Localized text (`LocalizedTextSchema`): a non-empty string as it is, or an
 * object of language → non-empty string, copied as valibot's `v.record`
 * gives it (keys valibot would skip, such as `__proto__`, are refused).
 */
export function loc(x: unknown): unknown {
  if (typeof x === 'string') {
    ok(x !== '');
    return x;
  }
  const o = obj(x);
  const out: Rec = {};
  let n = 0;
  for (const k in o) {
    const t = o[k];
    ok(Object.hasOwn(o, k) && k !== '__proto__' && k !== 'prototype' && k !== 'constructor' && typeof t === 'string' && t !== '');
    out[k] = t;
    n++;
  }
  ok(n > 0);
  return out;
}
/** Optional localized text, for a key that is present: `undefined` stays. */
const optLoc = (x: unknown) => (x === undefined ? undefined : loc(x));
const id = (x: unknown) => typeof x === 'string' && ID_PATTERN.test(x);
const url = (x: unknown) => typeof x === 'string' && SIMPLE_HTTP_URL.test(x);
const between = (x: unknown, lo: number, hi: number) => typeof x === 'number' && x >= lo && x <= hi;
/** An optional value: absent, `undefined`, or passing `check`. */
const opt = (x: unknown, check: (x: unknown) => boolean) => x === undefined || check(x);
const optString = (x: unknown) => x === undefined || typeof x === 'string';

// The copies below are written out key by key, as valibot's `v.object`
// gives them: a key present with `undefined` stays, an absent one stays
// absent. (A loop over a list of keys makes every store a keyed one, which
// costs several times more on this path.)

function location(x: unknown): Rec {
  const o = obj(x);
  ok(optString(o.city) && optString(o.country) && opt(o.lat, (v) => between(v, -90, 90)) && opt(o.lon, (v) => between(v, -180, 180)));
  const out: Rec = { name: loc(o.name) };
  if ('city' in o) out.city = o.city;
  if ('country' in o) out.country = o.country;
  if ('lat' in o) out.lat = o.lat;
  if ('lon' in o) out.lon = o.lon;
  return out;
}
function media(x: unknown): Rec {
  const o = obj(x);
  // A `kind` is checked by the full parser (its list stays out of the first-paint bundle).
  ok(url(o.url) && optString(o.credit) && o.kind === undefined);
  const out: Rec = { url: o.url };
  if ('alt' in o) out.alt = optLoc(o.alt);
  if ('credit' in o) out.credit = o.credit;
  if ('caption' in o) out.caption = optLoc(o.caption);
  return out;
}
function correction(x: unknown): Rec {
  const o = obj(x);
  ok(opt(o.date, isTimeValue));
  const out: Rec = {};
  if ('date' in o) out.date = o.date;
  out.text = loc(o.text);
  return out;
}
function actorRef(x: unknown): Rec {
  const o = obj(x);
  ok(id(o.id));
  const out: Rec = { id: o.id };
  if ('role' in o) out.role = optLoc(o.role);
  return out;
}
function source(x: unknown): Rec {
  const o = obj(x);
  ok(text(o.publisher) && url(o.url) && opt(o.date, isTimeValue));
  const out: Rec = { publisher: o.publisher };
  if ('title' in o) out.title = optLoc(o.title);
  out.url = o.url;
  if ('date' in o) out.date = o.date;
  return out;
}
function dispute(x: unknown): Rec {
  const o = obj(x);
  const out: Rec = { text: loc(o.text) };
  if ('sources' in o) out.sources = o.sources === undefined ? undefined : list(o.sources, source);
  return out;
}
function statement(x: unknown): Rec {
  const o = obj(x);
  ok(id(o.actor));
  const out: Rec = { actor: o.actor, text: loc(o.text) };
  if ('source' in o) out.source = o.source === undefined || url(o.source) ? o.source : source(o.source);
  return out;
}
/** An optional list without a default: absent stays absent, `undefined` stays `undefined`. */
const optList = (e: Rec, key: string, out: Rec, item: (y: unknown) => unknown) => {
  if (key in e) out[key] = e[key] === undefined ? undefined : list(e[key], item);
};
const status = (s: unknown) => STATUSES.includes(s as never);
const precision = (p: unknown) => PRECISIONS.includes(p as never);
const boolean = (b: unknown) => typeof b === 'boolean';
const zone = (z: unknown) => typeof z === 'string' && isTimeZone(z);
const importance = (n: unknown) => Number.isInteger(n) && between(n, 1, 5);
function topic(x: unknown): unknown {
  ok(id(x));
  return x;
}

/**
 * `v.optional(v.array(item), [])`: a checked copy, `[]` when absent or
 * `undefined`. A list of more than 100 is left to the full parser, which
 * holds each kind of list to its limit (bound.ts).
 */
function list(x: unknown, item: (y: unknown) => unknown): unknown[] {
  if (x === undefined) return [];
  ok(Array.isArray(x) && x.length <= 100);
  const a = x as unknown[];
  const out = new Array<unknown>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = item(a[i]);
  return out;
}

/**
 * The output of `EventSchema` for a plain valid event, or `undefined` when
 * the event is not in that form (then valibot checks it). The start and end
 * it parsed on the way are left in `points` (emptied first).
 */
export function quickEvent(raw: unknown, points: QuickPoints = {}): EventOutput | undefined {
  points.start = points.end = undefined;
  try {
    const e = obj(raw);
    ok(
      id(e.id) &&
        (e.start === undefined || (points.start = strictTimePoint(e.start)) !== undefined) &&
        (e.end === undefined || (points.end = strictTimePoint(e.end)) !== undefined) &&
        opt(e.precision, precision) &&
        opt(e.approximate, boolean) &&
        opt(e.timeZone, zone) &&
        opt(e.importance, importance) &&
        opt(e.status, status) &&
        opt(e.updatedAt, isTimeValue),
    );
    // The schema's key order (valibot's output follows it).
    const out: Rec = { id: e.id, title: loc(e.title) };
    if ('summary' in e) out.summary = optLoc(e.summary);
    if ('annotation' in e) out.annotation = optLoc(e.annotation);
    if ('start' in e) out.start = e.start;
    if ('end' in e) out.end = e.end;
    if ('precision' in e) out.precision = e.precision;
    if ('approximate' in e) out.approximate = e.approximate;
    if ('timeZone' in e) out.timeZone = e.timeZone;
    // Nested objects are copies with only the schema's keys, as valibot gives them.
    if ('location' in e) out.location = e.location === undefined ? undefined : location(e.location);
    out.actors = list(e.actors, actorRef);
    out.topics = list(e.topics, topic);
    out.sources = list(e.sources, source);
    if ('media' in e) out.media = e.media === undefined ? undefined : media(e.media);
    if ('importance' in e) out.importance = e.importance;
    if ('status' in e) out.status = e.status;
    optList(e, 'claimedBy', out, topic);
    optList(e, 'disputes', out, dispute);
    optList(e, 'statements', out, statement);
    if ('updatedAt' in e) out.updatedAt = e.updatedAt;
    if ('correction' in e) out.correction = e.correction === undefined ? undefined : correction(e.correction);
    optList(e, 'corrections', out, correction);
    return out as EventOutput;
  } catch (x) {
    if (x === REFUSED) {
      points.start = points.end = undefined;
      return undefined;
    }
    throw x;
  }
}
