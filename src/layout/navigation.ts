/**
 * Keyboard focus in a laid-out timeline, as pure look-ups: which marks take
 * part in the Tab order and which holds the one Tab stop, which "+N" cluster
 * holds an event, and what view reveals an event. Where each key leads, and
 * where focus goes when its mark leaves the view, is in key-targets.ts
 * (loaded on the chart's first focus). The element's keyboard controller
 * moves focus; these decide where.
 *
 * The index of event ids is built on first use and kept per prepared timeline.
 */
import type { ClusterLayout, PreparedTimeline, SpannedEvent, TimelineLayout } from './timeline-layout.js';

const indexes = new WeakMap<PreparedTimeline, Map<string, number>>();

/** Event id → index in `prepared.items` (time order, filtered): built on first use. */
export function itemIndex(p: PreparedTimeline): Map<string, number> {
  let ix = indexes.get(p);
  if (!ix) indexes.set(p, (ix = new Map(p.items.map((it, i) => [it.event.id, i]))));
  return ix;
}

/** The prepared item of an event, if it is shown. */
export const itemOf = (p: PreparedTimeline, id: string): SpannedEvent | undefined => p.items[itemIndex(p).get(id) ?? -1];

/** The keyboard's path through the chart: primary marks in view, in reading order of time (then top to bottom). */
export function focusOrder(l: TimelineLayout): string[] {
  const dir = l.rtl ? -1 : 1;
  return l.marks
    .filter((m) => m.primary && m.inView)
    .sort((a, b) => dir * (a.x - b.x) || a.y - b.y)
    .map((m) => m.id);
}

/** The cluster that holds an event's primary appearance in a layout. */
export function clusterOf(p: PreparedTimeline, l: TimelineLayout, id: string): ClusterLayout | undefined {
  const it = itemOf(p, id);
  const lane = p.lanesByEvent.get(id)?.[0];
  return it && l.clusters.find((k) => k.laneId === lane && k.start <= it.start && it.start <= k.end && k.ids.includes(id));
}

/**
 * The one Tab stop of the chart: the focused event's mark, else the cluster
 * holding it, else the first mark in view, else the first cluster in view
 * with a primary member.
 */
export function tabStop(
  p: PreparedTimeline,
  l: TimelineLayout,
  order: readonly string[],
  focused: string | null,
): { mark: string | null; cluster?: string } {
  if (focused && order.includes(focused)) return { mark: focused };
  const cluster = focused ? clusterOf(p, l, focused)?.key : undefined;
  if (cluster) return { mark: null, cluster };
  if (order.length) return { mark: order[0]! };
  return { mark: null, cluster: l.clusters.find((k) => k.primaryCount > 0 && k.inView)?.key };
}

/**
 * The view that shows an event: `null` when it is in view already (any of
 * its span, as the layout counts it), else a view of the same length centred
 * on it (a range on its start, or its middle when shorter than the view),
 * kept inside the extent.
 */
export function revealView(it: SpannedEvent, [v0, v1]: [number, number], [e0, e1]: [number, number]): [number, number] | null {
  if (it.end >= v0 && it.start <= v1) return null;
  const half = (v1 - v0) / 2;
  const c = Math.min(Math.max(it.kind === 'range' ? it.start + Math.min(half, (it.end - it.start) / 2) : it.anchor, e0 + half), e1 - half);
  return [c - half, c + half];
}
