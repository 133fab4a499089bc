/**
 * What the two HTML readers share: their result, the element classes, and
 * the builder that lays text out as a browser shows it.
 */

/** An `<a href>` found in the HTML: the `href` as written (untrusted) and the link's text. */
export interface HtmlLink {
  href: string;
  text: string;
}

/** Something in the HTML that has no plain-text form and was left out (an image, a script). */
export interface HtmlDropped {
  /** The element's tag name, lower-case: `img`, `script`, `iframe`, … */
  tag: string;
  /** Its `src` (or `data`) when it had one, for the report. */
  src?: string;
}

/** The plain text of an HTML fragment, its links and what was left out. */
export interface HtmlText {
  /** Whitespace collapsed as a browser shows it; blocks separated by a blank line, `<br>` by a line break. */
  text: string;
  links: HtmlLink[];
  dropped: HtmlDropped[];
}

/** Converts an HTML fragment to plain text (see `htmlToText`). */
export type HtmlToText = (html: string) => HtmlText;

/** Elements whose content is not text a reader would see, or is active content. */
export const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'title',
  'head',
  'textarea',
  'select',
  'audio',
  'video',
  'canvas',
  'noembed',
  'noframes',
  'xmp',
]);

/** Elements with no content that are still worth reporting when they are dropped. */
export const DROPPED_VOID = new Set(['img', 'picture', 'source', 'input', 'frame', 'param', 'track']);

/** Elements that start and end a block of text. */
export const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);

/** Table cells: separated by a space, like inline text. */
export const CELLS = new Set(['td', 'th']);

/**
 * Accumulates text the way a browser lays it out: runs of white space become
 * one space, blocks are separated by a blank line, `<br>` ends a line, and
 * nothing leads or trails. Linear: the text is kept as parts joined once at
 * the end (reading the end of one growing string, as `endsWith` does, would
 * copy it each time: `'<p>x</p>'.repeat(1e5)` took seconds).
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  /** The last character written ('' when nothing is). */
  private last = '';
  private breaks = 0;

  /** Inline text (already decoded). */
  text(raw: string): void {
    let s = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!s) return;
    const atLineStart = this.length === 0 || this.breaks > 0 || this.last === '\n';
    if ((atLineStart || this.last === ' ') && s[0] === ' ') s = s.slice(1);
    if (!s) return;
    if (this.breaks > 0 && this.length !== 0) {
      this.trimSpaces();
      this.push('\n'.repeat(this.breaks));
    }
    this.breaks = 0;
    this.push(s);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1]!;
  }

  /** Drops the spaces at the end of the text written so far. */
  private trimSpaces(): void {
    const parts = this.parts;
    while (parts.length) {
      const p = parts[parts.length - 1]!;
      let end = p.length;
      while (end > 0 && p[end - 1] === ' ') end--;
      this.length -= p.length - end;
      if (end > 0) {
        parts[parts.length - 1] = p.slice(0, end);
        break;
      }
      parts.pop();
    }
    const p = parts[parts.length - 1];
    this.last = p ? p[p.length - 1]! : '';
  }

  /** The edge of a block (`<p>`, `<div>`, `<li>`, …). */
  block(): void {
    this.breaks = 2;
  }

  /** A `<br>`: one line break; two in a row make a blank line. */
  lineBreak(): void {
    this.breaks = Math.min(this.breaks + 1, 2);
  }

  /** A separator between table cells. */
  space(): void {
    if (this.length !== 0 && this.breaks === 0 && this.last !== ' ') this.push(' ');
  }

  /** Where the text is now, to read back what a link wrapped. */
  mark(): number {
    return this.length;
  }

  /** The text written since `mark`, trimmed (only the parts since `mark` are read). */
  since(mark: number): string {
    let k = this.parts.length;
    let at = this.length;
    while (k > 0 && at > mark) at -= this.parts[--k]!.length;
    return this.parts
      .slice(k)
      .join('')
      .slice(Math.max(0, mark - at))
      .replace(/\s+/g, ' ')
      .trim();
  }

  done(): string {
    const out = this.parts.join('');
    let end = out.length;
    while (end > 0 && (out[end - 1] === ' ' || out[end - 1] === '\n')) end--;
    return out.slice(0, end);
  }
}

/** Fast path: text with no markup and no entities is only whitespace-collapsed. */
export const isPlain = (html: string) => !/[<&]/.test(html);

export function plain(html: string): HtmlText {
  const b = new TextBuilder();
  b.text(html);
  return { text: b.done(), links: [], dropped: [] };
}

/**
 * What both readers (html-dom.ts on a parsed document, html-fallback.ts on
 * tokens) collect from a fragment: its text, its links and the elements left
 * out, with the same rules for where lines, blocks and cells break.
 */
export class HtmlCollector extends TextBuilder {
  readonly links: HtmlLink[] = [];
  readonly dropped: HtmlDropped[] = [];

  /** An element left out with its content; `src`: what it would have loaded (its `src` or `data`). */
  drop(tag: string, src: string | undefined): void {
    this.dropped.push(src === undefined ? { tag } : { tag, src });
  }

  /** A link to `href` whose text is what was written since `mark` (from `mark()`). */
  link(href: string, mark: number): void {
    this.links.push({ href, text: this.since(mark) });
  }

  /** The start of an element that is read: `<br>` ends a line, a block starts one, a cell is a space. */
  start(tag: string): void {
    if (tag === 'br') this.lineBreak();
    else if (BLOCKS.has(tag)) this.block();
    else if (CELLS.has(tag)) this.space();
  }

  result(): HtmlText {
    return { text: this.done(), links: this.links, dropped: this.dropped };
  }
}

/** The text of `html`: as it is when it has no markup and no entity, else what `read` collects. */
export function readHtml(html: string, read: (c: HtmlCollector) => void): HtmlText {
  if (isPlain(html)) return plain(html);
  const c = new HtmlCollector();
  read(c);
  return c.result();
}
