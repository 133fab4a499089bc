/**
 * The box of `<event-timeline>`: its height, known before the data arrives
 * (no layout shift), and the skeleton shown until then.
 */
import { css } from 'lit';

export const boxStyles = css`
    /*
     * The box, known before the data arrives (no layout shift), and the chart fits it: a height given (the height
     * attribute or a CSS height), else the default, at most 80 % of the viewport's height and 40rem (a page's CSS
     * height: auto lets the chart grow with its data). The list grows with its content; while it loads its skeleton
     * is a screen tall (the compact list below the breakpoint is longer), so what it pushes down is out of view.
     */
    :host(:not([data-list])) {
      height: min(80vh, 40rem);
    }
    :host([data-list][data-loading]) {
      min-height: 100vh;
    }
    :host(:not([data-list])) .root,
    :host([data-loading]) .root {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: inherit;
    }
    /* The skeleton: the loading message fills the box, in its middle. */
    :host([data-loading]) .status {
      flex: 1 1 auto;
      display: grid;
      place-items: center;
      margin: 0;
    }
`;
