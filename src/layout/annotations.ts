/**
 * Annotations: a thin rule across the lanes at an event with an `annotation`
 * (the moments the story turns on) and its short note in a band between the
 * axis and the lanes, in rows so that no two notes touch.
 */
import { truncateToWidth } from './stack.js';

export interface NoteLayout {
  /** The event's id. */
  id: string;
  /** The rule's x, px. */
  x: number;
  /** Where the note's text starts (`start`) or ends (`end`), px. */
  textX: number;
  anchor: 'start' | 'end';
  /** Row in the note band (0 at the top), and the note, shortened to fit. */
  row: number;
  text: string;
}

/** Height of one row of notes, px. */
export const NOTE_ROW = 16;

/**
 * Places notes left to right, each shortened to `maxWidth`, in the first of
 * `maxRows` rows where it keeps 8 px from the other notes and crosses no
 * rule (a rule runs from its note's row down): after its rule, or before it
 * (at the far edge, or when that saves a row: with up to 8 notes every choice
 * of sides is tried and the one with the fewest rows kept, ties going to the
 * most notes after their rule). A note with no room is left out (its rule
 * stays, and the event's title is in its mark's name).
 */
export function placeNotes(
  items: readonly { id: string; x: number; text: string }[],
  plotLeft: number,
  plotRight: number,
  measure: (t: string) => number,
  maxRows = 3,
  maxWidth = 180,
): NoteLayout[] {
  const notes = [...items]
    .sort((a, b) => a.x - b.x)
    .map((it) => ({ ...it, text: truncateToWidth(it.text, maxWidth, measure, 4) }))
    .filter((it): it is { id: string; x: number; text: string } => !!it.text);
  const n = notes.length;
  const tries = n <= 8 ? 2 ** n : 1;
  let best: NoteLayout[] = [];
  let bestScore = -Infinity;
  for (let mask = 0; mask < tries; mask++) {
    const out = placeWithSides(notes, (i) => (mask >> i) & 1, plotLeft, plotRight, measure, maxRows);
    const rows = out.length ? Math.max(...out.map((o) => o.row)) + 1 : 0;
    // Most notes placed, then fewest rows, then most notes after their rule.
    const score = out.length * 1000 - rows * 100 + out.filter((o) => o.anchor === 'start').length;
    if (score > bestScore) [best, bestScore] = [out, score];
  }
  return best;
}

/** One choice of sides (1 = before the rule); a note whose side runs off the plot takes the other. */
function placeWithSides(
  notes: readonly { id: string; x: number; text: string }[],
  before: (i: number) => number,
  plotLeft: number,
  plotRight: number,
  measure: (t: string) => number,
  maxRows: number,
): NoteLayout[] {
  const out: (NoteLayout & { l: number; r: number })[] = [];
  notes.forEach((it, i) => {
    const w = measure(it.text);
    let end = before(i) === 1 || it.x + 4 + w > plotRight;
    if (end && it.x - 4 - w < plotLeft) end = false;
    const l = end ? it.x - 4 - w : it.x + 4;
    if (l < plotLeft || l + w > plotRight) return;
    const r = l + w;
    const row = [...Array(maxRows).keys()].find((row) =>
      out.every(
        (o) =>
          // Not touching a note of its row; no rule of a note above or beside it through its text; its rule through no note below.
          !(o.row === row && o.l < r + 8 && l < o.r + 8) &&
          !(o.row <= row && o.x > l - 4 && o.x < r + 4) &&
          !(o.row > row && it.x > o.l - 4 && it.x < o.r + 4),
      ),
    );
    if (row === undefined) return;
    out.push({ id: it.id, x: it.x, textX: end ? it.x - 4 : it.x + 4, anchor: end ? 'end' : 'start', row, text: it.text, l, r });
  });
  return out.map(({ l: _l, r: _r, ...note }) => note);
}
