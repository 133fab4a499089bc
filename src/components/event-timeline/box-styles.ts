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
     * is 180vh tall: the phone chronology's first events fill about two screens with its head, keys and
     * "Show all" (1,488 px for June at 390×844), so what the list moves when it comes is out of view.
     * A server-rendered element (data-server) keeps the height the server laid it out at, unless one is given.
     */
    :host(:not([data-list]):not([data-server])) {
      height: min(80vh, 40rem);
    }
    :host([data-list][data-loading]) {
      min-height: 180vh;
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
    /*
     * The chart keeps most of the box: below it one line (chart-toolbar.ts) holds the keys and a "Filters"
     * button whose panel opens over the chart (it moves nothing on the page). Lanes that do not fit even at
     * one row each (fit-height.ts) scroll within the stage, lane names with them: nothing is clipped.
     */
    :host(:not([data-list])) .stage {
      overflow-x: hidden;
      overflow-y: auto;
      scrollbar-width: thin;
    }
    .toolbar {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      /* The filter button's height, before its styles come (with the list's module): the line does not grow. */
      min-height: 32px;
      margin-block-start: 0.375rem;
    }
    .toolbar .legend {
      margin: 0;
    }
`;
