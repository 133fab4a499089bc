// Parsing in slices (issue 21): the same result as parseChronology, a pause
// after every PARSE_SLICE events, and a stop between slices; the same for the
// quick path's slices (quickSteps, quickInSlices: issue 17, large plain
// chronologies without the full parser's chunk).
import { describe, expect, test } from 'vitest';
import { generateChronology } from '../../bench/generate.mjs';
import { parseChronology, parseSteps, PARSE_SLICE } from '../../src/schema/parse.js';
import { parseInSlices } from '../../src/schema/slices.js';
import { parseSoon, SLICED_FROM } from '../../src/schema/lazy-parse.js';
import { quickChronology, quickSteps, QUICK_SLICE } from '../../src/schema/quick-chronology.js';
import { quickInSlices } from '../../src/schema/quick-slices.js';

/** A generated chronology with a few bad events (so problems are compared too). */
function data(n: number) {
  const c = generateChronology(n, 7) as { events: Record<string, unknown>[] };
  c.events[3]!.start = 'not a date';
  c.events[n - 2]!.actors = [{ id: 'nobody' }];
  c.events.push({ id: 'ev-000001', title: 'duplicate id', start: '2025-01-07' });
  return c;
}

/** Runs a generator of slices to its end: how many times it paused, and what it returned. */
function drain<T>(steps: Generator<unknown, T>): { pauses: number; value: T } {
  let pauses = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) pauses++;
  return { pauses, value: r.value };
}

/** Runs `work` with a `setTimeout(0)` chain armed: how many of its timers fired before `work` ended, and its result. */
async function withTimers<T>(work: () => Promise<T>): Promise<{ ticks: number; result: T }> {
  let ticks = 0;
  let on = true;
  const tick = () => {
    ticks++;
    if (on) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await work();
  on = false;
  return { ticks, result };
}

describe('parseSteps', () => {
  test.each([0, 5, PARSE_SLICE - 1, PARSE_SLICE, 3 * PARSE_SLICE + 17])(
    '%i events: one pause per full slice, the result of parseChronology',
    (n) => {
      const input = n ? data(n) : { schemaVersion: 1, id: 'x', title: 'X', events: [] };
      const { pauses, value } = drain(parseSteps(input));
      const events = (input as { events: unknown[] }).events.length;
      expect(pauses).toBe(Math.floor(events / PARSE_SLICE));
      expect(JSON.stringify(value)).toBe(JSON.stringify(parseChronology(input)));
    },
  );

  test('input that is not a chronology: no pause, the same fatal problem', () => {
    for (const input of ['{', null, [], { events: 'x' }]) {
      const r = parseSteps(input).next();
      expect(r.done).toBe(true);
      expect(r.value).toEqual(parseChronology(input));
    }
  });
});

describe('parseInSlices', () => {
  test('gives parseChronology’s result, letting timers run between slices', async () => {
    const input = data(5 * PARSE_SLICE);
    const { ticks, result: r } = await withTimers(() => parseInSlices(input));
    expect(JSON.stringify(r)).toBe(JSON.stringify(parseChronology(input)));
    // A timer armed before the parse fires in the pauses (one per slice, 5 of them).
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  test('stop ends the work after the current slice, with an empty result', async () => {
    let asked = 0;
    const r = await parseInSlices(data(10 * PARSE_SLICE), {}, () => ++asked === 2);
    expect(asked).toBe(2);
    expect(r).toEqual({ chronology: null, problems: [], eventsIn: 0 });
  });

  test('parseSoon: more than SLICED_FROM events always go through the slices (a promise), as object or JSON text', async () => {
    const input = data(SLICED_FROM + 1);
    const full = JSON.stringify(parseChronology(input));
    const a = parseSoon(input);
    expect(a).toBeInstanceOf(Promise);
    expect(JSON.stringify(await a)).toBe(full);
    const b = parseSoon(JSON.stringify(input));
    expect(b).toBeInstanceOf(Promise);
    expect(JSON.stringify(await b)).toBe(full);
    // Fewer: at once.
    expect(parseSoon(generateChronology(50, 1))).not.toBeInstanceOf(Promise);
  });
});

/** A generated chronology in the plain form (the quick path takes it), with a duplicate id and an unknown actor (problems it words itself). */
function plain(n: number) {
  const c = generateChronology(n, 11) as { events: Record<string, unknown>[] };
  if (n > 3) {
    c.events[n - 2]!.actors = [{ id: 'nobody' }];
    c.events.push({ id: 'ev-000001', title: 'duplicate id', start: '2025-01-07' });
  }
  return c;
}

describe('quickSteps', () => {
  test.each([0, 5, QUICK_SLICE - 1, QUICK_SLICE, 3 * QUICK_SLICE + 17])(
    '%i events in the plain form: one pause per full slice, the result of quickChronology and of parseChronology',
    (n) => {
      const input = n ? plain(n) : { schemaVersion: 1, id: 'x', title: 'X', events: [] };
      const { pauses, value } = drain(quickSteps(input));
      expect(pauses).toBe(Math.floor(input.events.length / QUICK_SLICE));
      expect(value).toBeDefined();
      expect(value).toStrictEqual(quickChronology(input));
      expect(value).toStrictEqual(parseChronology(input));
      if (n > 3) expect(value!.problems.length).toBeGreaterThan(0);
    },
  );

  test('refuses what quickChronology refuses, also past the first slice (a bad event late in the list)', () => {
    const input = plain(3 * QUICK_SLICE);
    input.events[2 * QUICK_SLICE + 5]!.start = 'not a date';
    const steps = quickSteps(input);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBe(2);
    expect(r.value).toBeUndefined();
    expect(quickChronology(input)).toBeUndefined();
  });
});

describe('quickInSlices', () => {
  test('plain input: the result of parseChronology, letting timers run between slices', async () => {
    const input = plain(5 * QUICK_SLICE);
    const { ticks, result: r } = await withTimers(() => quickInSlices(input));
    expect(r).toStrictEqual(parseChronology(input));
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  test('input the quick path refuses (invalid events, dev mode): the full parser’s result, the same problems', async () => {
    const input = data(3 * PARSE_SLICE);
    expect(quickChronology(input)).toBeUndefined();
    const r = await quickInSlices(input);
    expect(JSON.stringify(r)).toBe(JSON.stringify(parseChronology(input)));
    expect(r.problems.some((p) => p.path === 'events[3].start')).toBe(true);
    const ok = plain(2 * QUICK_SLICE);
    const dev = await quickInSlices(ok, { dev: true });
    expect(JSON.stringify(dev)).toBe(JSON.stringify(parseChronology(ok, { dev: true })));
  });

  test('stop ends the work after the current slice, with an empty result (quick path and full parser alike)', async () => {
    for (const input of [plain(10 * QUICK_SLICE), data(10 * PARSE_SLICE)]) {
      let asked = 0;
      const r = await quickInSlices(input, {}, () => ++asked === 2);
      expect(asked).toBe(2);
      expect(r).toEqual({ chronology: null, problems: [], eventsIn: 0 });
    }
  });

  test('parseSoon: a large plain chronology, as object or JSON text, gives parseChronology’s result', async () => {
    const input = plain(SLICED_FROM + 1);
    const full = parseChronology(input);
    const a = parseSoon(input);
    expect(a).toBeInstanceOf(Promise);
    expect(await a).toStrictEqual(full);
    expect(await parseSoon(JSON.stringify(input))).toStrictEqual(full);
  });
});
