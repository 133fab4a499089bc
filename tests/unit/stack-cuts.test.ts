// Titles shortened to the widest label are found once per title, width and font
// (layout/stack.ts): stacking again (a zoom or pan frame, a lane stacked
// again) reuses them; another measure function, or the same one giving other
// widths (its font changed), shortens again. The result is the same either way.
import { describe, expect, test } from 'vitest';
import { stackLabels, type StackItem } from '../../src/layout/stack.js';

const titles = [
  'Iran and the United States open a fourth round of talks in Muscat',
  'The IAEA board finds Iran in breach of its safeguards obligations',
  'Israel strikes nuclear and military sites across Iran overnight',
  'Short',
];
const items: StackItem[] = titles.map((text, i) => ({
  key: `e${i}`,
  x0: i * 300,
  x1: i * 300 + 12,
  labelX: i * 300 + 15,
  text,
  priority: 1,
  order: i,
}));
/** A measure function (7 px a character) that records what it was asked. */
const counting = () => {
  const asked: string[] = [];
  const measure = (t: string) => (asked.push(t), t.length * 7);
  return { measure, asked };
};
const options = (measure: (t: string) => number) => ({ maxRows: 2, maxX: 1200, measure, maxLabelWidth: 160 });

describe('stackLabels: shortened titles are found once per title, width and font', () => {
  test('the second stacking measures no shortening probe again, and gives the same labels', () => {
    const { measure, asked } = counting();
    const first = stackLabels(items, options(measure));
    const probes = asked.filter((t) => t.endsWith('…')).length;
    expect(probes).toBeGreaterThan(0);
    expect(first.items.slice(0, 3).every((s) => s.truncated && s.label!.endsWith('…'))).toBe(true);
    expect(first.items[3]!.label).toBe('Short');
    asked.length = 0;
    const second = stackLabels(items, options(measure));
    expect(second).toEqual(first);
    // Only the placed labels' own widths are asked again, never the cut search's probes.
    expect(asked.filter((t) => t.endsWith('…')).length).toBeLessThanOrEqual(3);
    expect(asked.length).toBeLessThan(probes);
  });

  test('the same measure function with another font (its widths changed) shortens again', () => {
    let px = 7;
    const measure = (t: string) => t.length * px;
    const a = stackLabels(items, options(measure));
    px = 9;
    const b = stackLabels(items, options(measure));
    for (const s of b.items.filter((x) => x.truncated)) expect(measure(s.label!)).toBeLessThanOrEqual(160);
    expect(b.items[0]!.label!.length).toBeLessThan(a.items[0]!.label!.length);
  });

  test('another measure function (new font: 9 px a character) shortens again, to its own widths', () => {
    const a = stackLabels(items, options(counting().measure));
    const wide = (t: string) => t.length * 9;
    const b = stackLabels(items, options(wide));
    for (const s of b.items.filter((x) => x.truncated)) expect(wide(s.label!)).toBeLessThanOrEqual(160);
    expect(b.items[0]!.label!.length).toBeLessThan(a.items[0]!.label!.length);
  });
});
