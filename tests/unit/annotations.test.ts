import { describe, expect, test } from 'vitest';
import { placeNotes } from '../../src/layout/annotations.js';
import { computeTimelineLayout, prepareTimeline } from '../../src/layout/timeline-layout.js';
import { parseChronology } from '../../src/schema/index.js';
import { june } from './fixtures.js';

const measure7 = (t: string) => t.length * 7;

describe('annotations', () => {
  test('the schema keeps an event’s annotation (LocalizedText) and reports a wrong one with its path', () => {
    const base = { schemaVersion: 1, id: 'a', title: 'A', timeZone: 'UTC' };
    const ok = parseChronology({
      ...base,
      events: [{ id: 'e', title: 'E', start: '2025-06-01', annotation: { en: 'Turning point', fa: 'نقطه عطف' } }],
    });
    expect(ok.problems).toEqual([]);
    expect(ok.chronology!.events[0]!.annotation).toEqual({ en: 'Turning point', fa: 'نقطه عطف' });
    const bad = parseChronology({ ...base, events: [{ id: 'e', title: 'E', start: '2025-06-01', annotation: 42 }] });
    expect(bad.problems.some((p) => p.path.startsWith('events[0].annotation'))).toBe(true);
  });

  test('the June chronology annotates the US strikes, the Kremlin meeting and the ceasefire; the layout draws their notes above the lanes', () => {
    const ids = june.events.filter((e) => e.annotation).map((e) => e.id);
    expect(ids.sort()).toEqual(['ceasefire-takes-effect', 'putin-araghchi-kremlin-meeting', 'us-strikes-fordow-natanz-isfahan']);
    const l = computeTimelineLayout(prepareTimeline(june), { width: 1200, measureText: measure7 });
    expect(l.notes.map((n) => n.id).sort()).toEqual(ids);
    const band = l.lanes[0]!.y;
    for (const n of l.notes) {
      expect(l.axisHeight + (n.row + 1) * 16).toBeLessThanOrEqual(band);
      expect(n.x).toBeGreaterThanOrEqual(l.plotLeft);
      expect(n.x).toBeLessThanOrEqual(l.plotRight);
    }
  });

  test('placeNotes puts a note before its rule when that saves a row: three close notes in two rows, not three', () => {
    const items = [
      { id: 'strikes', x: 600, text: 'US strikes nuclear sites' },
      { id: 'kremlin', x: 660, text: 'Araghchi at the Kremlin' },
      { id: 'truce', x: 690, text: 'Truce begins' },
    ];
    const notes = placeNotes(items, 100, 1000, measure7);
    expect(notes.map((n) => n.id)).toEqual(['strikes', 'kremlin', 'truce']);
    expect(Math.max(...notes.map((n) => n.row))).toBe(1);
    expect(notes[0]).toMatchObject({ anchor: 'end', textX: 596, row: 0 });
    // Alone, a note follows its rule.
    expect(placeNotes([items[0]!], 100, 1000, measure7)[0]).toMatchObject({ anchor: 'start', textX: 604, row: 0 });
  });

  test('placeNotes: notes never touch, none runs through a later rule, and each stays inside the plot', () => {
    for (let seed = 1; seed < 200; seed++) {
      let r = seed;
      const rnd = () => (r = (r * 48271) % 2147483647) / 2147483647;
      const items = Array.from({ length: 1 + Math.floor(rnd() * 8) }, (_, i) => ({
        id: `n${i}`,
        x: 100 + rnd() * 800,
        text: 'x'.repeat(3 + Math.floor(rnd() * 30)),
      }));
      const notes = placeNotes(items, 100, 900, measure7);
      const box = (n: (typeof notes)[0]): [number, number] =>
        n.anchor === 'start' ? [n.textX, n.textX + measure7(n.text)] : [n.textX - measure7(n.text), n.textX];
      for (const a of notes) {
        const [l, rr] = box(a);
        expect(l).toBeGreaterThanOrEqual(100);
        expect(rr).toBeLessThanOrEqual(900);
        for (const b of notes) {
          if (a === b) continue;
          const [l2, r2] = box(b);
          if (a.row === b.row) expect(rr <= l2 || r2 <= l).toBe(true);
          // b's rule runs down from b's row: it never crosses a note below.
          if (a.row > b.row) expect(b.x <= l || b.x >= rr).toBe(true);
        }
      }
    }
  });
});
