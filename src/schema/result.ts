/**
 * What parsing gives, without valibot: the result types, and the steps after
 * validation that `parseChronology` (parse.ts) and the quick whole-chronology
 * path (quick-chronology.ts) share, so that both give the same result for the
 * same valid events: an event's own checks (duplicate id, start, precision,
 * end, references, verification) and the chronology's assembly (time order,
 * counts per actor and topic).
 */
import type {
  Actor,
  ActorRef,
  Correction,
  EventLocation,
  LocalizedText,
  EventMedia,
  Source,
  Topic,
  TimelineEventInput,
} from './chronology-schema.js';
import { PRECISIONS, parseTimeValue, utc, type DatedEvent, type Precision, type TimePoint } from '../time/dates.js';
import type { QuickPoints } from './quick-event.js';
import type { Era } from './eras.js';
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

export const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

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
  /** A short note the chart draws beside a rule across the lanes. */
  annotation?: LocalizedText;
  // start, end, precision, approximate, endOnly, timeZone: from DatedEvent.
  location?: EventLocation;
  actors: ActorRef[];
  topics: string[];
  sources: Source[];
  media?: EventMedia;
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
  /** Periods of context drawn as bands behind the lanes, when the chronology has any (valid ones). */
  eras?: Era[];
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

/** A validated event as the schema gives it (`v.parse(EventSchema, raw)`, or `quickEvent`). */
export type ValidEvent = TimelineEventInput & Required<Pick<TimelineEventInput, 'actors' | 'topics' | 'sources'>>;

/** What the checks of one event read and write. */
export interface EventChecks {
  problems: Problem[];
  events: TimelineEvent[];
  eventIds: Set<string>;
  actorsById: Map<string, Actor>;
  topicsById: Map<string, Topic>;
  /** The sentence for a reference to an actor or topic that is not there. */
  unknown: (key: 'actors' | 'topics', id: string) => string;
  warn: (path: string, message: string, eventId?: string) => void;
}

/** An `error` problem of the `i`th input event (`id`), at `path` below it. */
const fail = (c: EventChecks, i: number, id: string, path: string, message: string): void =>
  void c.problems.push({ path: `events[${i}]${path}`, message, severity: 'error', eventId: id });

/**
 * The checks the schema cannot make on its own (duplicate ids, a start,
 * precision, the end after the start, references to actors and topics), the
 * verification fields, then the normalized event, appended to `c.events`; or
 * `error` problems. `points`: the start and end `quickEvent` parsed while
 * checking `e` (else parsed here).
 */
export function addEvent(e: ValidEvent, points: QuickPoints, i: number, c: EventChecks): void {
  const { events, eventIds, actorsById, topicsById, unknown, warn } = c;
  // (No closure or array method with a callback here: this runs for every event, and each would be an allocation.)
  if (eventIds.has(e.id)) return fail(c, i, e.id, '.id', `duplicate id '${e.id}': an earlier event already has it`);
  // An event with only an end ("until 24 June") is drawn at its end and says so.
  if (e.start === undefined && e.end === undefined) return fail(c, i, e.id, '.start', 'is missing: an event needs a start, an end or both');
  const endOnly = e.start === undefined;
  // (Valid values: the schema checked them. quickEvent left the points it parsed.)
  const start = (endOnly ? points.end : points.start) ?? (parseTimeValue(e.start ?? e.end!) as TimePoint);
  const end = e.end === undefined || endOnly ? undefined : (points.end ?? (parseTimeValue(e.end) as TimePoint));
  const precision = e.precision ?? start.precision;
  if (rank(precision) > rank(start.precision)) {
    return fail(c, i, e.id, '.precision', `'${precision}' is finer than the start '${e.start}' states (${start.precision})`);
  }
  // The end's period must reach past the start: 9 June cannot end a range
  // that starts on 10 June, but 02:10 can end one that starts at 02:10:30.
  if (end && periodEnd(end) <= start.instant) {
    return fail(c, i, e.id, '.end', `'${e.end}' is before the start '${e.start}'`);
  }
  for (let j = 0; j < e.actors.length; j++)
    if (!actorsById.has(e.actors[j]!.id)) return fail(c, i, e.id, `.actors[${j}].id`, unknown('actors', e.actors[j]!.id));
  for (let j = 0; j < e.topics.length; j++)
    if (!topicsById.has(e.topics[j]!)) return fail(c, i, e.id, `.topics[${j}]`, unknown('topics', e.topics[j]!));
  eventIds.add(e.id);
  const ver = readVerification(e, i, actorsById, warn);
  const event: TimelineEvent = {
    id: e.id,
    title: e.title,
    summary: e.summary,
    annotation: e.annotation,
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
}

/** The chronology from its parts: events in time order (input order for ties), look-ups and counts. */
export function assemble(
  head: Pick<Chronology, 'id' | 'title' | 'description' | 'summary' | 'language' | 'timeZone' | 'updatedAt'>,
  events: TimelineEvent[],
  actors: Actor[],
  topics: Topic[],
  actorsById: Map<string, Actor>,
  topicsById: Map<string, Topic>,
): Chronology {
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
  return {
    schemaVersion: 1,
    id: head.id,
    title: head.title,
    description: head.description,
    summary: head.summary,
    language: head.language,
    timeZone: head.timeZone,
    updatedAt: head.updatedAt,
    events,
    actors,
    topics,
    actorsById,
    topicsById,
    eventCountByActor,
    eventCountByTopic,
  };
}
