/**
 * The list view's and details panel's module (list-view.ts), loaded on first
 * use, while the data loads, or right after the chart's first render (it
 * also brings the summary line above the chart); its styles are adopted into
 * the element's shadow root when it arrives. On the server the module is
 * there from the start: `chronoline` in Node (src/server.ts) and
 * chronoline/ssr.js set `ListModule.preloaded` (src/ssr/setup.ts), so that
 * the first and only render has it.
 */
import type { ReactiveControllerHost } from 'lit';
import type * as ListView from './list-view.js';

/** Events the list renders at first, and more on each "Show more". */
const LIST_PAGE = 200;

export class ListModule {
  /** The module, loaded ahead of every element (server rendering). */
  static preloaded?: typeof ListView;
  module?: typeof ListView = ListModule.preloaded;
  /** Events the list view renders (new data starts again at one page). */
  limit = LIST_PAGE;
  private _limitOf?: readonly unknown[];
  /** Set once loading started (`updateComplete` waits for the module). */
  pending?: Promise<void>;

  constructor(private host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {}

  /** What `updateComplete` waits for: the module, once it is loading. */
  get waiting(): Promise<void> | undefined {
    return this.module ? undefined : this.pending;
  }

  /** "Show more": one page more, announced through `say` ("Showing 400 of 1,000 events"). */
  more(total: number, say: (showing: number) => void): void {
    this.limit += LIST_PAGE;
    say(Math.min(this.limit, total));
    this.host.requestUpdate();
  }

  /** Events the list shows of `items` (new data starts again at one page). */
  limitFor(items: readonly unknown[]): number {
    if (items !== this._limitOf) [this._limitOf, this.limit] = [items, LIST_PAGE];
    return this.limit;
  }

  load = (): void => {
    this.pending ??= import('./list-view.js').then((m) => {
      const root = this.host.renderRoot as ShadowRoot;
      const sheet = m.listStyles.styleSheet;
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.module = m;
      this.host.requestUpdate();
    });
  };
}
