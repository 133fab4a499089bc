import { describe, expect, it } from 'vitest';
import { relabelTicks } from '../../src/layout/pivot.js';

const H = 3_600_000;
const D = 24 * H;
const pivot = Date.UTC(2025, 5, 22, 2, 10);

describe('relabelTicks', () => {
  it('labels day ticks in days from the pivot, keeping the other fields', () => {
    const ticks = [-2, -1, 0, 1].map((d) => ({ value: Date.UTC(2025, 5, 22 + d), x: d * 100, label: 'x', major: d === 0 }));
    const out = relabelTicks(ticks, Date.UTC(2025, 5, 22), 'en');
    expect(out.map((t) => t.label)).toEqual(['-2d', '-1d', '0d', '+1d']);
    expect(out.map((t) => t.x)).toEqual(ticks.map((t) => t.x));
    expect(out[2]!.major).toBe(true);
    expect(ticks[0]!.label, 'input unchanged').toBe('x');
  });

  it('takes the unit from the shortest step (hour ticks with a day boundary among them)', () => {
    const values = [pivot - 4 * H - 10 * 60_000, pivot - 10 * 60_000 + 2 * H - 2 * H, pivot + 6 * H - 10 * 60_000];
    const out = relabelTicks(
      values.map((value) => ({ value, label: '' })),
      pivot,
      'en',
    );
    expect(out.map((t) => t.label)).toEqual(['-4.2h', '-0.2h', '+5.8h']);
  });

  it("writes the reader's language and digits", () => {
    const out = relabelTicks(
      [
        { value: pivot - 2 * D, label: '' },
        { value: pivot - D, label: '' },
      ],
      pivot,
      'fa',
    );
    expect(out[0]!.label).toMatch(/۲/);
  });

  it('a single tick is labelled in days', () => {
    expect(relabelTicks([{ value: pivot + 3 * D, label: '' }], pivot, 'en')[0]!.label).toBe('+3d');
  });
});
