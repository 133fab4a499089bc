/**
 * Styles of the chart toolbar's "Filters" button and its panel (chart-toolbar.ts):
 * adopted with the list view's module (not needed for the first paint: the
 * toolbar's line keeps the button's height from the start, box-styles.ts).
 */
import { css } from 'lit';

export const toolbarStyles = css`
    .toolbar .keys {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
      min-width: 0;
    }
    .filter-menu {
      margin-inline-start: auto;
    }
    .filter-toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      min-height: 32px;
      padding: 0.25rem 0.7rem;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
      font-size: 0.875rem;
      cursor: pointer;
    }
    /* The arrow is for the eye: no part of the button's name (empty alternative text). */
    .filter-toggle::after {
      content: ' \\25BE' / '';
    }
    .filter-toggle:hover {
      background: var(--_surface);
    }
    .filter-toggle[aria-expanded='true'] {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }
    .filter-panel {
      position: absolute;
      inset-block-end: calc(100% + 0.375rem);
      inset-inline-end: 0;
      z-index: 3;
      box-sizing: border-box;
      max-width: 100%;
      max-height: min(60vh, 24rem);
      overflow: auto;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_bg);
      box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.2);
    }
    .filter-panel[hidden] {
      display: none;
    }
`;
