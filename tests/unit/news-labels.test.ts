// Issue 16's label rules, on the layout: one label per event, ranges labelled
// inside their bar or after it, labels at most maxLabelWidth.
import { describe, expect, test } from 'vitest';
import { stackLabels } from '../../src/layout/stack.js';
import { computeTicks } from '../../src/layout/ticks.js';
import { computeTimelineLayout, prepareTimeline } from '../../src/layout/timeline-layout.js';
import { june, twoActorChronology } from './fixtures.js';

const measure7 = (t: string) => t.length * 7;

const chronology = twoActorChronology;

describe('labels that read', () => {
  test('an event in several lanes is labelled once, in its first lane; its other marks are unlabelled echoes', () => {
    for (const groupBy of ['actor', 'topic', 'none'] as const) {
      const l = computeTimelineLayout(prepareTimeline(june, { groupBy }), { width: 1200 });
      const labelled = new Map<string, number>();
      for (const m of l.marks) if (m.label) labelled.set(m.id, (labelled.get(m.id) ?? 0) + 1);
      expect([...labelled.values()].every((n) => n === 1)).toBe(true);
      for (const m of l.marks) if (!m.primary) expect(m.label).toBeNull();
      expect(labelled.size / l.inView).toBeGreaterThanOrEqual(0.6);
    }
  });

  test('maxLabelWidth shortens a long title with … even when the row has room', () => {
    const text = 'A very long headline about a summit that goes on and on';
    const r = stackLabels([{ key: 'k', x0: 10, x1: 22, labelX: 25, text, priority: 5, order: 0 }], {
      maxRows: 3,
      maxX: 1000,
      measure: measure7,
      maxLabelWidth: 160,
    });
    const s = r.items[0]!;
    expect(s.truncated).toBe(true);
    expect(s.label!.endsWith('…')).toBe(true);
    expect(measure7(s.label!)).toBeLessThanOrEqual(160);
    expect(text.startsWith(s.label!.slice(0, -1))).toBe(true);
  });

  test('a range is labelled inside its bar when the label fits, after its end when not', () => {
    const c = chronology([
      { title: 'Long talks', start: '2025-06-01', end: '2025-06-20' },
      { title: 'A two-day range', start: '2025-06-22', end: '2025-06-23' },
      { title: 'Far point', start: '2025-06-30' },
    ]);
    const l = computeTimelineLayout(prepareTimeline(c, { groupBy: 'none' }), { width: 1200, measureText: measure7 });
    const wide = l.marks.find((m) => m.id === 'e0')!;
    const narrow = l.marks.find((m) => m.id === 'e1')!;
    expect(wide.label).toBe('Long talks');
    expect(wide.labelX).toBeGreaterThan(wide.x);
    expect(wide.labelX + measure7(wide.label!)).toBeLessThan(wide.x2);
    expect(narrow.label).toBe('A two-day range');
    expect(narrow.labelX).toBeGreaterThan(narrow.x2);
  });

  test('a dot’s label follows it in reading direction (after it; before it when mirrored)', () => {
    const c = chronology([
      { title: 'Meeting', start: '2025-06-10' },
      { title: 'Other', start: '2025-06-20' },
    ]);
    const p = prepareTimeline(c, { groupBy: 'none' });
    const ltr = computeTimelineLayout(p, { width: 1000, measureText: measure7 }).marks.find((m) => m.id === 'e0')!;
    expect(ltr.labelAnchor).toBe('start');
    expect(ltr.labelX).toBeGreaterThan(ltr.x);
    const rtl = computeTimelineLayout(p, { width: 1000, measureText: measure7, rtl: true }).marks.find((m) => m.id === 'e0')!;
    expect(rtl.labelAnchor).toBe('end');
    expect(rtl.labelX).toBeLessThan(rtl.x);
  });
});

describe('computeTicks: the upper tier', () => {
  const june2025: [number, number] = [Date.UTC(2025, 5, 5), Date.UTC(2025, 5, 29)];
  test('day ticks carry the month and year on the first tick and on each new month', () => {
    const en = computeTicks(june2025, [0, 1000], { timeZone: 'Asia/Tehran', locale: 'en' });
    expect(en.filter((t) => t.period).map((t) => t.period)).toEqual(['June 2025']);
    expect(en[0]!.period).toBe('June 2025');
    const fa = computeTicks(june2025, [0, 1000], { timeZone: 'Asia/Tehran', locale: 'fa' }).filter((t) => t.period);
    expect(fa).toHaveLength(2);
    expect(fa[0]!.period).toContain('خرداد');
    expect(fa[1]!.period).toContain('تیر');
  });
  test('month ticks carry the year; year ticks nothing more', () => {
    const months = computeTicks([Date.UTC(2024, 9, 1), Date.UTC(2025, 5, 1)], [0, 1000], { timeZone: 'UTC', locale: 'en' });
    expect(months.filter((t) => t.period).map((t) => t.period)).toEqual(['2024', '2025']);
    const years = computeTicks([Date.UTC(1990, 0, 1), Date.UTC(2025, 0, 1)], [0, 1000], { timeZone: 'UTC', locale: 'en' });
    expect(years.some((t) => t.period)).toBe(false);
  });
});
