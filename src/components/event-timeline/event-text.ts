/**
 * Event text shared by the details panel, the list view and the phone
 * chronology (all loaded on demand): the place line, who and the topics,
 * and the source links.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { isHttpUrl } from '../../schema/patterns.js';
import type { Chronology, TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';

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

/** "Who: Alice, Bob" and "Topics: Diplomacy" as a `<dl>` of class `cls` (nothing when the event has neither). */
export function whoAndTopics(e: TimelineEvent, c: Chronology, lang: string, m: Messages, cls: string) {
  const actors = e.actors.map((a) => c.actorsById.get(a.id)).filter((a) => a !== undefined);
  const topics = e.topics.map((t) => c.topicsById.get(t)).filter((t) => t !== undefined);
  if (!actors.length && !topics.length) return nothing;
  return html`<dl class=${cls}>
    ${
      actors.length
        ? html`<div><dt>${m.who}</dt><dd>${actors.map((a, i) => html`${i ? ', ' : ''}<span lang=${pickLang(a.name, lang) ?? nothing}>${pickText(a.name, lang)}</span>`)}</dd></div>`
        : nothing
    }
    ${topics.length ? html`<div><dt>${m.topics}</dt><dd>${topics.map((t) => pickText(t.label, lang)).join(', ')}</dd></div>` : nothing}
  </dl>`;
}
