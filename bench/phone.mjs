// The phone profile of the benchmark (issue 17): the June chronology
// (src/data/june-2025-diplomacy.json, 80 events) as inline JSON in an
// article page, 390 × 844 CSS px (device scale 3, touch), the CPU slowed 4×
// (CDP Emulation.setCPUThrottlingRate), loaded once with today's build
// (dist/cdn/chronoline.min.js) and once with the 0.1.0 bundle
// (bench/baseline/0.1.0/), alternately, in the same run; and once as the
// page alone ("page": the same HTML, the chronology's JSON included, with no
// library loaded), the floor that both builds' figures include.
//
// Each run records a Chromium trace (devtools.timeline) from the navigation
// until 2 s after the element's `rendered` event, and sums the top-level
// tasks (`RunTask`) of the page's main thread: "main-thread time" is their
// total, "longest task" the longest of them, in wall-clock time (slowed 4×)
// and in the thread's own CPU time (`tdur`: not slowed by the throttling,
// nor by other processes taking the CPU on a busy machine). With
// PHONE_TRACE=/tmp/x in the environment, each trace is also written to
// /tmp/x-<build>.json (for chrome://tracing or the DevTools Performance panel).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, cpuSlowdown: 4, settleMs: 2000 };

/** The builds the profile compares: the page's script URL for each (`page`: none, the page alone). */
export const PHONE_BUILDS = {
  today: '/dist/cdn/chronoline.min.js',
  '0.1.0': '/bench/baseline/0.1.0/chronoline.min.js',
  page: null,
};

const para = (s) => `<p>${s}</p>`;
const LOREM = [
  'Diplomats spent the first weeks of June shuttling between capitals, as talks on the nuclear file stalled and the region braced for escalation.',
  'What follows is the chronology our desk kept as the month unfolded: every event with its sources, its actors and, where accounts differ, what is disputed.',
  'Dates are shown in the time zone where each event happened. Tap an event for its details.',
];

/**
 * The article page for one build, with the chronology inline (text only: `<` escaped in the JSON). With no
 * `bundleUrl`, the page alone: no library, the element never defined, "rendered" at the page's load event.
 */
export function phonePage(root, bundleUrl) {
  const json = JSON.stringify(JSON.parse(readFileSync(join(root, 'src/data/june-2025-diplomacy.json'), 'utf8'))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>June 2025: the diplomacy around Iran's nuclear programme</title>
<style>body{margin:0;font:17px/1.55 Georgia,serif;color:#1a1a1a}header{background:#111;color:#fff;padding:12px 16px;font:600 15px system-ui,sans-serif}main{padding:0 16px;max-width:680px;margin:auto}h1{font-size:28px;line-height:1.2}</style>
${bundleUrl ? `<script type="module" src="${bundleUrl}"></script>` : ''}
</head>
<body>
<header>The Daily Chronicle · World</header>
<main>
<h1>June 2025: the diplomacy around Iran's nuclear programme</h1>
${LOREM.map(para).join('\n')}
<event-timeline><script type="application/json">${json}</script></event-timeline>
${LOREM.map(para).join('\n')}
</main>
<script>
${
  bundleUrl
    ? "document.querySelector('event-timeline').addEventListener('rendered', () => { window.__rendered = performance.now(); }, { once: true });"
    : "addEventListener('load', () => { window.__rendered = performance.now(); }, { once: true });"
}
</script>
</body>
</html>
`;
}

/** The pages, served from memory: URL path → body. */
export function phonePages(root) {
  return new Map(Object.entries(PHONE_BUILDS).map(([build, url]) => [`/bench/phone-${build}.html`, Buffer.from(phonePage(root, url))]));
}

/** A main-thread task: \`RunTask\` with the DevTools timeline categories, \`ThreadControllerImpl::RunTask\` with \`toplevel\` alone. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The renderer main thread's top-level tasks in a trace: [{ ts, dur, cpu }] in
 * ms, of the CrRendererMain thread with the most CPU time in tasks (the page's).
 */
export function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const k = `${e.pid}:${e.tid}`;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push({ ts: e.ts / 1000, dur: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
  }
  let best = [];
  let bestSum = -1;
  for (const tasks of byThread.values()) {
    tasks.sort((a, b) => a.ts - b.ts);
    // Top-level only: a task inside another (a nested run loop) is counted once, in its parent.
    const top = [];
    for (const t of tasks) if (!top.length || t.ts >= top[top.length - 1].ts + top[top.length - 1].dur) top.push(t);
    // The page's thread is the one that worked the most (by its own CPU time: an idle renderer's many small wakeups can add up to more wall time).
    const sum = top.reduce((s, t) => s + t.cpu, 0);
    if (sum > bestSum) [best, bestSum] = [top, sum];
  }
  return best;
}

/** Kinds of main-thread work, by trace event name (the rest of a task is "other"). */
const KINDS = [
  [
    'script',
    /^(FunctionCall|EvaluateScript|TimerFire|FireAnimationFrame|RunMicrotasks|EventDispatch|v8\.|V8\.(?!GC)|CompileScript|CompileCode|ScriptCompiled|ResourceFinish)/,
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)/],
  ['layout', /^(Layout|UpdateLayout)$/],
  ['paint', /^(PrePaint|Paint|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintImage|RasterTask|Decode)/],
  ['html', /^ParseHTML$/],
  ['gc', /GC|GCEvent|BlinkGC/],
];

/**
 * The self time of the main thread's trace events, summed by kind (script,
 * style, layout, paint, html, gc, other) over the given top-level tasks.
 */
export function taskKinds(trace, tasks) {
  const events = trace.traceEvents ?? trace;
  if (!tasks.length) return {};
  const [first] = events.filter((e) => e.name === 'RunTask' && e.ts / 1000 === tasks[0].ts);
  const inThread = events
    .filter((e) => e.ph === 'X' && first && e.pid === first.pid && e.tid === first.tid && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = { script: 0, style: 0, layout: 0, paint: 0, html: 0, gc: 0, other: 0 };
  const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';
  // Self time: an event's duration less that of the events directly inside it.
  const stack = [];
  const self = new Map();
  for (const e of inThread) {
    while (stack.length && e.ts >= stack[stack.length - 1].ts + stack[stack.length - 1].dur) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
    self.set(e, e.dur);
    stack.push(e);
  }
  // Only what lies inside the top-level tasks counted as main-thread time.
  const inside = (e) => tasks.some((t) => e.ts / 1000 >= t.ts && e.ts / 1000 < t.ts + t.dur);
  for (const [e, us] of self) if (inside(e)) out[kindOf(e.name)] += us / 1000;
  for (const k of Object.keys(out)) out[k] = Math.round(out[k] * 10) / 10;
  return out;
}

/** One load of the article page with one build; returns its figures. */
export async function phoneRun(browser, origin, build, timeoutMs = 60_000) {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let trace;
    let renderedMs = null;
    try {
      await page.goto(`${origin}/bench/phone-${build}.html`, { waitUntil: 'load', timeout: timeoutMs });
      await page.waitForFunction(() => window.__rendered !== undefined, null, { timeout: timeoutMs, polling: 50 });
      renderedMs = await page.evaluate(() => window.__rendered);
      await page.waitForTimeout(PHONE.settleMs);
    } finally {
      trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    }
    if (process.env.PHONE_TRACE) (await import('node:fs')).writeFileSync(`${process.env.PHONE_TRACE}-${build}.json`, JSON.stringify(trace));
    const tasks = mainThreadTasks(trace);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('event-timeline')?.shadowRoot;
      return {
        listItems: root?.querySelectorAll('li').length ?? 0,
        marks: root?.querySelectorAll('[part~="event"]').length ?? 0,
        elements: root?.querySelectorAll('*').length ?? 0,
      };
    });
    return {
      ok: true,
      build,
      renderedMs: Math.round(renderedMs * 10) / 10,
      mainThreadMs: Math.round(tasks.reduce((s, t) => s + t.dur, 0) * 10) / 10,
      longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.dur)) * 10) / 10,
      tasksOver50: tasks.filter((t) => t.dur > 50).length,
      // The thread's own CPU time (trace \`tdur\`): what the work costs without the waits for a busy machine's CPU (nor the throttling's pauses).
      mainThreadCpuMs: Math.round(tasks.reduce((s, t) => s + t.cpu, 0) * 10) / 10,
      longestTaskCpuMs: Math.round(Math.max(0, ...tasks.map((t) => t.cpu)) * 10) / 10,
      tasks: tasks.length,
      kinds: taskKinds(trace, tasks),
      shown,
      ...(errors.length ? { pageErrors: errors.slice(0, 3) } : {}),
    };
  } catch (e) {
    return { ok: false, build, reason: String(e?.message ?? e).split('\n')[0] };
  } finally {
    await context.close().catch(() => {});
  }
}
