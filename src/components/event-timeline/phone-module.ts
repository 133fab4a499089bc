/**
 * The compact phone chronology's module (phone-view.ts), loaded on first
 * use (it is never on the chart's first paint); its styles are adopted into
 * the element's shadow root when it arrives. It keeps the view's state
 * between renders ("Show all" pressed, for which data; the events opened).
 *
 * The phone chronology stands in for the full list only for `view="auto"`
 * below `list-breakpoint`, once the element is measured in a browser:
 * `view="list"`, printing, server rendering and pages without JavaScript
 * keep the full list.
 */
import type { ReactiveControllerHost } from 'lit';
import type * as PhoneView from './phone-view.js';

/** Whether the phone chronology stands in for the list: `auto` below the breakpoint, measured, not printing, not turned off with `phone-events="0"`. */
export const compactView = (view: string, printing: boolean, measured: number, breakpoint: number, count?: number): boolean =>
  view === 'auto' && !printing && measured > 0 && measured < breakpoint && count !== 0;

export class PhoneModule {
  module?: typeof PhoneView;
  /** Set once loading started (`updateComplete` waits for the module). */
  pending?: Promise<void>;
  /** "Show all" was pressed for this chronology (new data folds again; a new filter keeps it). */
  all?: unknown;
  /** Ids of the events opened once (or selected): their details are drawn (phone-view.ts draws an event's details when it is first opened, and sets this at its first render: not in the entry). */
  opened?: Set<string>;
  /** The "Filters" panel (phone-filters.ts): open now, and drawn once (its filters are drawn when first opened); set by phone-view.ts too. */
  filters?: { open: boolean; drawn: boolean };

  constructor(
    readonly host: ReactiveControllerHost & {
      readonly renderRoot: HTMLElement | DocumentFragment;
      readonly updateComplete: Promise<boolean>;
    },
    /** The `phone-events` attribute (undefined: about two screens). */
    readonly count: () => number | undefined,
    /** The element's size: the viewport's height as last measured (0: not yet), for "about two screens". */
    readonly size: { readonly viewport: number },
  ) {}

  /** What `updateComplete` waits for: the module, once it is loading (and, meanwhile, any update no property asked for: the element's `shouldUpdate`). */
  get waiting(): Promise<void> | undefined {
    return this.module ? undefined : this.pending;
  }

  /** Starts loading the module (once); returns this. The element calls it from its first render at a phone's width, so that the module arrives while the data is read (the CDN build requests the chunks it imports at the same time: rollup.config.mjs). */
  load = (): this => {
    this.pending ??= import('./phone-view.js').then((m) => {
      const root = this.host.renderRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, m.phoneStyles.styleSheet!];
      this.module = m;
      this.host.requestUpdate();
    });
    return this;
  };
}
