/**
 * Range minimum and maximum over a fixed array in O(log n): a lane index's
 * earliest start and latest end of any run of its members.
 */

/** A segment tree of `values` (size 2n, leaves at n…2n-1), of minima or maxima. */
export function buildTree(values: Float64Array, min: boolean): Float64Array {
  const n = values.length;
  const t = new Float64Array(2 * n);
  t.set(values, n);
  for (let i = n - 1; i > 0; i--) t[i] = min ? Math.min(t[2 * i]!, t[2 * i + 1]!) : Math.max(t[2 * i]!, t[2 * i + 1]!);
  return t;
}

/** Smallest value in [l, r) of the tree of n leaves. */
export function queryMin(t: Float64Array, n: number, l: number, r: number): number {
  let res = Infinity;
  for (l += n, r += n; l < r; l >>= 1, r >>= 1) {
    if (l & 1) res = Math.min(res, t[l++]!);
    if (r & 1) res = Math.min(res, t[--r]!);
  }
  return res;
}

/** Largest value in [l, r) of the tree of n leaves. */
export function queryMax(t: Float64Array, n: number, l: number, r: number): number {
  let res = -Infinity;
  for (l += n, r += n; l < r; l >>= 1, r >>= 1) {
    if (l & 1) res = Math.max(res, t[l++]!);
    if (r & 1) res = Math.max(res, t[--r]!);
  }
  return res;
}
