/**
 * Where the chart's keys lead, as pure look-ups: Left/Right (the previous or
 * next event in time), Up/Down (the nearest event in the lane above or
 * below), PageUp/PageDown (the previous or next day with events), what
 * opening a "+N" cluster shows, and where focus goes when its mark leaves
 * the view. Loaded with the key handling, on the chart's first focus (see
 * key-actions.ts).
 */
import { bisector } from 'd3-array';
import { dayKey } from '../time/days.js';
import { itemIndex, itemOf } from './navigation.js';
import type { ClusterLayout, PreparedTimeline, SpannedEvent } from './timeline-layout.js';

const lanes = new WeakMap<PreparedTimeline, Map<string, SpannedEvent[]>>();
const byAnchor = bisector((it: SpannedEvent) => it.anchor);

/** Per lane, the events whose first lane it is, by anchor time. */
function eventsByFirstLane(p: PreparedTimeline): Map<string, SpannedEvent[]> {
  let by = lanes.get(p);
  if (!by) {
    lanes.set(p, (by = new Map(p.lanes.map((l) => [l.id, []]))));
    for (const it of p.items) by.get(p.lanesByEvent.get(it.event.id)?.[0] ?? '')?.push(it);
    for (const list of by.values()) list.sort((a, b) => a.anchor - b.anchor);
  }
  return by;
}

/** Up/Down: the event whose first lane is the next non-empty lane in `dir`, nearest in time to `id` (the earlier on a tie). */
export function laneNeighbour(p: PreparedTimeline, id: string, dir: -1 | 1): string | undefined {
  const at = itemOf(p, id)?.anchor;
  if (at === undefined) return undefined;
  const by = eventsByFirstLane(p);
  const laneId = p.lanesByEvent.get(id)?.[0];
  for (let li = p.lanes.findIndex((l) => l.id === laneId) + dir; li >= 0 && li < p.lanes.length; li += dir) {
    const list = by.get(p.lanes[li]!.id)!;
    if (!list.length) continue;
    const lo = Math.min(byAnchor.left(list, at), list.length - 1);
    return (lo > 0 && at - list[lo - 1]!.anchor <= list[lo]!.anchor - at ? list[lo - 1]! : list[lo]!).event.id;
  }
  return undefined;
}

/** Left/Right: the event `step` places later (or earlier) in time, clamped to the first and last. */
export const timeNeighbour = (p: PreparedTimeline, i: number, step: number): string | undefined =>
  p.items[Math.min(p.items.length - 1, Math.max(0, i + step))]?.event.id;

/** PageUp/PageDown: the first event of the previous (−1) or next (1) calendar day with events, in the display zone. */
export function dayNeighbour(p: PreparedTimeline, i: number, dir: -1 | 1): string | undefined {
  const key = (j: number) => dayKey(p.items[j]!.event, p.timeZone);
  const here = key(i);
  let j = i;
  if (dir > 0) {
    while (j < p.items.length && key(j) === here) j++;
    return p.items[j]?.event.id;
  }
  while (j >= 0 && key(j) === here) j--;
  if (j < 0) return p.items[0]?.event.id;
  const prev = key(j);
  while (j > 0 && key(j - 1) === prev) j--;
  return p.items[j]!.event.id;
}

/**
 * A cluster's first and last members, as indices into `prepared.items`: a
 * cluster stands for its members when moving through time. (A loop, not
 * Math.min(...ids): a cluster can hold more members than a call has arguments.)
 */
export function clusterSpan(p: PreparedTimeline, k: ClusterLayout): [first: number, last: number] {
  const ix = itemIndex(p);
  let [first, last] = [Infinity, -1];
  for (const m of k.ids) {
    const j = ix.get(m) ?? 0;
    if (j < first) first = j;
    if (j > last) last = j;
  }
  return [first, last];
}

/** The view a cluster opens to: its span with a tenth on each side (at least `minSpan` / 2). */
export function clusterView(k: ClusterLayout, minSpan: number): [number, number] {
  const pad = Math.max((k.end - k.start) * 0.1, minSpan / 2);
  return [k.start - pad, k.end + pad];
}

/** The event a cluster opens on: its first member whose first lane is the cluster's. */
export const clusterEntry = (p: PreparedTimeline, k: ClusterLayout): string | undefined =>
  k.ids.find((m) => p.lanesByEvent.get(m)?.[0] === k.laneId) ?? k.ids[0];

/** Of `order`, the event nearest in time to `id` (which may be gone from the data: then the first). */
export function nearestInView(p: PreparedTimeline, order: readonly string[], id: string): string {
  const ix = itemIndex(p);
  const i = ix.get(id);
  let best = order[0]!;
  if (i === undefined) return best;
  let gap = Infinity;
  for (const o of order) {
    const d = Math.abs((ix.get(o) ?? 0) - i);
    if (d < gap) [best, gap] = [o, d];
  }
  return best;
}
