import { css } from 'lit';

/**
 * The marks' kinds and the selection (see mark-view.ts): day bands, the
 * selection ring and raised mark, the rest dimmed, and the legend's keys.
 */
export const markStyles = css`
  .mark.approx .day {
    fill: var(--_bg);
    stroke-width: 2;
    stroke-dasharray: 2.5 2;
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
  .mark.selected text {
    font-weight: 600;
  }
  .has-selection .mark:not(.selected) text,
  .has-selection .cluster {
    opacity: 0.6;
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
    .mark.selected .hit,
    .mark.selected .day {
      stroke: Highlight;
    }
  }
`;
