/**
 * The chart's eras (era-view.ts), in a module loaded only when the
 * chronology has eras: until it is here, no bands; when it arrives, each
 * element that asked renders again (era-view.ts adopts its styles). (Kept
 * tiny: it is in the first-paint bundle; a repeated `import()` is the same
 * module.)
 */
import type { ReactiveControllerHost } from 'lit';
import type { Chronology } from '../../schema/parse.js';
import type { TimelineLayout } from '../../layout/layout-types.js';
import type * as EraView from './era-view.js';

let view: typeof EraView | undefined;

/** The bands of the chronology's eras in layout `l`, once the module is here (loading it, then rendering `host` again); nothing without eras. */
export const eraBands = (host: ReactiveControllerHost & HTMLElement, c: Chronology, l: TimelineLayout, lang: string): unknown =>
  c.eras &&
  (view
    ? view.renderEras(c.eras, l, lang, host)
    : void import('./era-view.js').then((m) => {
        view = m;
        host.requestUpdate();
      }));
