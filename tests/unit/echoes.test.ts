// Echoes (issue 16, "one label per event"): an event's marks outside its
// first lane are small ticks on that lane's baseline that claim no row; the
// rows of a lane hold its own marks only, and none is left empty.
import { describe, expect, test } from 'vitest';
import { ECHO_DOT_R } from '../../src/layout/echoes.js';
import { computeTimelineLayout, prepareTimeline, type TimelineLayout } from '../../src/layout/timeline-layout.js';
import { june, twoActorChronology } from './fixtures.js';

const measure = (t: string) => t.length * 6.5;

/** A chronology of two actors, A the more active; `events` as [day of June, actor ids]. */
function twoActors(events: [number, string[]][]) {
  return twoActorChronology(
    events.map(([day, actors], i) => ({
      title: `Event number ${i}`,
      start: `2025-06-${String(day).padStart(2, '0')}`,
      actors: actors.map((id) => ({ id })),
    })),
  );
}

/** Rows of each lane that hold none of the lane's own marks and no "+N" pill. */
function emptyRows(l: TimelineLayout): string[] {
  const out: string[] = [];
  for (const lane of l.lanes)
    for (let r = 0; r < lane.rows; r++) {
      const used =
        l.marks.some((m) => m.laneId === lane.id && m.primary && m.row === r) ||
        l.clusters.some((c) => c.laneId === lane.id && c.row === r);
      if (!used) out.push(`${lane.id}#${r}`);
    }
  return out;
}

describe('echoes claim no row', () => {
  test('a lane’s rows are those of its own events: events shared with the first lane add no row to the second', () => {
    // B has two events of its own on 10 and 11 June (their labels take two rows); A shares four events of 10 June with B and has three of its own.
    const own: [number, string[]][] = [
      [10, ['b']],
      [11, ['b']],
      [3, ['a']],
      [4, ['a']],
      [5, ['a']],
    ];
    const shared: [number, string[]][] = Array.from({ length: 4 }, () => [10, ['a', 'b']]);
    const only: [number, string[]][] = Array.from({ length: 4 }, () => [10, ['a']]);
    const options = { width: 1200, measureText: measure, domain: [Date.UTC(2025, 5, 1), Date.UTC(2025, 5, 20)] as [number, number] };
    const withEchoes = computeTimelineLayout(prepareTimeline(twoActors([...shared, ...own])), options);
    const without = computeTimelineLayout(prepareTimeline(twoActors([...only, ...own])), options);
    const laneB = (l: TimelineLayout) => l.lanes.find((x) => x.id === 'actor:b')!;
    expect(withEchoes.lanes.map((x) => x.id)).toEqual(without.lanes.map((x) => x.id));
    expect(laneB(withEchoes).rows).toBe(laneB(without).rows);
    expect(laneB(withEchoes).rows).toBe(2);
    // Its echoes lie on its baseline, in the padding below the rows.
    const echoes = withEchoes.marks.filter((m) => m.laneId === 'actor:b' && !m.primary);
    expect(echoes).toHaveLength(4);
    const b = laneB(withEchoes);
    for (const m of echoes) expect(m.y).toBe(b.y + b.height - 2);
    // Echoes take no height: the lane is as tall with them as without.
    expect(b.height).toBe(2 * 24 + 8);
    expect(laneB(without).height).toBe(b.height);
  });

  test('echoes count towards their cell like any mark: 300 on one day make it a "+N" in the echo lane, none lost, the drawing bounded', () => {
    const shared: [number, string[]][] = Array.from({ length: 300 }, () => [10, ['a', 'b']]);
    const l = computeTimelineLayout(prepareTimeline(twoActors([...shared, [12, ['b']], [14, ['a']]])), {
      width: 1200,
      measureText: measure,
      domain: [Date.UTC(2025, 5, 1), Date.UTC(2025, 5, 20)],
    });
    const echoes = l.marks.filter((m) => m.laneId === 'actor:b' && !m.primary);
    const pills = l.clusters.filter((c) => c.laneId === 'actor:b');
    expect(echoes).toHaveLength(0);
    expect(pills).toHaveLength(1);
    expect(pills[0]!.count).toBe(300);
    // The cluster holds only echoes: nothing in it is this lane's own event.
    expect(pills[0]!.primaryCount).toBe(0);
  });
});

describe('the June chronology at 1200 px: rows not wasted', () => {
  for (const groupBy of ['actor', 'topic', 'none'] as const)
    for (const maxHeight of [undefined, 600])
      test(`group-by ${groupBy}, ${maxHeight ? `${maxHeight} px` : 'grown to its data'}: every row of every lane holds one of the lane’s own marks or a "+N"`, () => {
        const l = computeTimelineLayout(prepareTimeline(june, { groupBy }), { width: 1200, maxHeight, measureText: measure });
        expect(emptyRows(l)).toEqual([]);
        if (maxHeight) expect(l.height).toBeLessThanOrEqual(maxHeight);
      });

  test('grouped by actor, the lanes have 36 rows for 80 events where stacking the echoes took 47 (and are 1,016 px tall, not 1,280)', () => {
    const l = computeTimelineLayout(prepareTimeline(june, { groupBy: 'actor' }), { width: 1200, measureText: measure });
    const rows = l.lanes.reduce((n, x) => n + x.rows, 0);
    // Each lane's rows: what its own marks need; its echoes are all drawn, on its baseline.
    expect(l.marks.filter((m) => !m.primary)).toHaveLength(40);
    expect(rows).toBeLessThanOrEqual(36);
    expect(l.height).toBeLessThanOrEqual(1016);
  });
});

describe('in a given height', () => {
  test('the June chronology by actor at 1200 px fits 900, 600, 480 and 420 px with its echoes below every lane’s rows', () => {
    const p = prepareTimeline(june, { groupBy: 'actor' });
    for (const maxHeight of [900, 600, 480, 420]) {
      const l = computeTimelineLayout(p, { width: 1200, maxHeight, measureText: measure });
      expect(l.height, `${maxHeight} px`).toBeLessThanOrEqual(maxHeight);
      const echoes = l.marks.filter((m) => !m.primary);
      expect(echoes.length, `${maxHeight} px: echoes drawn`).toBeGreaterThan(10);
      for (const m of echoes) {
        const lane = l.lanes.find((x) => x.id === m.laneId)!;
        // Below the last row's bars (9 px under their row's centre), inside the lane.
        const lowest = Math.max(lane.y, ...l.marks.filter((o) => o.laneId === lane.id && o.primary).map((o) => o.y + 9));
        expect(m.y - ECHO_DOT_R, m.key).toBeGreaterThan(lowest);
        expect(m.y + ECHO_DOT_R, m.key).toBeLessThanOrEqual(lane.y + lane.height);
      }
    }
  });
});
