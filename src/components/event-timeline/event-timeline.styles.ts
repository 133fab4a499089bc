import { css, unsafeCSS } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { boxStyles } from './box-styles.js';

/**
 * The line joining an event's marks, shown while its mark is hovered, focused or selected: the line is drawn
 * just before its mark (under it, outside the mark's box, so focusing the mark scrolls nothing), hence `:has`
 * (written here as a string: lit-analyzer's CSS parser does not know `:has` yet).
 */
const LINK_SHOWN = unsafeCSS('.link-at:has(+ .mark:is(:hover, :focus, .selected)) .link');

export const styles = [
  tokens,
  boxStyles,
  css`
    :host {
      display: block;
      --_lane-band: var(--chronoline-event-timeline-lane-background, light-dark(#f4f4f1, #1a1a1a));
      --_label-size: 12px;
      font-size: var(--chronoline-event-timeline-font-size, 1rem);
      line-height: 1.4;
    }
    .stage {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      overflow: hidden;
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
      overflow-wrap: anywhere;
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
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem;
      /* Never wider than the head (at 320 px with text at 200 %, the 12rem search box is 384 px): its items wrap and shrink. */
      min-width: 0;
      max-width: 100%;
    }
    .zone-menu {
      display: inline-flex;
      flex-wrap: wrap;
      max-width: 100%;
      align-items: center;
      gap: 0.25rem;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .zone-menu select {
      min-height: 32px;
      min-width: 0;
      max-width: min(14rem, 100%);
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
      font: inherit;
    }
    .zone-menu select:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
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
    .cluster:focus-visible,
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
      flex: 1;
    }
    svg.chart {
      /* x and text-anchor are absolute: a right-to-left chart is mirrored by the layout, not by the text direction. */
      direction: ltr;
      display: block;
      width: 100%;
      font-size: var(--_label-size);
      cursor: grab;
      touch-action: pan-y;
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
    .zone,
    .period,
    .note text {
      font-weight: 600;
    }
    .note line {
      stroke: var(--_text);
      stroke-dasharray: 2 2;
    }
    .note text {
      fill: var(--_text);
    }
    /* The line joining an event's marks in several lanes shows only for the
       hovered, focused or selected event: always drawn, it would cross labels.
       It is drawn just before its mark, not in it: focusing the mark then
       scrolls the mark into view, not the whole line. */
    .link {
      display: none;
      stroke: var(--_accent);
      stroke-width: 2;
    }
    ${LINK_SHOWN} {
      display: inline;
    }
    .mark {
      cursor: pointer;
    }
    .mark text {
      fill: var(--_text);
      /* A halo: gridlines and marks never run through a label. */
      paint-order: stroke;
      stroke: var(--_bg);
      stroke-width: 4px;
      stroke-linejoin: round;
    }
    .band .mark text {
      stroke: var(--_lane-band);
    }
    /* An echo: the event's mark in another of its lanes, labelled in its first. */
    .mark.secondary .dot {
      r: 4px;
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
    .mark .hit,
    .cluster .hit {
      fill: transparent;
    }
    .cluster {
      cursor: zoom-in;
    }
    .cluster .pill {
      fill: var(--_surface);
      stroke: var(--_muted);
      stroke-width: 1.5;
    }
    .cluster text {
      fill: var(--_text);
      font-weight: 600;
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
    .visually-hidden:not(:focus-within) {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    #chart-help:focus-within {
      margin: 0 0 0.5rem;
      font-size: 0.875rem;
    }
    .view-toggle {
      display: inline-flex;
      margin-inline-start: 0.5rem;
    }
    .controls .view-toggle button {
      border-radius: 0;
    }
    .controls .view-toggle button:first-child {
      border-start-start-radius: var(--_radius);
      border-end-start-radius: var(--_radius);
    }
    .controls .view-toggle button:last-child {
      border-start-end-radius: var(--_radius);
      border-end-end-radius: var(--_radius);
      margin-inline-start: -1px;
    }
    .controls .view-toggle button[aria-pressed='true'] {
      background: var(--_text);
      color: var(--_bg);
      border-color: var(--_text);
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
      .mark text,
      .lane-label,
      .tick text,
      .zone {
        fill: CanvasText;
      }
      .mark text {
        stroke: Canvas;
      }
      .lane-band {
        fill: Canvas;
        stroke: GrayText;
      }
      .tick line,
      .link {
        stroke: GrayText;
      }
      .mark:focus-visible,
      .cluster:focus-visible {
        outline-color: Highlight;
      }
      .cluster .pill {
        fill: Canvas;
        stroke: CanvasText;
      }
      .cluster text {
        fill: CanvasText;
      }
    }
  `,
];
