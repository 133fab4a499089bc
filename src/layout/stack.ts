/**
 * Label stacking within one lane: marks go into rows so that no two labels
 * overlap; a label that fits nowhere whole is shortened with an ellipsis, and
 * one that cannot keep even a few characters is left off (the event's full
 * title stays in its accessible name and the details panel).
 *
 * Pure: returns new objects and never mutates its input.
 */

export interface StackItem {
  key: string;
  /** Left edge of the mark, px. */
  x0: number;
  /** Right edge of the mark, px. */
  x1: number;
  /** Where the label would start, px. */
  labelX: number;
  /** Full label text. */
  text: string;
  /** Higher goes first (gets a label before lower ones). */
  priority: number;
  /** Tie-break: earlier first. */
  order: number;
}

export interface StackedItem {
  key: string;
  row: number;
  /** Where the label's text starts (its left edge when `anchor` is `start`, right edge when `end`). */
  labelX: number;
  /** `end` when the label went to the left of the mark because the right had no room. */
  anchor: 'start' | 'end';
  /** The label to draw (possibly shortened), or null when none fits. */
  label: string | null;
  /** True when the label was shortened. */
  truncated: boolean;
  /** Right edge of what this item occupies in its row, px. */
  right: number;
}

export interface StackOptions {
  /** Most rows that carry labels. */
  maxRows: number;
  /**
   * Rows for marks without labels: a mark that finds no room for a label goes
   * to a free spot in these rows; if there is none, to a further row (up to
   * three times maxRows) rather than on top of a label. Default maxRows + 1.
   */
  maxMarkRows?: number;
  /** Right edge labels may not cross, px. */
  maxX: number;
  /** Left edge labels may not cross, px (for labels placed left of a mark). Default 0. */
  minX?: number;
  /** Width of a text, px. */
  measure: (text: string) => number;
  /** Space kept between neighbours, px. */
  gap?: number;
  /** Fewest characters a shortened label keeps (before the ellipsis). */
  minChars?: number;
}

/** [left, right, isText]: what one item occupies in a row. */
type Interval = [number, number, boolean?];
const overlaps = (row: Interval[], a: number, b: number) => row.some(([c, d]) => a < d && c < b);
const textHits = (row: Interval[], a: number, b: number) => row.filter(([c, d, t]) => t && a < d && c < b).length;

/** Longest prefix of `text` that, with "…", fits `width`. */
export function truncateToWidth(text: string, width: number, measure: (t: string) => number, minChars = 4): string | null {
  if (measure(text) <= width) return text;
  let lo = 0,
    hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(text.slice(0, mid).trimEnd() + '…') <= width) lo = mid;
    else hi = mid - 1;
  }
  const kept = text.slice(0, lo).trim();
  return kept.length >= minChars ? text.slice(0, lo).trimEnd() + '…' : null;
}

export function stackLabels(items: readonly StackItem[], options: StackOptions): { items: StackedItem[]; rows: number } {
  const { maxRows, maxX, measure, gap = 12, minChars = 4, minX = 0 } = options;
  const maxMarkRows = Math.max(maxRows, options.maxMarkRows ?? maxRows + 1);
  const rows: Interval[][] = [];
  const out = new Map<string, StackedItem>();
  const order = [...items].sort((a, b) => b.priority - a.priority || a.order - b.order);
  for (const it of order) {
    const markL = it.x0 - gap / 2;
    const fullR = Math.max(it.x1, it.labelX + measure(it.text)) + gap / 2;
    let placed: StackedItem | null = null;
    // 1. Whole label, in the first row with room, if it does not run off the edge.
    if (fullR - gap / 2 <= maxX) {
      for (let r = 0; r < maxRows && !placed; r++) {
        const row = (rows[r] ??= []);
        if (!overlaps(row, markL, fullR)) {
          row.push([markL, Math.max(it.x1 + gap / 2, it.labelX)], [it.labelX, fullR, true]);
          placed = { key: it.key, row: r, label: it.text, truncated: false, right: fullR, labelX: it.labelX, anchor: 'start' };
        }
      }
    } else if (it.labelX > it.x1) {
      // 1b. A point near the right edge: the whole label on its left, if it fits.
      const end = it.x0 - 3;
      const leftL = end - measure(it.text) - gap / 2;
      if (leftL >= minX) {
        for (let r = 0; r < maxRows && !placed; r++) {
          const row = (rows[r] ??= []);
          if (!overlaps(row, leftL, it.x1 + gap / 2)) {
            row.push([it.x0 - gap / 2, it.x1 + gap / 2], [leftL, end, true]);
            placed = { key: it.key, row: r, label: it.text, truncated: false, right: it.x1 + gap / 2, labelX: end, anchor: 'end' };
          }
        }
      }
    }
    // 2. Shortened label, in the row with the most room after the mark.
    if (!placed) {
      let best: { r: number; limit: number } | null = null;
      for (let r = 0; r < maxRows; r++) {
        const row = (rows[r] ??= []);
        if (overlaps(row, markL, Math.max(it.x1, it.labelX) + gap / 2)) continue;
        const next = Math.min(maxX + gap / 2, ...row.filter(([c]) => c >= it.labelX).map(([c]) => c));
        if (!best || next > best.limit) best = { r, limit: next };
      }
      if (best) {
        const label = truncateToWidth(it.text, best.limit - gap / 2 - it.labelX, measure, minChars);
        const right = label ? it.labelX + measure(label) + gap / 2 : Math.max(it.x1, it.x0) + gap / 2;
        rows[best.r]!.push([markL, Math.max(it.x1 + gap / 2, it.labelX)]);
        if (label) rows[best.r]!.push([it.labelX, right, true]);
        placed = { key: it.key, row: best.r, label, truncated: label !== null && label !== it.text, right, labelX: it.labelX, anchor: 'start' };
      }
    }
    // 3. No room for any label: the mark alone, in the first row where it
    //    covers nothing; if every row is taken there, in the row with the
    //    fewest marks at that place (dense stretches overlap until clustered).
    if (!placed) {
      const right = it.x1 + gap / 2;
      let row = -1;
      for (let r = 0; r < maxMarkRows && row < 0; r++) if (!overlaps((rows[r] ??= []), markL, right)) row = r;
      const crowded = row < 0;
      if (crowded) {
        // Cover no text if an extra row (up to three times maxRows) can take
        // the mark; past that, cover as little text as possible, then as few marks.
        const limit = Math.max(maxMarkRows, maxRows * 3);
        for (let r = maxMarkRows; r < limit && row < 0; r++) if (!textHits((rows[r] ??= []), markL, right)) row = r;
        if (row < 0) {
          let fewest = Infinity;
          for (let r = 0; r < limit; r++) {
            const n = textHits((rows[r] ??= []), markL, right) * 1000 + rows[r]!.filter(([c, d]) => markL < d && c < right).length;
            if (n < fewest) [fewest, row] = [n, r];
          }
        }
      }
      rows[row]!.push([markL, right]);
      // A bar is drawn anyway: its label can live inside it, shortened.
      const inside = !crowded && it.x1 - it.labelX - gap / 2 > 0 ? truncateToWidth(it.text, it.x1 - it.labelX - gap / 2, measure, minChars) : null;
      if (inside) rows[row]!.push([it.labelX, it.labelX + measure(inside) + gap / 2, true]);
      placed = { key: it.key, row, label: inside, truncated: inside !== null && inside !== it.text, right, labelX: it.labelX, anchor: 'start' };
    }
    out.set(it.key, placed);
  }
  let used = 0;
  rows.forEach((r, i) => r.length && (used = i + 1));
  return { items: items.map((it) => out.get(it.key)!), rows: Math.max(1, used) };
}
