// chronoline adapter: an <event-timeline> 1200 px wide; `el.data = chronology`,
// ready at its `rendered` event (fired after the first full render of new data).
import { install } from './harness.mjs';

let el;

const mark = (name, start, end = performance.now()) => performance.measure(`chronoline:${name}`, { start, end });

/**
 * The phases of a render, timed from the page, with no code in the library:
 * the element's own parts, by the names they have in the build (rollup does
 * not mangle properties). Its LoadController (\`_data\`): from \`_ingest\` to
 * \`show\` is the parse ("parse-with-chunk" when the full parser's chunk
 * had to load first). Its TimelineModel (\`_model.update\`): the prepare,
 * then the layout from \`_measure.resolve\` on, of which the time in the
 * measure function (\`_measure.measure\`: "text"). Lit's \`update\` (render
 * and commit): "render". Each is a \`performance.measure('chronoline:…')\`
 * that the harness sums (harness.mjs \`phases\`). Returns false when the
 * element does not have these parts (the smoke test then fails: phases missing).
 */
function instrument(el) {
  const data = el._data;
  const model = el._model;
  const tm = model?._measure;
  if (!data?._ingest || !data.show || !model?.update || !tm?.resolve || typeof tm.measure !== 'function') return false;
  let parseStart = -1;
  let inIngest = false;
  const ingest = data._ingest;
  data._ingest = function (...args) {
    parseStart = performance.now();
    inIngest = true;
    try {
      return ingest.apply(this, args);
    } finally {
      inIngest = false;
    }
  };
  const show = data.show;
  data.show = function (...args) {
    if (parseStart >= 0) mark(inIngest ? 'parse' : 'parse-with-chunk', parseStart);
    parseStart = -1;
    return show.apply(this, args);
  };
  // The measure function, timed; one wrapper per function (the library keys a cache on it).
  let textMs = 0;
  const wrappers = new WeakMap();
  let current = tm.measure;
  const wrap = (f) => {
    let w = wrappers.get(f);
    if (!w) {
      w = (s) => {
        const a = performance.now();
        const r = f(s);
        textMs += performance.now() - a;
        return r;
      };
      wrappers.set(f, w);
    }
    return w;
  };
  Object.defineProperty(tm, 'measure', { get: () => wrap(current), set: (f) => void (current = f), configurable: true });
  let layoutStart = -1;
  const resolve = tm.resolve;
  tm.resolve = function (...args) {
    layoutStart = performance.now();
    return resolve.apply(this, args);
  };
  const update = model.update;
  model.update = function () {
    const t0 = performance.now();
    const prepared = this.prepared;
    const text0 = textMs;
    layoutStart = -1;
    const r = update.call(this);
    const t1 = performance.now();
    if (this.prepared !== prepared) mark('prepare', t0, layoutStart >= 0 ? layoutStart : t1);
    if (layoutStart >= 0) {
      mark('layout', layoutStart, t1);
      performance.measure('chronoline:text', { start: layoutStart, duration: textMs - text0 });
    }
    return r;
  };
  const litUpdate = el.update;
  el.update = function (...args) {
    const t = performance.now();
    try {
      return litUpdate.apply(this, args);
    } finally {
      mark('render', t);
    }
  };
  return true;
}

install({
  name: 'chronoline',
  async mount(host) {
    el = document.createElement('event-timeline');
    // A plain wheel zooms, as in the peers (the default, `ctrl`, leaves the wheel to the page).
    el.setAttribute('wheel-zoom', 'always');
    if (window.CHRONOLINE_PHASES && !instrument(el)) console.warn('bench: the phases could not be timed (the element has changed)');
    host.append(el);
    // Let the element measure its width (ResizeObserver, then one frame) before data arrives.
    await customElements.whenDefined('event-timeline');
  },
  prepare: (chronology) => chronology,
  render(data) {
    return new Promise((resolve, reject) => {
      const onError = (e) => reject(new Error(`data-error: ${e.detail?.message}`));
      el.addEventListener(
        'rendered',
        () => {
          el.removeEventListener('data-error', onError);
          resolve();
        },
        { once: true },
      );
      el.addEventListener('data-error', onError, { once: true });
      el.data = data;
    });
  },
  // Event marks, and cluster marks (several events drawn as one) if the build draws them.
  marks: () => el.shadowRoot?.querySelectorAll('[part~="event"], [part~="cluster"]').length ?? 0,
  plotRect: () => (el.shadowRoot?.querySelector('svg[part~="chart"]') ?? el).getBoundingClientRect(),
  view() {
    const r = el.range;
    return r ? `${r.start.toISOString()} – ${r.end.toISOString()}` : '';
  },
});
