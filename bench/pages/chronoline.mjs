// chronoline adapter: an <event-timeline> 1200 px wide; `el.data = chronology`,
// ready at its `rendered` event (fired after the first full render of new data).
import { install } from './harness.mjs';

let el;
install({
  name: 'chronoline',
  async mount(host) {
    el = document.createElement('event-timeline');
    // A plain wheel zooms, as in the peers (the default, `ctrl`, leaves the wheel to the page).
    el.setAttribute('wheel-zoom', 'always');
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
