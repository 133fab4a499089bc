/**
 * A break in the axis (`axis-breaks`, layout/broken-axis.ts): the collapsed
 * stretch of empty time as a band of the page's background across the lanes,
 * cut at each side by a dashed line, with its length on the axis ("— 3 weeks
 * —"). Part of the axis, which is hidden from screen readers: the list view
 * and the marks' names carry the dates.
 */
import { svg } from 'lit';
import type { BreakMark } from '../../layout/timeline-layout.js';

export function axisBreak(b: BreakMark, axisHeight: number, height: number) {
  const y = axisHeight - 6;
  return svg`<g class="axis-break" data-empty=${b.empty}>
    <rect x=${b.x0} y=${y} width=${b.x1 - b.x0} height=${height - y}></rect>
    <line x1=${b.x0} x2=${b.x0} y1=${y} y2=${height}></line>
    <line x1=${b.x1} x2=${b.x1} y1=${y} y2=${height}></line>
    <text x=${(b.x0 + b.x1) / 2} y=${axisHeight - 10} text-anchor="middle">${b.label}</text>
  </g>`;
}
