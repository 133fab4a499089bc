import { describe, expect, test } from 'vitest';
import { fitRows, LANE_PADDING, MIN_ROW_HEIGHT } from '../../src/layout/fit-height.js';
import { computeTimelineLayout, prepareTimeline } from '../../src/layout/timeline-layout.js';
import { june } from './fixtures.js';

const used = (f: ReturnType<typeof fitRows>, lanes: number) =>
  32 + 4 + f.laneRows.reduce((a, r) => a + r * f.rowHeight, 0) + lanes * LANE_PADDING;

describe('fitRows', () => {
  test('a generous height changes nothing: 3 labelled rows, 9 in all, 24 px', () => {
    const f = fitRows(5000, 4);
    expect(f).toMatchObject({ rowHeight: 24, maxRows: 3, maxStackRows: 9, overflows: false });
    expect(f.laneRows).toEqual([9, 9, 9, 9]);
  });
  test('rows per lane shrink with the height, and the lanes fit', () => {
    for (const [h, lanes] of [
      [600, 8],
      [400, 8],
      [300, 3],
      [900, 9],
      [480, 8],
    ] as const) {
      const f = fitRows(h, lanes);
      expect(used(f, lanes), `${h} px, ${lanes} lanes`).toBeLessThanOrEqual(h);
      expect(f.laneRows).toHaveLength(lanes);
      for (const [i, r] of f.laneRows.entries()) expect(f.laneLabelRows[i]).toBeLessThanOrEqual(r);
      expect(Math.min(...f.laneRows)).toBeGreaterThanOrEqual(1);
      expect(f.rowHeight).toBeGreaterThanOrEqual(MIN_ROW_HEIGHT);
      expect(f.overflows).toBe(false);
    }
  });
  test('more rows rather than taller ones: 8 lanes in 480 px get two or three rows of 20 px, not one of 24', () => {
    const f = fitRows(480, 8);
    expect(f.rowHeight).toBe(20);
    expect(f.laneRows.every((r) => r === 2 || r === 3)).toBe(true);
    expect(f.laneRows.reduce((a, r) => a + r)).toBe(Math.floor((480 - 36 - 8 * LANE_PADDING) / 20));
    // Of two or three rows, one carries labels: the others hold marks that found no room for a label.
    expect(f.laneLabelRows.every((r) => r === 1)).toBe(true);
  });
  test('on a narrow plot two rows carry labels (pills fill the first), else one of a tight fit', () => {
    expect(fitRows(480, 8, { narrow: true }).laneLabelRows.every((r) => r === 2)).toBe(true);
    expect(fitRows(480, 8).laneLabelRows.every((r) => r === 1)).toBe(true);
    expect(fitRows(5000, 4, { narrow: true }).laneLabelRows).toEqual([3, 3, 3, 3]);
  });
  test('the rows left after one a lane go to the busiest lanes, in proportion', () => {
    const f = fitRows(32 + 4 + 4 * LANE_PADDING + 8 * 20, 4, {}, [30, 10, 10, 0]);
    expect(f.laneRows).toEqual([4, 2, 1, 1]);
    expect(f.laneLabelRows).toEqual([2, 1, 1, 1]);
    expect(used(f, 4)).toBeLessThanOrEqual(32 + 4 + 4 * LANE_PADDING + 8 * 20);
  });
  test('one row a lane at least; when even that does not fit, it says so (the chart scrolls) and each lane gets two rows', () => {
    const f = fitRows(200, 8);
    expect(f.laneRows).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    expect(f.rowHeight).toBe(MIN_ROW_HEIGHT);
    expect(f.overflows).toBe(true);
    expect(fitRows(32 + 4 + 8 * (LANE_PADDING + MIN_ROW_HEIGHT), 8).overflows).toBe(false);
  });
});

describe('computeTimelineLayout with maxHeight', () => {
  const p = prepareTimeline(june, { groupBy: 'actor', timeZone: 'UTC', maxLanes: 8 });
  const free = computeTimelineLayout(p, { width: 1200 });
  const drawn = (l: typeof free) => l.marks.filter((m) => m.primary && m.inView).length;
  const clustered = (l: typeof free) => l.clusters.reduce((a, k) => a + k.inViewPrimaryCount, 0);
  test('the June chronology at 1,200 px fits 600, 480 and 420 px, and every event in view is still drawn or in a "+N" cluster', () => {
    expect(free.height).toBeGreaterThan(600);
    for (const maxHeight of [600, 480, 420]) {
      const l = computeTimelineLayout(p, { width: 1200, maxHeight });
      expect(l.height, `${maxHeight} px`).toBeLessThanOrEqual(maxHeight);
      expect(drawn(l) + clustered(l), 'reachable: marks + clusters').toBe(l.inView);
      expect(l.inView, 'reachable: marks + clusters').toBe(free.inView);
      expect(l.total).toBe(free.total);
    }
  });
  test('each lane keeps its rows: no lane is taller than its fitted rows', () => {
    const l = computeTimelineLayout(p, { width: 1200, maxHeight: 480 });
    for (const lane of l.lanes) expect(lane.rows, lane.label).toBeGreaterThanOrEqual(1);
    // Busy lanes got more rows than quiet ones.
    expect(Math.max(...l.lanes.map((x) => x.rows))).toBeGreaterThan(Math.min(...l.lanes.map((x) => x.rows)));
  });
  test('at 480 px a third or more of the events are marks, more than with one row a lane; more height, more marks', () => {
    const counts = [420, 480, 560].map((maxHeight) => drawn(computeTimelineLayout(p, { width: 1200, maxHeight })));
    expect(counts[1]).toBeGreaterThanOrEqual(free.inView / 3);
    expect(counts[0]).toBeLessThanOrEqual(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
  });
  test('the room left by lanes that needed fewer rows goes to the others: less than two rows of it stay empty', () => {
    for (const maxHeight of [420, 480, 560]) {
      const l = computeTimelineLayout(p, { width: 1200, maxHeight });
      expect(l.height, `${maxHeight} px`).toBeLessThanOrEqual(maxHeight);
      expect(l.height, `${maxHeight} px`).toBeGreaterThan(maxHeight - 2 * MIN_ROW_HEIGHT);
    }
  });
  test('too little height for one row a lane: the layout is taller than asked (it scrolls), two rows a lane on average, the busiest more', () => {
    const l = computeTimelineLayout(p, { width: 1200, maxHeight: 200 });
    expect(l.height).toBeGreaterThan(200);
    expect(l.lanes.every((x) => x.rows >= 1)).toBe(true);
    expect(l.lanes.reduce((a, x) => a + x.rows, 0)).toBeLessThanOrEqual(2 * l.lanes.length);
    expect(drawn(l) + clustered(l)).toBe(l.inView);
  });
  test('a height above the free layout leaves it as it is', () => {
    const l = computeTimelineLayout(p, { width: 1200, maxHeight: 5000 });
    expect(l.height).toBe(free.height);
    expect(l.marks.length).toBe(free.marks.length);
  });
});

describe('zoom and pan frames at a given height (extraHeight)', () => {
  const p = prepareTimeline(june, { groupBy: 'actor', timeZone: 'UTC', maxLanes: 8 });
  const [a, b] = p.extent;
  /** Views zooming in around the middle, then panning right. */
  const views = Array.from({ length: 12 }, (_, k): [number, number] => {
    const half = ((b - a) * (1 - k / 16)) / 2;
    const mid = (a + b) / 2 + (k > 6 ? ((k - 6) * (b - a)) / 40 : 0);
    return [mid - half, mid + half];
  });
  /** A measure function that counts its calls (one layout pass measures every label it places). */
  const counting = () => {
    const f = Object.assign((t: string) => (f.calls++, t.length * 7), { calls: 0 });
    return f;
  };
  test('the layout says the height it shared the rows out for: 0, or the room the lanes left', () => {
    expect(computeTimelineLayout(p, { width: 1200, maxHeight: 360 }).extraHeight).toBe(0);
    const l = computeTimelineLayout(p, { width: 1200, maxHeight: 640 });
    expect(l.extraHeight).toBeGreaterThanOrEqual(MIN_ROW_HEIGHT);
    expect(computeTimelineLayout(p, { width: 1200, maxHeight: 640, extraHeight: l.extraHeight })).toEqual(l);
  });
  test('each frame, laid out from the frame before, fits the height and keeps every event in view reachable', () => {
    for (const maxHeight of [420, 560, 640, 720]) {
      let prev = computeTimelineLayout(p, { width: 1200, maxHeight });
      for (const domain of views) {
        const l = computeTimelineLayout(p, { width: 1200, maxHeight, domain, extraHeight: prev.extraHeight });
        const full = computeTimelineLayout(p, { width: 1200, maxHeight, domain });
        expect(l.height, `${maxHeight} px`).toBeLessThanOrEqual(maxHeight);
        expect(l.inView).toBe(full.inView);
        expect(l.marks.filter((m) => m.primary && m.inView).length + l.clusters.reduce((n, k) => n + k.inViewPrimaryCount, 0)).toBe(
          l.inView,
        );
        prev = l;
      }
    }
  });
  test('a frame whose rows still fit is laid out once: the same layout as from scratch, with fewer text measures', () => {
    const first = computeTimelineLayout(p, { width: 1200, maxHeight: 640 });
    const domain = views[3]!;
    const once = counting();
    const l = computeTimelineLayout(p, { width: 1200, maxHeight: 640, domain, extraHeight: first.extraHeight, measureText: once });
    const twice = counting();
    const full = computeTimelineLayout(p, { width: 1200, maxHeight: 640, domain, measureText: twice });
    expect(full.extraHeight, 'from scratch: a second pass, at the same height').toBe(first.extraHeight);
    expect(l).toEqual(full);
    expect(once.calls).toBeLessThan(twice.calls);
  });
  test('rows that no longer fit: the frame is laid out from scratch', () => {
    const domain = views[5]!;
    const full = computeTimelineLayout(p, { width: 1200, maxHeight: 420, domain });
    expect(computeTimelineLayout(p, { width: 1200, maxHeight: 420, domain, extraHeight: 2000 })).toEqual(full);
  });
});

describe('computeTimelineLayout with stopBelow (the first layout, measured against the room)', () => {
  const p = prepareTimeline(june, { groupBy: 'actor', timeZone: 'UTC', maxLanes: 8 });
  const free = computeTimelineLayout(p, { width: 1200 });
  test('stops at the first lane that starts below it: partial, taller than it, fewer lanes, each as in the whole layout', () => {
    const l = computeTimelineLayout(p, { width: 1200, stopBelow: 400 });
    expect(l.partial).toBe(true);
    expect(l.height).toBeGreaterThan(400);
    expect(l.lanes.length).toBeLessThan(free.lanes.length);
    expect(l.lanes).toEqual(free.lanes.slice(0, l.lanes.length));
    expect(l.lanes.at(-2)!.y + l.lanes.at(-2)!.height).toBeLessThanOrEqual(400);
  });
  test('a bound the whole layout stays above changes nothing', () => {
    expect(free.height).toBeLessThan(5000);
    expect(computeTimelineLayout(p, { width: 1200, stopBelow: 5000 })).toEqual(free);
    expect(free.partial).toBe(undefined);
  });
});
