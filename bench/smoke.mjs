// Smoke test of the benchmark (part of `npm test`, after the build): runs
// bench/run.mjs at N = 30 for chronoline only, one run, into a temporary
// file, with one load of the phone profile per build (today's, 0.1.0's, the page alone),
// and checks that it wrote its JSON with a finished run and the figures the
// report reads (the render's phases, the phone profile, the server-rendered
// size). No timing is asserted: only that the bench works.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const dir = mkdtempSync(join(tmpdir(), 'chronoline-bench-smoke-'));
const out = join(dir, 'smoke.json');
try {
  execFileSync(
    process.execPath,
    [
      'bench/run.mjs',
      '--sizes',
      '30',
      '--runs',
      '1',
      '--libs',
      'chronoline',
      '--timeout',
      '60',
      '--phone-runs',
      '1',
      '--out',
      out,
      '--no-docs',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const raw = JSON.parse(readFileSync(out, 'utf8'));
  const entry = raw.results.find((r) => r.lib === 'chronoline' && r.n === 30);
  assert.ok(entry, 'a result for chronoline at N = 30');
  assert.equal(entry.runs.length, 1);
  const run = entry.runs[0];
  assert.ok(run.ok, `the run finished (${run.reason ?? ''})`);
  for (const key of ['renderMs', 'readyMs', 'loadMs', 'heapAfter', 'marks']) assert.equal(typeof run[key], 'number', key);
  assert.ok(run.marks > 0, 'marks were drawn');
  assert.ok(
    run.longestTaskMs > 0 && run.longestTaskMs <= run.breakdown.taskMs + 1,
    `the render's longest task was traced (${run.longestTaskMs} of ${run.breakdown.taskMs} ms)`,
  );
  for (const phase of ['parse', 'prepare', 'layout', 'render'])
    assert.ok(run.phases?.[phase]?.count > 0, `the ${phase} phase was recorded (${JSON.stringify(run.phases)})`);
  for (const build of ['today', '0.1.0']) {
    const p = raw.phone?.runs.find((r) => r.build === build);
    assert.ok(p?.ok, `the phone profile ran with ${build}'s build (${p?.reason ?? ''})`);
    for (const key of ['mainThreadMs', 'longestTaskMs', 'mainThreadCpuMs']) assert.ok(p[key] > 0, `phone ${build}: ${key}`);
    assert.equal(p.shown.listItems > 0 || p.shown.marks > 0, true, `phone ${build}: the chronology was drawn`);
  }
  const page = raw.phone?.runs.find((r) => r.build === 'page');
  assert.ok(page?.ok && page.mainThreadMs > 0, `the phone profile ran the page alone (${page?.reason ?? ''})`);
  assert.equal(page.shown.elements, 0, 'the page alone has no chronoline element drawn');
  assert.ok(raw.ssr?.total > raw.ssr?.json && raw.ssr.json > 0, 'the server-rendered size was measured');
  assert.ok(
    raw.ssr.full?.total > raw.ssr.total && raw.ssr.full.json === raw.ssr.json,
    'the rendering with the chart markup was measured, with the same JSON',
  );
  assert.ok(raw.machine, 'the machine is recorded');
  console.log(
    `bench smoke test: chronoline N = 30 ran and wrote its JSON (${run.marks} marks); phone profile and server-rendered size measured`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
