/**
 * The phone chronology's styles (phone-view.ts): the date rail, each event's
 * mark, time and title, its disclosure, and the "Show all" button; with the
 * styles of the parts it shares (media, eras, statuses, the keys and filters).
 */
import { css } from 'lit';
import { eraListStyles } from './era-list.js';
import { mediaStyles } from './media-view.js';
import { phoneFiltersStyles } from './phone-filters.js';
import { phoneStatusStyles } from './phone-status.js';

/** The phone chronology's styles: adopted by the element when this module loads. */
export const phoneStyles = css`
  ${mediaStyles}
  ${eraListStyles}
  ${phoneStatusStyles}
  ${phoneFiltersStyles}
  .phone-days,
  .phone-items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .phone-day {
    display: grid;
    grid-template-columns: 2.75rem minmax(0, 1fr);
    column-gap: 0.5rem;
  }
  /* The date rail: each day's date, in its column, stays in view while its events scroll past. */
  .phone-date {
    position: sticky;
    top: 0;
    align-self: start;
    margin: 0;
    padding-block: 0.45rem;
    text-align: center;
    line-height: 1.1;
    background: var(--_bg);
  }
  .rail-big {
    display: block;
    font-size: 1.25rem;
    font-weight: 700;
  }
  .rail-small,
  .rail-year {
    display: block;
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .phone-items {
    border-inline-start: 2px solid var(--_grid);
    padding-block: 0.25rem 0.75rem;
  }
  /* A search: matches marked at the side, the rest muted. */
  .phone.searching .phone-item:not(.match) {
    color: var(--_muted);
  }
  .phone.searching .phone-item.match {
    box-shadow: inset 3px 0 var(--_accent);
  }
  .phone-item {
    position: relative;
    padding-inline-start: 0.9rem;
    overflow-wrap: anywhere;
  }
  /* The mark sits on the rail, level with the event's time. */
  .phone-mark {
    position: absolute;
    inset-inline-start: -9px;
    top: 0.55rem;
    overflow: visible;
  }
  .phone-mark:not(.approx) .dot {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .phone-mark .bar {
    fill-opacity: 0.18;
  }
  .phone-mark.approx .dot,
  .phone-mark.approx .bar-edge {
    fill: var(--_bg);
    stroke-width: 2;
    stroke-dasharray: 2.5 2;
  }
  .phone-mark.approx .bar {
    stroke-dasharray: 4 3;
  }
  .phone-item summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 0.5rem;
    min-height: 44px;
    padding-block: 0.4rem;
    cursor: pointer;
    list-style: none;
  }
  .phone-item summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron at the end: down when folded, up when open. */
  .phone-item summary::after {
    content: '';
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
    width: 0.45rem;
    height: 0.45rem;
    margin-inline: 0.25rem;
    border-inline-end: 2px solid var(--_muted);
    border-block-end: 2px solid var(--_muted);
    transform: rotate(45deg);
  }
  .phone-item details[open] > summary::after {
    transform: rotate(-135deg);
  }
  .phone-item summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .phone-time {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .phone-title {
    grid-column: 1;
    font-weight: 600;
    line-height: 1.3;
  }
  .phone-item.selected .phone-title {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .phone-body {
    padding-block: 0 0.75rem;
    font-size: 0.9375rem;
  }
  .phone-summary {
    margin: 0 0 0.35rem;
  }
  .phone-meta {
    margin: 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .phone-meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
  }
  .phone-meta dt {
    font-weight: 600;
  }
  .phone-meta dt::after {
    content: ':';
  }
  .phone-meta dd {
    margin: 0;
    color: var(--_text);
  }
  .phone-sources {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .phone-sources a {
    color: var(--_accent);
  }
  .phone-body .item-correction {
    margin: 0.35rem 0 0;
    font-size: 0.875rem;
  }
  .phone-more {
    margin: 0.75rem 0 0.5rem;
  }
  .show-all {
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
    cursor: pointer;
  }
  .show-all:hover {
    background: var(--_bg);
  }
  @media (forced-colors: active) {
    .phone-mark .dot,
    .phone-mark .bar,
    .phone-mark .bar-edge {
      fill: CanvasText;
      stroke: Canvas;
    }
    .phone-mark.approx .dot {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
