/**
 * What `<event-timeline>` draws, recomputed only when its inputs change:
 * the prepared data (per chronology, grouping, display zone, filter and
 * language) and the layout (per prepared data, width, visible range and
 * view). Selection and focus changes re-render but move nothing.
 */
import type { Messages } from '../../i18n/messages.js';
import type { GroupBy } from '../../layout/lanes.js';
import { clampView } from '../../layout/view-range.js';
import {
  computeTimelineLayout,
  prepareTimeline,
  type LayoutOptions,
  type PreparedTimeline,
  type TimelineLayout,
} from '../../layout/timeline-layout.js';
import type { Chronology } from '../../schema/parse.js';
import { TextMeasure } from '../../dom/text-measure.js';
import { isServer } from 'lit';
import { SLICED_FROM } from '../../schema/lazy-parse.js';
import { resolveDisplayZone, type DisplayZone } from '../../time/display-zone.js';
import { formatter } from '../../time/intl.js';
import { afterPaint } from '../../load/after-paint.js';

/**
 * Time drawn beyond each side of the view, as a fraction of it: more than a
 * cluster cell (so the cells at the view's edges are whole), and no more,
 * since every zoom or pan frame lays out and draws the margins too.
 */
const VIEW_MARGIN = 0.15;

/** The element's properties the model reads. */
export interface ModelHost extends Element {
  groupBy: GroupBy;
  timeZone?: string;
  maxLanes: number;
  ssrWidth: number;
  /** The status filter: statuses separated by spaces or commas. */
  statusFilter?: string;
  requestUpdate(): void;
}

/** True when two lists of inputs differ. */
const differs = (a: readonly unknown[], b: readonly unknown[]) => a.length !== b.length || a.some((x, i) => x !== b[i]);

export class TimelineModel {
  prepared: PreparedTimeline | null = null;
  layout: TimelineLayout | null = null;
  /** The display zone of the data now prepared. */
  zone: DisplayZone = resolveDisplayZone(undefined, undefined);
  /** Lays out instead of `computeTimelineLayout` when set (`axis-breaks`: reader-extras.ts). */
  layoutWith?: (p: PreparedTimeline, options: LayoutOptions) => TimelineLayout;
  /** The visible range (UTC ms), or `null` for the whole chronology: the zoom gesture writes it. */
  view: [number, number] | null = null;
  private _measure = new TextMeasure();
  /** What the data now prepared (or being prepared) was prepared with: a preparation in slices ends when they change (prepare-later.ts). */
  prepareInputs: unknown[] = [];
  private _layoutInputs: unknown[] = [];
  private _warm = false;

  constructor(
    readonly host: ModelHost,
    private i18n: { lang: string; locale: string; rtl: boolean; m: Messages },
    /** The loader: while a large chronology is prepared in slices, it `wait`s for that work (so does `updateComplete`). */
    private data: { chronology: Chronology | null; wait(p: Promise<unknown>): void },
    private topics: { active: ReadonlySet<string> },
    /** The measured width (0 until measured, and in the render that hydrates server-rendered DOM). */
    private size: { measured: number; room: number; readonly probeBound: number },
    /** The view shown: the chart is laid out only for `chart`. */
    readonly shown: () => 'chart' | 'list',
  ) {}

  /** Shows prepared data (prepare-later.ts too, once a large chronology is prepared). */
  show(p: PreparedTimeline | null): void {
    this.prepared = p;
    // The same chronology updated keeps the reader's view, inside its new extent.
    if (this.view && p) this.view = clampView(this.view, p.extent);
  }

  /** Prepares and lays out what changed (called in the element's `willUpdate`). */
  update(): void {
    const { host, i18n: i } = this;
    const c = this.data.chronology;
    // No data yet (it is on its way, or comes later): once the empty box is painted, the costs that the first layout
    // would otherwise pay are paid while waiting for it (the label font's first measure, the first Intl formatter).
    if (!c && !this._warm && !isServer) {
      this._warm = true;
      void afterPaint().then(() => {
        if (!host.isConnected || this.prepared) return;
        this._measure.warm(host);
        formatter(this.i18n.locale, {}).resolvedOptions();
      });
    }
    const activeTopics = this.topics.active;
    const prepareInputs = [c, host.groupBy, host.timeZone, host.maxLanes, activeTopics, host.statusFilter, i.m, i.lang, i.locale, i.rtl];
    if (differs(prepareInputs, this.prepareInputs)) {
      // New data: nothing drawn until it is prepared (the same data prepared again, in slices, stays drawn meanwhile).
      if (c !== this.prepareInputs[0]) this.prepared = null;
      this.prepareInputs = prepareInputs;
      this.zone = resolveDisplayZone(host.timeZone, c?.timeZone);
      const { groupBy, maxLanes } = host;
      const options = {
        groupBy,
        timeZone: this.zone.zone,
        activeTopics,
        activeStatuses: host.statusFilter?.match(/[^\s,]+/g),
        maxLanes,
        lang: i.lang,
        othersLabel: i.m.others,
      };
      // A large chronology in a browser is prepared in slices (no long task), new data saying it is loading meanwhile
      // (body-view.ts). (Never in the render that hydrates server-rendered DOM: a large chronology is parsed in
      // slices, so it arrives after that render.)
      if (c && c.events.length > SLICED_FROM && !isServer)
        this.data.wait(import('./prepare-later.js').then((m) => m.prepareLater(this, c, options, prepareInputs)));
      else this.show(c ? prepareTimeline(c, options) : null);
    }
    // Not measured yet, or the render that hydrates server-rendered DOM: laid
    // out as on the server (`ssr-width`, estimated label widths).
    const measured = this.size.measured;
    const width = measured || host.ssrWidth;
    const p = this.prepared;
    const v = this.view;
    const shown = this.shown();
    const layoutInputs = [v?.[0], v?.[1], p, width, shown, this.size.room, this.layoutWith];
    // (A partial layout, the probe's, is never kept.)
    if (!differs(layoutInputs, this._layoutInputs) && !this.layout?.partial) return;
    // Only the (zoomed) view changed: a zoom or pan frame, laid out once (`extraHeight`).
    const frame = v && !differs(layoutInputs.slice(2), this._layoutInputs.slice(2));
    this._layoutInputs = layoutInputs;
    if (!p || width <= 0 || shown !== 'chart') {
      this.layout = null;
      return;
    }
    this._measure.resolve(host, measured > 0);
    const { lang, locale, rtl } = i;
    const domain = v ?? p.extent;
    const options = {
      width,
      domain,
      locale,
      lang,
      rtl,
      measureText: this._measure.measure,
      margin: VIEW_MARGIN,
      // Eras' labels get a strip of their own above the axis (ERA_STRIP in layout/eras.ts).
      axisHeight: c?.eras && 66,
      maxHeight: this.size.room || undefined,
      extraHeight: frame ? this.layout?.extraHeight : undefined,
      // The first chart's layout is only measured against the room (the probe render): taller than the box, it overflows.
      stopBelow: this.size.probeBound || undefined,
    };
    this.layout = (this.layoutWith ?? computeTimelineLayout)(p, options);
  }
}
