import { css } from 'lit';

/**
 * Global design tokens, read once on `:host` into private `--_*` variables.
 * Defaults follow the page's `color-scheme` through `light-dark()`.
 */
export const tokens = css`
  :host {
    --_font: var(--chronoline-font-family, inherit);
    --_text: var(--chronoline-color-text, light-dark(#1a1a1a, #ececec));
    --_muted: var(--chronoline-color-muted, light-dark(#575757, #b4b4b4));
    --_bg: var(--chronoline-color-background, light-dark(#ffffff, #121212));
    --_surface: var(--chronoline-color-surface, light-dark(#f5f5f2, #1d1d1d));
    --_grid: var(--chronoline-color-grid, light-dark(#e2e2de, #343434));
    --_accent: var(--chronoline-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_radius: var(--chronoline-radius, 6px);
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_text);
    /* The page's alignment and spacing of its own text must not leak in (font, colour and size do, on purpose). */
    text-align: start;
    text-indent: 0;
    letter-spacing: normal;
    text-transform: none;
    white-space: normal;
  }
  /* A page rule such as * { color: red } matches the host and would be
     inherited inside: the shadow root's top level sets the colour again. */
  :host > * {
    color: var(--_text);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Border-box for the HTML boxes only. (A universal rule here, with
     inherit, made every zoom frame's style recalculation cost hundreds of
     milliseconds over the SVG's marks.) */
  div,
  section,
  header,
  p,
  ul,
  ol,
  li,
  dl,
  details,
  button,
  img {
    box-sizing: border-box;
  }
`;
