// Smoke test of the benchmark (part of `npm test`, after the build): runs
// bench/run.mjs at N = 30 for chronoline only, one run, into a temporary
// file, and checks that it wrote its JSON with a finished run and the
// figures the report reads. No timing is asserted: only that the bench works.
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
    ['bench/run.mjs', '--sizes', '30', '--runs', '1', '--libs', 'chronoline', '--timeout', '60', '--out', out, '--no-docs'],
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
  assert.ok(raw.machine, 'the machine is recorded');
  console.log(`bench smoke test: chronoline N = 30 ran and wrote its JSON (${run.marks} marks)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
