#!/usr/bin/env node
// `npm run bench`: chronoline vs vis-timeline vs timelines-chart in the system
// Chromium (playwright-core), on pages served from 127.0.0.1. See
// docs/benchmarks.md for what is measured and how; `--help` for the flags.
//
// Needs `npm run build` first: it measures dist/cdn/chronoline.min.js, and
// stops with a message if that file is missing.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../tests/find-chrome.mjs';
import { frameStats, formatMarkdown, formatText } from './report.mjs';
import { startServer } from './server.mjs';
import { PHONE, PHONE_BUILDS, mainThreadTasks, phonePages, phoneRun } from './phone.mjs';
import { ssrSize } from './ssr-size.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'dist/cdn/chronoline.min.js');
const LIBS = ['chronoline', 'vis-timeline', 'timelines-chart'];
const VIEWPORT = { width: 1280, height: 1000 };
const GESTURE = { wheelSteps: 10, wheelDelta: 100, dragSteps: 20, dragPx: 15 };

const HELP = `usage: npm run bench -- [flags]

  --sizes 30,300,3000,10000,100000   numbers of events (default: these five)
  --runs 5                          runs per library for N ≤ 10,000
  --runs-large 3                    runs per library for N > 10,000
  --libs chronoline,vis-timeline,timelines-chart
  --timeout 120                     seconds per run before it counts as "did not finish"
  --seed 1                          generator seed
  --quick                           N = 30 and 3,000, 2 runs: for development
  --phone-runs 3                    runs of the phone profile per build (today's, 0.1.0's, the page alone); 0 skips it
  --out FILE                        results JSON (default bench/results/latest.json,
                                    bench/results/quick.json with --quick)
  --no-docs                         do not rewrite docs/benchmarks.md (it is rewritten
                                    only when the results go to bench/results/latest.json)

Needs \`npm run build\` first (it measures dist/cdn/chronoline.min.js).`;

function parseArgs(argv) {
  const o = {
    sizes: [30, 300, 3000, 10000, 100000],
    runs: 5,
    runsLarge: 3,
    libs: LIBS,
    timeoutS: 120,
    seed: 1,
    quick: false,
    out: null,
    docs: true,
    phoneRuns: 3,
  };
  const list = (v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  // --quick sets defaults that the other flags, wherever they are, override.
  if (argv.includes('--quick')) Object.assign(o, { quick: true, sizes: [30, 3000], runs: 2, runsLarge: 1, phoneRuns: 1 });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const val = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      case '--quick':
        break;
      case '--sizes':
        o.sizes = list(val()).map((s) => Number(s.replace(/_/g, '').replace(/k$/i, '000')));
        break;
      case '--runs':
        o.runs = Number(val());
        break;
      case '--runs-large':
        o.runsLarge = Number(val());
        break;
      case '--libs':
        o.libs = list(val());
        break;
      case '--timeout':
        o.timeoutS = Number(val());
        break;
      case '--seed':
        o.seed = Number(val());
        break;
      case '--out':
        o.out = resolve(val());
        break;
      case '--phone-runs':
        o.phoneRuns = Number(val());
        break;
      case '--no-docs':
        o.docs = false;
        break;
      default:
        throw new Error(`unknown flag ${a} (see --help)`);
    }
  }
  for (const l of o.libs) if (!LIBS.includes(l)) throw new Error(`unknown library '${l}': one of ${LIBS.join(', ')}`);
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be positive integers`);
  if (!(o.runs >= 1 && o.runsLarge >= 1 && o.timeoutS > 0)) throw new Error('--runs, --runs-large and --timeout must be positive');
  if (!(Number.isInteger(o.phoneRuns) && o.phoneRuns >= 0)) throw new Error('--phone-runs must be 0 or more');
  o.out ??= join(ROOT, 'bench/results', o.quick ? 'quick.json' : 'latest.json');
  return o;
}

/** Newest modification time of the files under dir. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const readVersion = (pkg) => JSON.parse(readFileSync(join(ROOT, pkg, 'package.json'), 'utf8')).version;

class Timeout extends Error {}

/** Races p against a timer. */
function withTimeout(p, ms, what) {
  let timer;
  const settled = p.finally(() => clearTimeout(timer));
  settled.catch(() => {}); // a late failure after the time-out is not an unhandled rejection
  return Promise.race([
    settled,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${ms / 1000} s`)), ms))),
  ]);
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function mainThreadTimes(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    scriptMs: get('ScriptDuration'),
    layoutMs: get('LayoutDuration'),
    styleMs: get('RecalcStyleDuration'),
    taskMs: get('TaskDuration'),
  };
}

const nextFrame = (page) => page.evaluate(() => window.bench.frame());

/** The scripted wheel-zoom and drag-pan; returns the frame durations recorded in the page. */
async function gesture(page, rect) {
  const x = Math.round(rect.x + rect.width / 2);
  const y = Math.round(Math.min(rect.y + rect.height / 2, VIEWPORT.height - 40));
  await page.mouse.move(x, y);
  await nextFrame(page);
  await page.evaluate(() => window.bench.startFrames());
  for (let i = 0; i < GESTURE.wheelSteps; i++) {
    await page.mouse.wheel(0, -GESTURE.wheelDelta);
    await nextFrame(page);
  }
  const zoomedView = await page.evaluate(() => window.bench.view());
  await page.mouse.down();
  for (let i = 1; i <= GESTURE.dragSteps; i++) {
    await page.mouse.move(x - i * GESTURE.dragPx, y);
    await nextFrame(page);
  }
  await page.mouse.up();
  await nextFrame(page);
  await page.mouse.move(x, y);
  for (let i = 0; i < GESTURE.wheelSteps; i++) {
    await page.mouse.wheel(0, GESTURE.wheelDelta);
    await nextFrame(page);
  }
  await nextFrame(page);
  await nextFrame(page);
  const deltas = await page.evaluate(() => window.bench.stopFrames());
  return { deltas, zoomedView };
}

const round = (v, d = 1) => (typeof v === 'number' ? Math.round(v * 10 ** d) / 10 ** d : v);

const reasonOf = (e, timeoutS) =>
  e instanceof Timeout ? `did not finish within ${timeoutS} s` : `error: ${String(e?.message ?? e).split('\n')[0]}`;

/**
 * One run of one library at one size, in a fresh browser context, in two
 * phases with a time-out each: (1) load, render, heap and DOM; (2) the
 * zoom/pan gesture. A run whose render did not finish is `ok: false`; one
 * whose gesture did not finish keeps its render figures, with `frames: null`.
 */
async function oneRun(context, { origin, lib, n, seed, timeoutS, skipGesture }) {
  const res = { ok: false };
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await withTimeout(
      (async () => {
        await page.goto(`${origin}/bench/pages/${lib}.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__benchInstalled === true);
        const info = await page.evaluate(() => window.bench.info());
        if (!info.libOk) throw new Error(`${lib} did not load (${errors.join('; ') || 'no global/element'})`);
        res.loadMs = round(info.libReady);
        const setup = await page.evaluate(([n, seed]) => window.bench.setup(n, seed), [n, seed]);
        res.generateMs = round(setup.generateMs);
        res.prepareMs = round(setup.prepareMs);
        res.heapBefore = await heapUsed(cdp);
        // The render's main-thread tasks, traced with the light \`toplevel\` category alone, for the longest task.
        const browser = context.browser();
        await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
        const t0 = await mainThreadTimes(cdp);
        let render, t1;
        try {
          render = await page.evaluate(() => window.bench.render());
          t1 = await mainThreadTimes(cdp);
        } finally {
          const trace = await browser.stopTracing().catch(() => null);
          const tasks = trace ? mainThreadTasks(JSON.parse(trace.toString('utf8'))) : [];
          if (tasks.length) {
            res.longestTaskMs = round(Math.max(...tasks.map((t) => t.dur)));
            res.longestTaskCpuMs = round(Math.max(...tasks.map((t) => t.cpu)));
          }
        }
        res.readyMs = round(render.readyMs);
        res.renderMs = round(render.renderMs);
        res.marks = render.marks;
        if (render.phases && Object.keys(render.phases).length) res.phases = render.phases;
        res.breakdown = {
          scriptMs: round(t1.scriptMs - t0.scriptMs),
          layoutMs: round(t1.layoutMs - t0.layoutMs),
          styleMs: round(t1.styleMs - t0.styleMs),
          taskMs: round(t1.taskMs - t0.taskMs),
        };
        res.heapAfter = await heapUsed(cdp);
        res.dom = await page.evaluate(() => window.bench.countElements());
        res.marksLater = await page.evaluate(() => window.bench.marks());
        res.ok = true;
      })(),
      timeoutS * 1000,
      `${lib} n=${n} render`,
    );
  } catch (e) {
    res.reason = reasonOf(e, timeoutS);
    res.failedPhase = 'render';
    if (errors.length) res.pageErrors = errors.slice(0, 3);
    return res;
  }
  res.frames = null;
  if (skipGesture) {
    res.framesReason = `did not finish within ${timeoutS} s (skipped after two time-outs)`;
  } else {
    try {
      await withTimeout(
        (async () => {
          const rect = await page.evaluate(() => window.bench.plotRect());
          const view0 = await page.evaluate(() => window.bench.view());
          const { deltas, zoomedView } = await gesture(page, rect);
          const view1 = await page.evaluate(() => window.bench.view());
          const f = frameStats(deltas);
          res.frames = {
            count: f.count,
            p50: round(f.p50),
            p95: round(f.p95),
            max: round(f.max),
            over50: f.over50,
            totalMs: round(f.totalMs, 0),
          };
          // Did the gesture move the view? (After the wheel-in, or at the end: zooming back out may restore it.)
          res.viewChanged = zoomedView !== view0 || view1 !== view0;
        })(),
        timeoutS * 1000,
        `${lib} n=${n} zoom/pan`,
      );
    } catch (e) {
      res.framesReason = reasonOf(e, timeoutS);
    }
  }
  if (errors.length) res.pageErrors = errors.slice(0, 3);
  return res;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(BUNDLE)) {
    console.error('bench: dist/cdn/chronoline.min.js is missing. Run `npm run build` first, then `npm run bench`.');
    process.exit(2);
  }
  const bundleStat = statSync(BUNDLE);
  if (newest(join(ROOT, 'src')) > bundleStat.mtimeMs) {
    console.warn(
      'bench: warning: src/ has changed since dist/cdn/chronoline.min.js was built; run `npm run build` to measure the current code.',
    );
  }
  for (const p of [
    'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    'node_modules/timelines-chart/dist/timelines-chart.min.js',
  ]) {
    if (!existsSync(join(ROOT, p))) throw new Error(`bench: ${p} is missing (run npm ci)`);
  }

  const executablePath = findChrome();
  // Serve the bundle, and the on-demand chunks beside it, as they are now for
  // the whole run, even if dist/ is rebuilt meanwhile (a build empties dist/cdn).
  const bundle = readFileSync(BUNDLE);
  const pinned = new Map([['/dist/cdn/chronoline.min.js', bundle]]);
  const chunks = join(ROOT, 'dist/cdn/chunks');
  if (existsSync(chunks)) for (const f of readdirSync(chunks)) pinned.set(`/dist/cdn/chunks/${f}`, readFileSync(join(chunks, f)));
  for (const [path, body] of phonePages(ROOT)) pinned.set(path, body);
  const server = await startServer(ROOT, pinned);
  const launch = () => chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
  let browser = await launch();
  const loadavgStart = os.loadavg();

  const raw = {
    schema: 1,
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
      cores: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 1073741824),
      chromium: `Chromium ${browser.version()}`,
      node: process.version,
      playwright: readVersion('node_modules/playwright-core'),
      loadavgStart,
    },
    libraries: {
      chronoline: {
        version: readVersion('.'),
        bytes: bundle.length,
        gzipBytes: gzipSync(bundle, { level: 9 }).length,
        sha256: createHash('sha256').update(bundle).digest('hex').slice(0, 16),
        builtAt: bundleStat.mtime.toISOString(),
      },
      'vis-timeline': { version: readVersion('node_modules/vis-timeline') },
      'timelines-chart': { version: readVersion('node_modules/timelines-chart') },
    },
    config: {
      sizes: o.sizes,
      runs: o.runs,
      runsLarge: o.runsLarge,
      libs: o.libs,
      timeoutS: o.timeoutS,
      seed: o.seed,
      viewport: VIEWPORT,
      gesture: GESTURE,
      phoneRuns: o.phoneRuns,
    },
    idle: null,
    results: [],
  };

  const log = (s) => process.stdout.write(s + '\n');
  log(`bench: ${raw.machine.chromium}, ${raw.machine.cpu} × ${raw.machine.cores}, serving ${server.origin}`);
  log(
    `bench: sizes ${o.sizes.join(', ')}; ${o.runs} runs (N ≤ 10k) / ${o.runsLarge} (N > 10k); libraries ${o.libs.join(', ')}; time-out ${o.timeoutS} s`,
  );

  /** Runs fn with a fresh context (fn applies its own time-outs); then closes it, or the whole browser if it is stuck. */
  async function withContext(fn) {
    const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'UTC', locale: 'en-US', deviceScaleFactor: 1 });
    try {
      return await fn(context);
    } finally {
      try {
        await withTimeout(context.close(), 20_000, 'closing the context');
      } catch {
        log('  (the page did not close: restarting the browser)');
        await withTimeout(browser.close(), 20_000, 'closing the browser').catch(() => {});
        browser = await launch();
      }
    }
  }

  // The frame-time floor: an empty page, the same gesture.
  raw.idle = await withContext((context) =>
    withTimeout(
      (async () => {
        const page = await context.newPage();
        await page.goto(`${server.origin}/bench/pages/idle.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__benchInstalled === true);
        await page.evaluate(() => window.bench.setup(0, 1));
        const f = frameStats((await gesture(page, await page.evaluate(() => window.bench.plotRect()))).deltas);
        return { count: f.count, p50: round(f.p50), p95: round(f.p95), max: round(f.max), over50: f.over50 };
      })(),
      60_000,
      'idle page',
    ),
  ).catch((e) => {
    log(`idle page: ${e.message}`);
    return null;
  });
  if (raw.idle) log(`idle page: ${raw.idle.count} frames, p50 ${raw.idle.p50} ms, p95 ${raw.idle.p95} ms, max ${raw.idle.max} ms`);

  // The render-time floor: a page that only appends one SVG rect per event
  // (no library, no validation, no layout), timed like the libraries. What
  // is left is the harness's wait for the painted frame.
  raw.floor = [];
  for (const n of o.sizes.filter((x) => x <= 10000)) {
    const runs = [];
    for (let r = 0; r < o.runs; r++) {
      const res = await withContext((context) =>
        withTimeout(
          (async () => {
            const page = await context.newPage();
            await page.goto(`${server.origin}/bench/pages/floor.html`, { waitUntil: 'load' });
            await page.waitForFunction(() => window.__benchInstalled === true);
            await page.evaluate(([n, seed]) => window.bench.setup(n, seed), [n, o.seed]);
            return page.evaluate(() => window.bench.render());
          })(),
          60_000,
          `floor page n=${n}`,
        ),
      ).catch((e) => {
        log(`floor page n=${n}: ${e.message}`);
        return null;
      });
      if (res) runs.push({ renderMs: round(res.renderMs), readyMs: round(res.readyMs), marks: res.marks });
    }
    raw.floor.push({ n, runs });
    const m = runs.map((x) => x.renderMs).sort((a, b) => a - b);
    if (m.length)
      log(`floor page n=${n}: render ${m[Math.floor((m.length - 1) / 2)]} ms (${m[0]}–${m[m.length - 1]}), ${runs.length} runs`);
  }

  const started = Date.now();
  for (const n of o.sizes) {
    const runs = n > 10000 ? o.runsLarge : o.runs;
    const entries = Object.fromEntries(o.libs.map((lib) => [lib, { lib, n, runs: [] }]));
    for (const lib of o.libs) raw.results.push(entries[lib]);
    for (let r = 1; r <= runs; r++) {
      // Interleave the libraries so that background load spreads over all of them.
      for (const lib of o.libs) {
        const entry = entries[lib];
        const timedOut = (reasons) => reasons.filter((x) => x?.startsWith('did not finish')).length >= 2;
        const tag = `[${lib} n=${n} run ${r}/${runs}]`;
        // What did not finish twice at this size will not finish a third time: skip it.
        if (timedOut(entry.runs.filter((x) => !x.ok).map((x) => x.reason))) {
          entry.runs.push({ ok: false, reason: `did not finish within ${o.timeoutS} s`, failedPhase: 'render', skipped: true });
          log(`${tag} skipped: the render did not finish twice`);
          continue;
        }
        const skipGesture = timedOut(entry.runs.filter((x) => x.ok && !x.frames).map((x) => x.framesReason ?? ''));
        let res;
        try {
          res = await withContext((context) =>
            oneRun(context, { origin: server.origin, lib, n, seed: o.seed, timeoutS: o.timeoutS, skipGesture }),
          );
        } catch (e) {
          res = { ok: false, reason: reasonOf(e, o.timeoutS), failedPhase: 'setup' };
        }
        entry.runs.push(res);
        const f = res.frames;
        log(
          `${tag} ` +
            (res.ok
              ? `render ${res.renderMs} ms (ready ${res.readyMs}), load ${res.loadMs} ms, heap ${(res.heapAfter / 1048576).toFixed(1)} MB ` +
                `(+${((res.heapAfter - res.heapBefore) / n).toFixed(0)} B/event), ${res.dom.elements} elements, ${res.marks} marks${res.marksLater !== res.marks ? ` (${res.marksLater} later)` : ''}; ` +
                (f
                  ? `frames p50 ${f.p50} / p95 ${f.p95} / max ${f.max} ms, ${f.over50} over 50 ms` +
                    (res.viewChanged ? '' : ' (view did not move)')
                  : `zoom/pan ${res.framesReason}`) +
                (res.pageErrors ? ` [page errors: ${res.pageErrors.join(' | ')}]` : '') +
                (res.phases
                  ? `\n    phases: ${Object.entries(res.phases)
                      .map(([k, v]) => `${k} ${round(v.ms)} ms${v.count > 1 ? ` ×${v.count}` : ''}`)
                      .join(', ')}`
                  : '')
              : `render ${res.reason}`),
        );
      }
    }
  }
  // The phone profile: the June chronology in an article page, today's build, 0.1.0's and the page alone, in turn.
  if (o.phoneRuns > 0) {
    raw.phone = { config: PHONE, runs: [] };
    for (let r = 1; r <= o.phoneRuns; r++) {
      for (const build of Object.keys(PHONE_BUILDS)) {
        const res = await phoneRun(browser, server.origin, build, o.timeoutS * 1000);
        raw.phone.runs.push(res);
        log(
          `[phone ${build} run ${r}/${o.phoneRuns}] ` +
            (res.ok
              ? `main thread ${res.mainThreadMs} ms (CPU ${res.mainThreadCpuMs}) in ${res.tasks} tasks, longest ${res.longestTaskMs} ms (CPU ${res.longestTaskCpuMs}; ${res.tasksOver50} over 50 ms), rendered at ${res.renderedMs} ms; ${Object.entries(
                  res.kinds,
                )
                  .map(([k, v]) => `${k} ${v}`)
                  .join(', ')}; ${res.shown.listItems} list items, ${res.shown.marks} marks, ${res.shown.elements} elements` +
                (res.pageErrors ? ` [page errors: ${res.pageErrors.join(' | ')}]` : '')
              : res.reason),
        );
      }
    }
  }
  // Server rendering: the size of the June chronology's HTML (deterministic).
  try {
    raw.ssr = await ssrSize(ROOT);
    log(`ssr: ${raw.ssr.total} B (json ${raw.ssr.json}, styles ${raw.ssr.styles}, comments ${raw.ssr.comments}, markup ${raw.ssr.markup})`);
  } catch (e) {
    log(`ssr: not measured (${String(e?.message ?? e).split('\n')[0]})`);
  }
  raw.machine.loadavgEnd = os.loadavg();
  raw.durationS = Math.round((Date.now() - started) / 1000);

  await browser.close().catch(() => {});
  await server.close();

  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, JSON.stringify(raw, null, 1) + '\n');
  log('');
  log(formatText(raw));
  log('');
  log(`bench: ${raw.durationS} s; results in ${relative(process.cwd(), o.out)}`);
  if (o.docs && resolve(o.out) === join(ROOT, 'bench/results/latest.json')) {
    const doc = join(ROOT, 'docs/benchmarks.md');
    mkdirSync(dirname(doc), { recursive: true });
    writeFileSync(doc, formatMarkdown(raw));
    log(`bench: wrote ${relative(process.cwd(), doc)}`);
  }
}

main().catch((e) => {
  console.error(e?.stack ?? String(e));
  process.exit(1);
});
