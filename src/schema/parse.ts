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
import { PRECISIONS, parseTimeValue, utc, type Precision, type TimePoint } from './dates.js';

/** One thing wrong with the input, located by a JSON path. */
export interface Problem {
  /** Where: a JSON path such as `events[12].start` (`$` for the whole input). */
  path: string;
  /** What, in a plain sentence: `'2025-13-01' is not a date: there is no month 13`. */
  message: string;
  /**
   * `error`: the item at `path` (or the event containing it) was left out.
   * `fatal`: nothing could be shown.
   */
  severity: 'error' | 'fatal';
  /** The id of the event left out, when the problem is inside an event that has one. */
  eventId?: string;
}

/** A normalized event: times parsed, references checked, defaults filled. */
export interface TimelineEvent {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  start: TimePoint;
  end?: TimePoint;
  /** Declared precision, or the precision the start value is written in. */
  precision: Precision;
  /** True when declared approximate or the start/end carries `~`. */
  approximate: boolean;
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

/** `events[12].start` from a base and valibot's issue path. */
function joinPath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path || '$';
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing';
  // Our own messages are written as predicates ("must be …"); valibot's defaults are not.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  return `expected ${issue.expected ?? 'another value'} but got ${issue.received}`;
}

function issuesToProblems(base: string, issues: v.BaseIssue<unknown>[], eventId?: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of issues) {
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
 * Validates and normalizes a chronology. Accepts an object or a JSON string.
 *
 * @example
 * const { chronology, problems } = parseChronology(json);
 * for (const p of problems) console.warn(`${p.path}: ${p.message}`);
 */
export function parseChronology(input: unknown): ParseResult {
  const problems: Problem[] = [];
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
  const unknown = (key: 'actors' | 'topics', id: string) => {
    const where = rejected.get(`${key}:${id}`);
    const what = key === 'actors' ? 'actor' : 'topic';
    return where
      ? `${what} '${id}' was left out because it is invalid (see ${where})`
      : `unknown ${what} '${id}': no ${what} in ${key}[] has this id`;
  };
  const collect = <T extends { id: string }>(key: 'topics' | 'actors', schema: v.GenericSchema<unknown, T>): T[] => {
    const raw = root[key];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      problems.push({ path: key, message: `must be an array of ${key}`, severity: 'error' });
      return [];
    }
    const out: T[] = [];
    const ids = new Set<string>();
    raw.forEach((item, i) => {
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
      out.push(r.output);
    });
    return out;
  };
  const topics = collect('topics', TopicSchema);
  const actors = collect('actors', ActorSchema);
  const topicsById = new Map(topics.map((t) => [t.id, t]));
  const actorsById = new Map(actors.map((a) => [a.id, a]));

  const events: TimelineEvent[] = [];
  const eventIds = new Set<string>();
  root.events.forEach((raw, i) => {
    const base = `events[${i}]`;
    const rawId = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const r = v.safeParse(EventSchema, raw);
    if (!r.success) return void problems.push(...issuesToProblems(base, r.issues, rawId));
    const e = r.output;
    const fail = (path: string, message: string) =>
      void problems.push({ path: `${base}${path}`, message, severity: 'error', eventId: e.id });
    if (eventIds.has(e.id)) return fail('.id', `duplicate id '${e.id}': an earlier event already has it`);
    const start = parseTimeValue(e.start) as TimePoint;
    const end = e.end === undefined ? undefined : (parseTimeValue(e.end) as TimePoint);
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
    events.push({
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
      updatedAt: e.updatedAt,
      correction: e.correction,
      inputIndex: i,
    });
  });
  events.sort((a, b) => a.start.instant - b.start.instant || a.inputIndex - b.inputIndex);

  const eventCountByActor = new Map<string, number>();
  const eventCountByTopic = new Map<string, number>();
  for (const e of events) {
    for (const a of new Set(e.actors.map((x) => x.id))) eventCountByActor.set(a, (eventCountByActor.get(a) ?? 0) + 1);
    for (const t of new Set(e.topics)) eventCountByTopic.set(t, (eventCountByTopic.get(t) ?? 0) + 1);
  }

  const id = pick('id', envShape.id);
  const title = pick('title', envShape.title);
  return {
    chronology: {
      schemaVersion: 1,
      id: id ?? 'chronology',
      title: title ?? '',
      description: pick('description', envShape.description),
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

/** `events[12].start: '2025-13-01' is not a date`: a problem as one line. */
export const formatProblem = (p: Problem) => `${p.path}: ${p.message}`;
