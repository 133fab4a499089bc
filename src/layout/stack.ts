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
  /** The label to draw (possibly shortened), or null when none fits. */
  label: string | null;
  /** True when the label was shortened. */
  truncated: boolean;
  /** Right edge of what this item occupies in its row, px. */
  right: number;
}

export interface StackOptions {
  maxRows: number;
  /** Right edge labels may not cross, px. */
  maxX: number;
  /** Width of a text, px. */
  measure: (text: string) => number;
  /** Space kept between neighbours, px. */
  gap?: number;
  /** Fewest characters a shortened label keeps (before the ellipsis). */
  minChars?: number;
}

type Interval = [number, number];
const overlaps = (row: Interval[], a: number, b: number) => row.some(([c, d]) => a < d && c < b);

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
  return lo >= minChars ? text.slice(0, lo).trimEnd() + '…' : null;
}

export function stackLabels(items: readonly StackItem[], options: StackOptions): { items: StackedItem[]; rows: number } {
  const { maxRows, maxX, measure, gap = 8, minChars = 4 } = options;
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
          row.push([markL, fullR]);
          placed = { key: it.key, row: r, label: it.text, truncated: false, right: fullR };
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
        rows[best.r]!.push([markL, Math.max(right, it.x1 + gap / 2)]);
        placed = { key: it.key, row: best.r, label, truncated: label !== null && label !== it.text, right };
      }
    }
    // 3. No room at all: the mark goes in the first row, unlabelled.
    if (!placed) placed = { key: it.key, row: 0, label: null, truncated: false, right: it.x1 };
    out.set(it.key, placed);
  }
  let used = 0;
  rows.forEach((r, i) => r.length && (used = i + 1));
  return { items: items.map((it) => out.get(it.key)!), rows: Math.max(1, used) };
}
