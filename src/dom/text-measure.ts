/**
 * Label widths for the layout, measured with an element's own font on a
 * canvas (cached per text; the cache empties when the font changes). Before
 * the element is measured (server rendering, hydration), widths are
 * estimated (7 px a character), the same on the server and in the browser.
 */

/** Size of the chart's label text, px. */
const LABEL_FONT_SIZE = 12;

export class TextMeasure {
  private _cache = new Map<string, number>();
  private _canvas?: CanvasRenderingContext2D | null;
  private _font = '';
  private _canvasFont = '';

  /** Reads the element's font once per layout: `measured` false estimates widths instead. */
  resolve(el: Element, measured: boolean): void {
    const font = measured ? `${LABEL_FONT_SIZE}px ${getComputedStyle(el).fontFamily || 'sans-serif'}` : '';
    if (font !== this._font) {
      this._font = font;
      this._cache.clear();
    }
  }

  /**
   * Readies the canvas and the element's font before there is text to lay out
   * (the first measure in a font costs milliseconds: the font is looked up
   * then), without caching a width.
   */
  warm(el: Element): void {
    this.resolve(el, true);
    const c = this._context();
    if (!c) return;
    c.font = this._canvasFont = this._font;
    c.measureText('0');
  }

  /** The canvas's context, created on first use (null where there is no canvas). */
  private _context(): CanvasRenderingContext2D | null {
    if (this._canvas === undefined) this._canvas = document.createElement('canvas').getContext('2d');
    return this._canvas;
  }

  /** Label width in px. */
  measure = (text: string): number => {
    let w = this._cache.get(text);
    if (w === undefined) {
      const c = this._font ? this._context() : null;
      if (c) {
        // Setting a canvas font parses it: only when it changed.
        if (this._canvasFont !== this._font) c.font = this._canvasFont = this._font;
        w = c.measureText(text).width;
      } else w = text.length * 7;
      this._cache.set(text, w);
    }
    return w;
  };
}
