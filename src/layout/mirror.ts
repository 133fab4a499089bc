import type { TimelineLayout } from './layout-types.js';

/**
 * The layout of a right-to-left chart: the left-to-right one seen in a
 * mirror. Rows, clusters and label collisions are the same; only x flips,
 * and a label that ran right of its mark now ends left of it.
 */
export function mirror(l: Omit<TimelineLayout, 'frame'>): Omit<TimelineLayout, 'frame'> {
  const w = l.width;
  const f = (x: number) => w - x;
  for (const m of l.marks) {
    m.x = f(m.x);
    m.x2 = f(m.x2);
    m.labelX = f(m.labelX);
    m.labelAnchor = m.labelAnchor === 'start' ? 'end' : 'start';
  }
  for (const k of l.clusters) {
    k.x = f(k.x);
    k.x0 = f(k.x0);
    k.x1 = f(k.x1);
  }
  for (const k of l.links) k.x = f(k.x);
  for (const t of l.ticks) t.x = f(t.x);
  for (const n of l.notes) {
    n.x = f(n.x);
    n.textX = f(n.textX);
    n.anchor = n.anchor === 'start' ? 'end' : 'start';
  }
  return { ...l, plotLeft: f(l.plotRight), plotRight: f(l.plotLeft), rtl: true };
}
