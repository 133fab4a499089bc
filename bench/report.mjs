#!/usr/bin/env node
// Turns benchmark results (bench/results/latest.json, written by bench/run.mjs)
// into the readable table printed by the bench and into docs/benchmarks.md.
//
//   node bench/report.mjs                      # latest.json → docs/benchmarks.md
//   node bench/report.mjs results.json out.md  # other files
//   node bench/report.mjs --stdout             # print the text table only
//
// Everything shown is recomputed here from the runs stored in the JSON
// (medians, ranges, ratios, targets), so the page can be refreshed without
// running the bench again.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHRONOLINE = 'chronoline';

// ------------------------------------------------------------------ statistics

/** Nearest-rank percentile of numbers (p in 0–100). */
export function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** { median, min, max, n } of the finite numbers among values (null when none). */
export function spread(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}

/** Frame statistics of one run's frame durations. */
export function frameStats(deltas) {
  return {
    count: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: deltas.length ? Math.max(...deltas) : null,
    over50: deltas.filter((d) => d > 50).length,
    totalMs: deltas.reduce((a, b) => a + b, 0),
  };
}

/** The per-run numbers that get a median and a range. */
const METRICS = {
  loadMs: (r) => r.loadMs,
  readyMs: (r) => r.readyMs,
  renderMs: (r) => r.renderMs,
  heapMB: (r) => r.heapAfter / 1048576,
  heapDeltaMB: (r) => (r.heapAfter - r.heapBefore) / 1048576,
  heapPerEvent: (r, n) => (n ? (r.heapAfter - r.heapBefore) / n : null),
  elements: (r) => r.dom?.elements,
  marks: (r) => r.marks,
  marksLater: (r) => r.marksLater,
  taskMs: (r) => r.breakdown?.taskMs,
  longestTaskMs: (r) => r.longestTaskMs,
  otherMs: (r) => (r.breakdown ? r.breakdown.taskMs - r.breakdown.layoutMs - r.breakdown.styleMs : null),
  layoutMs: (r) => r.breakdown?.layoutMs,
  styleMs: (r) => r.breakdown?.styleMs,
  phaseParse: (r) => r.phases && (r.phases.parse?.ms ?? 0) + (r.phases['parse-with-chunk']?.ms ?? 0),
  phasePrepare: (r) => r.phases && (r.phases.prepare?.ms ?? 0),
  phaseLayout: (r) => r.phases && (r.phases.layout?.ms ?? 0),
  phaseText: (r) => r.phases && (r.phases.text?.ms ?? 0),
  phaseRender: (r) => r.phases && (r.phases.render?.ms ?? 0),
  phaseRenders: (r) => r.phases && (r.phases.render?.count ?? 0),
  phaseChunks: (r) => r.phases && (r.phases.chunks?.ms ?? 0),
  phaseChunkCount: (r) => r.phases && (r.phases.chunks?.count ?? 0),
  frameP50: (r) => r.frames?.p50,
  frameP95: (r) => r.frames?.p95,
  frameMax: (r) => r.frames?.max,
  over50: (r) => r.frames?.over50,
  frameCount: (r) => r.frames?.count,
  gestureMs: (r) => r.frames?.totalMs,
};

/** Summary of one (library, N): medians and ranges over the runs that finished. */
export function summarize(entry) {
  const ok = entry.runs.filter((r) => r.ok);
  const s = { finished: ok.length, runs: entry.runs.length, dnf: entry.runs.length - ok.length };
  s.failures = [...new Set(entry.runs.filter((r) => !r.ok).map((r) => r.reason))];
  for (const [k, f] of Object.entries(METRICS)) s[k] = spread(ok.map((r) => f(r, entry.n)));
  const withFrames = ok.filter((r) => r.frames);
  s.framesFinished = withFrames.length;
  s.framesFailures = [...new Set(ok.filter((r) => !r.frames).map((r) => r.framesReason))];
  s.over50Max = withFrames.length ? Math.max(...withFrames.map((r) => r.frames.over50)) : null;
  s.viewChanged = withFrames.length ? withFrames.every((r) => r.viewChanged) : null;
  return s;
}

const med = (s, k) => s?.[k]?.median ?? null;

/** Medians of the phone profile per build ({ today, base, page }: `page` is the page alone, null when not measured), or null when it did not run. */
export function phoneSummary(raw) {
  const runs = raw.phone?.runs ?? [];
  if (!runs.some((r) => r.ok)) return null;
  const of = (build) => {
    const ok = runs.filter((r) => r.ok && r.build === build);
    const s = { finished: ok.length, runs: runs.filter((r) => r.build === build).length };
    for (const k of ['mainThreadMs', 'longestTaskMs', 'mainThreadCpuMs', 'longestTaskCpuMs', 'renderedMs', 'tasksOver50'])
      s[k] = spread(ok.map((r) => r[k]));
    for (const k of ['script', 'style', 'layout', 'paint', 'html', 'gc', 'other']) s[k] = spread(ok.map((r) => r.kinds?.[k]));
    s.elements = spread(ok.map((r) => r.shown?.elements));
    return s;
  };
  const page = of('page');
  return { today: of('today'), base: of('0.1.0'), page: page.finished ? page : null };
}

/** Ratios and target checks, from the summaries. */
export function analyze(raw) {
  const entries = raw.results.map((e) => ({ ...e, summary: summarize(e) }));
  const find = (lib, n) => entries.find((e) => e.lib === lib && e.n === n);
  const sizes = [...new Set(entries.map((e) => e.n))].sort((a, b) => a - b);
  const peers = [...new Set(entries.map((e) => e.lib))].filter((l) => l !== CHRONOLINE);

  const ratios = [];
  for (const n of sizes) {
    const c = find(CHRONOLINE, n)?.summary;
    for (const peer of peers) {
      const p = find(peer, n)?.summary;
      if (!c || !p) continue;
      const r = (k) => {
        const a = med(c, k),
          b = med(p, k);
        return a !== null && b !== null && b !== 0 ? a / b : null;
      };
      ratios.push({ n, peer, render: r('renderMs'), heapPerEvent: r('heapPerEvent'), frameP95: r('frameP95'), load: r('loadMs') });
    }
  }

  const targets = [];
  const add = (name, pass, detail) => targets.push({ name, status: pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL', detail });
  /** A chronoline render that drew no event marks does not count as a render. */
  const blank = (s) => s && med(s, 'marks') === 0;
  const tc = (n) => find('timelines-chart', n)?.summary;
  for (const n of [30, 300]) {
    const c = find(CHRONOLINE, n)?.summary;
    for (const [k, what] of [
      ['readyMs', 'ready'],
      ['taskMs', 'main-thread time'],
    ]) {
      const name = `${fmtN(n)} events: ${what} ≤ timelines-chart's`;
      if (!c || !tc(n)) {
        add(name, null, 'not measured');
        continue;
      }
      const a = med(c, k),
        b = med(tc(n), k);
      add(name, a === null || blank(c) ? false : b === null ? null : a <= b, `${fmtMs(a)} vs ${fmtMs(b)} (${ratio(a / b)})`);
    }
  }
  const phone = phoneSummary(raw);
  if (phone) {
    for (const [k, cpu, what] of [
      ['mainThreadMs', 'mainThreadCpuMs', 'total main-thread time'],
      ['longestTaskMs', 'longestTaskCpuMs', 'longest task'],
    ]) {
      const a = phone.today[k]?.median ?? null,
        b = phone.base[k]?.median ?? null;
      const ac = phone.today[cpu]?.median ?? null,
        bc = phone.base[cpu]?.median ?? null;
      // The page alone (no library) is in both totals: what each build adds to it, beside the target's ratio.
      const f = k === 'mainThreadMs' ? (phone.page?.[k]?.median ?? null) : null;
      const above =
        f === null || a === null || b === null
          ? ''
          : `; the page alone ${fmtMs(f)}, so each build adds ${fmtMs(a - f)} vs ${fmtMs(b - f)} (${ratio((a - f) / (b - f))}); ½ of 0.1.0's total leaves ${fmtMs(b / 2 - f)} above the page`;
      add(
        `Phone profile: ${what} ≤ ½ of 0.1.0's`,
        a === null ? false : b === null ? null : a <= b / 2,
        `${fmtMs(a)} vs ${fmtMs(b)} (${ratio(a / b)}); thread CPU time ${fmtMs(ac)} vs ${fmtMs(bc)} (${ratio(ac / bc)})${above}`,
      );
    }
  } else {
    add("Phone profile: total main-thread time ≤ ½ of 0.1.0's", null, 'not measured');
    add("Phone profile: longest task ≤ ½ of 0.1.0's", null, 'not measured');
  }
  const c10 = find(CHRONOLINE, 10000)?.summary;
  const tc10 = tc(10000);
  if (c10 && tc10) {
    const a = med(c10, 'renderMs'),
      b = med(tc10, 'renderMs');
    add(
      "10k events: render ≤ ¼ of timelines-chart's",
      a === null || blank(c10) ? false : b === null ? null : a <= b / 4,
      `${fmtMs(a)} vs ${fmtMs(b)} (${ratio(a / b)}; ¼ = ${fmtMs(b === null ? null : b / 4)})${blank(c10) ? ', but chronoline drew no event marks' : ''}`,
    );
  } else add("10k events: render ≤ ¼ of timelines-chart's", null, 'not measured');
  if (c10) {
    const p95 = med(c10, 'frameP95');
    const idle = raw.idle?.p95 ?? 16.7;
    // A frame lasts a whole number of display intervals (the idle page's p50); the
    // timestamps around it jitter by a tenth of a millisecond, so the p95s compare in intervals.
    const interval = raw.idle?.p50 ?? 16.7;
    const frames = (ms) => Math.max(1, Math.round(ms / interval));
    add(
      "10k events: zoom/pan p95 ≤ the idle page's p95, no frame over 50 ms",
      p95 === null || blank(c10) || !c10.viewChanged ? false : frames(p95) <= frames(idle) && c10.over50Max === 0,
      p95 === null
        ? `the gesture did not finish (${c10.framesFailures.join('; ') || c10.failures.join('; ')})`
        : `p95 ${fmtMs(p95)} (idle page ${fmtMs(idle)}; ${frames(p95)} vs ${frames(idle)} display intervals of ${fmtMs(interval)}), ${c10.over50Max} frames over 50 ms (worst run)${c10.viewChanged ? '' : ', but the view did not move'}${blank(c10) ? ', from a first view with no event marks' : ''}`,
    );
  } else add("10k events: zoom/pan p95 ≤ the idle page's p95, no frame over 50 ms", null, 'not measured');
  const c100 = find(CHRONOLINE, 100000)?.summary;
  if (c100) {
    const a = med(c100, 'renderMs'),
      b = med(c10, 'renderMs');
    add(
      '100k events: render ≤ 4× our 10k render (every run finishes)',
      a === null || blank(c100) || c100.dnf ? false : b === null ? null : a <= 4 * b,
      `${fmtMs(a)} vs 10k ${fmtMs(b)} (${ratio(a / b)}); ${c100.finished}/${c100.runs} runs finished${blank(c100) ? ', but no event marks were drawn' : ''}`,
    );
    const p95 = med(c100, 'frameP95');
    add(
      '100k events: zoom/pan p95 within two frames (≤ 33.4 ms)',
      p95 === null || blank(c100) || !c100.viewChanged ? false : p95 <= 33.4,
      p95 === null
        ? `the gesture did not finish (${c100.framesFailures.join('; ') || c100.failures.join('; ')})`
        : `p95 ${fmtMs(p95)}${c100.viewChanged ? '' : ', but the view did not move'}${blank(c100) ? ', but from a first view with no event marks' : ''}`,
    );
  } else {
    add('100k events: render ≤ 4× our 10k render (every run finishes)', null, 'not measured');
    add('100k events: zoom/pan p95 within two frames (≤ 33.4 ms)', null, 'not measured');
  }
  const ssrTarget =
    "Server rendering: the June chronology's HTML ≤ 60 % of its rendering with the chart's markup (issue 17's 353 KB, same content)";
  if (raw.ssr?.full) {
    const { total, baselineBytes, json, dataBytes, full } = raw.ssr;
    add(
      ssrTarget,
      total <= 0.6 * full.total,
      `${num(total / 1024, 1)} KB vs ${num(full.total / 1024, 1)} KB with the chart's markup (${Math.round((total / full.total) * 100)} %); the inline JSON is ${num(json / 1024, 1)} KB in both (the data alone ${num(dataBytes / 1024, 1)} KB). Against the 353 KB of issue 17 (data of 176 KB then): ${Math.round((total / baselineBytes) * 100)} %`,
    );
  } else if (raw.ssr) {
    const { total, baselineBytes, json, dataBytes } = raw.ssr;
    add(
      "Server rendering: the June chronology's HTML ≤ 60 % of 353 KB",
      total <= 0.6 * baselineBytes,
      `${num(total / 1024, 1)} KB (${Math.round((total / baselineBytes) * 100)} %; 60 % = ${num((0.6 * baselineBytes) / 1024, 1)} KB), of which the inline JSON ${num(json / 1024, 1)} KB (the data alone is ${num(dataBytes / 1024, 1)} KB)`,
    );
  } else add(ssrTarget, null, 'not measured');
  const lib = raw.libraries?.chronoline;
  if (lib?.gzipBytes)
    add('The CDN entry ≤ 40 KB min+gzip', lib.gzipBytes <= 40960, `${num(lib.gzipBytes)} B (${num(lib.gzipBytes / 1024, 1)} KB)`);
  const floor = (raw.floor ?? []).map((f) => ({
    n: f.n,
    renderMs: spread(f.runs.map((r) => r.renderMs)),
    readyMs: spread(f.runs.map((r) => r.readyMs)),
  }));
  for (const n of sizes.filter((x) => x >= 3000)) {
    const c = find(CHRONOLINE, n)?.summary,
      t = find('timelines-chart', n)?.summary;
    if (!c || !t) continue;
    const a = med(c, 'heapPerEvent'),
      b = med(t, 'heapPerEvent');
    add(
      `${fmtN(n)} events: heap per event ≤ timelines-chart's`,
      a === null ? false : b === null ? null : a <= b,
      `${fmtBytes(a)} vs ${fmtBytes(b)}`,
    );
  }
  // Things a reader of the tables should not miss, found in the data.
  const observations = [];
  for (const e of entries) {
    const s = e.summary;
    if (blank(s))
      observations.push(
        `${e.lib} drew no event marks at ${fmtN(e.n)} events (the first, full view): its render time and zoom/pan figures there are those of an empty chart.`,
      );
    if (s.finished === 0) observations.push(`${e.lib} did not finish its render at ${fmtN(e.n)} events in any run.`);
    else if (s.framesFinished === 0) observations.push(`${e.lib}'s zoom/pan gesture did not finish at ${fmtN(e.n)} events in any run.`);
  }
  for (const e of entries) {
    const errs = e.runs.filter((r) => r.pageErrors?.length);
    if (errs.length) {
      const msgs = [...new Set(errs.flatMap((r) => r.pageErrors))]
        .slice(0, 2)
        .map((m) => `"${m}"`)
        .join(', ');
      observations.push(
        `${e.lib} at ${fmtN(e.n)}: uncaught page errors in ${errs.length} of ${e.runs.length} runs (${msgs}); the runs still finished.`,
      );
    }
  }
  if (raw.machine?.loadavgStart?.[0] > (raw.machine?.cores ?? 1)) {
    observations.push(
      `The machine was busy (load average ${raw.machine.loadavgStart[0].toFixed(1)} at the start on ${raw.machine.cores} cores): other processes competed for the CPU, so expect noise.`,
    );
  }
  if (raw.idle?.p95 > 17)
    observations.push(`Even the idle page had a p95 frame of ${fmtMs(raw.idle.p95)}: the frame-time figures carry background noise.`);
  observations.push(...(raw.notes ?? []));
  return { entries, sizes, peers, ratios, targets, observations, floor, phone };
}

// ------------------------------------------------------------------ formatting

export const fmtN = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
export function fmtMs(v) {
  if (v === null || v === undefined) return '–';
  return v >= 100 ? `${Math.round(v).toLocaleString('en-US')} ms` : `${v.toFixed(1)} ms`;
}
const num = (v, d = 0) =>
  v === null || v === undefined ? '–' : v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const fmtBytes = (v) => (v === null || v === undefined ? '–' : `${num(v)} B`);
const msNum = (v) => (v === null || v === undefined ? '–' : v >= 100 ? num(v) : num(v, 1));
/** "123 (110–140)" from a spread, with a number formatter. */
function mr(s, f = msNum) {
  if (!s) return '–';
  const [a, b] = [f(s.min), f(s.max)];
  return s.n > 1 && a !== b ? `${f(s.median)} (${a}–${b})` : f(s.median);
}
const ratio = (v) =>
  v === null || v === undefined ? '–' : v >= 10 ? `${v.toFixed(0)}×` : v >= 1 ? `${v.toFixed(1)}×` : `${v.toFixed(2)}×`;

/** Marks at the first painted frame, and later (when the library removed some: vis-timeline culls items it scrolled out of view). */
function marksCell(s) {
  const a = med(s, 'marks'),
    b = med(s, 'marksLater');
  if (a === null) return '–';
  if (a === 0) return '0 (nothing drawn)';
  return b !== null && b !== a ? `${num(a)} → ${num(b)}` : num(a);
}

function status(s) {
  if (!s.finished) return `DNF ${s.dnf}/${s.runs}`;
  return s.dnf ? `${s.finished}/${s.runs} (${s.dnf} DNF)` : `${s.finished}`;
}

/** The tables as arrays of rows (header first). */
export function tables(a) {
  const render = [['N', 'library', 'runs', 'render ms', 'ready ms', 'load ms', 'heap MB', 'Δheap B/event', 'DOM elements', 'marks']];
  const breakdown = [['N', 'library', 'main thread ms', 'longest task ms', 'JS and other ms', 'style ms', 'layout ms']];
  const frames = [['N', 'library', 'runs', 'frames', 'p50 ms', 'p95 ms', 'max ms', '> 50 ms', 'gesture ms', 'view moved']];
  for (const e of a.entries) {
    const s = e.summary;
    const n = fmtN(e.n);
    render.push([
      n,
      e.lib,
      status(s),
      mr(s.renderMs),
      mr(s.readyMs),
      mr(s.loadMs),
      mr(s.heapMB, (v) => num(v, 1)),
      mr(s.heapPerEvent, num),
      mr(s.elements, num),
      marksCell(s),
    ]);
    breakdown.push([n, e.lib, mr(s.taskMs), mr(s.longestTaskMs), mr(s.otherMs), mr(s.styleMs), mr(s.layoutMs)]);
    const fr =
      s.framesFinished === s.runs
        ? `${s.runs}`
        : s.framesFinished
          ? `${s.framesFinished}/${s.runs} (${s.runs - s.framesFinished} DNF)`
          : `DNF ${s.runs}/${s.runs}`;
    frames.push([
      n,
      e.lib,
      fr,
      mr(s.frameCount, num),
      mr(s.frameP50),
      mr(s.frameP95),
      mr(s.frameMax),
      s.over50Max === null ? '–' : `${num(med(s, 'over50'))} (worst ${s.over50Max})`,
      mr(s.gestureMs, num),
      s.viewChanged === null ? '–' : s.viewChanged ? 'yes' : 'no',
    ]);
  }
  const ratios = [['N', 'peer', 'render', 'heap / event', 'zoom/pan p95', 'load']];
  for (const r of a.ratios) ratios.push([fmtN(r.n), r.peer, ratio(r.render), ratio(r.heapPerEvent), ratio(r.frameP95), ratio(r.load)]);
  const targets = [['target', 'result', 'measured']];
  for (const t of a.targets) targets.push([t.name, t.status, t.detail]);
  const floor = [['N', 'runs', 'render ms', 'ready ms']];
  for (const f of a.floor) floor.push([fmtN(f.n), String(f.renderMs?.n ?? 0), mr(f.renderMs), mr(f.readyMs)]);
  const phases = [['N', 'parse ms', 'prepare ms', 'layout ms', 'of which text ms', 'Lit render ms (renders)', 'chunks ms (count)']];
  for (const e of a.entries.filter((x) => x.lib === CHRONOLINE && x.summary.phaseParse)) {
    const s = e.summary;
    phases.push([
      fmtN(e.n),
      mr(s.phaseParse),
      mr(s.phasePrepare),
      mr(s.phaseLayout),
      mr(s.phaseText),
      `${mr(s.phaseRender)} (${num(med(s, 'phaseRenders'))})`,
      `${mr(s.phaseChunks)} (${num(med(s, 'phaseChunkCount'))})`,
    ]);
  }
  const phone = [['build', 'runs', 'main thread ms', 'longest task ms', 'CPU ms', 'longest CPU ms', 'tasks > 50 ms', 'rendered at ms']];
  const ph = a.phone;
  const builds = ph
    ? [["today's build", ph.today], ['0.1.0', ph.base], ...(ph.page ? [['the page alone (no library)', ph.page]] : [])]
    : [];
  for (const [name, s] of builds)
    phone.push([
      name,
      String(s.finished),
      mr(s.mainThreadMs),
      mr(s.longestTaskMs),
      mr(s.mainThreadCpuMs),
      mr(s.longestTaskCpuMs),
      mr(s.tasksOver50, num),
      mr(s.renderedMs),
    ]);
  const phoneKinds = [['build', 'script ms', 'style ms', 'layout ms', 'paint ms', 'HTML parse ms', 'GC ms', 'other ms']];
  for (const [name, s] of builds)
    phoneKinds.push([name, ...['script', 'style', 'layout', 'paint', 'html', 'gc', 'other'].map((k) => mr(s[k]))]);
  return { render, breakdown, frames, ratios, targets, floor, phases, phone, phoneKinds };
}

function textTable(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  return [line(rows[0]), w.map((x) => '-'.repeat(x)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function mdTable(rows, leftCols = 2) {
  const esc = (c) => String(c).replace(/\|/g, '\\|');
  const head = `| ${rows[0].map(esc).join(' | ')} |`;
  const sep = `| ${rows[0].map((_, i) => (i < leftCols ? '---' : '---:')).join(' | ')} |`;
  return [head, sep, ...rows.slice(1).map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

/** One line on the server-rendered size. */
function ssrLine(x) {
  const kb = (v) => `${num(v / 1024, 1)} KB`;
  return `Server rendering (renderTimelineToString, June chronology, defaults): ${kb(x.total)} = inline JSON ${kb(x.json)} + styles ${kb(x.styles)} + Lit's hydration comments ${kb(x.comments)} + other markup ${kb(x.markup)}; ${Math.round((x.total / x.baselineBytes) * 100)} % of the 353 KB of issue 17 (the data alone: ${kb(x.dataBytes)})${
    x.full
      ? `. The same chronology with the chart's markup (\`chartMarkup: true\`: the chart's SVG, its shadow styles and Lit's hydration comments, as every chronology was rendered when issue 17 was filed): ${kb(x.full.total)} = inline JSON ${kb(x.full.json)} + styles ${kb(x.full.styles)} + comments ${kb(x.full.comments)} + other markup ${kb(x.full.markup)}; the default is ${Math.round((x.total / x.full.total) * 100)} % of it`
      : ''
  }`;
}

/** The readable report printed to stdout. */
export function formatText(raw) {
  const a = analyze(raw);
  const t = tables(a);
  const m = raw.machine;
  const out = [
    `chronoline bench: ${m.os}, ${m.cpu} × ${m.cores}, ${m.memoryGB} GB, ${m.chromium}, Node ${m.node}, ${raw.date}`,
    `medians (min–max) over the runs that finished; render = data set → first frame with the chart painted`,
    '',
    'Render, load, memory, DOM',
    textTable(t.render),
    '',
    ...(a.floor.length
      ? ['Render floor: a page that only appends one SVG rect per event (no library), timed the same way', textTable(t.floor), '']
      : []),
    'Where the render time goes (renderer main thread, CDP Performance.getMetrics: all tasks = JS and other + style + layout)',
    textTable(t.breakdown),
    '',
    ...(t.phases.length > 1
      ? ["chronoline's phases (timed by the bench page around the element's parts, data set → painted frame)", textTable(t.phases), '']
      : []),
    ...(a.phone
      ? [
          "Phone profile: the June chronology in an article page, 390 × 844, CPU 4× slower; today's build vs 0.1.0",
          textTable(t.phone),
          textTable(t.phoneKinds),
          '',
        ]
      : []),
    ...(raw.ssr ? [ssrLine(raw.ssr), ''] : []),
    `Frame times during the scripted wheel-zoom and drag-pan (idle page: p50 ${fmtMs(raw.idle?.p50)}, p95 ${fmtMs(raw.idle?.p95)})`,
    textTable(t.frames),
    '',
    'chronoline ÷ peer (medians; below 1× means chronoline is faster / smaller)',
    textTable(t.ratios),
    '',
    'Targets (measured, not asserted)',
    textTable(t.targets),
    ...(a.observations.length ? ['', 'Notes', ...a.observations.map((o) => `- ${o}`)] : []),
  ];
  return out.join('\n');
}

/** docs/benchmarks.md. */
export function formatMarkdown(raw) {
  const a = analyze(raw);
  const t = tables(a);
  const m = raw.machine;
  const libs = raw.libraries;
  const cfg = raw.config;
  const plural = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const runsLine = `${plural(cfg.runs, 'run')} per library for N ≤ 10,000 and ${cfg.runsLarge} for larger N`;
  const failures = a.entries
    .filter((e) => e.summary.failures.length || e.summary.framesFailures.length)
    .map(
      (e) =>
        `- ${e.lib} at ${fmtN(e.n)}: ${[...e.summary.failures.map((f) => `render ${f}`), ...e.summary.framesFailures.map((f) => `zoom/pan ${f}`)].join('; ')}`,
    );
  return `<!-- Generated by bench/report.mjs from bench/results/latest.json: do not edit by hand. Refresh with \`npm run bench\` (or \`node bench/report.mjs\`). -->

# Benchmarks

How \`<event-timeline>\` compares with two other timeline libraries,
[vis-timeline](https://visjs.github.io/vis-timeline/) ${libs['vis-timeline']?.version ?? ''} and
[timelines-chart](https://github.com/vasturiano/timelines-chart) ${libs['timelines-chart']?.version ?? ''},
drawing the same synthetic chronologies of 30 to 100,000 events in Chromium.

## Latest figures

Measured on ${raw.date.slice(0, 10)} (${raw.date}) on this machine:

| | |
| --- | --- |
| OS | ${m.os} |
| CPU | ${m.cpu}, ${m.cores} cores |
| memory | ${m.memoryGB} GB |
| browser | ${m.chromium} (headless, playwright-core ${m.playwright}) |
| Node | ${m.node} |
| load average at start / end | ${m.loadavgStart?.map((x) => x.toFixed(2)).join(', ') ?? '–'} / ${m.loadavgEnd?.map((x) => x.toFixed(2)).join(', ') ?? '–'} |
| chronoline | ${libs.chronoline?.version ?? ''}, \`dist/cdn/chronoline.min.js\` ${num((libs.chronoline?.bytes ?? 0) / 1024, 1)} KB (${num((libs.chronoline?.gzipBytes ?? 0) / 1024, 1)} KB gzip), built ${libs.chronoline?.builtAt ?? '?'}, sha256 ${libs.chronoline?.sha256 ?? '?'}… |
| runs | ${runsLine}; time-out ${cfg.timeoutS} s per run; seed ${cfg.seed} |

Each cell is the median over the runs that finished, with the range
(min–max) in brackets. "DNF" is a run that did not finish within the time-out
(or failed); it is left out of the medians. This is a small shared machine:
other processes may have been running, so treat differences under ~20 % as
noise.

### Render, load, memory, DOM

${mdTable(t.render)}

${
  a.floor.length
    ? `### The render floor

A page with no library that appends one SVG \`<rect>\` per event in one
synchronous loop, timed by the same harness: what is left is the wait for
the painted frame (up to one frame for the next vsync, then the frame
itself), which every library's render time includes.

${mdTable(t.floor, 1)}

`
    : ''
}### Where the render time goes

Renderer main-thread time during the render (from the data call to the
painted frame), from Chromium's \`Performance.getMetrics\`: all tasks
(\`TaskDuration\`), of which style recalculation (\`RecalcStyleDuration\`) and
layout (\`LayoutDuration\`); "JS and other" is the rest (JavaScript, including
microtasks, which \`ScriptDuration\` leaves out, plus paint and the harness's
own small share). The longest task is the longest of the page's main-thread
tasks in that time, from a Chromium trace of the \`toplevel\` category alone.

${mdTable(t.breakdown)}
${
  t.phases.length > 1
    ? `
### chronoline's phases

Inside the render, timed by the bench page around the element's own parts
(bench/pages/chronoline.mjs, \`instrument\`: no code for it in the library):
parsing and validation, preparing (lanes, spans), the layout (of which
measuring label text), Lit's render of the element (every update between the
data call and the painted frame: their number in brackets), and the
on-demand chunks fetched in that time (fetch time, from Resource Timing).

${mdTable(t.phases, 1)}
`
    : ''
}${
    a.phone
      ? `
### The phone profile

The June chronology (80 events, inline JSON) in an article page, 390 × 844
CSS px, device scale 3, touch, the CPU slowed 4× (CDP
\`Emulation.setCPUThrottlingRate\`), from the navigation to 2 s after the
element's \`rendered\` event; ${a.phone.today.runs} loads per build, in turn,
today's build, the 0.1.0 bundle (bench/baseline/0.1.0) and the page alone
(the same HTML and inline JSON, no library: the floor both builds include,
its "rendered" the page's load event). From a Chromium
trace: the main thread's top-level tasks, their total and the longest, in
wall-clock time, and in the thread's own CPU time (not counting the time the
thread waited for a CPU: on a busy machine, the steadier figure).

${mdTable(t.phone, 1)}

Where the wall-clock time went (self time of the trace events by kind;
"other" is task time outside them):

${mdTable(t.phoneKinds, 1)}
`
      : ''
  }${raw.ssr ? `\n### Server rendering\n\n${ssrLine(raw.ssr)}.\n` : ''}
### Zoom and pan: frame times

An idle page with the same scripted gesture gives p50 ${fmtMs(raw.idle?.p50)},
p95 ${fmtMs(raw.idle?.p95)}, max ${fmtMs(raw.idle?.max)} (${raw.idle?.count ?? '–'} frames): the floor on this machine.

${mdTable(t.frames)}

### chronoline ÷ peer

Ratios of the medians: below 1× chronoline is faster or smaller.

${mdTable(t.ratios)}

### Targets

Measured, never asserted in tests.

${mdTable(t.targets, 3)}
${failures.length ? `\nRuns that did not finish:\n\n${failures.join('\n')}\n` : ''}${a.observations.length ? `\n### Notes\n\n${a.observations.map((o) => `- ${o}`).join('\n')}\n` : ''}
## How to run

\`\`\`sh
npm run build                   # the bench measures dist/ (it stops if dist/cdn/chronoline.min.js is missing)
npm run bench                   # full run: N = 30, 300, 3,000, 10,000, 100,000 (takes a while)
npm run bench -- --quick        # N = 30 and 3,000, 2 runs each: a couple of minutes
npm run bench -- --sizes 30,10000 --runs 3 --libs chronoline,timelines-chart --out /tmp/r.json
node bench/report.mjs           # rewrite this page from bench/results/latest.json
node bench/check-generator.mjs  # the generated data sets parse with zero problems (after npm run build)
\`\`\`

Flags: \`--sizes\` (comma-separated N), \`--runs\` (runs per library for N ≤ 10,000,
default 5), \`--runs-large\` (for N > 10,000, default 3), \`--libs\`
(\`chronoline,vis-timeline,timelines-chart\`), \`--timeout\` (seconds per run,
default 120), \`--seed\` (default 1), \`--phone-runs\` (loads of the phone
profile per build, default 3, 1 with \`--quick\`; 0 skips it), \`--quick\`,
\`--out\` (JSON path), \`--no-docs\`. A full run writes \`bench/results/latest.json\` and this page; \`--quick\`
writes \`bench/results/quick.json\` (not committed) and leaves this page alone.

The bench measures the build in \`dist/\`: it stops and says so if
\`dist/cdn/chronoline.min.js\` is missing, warns if \`src/\` is newer than it, and
reads the bundle once at the start, so that a rebuild during a run does not
mix two versions in one set of figures.

The bench uses the system Chrome/Chromium (found like the browser tests, by
\`tests/find-chrome.mjs\`: \`CHROME_PATH\` first) through playwright-core, and
serves the pages from a small Node server on 127.0.0.1 (ephemeral port, closed
at the end). Everything is local: \`dist/cdn/chronoline.min.js\`, vis-timeline's
standalone UMD build and CSS, timelines-chart's UMD build, and the generator.

## Hostile and huge inputs (\`npm run bench:inputs\`)

A separate, Node-only bench (no build, no browser: it bundles \`src/\` with
esbuild on the fly) prints the time **per item** of the importers and the
parser on the hostile inputs of issue 21 (\`bench/hostile.mjs\`, shared with
\`tests/unit/hostile-inputs.test.ts\`) at 1k, 10k and 100k items, so growth is
visible: a linear reader keeps its µs/item about flat, a quadratic one
multiplies it by 10 at each step. Cases: CSV rows (both layouts) and
TimelineJS slides with one title, eras over every event, JSON nested n deep,
\`'<div>'\` and \`'<p>x</p>'\` × n in a TimelineJS text, the tokenizer on
\`'<'\` × n, the parser on shared ids and on n actors/topics/sources per event,
and the sniff of an \`a,a,…\` body.

\`\`\`sh
npm run bench:inputs                          # 1k, 10k, 100k
npm run bench:inputs -- --sizes 1000,20000    # other sizes
npm run bench:inputs -- --only eras,csv       # some cases
npm run bench:inputs -- --src ../other/src    # another checkout (before/after)
\`\`\`

A case that took longer than \`--budget\` seconds (default 20) at one size is
not run at the larger ones. The limits that bound the inputs are in
\`src/schema/limits.ts\` (\`LIMITS\`).

${hugeSrcSection()}
## What is measured

**Data.** \`bench/generate.mjs\` (\`generateChronology(n, seed)\`, mulberry32 PRNG,
no dependencies) builds a valid chronology: 12 actors (skewed activity), 6
topics with colours, \`n\` events with 1–3 actors and 1–2 topics each; about 20 %
ranges (date-times of 1 hour to 2 days, or 1–3 whole days), 40 % instants
(\`2025-06-01T10:00:00+00:00\`), 40 % calendar days; the span grows with N from
30 days (N = 30) to 365 days (N = 100,000). Each page generates it in the
browser (same seed, same data) and converts it to the library's own format
before anything is timed:

- **chronoline**: \`<event-timeline>\` 1,200 px wide, default options (lanes by
  actor, at most 8 lanes; an event with several actors is drawn in each of
  their lanes), given the chronology object as is (\`el.data = chronology\`,
  so chronoline's validation is part of its render time).
- **vis-timeline**: \`new vis.Timeline(container, items, groups, options)\`,
  1,200 × 700 px, default options (stacking on); one item per event, in the
  group of its first actor, \`range\` with an end, \`point\` without; the 12
  actors as groups. The plain item array is passed (vis builds its DataSet
  inside the timed call).
- **timelines-chart**: groups = first actor, lines = first topic, one segment per
  event (\`timeRange [start, end]\`; instants and days get a one-minute range),
  1,200 px wide, at most 700 px high, UTC, \`enableAnimations(false)\` so that the
  first frame shows the final drawing.

Every run uses a fresh browser context (cold cache, new renderer), viewport
1,280 × 1,000, time zone UTC.

**Render time**: from the call that hands the data to the library
(\`el.data = …\`, \`new vis.Timeline(…)\`, \`new TimelinesChart(el)…data(…)\`) to
the second \`requestAnimationFrame\` after the library's DOM is ready, i.e.
until the first frame showing the chart has been produced (style, layout and
paint included). "Ready" is when the library's DOM is built: chronoline's
\`rendered\` event (fired after the first full render of new data); for the
peers, the first moment their marks (\`.vis-item\`, \`rect.series-segment\`) are in
the DOM after the call (checked right after the call returns, then with a
MutationObserver, whose callback runs at the end of the task that added them).
The element or container is in the page and sized before the data arrives.

**Load time**: from navigation start (\`performance.timeOrigin\`) to a
\`performance.now()\` marker in the script right after the library's script (a
\`<script type="module">\` after chronoline's module bundle; a classic
\`<script>\` after the peers' UMD builds, after vis-timeline's stylesheet), i.e.
the library downloaded (from loopback), parsed and evaluated, its elements or
globals defined.

**Heap**: JS heap in use after a forced garbage collection (CDP
\`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\`). "heap MB" is the
whole page after the render; "Δheap / event" is the growth from just before
the render (data generated and converted, container mounted) to just after
it, divided by N: what the library keeps per event, on top of the input it
was given.

**DOM elements**: every element in the document, including those inside open
shadow roots (chronoline's are in shadow DOM), counted just after the heap
measurement (about a second after the render). "marks" is the number of event
marks at the first painted frame: \`[part~=event]\` and \`[part~=cluster]\` in
chronoline's shadow root, the items' own elements (\`.vis-point\`, \`.vis-range\`)
in vis-timeline, \`rect.series-segment\` in timelines-chart; "a → b" when the
count had changed by the DOM count (vis-timeline removes the items its 700 px
viewport has scrolled out of view in a second pass). A render with no marks at
all is shown as "nothing drawn" and fails the targets that need a render.

**Frame times**: with the mouse over the centre of the plot area, ${cfg.gesture.wheelSteps}
wheel steps of ${cfg.gesture.wheelDelta} px towards zoom in, a drag of ${cfg.gesture.dragSteps} moves of ${cfg.gesture.dragPx} px to
the left (mouse down, move, up), then ${cfg.gesture.wheelSteps} wheel steps back out, each input
followed by one animation frame. A \`requestAnimationFrame\` loop in the page records
the time between consecutive frames from just before the first input to two
frames after the last; we report its p50, p95, maximum and the number of
frames longer than 50 ms (the "worst" count is the worst run). At 60 Hz an
unhurried frame is 16.7 ms. The libraries do different things with the same
gesture: chronoline (d3-zoom) zooms on the wheel and pans on drag; vis-timeline
zooms on the wheel and pans on drag; timelines-chart does nothing on the wheel
and turns a drag into a zoom-to-selection on mouse up. "view moved" says
whether, in every run, the visible range had changed after the wheel-in or at
the end.

**Time-outs.** A run has two phases, each with its own time-out of
${cfg.timeoutS} s: (1) load, render, heap and DOM count; (2) the gesture. A run
whose first phase does not finish is "DNF" and has no figures; one whose
gesture does not finish keeps its render figures, and its frame times are
DNF. After two time-outs of the same phase for a library at one N, the
remaining runs of that phase are skipped (and counted as DNF).

**Ratios and targets** use the medians. Heap per event is compared at
N ≥ 3,000, where fixed costs no longer dominate.
`;
}

/**
 * "A huge src": the figures of \`node bench/huge-src.mjs --save LABEL\`
 * (bench/results/huge-src.json), when there are some: medians per label.
 */
export function hugeSrcSection(file = resolve(ROOT, 'bench/results/huge-src.json')) {
  let saved;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return '';
  }
  const rows = [
    ['build', 'runs', 'longest task ms', 'longest CPU ms', 'next longest ms', 'tasks > 50 ms', 'heartbeat gap ms', 'rendered at ms'],
  ];
  let events = 0;
  let mb = 0;
  for (const [label, { results }] of Object.entries(saved.runs ?? {})) {
    const ok = results.filter((r) => !r.error);
    if (!ok.length) continue;
    events = ok[0].events;
    mb = ok[0].bodyMB;
    const med = (k) => msNum(median(ok.map((r) => r[k])));
    rows.push([
      label,
      String(ok.length),
      med('longestTaskMs'),
      med('longestTaskCpuMs'),
      msNum(median(ok.map((r) => r.next[0] ?? 0))),
      String(median(ok.map((r) => r.tasksOver50))),
      med('heartbeatGapMs'),
      med('renderedMs'),
    ]);
  }
  if (rows.length < 2) return '';
  const when = Object.values(saved.runs).map((r) => r.measured.slice(0, 10));
  const avgs = Object.values(saved.runs).map((r) => r.loadavg[0]);
  const loads = Math.min(...avgs) === Math.max(...avgs) ? `about ${avgs[0]}` : `${Math.min(...avgs)}–${Math.max(...avgs)} from run to run`;
  return `### A huge \`src\`: the longest main-thread task (\`node bench/huge-src.mjs\`)

An \`<event-timeline src>\` of ${events.toLocaleString('en')} generated events (${mb} MB of JSON), CDN build,
from the navigation until 1 s after \`rendered\`, traced like the phone profile: the page's longest top-level task in
wall-clock time and in the thread's own CPU time (the steadier figure on a busy machine), the next longest, and the
longest gap of a \`setTimeout(0)\` heartbeat in the page (what input would have waited for at worst). Medians; measured
${[...new Set(when)].join(', ')} with other work on the machine (load average ${loads} on 2 cores:
wall-clock figures are several times the CPU ones). The body is parsed in a worker (\`src/load/off-thread.ts\`; "no Worker" is
the fallback on the main thread), the summary counted in slices, and the chart prepared in slices (\`src/layout/prepare-slices.ts\`:
the spans and their order, the lanes, the per-lane index, a task each). The second row is the build before that last step,
where the chart's preparation (about 200 ms of CPU at this size), its layout and its render were one task.

${mdTable(rows, 1)}
`;
}

// ------------------------------------------------------------------ CLI

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('usage: node bench/report.mjs [results.json] [out.md] [--stdout]');
    return;
  }
  const files = args.filter((a) => !a.startsWith('--'));
  const input = resolve(files[0] ?? resolve(ROOT, 'bench/results/latest.json'));
  const raw = JSON.parse(readFileSync(input, 'utf8'));
  if (args.includes('--stdout')) {
    console.log(formatText(raw));
    return;
  }
  const out = resolve(files[1] ?? resolve(ROOT, 'docs/benchmarks.md'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, formatMarkdown(raw));
  console.log(`wrote ${relative(process.cwd(), out) || out} from ${relative(process.cwd(), input) || input}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
