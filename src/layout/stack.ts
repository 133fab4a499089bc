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
  /**
   * True when no row within `rowLimit` had room for the mark without touching
   * another mark, a reserved span or a label: it was put where it overlaps
   * the least. `computeTimelineLayout` clusters such marks instead of drawing them.
   */
  crowded: boolean;
}

/** A span of a row taken before any item is placed (a cluster's "+N" pill, say), treated like a mark. */
export interface ReservedSpan {
  row: number;
  /** Left edge, px, gap included. */
  x0: number;
  /** Right edge, px, gap included. */
  x1: number;
}

export interface StackOptions {
  /** Most rows that carry labels. */
  maxRows: number;
  /**
   * Rows for marks without labels: a mark that finds no room for a label goes
   * to a free spot in these rows; if there is none, to a free spot in a
   * further row (up to `rowLimit`). A mark with no free spot anywhere is
   * `crowded`: it goes to an extra row where it covers no label (marks may
   * overlap marks there), else where it covers the least. Default maxRows + 1.
   */
  maxMarkRows?: number;
  /**
   * Most rows in all. A mark without a label takes the first row below this
   * limit where it touches nothing; only when there is none is it `crowded`.
   * Default max(maxMarkRows, 3 × maxRows).
   */
  rowLimit?: number;
  /** Spans already taken before any item is placed (e.g. cluster pills). */
  reserved?: readonly ReservedSpan[];
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
  /**
   * Widest label, px: a longer title is shortened to it before it is placed
   * (short labels let more events carry one; the whole title is in the
   * mark's name, its tooltip and the details). Default: no limit.
   */
  maxLabelWidth?: number;
}

/** [left, right, isText]: what one item occupies in a row. */
type Interval = [number, number, boolean?];

/**
 * One row's occupied spans, with a bucket grid over x so that a query looks
 * only at the spans near it (a dense lane's row holds hundreds). Spans
 * beyond the grid are filed in its edge buckets, and so are queries, so the
 * answers are exact.
 */
class Row {
  readonly all: Interval[] = [];
  private readonly buckets: Interval[][] = [];
  constructor(
    private readonly lo: number,
    private readonly size: number,
    private readonly n: number,
  ) {}
  private bucket(x: number): number {
    const j = Math.floor((x - this.lo) / this.size);
    return j < 0 ? 0 : j >= this.n ? this.n - 1 : j;
  }
  get length(): number {
    return this.all.length;
  }
  push(...spans: Interval[]): void {
    for (const iv of spans) {
      this.all.push(iv);
      for (let j = this.bucket(iv[0]), end = this.bucket(iv[1]); j <= end; j++) (this.buckets[j] ??= []).push(iv);
    }
  }
  /** Whether any span meets the open interval (a, b). */
  overlaps(a: number, b: number): boolean {
    for (let j = this.bucket(Math.min(a, b)), end = this.bucket(Math.max(a, b)); j <= end; j++) {
      const list = this.buckets[j];
      if (list) for (const iv of list) if (a < iv[1] && iv[0] < b) return true;
    }
    return false;
  }
  /** The leftmost span start at or after x, or `limit` if none is smaller. */
  nextStart(x: number, limit: number): number {
    let best = limit;
    for (let j = this.bucket(x); j <= this.bucket(best); j++) {
      const list = this.buckets[j];
      if (list) for (const iv of list) if (iv[0] >= x && iv[0] < best) best = iv[0];
    }
    return best;
  }
  /** How many spans meet (a, b), texts counting 1000 each (1000 × texts + marks when `all`; texts only when not). */
  hits(a: number, b: number, all?: boolean): number {
    let n = 0;
    for (const [c, d, t] of this.all) if (a < d && c < b) n += t ? 1000 : +!!all;
    return n;
  }
}

/** Longest prefix of `text` that, with "…", fits `width`. */
export function truncateToWidth(text: string, width: number, measure: (t: string) => number, minChars = 4): string | null {
  const full = measure(text);
  if (full <= width) return text;
  const n = text.length;
  /** Does the first k characters, trimmed, with '…' fit? (Widths grow with k.) */
  const fits = (k: number) => measure(text.slice(0, k).trimEnd() + '…') <= width;
  // The longest k in [0, n - 1] that fits (k = 0 counts as fitting). Each
  // measure is a canvas call, so the search starts where the width says the
  // cut should be, and gallops from there: usually two or three measures
  // instead of a binary search's log2(n).
  let lo: number, hi: number;
  const guess = Math.min(n - 1, Math.max(0, Math.floor((n * width) / full) - 1));
  if (guess === 0 || fits(guess)) {
    lo = guess;
    hi = n - 1;
    for (let step = 1; lo < hi; step *= 2) {
      const k = Math.min(hi, lo + step);
      if (!fits(k)) {
        hi = k - 1;
        break;
      }
      lo = k;
    }
  } else {
    // Widths grow with the prefix: if the shortest acceptable one does not fit, none does.
    if (guess > minChars && !fits(minChars)) return null;
    hi = guess - 1;
    lo = 0;
    for (let step = 1; lo < hi; step *= 2) {
      const k = Math.max(lo, hi - step + 1);
      if (k === 0 || fits(k)) {
        lo = k;
        break;
      }
      hi = k - 1;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const kept = text.slice(0, lo).trim();
  return kept.length >= minChars ? text.slice(0, lo).trimEnd() + '…' : null;
}

/**
 * Titles already shortened to the widest label: a zoom or pan frame, which
 * lays out and stacks again, and a lane stacked again reuse them instead of
 * searching the cut again. Keyed by the whole title's width too, which another
 * font (or measure function) gives differently; emptied past 10,000.
 */
const cuts = new Map<string, string | null>();
function cutToMax(text: string, width: number, measure: (t: string) => number, minChars: number): string | null {
  const key = `${measure(text)}:${width}:${minChars}:${text}`;
  let cut = cuts.get(key);
  if (cut === undefined) {
    if (cuts.size > 1e4) cuts.clear();
    cuts.set(key, (cut = truncateToWidth(text, width, measure, minChars)));
  }
  return cut;
}

export function stackLabels(items: readonly StackItem[], options: StackOptions): { items: StackedItem[]; rows: number } {
  const { maxRows, maxX, measure, gap = 12, minChars = 4, minX = 0, maxLabelWidth = Infinity } = options;
  const maxMarkRows = Math.max(maxRows, options.maxMarkRows ?? maxRows + 1);
  const limit = Math.max(maxMarkRows, options.rowLimit ?? maxRows * 3);
  // The bucket grid covers the plot and as much again on each side.
  const span = Math.max(1, maxX - minX);
  const gridLo = minX - span;
  const gridN = Math.min(512, Math.max(1, Math.ceil((3 * span) / 64)));
  const gridSize = (3 * span) / gridN;
  const rows: Row[] = [];
  const rowAt = (r: number) => (rows[r] ??= new Row(gridLo, gridSize, gridN));
  for (const r of options.reserved ?? []) rowAt(r.row).push([r.x0, r.x1]);
  const out: StackedItem[] = new Array(items.length);
  const order = items
    .map((_, i) => i)
    .sort((a, b) => items[b]!.priority - items[a]!.priority || items[a]!.order - items[b]!.order || a - b);
  for (const index of order) {
    let it = items[index]!;
    const full = it.text;
    const cut = cutToMax(full, maxLabelWidth, measure, minChars);
    if (cut) it = { ...it, text: cut };
    const markL = it.x0 - gap / 2;
    const fullR = Math.max(it.x1, it.labelX + measure(it.text)) + gap / 2;
    let placed: StackedItem | null = null;
    // 1. Whole label, in the first row with room, if it does not run off the edge.
    if (fullR - gap / 2 <= maxX) {
      for (let r = 0; r < maxRows && !placed; r++) {
        const row = rowAt(r);
        if (!row.overlaps(markL, fullR)) {
          row.push([markL, Math.max(it.x1 + gap / 2, it.labelX)], [it.labelX, fullR, true]);
          placed = {
            key: it.key,
            row: r,
            label: it.text,
            truncated: it.text !== full,
            right: fullR,
            labelX: it.labelX,
            anchor: 'start',
            crowded: false,
          };
        }
      }
    } else if (it.labelX > it.x1) {
      // 1b. A point near the right edge: the whole label on its left, if it fits.
      const end = it.x0 - 3;
      const leftL = end - measure(it.text) - gap / 2;
      if (leftL >= minX) {
        for (let r = 0; r < maxRows && !placed; r++) {
          const row = rowAt(r);
          if (!row.overlaps(leftL, it.x1 + gap / 2)) {
            row.push([it.x0 - gap / 2, it.x1 + gap / 2], [leftL, end, true]);
            placed = {
              key: it.key,
              row: r,
              label: it.text,
              truncated: it.text !== full,
              right: it.x1 + gap / 2,
              labelX: end,
              anchor: 'end',
              crowded: false,
            };
          }
        }
      }
    }
    // 2. Shortened label, in the row with the most room after the mark.
    if (!placed) {
      let best: { r: number; limit: number } | null = null;
      for (let r = 0; r < maxRows; r++) {
        const row = rowAt(r);
        if (row.overlaps(markL, Math.max(it.x1, it.labelX) + gap / 2)) continue;
        const next = row.nextStart(it.labelX, maxX + gap / 2);
        if (!best || next > best.limit) best = { r, limit: next };
      }
      if (best) {
        const label = truncateToWidth(full, Math.min(best.limit - gap / 2 - it.labelX, maxLabelWidth), measure, minChars);
        const right = label ? it.labelX + measure(label) + gap / 2 : Math.max(it.x1, it.x0) + gap / 2;
        rows[best.r]!.push([markL, Math.max(it.x1 + gap / 2, it.labelX)]);
        if (label) rows[best.r]!.push([it.labelX, right, true]);
        placed = {
          key: it.key,
          row: best.r,
          label,
          truncated: label !== null && label !== full,
          right,
          labelX: it.labelX,
          anchor: 'start',
          crowded: false,
        };
      }
    }
    // 3. No room for any label: the mark alone, in the first row (up to
    //    `rowLimit`) where it touches nothing. If there is none, the mark is
    //    crowded: it goes to an extra row where it covers no text, or else to
    //    the row where it covers the least text, then the fewest marks.
    if (!placed) {
      const right = it.x1 + gap / 2;
      let row = -1;
      for (let r = 0; r < limit && row < 0; r++) if (!rowAt(r).overlaps(markL, right)) row = r;
      const crowded = row < 0;
      if (crowded) {
        for (let r = maxMarkRows; r < limit && row < 0; r++) if (!rowAt(r).hits(markL, right)) row = r;
        if (row < 0) {
          let fewest = Infinity;
          for (let r = 0; r < limit; r++) {
            const n = rowAt(r).hits(markL, right, true);
            if (n < fewest) [fewest, row] = [n, r];
          }
        }
      }
      rows[row]!.push([markL, right]);
      // A bar is drawn anyway: its label can live inside it, shortened.
      const ix = Math.max(it.x0, minX) + 6;
      const inside = !crowded && it.x1 - ix - gap / 2 > 0 ? truncateToWidth(full, it.x1 - ix - gap / 2, measure, minChars) : null;
      if (inside) rows[row]!.push([ix, ix + measure(inside) + gap / 2, true]);
      placed = {
        key: it.key,
        row,
        label: inside,
        truncated: inside !== null && inside !== full,
        right,
        labelX: inside ? ix : it.labelX,
        anchor: 'start',
        crowded,
      };
    }
    out[index] = placed;
  }
  let used = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i]?.length) used = i + 1;
  return { items: out, rows: Math.max(1, used) };
}
