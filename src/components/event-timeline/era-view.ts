/**
 * Eras drawn in the chart (a lazily loaded module: a chronology without
 * eras never loads it): quiet bands behind the lanes' marks, each with its
 * label in the strip above the axis (geometry from layout/eras.ts). The
 * bands are decoration for sighted readers (`aria-hidden`); the list view
 * gives the same periods as headings. A band's `<title>` is its full label.
 */
import { css, nothing, svg } from 'lit';
import type { Era } from '../../schema/eras.js';
import type { TimelineLayout } from '../../layout/layout-types.js';
import { layoutEras } from '../../layout/eras.js';
import { TextMeasure } from '../../dom/text-measure.js';

export { ERA_STRIP } from '../../layout/eras.js';

export const eraStyles = css`
  .era-band {
    fill-opacity: 0.045;
  }
  .era-band:not([fill]) {
    fill: var(--_text);
  }
  .era-band[fill] {
    fill-opacity: 0.1;
  }
  .era-edge {
    stroke: var(--_text);
    stroke-opacity: 0.18;
  }
  .era-label {
    fill: var(--_muted);
    font-size: 11px;
    font-weight: 600;
  }
`;

const measure = new TextMeasure();

/** The eras' bands and labels for one layout (`host` gives the labels' font). */
export function renderEras(eras: readonly Era[], l: TimelineLayout, lang: string, host: Element) {
  const root = host.shadowRoot;
  const sheet = eraStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  measure.resolve(host, true);
  const bands = layoutEras(eras, l, lang, measure.measure);
  return svg`<g part="eras" class="eras" aria-hidden="true">${bands.map(
    (b) => svg`<g class="era" data-id=${b.id}>
      <rect class="era-band" x=${b.x} y=${b.y} width=${b.width} height=${b.height} fill=${b.color ?? nothing}></rect>
      <line class="era-edge" x1=${b.x} x2=${b.x} y1=${b.y} y2=${b.height}></line>
      <line class="era-edge" x1=${b.x + b.width} x2=${b.x + b.width} y1=${b.y} y2=${b.height}></line>
      ${b.label ? svg`<text class="era-label" x=${b.labelX} y=${b.labelY} text-anchor=${b.anchor === 'end' ? 'end' : nothing}>${b.label}</text>` : nothing}
      <title>${b.title}</title>
    </g>`,
  )}</g>`;
}
