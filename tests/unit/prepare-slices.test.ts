// Preparing a large chronology in slices (issue 21): prepareInSlices gives
// the result of prepareTimeline (items, lanes, extent and the per-lane
// index), with a pause after every PREPARE_SLICE spans, after the lanes and
// after the index, and stops when asked; the summary's figures counted in
// slices are summaryFigures'.
import { describe, expect, test } from 'vitest';
import { generateChronology } from '../../bench/generate.mjs';
import { laneIndex, prepareTimeline } from '../../src/layout/prepare.js';
import { prepareInSlices, PREPARE_SLICE } from '../../src/layout/prepare-slices.js';
import type { PreparedTimeline, PrepareOptions } from '../../src/layout/layout-types.js';
import { parseChronology } from '../../src/schema/parse.js';
import { summaryFigures, summaryFigureSteps, SUMMARY_SLICE } from '../../src/layout/summary.js';

const chronology = (n: number) => parseChronology(generateChronology(n, 3)).chronology!;

/** What a layout reads of a prepared timeline. */
const shape = (p: PreparedTimeline) => ({
  items: p.items.map((it) => [it.event.id, it.start, it.end, it.anchor, it.kind]),
  lanes: p.lanes,
  laneIndices: p.laneIndices,
  extent: p.extent,
  maxSpan: p.maxSpan,
  topicColors: [...p.topicColors],
  index: laneIndex(p).map((l) => ({ ...l, pos: [...l.pos], item: [...l.item], minStart: [...l.minStart], maxEnd: [...l.maxEnd] })),
});

const OPTIONS: PrepareOptions[] = [
  { groupBy: 'actor', timeZone: 'UTC', maxLanes: 8 },
  { groupBy: 'topic', timeZone: 'Asia/Tehran' },
  { groupBy: 'none', activeTopics: new Set(['t1', 't3']) },
];

describe('prepareInSlices', () => {
  test.each([0, 7, PREPARE_SLICE, 2 * PREPARE_SLICE + 5])(
    '%i events: the result of prepareTimeline, with a pause per slice of spans, after the lanes and after the index',
    async (n) => {
      const c = chronology(n);
      for (const o of OPTIONS) {
        const steps = { pauses: 0 };
        const p = await prepareInSlices(c, o, undefined, steps);
        expect(p).not.toBeNull();
        expect(shape(p!)).toEqual(shape(prepareTimeline(c, o)));
        expect(steps.pauses).toBe(Math.max(0, Math.ceil(n / PREPARE_SLICE) - 1) + 3);
      }
    },
  );

  test('stops when asked, between steps, with null', async () => {
    const c = chronology(3 * PREPARE_SLICE);
    let asked = 0;
    expect(await prepareInSlices(c, OPTIONS[0], () => ++asked === 2)).toBeNull();
    expect(asked).toBe(2);
  });
});

describe('summaryFigureSteps', () => {
  test.each([0, 7, SUMMARY_SLICE, 2 * SUMMARY_SLICE + 5])('%i events: the figures of summaryFigures, with a pause per slice', (n) => {
    const c = chronology(n);
    const steps = summaryFigureSteps(c, { zone: 'Asia/Tehran' });
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(r.value).toEqual(summaryFigures(c, { zone: 'Asia/Tehran' }));
    expect(pauses).toBe(Math.max(0, Math.ceil(n / SUMMARY_SLICE) - 1));
  });
});
