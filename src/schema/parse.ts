/**
 * `parseChronology`: untrusted input in, a normalized chronology and a list
 * of problems out. It never throws. One bad event is reported and left out;
 * the rest are kept. Every event that comes in is either in the result or
 * named in a problem.
 */
import * as v from 'valibot';
import {
  ActorSchema,
  ChronologySchema,
  EventSchema,
  TopicSchema,
  type Actor,
  type ActorRef,
  type Correction,
  type EventLocation,
  type LocalizedText,
  type Media,
  type Source,
  type Topic,
} from './chronology-schema.js';
import { PRECISIONS, parseTimeValue, utc, type DatedEvent, type Precision, type TimePoint } from '../time/dates.js';
import { quickEvent, type QuickPoints } from './quick-event.js';
import { isObject, issuesToProblems, quote, unknownFields, type Problem } from './problems.js';
import { screenLinks } from './links.js';
import { MAX_EVENTS } from './limits.js';
import { boundLists } from './bound.js';
import { safeColor } from './color.js';
import { readVerification, type Verification } from './verification.js';

export { leftOutEvents, formatProblem, type Problem } from './problems.js';

/** Options of {@link parseChronology}. */
export interface ParseOptions {
  /**
   * Dev mode: also report fields the schema does not know (they are always
   * ignored) as `warning` problems, to catch typos such as `"sumary"`.
   * Defaults to `globalThis.CHRONOLINE_DEV === true`, so a page can switch it
   * on for every timeline with `<script>window.CHRONOLINE_DEV = true</script>`
   * before the data loads.
   */
  dev?: boolean;
  /**
   * The URL relative links and images are resolved against: the address of
   * the JSON file (the component passes its `src`), else the page's
   * `document.baseURI`. Without one, relative links are left out and reported.
   */
  baseUrl?: string;
}

declare global {
  var CHRONOLINE_DEV: boolean | undefined;
}

/** A normalized event: times parsed, references checked, defaults filled. */
export interface TimelineEvent extends DatedEvent, Verification {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  start: TimePoint;
  end?: TimePoint;
  /** Declared precision, or the precision the start value is written in. */
  precision: Precision;
  /** True when declared approximate or the start/end carries `~`. */
  approximate: boolean;
  /** True when the input gave only an end: `start` holds that end, and dates read "until …". */
  endOnly?: boolean;
  /** The IANA zone of the place, when known. */
  timeZone?: string;
  location?: EventLocation;
  actors: ActorRef[];
  topics: string[];
  sources: Source[];
  media?: Media;
  /** 1 (background) … 5 (pivotal); 3 when absent. */
  importance: number;
  updatedAt?: string;
  /** @deprecated The last of `corrections` (read those). */
  correction?: Correction;
  /** Position in the input `events` array (for problem reports). */
  inputIndex: number;
}

/** A chronology after validation: only good items, events sorted by start. */
export interface Chronology {
  schemaVersion: 1;
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** The chronology's own summary in words (shown instead of the generated one). */
  summary?: LocalizedText;
  language?: string;
  timeZone?: string;
  updatedAt?: string;
  events: TimelineEvent[];
  actors: Actor[];
  topics: Topic[];
  actorsById: Map<string, Actor>;
  topicsById: Map<string, Topic>;
  /** How many (valid) events each actor takes part in. */
  eventCountByActor: Map<string, number>;
  /** How many (valid) events carry each topic. */
  eventCountByTopic: Map<string, number>;
}

export interface ParseResult {
  /** The normalized chronology, or null when the input could not be read at all. */
  chronology: Chronology | null;
  problems: Problem[];
  /** How many events the input held (valid or not), when it held an array of them. */
  eventsIn: number;
}


/** The `id` of a raw event when it has a string one. */
const rawEventId = (raw: unknown): string | undefined => (isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined);

const rank = (p: Precision) => PRECISIONS.indexOf(p);

/**
 * The first instant after the period a time value names, as written: the
 * next day for a calendar day, the next minute for `02:10`. Calendar values
 * are taken as UTC days here (this is for ordering checks, not for drawing).
 */
export function periodEnd(t: TimePoint): number {
  switch (t.precision) {
    case 'year':
      return utc(t.year + 1, 0, 1);
    case 'month':
      return utc(t.year, t.month, 1);
    case 'day':
      return utc(t.year, t.month - 1, t.day + 1);
    case 'hour':
      return t.instant + 3_600_000;
    case 'minute':
      return t.instant + 60_000;
    default:
      return t.instant + 1_000;
  }
}

/**
 * Why a reference to an actor or topic leads nowhere: no item has the id,
 * or the item with that id was left out (`rejectedAt`: the path of its
 * problem). The same sentence in a timeline's problems and a card's or badge's.
 */
export function unknownRefMessage(key: 'actors' | 'topics', id: string, rejectedAt?: string): string {
  const what = key === 'actors' ? 'actor' : 'topic';
  return rejectedAt
    ? `${what} '${id}' was left out because it is invalid (see ${rejectedAt})`
    : `unknown ${what} '${id}': no ${what} in ${key}[] has this id`;
}

/**
 * Validates and normalizes a chronology. Accepts an object or a JSON string.
 * Never throws, whatever the input.
 *
 * Every event that comes in is either in `chronology.events` or left out and
 * named by `error` problems at `events[i]…`: `eventsIn` always equals
 * `chronology.events.length + leftOutEvents(problems).size`.
 *
 * Links and images (`sources[].url`, `media.url`, `image.url`) must be http(s)
 * or relative (resolved against `options.baseUrl`); any other URL
 * (`javascript:`, `data:` …) is left out with its source or image and
 * reported as a `warning`; the event or actor stays.
 *
 * In dev mode (`options.dev`, or `globalThis.CHRONOLINE_DEV = true`), fields
 * the schema does not know are reported as `warning`s; they are ignored
 * either way.
 *
 * @example
 * const { chronology, problems } = parseChronology(json, { dev: true });
 * for (const p of problems) console.warn(`${p.path}: ${p.message}`);
 */
export function parseChronology(input: unknown, options: ParseOptions = {}): ParseResult {
  const problems: Problem[] = [];
  const dev = options.dev ?? globalThis.CHRONOLINE_DEV === true;
  const baseUrl = options.baseUrl ?? (globalThis.document?.baseURI || undefined);
  const warn = (path: string, message: string, eventId?: string) =>
    void problems.push({ path, message, severity: 'warning', ...(eventId ? { eventId } : {}) });
  let data = input;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (e) {
      return {
        chronology: null,
        problems: [{ path: '$', message: `the text is not valid JSON (${(e as Error).message})`, severity: 'fatal' }],
        eventsIn: 0,
      };
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      chronology: null,
      problems: [{ path: '$', message: `a chronology must be a JSON object, not ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}`, severity: 'fatal' }],
      eventsIn: 0,
    };
  }
  const root = data as Record<string, unknown>;
  if (!Array.isArray(root.events)) {
    return {
      chronology: null,
      problems: [{ path: 'events', message: root.events === undefined ? 'is missing: a chronology needs an events array' : 'must be an array of events', severity: 'fatal' }],
      eventsIn: 0,
    };
  }

  // The envelope: report problems, carry on with what is usable.
  const Envelope = v.omit(ChronologySchema, ['events', 'actors', 'topics']);
  const env = v.safeParse(Envelope, root);
  if (!env.success) problems.push(...issuesToProblems('', env.issues));
  const pick = <T>(key: string, schema: v.GenericSchema<unknown, T>): T | undefined => {
    const r = v.safeParse(schema, root[key]);
    return r.success ? r.output : undefined;
  };
  const envShape = Envelope.entries;

  // Topics and actors: each checked alone; bad or duplicate ones left out.
  const rejected = new Map<string, string>();
  const unknown = (key: 'actors' | 'topics', id: string) => unknownRefMessage(key, id, rejected.get(`${key}:${id}`));
  const collect = <T extends { id: string }>(key: 'topics' | 'actors', schema: v.GenericSchema<unknown, T>): T[] => {
    const raw = root[key];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      problems.push({ path: key, message: `must be an array of ${key}`, severity: 'error' });
      return [];
    }
    const out: T[] = [];
    const ids = new Set<string>();
    raw.forEach((rawItem, i) => {
      const kind = key === 'actors' ? 'actor' : 'topic';
      let bounded = rawItem;
      // A colour that is not one: reported, and the topic keeps the default colour (and its events).
      if (kind === 'topic' && isObject(bounded) && bounded.color !== undefined && safeColor(bounded.color) === undefined) {
        warn(`${key}[${i}].color`, `${quote(String(bounded.color))} is not a hex colour: the default colour is used`);
        bounded = { ...bounded, color: undefined };
      }
      const links = screenLinks(bounded, `${key}[${i}]`, baseUrl, warn, kind);
      const item = links.input;
      const r = v.safeParse(schema, item);
      if (!r.success) {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === 'string') rejected.set(`${key}:${id}`, `${key}[${i}]`);
        return void problems.push(...issuesToProblems(`${key}[${i}]`, r.issues));
      }
      if (ids.has(r.output.id)) {
        return void problems.push({ path: `${key}[${i}].id`, message: `duplicate id '${r.output.id}'`, severity: 'error' });
      }
      ids.add(r.output.id);
      out.push(links.strip(r.output));
    });
    return out;
  };
  const topics = collect('topics', TopicSchema);
  const actors = collect('actors', ActorSchema);
  const topicsById = new Map(topics.map((t) => [t.id, t]));
  const actorsById = new Map(actors.map((a) => [a.id, a]));

  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  /** The start and end quickEvent parsed while checking an event (one object for all events). */
  const points: QuickPoints = {};
  const inputEvents = root.events;
  const readEvent = (i: number): void => {
    if (i >= MAX_EVENTS) {
      const rawId = rawEventId(inputEvents[i]);
      return void problems.push({ path: `events[${i}]`, message: `is past the limit of ${MAX_EVENTS} events: left out`, severity: 'error', ...(rawId ? { eventId: rawId } : {}) });
    }
    // Within the limits (the same object, for all but hostile input).
    const raw = boundLists(inputEvents[i], `events[${i}]`, problems);
    // Most events are in the plain form quickEvent knows (and have no links to resolve or refuse).
    let e = quickEvent(raw, points);
    if (!e) {
      const rawId = rawEventId(raw);
      const base = `events[${i}]`;
      const links = screenLinks(raw, base, baseUrl, (path, message) => warn(path, message, rawId), 'event');
      const r = v.safeParse(EventSchema, links.input);
      if (!r.success) {
        problems.push(...issuesToProblems(base, r.issues, rawId));
        return;
      }
      e = links.strip(r.output);
    }
    const id = e.id;
    const fail = (path: string, message: string) =>
      void problems.push({ path: `events[${i}]${path}`, message, severity: 'error', eventId: id });
    if (eventIds.has(e.id)) return fail('.id', `duplicate id '${e.id}': an earlier event already has it`);
    // An event with only an end ("until 24 June") is drawn at its end and says so.
    if (e.start === undefined && e.end === undefined) return fail('.start', 'is missing: an event needs a start, an end or both');
    const endOnly = e.start === undefined;
    // (Valid values: the schema checked them. quickEvent left the points it parsed.)
    const start = (endOnly ? points.end : points.start) ?? (parseTimeValue(e.start ?? e.end!) as TimePoint);
    const end = e.end === undefined || endOnly ? undefined : (points.end ?? (parseTimeValue(e.end) as TimePoint));
    const precision = e.precision ?? start.precision;
    if (rank(precision) > rank(start.precision)) {
      return fail('.precision', `'${precision}' is finer than the start '${e.start}' states (${start.precision})`);
    }
    // The end's period must reach past the start: 9 June cannot end a range
    // that starts on 10 June, but 02:10 can end one that starts at 02:10:30.
    if (end && periodEnd(end) <= start.instant) {
      return fail('.end', `'${e.end}' is before the start '${e.start}'`);
    }
    const badActor = e.actors.findIndex((a) => !actorsById.has(a.id));
    if (badActor >= 0) return fail(`.actors[${badActor}].id`, unknown('actors', e.actors[badActor]!.id));
    const badTopic = e.topics.findIndex((t) => !topicsById.has(t));
    if (badTopic >= 0) return fail(`.topics[${badTopic}]`, unknown('topics', e.topics[badTopic]!));
    eventIds.add(e.id);
    const ver = readVerification(e, i, actorsById, warn);
    const event: TimelineEvent = {
      id: e.id,
      title: e.title,
      summary: e.summary,
      start,
      end,
      precision,
      approximate: !!(e.approximate || start.approximate || end?.approximate),
      timeZone: e.timeZone,
      location: e.location,
      actors: e.actors,
      topics: e.topics,
      sources: e.sources,
      media: e.media,
      importance: e.importance ?? 3,
      status: ver.status,
      claimedBy: ver.claimedBy,
      disputes: ver.disputes,
      statements: ver.statements,
      updatedAt: e.updatedAt,
      corrections: ver.corrections,
      correction: ver.corrections[ver.corrections.length - 1],
      inputIndex: i,
    };
    if (endOnly) event.endOnly = true;
    events.push(event);
  };
  for (let i = 0; i < inputEvents.length; i++) readEvent(i);
  events.sort((a, b) => a.start.instant - b.start.instant || a.inputIndex - b.inputIndex);

  const eventCountByActor = new Map<string, number>();
  const eventCountByTopic = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let k = 0; k < events.length; k++) {
    const { actors, topics } = events[k]!;
    // Each actor and topic once per event (without a Set or a closure per event: this runs for every event;
    // quadratic in an event's list, which MAX_ACTORS_PER_EVENT and MAX_TOPICS_PER_EVENT keep short).
    for (let j = 0; j < actors.length; j++) {
      const id = actors[j]!.id;
      let first = true;
      for (let x = 0; x < j && first; x++) first = actors[x]!.id !== id;
      if (first) bump(eventCountByActor, id);
    }
    for (let j = 0; j < topics.length; j++) if (topics.indexOf(topics[j]!) === j) bump(eventCountByTopic, topics[j]!);
  }

  if (dev) unknownFields(ChronologySchema, root, '', problems);

  const id = pick('id', envShape.id);
  const title = pick('title', envShape.title);
  return {
    chronology: {
      schemaVersion: 1,
      id: id ?? 'chronology',
      title: title ?? '',
      description: pick('description', envShape.description),
      summary: pick('summary', envShape.summary),
      language: pick('language', envShape.language),
      timeZone: pick('timeZone', envShape.timeZone),
      updatedAt: pick('updatedAt', envShape.updatedAt),
      events,
      actors,
      topics,
      actorsById,
      topicsById,
      eventCountByActor,
      eventCountByTopic,
    },
    problems,
    eventsIn: root.events.length,
  };
}

