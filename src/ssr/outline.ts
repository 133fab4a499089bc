/**
 * The server's lighter rendering of a chart (`renderTimelineToString`'s
 * default for the chart view): the element with no shadow root, holding in
 * its light DOM the chronology's JSON (what the component reads when it
 * upgrades and draws the chart from) and an outline of its events (an `<ol>`
 * of dates, titles and links) for readers without scripts and for crawlers.
 * The chart's own markup is not sent: the client rebuilds it from the JSON,
 * so nothing is carried twice. Until the element is defined, a style gives
 * it the chart's default box (min(80vh, 40rem)) and scrolls the outline in
 * it, so drawing the chart moves nothing on the page; a page's own CSS height
 * wins (`:where` weighs nothing).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FallbackRenderer } from '@lit-labs/ssr/lib/element-renderer.js';
import type { Messages } from '../i18n/messages.js';
import type { Chronology } from '../schema/parse.js';
import { pickText } from '../schema/text.js';
import { formatShortDate } from '../time/format.js';

/** Renders `<event-timeline>` without a shadow root (its light DOM only): the element upgrades and renders afresh in the browser. */
export class ShellRenderer extends FallbackRenderer {
  static override matchesClass(_ctor: typeof HTMLElement, tagName: string): boolean {
    return tagName === 'event-timeline';
  }
}

export interface OutlineOptions {
  lang: string;
  m: Messages;
  /** The display zone (`time-zone`): an IANA name or `UTC`; `event` or none: each event's own zone. */
  timeZone?: string;
  hideTitle?: boolean;
}

/** The first http(s) link of an event's sources (the parser already resolved or dropped relative ones). */
const firstLink = (e: Chronology['events'][number]) => e.sources.map((s) => s.url).find((u) => u && /^https?:/i.test(u));

/** The outline: the chronology's title, then each event's date, title and first source link, in time order (text only, escaped by Lit). */
export function renderOutline(c: Chronology, o: OutlineOptions): TemplateResult {
  const zone = o.timeZone && o.timeZone !== 'event' && o.timeZone !== 'local' ? o.timeZone : undefined;
  const title = pickText(c.title, o.lang);
  return html`<style>:where(event-timeline:not(:defined)){display:block;height:min(80vh,40rem);overflow:auto}</style>${o.hideTitle || !title ? nothing : html`<p><strong>${title}</strong></p>`}<ol>${c.events.map(
    (e) => {
      const href = firstLink(e);
      const name = pickText(e.title, o.lang);
      return html`<li><time datetime=${e.start.iso}>${formatShortDate(e, o.lang, zone ?? e.timeZone ?? 'UTC', o.m)}</time> ${href ? html`<a href=${href}>${name}</a>` : name}</li>`;
    },
  )}</ol>`;
}
