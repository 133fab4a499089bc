// What the chart's template used to work out itself, now decided by layout/:
// the pan origin, lane-label truncation, which tick labels fit, where the
// zone's name goes (chart-frame.ts), and the view ↔ zoom transform
// (zoom-view.ts).
import { describe, expect, test } from 'vitest';
import { fromOrigin, laneGutter, placeFrame, wrapLaneLabel } from '../../src/layout/chart-frame.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { computeTimelineLayout, prepareTimeline } from '../../src/layout/timeline-layout.js';
import { clampView, sameView } from '../../src/layout/view-range.js';
import { maxZoom, plotRange, transformFor, viewFor, xOf } from '../../src/layout/zoom-view.js';
import { offsetName } from '../../src/time/zone.js';
import { DAY, H, june } from './fixtures.js';

const measure7 = (t: string) => t.length * 7;
const prepared = prepareTimeline(june, { groupBy: 'actor', timeZone: 'Asia/Tehran' });

describe('computeTimelineLayout(…).frame: lane labels, tick labels, the zone name', () => {
  test('lane labels are cut to the gutter (less 14 px, bold type), as wrapLaneLabel cuts them', () => {
    const measure12 = (t: string) => t.length * 12;
    const l = computeTimelineLayout(prepared, { width: 300, measureText: measure12 });
    const gutter = l.plotLeft;
    expect(l.frame.laneLabels).toEqual(l.lanes.map((lane) => wrapLaneLabel(lane.label, gutter - 14, (t) => measure12(t) * 1.1)));
    expect(l.frame.laneLabels!.some((t, i) => t.join('') !== l.lanes[i]!.label)).toBe(true);
    expect(l.frame.gutterX).toBe(4);
    expect(l.frame.zoneLabel).toEqual({ text: offsetName(l.domain[0], 'Asia/Tehran', 'en'), x: 4, anchor: 'start' });
  });

  test('mirrored: labels and the zone name sit right, anchored at their end', () => {
    const l = computeTimelineLayout(prepared, { width: 700, measureText: measure7, rtl: true });
    expect(l.frame.gutterX).toBe(696);
    expect(l.frame.textAnchor).toBe('end');
    expect(l.frame.zoneLabel).toMatchObject({ x: 696, anchor: 'end' });
    l.ticks.forEach((t, i) => {
      const x = l.frame.tickLabelX[i];
      if (x !== null) expect(x).toBe(t.x - 3);
    });
  });

  test('one lane (no gutter): no lane labels, the zone name at the axis’s far end, and tick labels keep clear of it', () => {
    const one = prepareTimeline(june, { groupBy: 'none', timeZone: 'Asia/Tehran' });
    const l = computeTimelineLayout(one, { width: 600, measureText: measure7 });
    expect(l.frame.laneLabels).toBeNull();
    const z = l.frame.zoneLabel;
    expect(z).toMatchObject({ x: 596, anchor: 'end' });
    const room = measure7(z.text) + 12;
    l.ticks.forEach((t, i) => {
      const fits = t.x + 3 + measure7(t.label) <= 600 - room;
      expect(l.frame.tickLabelX[i]).toBe(fits ? t.x + 3 : null);
    });
    expect(l.frame.tickLabelX.some((x) => x === null)).toBe(true);
  });

  test('placeFrame works from any layout-shaped object (a tick that would run off the chart has no label)', () => {
    const f = placeFrame(
      {
        width: 300,
        plotLeft: 100,
        plotRight: 288,
        rtl: false,
        domain: [0, DAY],
        ticks: [
          { value: 0, x: 20, label: 'ab', major: false },
          { value: 1, x: 290, label: 'long label', major: false },
        ],
        lanes: [{ label: 'A lane' }],
      },
      'UTC',
      'en',
      measure7,
    );
    expect(f.tickLabelX).toEqual([23, null]);
    expect(f.laneLabels).toEqual([['A lane']]);
  });
});

describe('lane labels that fit (issue 16): a gutter as wide as the widest label, up to a limit, then two lines', () => {
  test('wrapLaneLabel: whole when it fits; else two lines broken at a space, the joined lines giving the label back', () => {
    expect(wrapLaneLabel('Trump', 100, measure7)).toEqual(['Trump']);
    const two = wrapLaneLabel('Safeguards and non-proliferation', 130, measure7);
    expect(two).toEqual(['Safeguards and ', 'non-proliferation']);
    expect(two.join('')).toBe('Safeguards and non-proliferation');
    for (const line of two) expect(measure7(line.trimEnd())).toBeLessThanOrEqual(130);
    // A second line still too long is shortened; a first word too long, on one line.
    expect(wrapLaneLabel('Energy and shipping lanes of the Gulf', 70, measure7)).toEqual(['Energy and ', 'shipping…']);
    expect(wrapLaneLabel('Counterproliferation', 70, measure7)).toEqual(['Counterpr…']);
  });

  test('laneGutter: the widest label (bold) plus 14 px, at most 180 px and 15 % on wide charts, 120 px and 22 % on narrow ones', () => {
    expect(laneGutter(['Trump', 'Araghchi'], 1200, measure7)).toBe(Math.ceil(8 * 7 * 1.1 + 14));
    expect(laneGutter(['Casualties and humanitarian impact'], 1200, measure7)).toBe(180);
    expect(laneGutter(['Casualties and humanitarian impact'], 390, measure7)).toBe(86);
    expect(laneGutter(['A'], 1200, measure7)).toBe(48);
  });

  test('grouped by topic at 1200 px, no lane label is shortened: every one fits whole on one or two lines', () => {
    const measure = (t: string) => t.length * 6.6;
    const byTopic = prepareTimeline(june, { groupBy: 'topic', timeZone: 'Asia/Tehran' });
    const l = computeTimelineLayout(byTopic, { width: 1200, measureText: measure });
    expect(l.frame.laneLabels!.map((lines) => lines.join(''))).toEqual(l.lanes.map((lane) => lane.label));
    expect(l.frame.laneLabels!.some((lines) => lines.length === 2)).toBe(true);
  });
});

describe('the pan origin (frame.originX) and fromOrigin', () => {
  test('panning at one zoom level keeps the origin’s time, so marks keep their numbers relative to it', () => {
    const d0 = Date.UTC(2025, 5, 20);
    const span = 2 * DAY;
    const at = (shift: number) => computeTimelineLayout(prepared, { width: 1000, domain: [d0 + shift, d0 + shift + span] });
    const a = at(0);
    const b = at(span / 8);
    // The origin is a time; its x moves with the pan exactly as a mark does.
    const originTime = (l: typeof a) => timeScale(l.domain, [l.plotLeft, l.plotRight]).invert(l.frame.originX);
    expect(originTime(b)).toBeCloseTo(originTime(a), -1);
    const id = b.marks.find((m) => a.marks.some((n) => n.key === m.key))!.key;
    const rel = (l: typeof a) => fromOrigin(l.marks.find((m) => m.key === id)!.x, l.frame.originX);
    expect(rel(b)).toBeCloseTo(rel(a), 1);
  });

  test('fromOrigin rounds to 1/100 px', () => {
    expect(fromOrigin(105.123456, 5)).toBe(100.12);
    expect(fromOrigin(5, 5)).toBe(0);
  });
});

describe('zoom-view: transformFor, viewFor, clampView, sameView, xOf, maxZoom', () => {
  const l = computeTimelineLayout(prepared, { width: 1000 });
  const extent = prepared.extent;
  test('a view goes to a transform and back', () => {
    const v: [number, number] = [extent[0] + 3 * DAY, extent[0] + 5 * DAY];
    const t = transformFor(extent, l, v);
    expect(t.k).toBeCloseTo((extent[1] - extent[0]) / (2 * DAY), 6);
    const back = viewFor(extent, l, t)!;
    expect(back[0]).toBeCloseTo(v[0], -1);
    expect(back[1]).toBeCloseTo(v[1], -1);
    const rtl = computeTimelineLayout(prepared, { width: 1000, rtl: true });
    const back2 = viewFor(extent, rtl, transformFor(extent, rtl, v))!;
    expect(sameView(back2, v)).toBe(true);
  });
  test('no zoom and no pan is the whole extent (null); a view reaching past the extent is clamped', () => {
    expect(viewFor(extent, l, { k: 1, x: 0 })).toBeNull();
    expect(viewFor(extent, l, { k: 2, x: 100 })![0]).toBe(extent[0]);
    expect(clampView([extent[0] - DAY, extent[0] + DAY], extent)).toEqual([extent[0], extent[0] + DAY]);
    expect(clampView([extent[0] - DAY, extent[1] + DAY], extent)).toBeNull();
  });
  test('sameView is to the millisecond; xOf is the layout’s own scale; maxZoom stops at the shortest span', () => {
    expect(sameView([0, 10], [0.5, 10.5])).toBe(true);
    expect(sameView([0, 10], [2, 10])).toBe(false);
    expect(sameView(null, null)).toBe(true);
    expect(sameView(null, [0, 1])).toBe(false);
    const m = l.marks[0]!;
    const it = prepared.items.find((i) => i.event.id === m.id)!;
    if (m.kind === 'point') expect(xOf(l, it.anchor)).toBeCloseTo(m.x, 6);
    expect(plotRange(l)).toEqual([l.plotLeft, l.plotRight]);
    expect(maxZoom([0, 10 * H], 2 * H)).toBe(5);
    expect(maxZoom([0, H], 2 * H)).toBe(1);
  });
});
