import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';

export const styles = [
  tokens,
  css`
    :host {
      display: block;
      --_lane-band: var(--chronoline-event-timeline-lane-background, light-dark(#f4f4f1, #1a1a1a));
      --_label-size: 12px;
      --_panel-bg: var(--chronoline-event-timeline-details-background, var(--_bg));
      font-size: var(--chronoline-event-timeline-font-size, 1rem);
      line-height: 1.4;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      margin-block-end: 0.5rem;
    }
    .title {
      margin: 0;
      font-size: 1.125rem;
      line-height: 1.3;
    }
    .sub {
      margin: 0.15rem 0 0;
      color: var(--_muted);
      font-size: 0.8125rem;
    }
    .controls {
      display: flex;
      gap: 0.25rem;
    }
    button {
      font: inherit;
      color: inherit;
    }
    .controls button,
    .retry,
    .close {
      min-width: 32px;
      min-height: 32px;
      padding: 0.25rem 0.6rem;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_bg);
      cursor: pointer;
      font-size: 0.875rem;
    }
    .controls button:hover,
    .close:hover {
      background: var(--_surface);
    }
    button:focus-visible,
    a:focus-visible,
    .mark:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .plot {
      position: relative;
      width: 100%;
      overflow: hidden;
    }
    .plot.placeholder {
      min-height: 200px;
    }
    svg.chart {
      display: block;
      width: 100%;
      font-size: var(--_label-size);
      cursor: grab;
      user-select: none;
      -webkit-user-select: none;
    }
    svg.chart:active {
      cursor: grabbing;
    }
    .lane-band {
      fill: var(--_lane-band);
    }
    .lane-label {
      fill: var(--_text);
      font-weight: 600;
    }
    .tick line {
      stroke: var(--_grid);
      shape-rendering: crispEdges;
    }
    .tick.major line {
      stroke: var(--_muted);
    }
    .tick text,
    .zone {
      fill: var(--_muted);
    }
    .zone {
      font-weight: 600;
    }
    .link {
      stroke: var(--_muted);
      stroke-opacity: 0.35;
      stroke-width: 1;
    }
    .link.active {
      stroke: var(--_accent);
      stroke-opacity: 1;
      stroke-width: 2;
    }
    .mark {
      cursor: pointer;
    }
    .mark text {
      fill: var(--_text);
    }
    .mark:not(.approx) .dot {
      stroke: var(--_bg);
      stroke-width: 1.5;
    }
    .mark.approx .dot,
    .mark.approx .bar-edge {
      fill: var(--_bg);
      stroke-width: 2;
      stroke-dasharray: 2.5 2;
    }
    .mark .bar {
      fill-opacity: 0.18;
    }
    .mark.approx .bar {
      stroke-dasharray: 4 3;
    }
    .mark .hit {
      fill: transparent;
    }
    .mark.selected .dot,
    .mark.selected .bar {
      stroke: var(--_accent);
      stroke-width: 3;
    }
    .mark.selected text {
      text-decoration: underline;
      text-decoration-thickness: 2px;
    }
    .has-selection .mark:not(.selected) .shape {
      opacity: 0.45;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
      margin-block: 0.5rem;
      color: var(--_muted);
      font-size: 0.8125rem;
    }
    .legend svg {
      vertical-align: middle;
      margin-inline-end: 0.25rem;
    }
    .legend .key-shape {
      fill: var(--_muted);
    }
    .legend .key-approx {
      fill: none;
      stroke: var(--_muted);
      stroke-width: 2;
      stroke-dasharray: 2.5 2;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
      align-items: center;
      margin-block: 0.5rem;
    }
    .filters-label {
      font-size: 0.8125rem;
      color: var(--_muted);
      margin-inline-end: 0.25rem;
    }
    .details {
      margin-block-start: 0.75rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--_grid);
      border-inline-start: 4px solid var(--_detail-color, var(--_accent));
      border-radius: var(--_radius);
      background: var(--_panel-bg);
    }
    .details header {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      justify-content: space-between;
    }
    .dateline {
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125rem;
      font-weight: 600;
    }
    .details h3 {
      margin: 0.2rem 0 0.5rem;
      font-size: 1.125rem;
      line-height: 1.3;
    }
    .details h3:focus {
      outline: none;
    }
    .details h4 {
      margin: 0.9rem 0 0.35rem;
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--_muted);
    }
    .summary {
      margin: 0;
      max-width: 70ch;
    }
    .place {
      margin: 0.4rem 0 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .actors {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: 0.5rem;
    }
    .topics {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
    }
    .sources {
      margin: 0;
      padding-inline-start: 1.1rem;
      font-size: 0.875rem;
    }
    .sources li + li {
      margin-top: 0.2rem;
    }
    .sources a {
      color: var(--_accent);
    }
    .correction {
      margin: 0.9rem 0 0;
      padding: 0.5rem 0.75rem;
      background: var(--_surface);
      border-radius: var(--_radius);
      font-size: 0.875rem;
    }
    .status,
    .error,
    .empty {
      padding: 1.5rem 1rem;
      border: 1px dashed var(--_muted);
      border-radius: var(--_radius);
      color: var(--_text);
    }
    .error {
      border-style: solid;
      border-color: light-dark(#b3261e, #f2b8b5);
    }
    .error p {
      margin: 0 0 0.75rem;
    }
    .problems {
      margin-block: 0.5rem;
      font-size: 0.875rem;
    }
    .problems summary {
      cursor: pointer;
      font-weight: 600;
    }
    .problems code {
      font-size: 0.8125rem;
    }
    @media (prefers-reduced-motion: no-preference) {
      .mark .shape {
        transition: opacity 150ms ease-out;
      }
    }
    @media (forced-colors: active) {
      .mark .dot,
      .mark .bar,
      .mark .bar-edge {
        fill: CanvasText;
        stroke: Canvas;
      }
      .mark.approx .dot {
        fill: Canvas;
        stroke: CanvasText;
      }
      .mark.selected .dot,
      .mark.selected .bar {
        stroke: Highlight;
      }
      .mark text,
      .lane-label,
      .tick text,
      .zone {
        fill: CanvasText;
      }
      .lane-band {
        fill: Canvas;
        stroke: GrayText;
      }
      .tick line,
      .link {
        stroke: GrayText;
      }
      .mark:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
