/**
 * Window queries over events sorted by span start: which events touch
 * `[from, to]`. Binary search finds the first candidate, so a query costs
 * O(log n + k) for k results, given the longest span in the set.
 */
import { bisector } from 'd3-array';

export interface Spanned {
  start: number;
  end: number;
}

const byStart = bisector((it: Spanned) => it.start);

/** Index of the first item whose start is ≥ t (items sorted by start). */
export const lowerBound = (items: readonly Spanned[], t: number): number => byStart.left(items, t);

/**
 * Items overlapping `[from, to]`, in start order. `maxSpan` is the longest
 * `end - start` in `items` (precomputed once per dataset).
 */
export function queryWindow<T extends Spanned>(items: readonly T[], from: number, to: number, maxSpan: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, from - maxSpan); i < items.length; i++) {
    const it = items[i]!;
    if (it.start > to) break;
    if (it.end >= from) out.push(it);
  }
  return out;
}
