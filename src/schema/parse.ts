/**
 * `parseChronology`: untrusted input in, a normalized chronology and a list
 * of problems out. It never throws. One bad event is reported and left out;
 * the rest are kept. Every event that comes in is either in the result or
 * named in a problem.
 */
import * as v from 'valibot';
import { ActorSchema, ChronologySchema, EventSchema, TopicSchema } from './chronology-schema.js';
import { quickEvent, type QuickPoints } from './quick-event.js';
import {
  addEvent,
  assemble,
  unknownRefMessage,
  type EventChecks,
  type ParseOptions,
  type ParseResult,
  type TimelineEvent,
} from './result.js';
import { setFullParser } from './lazy-parse.js';
import { isObject, issuesToProblems, quote, unknownFields, type Problem } from './problems.js';
import { screenLinks } from './links.js';
import { mediaKind } from './media-kind.js';
import { MAX_EVENTS } from './limits.js';
import { boundLists } from './bound.js';
import { boundVerification } from './bound-verification.js';
import { safeColor } from './color.js';
import { takeZoneAnnotations } from './zone-annotations.js';
import { readEras } from './eras.js';

export { leftOutEvents, formatProblem, type Problem } from './problems.js';
export { periodEnd, unknownRefMessage, type Chronology, type ParseOptions, type ParseResult, type TimelineEvent } from './result.js';

/** The `id` of a raw event when it has a string one. */
const rawEventId = (raw: unknown): string | undefined => (isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined);

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
  const steps = parseSteps(input, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Events checked between two pauses of `parseSteps`. */
export const PARSE_SLICE = 1000;

/**
 * `parseChronology` in slices, for callers that must not block (see
 * slices.ts): it pauses (`yield`s) after every `PARSE_SLICE` events and
 * returns the same result once run to the end.
 */
export function* parseSteps(input: unknown, options: ParseOptions = {}): Generator<void, ParseResult, void> {
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
      problems: [
        {
          path: '$',
          message: `a chronology must be a JSON object, not ${Array.isArray(data) ? 'an array' : data === null ? 'null' : typeof data}`,
          severity: 'fatal',
        },
      ],
      eventsIn: 0,
    };
  }
  const root = data as Record<string, unknown>;
  if (!Array.isArray(root.events)) {
    return {
      chronology: null,
      problems: [
        {
          path: 'events',
          message: root.events === undefined ? 'is missing: a chronology needs an events array' : 'must be an array of events',
          severity: 'fatal',
        },
      ],
      eventsIn: 0,
    };
  }

  // The envelope: report problems, carry on with what is usable.
  const Envelope = v.omit(ChronologySchema, ['events', 'actors', 'topics', 'eras']);
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
  const checks: EventChecks = { problems, events, eventIds: new Set(), actorsById, topicsById, unknown, warn };
  /** The start and end quickEvent parsed while checking an event (one object for all events). */
  const points: QuickPoints = {};
  const inputEvents = root.events;
  const readEvent = (i: number): void => {
    if (i >= MAX_EVENTS) {
      const rawId = rawEventId(inputEvents[i]);
      return void problems.push({
        path: `events[${i}]`,
        message: `is past the limit of ${MAX_EVENTS} events: left out`,
        severity: 'error',
        ...(rawId ? { eventId: rawId } : {}),
      });
    }
    // Within the limits (the same object, for all but hostile input).
    const raw = boundVerification(boundLists(inputEvents[i], `events[${i}]`, problems), `events[${i}]`, problems);
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
      e = takeZoneAnnotations(links.strip(r.output), (field, message) => warn(`${base}.${field}`, message, rawId));
    }
    if (e.media && e.media.alt === undefined && mediaKind(e.media) === 'image') {
      warn(`events[${i}].media.alt`, 'is missing: the image is shown without a text alternative; describe it in alt', e.id);
    }
    addEvent(e, points, i, checks);
  };
  for (let i = 0; i < inputEvents.length; i++) {
    readEvent(i);
    if (i % PARSE_SLICE === PARSE_SLICE - 1) yield;
  }

  if (dev) unknownFields(ChronologySchema, root, '', problems);

  const id = pick('id', envShape.id);
  const title = pick('title', envShape.title);
  const head = {
    id: id ?? 'chronology',
    title: title ?? '',
    description: pick('description', envShape.description),
    summary: pick('summary', envShape.summary),
    language: pick('language', envShape.language),
    timeZone: pick('timeZone', envShape.timeZone),
    updatedAt: pick('updatedAt', envShape.updatedAt),
  };
  const chronology = assemble(head, events, actors, topics, actorsById, topicsById);
  const eras = readEras(root.eras, problems);
  if (eras.length) chronology.eras = eras;
  return {
    chronology,
    problems,
    eventsIn: root.events.length,
  };
}

// The components' lazy path (lazy-parse.ts) uses this module at once from now on.
setFullParser(parseChronology);
