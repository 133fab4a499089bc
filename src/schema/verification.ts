/**
 * Who says so: an event's verification status, who claims or denies it,
 * conflicting reports, what actors said, and its corrections, normalized
 * after the schema has checked their shapes.
 *
 * - `claimedBy` and `statements[].actor` name actors: an unknown id is a
 *   `warning` at its path and only that id (or that statement) is left out;
 *   the event stays.
 * - A statement's `source` given as a URL alone becomes a source whose
 *   publisher is the URL's host.
 * - The older single `correction` is read as the first of `corrections`.
 *
 * Events without these fields share one frozen empty list per field (this
 * runs for every event of a 100,000-event chronology).
 */
import type { Correction, LocalizedText, Source, Status, TimelineEventInput } from './chronology-schema.js';

/** Conflicting reports: what differs and the sources for each version. */
export interface Dispute {
  text: LocalizedText;
  sources: Source[];
}

/** What an actor (by id, known to the chronology) said about an event. */
export interface Statement {
  actor: string;
  text: LocalizedText;
  source?: Source;
}

/** The normalized "who says so" fields of an event. */
export interface Verification {
  /** Absent when the input gives none: the event reads as it always has. */
  status?: Status;
  /** Actor ids: who claims the event (`claimed`) or denies it (`denied`). Known actors only. */
  claimedBy: readonly string[];
  disputes: readonly Dispute[];
  /** Statements by known actors, in the order written. */
  statements: readonly Statement[];
  /** Every correction, in the order written (the single `correction` first). */
  corrections: readonly Correction[];
}

const NONE: readonly never[] = Object.freeze([]);
/** An event with none of these fields (most events). */
const PLAIN: Verification = Object.freeze({ claimedBy: NONE, disputes: NONE, statements: NONE, corrections: NONE });

/** The event's fields after `EventSchema` (lists may be absent). */
type Checked = Pick<TimelineEventInput, 'status' | 'claimedBy' | 'disputes' | 'statements' | 'correction' | 'corrections'>;

/** `https://www.tasnimnews.com/en/…` → `tasnimnews.com`: the publisher of a source known only by its URL. */
export function publisherOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/**
 * The verification fields of one checked event, the `index`th of the
 * input's `events`. An actor id not in `actors` is reported through `warn`
 * (with its path and the event's id) and left out. Allocates nothing for an
 * event without these fields.
 */
export function readVerification(
  e: Checked & { id: string },
  index: number,
  actors: ReadonlyMap<string, unknown>,
  warn: (path: string, message: string, eventId: string) => void,
): Verification {
  if (e.status === undefined && !e.claimedBy && !e.disputes && !e.statements && !e.correction && !e.corrections) return PLAIN;
  const out: Verification = { status: e.status, claimedBy: NONE, disputes: NONE, statements: NONE, corrections: NONE };
  const unknown = (path: string, id: string, what: string) =>
    warn(`events[${index}].${path}`, `unknown actor '${id}': no actor in actors[] has this id; ${what}`, e.id);
  if (e.claimedBy?.length) {
    const ids: string[] = [];
    e.claimedBy.forEach((id, j) => (actors.has(id) ? ids.push(id) : unknown(`claimedBy[${j}]`, id, 'left out of claimedBy')));
    if (ids.length) out.claimedBy = ids;
  }
  if (e.disputes?.length) out.disputes = e.disputes.map((d) => ({ text: d.text, sources: (d.sources ?? []) as Source[] }));
  if (e.statements?.length) {
    const kept: Statement[] = [];
    e.statements.forEach((s, j) => {
      if (!actors.has(s.actor)) return unknown(`statements[${j}].actor`, s.actor, 'the statement was left out');
      const st: Statement = { actor: s.actor, text: s.text };
      if (s.source !== undefined) st.source = typeof s.source === 'string' ? { publisher: publisherOf(s.source), url: s.source } : (s.source as Source);
      kept.push(st);
    });
    if (kept.length) out.statements = kept;
  }
  if (e.correction || e.corrections?.length) out.corrections = [...(e.correction ? [e.correction] : []), ...(e.corrections ?? [])] as Correction[];
  return out;
}
