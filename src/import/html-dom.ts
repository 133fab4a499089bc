/** HTML to text through `DOMParser`: an inert document, and every HTML5 entity decoded as a browser does. */
import { BLOCKS, SKIPPED, DROPPED_VOID, readHtml, type HtmlCollector, type HtmlText } from './html-common.js';

function walkDom(node: Node, c: HtmlCollector): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      c.text((child as Text).data);
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag) || DROPPED_VOID.has(tag)) {
      c.drop(tag, el.getAttribute('src') ?? el.getAttribute('data') ?? undefined);
      continue;
    }
    c.start(tag);
    if (tag === 'br') continue;
    const href = tag === 'a' ? el.getAttribute('href') : null;
    const mark = c.mark();
    walkDom(el, c);
    if (href !== null) c.link(href, mark);
    if (BLOCKS.has(tag)) c.block();
  }
}

/** The part of a Trusted Types policy used here. */
interface HtmlPolicy {
  createHTML(html: string): unknown;
}

/** Our policy, `null` when the page's CSP does not allow it (or there are no Trusted Types), `undefined` until asked. */
let policy: HtmlPolicy | null | undefined;

/**
 * The HTML for `DOMParser.parseFromString`, which is a Trusted Types sink:
 * under `require-trusted-types-for 'script'` it takes only a `TrustedHTML`.
 * Our policy, named `chronoline`, returns the string unchanged, and it is
 * used here only: for an inert document that is read as text and never put
 * in the page. A page whose CSP lists policies (`trusted-types …`) allows it
 * by adding `chronoline`; without it, the text is read by the tokenizer
 * (`htmlToText` falls back when `parseFromString` refuses a string).
 */
function trusted(html: string): string {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): HtmlPolicy } })
      .trustedTypes;
    try {
      policy = tt?.createPolicy('chronoline', { createHTML: (s) => s }) ?? null;
    } catch {
      policy = null; // the page's CSP does not allow the name
    }
  }
  return (policy ? policy.createHTML(html) : html) as string;
}

/**
 * Plain text of an HTML fragment through `DOMParser` (an inert document: no
 * script runs and nothing loads). Throws when there is no `DOMParser` and
 * none is given, or when the page's Trusted Types refuse our `chronoline`
 * policy (see `htmlToText`, which then reads the text without a DOM).
 *
 * @example
 * htmlToTextDom('<p>Ada &amp; <a href="https://example.org/">Charles</a></p>')
 * // → { text: 'Ada & Charles', links: [{ href: 'https://example.org/', text: 'Charles' }], dropped: [] }
 */
export function htmlToTextDom(html: string, parser?: DOMParser): HtmlText {
  return readHtml(html, (c) => {
    const p = parser ?? (typeof globalThis.DOMParser === 'function' ? new globalThis.DOMParser() : undefined);
    if (!p) throw new Error('htmlToTextDom: there is no DOMParser in this runtime; use htmlToTextFallback');
    walkDom(p.parseFromString(trusted(html), 'text/html').body, c);
  });
}

/** Elements without an end tag: they do not nest. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'frame',
]);

/**
 * True when the elements of `html` may nest more than `max` deep, counting
 * start and end tags as written (an upper bound: implied end tags, as of
 * `<p>`, are not known). Linear, and it stops as soon as it knows. A
 * browser's HTML parser takes time in the depth for every tag (8,000 nested
 * `<div>`s: seconds), so deeper markup is read by the tokenizer.
 */
export function nestsTooDeep(html: string, max: number): boolean {
  const tags = /<(\/?)([A-Za-z][^\s/>]*)/g;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (VOID.has(m[2]!.toLowerCase())) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) return true;
  }
  return false;
}
