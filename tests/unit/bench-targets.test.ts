// The benchmark's target checks (bench/report.mjs `analyze`), on made-up runs:
// what PASS and FAIL mean for the zoom frames and the phone profile.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the benchmark, without types.
import { analyze } from '../../bench/report.mjs';

type Target = { name: string; status: string; detail: string };

/** One finished 10k run of chronoline whose gesture had this p95 frame. */
const tenK = (p95: number, over50 = 0) => ({
  lib: 'chronoline',
  n: 10000,
  runs: [
    { ok: true, renderMs: 200, readyMs: 150, marks: 500, frames: { p95, p50: 16.7, max: p95, count: 100, over50 }, viewChanged: true },
  ],
});

const zoomTarget = (raw: object): Target =>
  (analyze({ results: [], ...raw }).targets as Target[]).find((t) => t.name.startsWith('10k events: zoom/pan'))!;

describe('bench targets: 10k zoom and pan', () => {
  const idle = { p50: 16.7, p95: 16.7, max: 16.8, count: 100 };

  it('compares the p95s in whole display intervals: a tenth of a millisecond of jitter is the same frame', () => {
    const t = zoomTarget({ results: [tenK(16.8)], idle });
    expect(t.status).toBe('PASS');
    expect(t.detail).toContain('1 vs 1 display intervals');
  });

  it('fails when the p95 frame takes one interval more than the idle page', () => {
    expect(zoomTarget({ results: [tenK(33.4)], idle }).status).toBe('FAIL');
    expect(zoomTarget({ results: [tenK(26)], idle }).status).toBe('FAIL');
  });

  it('fails on any frame over 50 ms, whatever the p95', () => {
    expect(zoomTarget({ results: [tenK(16.7, 1)], idle }).status).toBe('FAIL');
  });
});

describe('bench targets: the phone profile', () => {
  const run = (build: string, mainThreadMs: number) => ({
    ok: true,
    build,
    mainThreadMs,
    longestTaskMs: 50,
    mainThreadCpuMs: mainThreadMs / 2,
    longestTaskCpuMs: 25,
    renderedMs: 100,
    tasksOver50: 0,
    kinds: {},
    shown: { elements: build === 'page' ? 0 : 100 },
  });

  it("reports what each build adds to the page alone, and the room that half of 0.1.0's total leaves", () => {
    const raw = { results: [], phone: { runs: [run('today', 700), run('0.1.0', 900), run('page', 300)] } };
    const t = (analyze(raw).targets as Target[]).find((x) => x.name.startsWith('Phone profile: total'))!;
    expect(t.status).toBe('FAIL');
    expect(t.detail).toContain('each build adds 400 ms vs 600 ms (0.67×)');
    expect(t.detail).toContain('leaves 150 ms above the page');
  });

  it('passes at half of 0.1.0, with or without the page alone measured', () => {
    const raw = { results: [], phone: { runs: [run('today', 450), run('0.1.0', 900)] } };
    const t = (analyze(raw).targets as Target[]).find((x) => x.name.startsWith('Phone profile: total'))!;
    expect(t.status).toBe('PASS');
    expect(t.detail).not.toContain('the page alone');
  });
});
