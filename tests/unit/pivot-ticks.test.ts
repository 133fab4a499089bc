import { describe, expect, it } from 'vitest';
import { relabelTicks } from '../../src/layout/pivot.js';

const H = 3_600_000;
const D = 24 * H;
const pivot = Date.UTC(2025, 5, 22, 2, 10);
/** A scale of 100 px a day from 1 June. */
const x = (t: number) => ((t - Date.UTC(2025, 5, 1)) / D) * 100;

describe('relabelTicks', () => {
  it('moves day ticks to whole days from the pivot, places them by the scale and labels them', () => {
    const ticks = [-2, -1, 0, 1].map((d) => ({
      value: Date.UTC(2025, 5, 22 + d),
      x: 0,
      label: 'x',
      major: d === 0,
      period: d === -2 ? 'June 2025' : undefined,
    }));
    const out = relabelTicks(ticks, pivot, 'en', x);
    expect(out.map((t) => t.label)).toEqual(['-2d', '-1d', '0d', '+1d']);
    expect(out.map((t) => t.value)).toEqual([-2, -1, 0, 1].map((d) => pivot + d * D));
    expect(out.map((t) => t.x)).toEqual(out.map((t) => x(t.value)));
    expect(out[2]!.major).toBe(true);
    expect(out[0]!.period).toBe('June 2025');
    expect(ticks[0]!.label, 'input unchanged').toBe('x');
  });

  it('takes the unit and step from the shortest step (6-hour ticks: hours, 6 apart)', () => {
    const ticks = [0, 6, 12, 18].map((h) => ({ value: Date.UTC(2025, 5, 22, h), x: 0, label: '' }));
    expect(relabelTicks(ticks, pivot, 'en', x).map((t) => t.label)).toEqual(['0h', '+6h', '+12h', '+18h']);
  });

  it('two-day steps stay two days apart', () => {
    const ticks = [0, 2, 4].map((d) => ({ value: Date.UTC(2025, 5, 20 + d), x: 0, label: '' }));
    expect(relabelTicks(ticks, pivot, 'en', x).map((t) => t.label)).toEqual(['-2d', '0d', '+2d']);
  });

  it("writes the reader's language and digits", () => {
    const out = relabelTicks(
      [
        { value: pivot - 2 * D, x: 0, label: '' },
        { value: pivot - D, x: 0, label: '' },
      ],
      pivot,
      'fa',
      x,
    );
    expect(out[0]!.label).toMatch(/۲/);
  });

  it('a single tick is labelled in days', () => {
    expect(relabelTicks([{ value: pivot + 3 * D, x: 0, label: '' }], pivot, 'en', x)[0]!.label).toBe('+3d');
  });
});
