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

/** The normalized "who says so" fields of an event (lists may be the shared empty one). */
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
export const publisherOf = (url: string): string => /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?(?:www\.)?([^/?#:@]+)/i.exec(url)?.[1] ?? url;

/**
 * The verification fields of one checked event, the `index`th of the
 * input's `events`. An actor id not in `actors` is reported through `warn`
 * (at `claimedBy[j]`: that id is left out; at `statements[j]`: that
 * statement is), with the event's id. Nothing is allocated for an event
 * without these fields.
 */
export function readVerification(
  e: Checked & { id: string },
  index: number,
  actors: ReadonlyMap<string, unknown>,
  warn: (path: string, message: string, eventId: string) => void,
): Verification {
  const { status, claimedBy, disputes, statements, correction, corrections } = e;
  if (!status && !claimedBy && !disputes && !statements && !correction && !corrections) return PLAIN;
  /** Known: true; else reported (and false). */
  const known = (id: string, path: string) =>
    actors.has(id) || void warn(`events[${index}].${path}`, `unknown actor '${id}': no actor in actors[] has this id; left out`, e.id);
  return {
    status,
    claimedBy: claimedBy?.filter((id, j) => known(id, `claimedBy[${j}]`)) ?? NONE,
    disputes: disputes?.map((d) => ({ text: d.text, sources: (d.sources ?? []) as Source[] })) ?? NONE,
    statements:
      statements
        ?.filter((st, j) => known(st.actor, `statements[${j}]`))
        .map(({ actor, text, source }) =>
          source === undefined
            ? { actor, text }
            : { actor, text, source: typeof source === 'string' ? { publisher: publisherOf(source), url: source } : (source as Source) },
        ) ?? NONE,
    corrections: (correction ? [correction, ...(corrections ?? [])] : (corrections ?? NONE)) as Correction[],
  };
}
