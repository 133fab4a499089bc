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
import { htmlToTextDom } from './html-dom.js';
import { htmlToTextFallback } from './html-fallback.js';

export type { HtmlLink, HtmlDropped, HtmlText, HtmlToText } from './html-common.js';
export { htmlToTextDom } from './html-dom.js';
export { htmlToTextFallback, decodeEntities } from './html-fallback.js';

/**
 * Plain text of an HTML fragment: `htmlToTextDom` when the runtime has a
 * `DOMParser` (browsers), `htmlToTextFallback` otherwise (Node).
 */
export const htmlToText: HtmlToText = (html) =>
  typeof globalThis.DOMParser === 'function' ? htmlToTextDom(html) : htmlToTextFallback(html);
