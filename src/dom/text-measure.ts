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
    if (this._canvas === undefined) this._canvas = document.createElement('canvas').getContext('2d');
    if (!this._canvas) return;
    this._canvas.font = this._canvasFont = this._font;
    this._canvas.measureText('0');
  }

  /** Label width in px. */
  measure = (text: string): number => {
    if (this._canvas === undefined && this._font) this._canvas = document.createElement('canvas').getContext('2d');
    let w = this._cache.get(text);
    if (w === undefined) {
      if (this._canvas && this._font) {
        // Setting a canvas font parses it: only when it changed.
        if (this._canvasFont !== this._font) this._canvas.font = this._canvasFont = this._font;
        w = this._canvas.measureText(text).width;
      } else w = text.length * 7;
      this._cache.set(text, w);
    }
    return w;
  };
}
