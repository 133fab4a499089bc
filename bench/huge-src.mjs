// The longest main-thread task while a huge `src` loads (issue 21): an
// `<event-timeline src=…>` of N generated events (default 100,000, about
// 30 MB of JSON) with the CDN build (dist/cdn/chronoline.min.js, so
// `npm run build` first), from the navigation until 1 s after `rendered`,
// traced like the phone profile (bench/phone.mjs: the page's top-level
// `RunTask`s). Prints the longest tasks (wall clock and the thread's own CPU
// time), their number over 50 ms, when `rendered` fired, and the longest gap
// of a setTimeout(0) heartbeat running in the page (what a reader's input
// would have waited for at worst). No assertion: figures for
// docs/benchmarks.md and reports.
//
//   node bench/huge-src.mjs [--events 100000] [--runs 3] [--no-worker] [--json out.json] [--save LABEL]
//
// --save LABEL stores the runs under LABEL in bench/results/huge-src.json
// (kept across calls: a label per build or mode, e.g. "before" from another
// checkout), which `node bench/report.mjs` puts in docs/benchmarks.md.
//
// --no-worker removes `Worker` from the page before the bundle runs: the
// fallback path (parsing the body on the main thread). With HUGE_TRACE=/tmp/x
// in the environment, each run's trace is also written to /tmp/x-<run>.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../tests/find-chrome.mjs';
import { generateChronology } from './generate.mjs';
import { mainThreadTasks } from './phone.mjs';
import { startServer } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};
const N = Number(arg('--events', 100_000));
const RUNS = Number(arg('--runs', 3));
const NO_WORKER = process.argv.includes('--no-worker');
const OUT = arg('--json', undefined);
const SAVE = arg('--save', undefined);

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>huge src</title>
${NO_WORKER ? '<script>delete window.Worker;</script>' : ''}
<script>
// The heartbeat: the longest gap between two setTimeout(0) callbacks.
window.__gap = 0;
let last = performance.now();
(function beat() {
  const now = performance.now();
  window.__gap = Math.max(window.__gap, now - last);
  last = now;
  if (!window.__stop) setTimeout(beat, 0);
})();
</script>
<script type="module" src="/dist/cdn/chronoline.min.js"></script>
</head><body>
<event-timeline src="/bench/huge.json" style="width: 1000px"></event-timeline>
<script>
document.querySelector('event-timeline').addEventListener('rendered', () => { window.__rendered = performance.now(); }, { once: true });
document.querySelector('event-timeline').addEventListener('data-error', (e) => { window.__error = e.detail.message; });
</script>
</body></html>`;

const json = Buffer.from(JSON.stringify(generateChronology(N, 1)));
const server = await startServer(
  ROOT,
  new Map([
    ['/bench/huge.html', Buffer.from(page)],
    ['/bench/huge.json', json],
  ]),
);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const round = (x) => Math.round(x * 10) / 10;
const results = [];
try {
  for (let r = 1; r <= RUNS; r++) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await context.newPage();
    await browser.startTracing(p, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let trace;
    try {
      await p.goto(`${server.origin}/bench/huge.html`, { waitUntil: 'load', timeout: 120_000 });
      await p.waitForFunction(() => window.__rendered !== undefined || window.__error !== undefined, null, {
        timeout: 120_000,
        polling: 100,
      });
      await p.waitForTimeout(1000);
    } finally {
      trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    }
    if (process.env.HUGE_TRACE) writeFileSync(`${process.env.HUGE_TRACE}-${r}.json`, JSON.stringify(trace));
    const page = await p.evaluate(() => ({ rendered: window.__rendered, error: window.__error, gap: window.__gap }));
    const tasks = mainThreadTasks(trace);
    const byDur = [...tasks].sort((a, b) => b.dur - a.dur);
    const res = {
      events: N,
      bodyMB: round(json.length / 1e6),
      worker: !NO_WORKER,
      renderedMs: page.rendered === undefined ? null : round(page.rendered),
      error: page.error ?? null,
      longestTaskMs: round(byDur[0]?.dur ?? 0),
      longestTaskCpuMs: round(Math.max(0, ...tasks.map((t) => t.cpu))),
      next: byDur.slice(1, 5).map((t) => round(t.dur)),
      tasksOver50: tasks.filter((t) => t.dur > 50).length,
      heartbeatGapMs: round(page.gap),
    };
    results.push(res);
    console.log(`[run ${r}/${RUNS}] ${JSON.stringify(res)}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `${N.toLocaleString('en')} events (${results[0]?.bodyMB} MB), ${NO_WORKER ? 'no Worker' : 'Worker available'}: ` +
    `longest main-thread task median ${median(results.map((r) => r.longestTaskMs))} ms ` +
    `(CPU ${median(results.map((r) => r.longestTaskCpuMs))} ms), heartbeat gap median ${median(results.map((r) => r.heartbeatGapMs))} ms, ` +
    `rendered at median ${median(results.map((r) => r.renderedMs ?? NaN))} ms`,
);
if (OUT) writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
if (SAVE) {
  const file = join(ROOT, 'bench/results/huge-src.json');
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { runs: {} };
  saved.runs[SAVE] = { measured: new Date().toISOString(), loadavg: (await import('node:os')).loadavg().map(round), results };
  writeFileSync(file, JSON.stringify(saved, null, 2) + '\n');
  console.log(`saved as "${SAVE}" in bench/results/huge-src.json`);
}
