/**
 * Event text shared by the details panel and the list view (both loaded on
 * demand): the place line and the source links.
 */
import { html, nothing } from 'lit';
import { isHttpUrl } from '../../schema/patterns.js';
import type { TimelineEvent } from '../../schema/parse.js';
import { pickText } from '../../schema/text.js';

/** "Kremlin, Moscow, Russia": the place's parts, each once. */
export function placeText(e: TimelineEvent, lang: string): string {
  const loc = e.location;
  return loc
    ? [pickText(loc.name, lang), pickText(loc.city), pickText(loc.country)].filter((s, i, a) => s && a.indexOf(s) === i).join(', ')
    : '';
}

/** The event's http(s) sources as links that open safely. */
export function sourceLinks(e: TimelineEvent, lang: string) {
  return e.sources.map((s) =>
    isHttpUrl(s.url)
      ? html`<li><a href=${s.url} target="_blank" rel="noopener noreferrer">${pickText(s.publisher)}${s.title ? ` — ${pickText(s.title, lang)}` : ''}</a></li>`
      : nothing,
  );
}
