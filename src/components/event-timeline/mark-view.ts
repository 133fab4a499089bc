/**
 * What a chart mark looks like (see visual.md, "Marks say what kind of time
 * they are"): a dot for an instant (or a day too narrow to draw), a band from
 * midnight to midnight for a calendar day when the scale shows days, a bar
 * for a period, dashed when approximate. The selected event gets a ring, is
 * drawn last (on top of its lane) and keeps its whole title as its label.
 */
import { nothing, svg } from 'lit';
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

/** The shape of mark `m` in `color`, and its selection ring; x from the mark's own x. */
export function markShape(m: PositionedEvent, color: string, selected: boolean) {
  const approx = m.approximate ? color : nothing;
  if (m.kind === 'point' && m.dayWidth > 0) {
    const w = m.dayWidth;
    // An echo (the event's mark in another lane) is a thinner band, like its smaller dot.
    const h = m.primary ? 12 : 6;
    return svg`<rect class="shape day" x=${-w / 2} y=${-h / 2} width=${w} height=${h} rx="2" fill=${color} stroke=${approx}></rect>
      ${selected ? svg`<rect class="ring" x=${-w / 2 - 4} y=${-h / 2 - 4} width=${w + 8} height=${h + 8} rx="5"></rect>` : nothing}`;
  }
  if (m.kind === 'point')
    return svg`<circle class="shape dot" r="6" fill=${color} stroke=${approx}></circle>
      ${selected ? svg`<circle class="ring" r="10"></circle>` : nothing}`;
  const width = Math.max(Math.abs(m.x2 - m.x), 3);
  // A bar runs from its start (x) towards x2: rightwards, or leftwards when mirrored.
  const bx = m.x2 < m.x ? -width : 0;
  return svg`<rect class="shape bar" x=${bx} y="-9" width=${width} height="18" rx="3" fill=${color} stroke=${color}></rect>
    <rect class="shape bar-edge" x=${bx ? -3 : 0} y="-9" width="3" height="18" fill=${color} stroke=${approx}></rect>
    ${selected ? svg`<rect class="ring" x=${bx - 4} y="-13" width=${width + 8} height="26" rx="6"></rect>` : nothing}`;
}

/** The hit area of mark `m`: its shape, at least 24 × 24 px. */
export function markHit(m: PositionedEvent) {
  if (m.kind === 'point') {
    const w = Math.max(m.dayWidth, 24);
    return svg`<rect class="hit" x=${-w / 2} y="-12" width=${w} height="24"></rect>`;
  }
  const width = Math.max(Math.abs(m.x2 - m.x), 3);
  const w = Math.max(width, 24);
  return svg`<rect class="hit" x=${m.x2 < m.x ? -w : 0} y="-12" width=${w} height="24"></rect>`;
}

/**
 * The label to draw: the layout's (possibly shortened) one, or for the
 * selected event's first mark its whole title, where its label goes (drawn
 * last with its halo, over its dimmed neighbours).
 */
export function markLabel(m: PositionedEvent, selected: boolean, title: string): string | null {
  return selected && m.primary ? title : m.label;
}

/** A lane's marks in drawing order: the selected event's last, so that it sits on top. */
export function raiseSelected(marks: PositionedEvent[], selected: string | null | undefined): PositionedEvent[] {
  if (!selected) return marks;
  const i = marks.findIndex((m) => m.id === selected);
  return i < 0 ? marks : [...marks.slice(0, i), ...marks.slice(i + 1), marks[i]!];
}
