// Keyboard navigation's look-ups (layout/navigation.ts, layout/key-targets.ts),
// checked on the June chronology and, where a plain reference exists, against
// it on generated data (fast-check).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { generateChronology } from '../../bench/generate.mjs';
import {
  clusterEntry,
  clusterSpan,
  clusterView,
  dayNeighbour,
  laneNeighbour,
  nearestInView,
  timeNeighbour,
} from '../../src/layout/key-targets.js';
import { clusterOf, focusOrder, itemIndex, itemOf, revealView, tabStop } from '../../src/layout/navigation.js';
import { computeTimelineLayout, prepareTimeline, type PreparedTimeline } from '../../src/layout/timeline-layout.js';
import { parseChronology } from '../../src/schema/index.js';
import { dayKey } from '../../src/time/days.js';
import { DAY, H, june } from './fixtures.js';

const prepared = prepareTimeline(june, { groupBy: 'actor', timeZone: 'Asia/Tehran' });
const layout = computeTimelineLayout(prepared, { width: 1200 });

/**
 * The reference: scan every event of the first non-empty lane in `dir` for
 * the nearest anchor; on a tie the earlier time, and among events at the
 * same time the one next to `id`'s time in that lane's order.
 */
function laneNeighbourByScan(p: PreparedTimeline, id: string, dir: -1 | 1): string | undefined {
  const at = itemOf(p, id)!.anchor;
  const first = (e: string) => p.lanesByEvent.get(e)?.[0];
  for (let li = p.lanes.findIndex((l) => l.id === first(id)) + dir; li >= 0 && li < p.lanes.length; li += dir) {
    const list = p.items.filter((it) => first(it.event.id) === p.lanes[li]!.id).sort((a, b) => a.anchor - b.anchor);
    if (!list.length) continue;
    let best = list[0]!;
    for (const it of list) {
      const [d, bestD] = [Math.abs(it.anchor - at), Math.abs(best.anchor - at)];
      if (d < bestD || (d === bestD && it.anchor < at)) best = it;
    }
    return best.event.id;
  }
  return undefined;
}

describe('itemIndex(prepared), itemOf(prepared, id)', () => {
  test('index every shown event by its place in time order, once per prepared timeline', () => {
    const ix = itemIndex(prepared);
    expect(ix).toBe(itemIndex(prepared));
    prepared.items.forEach((it, i) => expect(ix.get(it.event.id)).toBe(i));
    expect(itemOf(prepared, 'no-such-event')).toBeUndefined();
  });
});

describe('laneNeighbour(prepared, id, dir) (Up/Down)', () => {
  test('is the nearest event in time of the next non-empty lane, as a full scan finds it (June, every event, both ways)', () => {
    for (const it of prepared.items)
      for (const dir of [-1, 1] as const)
        expect(laneNeighbour(prepared, it.event.id, dir)).toBe(laneNeighbourByScan(prepared, it.event.id, dir));
  });

  test('agrees with the full scan on generated chronologies of 50–400 events', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 400 }), fc.integer({ min: 1, max: 1000 }), fc.constantFrom<-1 | 1>(-1, 1), (n, seed, dir) => {
        const p = prepareTimeline(parseChronology(generateChronology(n, seed)).chronology!, { groupBy: 'actor' });
        for (const it of p.items.slice(0, 40)) expect(laneNeighbour(p, it.event.id, dir)).toBe(laneNeighbourByScan(p, it.event.id, dir));
      }),
      { numRuns: 15 },
    );
  });

  test('is undefined above the first lane and below the last', () => {
    const firstLane = prepared.items.find((it) => prepared.lanesByEvent.get(it.event.id)?.[0] === prepared.lanes[0]!.id)!;
    expect(laneNeighbour(prepared, firstLane.event.id, -1)).toBeUndefined();
    expect(laneNeighbour(prepared, 'no-such-event', 1)).toBeUndefined();
  });
});

describe('timeNeighbour(prepared, i, step) (Left/Right) and dayNeighbour(prepared, i, dir) (PageUp/PageDown)', () => {
  test('timeNeighbour steps through time order and stops at the ends', () => {
    const last = prepared.items.length - 1;
    expect(timeNeighbour(prepared, 0, -1)).toBe(prepared.items[0]!.event.id);
    expect(timeNeighbour(prepared, 3, 1)).toBe(prepared.items[4]!.event.id);
    expect(timeNeighbour(prepared, last, 1)).toBe(prepared.items[last]!.event.id);
  });

  test('dayNeighbour gives the first event of the next and previous day with events, in the display zone', () => {
    const key = (i: number) => dayKey(prepared.items[i]!.event, 'Asia/Tehran');
    const days = [...new Set(prepared.items.map((_, i) => key(i)))];
    prepared.items.forEach((it, i) => {
      const d = days.indexOf(key(i));
      const firstOf = (k: string) => prepared.items[prepared.items.findIndex((_, j) => key(j) === k)]!.event.id;
      expect(dayNeighbour(prepared, i, 1), `${it.event.id} →`).toBe(d + 1 < days.length ? firstOf(days[d + 1]!) : undefined);
      expect(dayNeighbour(prepared, i, -1), `${it.event.id} ←`).toBe(firstOf(days[Math.max(0, d - 1)]!));
    });
  });
});

describe('focusOrder(layout), nearestInView, tabStop', () => {
  test('focusOrder is the primary marks in view, left to right (right to left when mirrored), each event once', () => {
    const order = focusOrder(layout);
    const xs = order.map((id) => layout.marks.find((m) => m.id === id && m.primary)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    const rtl = computeTimelineLayout(prepared, { width: 1200, rtl: true });
    expect(focusOrder(rtl)).toEqual(order);
  });

  test('nearestInView picks the in-view event closest in time order (the first when the event is gone)', () => {
    const order = focusOrder(layout).slice(5, 10);
    const ix = itemIndex(prepared);
    for (const it of prepared.items) {
      const got = nearestInView(prepared, order, it.event.id);
      const gap = (o: string) => Math.abs(ix.get(o)! - ix.get(it.event.id)!);
      expect(gap(got)).toBe(Math.min(...order.map(gap)));
    }
    expect(nearestInView(prepared, order, 'gone')).toBe(order[0]);
  });

  test('tabStop: the focused mark, else the cluster holding it, else the first mark in view, else the first cluster in view', () => {
    const order = focusOrder(layout);
    expect(tabStop(prepared, layout, order, order[3]!)).toEqual({ mark: order[3] });
    expect(tabStop(prepared, layout, order, null)).toEqual({ mark: order[0] });
    expect(tabStop(prepared, layout, order, 'gone')).toEqual({ mark: order[0] });
    const dense = computeTimelineLayout(prepared, { width: 400, maxRows: 3, maxStackRows: 6 });
    const k = dense.clusters.find((c) => c.primaryCount > 0)!;
    const hidden = k.ids.find((id) => clusterOf(prepared, dense, id)?.key === k.key)!;
    expect(tabStop(prepared, dense, focusOrder(dense), hidden)).toEqual({ mark: null, cluster: k.key });
    expect(tabStop(prepared, dense, [], null)).toEqual({
      mark: null,
      cluster: dense.clusters.find((c) => c.primaryCount > 0 && c.inView)!.key,
    });
  });
});

describe('clusterOf, clusterSpan, clusterEntry, clusterView', () => {
  const dense = computeTimelineLayout(prepared, { width: 400, maxRows: 3, maxStackRows: 6 });
  test('every event in a cluster of its first lane is found in that cluster; drawn marks are in none', () => {
    expect(dense.clusters.length).toBeGreaterThan(0);
    for (const k of dense.clusters)
      for (const id of k.ids) if (prepared.lanesByEvent.get(id)![0] === k.laneId) expect(clusterOf(prepared, dense, id)?.key).toBe(k.key);
    for (const m of dense.marks) if (m.primary) expect(clusterOf(prepared, dense, m.id)).toBeUndefined();
  });

  test('a cluster spans its first to its last member in time order, opens on its first member of its own lane, and zooms to its span with a tenth on each side', () => {
    const ix = itemIndex(prepared);
    for (const k of dense.clusters) {
      const [first, last] = clusterSpan(prepared, k);
      expect(first).toBe(Math.min(...k.ids.map((id) => ix.get(id)!)));
      expect(last).toBe(Math.max(...k.ids.map((id) => ix.get(id)!)));
      expect(clusterEntry(prepared, k)).toBe(k.ids.find((id) => prepared.lanesByEvent.get(id)![0] === k.laneId) ?? k.ids[0]);
      const [a, b] = clusterView(k, 2 * H);
      const pad = Math.max((k.end - k.start) / 10, H);
      expect([a, b]).toEqual([k.start - pad, k.end + pad]);
    }
  });
});

describe('revealView(item, view, extent)', () => {
  const extent: [number, number] = [0, 100 * DAY];
  const point = (t: number) => ({ event: june.events[0]!, start: t, end: t, anchor: t, kind: 'point' as const });
  test('is null for an event in view (any of its span)', () => {
    expect(revealView(point(5 * DAY), [4 * DAY, 6 * DAY], extent)).toBeNull();
    expect(revealView({ ...point(3 * DAY), end: 4.5 * DAY, kind: 'range' }, [4 * DAY, 6 * DAY], extent)).toBeNull();
  });
  test('centres a view of the same length on an event out of view, inside the extent', () => {
    expect(revealView(point(50 * DAY), [4 * DAY, 6 * DAY], extent)).toEqual([49 * DAY, 51 * DAY]);
    expect(revealView(point(0.5 * DAY), [4 * DAY, 6 * DAY], extent)).toEqual([0, 2 * DAY]);
    expect(revealView(point(99.9 * DAY), [4 * DAY, 6 * DAY], extent)).toEqual([98 * DAY, 100 * DAY]);
    // A long range: its start plus half the view.
    expect(revealView({ ...point(20 * DAY), end: 40 * DAY, kind: 'range' }, [4 * DAY, 6 * DAY], extent)).toEqual([20 * DAY, 22 * DAY]);
  });
});
