/**
 * Label widths for the layout, measured with an element's own font on a
 * canvas (cached per text; the cache empties when the font changes). Before
 * the element is measured (server rendering, hydration), widths are
 * estimated (7 px a character), the same on the server and in the browser.
 */
import { phaseStart } from '../load/phases.js';

/** Size of the chart's label text, px. */
const LABEL_FONT_SIZE = 12;

export class TextMeasure {
  private _cache = new Map<string, number>();
  private _canvas?: CanvasRenderingContext2D | null;
  private _font = '';
  private _canvasFont = '';
  /** Time spent measuring on the canvas, ms (counted only with the bench's timings on: src/load/phases.ts). */
  ms = 0;

  /** Reads the element's font once per layout: `measured` false estimates widths instead. */
  resolve(el: Element, measured: boolean): void {
    const font = measured ? `${LABEL_FONT_SIZE}px ${getComputedStyle(el).fontFamily || 'sans-serif'}` : '';
    if (font !== this._font) {
      this._font = font;
      this._cache.clear();
      // A new function for a new font: what the layout caches per measure function (shortened labels) starts again.
      this.measure = this._measure.bind(this);
    }
  }

  /** Label width in px. */
  measure = this._measure.bind(this);

  private _measure(text: string): number {
    let w = this._cache.get(text);
    if (w === undefined) {
      const t = phaseStart();
      if (this._canvas === undefined && this._font) this._canvas = document.createElement('canvas').getContext('2d');
      if (this._canvas && this._font) {
        // Setting a canvas font parses it: only when it changed.
        if (this._canvasFont !== this._font) this._canvas.font = this._canvasFont = this._font;
        w = this._canvas.measureText(text).width;
      } else w = text.length * 7;
      this._cache.set(text, w);
      if (t >= 0) this.ms += performance.now() - t;
    }
    return w;
  }
}
