/**
 * A chronology, or some of its events, back in the schema's input form
 * (the JSON file `parseChronology` reads): for "Download data" and
 * `exportJSON()`.
 */
import type { Era } from '../schema/eras.js';
import type { ActorInput, ChronologyInput, TimelineEventInput, TopicInput } from '../schema/chronology-schema.js';
import type { Chronology, TimelineEvent } from '../schema/parse.js';

/** Fields of a normalized event that are not written as they are. */
const DERIVED = new Set(['start', 'end', 'precision', 'approximate', 'endOnly', 'importance', 'inputIndex', 'correction']);
/** Lists the parser fills with `[]` when absent: written only when they hold something. */
const LISTS = ['actors', 'topics', 'sources', 'claimedBy', 'disputes', 'statements', 'corrections'] as const;

/** `2025-06-22T02:10+03:30`, with `~` when that value was written approximate. */
const timeText = (t: { iso: string; approximate: boolean }) => (t.approximate ? `${t.iso}~` : t.iso);

/**
 * One normalized event as the schema's input: times as they were written
 * (with their `~`), `precision`, `approximate` and `importance` only when
 * they say more than the values do, an end-only event as `end` alone.
 * Every other field the event has (including ones the schema adds later,
 * such as `eras`) is copied as it is; fields that are `undefined` and
 * empty lists are left out. Corrections are written as `corrections` (the
 * older single `correction` is one of them).
 */
export function toEventInput(e: TimelineEvent): TimelineEventInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (!DERIVED.has(k) && v !== undefined) out[k] = v;
  // Written in the order of the schema's documentation, not the object's.
  const times: Record<string, unknown> = {};
  if (e.endOnly) times.end = timeText(e.start);
  else {
    times.start = timeText(e.start);
    if (e.end) times.end = timeText(e.end);
  }
  if (e.precision !== e.start.precision) times.precision = e.precision;
  if (e.approximate && !e.start.approximate && !e.end?.approximate) times.approximate = true;
  const { id, title, summary, ...rest } = out;
  const ordered: Record<string, unknown> = { id, title, ...(summary !== undefined ? { summary } : {}), ...times, ...rest };
  if (e.importance !== 3) ordered.importance = e.importance;
  for (const k of LISTS) if (Array.isArray(ordered[k]) && (ordered[k] as unknown[]).length === 0) delete ordered[k];
  return ordered as unknown as TimelineEventInput;
}

/** Chronology fields that are indexes built by the parser, not data. */
const isIndex = (v: unknown) => v instanceof Map;

/**
 * The chronology in the schema's input form with only `events` (default:
 * all of them, e.g. the current view with filters and search applied), in
 * the order given, and only the actors and topics those events name.
 * Chronology-level fields (title, language, zone, and ones the schema adds
 * later, such as `eras`) are kept.
 *
 * @example
 * const json = JSON.stringify(toChronologyInput(chronology, visibleEvents), null, 2);
 */
export function toChronologyInput(chronology: Chronology, events: readonly TimelineEvent[] = chronology.events): ChronologyInput {
  const actorIds = new Set<string>();
  const topicIds = new Set<string>();
  const eventInputs = events.map((e) => {
    for (const a of e.actors) actorIds.add(a.id);
    for (const t of e.topics) topicIds.add(t);
    for (const st of e.statements) actorIds.add(st.actor);
    for (const id of e.claimedBy) actorIds.add(id);
    return toEventInput(e);
  });
  const envelope: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(chronology)) {
    if (k === 'events' || k === 'actors' || k === 'topics' || v === undefined || isIndex(v)) continue;
    // Eras as written (without the instants the parser adds); all of them, as context for the events.
    envelope[k] = k === 'eras' ? (v as Era[]).map(({ from: _f, to: _t, ...era }) => era) : v;
  }
  return {
    ...(envelope as Omit<ChronologyInput, 'events'>),
    schemaVersion: 1,
    events: eventInputs,
    actors: chronology.actors.filter((a) => actorIds.has(a.id)) as ActorInput[],
    topics: chronology.topics.filter((t) => topicIds.has(t.id)) as TopicInput[],
  };
}

/**
 * `toChronologyInput` as JSON text (two-space indented, ending in a
 * newline): the file a "Download data (JSON)" control saves.
 */
export function toJSON(chronology: Chronology, events?: readonly TimelineEvent[]): string {
  return `${JSON.stringify(toChronologyInput(chronology, events), null, 2)}\n`;
}
