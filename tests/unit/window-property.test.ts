// Property tests (fast-check) of the window queries and the cluster grid.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cellOf, clusterCellMs, lowerBoundF, upperBoundF } from '../../src/layout/cluster.js';
import { lowerBound, queryWindow } from '../../src/layout/window.js';

/** Items sorted by start (then by their index), with spans from 0 to long. */
const itemsArb = fc
  .array(
    fc.record({
      start: fc.integer({ min: -1000, max: 10_000 }),
      len: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 30_000 }),
      ),
    }),
    { maxLength: 120 },
  )
  .map((xs) => xs.map((x, i) => ({ start: x.start, end: x.start + x.len, i })).sort((a, b) => a.start - b.start || a.i - b.i));

describe('layout/window.ts queryWindow (fast-check)', () => {
  test('queryWindow(items, a, b, maxSpan) returns exactly the items whose span meets [a, b], in order (brute-force filter)', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: -40_000, max: 45_000 }), fc.integer({ min: 0, max: 20_000 }), (items, a, len) => {
        const b = a + len;
        const maxSpan = items.reduce((m, it) => Math.max(m, it.end - it.start), 0);
        const got = queryWindow(items, a, b, maxSpan);
        const want = items.filter((it) => it.end >= a && it.start <= b);
        expect(got).toEqual(want);
        got.forEach((it, k) => expect(it).toBe(want[k]));
      }),
      { numRuns: 200 },
    );
  });

  test('queryWindow with a window that touches spans only at an end point, or is a single instant', () => {
    fc.assert(
      fc.property(itemsArb, fc.nat(), (items, pick) => {
        if (!items.length) return;
        const it = items[pick % items.length]!;
        const maxSpan = items.reduce((m, x) => Math.max(m, x.end - x.start), 0);
        for (const [a, b] of [
          [it.end, it.end + 10],
          [it.start - 10, it.start],
          [it.start, it.start],
          [it.end, it.end],
        ] as const) {
          const got = queryWindow(items, a, b, maxSpan);
          expect(got).toContain(it);
          expect(got).toEqual(items.filter((x) => x.end >= a && x.start <= b));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('lowerBound(items, t) is the first index whose start ≥ t', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: -2000, max: 12_000 }), (items, t) => {
        const k = items.findIndex((it) => it.start >= t);
        expect(lowerBound(items, t)).toBe(k < 0 ? items.length : k);
      }),
      { numRuns: 200 },
    );
  });
});

describe('layout/cluster.ts grid and searches (fast-check)', () => {
  const sortedArb = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }).map((xs) => Float64Array.from(xs.sort((a, b) => a - b)));

  test('lowerBoundF / upperBoundF are the first index ≥ t / > t, also within a sub-range', () => {
    fc.assert(
      fc.property(sortedArb, fc.integer({ min: -60, max: 60 }), fc.nat(), fc.nat(), (a, t, p, q) => {
        const lo = a.length ? p % (a.length + 1) : 0;
        const hi = lo + (a.length - lo ? q % (a.length - lo + 1) : 0);
        const first = (pred: (v: number) => boolean) => {
          for (let i = lo; i < hi; i++) if (pred(a[i]!)) return i;
          return hi;
        };
        expect(lowerBoundF(a, t, lo, hi)).toBe(first((v) => v >= t));
        expect(upperBoundF(a, t, lo, hi)).toBe(first((v) => v > t));
      }),
      { numRuns: 200 },
    );
  });

  test('clusterCellMs(msPerPx, 48) is at least 48 px and less than 48 × 2^¼ px wide, and the same for zooms within one step', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (msPerPx) => {
        const cell = clusterCellMs(msPerPx, 48);
        const px = cell / msPerPx;
        expect(px).toBeGreaterThanOrEqual(48 * (1 - 1e-9));
        expect(px).toBeLessThan(48 * 2 ** 0.25 * (1 + 1e-9));
        // Quantized: a power of 2^(1/4).
        expect(Math.abs(4 * Math.log2(cell) - Math.round(4 * Math.log2(cell)))).toBeLessThan(1e-6);
      }),
      { numRuns: 200 },
    );
  });

  test('cellOf(q, cellMs) puts q in [c·cellMs, (c+1)·cellMs), consistently with the boundaries the binary searches use', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        fc.integer({ min: -40, max: 60 }).map((l) => 2 ** (l / 4) * 60_000),
        fc.integer({ min: -3, max: 3 }),
        (q, cellMs, nudge) => {
          const c = cellOf(q, cellMs);
          expect(c * cellMs).toBeLessThanOrEqual(q);
          expect((c + 1) * cellMs).toBeGreaterThan(q);
          // A boundary itself belongs to the cell it starts.
          const b = (c + nudge) * cellMs;
          expect(cellOf(b, cellMs)).toBe(c + nudge);
        },
      ),
      { numRuns: 200 },
    );
  });
});
