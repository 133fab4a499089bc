// The in-page half of the benchmark, shared by every library's page. A page
// loads its library, records `window.__libReady = performance.now()` right
// after it (the load-time marker), then imports this module and calls
// `install(adapter)`. bench/run.mjs drives the result through `window.bench`.
//
// An adapter is { name, mount(host), prepare(chronology), render(data) → Promise
// (resolves when the library's DOM is built: "ready"), marks() → number of event
// marks in the DOM, plotRect() → DOMRect of the plot area, view() → a string
// describing the visible time range }.
import { generateChronology } from '../generate.mjs';

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once `count()` is above zero: at once if it already is, else at the
 * first DOM mutation under `root` after which it is (a MutationObserver
 * callback runs as a microtask at the end of the task that changed the DOM).
 */
export function whenMarks(root, count) {
  if (count() > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const mo = new MutationObserver(() => {
      if (count() > 0) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(root, { childList: true, subtree: true });
  });
}

/** Elements in the document, including those inside open shadow roots. */
export function countElements() {
  let elements = 0;
  let shadowRoots = 0;
  const walk = (root) => {
    const all = root.querySelectorAll('*');
    elements += all.length;
    for (const el of all) {
      if (el.shadowRoot) {
        shadowRoots++;
        walk(el.shadowRoot);
      }
    }
  };
  walk(document);
  return { elements, shadowRoots, light: document.getElementsByTagName('*').length };
}

/**
 * The phases recorded between t0 and t1 (the
 * `performance.measure('chronoline:…')` entries that chronoline's page
 * records around the element's parts: chronoline.mjs): total ms and count per
 * phase; and the on-demand chunks fetched in that time (`chunks`: count,
 * total fetch ms).
 */
export function phases(t0, t1) {
  const out = {};
  for (const e of performance.getEntriesByType('measure')) {
    if (!e.name.startsWith('chronoline:') || e.startTime < t0 || e.startTime > t1) continue;
    const k = e.name.slice('chronoline:'.length);
    out[k] ??= { ms: 0, count: 0 };
    out[k].ms += e.duration;
    out[k].count++;
  }
  const chunks = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.includes('/chunks/') && e.startTime >= t0 && e.startTime <= t1);
  if (chunks.length) out.chunks = { ms: chunks.reduce((t, e) => t + e.duration, 0), count: chunks.length };
  return out;
}

export function install(adapter) {
  let chronology = null;
  let data = null;
  let frames = null;
  const host = document.getElementById('host');

  window.bench = {
    name: adapter.name,
    info: () => ({ libReady: window.__libReady ?? null, libOk: !!window.__libOk, userAgent: navigator.userAgent }),
    frame,
    /** Generates the chronology in the page and converts it to the library's input (not timed as render). */
    async setup(n, seed) {
      const t0 = performance.now();
      chronology = generateChronology(n, seed);
      const t1 = performance.now();
      data = adapter.prepare(chronology);
      const t2 = performance.now();
      await adapter.mount(host);
      for (let i = 0; i < 3; i++) await frame();
      return { generateMs: t1 - t0, prepareMs: t2 - t1 };
    },
    /**
     * Render time: from the call that hands the data to the library to the
     * second animation frame after the library's DOM is ready, i.e. once the
     * first frame showing the chart has been produced.
     */
    render() {
      // Start in a task of the page's own (not inside the CDP evaluation that
      // called us), so that Chromium's ScriptDuration metric counts the work.
      return new Promise((resolve, reject) => {
        setTimeout(async () => {
          try {
            const t0 = performance.now();
            await adapter.render(data);
            const ready = performance.now();
            await frame();
            await frame();
            const painted = performance.now();
            resolve({ readyMs: ready - t0, renderMs: painted - t0, marks: adapter.marks(), phases: phases(t0, painted) });
          } catch (e) {
            reject(e);
          }
        }, 0);
      });
    },
    marks: () => adapter.marks(),
    countElements,
    plotRect() {
      const r = adapter.plotRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    },
    view: () => adapter.view(),
    /** Starts recording requestAnimationFrame timestamps. */
    startFrames() {
      frames = { stamps: [], on: true };
      const rec = frames;
      const loop = (t) => {
        if (!rec.on) return;
        rec.stamps.push(t);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    /** Stops recording; returns the frame durations (deltas between frames), in ms. */
    stopFrames() {
      if (!frames) return [];
      frames.on = false;
      const s = frames.stamps;
      const deltas = [];
      for (let i = 1; i < s.length; i++) deltas.push(s[i] - s[i - 1]);
      frames = null;
      return deltas;
    },
  };
  window.__benchInstalled = true;
}
