// timelines-chart adapter: groups = first actor, lines (labels) = first topic,
// one segment per event (timeRange [start, end]; instants and days get a
// one-minute range), 1200 px wide, at most 700 px high, UTC, animations off
// (so the first frame shows the final drawing). Ready when the first
// rect.series-segment is in the DOM (kapsule draws in a 1 ms timer after the call).
import { install, whenMarks } from './harness.mjs';

const DAY = 86_400_000;
const MINUTE = 60_000;
const ms = (s) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);

let el;
let chart;
install({
  name: 'timelines-chart',
  mount(host) {
    el = document.createElement('div');
    el.style.width = '1200px';
    host.append(el);
  },
  prepare(c) {
    const actorName = new Map(c.actors.map((a) => [a.id, a.name]));
    const topicLabel = new Map(c.topics.map((t) => [t.id, t.label]));
    const groups = new Map();
    for (const e of c.events) {
      const g = actorName.get(e.actors[0].id);
      const label = topicLabel.get(e.topics[0]);
      if (!groups.has(g)) groups.set(g, new Map());
      const lines = groups.get(g);
      if (!lines.has(label)) lines.set(label, []);
      const start = ms(e.start);
      const end = e.end ? ms(e.end) + (e.end.length === 10 ? DAY : 0) : start + MINUTE;
      lines.get(label).push({ timeRange: [new Date(start), new Date(end)], val: label });
    }
    return [...groups].map(([group, lines]) => ({
      group,
      data: [...lines].map(([label, data]) => ({ label, data })),
    }));
  },
  render(data) {
    chart = new window.TimelinesChart(el).zQualitative(true).enableAnimations(false).useUtc(true).width(1200).maxHeight(700).data(data);
    return whenMarks(el, () => el.getElementsByClassName('series-segment').length);
  },
  marks: () => el.getElementsByClassName('series-segment').length,
  plotRect() {
    // The plot area: the chart's SVG minus its default margins (left 90, right 100, top 26, bottom 30).
    const r = (el.querySelector('svg') ?? el).getBoundingClientRect();
    return new DOMRect(r.x + 90, r.y + 26, Math.max(0, r.width - 190), Math.max(0, r.height - 56));
  },
  view() {
    const z = chart?.zoomX();
    return z && z[0] ? `${new Date(z[0]).toISOString()} – ${new Date(z[1]).toISOString()}` : 'full';
  },
});
