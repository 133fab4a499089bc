/**
 * The zoom gesture itself: d3-zoom on the chart's SVG, the one place D3 owns
 * the DOM. Loaded with d3-zoom right after the chart's first render (see
 * zoom-controller.ts). It turns gestures into views (`onView`) and brings
 * d3's transform back in step with the view after a resize or new data
 * without reporting that echo as a gesture.
 */
import type { D3ZoomEvent } from 'd3-zoom';
import { select, zoom, zoomIdentity, zoomTransform } from '../../d3/zoom.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import { sameView } from '../../layout/view-range.js';
import { maxZoom, transformFor, viewFor, type ZoomTransformX } from '../../layout/zoom-view.js';
import { MIN_VISIBLE_SPAN } from './zoom-controller.js';

type Model = { readonly prepared: PreparedTimeline | null; readonly layout: TimelineLayout | null; readonly view: [number, number] | null };
const toD3 = (t: ZoomTransformX) => zoomIdentity.translate(t.x, 0).scale(t.k);

export class ZoomGesture {
  private _zoom = zoom<SVGSVGElement, unknown>()
    .duration(0)
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => this._onZoom(e.transform))
    .on('end', () => this._syncing || this.onEnd());
  private _target?: SVGSVGElement;
  /** True while d3's transform is re-synced with the view (its events are echoes, not gestures). */
  private _syncing = false;

  constructor(
    private model: Model,
    /** A gesture moved the view (`null`: the whole chronology). */
    private onView: (view: [number, number] | null) => void,
    /** A gesture ended. */
    private onEnd: () => void,
  ) {}

  get attached(): boolean {
    return !!this._target;
  }

  /** Attaches to the chart's SVG (after each update: the extent, the plot or the view may have changed). */
  attach(target: SVGSVGElement, p: PreparedTimeline, l: TimelineLayout): void {
    this._zoom
      .scaleExtent([1, maxZoom(p.extent, MIN_VISIBLE_SPAN)])
      .extent([
        [l.plotLeft, 0],
        [l.plotRight, l.height],
      ])
      .translateExtent([
        [l.plotLeft, -Infinity],
        [l.plotRight, Infinity],
      ]);
    if (target !== this._target) {
      this._target = target;
      select(target).call(this._zoom);
    }
    // Keep d3's transform in step with the view (after a resize or new data).
    const want = transformFor(p.extent, l, this.model.view ?? p.extent);
    const have = zoomTransform(target);
    if (Math.abs(have.k - want.k) > 1e-6 || Math.abs(have.x - want.x) > 0.5) {
      this._syncing = true;
      try {
        select(target).call(this._zoom.transform, toD3(want));
      } finally {
        this._syncing = false;
      }
    }
  }

  detach(): void {
    if (this._target) select(this._target).on('.zoom', null);
    this._target = undefined;
  }

  /** Zooms by `factor` around the centre of the view, or around `x` (px). */
  zoomBy(factor: number, x?: number): void {
    if (this._target) select(this._target).call(this._zoom.scaleBy, factor, x === undefined ? undefined : [x, 0]);
  }

  /** Shows a time range through the gesture (so that d3 knows it). */
  show(v: [number, number] | null): void {
    const { prepared: p, layout: l } = this.model;
    if (this._target && p && l) select(this._target).call(this._zoom.transform, toD3(v ? transformFor(p.extent, l, v) : { k: 1, x: 0 }));
  }

  private _onZoom(t: ZoomTransformX) {
    const { prepared: p, layout: l } = this.model;
    if (this._syncing || !p || !l) return;
    const next = viewFor(p.extent, l, t);
    // Re-syncing d3 after a resize gives back the same view: keep it, no re-layout.
    if (!sameView(next, this.model.view)) this.onView(next);
  }
}
