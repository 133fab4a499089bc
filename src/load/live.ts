/**
 * Live stories: what changed between two loads of the same chronology, and
 * what is new since the reader's last visit. Pure functions; the component
 * does the fetching (`refresh`), the announcing, and the storing of a visit
 * (on the reader's device only: `localStorage`, never sent anywhere).
 */
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { parseTimeValue, type TimePoint } from '../time/dates.js';

/** What {@link mergeChronology} found, by event id. */
export interface MergeResult {
  /** The chronology to show: `next`, with `previous`'s event objects where nothing changed. */
  chronology: Chronology;
  /** Ids in `next` only, in time order. */
  added: string[];
  /** Ids in both whose content changed (position in the input aside), in time order. */
  changed: string[];
  /** Ids in `previous` only, in its time order. */
  removed: string[];
}

/** Deep equality of normalized data (plain objects, arrays, primitives); a key holding `undefined` counts as absent. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => same(x, (b as unknown[])[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!same(ra[k], rb[k])) return false;
  return true;
}

/** Two versions of one event, compared without their position in the input. */
export function sameEvent(a: TimelineEvent, b: TimelineEvent): boolean {
  const { inputIndex: _a, ...x } = a;
  const { inputIndex: _b, ...y } = b;
  return same(x, y);
}

/**
 * Merges a fresh load (`next`) into what is shown (`previous`) by event id,
 * for `refresh`: `next` is the truth; the result keeps `previous`'s event
 * objects where an event did not change at all (so selection, focus and
 * any cache keyed by the object survive), and says which ids were added,
 * changed and removed. With no `previous`, every event is added.
 *
 * @example
 * const { chronology, added, changed } = mergeChronology(shown, parseChronology(body).chronology!);
 * if (added.length) announce(messages.newEvents(added.length, latestTime));
 */
export function mergeChronology(previous: Chronology | null | undefined, next: Chronology): MergeResult {
  const before = new Map((previous?.events ?? []).map((e) => [e.id, e]));
  const added: string[] = [];
  const changed: string[] = [];
  let kept = 0;
  const events = next.events.map((e) => {
    const old = before.get(e.id);
    if (!old) return (added.push(e.id), e);
    if (!sameEvent(old, e)) return (changed.push(e.id), e);
    // Unchanged: the old object, unless only its input position moved (then the new one, with the right index).
    if (old.inputIndex !== e.inputIndex) return e;
    kept++;
    return old;
  });
  const ids = new Set(next.events.map((e) => e.id));
  const removed = (previous?.events ?? []).filter((e) => !ids.has(e.id)).map((e) => e.id);
  const chronology = kept ? { ...next, events } : next;
  return { chronology, added, changed, removed };
}

/** What a visit leaves on the reader's device (see {@link recordVisit}). */
export interface VisitRecord {
  /** When the reader last saw the chronology (ms since 1970). */
  at: number;
  /** The event ids shown then; left out past {@link MAX_REMEMBERED} events (then `updatedAt` alone decides). */
  ids?: string[];
}

/** The most event ids a visit record keeps (about 300 KB of storage at 30 characters an id). */
export const MAX_REMEMBERED = 10_000;

/** The `localStorage` key of a chronology's visit record. */
export const visitKey = (chronologyId: string) => `chronoline:visit:${chronologyId}`;

/** The record of a visit at `now`: the time, and the ids shown (when there are not too many). */
export function recordVisit(chronology: Chronology, now: number): VisitRecord {
  const ids = chronology.events.map((e) => e.id);
  return ids.length <= MAX_REMEMBERED ? { at: now, ids } : { at: now };
}

/** A stored record read back: `null` for anything that is not one (never throws). */
export function readVisit(stored: string | null | undefined): VisitRecord | null {
  if (!stored) return null;
  let x: unknown;
  try {
    x = JSON.parse(stored);
  } catch {
    return null;
  }
  if (x === null || typeof x !== 'object') return null;
  const { at, ids } = x as { at?: unknown; ids?: unknown };
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (ids === undefined) return { at };
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
  return { at, ids };
}

/** What {@link sinceVisit} finds. */
export interface SinceVisit {
  /** Events that were not there at the last visit, in time order. */
  added: string[];
  /** Events that were there but whose `updatedAt` is after the visit, in time order. */
  updated: string[];
}

/** An `updatedAt` as an instant (a calendar day counts from its start in UTC), or NaN. */
function instantOf(value: string | undefined): number {
  if (!value) return NaN;
  const t = parseTimeValue(value);
  return typeof t === 'string' ? NaN : (t as TimePoint).instant;
}

/**
 * The events new since the reader's last visit (`remember-visit`). A first
 * visit (no record) finds nothing new: every event would be. Without
 * remembered ids (a very large chronology), an event counts as added when
 * its `updatedAt` is after the visit.
 */
export function sinceVisit(chronology: Chronology, visit: VisitRecord | null): SinceVisit {
  if (!visit) return { added: [], updated: [] };
  const seen = visit.ids ? new Set(visit.ids) : null;
  const added: string[] = [];
  const updated: string[] = [];
  for (const e of chronology.events) {
    const after = instantOf(e.updatedAt) > visit.at;
    if (seen ? !seen.has(e.id) : after) added.push(e.id);
    else if (seen && after) updated.push(e.id);
  }
  return { added, updated };
}
