import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDuration, segmentTime, type TimeSpan } from '../../src/layout/breaks.js';
import { pivotTickFormat, pivotUnit } from '../../src/layout/pivot.js';

const H = 3_600_000;
const D = 24 * H;

describe('segmentTime', () => {
  test('a three-week lull becomes one break of the gap width; time is to scale on each side', () => {
    const spans: TimeSpan[] = [
      { start: 0, end: 0 },
      { start: 1 * D, end: 2 * D },
      { start: 2 * D, end: 2 * D },
      { start: 23 * D, end: 23 * D }, // 21 days after the last event
      { start: 24 * D, end: 25 * D },
    ];
    const { segments, breaks, scale } = segmentTime(spans, 7 * D, [0, 1000], { gap: 40, margin: D });
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({ start: 3 * D, end: 22 * D, empty: 21 * D, x1: breaks[0]!.x0 + 40 });
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 3 * D],
      [22 * D, 25 * D],
    ]);
    // 6 days of time share 960 px: 160 px a day, in both segments.
    expect(scale(D) - scale(0)).toBeCloseTo(160);
    expect(scale(24 * D) - scale(23 * D)).toBeCloseTo(160);
    expect(scale(0)).toBe(0);
    expect(scale(25 * D)).toBe(1000);
    expect(formatDuration(breaks[0]!.empty)).toBe('3 weeks');
  });

  test('no breaks below the threshold, none at the ends of the domain; empty input', () => {
    const spans = [
      { start: 0, end: 0 },
      { start: 5 * D, end: 5 * D },
    ];
    expect(segmentTime(spans, 7 * D, [0, 100]).breaks).toEqual([]);
    expect(segmentTime(spans, 7 * D, [0, 100], { domain: [-30 * D, 40 * D] }).breaks).toEqual([]);
    const empty = segmentTime([], D, [0, 100]);
    expect(empty.breaks).toEqual([]);
    expect(empty.scale(0)).toBe(50); // centred in a domain as long as the threshold
    expect(segmentTime([{ start: 5 * D, end: 5 * D }], D, [0, 100]).scale.domain).toEqual([4.5 * D, 5.5 * D]);
    expect(Number.isFinite(empty.scale.invert(50))).toBe(true);
  });

  test('a long range event keeps the time it covers: no break inside an event', () => {
    const spans = [
      { start: 0, end: 30 * D },
      { start: 2 * D, end: 2 * D },
      { start: 29 * D, end: 29 * D },
    ];
    expect(segmentTime(spans, D, [0, 100]).breaks).toEqual([]);
  });

  const spansArb = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 1000 * D }), fc.oneof(fc.constant(0), fc.integer({ min: 60_000, max: 20 * D }))), {
      minLength: 1,
      maxLength: 40,
    })
    .map((list) => list.map(([start, len]) => ({ start, end: start + len })).sort((a, b) => a.start - b.start));
  const setup = fc.record({
    spans: spansArb,
    threshold: fc.integer({ min: H, max: 100 * D }),
    width: fc.integer({ min: 50, max: 3000 }),
    gap: fc.integer({ min: 1, max: 60 }), // a break of no width cannot be inverted
  });

  test('property: every event falls in one segment; segments and breaks alternate in order', () => {
    fc.assert(
      fc.property(setup, ({ spans, threshold, width, gap }) => {
        const { segments, breaks } = segmentTime(spans, threshold, [0, width], { gap });
        expect(segments.length).toBe(breaks.length + 1);
        for (const s of spans) expect(segments.some((seg) => seg.start <= s.start && s.end <= seg.end)).toBe(true);
        for (const b of breaks) expect(b.empty).toBeGreaterThan(threshold);
        for (let i = 0; i < breaks.length; i++) {
          expect(segments[i]!.end).toBe(breaks[i]!.start);
          expect(breaks[i]!.end).toBe(segments[i + 1]!.start);
          expect(segments[i]!.x1).toBeCloseTo(breaks[i]!.x0, 6);
          expect(breaks[i]!.x1).toBeCloseTo(segments[i + 1]!.x0, 6);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: the scale is monotone, keeps the events in order, spans the range and inverts', () => {
    fc.assert(
      fc.property(
        setup,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }),
        ({ spans, threshold, width, gap }, fractions) => {
          const { scale } = segmentTime(spans, threshold, [0, width], { gap });
          const [d0, d1] = scale.domain;
          expect(scale(d0)).toBeCloseTo(0, 6);
          expect(scale(d1)).toBeCloseTo(width, 6);
          const times = fractions.map((f) => d0 + f * (d1 - d0)).sort((a, b) => a - b);
          const xs = times.map(scale);
          for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]! - 1e-9);
          const starts = spans.map((s) => scale(s.start));
          for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]! - 1e-9);
          if (d1 > d0) for (const t of times) expect(Math.abs(scale.invert(scale(t)) - t)).toBeLessThanOrEqual((d1 - d0) * 1e-9 + 1);
          for (const x of [0, width / 3, width]) expect(scale(scale.invert(x))).toBeCloseTo(x, 4);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formatDuration', () => {
  test("the largest unit the length holds twice, in the reader's language", () => {
    expect(formatDuration(21 * D)).toBe('3 weeks');
    expect(formatDuration(10 * D)).toBe('10 days');
    expect(formatDuration(18 * 30.4 * D)).toBe('18 months');
    expect(formatDuration(3 * 365 * D)).toBe('3 years');
    expect(formatDuration(5 * H)).toBe('5 hours');
    expect(formatDuration(90 * 60_000)).toBe('90 minutes');
    expect(formatDuration(21 * D, 'ru')).toBe('3 недели');
    expect(formatDuration(21 * D, 'fa')).toBe('۳ هفته');
    expect(formatDuration(21 * D, 'not a tag!')).toBe('3 weeks');
  });
});

describe('pivotTickFormat', () => {
  const pivot = Date.UTC(2025, 5, 21, 22, 40);
  test('signed, in one unit chosen by the tick step', () => {
    const days = pivotTickFormat(pivot, D, 'en');
    expect(days(pivot - 2 * D)).toBe('-2d');
    expect(days(pivot + 3 * D)).toBe('+3d');
    expect(days(pivot)).toBe('0d');
    expect(days(pivot + 1.5 * D)).toBe('+1.5d');
    const hours = pivotTickFormat(pivot, 6 * H, 'en');
    expect(hours(pivot + 6 * H)).toBe('+6h');
    expect(hours(pivot - 6 * H)).toBe('-6h');
    expect(pivotTickFormat(pivot, H, 'en', { unitDisplay: 'long' })(pivot + 2 * H)).toBe('+2 hours');
  });

  test("in the reader's language and digits", () => {
    expect(pivotTickFormat(pivot, D, 'fa')(pivot + 2 * D)).toMatch(/۲/);
    expect(pivotTickFormat(pivot, D, 'ru', { unitDisplay: 'short' })(pivot - 2 * D)).toMatch(/^-2\s*дн/);
    expect(pivotTickFormat(pivot, D, 'not a tag!')(pivot + D)).toBe('+1d');
  });

  test('pivotUnit', () => {
    expect([30_000, 60_000, H, 6 * H, D, 7 * D, 400 * D].map(pivotUnit)).toEqual([
      'second',
      'minute',
      'hour',
      'hour',
      'day',
      'week',
      'year',
    ]);
  });
});
