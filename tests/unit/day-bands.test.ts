// Day events as the day they are (issue 16): a band from midnight to midnight
// in the display zone when a day is at least DAY_BAND_MIN_PX wide, a dot when not.
import { describe, expect, test } from 'vitest';
import { DAY_BAND_MIN_PX } from '../../src/layout/lane-layout.js';
import { computeTimelineLayout, prepareTimeline } from '../../src/layout/timeline-layout.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { zonedMidnight } from '../../src/time/zone.js';
import { june } from './fixtures.js';

describe('day bands', () => {
  for (const zone of ['Asia/Tehran', 'America/New_York'])
    test(`June at 1200 px in ${zone}: every day event's mark is centred on its day, dayWidth = that day's midnight-to-midnight`, () => {
      const p = prepareTimeline(june, { groupBy: 'actor', timeZone: zone });
      const l = computeTimelineLayout(p, { width: 1200 });
      const x = timeScale(l.domain, [l.plotLeft, l.plotRight]);
      let n = 0;
      for (const m of l.marks) {
        const e = m.event;
        if (e.precision !== 'day' || e.end) {
          expect(m.dayWidth, m.key).toBe(0);
          continue;
        }
        const [a, b] = [
          zonedMidnight(e.start.year, e.start.month, e.start.day, zone),
          zonedMidnight(e.start.year, e.start.month, e.start.day + 1, zone),
        ];
        expect(m.dayWidth, m.key).toBeCloseTo(x(b) - x(a), 6);
        expect(m.x, m.key).toBeCloseTo((x(a) + x(b)) / 2, 6);
        expect(m.dayWidth).toBeGreaterThanOrEqual(DAY_BAND_MIN_PX);
        // The label follows the band, not the middle of the day.
        if (m.label && m.labelAnchor === 'start') expect(m.labelX).toBeGreaterThanOrEqual(x(b));
        n++;
      }
      expect(n).toBeGreaterThan(40);
    });

  test('zoomed out so that a day is under 6 px (a year in 1200 px), day events are dots again', () => {
    const p = prepareTimeline(june, { groupBy: 'none', timeZone: 'UTC' });
    const l = computeTimelineLayout(p, { width: 1200, domain: [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)] });
    expect(l.marks.length).toBeGreaterThan(0);
    for (const m of l.marks) expect(m.dayWidth, m.key).toBe(0);
  });

  test('right to left: the band keeps its width, centred on the mirrored day', () => {
    const p = prepareTimeline(june, { groupBy: 'none', timeZone: 'UTC' });
    const ltr = computeTimelineLayout(p, { width: 900 });
    const rtl = computeTimelineLayout(p, { width: 900, rtl: true });
    const byKey = new Map(rtl.marks.map((m) => [m.key, m]));
    const band = ltr.marks.find((m) => m.dayWidth > 0)!;
    expect(byKey.get(band.key)!.dayWidth).toBe(band.dayWidth);
    expect(byKey.get(band.key)!.x).toBeCloseTo(900 - band.x, 6);
  });
});
