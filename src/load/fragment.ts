/**
 * The URL fragment that links to an event (`#event=<id>`), read
 * defensively: a link is untrusted input, and a malformed one (`#event=%`)
 * must not stop a timeline from loading.
 */

/** What a fragment says: the event it names, or nothing (with why, when it tried and failed). */
export interface Fragment {
  /** The id of the linked event, decoded; null when the fragment names none or cannot be read. */
  event: string | null;
  /** Why a fragment that looks like an event link was ignored (for dev mode), e.g. malformed percent-encoding. */
  problem?: string;
}

/** Longer ids are not ids anyone wrote: ignored without decoding. */
const MAX_ID = 1_000;

/**
 * Reads `#event=<id>` from a URL fragment (`location.hash`). Never throws:
 * malformed percent-encoding, an empty or over-long id gives `event: null`
 * and a `problem` sentence; any other fragment gives `event: null`.
 *
 * @example
 * readFragment('#event=us-strikes') // → { event: 'us-strikes' }
 * readFragment('#event=%') // → { event: null, problem: "'#event=%' … malformed percent-encoding …" }
 */
export function readFragment(hash: unknown): Fragment {
  if (typeof hash !== 'string' || !hash.startsWith('#event=')) return { event: null };
  const raw = hash.slice('#event='.length);
  const shown = `'${hash.length > 60 ? `${hash.slice(0, 59)}…` : hash}'`;
  if (!raw) return { event: null, problem: `${shown} names no event: ignored` };
  if (raw.length > MAX_ID * 3) return { event: null, problem: `${shown} is longer than any event id: ignored` };
  try {
    return { event: decodeURIComponent(raw) };
  } catch {
    return { event: null, problem: `${shown} is not a link to an event (malformed percent-encoding): ignored` };
  }
}
