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
import { ID_PATTERN, SIMPLE_HTTP_URL, type TimelineEventInput } from './chronology-schema.js';
import { PRECISIONS, isTimeValue } from './dates.js';

type EventOutput = TimelineEventInput & Required<Pick<TimelineEventInput, 'actors' | 'topics' | 'sources'>>;

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
const id = (x: unknown) => typeof x === 'string' && ID_PATTERN.test(x);
const url = (x: unknown) => typeof x === 'string' && SIMPLE_HTTP_URL.test(x);
const between = (x: unknown, lo: number, hi: number) => typeof x === 'number' && x >= lo && x <= hi;
/** An optional value: absent, `undefined`, or passing `check`. */
const opt = (x: unknown, check: (x: unknown) => boolean) => x === undefined || check(x);
const optString = (x: unknown) => x === undefined || typeof x === 'string';

/**
 * Copies `keys` of `from` that are in it, as valibot's `v.object` does: a key
 * present with `undefined` stays, an absent one stays absent.
 */
function copy(from: Rec, keys: readonly string[]): Rec {
  const out: Rec = {};
  for (let i = 0; i < keys.length; i++) if (keys[i]! in from) out[keys[i]!] = from[keys[i]!];
  return out;
}

const FLAT = ['id', 'title', 'summary', 'start', 'end', 'precision', 'approximate', 'timeZone', 'importance', 'updatedAt'];
const LOCATION = ['name', 'city', 'country', 'lat', 'lon'];
const MEDIA = ['url', 'alt', 'credit'];
const CORRECTION = ['date', 'text'];
const ACTOR_REF = ['id', 'role'];
const SOURCE = ['publisher', 'title', 'url', 'date'];

function location(x: unknown): Rec {
  const o = obj(x);
  ok(text(o.name) && optString(o.city) && optString(o.country) && opt(o.lat, (v) => between(v, -90, 90)) && opt(o.lon, (v) => between(v, -180, 180)));
  return copy(o, LOCATION);
}
function media(x: unknown): Rec {
  const o = obj(x);
  ok(url(o.url) && text(o.alt) && optString(o.credit));
  return copy(o, MEDIA);
}
function correction(x: unknown): Rec {
  const o = obj(x);
  ok(text(o.text) && opt(o.date, isTimeValue));
  return copy(o, CORRECTION);
}
function actorRef(x: unknown): Rec {
  const o = obj(x);
  ok(id(o.id) && opt(o.role, text));
  return copy(o, ACTOR_REF);
}
function source(x: unknown): Rec {
  const o = obj(x);
  ok(text(o.publisher) && opt(o.title, text) && url(o.url) && opt(o.date, isTimeValue));
  return copy(o, SOURCE);
}
const precision = (p: unknown) => PRECISIONS.includes(p as never);
const boolean = (b: unknown) => typeof b === 'boolean';
const zone = (z: unknown) => typeof z === 'string' && isTimeZone(z);
const importance = (n: unknown) => Number.isInteger(n) && between(n, 1, 5);
function topic(x: unknown): unknown {
  ok(id(x));
  return x;
}

/** `v.optional(v.array(item), [])`: a checked copy, `[]` when absent or `undefined`. */
function list(x: unknown, item: (y: unknown) => unknown): unknown[] {
  if (x === undefined) return [];
  ok(Array.isArray(x));
  const a = x as unknown[];
  const out = new Array<unknown>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = item(a[i]);
  return out;
}

/**
 * The output of `EventSchema` for a plain valid event, or `undefined` when
 * the event is not in that form (then valibot checks it).
 */
export function quickEvent(raw: unknown): EventOutput | undefined {
  try {
    const e = obj(raw);
    ok(
      id(e.id) &&
        text(e.title) &&
        opt(e.summary, text) &&
        opt(e.start, isTimeValue) &&
        opt(e.end, isTimeValue) &&
        opt(e.precision, precision) &&
        opt(e.approximate, boolean) &&
        opt(e.timeZone, zone) &&
        opt(e.importance, importance) &&
        opt(e.updatedAt, isTimeValue),
    );
    const out = copy(e, FLAT);
    // Nested objects are copies with only the schema's keys, as valibot gives them.
    if ('location' in e) out.location = e.location === undefined ? undefined : location(e.location);
    if ('media' in e) out.media = e.media === undefined ? undefined : media(e.media);
    if ('correction' in e) out.correction = e.correction === undefined ? undefined : correction(e.correction);
    out.actors = list(e.actors, actorRef);
    out.topics = list(e.topics, topic);
    out.sources = list(e.sources, source);
    return out as EventOutput;
  } catch (x) {
    if (x === REFUSED) return undefined;
    throw x;
  }
}
