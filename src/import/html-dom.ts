/** HTML to text through `DOMParser`: an inert document, and every HTML5 entity decoded as a browser does. */
import { BLOCKS, CELLS, DROPPED_VOID, SKIPPED, TextBuilder, isPlain, plain, type HtmlDropped, type HtmlLink, type HtmlText } from './html-common.js';

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
