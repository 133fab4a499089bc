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
  SIMPLE_HTTP_URL,
  TopicSchema,
  isHttpUrl,
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
import { readVerification, type Verification } from './verification.js';

/** One thing wrong with the input, located by a JSON path. */
export interface Problem {
  /** Where: a JSON path such as `events[12].start` (`$` for the whole input). */
  path: string;
  /** What, in a plain sentence: `'2025-13-01' is not a date: there is no month 13`. */
  message: string;
  /**
   * - `fatal`: nothing could be shown.
   * - `error`: the item at `path` (the event, actor or topic containing it) was left out.
   * - `warning`: the item is kept; only the part at `path` was left out or
   *   ignored: a link or image that is not http(s) or relative (always
   *   reported), a field the schema does not know (reported in dev mode only).
   */
  severity: 'error' | 'fatal' | 'warning';
  /** The id of the event the problem is in, when that event has one (left out unless `severity` is `warning`). */
  eventId?: string;
}

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

/** `events[12].start`: a path and one more key (`["odd key"]` for keys that are not names). */
const pathTo = (path: string, key: unknown): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(String(key))
      ? `${path ? path + '.' : ''}${String(key)}`
      : `${path}[${JSON.stringify(String(key))}]`;

/** `events[12].start` from a base and valibot's issue path. */
function joinPath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) path = pathTo(path, item.key);
  return path || '$';
}

/** A value quoted for a message, shortened when long (a data: URL can be megabytes). */
const quote = (s: string) => `'${s.length > 80 ? s.slice(0, 79) + '…' : s}'`;

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * Checks a link or image URL: http(s) URLs are kept as written, relative ones
 * are resolved against `base`. Returns the URL to use, or why it is refused.
 */
function screenUrl(url: string, base?: string): { href: string } | { why: string } {
  // The usual case, without a URL parser: an absolute http(s) URL with a host and no spaces or controls.
  if (SIMPLE_HTTP_URL.test(url)) return { href: url };
  // What a URL parser looks at: no tabs or newlines, no leading controls or spaces.
  const bare = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const absolute = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(bare);
  if (!absolute && !base) return { why: `${quote(url)} is a relative URL and there is no base URL to resolve it against` };
  let abs: URL;
  try {
    abs = absolute ? new URL(url) : new URL(url, base);
  } catch {
    return { why: `${quote(url)} is not a URL` };
  }
  if (abs.protocol !== 'http:' && abs.protocol !== 'https:') {
    return { why: `${quote(url)} is a ${abs.protocol} URL: only http(s) and relative URLs are used` };
  }
  return { href: isHttpUrl(url) ? url : abs.href };
}

/** The stand-in for a refused URL while the rest of its object is validated (it never reaches the output). */
const REFUSED_URL = 'https://refused.invalid/';

/**
 * Refused links and images in one raw event or actor: replaced by a stand-in
 * so the rest validates at the same paths (and is reported there), reported
 * as warnings, and taken out of the validated output by `strip`. Relative
 * URLs are replaced by their resolved form.
 */
const keep = <T>(out: T) => out;
/** An object without a URL, or with an absolute http(s) one that is used as written. */
const plain = (o: unknown) => !isObject(o) || typeof o.url !== 'string' || SIMPLE_HTTP_URL.test(o.url);

function screenLinks(
  raw: unknown,
  base: string,
  baseUrl: string | undefined,
  warn: (path: string, message: string) => void,
  /** An event's links are `sources[].url` and `media.url`; an actor's, `image.url`; a topic has none. */
  kind: 'event' | 'actor' | 'topic',
): { input: unknown; strip: <T extends object>(out: T) => T } {
  const same = { input: raw, strip: keep };
  // The usual case, without a copy: no links, or only plain absolute http(s) ones (kept as written).
  if (!isObject(raw) || kind === 'topic' || (kind === 'event' ? plain(raw.media) && (!Array.isArray(raw.sources) || raw.sources.every(plain)) : plain(raw.image))) return same;
  const copy: Record<string, unknown> = { ...raw };
  let changed = false;
  const refused: { sources: Set<number>; keys: string[] } = { sources: new Set(), keys: [] };
  /** The object with its URL checked: the same object, a resolved copy, or a stand-in (`refused`). */
  const screen = (obj: unknown, path: string, what: string): { next: unknown; refused?: true } => {
    if (!isObject(obj) || typeof obj.url !== 'string') return { next: obj };
    const r = screenUrl(obj.url, baseUrl);
    if ('href' in r) return { next: r.href === obj.url ? obj : { ...obj, url: r.href } };
    warn(`${path}.url`, `${r.why}; the ${what} was left out`);
    return { next: { ...obj, url: REFUSED_URL }, refused: true };
  };
  if (kind === 'event' && Array.isArray(raw.sources)) {
    copy.sources = raw.sources.map((item, j) => {
      const r = screen(item, `${base}.sources[${j}]`, 'source');
      if (r.refused) refused.sources.add(j);
      if (r.next !== item) changed = true;
      return r.next;
    });
  }
  for (const key of kind === 'event' ? ['media'] : ['image']) {
    if (!(key in raw)) continue;
    const r = screen(raw[key], `${base}.${key}`, key);
    if (r.refused) refused.keys.push(key);
    if (r.next !== raw[key]) changed = true;
    copy[key] = r.next;
  }
  if (!changed) return same;
  return {
    input: copy,
    strip: (out) => {
      const o = { ...out } as Record<string, unknown>;
      if (refused.sources.size && Array.isArray(o.sources)) o.sources = o.sources.filter((_, j) => !refused.sources.has(j));
      for (const key of refused.keys) delete o[key];
      return o as typeof out;
    },
  };
}

/** Schema wrappers that hold another schema (`v.optional(x)` and the like). */
const unwrap = (s: v.GenericSchema): v.GenericSchema => ('wrapped' in s ? unwrap(s.wrapped as v.GenericSchema) : s);

/** Dev mode: fields the schema does not know, as warnings (they are ignored either way). */
function unknownFields(schema: v.GenericSchema, value: unknown, path: string, out: Problem[]): void {
  const s = unwrap(schema) as v.GenericSchema & { entries?: Record<string, v.GenericSchema>; item?: v.GenericSchema };
  if (s.type === 'object' && s.entries && isObject(value)) {
    for (const key of Object.keys(value)) {
      const at = pathTo(path, key);
      if (!Object.hasOwn(s.entries, key)) out.push({ path: at, message: `unknown field ${quote(key)} (ignored)`, severity: 'warning' });
      else unknownFields(s.entries[key]!, value[key], at, out);
    }
  } else if (s.type === 'array' && s.item && Array.isArray(value)) {
    value.forEach((x, i) => unknownFields(s.item!, x, `${path}[${i}]`, out));
  }
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing';
  // Our own messages are written as predicates ("must be …"); valibot's defaults are not.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  return `expected ${issue.expected ?? 'another value'} but got ${issue.received}`;
}

/**
 * A union of an object and something else (a statement's `source`: an
 * object or a URL) given an object: the object's own issues, at their
 * paths inside it, rather than one "must be a … or a …" at the union.
 */
function unionIssues(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !isObject(issue.input) || !issue.issues) return [issue];
  const inner = issue.issues.filter((i) => i.path?.length);
  return inner.length ? inner.map((i) => ({ ...i, path: [...(issue.path ?? []), ...i.path!] })) : [issue];
}

function issuesToProblems(base: string, issues: v.BaseIssue<unknown>[], eventId?: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of issues.flatMap(unionIssues)) {
    const path = joinPath(base, issue);
    if (seen.has(path)) continue; // one sentence per place is enough
    seen.add(path);
    out.push({ path, message: describe(issue), severity: 'error', ...(eventId ? { eventId } : {}) });
  }
  return out;
}

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
      const links = screenLinks(rawItem, `${key}[${i}]`, baseUrl, warn, key === 'actors' ? 'actor' : 'topic');
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
  root.events.forEach((raw, i) => {
    // Most events are in the plain form quickEvent knows (and have no links to resolve or refuse).
    let e = quickEvent(raw, points);
    if (!e) {
      const rawId = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      const base = `events[${i}]`;
      const links = screenLinks(raw, base, baseUrl, (path, message) => warn(path, message, rawId), 'event');
      const r = v.safeParse(EventSchema, links.input);
      if (!r.success) return void problems.push(...issuesToProblems(base, r.issues, rawId));
      e = links.strip(r.output);
    }
    const fail = (path: string, message: string) =>
      void problems.push({ path: `events[${i}]${path}`, message, severity: 'error', eventId: e.id });
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
  });
  events.sort((a, b) => a.start.instant - b.start.instant || a.inputIndex - b.inputIndex);

  const eventCountByActor = new Map<string, number>();
  const eventCountByTopic = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let k = 0; k < events.length; k++) {
    const { actors, topics } = events[k]!;
    // Each actor and topic once per event (without a Set or a closure per event: this runs for every event).
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

/**
 * The input indices of the events left out, from a parse's problems: the
 * `events[i]` named by `error` problems. `eventsIn` = events shown + this size.
 */
export function leftOutEvents(problems: readonly Problem[]): Set<number> {
  const out = new Set<number>();
  for (const p of problems) {
    const m = p.severity === 'error' ? /^events\[(\d+)\]/.exec(p.path) : null;
    if (m) out.add(Number(m[1]));
  }
  return out;
}

/** `events[12].start: '2025-13-01' is not a date`: a problem as one line. */
export const formatProblem = (p: Problem) => `${p.path}: ${p.message}`;
