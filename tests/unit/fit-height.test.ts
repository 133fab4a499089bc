import { describe, expect, test } from 'vitest';
import { fitRows, MIN_ROW_HEIGHT } from '../../src/layout/fit-height.js';
import { computeTimelineLayout, prepareTimeline } from '../../src/layout/timeline-layout.js';
import { june } from './fixtures.js';

describe('fitRows', () => {
  test('a generous height changes nothing: 3 labelled rows, 9 in all, 24 px', () => {
    expect(fitRows(5000, 4)).toEqual({ rowHeight: 24, maxRows: 3, maxStackRows: 9 });
  });
  test('rows per lane shrink with the height, and the lanes fit', () => {
    for (const [h, lanes] of [
      [600, 8],
      [400, 8],
      [300, 3],
      [900, 9],
    ] as const) {
      const f = fitRows(h, lanes);
      expect(32 + 4 + lanes * (f.maxStackRows * f.rowHeight + 8), `${h} px, ${lanes} lanes`).toBeLessThanOrEqual(h);
      expect(f.maxRows).toBeLessThan(f.maxStackRows);
      expect(f.rowHeight).toBeGreaterThanOrEqual(MIN_ROW_HEIGHT);
    }
  });
  test('at least two rows a lane, thinner rows first', () => {
    const f = fitRows(300, 8);
    expect(f.maxStackRows).toBe(2);
    expect(f.rowHeight).toBeLessThan(24);
  });
});

describe('computeTimelineLayout with maxHeight', () => {
  const p = prepareTimeline(june, { groupBy: 'actor', timeZone: 'UTC', maxLanes: 8 });
  const free = computeTimelineLayout(p, { width: 1200 });
  test('the June chronology at 1,200 px fits 600, 480 and 420 px, and every event in view is still drawn or in a "+N" cluster', () => {
    expect(free.height).toBeGreaterThan(600);
    for (const maxHeight of [600, 480, 420]) {
      const l = computeTimelineLayout(p, { width: 1200, maxHeight });
      expect(l.height, `${maxHeight} px`).toBeLessThanOrEqual(maxHeight);
      expect(l.inView, 'reachable: marks + clusters').toBe(free.inView);
      expect(l.total).toBe(free.total);
    }
  });
  test('a height above the free layout leaves it as it is', () => {
    const l = computeTimelineLayout(p, { width: 1200, maxHeight: 5000 });
    expect(l.height).toBe(free.height);
    expect(l.marks.length).toBe(free.marks.length);
  });
});
