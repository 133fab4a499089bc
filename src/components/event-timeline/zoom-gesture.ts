/**
 * The zoom gesture itself: d3-zoom on the chart's SVG, the one place D3 owns
 * the DOM. Loaded with d3-zoom right after the chart's first render (see
 * zoom-controller.ts). It turns gestures into views (`onView`) and brings
 * d3's transform back in step with the view after a resize or new data
 * without reporting that echo as a gesture.
 *
 * A guest in the page: a plain wheel scrolls the page (the gesture lets it
 * through and asks for the hint instead); Ctrl/⌘ + wheel and a trackpad
 * pinch (a wheel with `ctrlKey`) zoom, or every wheel with
 * `wheel-zoom="always"`. Touch is ours, not d3's: the SVG is
 * `touch-action: pan-y`, so a vertical swipe scrolls the page natively and
 * the pointer events left to us are horizontal drags (pan) and two-finger
 * pinches (zoom around the fingers).
 */
import type { D3ZoomEvent } from 'd3-zoom';
import { css } from 'lit';
import { select, zoom, zoomIdentity, zoomTransform } from '../../d3/zoom.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import { sameView } from '../../layout/view-range.js';
import { maxZoom, transformFor, viewFor, type ZoomTransformX } from '../../layout/zoom-view.js';
import { MIN_VISIBLE_SPAN } from './zoom-controller.js';

export { rangeText } from './range-text.js';

/** The hint's look: adopted into the chart's shadow root the first time the hint shows. */
const hintStyles = css`
    .zoom-hint {
      position: absolute;
      inset: 0;
      margin: auto;
      height: fit-content;
      width: fit-content;
      padding: 0.5em 1em;
      border-radius: var(--_radius);
      background: var(--_text);
      color: var(--_bg);
      pointer-events: none;
    }
`;

type Model = { readonly prepared: PreparedTimeline | null; readonly layout: TimelineLayout | null; readonly view: [number, number] | null };
const toD3 = (t: ZoomTransformX) => zoomIdentity.translate(t.x, 0).scale(t.k);

export class ZoomGesture {
  private _zoom = zoom<SVGSVGElement, unknown>()
    .duration(0)
    // d3's touch handlers would cancel the page's vertical scroll: touch goes through _onPointer.
    .touchable(false)
    .filter((e: MouseEvent & WheelEvent) => {
      if (e.type !== 'wheel') return !e.ctrlKey && !e.button;
      if (e.ctrlKey || e.metaKey || this.opts.wheelAlways()) return true;
      this._showHint();
      return false;
    })
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
    private opts: {
      /** `wheel-zoom="always"`: every wheel zooms (full-page applications). */
      wheelAlways: () => boolean;
      /** The hint's text, shown for a moment after a plain wheel went to the page ("Ctrl + scroll to zoom"; `mac`: ⌘). */
      hint: (mac: boolean) => string;
    },
  ) {}

  private _hint?: HTMLElement;
  private _hintTimer?: ReturnType<typeof setTimeout>;

  /** Shows the hint over the chart until 1.5 s after the last plain wheel (text only; drawn by .zoom-hint). */
  private _showHint() {
    const plot = this._target?.parentElement;
    if (!plot) return;
    const p = (this._hint ??= document.createElement('p'));
    p.className = 'zoom-hint';
    p.setAttribute('aria-hidden', 'true');
    p.textContent = this.opts.hint(/Mac|iP/.test(navigator.platform));
    const root = plot.getRootNode() as ShadowRoot;
    const sheet = hintStyles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    plot.append(p);
    clearTimeout(this._hintTimer);
    this._hintTimer = setTimeout(() => p.remove(), 1500);
  }

  /** Touch pointers down on the chart: id → last clientX (and clientY for pinches). */
  private _touches = new Map<number, [number, number]>();

  private _onPointer = (e: PointerEvent) => {
    if (e.pointerType !== 'touch' || !this._target) return;
    const t = this._touches;
    const before = [...t.values()];
    if (e.type === 'pointerdown') t.set(e.pointerId, [e.clientX, e.clientY]);
    else if (!t.has(e.pointerId)) return;
    else if (e.type === 'pointermove') t.set(e.pointerId, [e.clientX, e.clientY]);
    else {
      t.delete(e.pointerId);
      if (!t.size) this.onEnd();
      return;
    }
    const after = [...t.values()];
    if (e.type !== 'pointermove' || before.length !== after.length) return;
    const sel = select(this._target);
    const left = this._target.getBoundingClientRect().left;
    const mid = (p: [number, number][]) => (p.length > 1 ? (p[0]![0] + p[1]![0]) / 2 : p[0]![0]);
    const k = zoomTransform(this._target).k;
    // Pan by the (mid)point's move, then (two fingers) scale by the change of their distance around it.
    sel.call(this._zoom.translateBy, (mid(after) - mid(before)) / k, 0);
    if (after.length > 1) {
      const d = (p: [number, number][]) => Math.hypot(p[0]![0] - p[1]![0], p[0]![1] - p[1]![1]);
      if (d(before) > 0) sel.call(this._zoom.scaleBy, d(after) / d(before), [mid(after) - left, 0]);
    }
  };

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
      this.detach();
      this._target = target;
      select(target).call(this._zoom);
      for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'])
        target.addEventListener(type, this._onPointer as EventListener);
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
    const t = this._target;
    if (t) {
      select(t).on('.zoom', null);
      for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel'])
        t.removeEventListener(type, this._onPointer as EventListener);
    }
    this._target = undefined;
    this._touches.clear();
    this._hint?.remove();
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
