/**
 * The per-lane index a layout frame queries (see cluster.ts for the cost
 * model): each lane's (event, lane) pairs sorted by position key in typed
 * arrays, with prefix sums of "primary" flags and segment trees of the
 * earliest start and latest end, and the longest spans kept apart. Built once
 * per prepared timeline, O(n log n).
 */
import type { TimelineEvent } from '../schema/parse.js';
import type { EventSpan } from './event-span.js';
import type { LaneSpec } from './lanes.js';
import { buildTree } from './segment-tree.js';

interface Indexed extends EventSpan {
  event: TimelineEvent;
}

export interface LaneIndex {
  laneId: string;
  /** Short members' position keys (point: anchor, range: start), ascending. */
  pos: Float64Array;
  start: Float64Array;
  end: Float64Array;
  /** Index into `prepared.items` of each short member. */
  item: Int32Array;
  /** primaryPrefix[j] = short members before j whose first lane is this one. */
  primaryPrefix: Int32Array;
  /** Segment trees (size 2n, leaves at n…2n-1): earliest start, latest end. */
  minStart: Float64Array;
  maxEnd: Float64Array;
  /** Longest end − key and key − start among short members. */
  back: number;
  fwd: number;
  /** Long members (index into `prepared.items`), by start. */
  long: Int32Array;
  longStart: Float64Array;
  longMaxSpan: number;
  /** Long members whose first lane is this one. */
  longPrimary: Uint8Array;
}

/** Position key of an item: where its mark starts on the axis. */
export const positionKey = (it: EventSpan): number => (it.kind === 'range' ? it.start : it.anchor);

/**
 * `list` (ascending indices, in start order) sorted by `key[index]`, then
 * index. The key is the start plus an offset that is the same for most
 * members (0 for instants and ranges, half a day for days), so the list is a
 * few sorted runs, one per offset: they are merged in linear time. With
 * many different offsets, a general sort.
 */
function sortByKey(list: readonly number[], key: Float64Array, offset: Float64Array): Int32Array {
  const runs = new Map<number, number[]>();
  for (const j of list) {
    const o = offset[j]!;
    let run = runs.get(o);
    if (!run) {
      if (runs.size >= 16) return Int32Array.from([...list].sort((a, b) => key[a]! - key[b]! || a - b));
      runs.set(o, (run = []));
    }
    run.push(j);
  }
  let merged = [...runs.values()];
  while (merged.length > 1) {
    const next: number[][] = [];
    for (let r = 0; r + 1 < merged.length; r += 2) {
      const a = merged[r]!;
      const b = merged[r + 1]!;
      const out: number[] = new Array(a.length + b.length);
      let i = 0,
        j = 0,
        o = 0;
      while (i < a.length && j < b.length) {
        const x = a[i]!;
        const y = b[j]!;
        out[o++] = key[x]! < key[y]! || (key[x] === key[y] && x < y) ? (i++, x) : (j++, y);
      }
      while (i < a.length) out[o++] = a[i++]!;
      while (j < b.length) out[o++] = b[j++]!;
      next.push(out);
    }
    if (merged.length % 2) next.push(merged[merged.length - 1]!);
    merged = next;
  }
  return Int32Array.from(merged[0] ?? []);
}

/** Lanes with this many members or fewer keep all of them in the short list. */
const LONG_MIN_LANE = 16;
/** Up to 1/LONG_FRACTION of a lane's members (the longest) are kept in the long list. */
const LONG_FRACTION = 64;

/**
 * The per-lane index of a prepared timeline: O(n log n) once per dataset,
 * grouping and filter. `items` must be sorted by start (then input order);
 * `laneIndices[i]` are the lanes of `items[i]` (indices into `lanes`).
 */
export function buildLaneIndex(
  items: readonly Indexed[],
  lanes: readonly LaneSpec[],
  laneIndices: readonly (readonly number[])[],
): LaneIndex[] {
  const members: number[][] = lanes.map(() => []);
  const primaryOf: number[][] = lanes.map(() => []);
  for (let i = 0; i < items.length; i++) {
    const ks = laneIndices[i]!;
    for (let j = 0; j < ks.length; j++) {
      members[ks[j]!]!.push(i);
      primaryOf[ks[j]!]!.push(j === 0 ? 1 : 0);
    }
  }
  return lanes.map((lane, k) => {
    const all = members[k]!;
    const prim = primaryOf[k]!;
    const m = all.length;
    // The longest 1/64 of the lane's spans (at least the longest one) go to the long list.
    let limit = Infinity;
    if (m > LONG_MIN_LANE) {
      const spans = new Float64Array(m);
      for (let j = 0; j < m; j++) spans[j] = items[all[j]!]!.end - items[all[j]!]!.start;
      spans.sort();
      limit = spans[m - 1 - Math.max(1, Math.floor(m / LONG_FRACTION))]!;
    }
    const short: number[] = [];
    const long: number[] = [];
    const longPrim: number[] = [];
    for (let j = 0; j < m; j++) {
      const it = items[all[j]!]!;
      if (it.end - it.start > limit) {
        long.push(all[j]!);
        longPrim.push(prim[j]!);
      } else short.push(j);
    }
    // Short members by position key, then time order (their order in `all`).
    const keyOf = new Float64Array(m);
    const offset = new Float64Array(m);
    for (const j of short) {
      const it = items[all[j]!]!;
      keyOf[j] = positionKey(it);
      offset[j] = keyOf[j]! - it.start;
    }
    const order = sortByKey(short, keyOf, offset);
    const n = order.length;
    const pos = new Float64Array(n);
    const start = new Float64Array(n);
    const end = new Float64Array(n);
    const item = new Int32Array(n);
    const primaryPrefix = new Int32Array(n + 1);
    let back = 0;
    let fwd = 0;
    for (let s = 0; s < n; s++) {
      const j = order[s]!;
      const i = all[j]!;
      const it = items[i]!;
      pos[s] = keyOf[j]!;
      start[s] = it.start;
      end[s] = it.end;
      item[s] = i;
      primaryPrefix[s + 1] = primaryPrefix[s]! + prim[j]!;
      back = Math.max(back, it.end - pos[s]!);
      fwd = Math.max(fwd, pos[s]! - it.start);
    }
    const longIdx = Int32Array.from(long); // already in start order
    const longStart = new Float64Array(longIdx.length);
    let longMaxSpan = 0;
    longIdx.forEach((i, s) => {
      longStart[s] = items[i]!.start;
      longMaxSpan = Math.max(longMaxSpan, items[i]!.end - items[i]!.start);
    });
    return {
      laneId: lane.id,
      pos,
      start,
      end,
      item,
      primaryPrefix,
      minStart: buildTree(start, true),
      maxEnd: buildTree(end, false),
      back,
      fwd,
      long: longIdx,
      longStart,
      longMaxSpan,
      longPrimary: Uint8Array.from(longPrim),
    };
  });
}
