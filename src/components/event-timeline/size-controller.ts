/**
 * The element's width, from a ResizeObserver: the chart's layout width and
 * what `view="auto"` compares with `list-breakpoint`. Until it is measured
 * (and in the render that hydrates server-rendered DOM), `ssr-width` stands
 * in, so that the first render matches the server's.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cssProps } from '../../styles/css-props.js';

/**
 * The chart's stand-in: until it is laid out, an empty placeholder; in the
 * probe render (see `SizeController.probe`), an empty box of the laid-out
 * chart's height.
 */
export const probeBox = (height?: number) =>
  html`<div class="plot placeholder" ${cssProps({ height: height ? `${height}px` : undefined })}></div>`;

export class SizeController implements ReactiveController {
  /** The last measured width, px (0 until measured). */
  width = 0;
  /** The chart's room in the element's box, px (0: not measured): the layout fits it. */
  room = 0;
  /**
   * The viewport's height, px (0 until the element is measured), read where the layout is fresh (the first render's
   * measure, the observer's callbacks): read in a later render, `innerHeight` would lay the page out first.
   */
  viewport = 0;
  private _observer?: ResizeObserver;
  private _frame = 0;
  private _roomFrame = 0;
  private _stage?: HTMLElement | null;
  private _setHeight = false;

  constructor(
    private host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean; readonly renderRoot: ParentNode },
    private ssrWidth: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Server-rendered DOM (a declarative shadow root holding content before the first update) keeps the height the
    // server laid it out at: the default box does not apply to it (box-styles.ts), so hydration moves nothing.
    if (!this.host.hasUpdated && this.host.shadowRoot?.childElementCount) this.host.toggleAttribute('data-server', true);
    this._observer = new ResizeObserver((entries) => {
      // A given height shows as a stage whose chart overflows it: from then on the chart fits the stage.
      const s = this._stage;
      const room =
        s && entries.some((e) => e.target === s) ? (this.room || s.scrollHeight > s.clientHeight + 1 ? s.clientHeight : 0) : this.room;
      if (room !== this.room) {
        cancelAnimationFrame(this._roomFrame);
        this._roomFrame = requestAnimationFrame(() => {
          this.room = room;
          this.host.requestUpdate();
        });
      }
      const own = entries.filter((e) => e.target === this.host);
      if (!own.length) return;
      this.viewport = innerHeight;
      const w = Math.floor(own[own.length - 1]!.contentRect.width);
      // Hidden (display: none) reports 0: keep the last width until shown again.
      // The new width changes our height; applying it in the next frame keeps
      // that change out of this observer pass (no "ResizeObserver loop" error).
      if (w > 0 && w !== this.width) {
        cancelAnimationFrame(this._frame);
        this._frame = requestAnimationFrame(() => {
          this.width = w;
          this.host.requestUpdate();
        });
      }
    });
    this._observer.observe(this.host);
  }

  /**
   * The box, known before the data arrives (no layout shift): the `height`
   * attribute, else a CSS height, else the stylesheet's default (see
   * event-timeline.styles.ts); the list (`data-list`) grows with its content.
   * `loading` (`data-loading`): nothing to show yet, the box is a skeleton of
   * the size to come.
   */
  box(view: 'chart' | 'list', height?: number, loading = false): void {
    const h = this.host;
    h.toggleAttribute('data-list', view === 'list');
    h.toggleAttribute('data-loading', loading);
    if (height) h.style.setProperty('height', `${height}px`);
    else if (this._setHeight) h.style.removeProperty('height');
    this._setHeight = !!height;
  }

  /**
   * After each update: the chart's room (the stage between the head and the
   * legend) is observed; a new room lays the chart out again. A box that the
   * chart overflows is fitted at once: the room is read now and the next
   * update (`pending`, before this frame is painted) lays the chart out in
   * it, so no frame shows a clipped chart and `rendered` comes after the fit.
   */
  hostUpdated(): void {
    const stage = this.host.renderRoot.querySelector<HTMLElement>('.stage');
    const probing = this._probing;
    this._probing = false;
    // An update can land after the element left the page: observe nothing then (no probe then either).
    if (!this.host.isConnected) return;
    if (stage !== this._stage) {
      if (this._stage) this._observer?.unobserve(this._stage);
      if ((this._stage = stage)) this._observer?.observe(stage);
    }
    const fit = stage && !this.room && !this.pending && stage.clientHeight > 0 && stage.scrollHeight > stage.clientHeight + 1;
    if (fit) this.room = stage.clientHeight;
    // A probe that fits: the chart is drawn, as laid out, in the next update (also before this frame is painted).
    if (fit || probing)
      this.pending = Promise.resolve().then(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
  }

  private _probing = false;

  /**
   * True for the element's first chart (no stage observed yet: its room is not known)
   * (not for server-rendered DOM, `data-server`, which hydration must match): that render
   * draws an empty box of the chart's height instead (`probeBox`), whose
   * overflow `hostUpdated` reads as it would the chart's, and the next update
   * (before the frame is painted) draws the chart, fitted or as laid out. The
   * chart's DOM is then built once, instead of built, laid out by the browser
   * (the overflow read) and rebuilt fitted.
   */
  probe(): boolean {
    return (this._probing = !this._stage && this.host.isConnected && !this.host.hasAttribute('data-server'));
  }

  /**
   * Before the probe render (see `probe`): the element's height when it is a
   * length (not `auto`, a box that grows with the chart), which the stage
   * cannot exceed: a first layout taller than it overflows the stage whatever
   * the stage's room, so it may stop there (`stopBelow`). 0: no such bound.
   */
  get probeBound(): number {
    const h = this.host;
    if (this._stage || !h.isConnected || h.hasAttribute('data-server')) return 0;
    const height = h.computedStyleMap?.().get('height') as { unit?: string } | undefined;
    return height?.unit === 'px' ? h.clientHeight : 0;
  }

  /** Set while the chart is being fitted to its room (see `hostUpdated`). */
  pending?: Promise<void>;

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._stage = undefined;
    cancelAnimationFrame(this._frame);
    cancelAnimationFrame(this._roomFrame);
  }

  /**
   * The measured width, except in the first render when there is an
   * `ssr-width` (it must match the server's). The first render without one
   * measures the element at once (a layout, before the first paint), so that
   * it shows the view and the box of its real width from its first frame:
   * the ResizeObserver's answer comes a frame later.
   */
  get measured(): number {
    if (!this.ssrWidth() && !this.width && !this.host.hasUpdated && this.host.isConnected) {
      const h = this.host;
      const cs = getComputedStyle(h);
      this.width = Math.max(0, Math.floor(h.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight))) || 0;
      this.viewport = innerHeight;
    }
    return this.host.hasUpdated || !this.ssrWidth() ? this.width : 0;
  }

  /** The width to lay out at: measured, else `ssr-width`. */
  get current(): number {
    return this.measured || this.ssrWidth();
  }
}

/** The view to show: `chart` or `list` (`auto` resolved against the width; printing shows the list). */
export function shownView(view: 'chart' | 'list' | 'auto', printing: boolean, width: number, breakpoint: number): 'chart' | 'list' {
  if (printing) return 'list';
  if (view === 'list' || view === 'chart') return view;
  return width > 0 && width < breakpoint ? 'list' : 'chart';
}
