// vis-timeline adapter: new vis.Timeline(container, items, groups, options),
// 1200 × 700 px, default options otherwise (stacking on, wheel zooms, drag pans).
// Items: one per event, in the group of its first actor; `range` with an end,
// `point` without. Ready when the first item is in the DOM. (An item's own
// element has class vis-point or vis-range; its dot also has class vis-item.)
import { install, whenMarks } from './harness.mjs';

const DAY = 86_400_000;
/** Milliseconds of a chronoline time value ('2025-06-01' is UTC midnight). */
const ms = (s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);

let container;
const countItems = () => container.querySelectorAll('.vis-item.vis-point, .vis-item.vis-range, .vis-item.vis-box').length;
let timeline;
install({
  name: 'vis-timeline',
  mount(host) {
    container = document.createElement('div');
    container.style.width = '1200px';
    host.append(container);
  },
  prepare(c) {
    const groups = c.actors.map((a) => ({ id: a.id, content: a.name }));
    const items = c.events.map((e) => {
      const start = new Date(ms(e.start));
      const item = { id: e.id, group: e.actors[0].id, content: e.title, start };
      if (e.end) {
        // A day-precision end includes its whole day.
        item.end = new Date(ms(e.end) + (e.end.length === 10 ? DAY : 0));
        item.type = 'range';
      } else item.type = 'point';
      return item;
    });
    return { items, groups };
  },
  render({ items, groups }) {
    timeline = new window.vis.Timeline(container, items, groups, { width: '1200px', height: '700px' });
    return whenMarks(container, countItems);
  },
  marks: countItems,
  plotRect: () => (container.querySelector('.vis-panel.vis-center') ?? container).getBoundingClientRect(),
  view() {
    const w = timeline?.getWindow();
    return w ? `${new Date(w.start).toISOString()} – ${new Date(w.end).toISOString()}` : '';
  },
});
