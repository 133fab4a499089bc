/** HTML to text without a DOM: a small tokenizer, for Node and workers (and markup a browser's parser would take long on). */
import { BLOCKS, DROPPED_VOID, SKIPPED, readHtml, type HtmlCollector, type HtmlText } from './html-common.js';

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
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  hellip: '…',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  prime: '′',
  Prime: '″',
  trade: '™',
  euro: '€',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
  OElig: 'Œ',
  oelig: 'œ',
  Scaron: 'Š',
  scaron: 'š',
  Yuml: 'Ÿ',
  fnof: 'ƒ',
  circ: 'ˆ',
  tilde: '˜',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  minus: '−',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  le: '≤',
  ge: '≥',
  ne: '≠',
  asymp: '≈',
  infin: '∞',
};

/** Named entities a browser also decodes without the final `;` (the common legacy ones). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** What the HTML standard maps the C1 range to in numeric references (windows-1252). */
const C1: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
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
  return readHtml(html, (c) => tokenize(html, c));
}

function tokenize(html: string, b: HtmlCollector): void {
  let openLink: { href: string; mark: number } | null = null;
  const closeLink = () => {
    if (openLink) b.link(openLink.href, openLink.mark);
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
      b.drop(tag, attrs.get('src'));
      const close = new RegExp(`</${tag}[\\s/>]`, 'i').exec(html.slice(i));
      i = close ? i + close.index + close[0].length : n;
      if (close && close[0].endsWith('>') === false) {
        const gt = html.indexOf('>', i - 1);
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    if (SKIPPED.has(tag) || DROPPED_VOID.has(tag)) {
      b.drop(tag, attrs.get('src') ?? attrs.get('data'));
      const selfClosing = html[end - 2] === '/';
      if (SKIPPED.has(tag) && !selfClosing) skip = { tag, depth: 1 };
      continue;
    }
    if (tag === 'a') {
      closeLink(); // <a> does not nest: a new one ends the last
      const href = attrs.get('href');
      if (href !== undefined) openLink = { href, mark: b.mark() };
    } else b.start(tag);
  }
  closeLink();
}
