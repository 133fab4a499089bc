/**
 * HTML to plain text, for the HTML that TimelineJS keeps in its `headline`,
 * `text`, `caption` and `credit` fields. The importers never insert HTML
 * anywhere: they turn it into text once, here, and keep the links it holds.
 *
 * Two implementations with one result:
 *
 * - `htmlToTextDom` parses with `DOMParser`, which builds an inert document:
 *   no script runs, no image loads, no `onerror` fires, and nothing touches
 *   the live page. Every HTML5 entity is decoded exactly as a browser does.
 * - `htmlToTextFallback` is for runtimes without a DOM (Node, workers): a
 *   small tokenizer that drops tags, skips the content of `<script>`,
 *   `<style>` and the like, and decodes numeric entities and the common named
 *   ones (Latin-1, quotes, dashes). Unknown named entities stay as written.
 *   It never evaluates anything, so it is safe too; it is only less complete.
 *
 * `htmlToText` picks the first when `globalThis.DOMParser` exists.
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
const SKIPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math',
  'title', 'head', 'textarea', 'select', 'audio', 'video', 'canvas', 'noembed', 'noframes', 'xmp',
]);

/** Elements with no content that are still worth reporting when they are dropped. */
const DROPPED_VOID = new Set(['img', 'picture', 'source', 'input', 'frame', 'param', 'track']);

/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);

/** Table cells: separated by a space, like inline text. */
const CELLS = new Set(['td', 'th']);

/**
 * Accumulates text the way a browser lays it out: runs of white space become
 * one space, blocks are separated by a blank line, `<br>` ends a line, and
 * nothing leads or trails.
 */
class TextBuilder {
  private out = '';
  private breaks = 0;

  /** Inline text (already decoded). */
  text(raw: string): void {
    let s = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!s) return;
    const atLineStart = this.out === '' || this.breaks > 0 || this.out.endsWith('\n');
    if (atLineStart || this.out.endsWith(' ')) s = s.replace(/^ /, '');
    if (!s) return;
    if (this.breaks > 0 && this.out !== '') this.out = this.out.replace(/ +$/, '') + '\n'.repeat(this.breaks);
    this.breaks = 0;
    this.out += s;
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
    if (this.out !== '' && this.breaks === 0 && !this.out.endsWith(' ')) this.out += ' ';
  }

  /** Where the text is now, to read back what a link wrapped. */
  mark(): number {
    return this.out.length;
  }

  /** The text written since `mark`, trimmed. */
  since(mark: number): string {
    return this.out.slice(mark).replace(/\s+/g, ' ').trim();
  }

  done(): string {
    return this.out.replace(/[ \n]+$/, '');
  }
}

/** Fast path: text with no markup and no entities is only whitespace-collapsed. */
const isPlain = (html: string) => !/[<&]/.test(html);

function plain(html: string): HtmlText {
  const b = new TextBuilder();
  b.text(html);
  return { text: b.done(), links: [], dropped: [] };
}

// ---------------------------------------------------------------------------
// DOMParser
// ---------------------------------------------------------------------------

function walkDom(node: Node, b: TextBuilder, links: HtmlLink[], dropped: HtmlDropped[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      b.text((child as Text).data);
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || DROPPED_VOID.has(tag)) {
      const src = el.getAttribute('src') ?? el.getAttribute('data') ?? undefined;
      dropped.push(src === undefined ? { tag } : { tag, src });
      continue;
    }
    if (tag === 'br') {
      b.lineBreak();
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) b.block();
    if (CELLS.has(tag)) b.space();
    const href = tag === 'a' ? el.getAttribute('href') : null;
    const mark = b.mark();
    walkDom(el, b, links, dropped);
    if (href !== null) links.push({ href, text: b.since(mark) });
    if (block) b.block();
  }
}

/**
 * Plain text of an HTML fragment through `DOMParser` (an inert document: no
 * script runs and nothing loads). Throws when there is no `DOMParser` and
 * none is given.
 *
 * @example
 * htmlToTextDom('<p>Ada &amp; <a href="https://example.org/">Charles</a></p>')
 * // → { text: 'Ada & Charles', links: [{ href: 'https://example.org/', text: 'Charles' }], dropped: [] }
 */
export function htmlToTextDom(html: string, parser?: DOMParser): HtmlText {
  if (isPlain(html)) return plain(html);
  const p = parser ?? (typeof globalThis.DOMParser === 'function' ? new globalThis.DOMParser() : undefined);
  if (!p) throw new Error('htmlToTextDom: there is no DOMParser in this runtime; use htmlToTextFallback');
  const doc = p.parseFromString(html, 'text/html');
  const b = new TextBuilder();
  const links: HtmlLink[] = [];
  const dropped: HtmlDropped[] = [];
  walkDom(doc.body, b, links, dropped);
  return { text: b.done(), links, dropped };
}

// ---------------------------------------------------------------------------
// Fallback tokenizer
// ---------------------------------------------------------------------------

/** Latin-1 (U+00A0–U+00FF) entity names, in code point order. */
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** The named entities the fallback decodes. */
const ENTITIES: Record<string, string> = {
  ...Object.fromEntries(LATIN1.map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  hellip: '…', lsaquo: '‹', rsaquo: '›', bull: '•', prime: '′', Prime: '″', trade: '™', euro: '€',
  dagger: '†', Dagger: '‡', permil: '‰', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š',
  Yuml: 'Ÿ', fnof: 'ƒ', circ: 'ˆ', tilde: '˜', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', minus: '−', larr: '←', rarr: '→',
  uarr: '↑', darr: '↓', harr: '↔', le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞',
};

/** Named entities a browser also decodes without the final `;` (the common legacy ones). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** What the HTML standard maps the C1 range to in numeric references (windows-1252). */
const C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function codePoint(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(C1[n] ?? n);
}

/**
 * Decodes character references: numeric ones (`&#8220;`, `&#x201C;`), the
 * named ones in the table above, and the legacy ones without `;`. Anything
 * else is left as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g, (all, dec, hex, name, semi) => {
    if (dec !== undefined) return codePoint(parseInt(dec, 10));
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    const value = ENTITIES[name];
    if (value !== undefined && (semi || LEGACY.has(name))) return value;
    return all;
  });
}

/** Elements whose content the tokenizer must skip as raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** Reads the attributes of a start tag from `i` up to its `>`; returns them and where the tag ends. */
function readAttributes(html: string, i: number): { attrs: Map<string, string>; end: number } {
  const attrs = new Map<string, string>();
  const n = html.length;
  while (i < n) {
    while (i < n && /[\s/]/.test(html[i]!)) i++;
    if (i >= n) break;
    if (html[i] === '>') return { attrs, end: i + 1 };
    const nameStart = i;
    i++; // a name can start with any character but whitespace, / and >
    while (i < n && !/[\s/>=]/.test(html[i]!)) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < n && /\s/.test(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && /\s/.test(html[i]!)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        value = html.slice(i + 1, close < 0 ? n : close);
        i = close < 0 ? n : close + 1;
      } else {
        const start = i;
        while (i < n && !/[\s>]/.test(html[i]!)) i++;
        value = html.slice(start, i);
      }
    }
    if (!attrs.has(name)) attrs.set(name, decodeEntities(value));
  }
  return { attrs, end: n };
}

/**
 * Plain text of an HTML fragment without a DOM: a tokenizer that keeps text,
 * links and block structure, skips non-text elements with their content and
 * decodes the common entities (see `decodeEntities`). It does not build a
 * tree, so misnested markup gives slightly different whitespace than a
 * browser would, never different words.
 */
export function htmlToTextFallback(html: string): HtmlText {
  if (isPlain(html)) return plain(html);
  const b = new TextBuilder();
  const links: HtmlLink[] = [];
  const dropped: HtmlDropped[] = [];
  let openLink: { href: string; mark: number } | null = null;
  const closeLink = () => {
    if (openLink) links.push({ href: openLink.href, text: b.since(openLink.mark) });
    openLink = null;
  };
  // Non-raw skipped elements (svg, template, …) nest: count depth until the matching end tag.
  let skip: { tag: string; depth: number } | null = null;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && !skip) b.text(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    i = lt;
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][^\s/>]*)/.exec(html.slice(i, i + 64));
    if (!m) {
      if (html[i + 1] === '!' || html[i + 1] === '?' || (html[i + 1] === '/' && html[i + 2] !== undefined)) {
        // <!DOCTYPE>, <?xml?>, </ 3>: bogus comments, dropped up to the next '>'.
        const close = html.indexOf('>', i + 1);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (!skip) b.text('<'); // a '<' that starts no tag is text
      i++;
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    const { attrs, end } = readAttributes(html, i + m[0].length);
    i = end;
    if (skip) {
      if (tag === skip.tag) skip.depth += closing ? -1 : 1;
      if (skip.depth === 0) skip = null;
      continue;
    }
    if (closing) {
      if (tag === 'a') closeLink();
      else if (BLOCKS.has(tag)) b.block();
      continue;
    }
    if (RAW_TEXT.has(tag)) {
      const src = attrs.get('src');
      dropped.push(src === undefined ? { tag } : { tag, src });
      const close = new RegExp(`</${tag}[\\s/>]`, 'i').exec(html.slice(i));
      i = close ? i + close.index + close[0].length : n;
      if (close && close[0].endsWith('>') === false) {
        const gt = html.indexOf('>', i - 1);
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    if (SKIPPED.has(tag) || DROPPED_VOID.has(tag)) {
      const src = attrs.get('src') ?? attrs.get('data');
      dropped.push(src === undefined ? { tag } : { tag, src });
      const selfClosing = html[end - 2] === '/';
      if (SKIPPED.has(tag) && !selfClosing) skip = { tag, depth: 1 };
      continue;
    }
    if (tag === 'br') b.lineBreak();
    else if (BLOCKS.has(tag)) b.block();
    else if (CELLS.has(tag)) b.space();
    else if (tag === 'a') {
      closeLink(); // <a> does not nest: a new one ends the last
      const href = attrs.get('href');
      if (href !== undefined) openLink = { href, mark: b.mark() };
    }
  }
  closeLink();
  return { text: b.done(), links, dropped };
}

/**
 * Plain text of an HTML fragment: `htmlToTextDom` when the runtime has a
 * `DOMParser` (browsers), `htmlToTextFallback` otherwise (Node).
 */
export const htmlToText: HtmlToText = (html) =>
  typeof globalThis.DOMParser === 'function' ? htmlToTextDom(html) : htmlToTextFallback(html);
