/**
 * What a chart mark looks like (see visual.md, "Marks say what kind of time
 * they are"): a dot for an instant (or a day too narrow to draw), a band from
 * midnight to midnight for a calendar day when the scale shows days, a bar
 * for a period, dashed when approximate. The selected event gets a ring, is
 * drawn last (on top of its lane) and keeps its whole title as its label.
 */
import { nothing, svg } from 'lit';
import { ECHO_DOT_R, ECHO_SIZE } from '../../layout/echoes.js';
import type { LaneLayout, PositionedEvent } from '../../layout/timeline-layout.js';

/**
 * A lane's label in the gutter, in its one or two lines (a second line
 * 13 px below, both nearer the lane's top); the lane's full name is its
 * accessible name, shortened or not.
 */
export function laneLabel(lines: readonly string[], lane: LaneLayout, x: number, anchor: 'end' | typeof nothing) {
  const y = lane.y + (lines.length > 1 ? 15 : 18);
  return svg`<text part="lane-label" class="lane-label" x=${x} y=${y} text-anchor=${anchor} role="img" aria-label=${lane.label}>${
    lines.length > 1 ? lines.map((t, i) => svg`<tspan x=${x} dy=${i ? 13 : 0}>${t}</tspan>`) : lines[0]
  }</text>`;
}

/**
 * The shape of mark `m` in `color`, x from the mark's own x, and its hit
 * area (at least 24 × 24 px), which is also the selection ring (CSS: a
 * rounded outline of the hit area of `.mark.selected`).
 */
export function markShape(m: PositionedEvent, color: string) {
  const approx = m.approximate ? color : nothing;
  // An echo (the event's mark on the baseline of another of its lanes,
  // layout/echoes.ts) is a small dot, or the day or period as a thin line;
  // it is drawn before the lane's own marks, whose hit areas win.
  const echo = !m.primary;
  const w = Math.max(Math.abs(m.x2 - m.x), 3);
  // A bar runs from its start (x) towards x2: rightwards, or leftwards when mirrored.
  const bx = m.x2 < m.x ? -w : 0;
  const hw = Math.max(m.kind === 'point' ? m.dayWidth : w, 24);
  const h = echo ? ECHO_SIZE : 12;
  return svg`<rect class="hit" x=${m.kind === 'point' ? -hw / 2 : bx && -hw} y="-12" width=${hw} height="24"></rect>${
    m.kind === 'range' && !echo
      ? svg`<rect class="shape bar" x=${bx} y="-9" width=${w} height="18" rx="3" fill=${color} stroke=${color}></rect>
        <rect class="shape bar-edge" x=${bx && -3} y="-9" width="3" height="18" fill=${color} stroke=${approx}></rect>`
      : m.kind === 'range' || m.dayWidth
        ? svg`<rect class="shape ${m.dayWidth ? 'day' : 'bar-edge'}" x=${m.dayWidth ? -m.dayWidth / 2 : bx} y=${-h / 2} width=${m.dayWidth || w} height=${h} rx="2" fill=${color} stroke=${approx}></rect>`
        : svg`<circle class="shape dot" r=${echo ? ECHO_DOT_R : 6} fill=${color} stroke=${approx}></circle>`
  }`;
}

/**
 * The label to draw and where, from the mark's x: the layout's (possibly
 * shortened) one, or for the selected event's first mark its whole title
 * (drawn last with its halo, over its dimmed neighbours), on the other side
 * of the mark when it would run off the plot (its width guessed at 7 px a
 * character, the layout's default).
 */
export function markLabel(m: PositionedEvent, selected: boolean, title: string, plot: [number, number]) {
  const place = { text: m.label, x: m.labelX - m.x, anchor: m.labelAnchor };
  if (!selected || !m.primary) return place;
  const w = title.length * 7;
  const start = m.labelAnchor === 'start';
  if (start ? m.labelX + w <= plot[1] : m.labelX - w >= plot[0]) return { ...place, text: title };
  // Half the shape's width on each side of x (a bar runs from x to x2).
  const [lo, hi] =
    m.kind === 'range' ? [Math.min(m.x, m.x2), Math.max(m.x, m.x2)] : [m.x - (m.dayWidth / 2 || 6), m.x + (m.dayWidth / 2 || 6)];
  return start ? { text: title, x: lo - 6 - m.x, anchor: 'end' as const } : { text: title, x: hi + 6 - m.x, anchor: 'start' as const };
}

/** A lane's marks in drawing order: the selected event's last, so that it sits on top. */
export function raiseSelected(marks: PositionedEvent[], selected: string | null | undefined): PositionedEvent[] {
  if (!selected) return marks;
  const i = marks.findIndex((m) => m.id === selected);
  return i < 0 ? marks : [...marks.slice(0, i), ...marks.slice(i + 1), marks[i]!];
}
