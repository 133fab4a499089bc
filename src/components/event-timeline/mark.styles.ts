import { css } from 'lit';

/**
 * The marks' kinds (see mark-view.ts): day bands and the legend's keys (the
 * selection's look is in selection.styles.ts, but for the dimmed shapes:
 * event-timeline.styles.ts).
 */
export const markStyles = css`
  .mark.approx .day {
    fill: var(--_bg);
    stroke-width: 2;
    stroke-dasharray: 2.5 2;
  }
  .legend .key-range {
    fill: var(--_muted);
    fill-opacity: 0.18;
    stroke: var(--_muted);
  }
  @media (forced-colors: active) {
    .mark .day {
      fill: CanvasText;
    }
  }
`;
