// Preparing a large chronology in slices (issue 21): prepareSteps yields
// where a caller may pause (after the spans and their order) and the
// prepared timeline last; prepareInSlices pauses there (a macrotask each),
// and after building the per-lane index when asked to, and gives
// prepareTimeline's result (items, lanes, extent; the index), or null when
// told to stop.
import { describe, expect, test } from 'vitest';
import { generateChronology } from '../../bench/generate.mjs';
import { laneIndex, prepareSteps, prepareTimeline } from '../../src/layout/prepare.js';
import { prepareInSlices } from '../../src/layout/prepare-slices.js';
import type { PreparedTimeline, PrepareOptions } from '../../src/layout/layout-types.js';
import { parseChronology } from '../../src/schema/parse.js';

const chronology = (n: number) => parseChronology(generateChronology(n, 3)).chronology!;

/** What a layout reads of a prepared timeline. */
const shape = (p: PreparedTimeline) => ({
  items: p.items.map((it) => [it.event.id, it.start, it.end, it.anchor, it.kind]),
  lanes: p.lanes,
  laneIndices: p.laneIndices,
  lanesByEvent: [...p.lanesByEvent],
  extent: p.extent,
  maxSpan: p.maxSpan,
  timeZone: p.timeZone,
  topicColors: [...p.topicColors],
  index: laneIndex(p).map((l) => ({ ...l, pos: [...l.pos], item: [...l.item], minStart: [...l.minStart], maxEnd: [...l.maxEnd] })),
});

const OPTIONS: PrepareOptions[] = [
  {},
  { groupBy: 'actor', timeZone: 'UTC', maxLanes: 3 },
  { groupBy: 'topic', timeZone: 'Asia/Tehran', lang: 'fa', othersLabel: 'دیگر' },
  { groupBy: 'none', activeTopics: new Set(['t1', 't3']), activeStatuses: ['disputed'] },
];

describe('prepareSteps', () => {
  test.each([0, 7, 6000])('%i events: a pause, then the prepared timeline', (n) => {
    const steps = [...prepareSteps(chronology(n))];
    expect(steps.length).toBe(2);
    expect(steps[0]).toBe(undefined);
    expect(steps[1]!.items.length).toBe(n);
  });
});

describe('prepareInSlices', () => {
  test.each([0, 7, 6000])("%i events: prepareTimeline's result, whatever the options", async (n) => {
    const c = chronology(n);
    for (const o of OPTIONS)
      for (const index of [false, true]) {
        const p = await prepareInSlices(c, o, undefined, index);
        expect(p).not.toBeNull();
        expect(shape(p!)).toEqual(shape(prepareTimeline(c, o)));
      }
  });

  test('a macrotask after each step: timers queued meanwhile run before the result', async () => {
    let ticks = 0;
    const tick = () => {
      ticks++;
      if (ticks < 100) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const p = await prepareInSlices(chronology(100), {}, undefined, true);
    expect(p).not.toBeNull();
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  test('asks whether to stop after each pause, and stops with null', async () => {
    const c = chronology(50);
    let asked = 0;
    expect(await prepareInSlices(c, {}, () => ++asked === 2)).toBeNull();
    expect(asked).toBe(2);
    asked = 0;
    expect(await prepareInSlices(c, {}, () => (asked++, false))).not.toBeNull();
    expect(asked, 'after the spans and after the lanes').toBe(2);
    asked = 0;
    expect(await prepareInSlices(c, {}, () => (asked++, false), true)).not.toBeNull();
    expect(asked, 'and after the index').toBe(3);
    asked = 0;
    expect(await prepareInSlices(c, {}, () => ++asked === 3, true)).toBeNull();
  });
});
