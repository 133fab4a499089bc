// `axis-breaks` (issue 19): the layout with long empty stretches collapsed into
// breaks of fixed width, time to scale on each side, zoom across breaks.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BREAK_GAP, breakThreshold, computeBrokenLayout } from '../../src/layout/broken-axis.js';
import { computeTimelineLayout, prepareTimeline, type TimelineLayout } from '../../src/layout/timeline-layout.js';
import { transformFor, viewFor, xOf } from '../../src/layout/zoom-view.js';
import { parseChronology, type Chronology } from '../../src/schema/index.js';
import { DAY, H, june } from './fixtures.js';

function chronology(starts: string[]): Chronology {
  const { chronology, problems } = parseChronology({
    schemaVersion: 1,
    id: 'gap',
    title: 'Gap',
    events: starts.map((start, i) => ({ id: `e${i}`, title: `Event ${i}`, start })),
  });
  expect(problems).toEqual([]);
  return chronology!;
}

// Ten days in March, then nothing until ten days in September 2025.
const days = (month: string) => Array.from({ length: 10 }, (_, i) => `2025-${month}-${String(i + 1).padStart(2, '0')}T12:00:00Z`);
const gap = chronology([...days('03'), ...days('09')]);
const prepared = prepareTimeline(gap, { groupBy: 'none', timeZone: 'UTC' });

/** The marks' x by event id. */
const xs = (l: TimelineLayout) => new Map(l.marks.map((m) => [m.id, m.x]));

describe('breakThreshold', () => {
  const extent: [number, number] = [0, 100 * DAY];
  test('lengths in hours, days, weeks, months and years; empty or auto: a tenth of the extent', () => {
    expect(breakThreshold('12h', extent)).toBe(12 * H);
    expect(breakThreshold('3d', extent)).toBe(3 * DAY);
    expect(breakThreshold('1.5d', extent)).toBe(1.5 * DAY);
    expect(breakThreshold(' 2W ', extent)).toBe(14 * DAY);
    expect(breakThreshold('6mo', extent)).toBeCloseTo(6 * 30.436875 * DAY);
    expect(breakThreshold('1y', extent)).toBeCloseTo(365.2425 * DAY);
    expect(breakThreshold('', extent)).toBe(10 * DAY);
    expect(breakThreshold('auto', extent)).toBe(10 * DAY);
    expect(breakThreshold('', [0, 60_000])).toBe(H); // never under an hour
  });

  test('anything else is an error naming the value and the expected form', () => {
    for (const bad of ['three weeks', '0d', '-2d', '2', '2m', 'P3W'])
      expect(() => breakThreshold(bad, extent), bad).toThrow(new RegExp(`axis-breaks="${bad}": expected a length such as 3d`));
  });
});

describe('computeBrokenLayout', () => {
  const threshold = breakThreshold('', prepared.extent);
  const l = computeBrokenLayout(prepared, { width: 1000 }, threshold);

  test('the six empty months become one break of the gap width, labelled with its length; marks keep their order either side', () => {
    expect(l.breaks).toHaveLength(1);
    const b = l.breaks![0]!;
    expect(b.x1 - b.x0).toBeCloseTo(BREAK_GAP, 6);
    expect(b.label).toBe('— 6 months —');
    expect(b.empty).toBe(Date.UTC(2025, 8, 1, 12) - Date.UTC(2025, 2, 10, 12));
    const x = xs(l);
    for (let i = 0; i < 10; i++) expect(x.get(`e${i}`)!).toBeLessThan(b.x0);
    for (let i = 10; i < 20; i++) expect(x.get(`e${i}`)!).toBeGreaterThan(b.x1);
    for (let i = 1; i < 20; i++) expect(x.get(`e${i}`)!).toBeGreaterThan(x.get(`e${i - 1}`)!);
    // Time to scale on each side, at the same pixels per day.
    const day = x.get('e1')! - x.get('e0')!;
    for (let i = 1; i < 10; i++) expect(x.get(`e${i}`)! - x.get(`e${i - 1}`)!).toBeCloseTo(day, 6);
    for (let i = 11; i < 20; i++) expect(x.get(`e${i}`)! - x.get(`e${i - 1}`)!).toBeCloseTo(day, 6);
    // A plain axis puts the two groups in a few pixels each; the break gives them most of the plot.
    const plain = xs(computeTimelineLayout(prepared, { width: 1000 }));
    expect(plain.get('e1')! - plain.get('e0')!).toBeLessThan(day / 5);
  });

  test('the layout speaks real time: domain, ticks on the display zone clock off the break, clusters dates', () => {
    expect(l.domain).toEqual(prepared.extent);
    const b = l.breaks![0]!;
    expect(l.ticks.length).toBeGreaterThan(4);
    for (let i = 0; i < l.ticks.length; i++) {
      const t = l.ticks[i]!;
      expect(t.value % DAY, t.label).toBe(0); // UTC midnights
      expect(t.x).toBeCloseTo(xOf(l, t.value), 6);
      expect(t.x <= b.x0 || t.x >= b.x1).toBe(true);
      if (i) expect(t.value).toBeGreaterThan(l.ticks[i - 1]!.value);
      if (i) expect(t.x).toBeGreaterThan(l.ticks[i - 1]!.x);
    }
    // Each side names its months (the padding before March starts in February).
    expect(l.ticks.filter((t) => t.period).map((t) => t.period)).toEqual(['February 2025', 'March 2025', 'September 2025']);
    expect(l.ticks.filter((t) => t.x < b.x0).length).toBeGreaterThan(1);
    expect(l.ticks.filter((t) => t.x > b.x1).length).toBeGreaterThan(1);
    const narrow = computeBrokenLayout(prepared, { width: 320 }, threshold);
    for (const k of narrow.clusters) {
      expect(k.start).toBeGreaterThanOrEqual(Date.UTC(2025, 2, 1));
      expect(k.end).toBeLessThanOrEqual(Date.UTC(2025, 8, 11));
    }
    expect(l.frame.zoneLabel).toEqual(computeTimelineLayout(prepared, { width: 1000 }).frame.zoneLabel);
  });

  test('zoom and pan across the break: a view maps to a transform and back; a zoomed layout is the overview scaled', () => {
    const v: [number, number] = [Date.UTC(2025, 2, 8), Date.UTC(2025, 8, 3)];
    const t = transformFor(prepared.extent, l, v);
    expect(t.k).toBeGreaterThan(1);
    const back = viewFor(prepared.extent, l, t)!;
    expect(back[0]).toBeCloseTo(v[0], -1);
    expect(back[1]).toBeCloseTo(v[1], -1);
    const zoomed = computeBrokenLayout(prepared, { width: 1000, domain: v }, threshold);
    expect(zoomed.domain).toEqual(v);
    const [before, after] = [xs(l), xs(zoomed)];
    for (const [id, x] of after) expect(x).toBeCloseTo(before.get(id)! * t.k + t.x, 4);
    // The break widens with the zoom, like the time around it.
    expect(zoomed.breaks![0]!.x1 - zoomed.breaks![0]!.x0).toBeCloseTo(BREAK_GAP * t.k, 4);
    // A view inside one side has no break in it.
    expect(computeBrokenLayout(prepared, { width: 1000, domain: [Date.UTC(2025, 2, 2), Date.UTC(2025, 2, 6)] }, threshold).breaks).toEqual(
      [],
    );
  });

  test('right to left: breaks and ticks are mirrored', () => {
    const rtl = computeBrokenLayout(prepared, { width: 1000, rtl: true }, threshold);
    const [a, b] = [l.breaks![0]!, rtl.breaks![0]!];
    expect(b.x0).toBeCloseTo(1000 - a.x1, 6);
    expect(b.x1).toBeCloseTo(1000 - a.x0, 6);
    expect(rtl.ticks.map((t) => t.x)).toEqual(l.ticks.map((t) => 1000 - t.x));
    expect(xOf(rtl, Date.UTC(2025, 2, 5))).toBeCloseTo(1000 - xOf(l, Date.UTC(2025, 2, 5)), 6);
  });

  test("the June chronology with 3d: the quiet days after 4 June are a break, and no mark's label runs across it", () => {
    const p = prepareTimeline(june, { groupBy: 'actor', timeZone: 'Asia/Tehran' });
    for (const rtl of [false, true]) {
      const jl = computeBrokenLayout(p, { width: 1200, rtl }, breakThreshold('3d', p.extent));
      expect(jl.breaks!.map((b) => b.label)).toEqual(['— 4 days —']);
      const b = jl.breaks![0]!;
      let labels = 0;
      for (const m of jl.marks) {
        if (m.label === null) continue;
        const w = m.label.length * 7; // the layout's default measure
        const [a, z] = m.labelAnchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
        expect(a >= b.x1 || z <= b.x0, `${m.key}: "${m.label}"`).toBe(true);
        labels++;
      }
      expect(labels).toBeGreaterThan(20);
    }
  });

  test('no stretch longer than the threshold: the plain layout', () => {
    const plain = computeTimelineLayout(prepared, { width: 1000 });
    const same = computeBrokenLayout(prepared, { width: 1000 }, 365 * DAY);
    expect(same.axis).toBeUndefined();
    expect(same.breaks).toBeUndefined();
    expect(xs(same)).toEqual(xs(plain));
  });

  test('property: marks never fall in a break, keep their time order, and do not overlap the other side', () => {
    const startsArb = fc.array(fc.integer({ min: 0, max: 3 * 365 }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(startsArb, fc.integer({ min: 320, max: 1600 }), fc.integer({ min: 2, max: 60 }), (offsets, width, thresholdDays) => {
        const c = chronology(offsets.map((d) => new Date(Date.UTC(2024, 0, 1) + d * DAY).toISOString()));
        const p = prepareTimeline(c, { groupBy: 'none', timeZone: 'UTC' });
        const bl = computeBrokenLayout(p, { width }, thresholdDays * DAY);
        const marks = [...bl.marks].sort((a, b) => a.event.start.instant - b.event.start.instant);
        for (let i = 1; i < marks.length; i++) {
          const [m0, m1] = [marks[i - 1]!, marks[i]!];
          if (m1.event.start.instant > m0.event.start.instant) expect(m1.x).toBeGreaterThan(m0.x);
        }
        for (const b of bl.breaks ?? []) for (const m of bl.marks) expect(m.x <= b.x0 || m.x >= b.x1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
