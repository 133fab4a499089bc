/**
 * What the reader's tools add to `<event-timeline>` besides search and the
 * data (reader-tools.ts): the URL links, `link-state`
 * (link-state-controller.ts) and `link-selection` (deep-link-controller.ts),
 * each loaded once data is shown with its attribute set; and `pivot`, tick
 * labels relative to an event (layout/pivot.ts), written into the layout
 * before each render; and `axis-breaks` (axis-breaks.ts, loaded once
 * asked for), which the model then lays out with.
 */
import type { ReactiveController } from 'lit';
import { relabelTicks } from '../../layout/pivot.js';
import { xOf } from '../../layout/zoom-view.js';
import type { LayoutOptions, PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import type * as Breaks from './axis-breaks.js';
import { setBreakDrawer } from './chart-view.js';
import type { DeepLinkController } from './deep-link-controller.js';
import type { ToolsDeps, ToolsHost } from './reader-tools.js';

export class ReaderExtras implements ReactiveController {
  /** Modules while they load (`updateComplete` waits for them). */
  private _loads = new Map<string, Promise<unknown> | undefined>();
  private _deepLink?: DeepLinkController;
  /** Layouts with relative tick labels → the layout they were made from, and the pivot's id. */
  private _pivoted = new WeakMap<object, { plain: TimelineLayout; id: string }>();
  private _breaks?: typeof Breaks;
  /** The model's layout with breaks, for one `axis-breaks` value. */
  private _withBreaks?: { value: string; layout: (p: PreparedTimeline, options: LayoutOptions) => TimelineLayout };

  constructor(
    private host: ToolsHost,
    private deps: ToolsDeps,
  ) {
    host.addController(this);
  }

  /** A module being loaded, if any. */
  get pending(): Promise<unknown> | undefined {
    return [...this._loads.values()].find(Boolean);
  }

  /** New data was shown: `link-selection` opens the event the URL names. */
  shown(): void {
    this._deepLink?.open();
  }

  /** Loads a module once, and runs `then` with it. */
  private _load<M>(name: string, load: () => Promise<M>, then: (m: M) => void) {
    if (this._loads.has(name)) return;
    this._loads.set(
      name,
      load().then((m) => {
        then(m);
        this._loads.set(name, undefined);
      }),
    );
  }

  /** Before each render: the model lays out with `axis-breaks` (or without); the axis labels relative to `pivot` (or back to dates without it). */
  hostUpdate(): void {
    this._axisBreaks();
    const { model, data, i18n } = this.deps;
    const l = model.layout;
    const id = this.host.pivot;
    const was = l && this._pivoted.get(l);
    if (!l || (was && was.id === id)) return;
    if (!id) {
      if (was) model.layout = was.plain;
      return;
    }
    const e = data.chronology?.events.find((x) => x.id === id);
    if (!e) return;
    const plain = was ? was.plain : l;
    const ticks = relabelTicks(plain.ticks, e.start.instant, i18n.lang, (t) => xOf(plain, t));
    // The labels move with their ticks.
    const tickLabelX = plain.frame.tickLabelX.map((lx, i) => (lx === null ? null : lx + ticks[i]!.x - plain.ticks[i]!.x));
    model.layout = { ...plain, ticks, frame: { ...plain.frame, tickLabelX } };
    this._pivoted.set(model.layout, { plain, id });
  }

  /** `axis-breaks`: loads its module, and has the model lay out with it (a new value or none: laid out again for this render). */
  private _axisBreaks(): void {
    const { host, deps } = this;
    const value = host.axisBreaks;
    const b = this._breaks;
    if (value != null && !b)
      this._load(
        'breaks',
        () => import('./axis-breaks.js'),
        (m) => {
          this._breaks = m;
          setBreakDrawer(m.renderBreaks);
          host.requestUpdate();
        },
      );
    if (value == null || !b) this._withBreaks = undefined;
    else if (this._withBreaks?.value !== value) this._withBreaks = { value, layout: (p, options) => b.layoutWithBreaks(p, options, value) };
    const layout = this._withBreaks?.layout;
    // Before this render (a request here would be lost: the element is updating).
    if (deps.model.layoutWith !== layout) {
      deps.model.layoutWith = layout;
      deps.model.update();
    }
  }

  hostUpdated(): void {
    const h = this.host;
    const d = this.deps.data;
    if (d.status !== 'ready') return;
    if (h.linkState)
      this._load(
        'state',
        () => import('./link-state-controller.js'),
        (m) => new m.LinkStateController(h, this.deps),
      );
    if (h.linkSelection)
      this._load(
        'selection',
        () => import('./deep-link-controller.js'),
        (m) => {
          this._deepLink = new m.DeepLinkController(h, () => (d.status === 'ready' ? d.chronology : null));
          this._deepLink.open();
        },
      );
  }
}
