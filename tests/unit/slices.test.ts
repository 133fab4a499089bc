// Parsing in slices (issue 21): the same result as parseChronology, a pause
// after every PARSE_SLICE events, and a stop between slices.
import { describe, expect, test } from 'vitest';
import { generateChronology } from '../../bench/generate.mjs';
import { parseChronology, parseSteps, PARSE_SLICE } from '../../src/schema/parse.js';
import { parseInSlices } from '../../src/schema/slices.js';
import { parseSoon, SLICED_FROM } from '../../src/schema/lazy-parse.js';

/** A generated chronology with a few bad events (so problems are compared too). */
function data(n: number) {
  const c = generateChronology(n, 7) as { events: Record<string, unknown>[] };
  c.events[3]!.start = 'not a date';
  c.events[n - 2]!.actors = [{ id: 'nobody' }];
  c.events.push({ id: 'ev-000001', title: 'duplicate id', start: '2025-01-07' });
  return c;
}

describe('parseSteps', () => {
  test.each([0, 5, PARSE_SLICE - 1, PARSE_SLICE, 3 * PARSE_SLICE + 17])(
    '%i events: one pause per full slice, the result of parseChronology',
    (n) => {
      const input = n ? data(n) : { schemaVersion: 1, id: 'x', title: 'X', events: [] };
      const steps = parseSteps(input);
      let pauses = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) pauses++;
      const events = (input as { events: unknown[] }).events.length;
      expect(pauses).toBe(Math.floor(events / PARSE_SLICE));
      expect(JSON.stringify(r.value)).toBe(JSON.stringify(parseChronology(input)));
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
    let ticks = 0;
    let on = true;
    const tick = () => {
      ticks++;
      if (on) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const r = await parseInSlices(input);
    on = false;
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
