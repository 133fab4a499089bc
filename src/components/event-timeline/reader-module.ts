/**
 * The reader's tools of `<event-timeline>` (reader-tools.ts: the search box,
 * search, the "Download data" menu and the data exports) and the URL links
 * (`link-state`: link-state-controller.ts; `link-selection`:
 * deep-link-controller.ts), each a module loaded on demand: the tools right
 * after the first render with data, or as soon as they are asked for; the
 * links' once data is shown with the attribute set. With `pivot`, the
 * layout's tick labels are made relative to that event (layout/pivot.ts,
 * loaded then) before each render.
 */
import type { ReactiveController } from 'lit';
import type { DeepLinkController } from './deep-link-controller.js';
import type { TimelineLayout } from '../../layout/timeline-layout.js';
import type * as Tools from './reader-tools.js';

export interface ReaderHost extends Tools.ToolsHost {
  linkSelection: boolean;
}

export class ReaderModule implements ReactiveController {
  tools?: Tools.ReaderTools;
  private _loading?: Promise<Tools.ReaderTools>;
  /** The links' modules while they load (`updateComplete` waits for them). */
  private _links = new Map<string, Promise<unknown> | undefined>();
  private _deepLink?: DeepLinkController;
  private _pivot?: typeof import('../../layout/pivot.js');
  /** Layouts with relative tick labels → the layout they were made from, and the pivot's id. */
  private _pivoted = new WeakMap<object, { plain: TimelineLayout; id: string }>();

  constructor(
    private host: ReaderHost,
    private deps: () => Tools.ToolsDeps,
  ) {
    host.addController(this);
  }

  /** What `updateComplete` waits for: the modules being loaded, and the search's. */
  get waiting(): Promise<unknown> | undefined {
    return (this.tools ? this.tools.search.pending : this._loading) ?? [...this._links.values()].find(Boolean);
  }

  /** The tools, once loaded. */
  load = (): Promise<Tools.ReaderTools> =>
    (this._loading ??= import('./reader-tools.js').then((m) => {
      this.tools = m.createTools(this.host, this.deps());
      this.host.requestUpdate();
      return this.tools;
    }));

  /** New data was shown: `link-selection` opens the event the URL names. */
  shown(): void {
    this._deepLink?.open();
  }

  /** Loads a module on demand once (`updateComplete` waits for it), and runs `then` with it. */
  private _link<M>(name: string, load: () => Promise<M>, then: (m: M) => void) {
    if (this._links.has(name)) return;
    this._links.set(
      name,
      load().then((m) => {
        then(m);
        this._links.set(name, undefined);
      }),
    );
  }

  /** Before each render: the axis labels relative to `pivot` (or back to dates without it). */
  hostUpdate(): void {
    const { model, data, i18n } = this.deps();
    const l = model.layout;
    const id = this.host.pivot;
    const was = l && this._pivoted.get(l);
    if (!l || (was && was.id === id)) return;
    if (!id) {
      if (was) model.layout = was.plain;
      return;
    }
    if (!this._pivot)
      return this._link(
        'pivot',
        () => import('../../layout/pivot.js'),
        (m) => {
          this._pivot = m;
          this.host.requestUpdate();
        },
      );
    const e = data.chronology?.events.find((x) => x.id === id);
    if (!e) return;
    const plain = was ? was.plain : l;
    model.layout = { ...plain, ticks: this._pivot.relabelTicks(plain.ticks, e.start.instant, i18n.lang) };
    this._pivoted.set(model.layout, { plain, id });
  }

  hostUpdated(): void {
    const h = this.host;
    const d = this.deps().data;
    if (d.chronology || h.search) void this.load();
    if (d.status !== 'ready') return;
    if (h.linkState)
      this._link(
        'state',
        () => import('./link-state-controller.js'),
        (m) => new m.LinkStateController(h, this.deps()),
      );
    if (h.linkSelection)
      this._link(
        'selection',
        () => import('./deep-link-controller.js'),
        (m) => {
          this._deepLink = new m.DeepLinkController(h, () => (d.status === 'ready' ? d.chronology : null));
          this._deepLink.open();
        },
      );
  }
}
