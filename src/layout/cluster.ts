/**
 * Clustering support: a per-lane index built once per prepared timeline, and
 * the per-frame split of a lane's rendered window into cells.
 *
 * Cost model. A layout must cost what is drawn, not what exists. Each lane
 * keeps its (event, lane) pairs sorted by *position key* (the anchor of a
 * point, the start of a range) in typed arrays, with prefix sums of
 * "primary" flags and segment trees of the earliest start and latest end. A
 * frame then splits the rendered window into cells of a fixed width in time
 * (about 48–57 px at the current zoom, on a grid anchored at the epoch, so
 * the same zoom level gives the same cells whatever the pan). Per cell:
 *
 * - the *core* members (short items whose key falls in the cell) are one
 *   contiguous index range found with two binary searches;
 * - the *extras* are the few members found one by one: short items whose key
 *   lies just outside the window but whose span reaches into it (they join the
 *   first or last cell, or d0's cell if they reach the visible domain), and
 *   long items (the longest ~1/64 of a lane, kept in their own list so that
 *   they do not widen every query; a long bar that started before the view
 *   joins d0's cell, where it becomes visible);
 * - count, primaries, earliest start, latest end and the in-view counts come
 *   from binary searches, prefix sums and the segment trees: O(log n) a cell.
 *
 * So a frame costs O(cells × log n + extras + members near the view's edges
 * + members of the cells drawn as marks), whatever the number of events in
 * view. (A dataset whose spans are mostly long — months among minutes — widens
 * the edge scans and degrades towards O(events in the window), like
 * `queryWindow`.)
 */
import type { EventSpan } from './event-span.js';
import { positionKey, type LaneIndex } from './lane-index.js';
import { queryMax, queryMin } from './segment-tree.js';
import { lowerBoundF, upperBoundF } from './sorted-search.js';

export { buildLaneIndex, positionKey, type LaneIndex } from './lane-index.js';
export { lowerBoundF, upperBoundF } from './sorted-search.js';

/**
 * Width of a cluster cell, ms: the smallest power of 2^(1/4) ms that is at
 * least `minPx` pixels at `msPerPx`. Quantized so that panning, and zooming
 * by less than 19 %, keep the same cells.
 */
export function clusterCellMs(msPerPx: number, minPx: number): number {
  const level = Math.ceil(4 * Math.log2(Math.max(minPx * msPerPx, 1e-3)) - 1e-9);
  return 2 ** (level / 4);
}

/** Cell of an instant on the grid `c × cellMs` (consistent with the boundaries used by the binary searches). */
export function cellOf(q: number, cellMs: number): number {
  let c = Math.floor(q / cellMs);
  if (c * cellMs > q) c--;
  else if ((c + 1) * cellMs <= q) c++;
  return c;
}

/** One lane's rendered window, split into cells. */
export interface LanePlan {
  ix: LaneIndex;
  /** Absolute index of the first cell (cell k covers [(c0+k)·cellMs, (c0+k+1)·cellMs) ∩ [from, to]). */
  c0: number;
  nc: number;
  cellMs: number;
  /** Core members of cell k: short indices bounds[k] … bounds[k+1]-1. */
  bounds: Int32Array;
  /** Members found one by one (fringe and long), as item indices. */
  extraItem: number[];
  /** 1 when this lane is the extra member's first lane. */
  extraPrimary: number[];
  /** Extras of cell k: e = extraHead[k], then extraNext[e], … until -1. */
  extraHead: Int32Array;
  extraNext: number[];
  /** Members per cell. */
  count: Int32Array;
}

/**
 * Splits a lane's window [from, to] (the visible domain [d0, d1] plus the
 * margins) into cells, and finds every (event, lane) pair whose span meets
 * [from, to]: exactly `queryWindow`'s set.
 *
 * Cell of a member: its position key's cell, except for members found one by
 * one: a member whose key is before the visible domain but whose span
 * reaches into it is put at d0's cell (where its bar becomes visible); the
 * others are clamped to the window's first or last cell.
 */
export function planLane(ix: LaneIndex, items: readonly EventSpan[], from: number, to: number, d0: number, cellMs: number): LanePlan {
  const c0 = cellOf(from, cellMs);
  const nc = cellOf(to, cellMs) - c0 + 1;
  const { pos } = ix;
  const n = pos.length;
  const bounds = new Int32Array(nc + 1);
  bounds[0] = lowerBoundF(pos, from);
  for (let k = 1; k < nc; k++) bounds[k] = lowerBoundF(pos, (c0 + k) * cellMs, bounds[k - 1]!, n);
  bounds[nc] = upperBoundF(pos, to, bounds[nc - 1]!, n);
  const count = new Int32Array(nc);
  for (let k = 0; k < nc; k++) count[k] = bounds[k + 1]! - bounds[k]!;
  const extraItem: number[] = [];
  const extraPrimary: number[] = [];
  const extraHead = new Int32Array(nc).fill(-1);
  const extraNext: number[] = [];
  const add = (i: number, p: number, end: number, primary: number) => {
    let q = p < d0 && end >= d0 ? d0 : p;
    q = q < from ? from : q > to ? to : q;
    const k = cellOf(q, cellMs) - c0;
    extraItem.push(i);
    extraPrimary.push(primary);
    extraNext.push(extraHead[k]!);
    extraHead[k] = extraItem.length - 1;
    count[k]!++;
  };
  // Short members keyed before the window whose span reaches into it.
  for (let j = lowerBoundF(pos, from - ix.back, 0, bounds[0]); j < bounds[0]!; j++)
    if (ix.end[j]! >= from) add(ix.item[j]!, pos[j]!, ix.end[j]!, ix.primaryPrefix[j + 1]! - ix.primaryPrefix[j]!);
  // … and keyed after it whose span starts inside it.
  const rightEnd = upperBoundF(pos, to + ix.fwd, bounds[nc], n);
  for (let j = bounds[nc]!; j < rightEnd; j++)
    if (ix.start[j]! <= to) add(ix.item[j]!, pos[j]!, ix.end[j]!, ix.primaryPrefix[j + 1]! - ix.primaryPrefix[j]!);
  // Long members.
  const { long, longStart } = ix;
  for (let s = lowerBoundF(longStart, from - ix.longMaxSpan); s < long.length && longStart[s]! <= to; s++) {
    const it = items[long[s]!]!;
    if (it.end >= from) add(long[s]!, positionKey(it), it.end, ix.longPrimary[s]!);
  }
  return { ix, c0, nc, cellMs, bounds, extraItem, extraPrimary, extraHead, extraNext, count };
}

/** Item indices of cell k's members, in time order (start, then input order). */
export function cellMembers(plan: LanePlan, k: number): number[] {
  const out: number[] = [];
  const { item } = plan.ix;
  for (let j = plan.bounds[k]!; j < plan.bounds[k + 1]!; j++) out.push(item[j]!);
  for (let e = plan.extraHead[k]!; e >= 0; e = plan.extraNext[e]!) out.push(plan.extraItem[e]!);
  return out.sort((a, b) => a - b);
}

export interface CellStats {
  count: number;
  /** Earliest start and latest end of the members, ms. */
  start: number;
  end: number;
  /** Members whose first lane is this lane. */
  primaryCount: number;
  /** Members whose span meets the visible domain [d0, d1]. */
  inViewCount: number;
  /** …of which the lane is their first lane. */
  inViewPrimaryCount: number;
}

/** Aggregates of cell k, in O(log n + extras + members near d0 or d1). */
export function cellStats(plan: LanePlan, items: readonly EventSpan[], k: number, d0: number, d1: number): CellStats {
  const { ix } = plan;
  const { pos, primaryPrefix } = ix;
  const n = pos.length;
  const a = plan.bounds[k]!;
  const b = plan.bounds[k + 1]!;
  let start = Infinity;
  let end = -Infinity;
  let primaryCount = 0;
  let inViewCount = 0;
  let inViewPrimaryCount = 0;
  if (b > a) {
    start = queryMin(ix.minStart, n, a, b);
    end = queryMax(ix.maxEnd, n, a, b);
    primaryCount = primaryPrefix[b]! - primaryPrefix[a]!;
    // Keys inside the visible domain: in view.
    const lo = lowerBoundF(pos, d0, a, b);
    const hi = upperBoundF(pos, d1, lo, b);
    inViewCount = hi - lo;
    inViewPrimaryCount = primaryPrefix[hi]! - primaryPrefix[lo]!;
    // Keys before d0 whose span reaches it, and keys after d1 whose span starts before it.
    for (let j = Math.max(a, lowerBoundF(pos, d0 - ix.back, a, lo)); j < lo; j++) {
      if (ix.end[j]! >= d0) {
        inViewCount++;
        inViewPrimaryCount += primaryPrefix[j + 1]! - primaryPrefix[j]!;
      }
    }
    const stop = upperBoundF(pos, d1 + ix.fwd, hi, b);
    for (let j = hi; j < stop; j++) {
      if (ix.start[j]! <= d1) {
        inViewCount++;
        inViewPrimaryCount += primaryPrefix[j + 1]! - primaryPrefix[j]!;
      }
    }
  }
  let count = b - a;
  for (let e = plan.extraHead[k]!; e >= 0; e = plan.extraNext[e]!) {
    const i = plan.extraItem[e]!;
    const it = items[i]!;
    count++;
    start = Math.min(start, it.start);
    end = Math.max(end, it.end);
    const primary = plan.extraPrimary[e] === 1;
    if (primary) primaryCount++;
    if (it.end >= d0 && it.start <= d1) {
      inViewCount++;
      if (primary) inViewPrimaryCount++;
    }
  }
  return { count, start, end, primaryCount, inViewCount, inViewPrimaryCount };
}
