/**
 * The element's width, from a ResizeObserver: the chart's layout width and
 * what `view="auto"` compares with `list-breakpoint`. Until it is measured
 * (and in the render that hydrates server-rendered DOM), `ssr-width` stands
 * in, so that the first render matches the server's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  /** The last measured width, px (0 until measured). */
  width = 0;
  private _observer?: ResizeObserver;
  private _frame = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private ssrWidth: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1]!.contentRect.width);
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

  hostDisconnected(): void {
    this._observer?.disconnect();
    cancelAnimationFrame(this._frame);
  }

  /** The measured width, except in the first render when there is an `ssr-width` (it must match the server's). */
  get measured(): number {
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
