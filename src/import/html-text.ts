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
import type { HtmlToText } from './html-common.js';
import { htmlToTextDom, nestsTooDeep } from './html-dom.js';
import { htmlToTextFallback } from './html-fallback.js';

export type { HtmlLink, HtmlDropped, HtmlText, HtmlToText } from './html-common.js';
export { htmlToTextDom } from './html-dom.js';
export { htmlToTextFallback, decodeEntities } from './html-fallback.js';

/** Deeper markup than this is read by the tokenizer (a browser's parser is slow on it; it stops nesting at 512 anyway). */
const DOM_DEPTH = 256;

/**
 * Plain text of an HTML fragment: `htmlToTextDom` when the runtime has a
 * `DOMParser` (browsers), `htmlToTextFallback` otherwise (Node), and also
 * for markup nested more than 256 deep (which a browser's parser takes
 * quadratic time on) and on a page whose Trusted Types refuse our
 * `chronoline` policy.
 */
export const htmlToText: HtmlToText = (html) => {
  if (typeof globalThis.DOMParser !== 'function' || nestsTooDeep(html, DOM_DEPTH)) return htmlToTextFallback(html);
  try {
    return htmlToTextDom(html);
  } catch {
    return htmlToTextFallback(html); // Trusted Types refused the string
  }
};
