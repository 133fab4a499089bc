// The hand-written stand-ins for d3 code, held to the real modules:
// - lowerBoundF/upperBoundF (layout/sorted-search.ts) to d3-array's bisectLeft/bisectRight;
// - lowerBound (layout/window.ts, now d3-array's bisector) to a scan;
// - the CDN bundle's dispatch-lite (d3/dispatch-lite.ts) to d3-dispatch.
// (selection-lite needs a DOM: tests/browser/d3-subsets.test.ts.)
import { bisectLeft, bisectRight } from 'd3-array';
import { dispatch as realDispatch } from 'd3-dispatch';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dispatch as liteDispatch } from '../../src/d3/dispatch-lite.js';
import { lowerBoundF, upperBoundF } from '../../src/layout/sorted-search.js';
import { lowerBound } from '../../src/layout/window.js';

const sorted = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }).map((a) => Float64Array.from(a.sort((x, y) => x - y)));

describe('lowerBoundF / upperBoundF are d3-array’s bisectLeft / bisectRight on sorted Float64Arrays', () => {
  test('whole arrays and sub-ranges, with repeated keys', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -60, max: 60 }), fc.nat(), fc.nat(), (a, t, i, j) => {
        expect(lowerBoundF(a, t)).toBe(bisectLeft(a, t));
        expect(upperBoundF(a, t)).toBe(bisectRight(a, t));
        const lo = Math.min(i, j) % (a.length + 1);
        const hi = Math.max(lo, Math.max(i, j) % (a.length + 1));
        expect(lowerBoundF(a, t, lo, hi)).toBe(bisectLeft(a, t, lo, hi));
        expect(upperBoundF(a, t, lo, hi)).toBe(bisectRight(a, t, lo, hi));
      }),
      { numRuns: 500 },
    );
  });
});

describe('lowerBound(items, t) (window queries)', () => {
  test('is the first item starting at or after t', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -60, max: 60 }), (a, t) => {
        const items = [...a].map((start) => ({ start, end: start }));
        const i = items.findIndex((it) => it.start >= t);
        expect(lowerBound(items, t)).toBe(i < 0 ? items.length : i);
      }),
    );
  });
});

describe('dispatch-lite behaves as d3-dispatch for what d3-zoom does with it', () => {
  test('on(type.name) adds, replaces and removes; call passes `this` and arguments; copy is independent', () => {
    for (const dispatch of [realDispatch, liteDispatch] as const) {
      const log: string[] = [];
      const d = dispatch('start', 'zoom', 'end');
      d.on('zoom', function (this: unknown, a: unknown) {
        log.push(`zoom ${String(a)} ${(this as { n: string }).n}`);
      });
      d.on('zoom.second', () => log.push('second'));
      d.call('zoom', { n: 'that' }, 1);
      d.on('zoom.second', () => log.push('replaced'));
      d.call('zoom', { n: 'that' }, 2);
      d.on('zoom.second', null);
      const copy = d.copy();
      copy.on('end', () => log.push('copy end'));
      d.call('zoom', { n: 'that' }, 3);
      d.call('end', {});
      copy.call('end', {});
      expect(typeof d.on('zoom')).toBe('function');
      expect(d.on('zoom.second')).toBeUndefined();
      expect(() => d.on('nope', () => {})).toThrow(/unknown type: nope/);
      expect(log, dispatch === realDispatch ? 'd3-dispatch' : 'dispatch-lite').toEqual([
        'zoom 1 that',
        'second',
        'zoom 2 that',
        'replaced',
        'zoom 3 that',
        'copy end',
      ]);
    }
  });
});
