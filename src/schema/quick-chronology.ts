/**
 * The quick whole-chronology path, without valibot: for a chronology whose
 * envelope, actors, topics and events are all in the plain form (the form
 * `quickEvent` knows for events), it gives exactly what `parseChronology`
 * gives (tests/unit/quick-paths.test.ts holds it to it on valid and
 * near-valid chronologies); for anything else, `undefined`, and the full
 * parser (parse.ts, with valibot: a chunk the CDN entry loads on first
 * need) reads it and words its problems. Like `quickEvent`, an accelerator,
 * not a second schema: it may refuse a valid chronology, never accept an
 * invalid one. The problems it can give itself are those found after
 * validation (duplicate event ids, an end before its start, unknown actors
 * or topics), in the same words.
 */
import { isTimeZone } from '../time/zone.js';
import { isTimeValue } from '../time/dates.js';
import type { Actor, LocalizedText, Topic } from './chronology-schema.js';
import { ACTOR_KINDS, ID_PATTERN, SIMPLE_HTTP_URL } from './patterns.js';
import { safeColor } from './color.js';
import { boundLists } from './bound.js';
import { MAX_EVENTS } from './limits.js';
import { loc, quickEvent, type QuickPoints } from './quick-event.js';
import {
  addEvent,
  assemble,
  unknownRefMessage,
  type EventChecks,
  type ParseOptions,
  type ParseResult,
  type Problem,
  type TimelineEvent,
} from './result.js';

type Rec = Record<string, unknown>;

/** Events checked between two pauses of `quickSteps` (as `PARSE_SLICE` for the full parser). */
export const QUICK_SLICE = 1000;
/** A plain object (a JSON object or an object literal), else undefined. */
const obj = (x: unknown): Rec | undefined => {
  if (x === null || typeof x !== 'object') return undefined;
  const p = Object.getPrototypeOf(x);
  return p === Object.prototype || p === null ? (x as Rec) : undefined;
};
const optLoc = (x: unknown) => (x === undefined ? undefined : loc(x));
const id = (x: unknown) => typeof x === 'string' && ID_PATTERN.test(x);
const opt = (x: unknown, check: (x: unknown) => boolean) => x === undefined || check(x);
const optString = (x: unknown) => x === undefined || typeof x === 'string';

// (`loc` throws for text that is not plain localized text: the callers below
// are inside quickChronology's try, or catch it themselves.)

/** A plain image (`MediaSchema` with a URL used as written), copied as valibot gives it; else undefined. */
function media(x: unknown): Rec | undefined {
  const o = obj(x);
  if (!o || typeof o.url !== 'string' || !SIMPLE_HTTP_URL.test(o.url) || !optString(o.credit)) return undefined;
  const out: Rec = { url: o.url, alt: loc(o.alt) };
  if ('credit' in o) out.credit = o.credit;
  return out;
}

/** `ActorSchema`'s output for a plain valid actor, else undefined. */
export function quickActor(x: unknown): Actor | undefined {
  try {
    return actor(x);
  } catch {
    return undefined;
  }
}
function actor(x: unknown): Actor | undefined {
  const o = obj(x);
  if (!o || !id(o.id) || !ACTOR_KINDS.includes(o.kind as never) || !optString(o.country)) return undefined;
  const n = o.nativeName === undefined ? undefined : obj(o.nativeName);
  if (o.nativeName !== undefined && (!n || typeof n.lang !== 'string' || typeof n.text !== 'string')) return undefined;
  const image = o.image === undefined ? undefined : media(o.image);
  if (o.image !== undefined && !image) return undefined;
  // The schema's key order (valibot's output follows it).
  const out: Rec = { id: o.id, name: loc(o.name) };
  if ('shortName' in o) out.shortName = optLoc(o.shortName);
  if ('nativeName' in o) out.nativeName = n && { lang: n.lang, text: n.text };
  out.kind = o.kind;
  if ('role' in o) out.role = optLoc(o.role);
  if ('country' in o) out.country = o.country;
  if ('description' in o) out.description = optLoc(o.description);
  if ('image' in o) out.image = image;
  return out as Actor;
}

/** `TopicSchema`'s output for a plain valid topic, else undefined. */
export function quickTopic(x: unknown): Topic | undefined {
  try {
    const o = obj(x);
    if (!o || !id(o.id) || !opt(o.color, (c) => safeColor(c) !== undefined)) return undefined;
    const out: Rec = { id: o.id, label: loc(o.label) };
    if ('color' in o) out.color = o.color;
    if ('description' in o) out.description = optLoc(o.description);
    return out as Topic;
  } catch {
    return undefined;
  }
}

/** `v.optional(v.array(item), [])` of plain items with distinct ids, else undefined. */
function items<T extends { id: string }>(x: unknown, item: (y: unknown) => T | undefined): T[] | undefined {
  if (x === undefined) return [];
  if (!Array.isArray(x)) return undefined;
  const out: T[] = [];
  const ids = new Set<string>();
  for (const raw of x) {
    const it = item(raw);
    if (!it || ids.has(it.id)) return undefined;
    ids.add(it.id);
    out.push(it);
  }
  return out;
}

/**
 * `parseChronology(input, options)` for a chronology (an object, not JSON
 * text) in the plain form, or `undefined`. Dev mode (which reports unknown
 * fields through the schema) always goes to the full parser.
 */
export function quickChronology(input: unknown, options: ParseOptions = {}): ParseResult | undefined {
  const steps = quickSteps(input, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `quickChronology` in slices (quick-slices.ts runs it with pauses): it
 * pauses (`yield`s) after every `QUICK_SLICE` events and returns what
 * `quickChronology` returns once run to the end.
 */
export function* quickSteps(input: unknown, options: ParseOptions = {}): Generator<void, ParseResult | undefined, void> {
  if (options.dev ?? globalThis.CHRONOLINE_DEV === true) return undefined;
  try {
    const root = obj(input);
    // (Eras are read by the full parser.)
    if (!root || !Array.isArray(root.events) || root.schemaVersion !== 1 || !id(root.id) || root.eras !== undefined) return undefined;
    // (Checked here, copied below: a bad one throws.)
    const title = loc(root.title);
    const description = optLoc(root.description);
    const summary = optLoc(root.summary);
    if (!optString(root.language) || !opt(root.timeZone, (z) => typeof z === 'string' && isTimeZone(z))) return undefined;
    if (!opt(root.updatedAt, isTimeValue)) return undefined;
    const topics = items(root.topics, quickTopic);
    const actors = topics && items(root.actors, quickActor);
    if (!topics || !actors) return undefined;
    const actorsById = new Map(actors.map((a) => [a.id, a]));
    const topicsById = new Map(topics.map((t) => [t.id, t]));
    const problems: Problem[] = [];
    const events: TimelineEvent[] = [];
    const warn = (path: string, message: string, eventId?: string) =>
      void problems.push({ path, message, severity: 'warning', ...(eventId ? { eventId } : {}) });
    const checks: EventChecks = {
      warn,
      problems,
      events,
      eventIds: new Set(),
      actorsById,
      topicsById,
      unknown: (key, id) => unknownRefMessage(key, id),
    };
    const points: QuickPoints = {};
    const raw = root.events as unknown[];
    if (raw.length > MAX_EVENTS) return undefined;
    const none: Problem[] = [];
    for (let i = 0; i < raw.length; i++) {
      // Within the limits (lists cut to them go to the full parser, which reports the cut).
      if (boundLists(raw[i], '', none) !== raw[i]) return undefined;
      const e = quickEvent(raw[i], points);
      if (!e) return undefined;
      addEvent(e, points, i, checks);
      if (i % QUICK_SLICE === QUICK_SLICE - 1) yield;
    }
    const head = {
      id: root.id as string,
      title: title as LocalizedText,
      description: description as LocalizedText | undefined,
      summary: summary as LocalizedText | undefined,
      language: root.language as string | undefined,
      timeZone: root.timeZone as string | undefined,
      updatedAt: root.updatedAt as string | undefined,
    };
    return { chronology: assemble(head, events, actors, topics, actorsById, topicsById), problems, eventsIn: raw.length };
  } catch {
    // (A getter that throws, a proxy: the full parser says what is wrong.)
    return undefined;
  }
}
