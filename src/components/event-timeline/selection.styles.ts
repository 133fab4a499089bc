/**
 * The selection's look in the chart (see mark-view.ts): the selected mark's
 * ring, accent outline, underlined bold label and shadow, the other labels
 * and clusters dimmed (the other shapes dim in event-timeline.styles.ts,
 * with their transition). It comes with the list view's module, which
 * brings the details panel: a selection loads that module, and
 * `updateComplete` waits for it.
 */
import { css } from 'lit';

export const selectionStyles = css`
  .mark.selected .dot,
  .mark.selected .bar {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .mark.selected text {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    font-weight: 600;
  }
  /* The ring: the hit area's rounded outline. */
  .mark.selected .hit {
    stroke: var(--_text);
    stroke-width: 2;
    rx: 12px;
  }
  /* Raised: drawn last in its lane, with a shadow; the rest dims. */
  .mark.selected .shape {
    filter: drop-shadow(0 1px 2px rgb(0 0 0 / 0.5));
  }
  .has-selection .mark:not(.selected) text,
  .has-selection .cluster {
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .mark.selected .dot,
    .mark.selected .bar,
    .mark.selected .hit,
    .mark.selected .day {
      stroke: Highlight;
    }
  }
`;
