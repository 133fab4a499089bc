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
 * Places notes left to right: each after its rule (before it at the far
 * edge), in the first of `maxRows` rows where it keeps 8 px from the others,
 * shortened to `maxWidth`; a note with no room is left out (its rule stays,
 * and the event's title is in its mark's name).
 */
export function placeNotes(
  items: readonly { id: string; x: number; text: string }[],
  plotLeft: number,
  plotRight: number,
  measure: (t: string) => number,
  maxRows = 3,
  maxWidth = 180,
): NoteLayout[] {
  const ends: number[] = [];
  const out: NoteLayout[] = [];
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const text = truncateToWidth(it.text, maxWidth, measure, 4);
    if (!text) continue;
    const w = measure(text);
    const end = it.x + 4 + w > plotRight;
    const l = end ? it.x - 4 - w : it.x + 4;
    if (l < plotLeft) continue;
    // A row with room, and no note below it that its rule would run through.
    const row = [...Array(maxRows).keys()].find((r) => !(ends[r]! > l - 8) && !ends.slice(r + 1).some((e) => e > it.x - 4));
    if (row === undefined) continue;
    ends[row] = Math.max(it.x, l + w);
    out.push({ id: it.id, x: it.x, textX: end ? it.x - 4 : it.x + 4, anchor: end ? 'end' : 'start', row, text });
  }
  return out;
}
