// The summary's figures counted in slices (issue 21): summaryFigureSteps
// gives the figures of summaryFigures, with a pause after every
// SUMMARY_SLICE events (summary-view.ts pauses there for a large chronology).
import { describe, expect, test } from 'vitest';
import { generateChronology } from '../../bench/generate.mjs';
import { summaryFigures, summaryFigureSteps, SUMMARY_SLICE } from '../../src/layout/summary.js';
import { parseChronology } from '../../src/schema/parse.js';

const chronology = (n: number) => parseChronology(generateChronology(n, 3)).chronology!;

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
