/**
 * Zoom and pan of `<event-timeline>`: the visible range lives in the model
 * (`model.view`) and the element renders it. The gesture (d3-zoom, the one
 * place D3 owns; zoom-gesture.ts) loads once the chart's first frame is painted,
 * so that drawing the chart waits for neither; until then a range is set
 * directly. `range-change` goes out when a gesture ends on a new range.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import { clampView } from '../../layout/view-range.js';
import type { ZoomGesture } from './zoom-gesture.js';
import { afterPaint } from '../../load/after-paint.js';

/** The gesture's module, once loaded (one module for every timeline on the page). */
let G: typeof import('./zoom-gesture.js') | undefined;
let loadingG: Promise<unknown> | undefined;

/** The shortest span the chart zooms to, ms. */
export const MIN_VISIBLE_SPAN = 2 * 3_600_000;

export interface ZoomHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly wheelZoom: string;
  readonly updateComplete: Promise<boolean>;
}

export class ZoomController implements ReactiveController {
  /** Set while the gesture's module loads (`updateComplete` waits for it). */
  pending?: Promise<unknown>;
  private _gesture?: ZoomGesture;
  private _lastRange = '';

  constructor(
    private host: ZoomHost,
    private model: { readonly prepared: PreparedTimeline | null; readonly layout: TimelineLayout | null; view: [number, number] | null },
    /** The interface strings (the hint after a plain wheel: "Ctrl + scroll to zoom"). */
    private i18n: { readonly m: Messages; readonly locale: string },
    /** The range changed at the end of a gesture. */
    private onRange: (range: { start: Date; end: Date }) => void,
    /** Says the new range in the live region, once it is drawn ("Showing 12 of 64 events, 3 June – 9 June"). */
    private say: (text: string) => void,
  ) {
    host.addController(this);
  }

  /** The visible range (the whole chronology when not zoomed). */
  get range(): { start: Date; end: Date } | null {
    const d = this.model.view ?? this.model.prepared?.extent;
    return d ? { start: new Date(d[0]), end: new Date(d[1]) } : null;
  }

  /** True when the gesture is attached (zooming around a point needs it). */
  get attached(): boolean {
    return !!this._gesture?.attached;
  }

  /** Another chronology: back to the whole of it. */
  reset(): void {
    this.model.view = null;
    this._lastRange = '';
  }

  /** After each update: the gesture follows the chart's SVG (the chart is drawn first; the gesture's module follows, then the next update attaches it). */
  hostUpdated(): void {
    const { prepared: p, layout: l } = this.model;
    const target = this.host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (!target || !p || !l) return this._gesture?.detach();
    if (!G) {
      // After the chart's first frame is painted: the gesture is not needed to see it.
      loadingG ??= afterPaint()
        .then(() => import('./zoom-gesture.js'))
        .then((m) => (G = m));
      this.pending ??= loadingG.then(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
      return;
    }
    this._gesture ??= new G.ZoomGesture(
      this.model,
      (v) => this._setView(v),
      () => this._onEnd(),
      { wheelAlways: () => this.host.wheelZoom === 'always', hint: (mac) => this.i18n.m.zoomHint(mac) },
    );
    this._gesture.attach(target, p, l);
  }

  hostDisconnected(): void {
    this._gesture?.detach();
  }

  /** Zooms by `factor` around the centre of the view, or around `x` (px). */
  zoomBy(factor: number, x?: number): void {
    if (this.attached) this._gesture!.zoomBy(factor, x);
    // Called before the gesture's module arrived (right after the first render): apply it then.
    else if (this.pending) void this.host.updateComplete.then(() => this.attached && this.zoomBy(factor, x));
  }

  /** Shows a time range (clamped to the chronology), through the gesture when it is attached. */
  setView(v: [number, number] | null): void {
    const p = this.model.prepared;
    if (this.attached && this.model.layout) this._gesture!.show(v);
    else this._setView(v && p ? clampView(v, p.extent) : v);
  }

  private _setView(v: [number, number] | null) {
    this.model.view = v;
    this.host.requestUpdate();
  }

  private _onEnd() {
    const r = this.range;
    if (!r) return;
    const key = `${+r.start}:${+r.end}`;
    if (key === this._lastRange) return;
    this._lastRange = key;
    void this.host.updateComplete.then(() => this.say(G!.rangeText(this.model, this.i18n)));
    this.onRange(r);
  }
}
