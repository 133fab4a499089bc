/**
 * `axis-breaks` in the chart (a lazily loaded module: a timeline without the
 * attribute never loads it): the layout with long empty stretches collapsed
 * (layout/broken-axis.ts), and each break drawn as a band of the page's
 * background across the lanes, cut at each side by a dashed line, with its
 * length on the axis ("— 3 weeks —"). Part of the axis, which is hidden from
 * screen readers: the marks' names and the list view carry the dates.
 */
import { css, svg } from 'lit';
import { breakThreshold, computeBrokenLayout } from '../../layout/broken-axis.js';
import type { LayoutOptions, PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';

export const breakStyles = css`
  .axis-break rect {
    fill: var(--_bg);
  }
  .axis-break line {
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .axis-break text {
    fill: var(--_muted);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
  }
  @media (forced-colors: active) {
    .axis-break rect {
      fill: Canvas;
    }
    .axis-break line {
      stroke: GrayText;
    }
    .axis-break text {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;

/** Values of `axis-breaks` already reported as not a length (once each per page). */
const reported = new Set<string>();

/**
 * The layout with the empty stretches longer than `value` (an `axis-breaks`
 * value) collapsed. A value that is not a length is reported once, as a
 * console warning, and the automatic threshold used.
 */
export function layoutWithBreaks(p: PreparedTimeline, options: LayoutOptions, value: string): TimelineLayout {
  let threshold: number;
  try {
    threshold = breakThreshold(value, p.extent);
  } catch (e) {
    if (!reported.has(value)) console.warn(`chronoline: <event-timeline> ${(e as Error).message}`);
    reported.add(value);
    threshold = breakThreshold('', p.extent);
  }
  return computeBrokenLayout(p, options, threshold);
}

/** The breaks of layout `l` on its axis (`host`: the element whose shadow root gets the styles). */
export function renderBreaks(l: TimelineLayout, host: Element) {
  const root = host.shadowRoot;
  const sheet = breakStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const y = l.axisHeight - 6;
  return l.breaks?.map(
    (b) => svg`<g class="axis-break" data-empty=${b.empty}>
      <rect x=${b.x0} y=${y} width=${b.x1 - b.x0} height=${l.height - y}></rect>
      <line x1=${b.x0} x2=${b.x0} y1=${y} y2=${l.height}></line>
      <line x1=${b.x1} x2=${b.x1} y1=${y} y2=${l.height}></line>
      <text x=${(b.x0 + b.x1) / 2} y=${l.axisHeight - 10} text-anchor="middle">${b.label}</text>
    </g>`,
  );
}
