/**
 * `<actor-card show-statements>`: what the actor said across a chronology,
 * in time order, each statement with its event's date and title and its
 * source link. Loaded on first use (not in the first paint). Text is text;
 * links are http(s) only.
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { isHttpUrl } from '../../schema/patterns.js';
import type { Chronology, TimelineEvent } from '../../schema/parse.js';
import type { Statement } from '../../schema/verification.js';
import { pickLang, pickText } from '../../schema/text.js';
import { formatShortDate } from '../../time/format.js';

/** The actor's statements in the chronology, in the events' time order (then as written). */
export function statementsOf(c: Chronology, actorId: string): { event: TimelineEvent; statement: Statement }[] {
  return c.events
    .filter((e) => e.statements.length)
    .sort((a, b) => (a.start?.instant ?? 0) - (b.start?.instant ?? 0) || a.inputIndex - b.inputIndex)
    .flatMap((event) => event.statements.filter((s) => s.actor === actorId).map((statement) => ({ event, statement })));
}

/** The list of the actor's statements (nothing when there is none). */
export function renderStatements(c: Chronology, actorId: string, lang: string, m: Messages) {
  const said = statementsOf(c, actorId);
  if (!said.length) return nothing;
  return html`<p class="meta">${m.whoSaidWhat}</p>
    <ul part="statements" class="statements">
      ${said.map(
        ({ event: e, statement: s }) =>
          html`<li data-event=${e.id}>
            <q dir="auto" lang=${pickLang(s.text, lang) ?? nothing}>${pickText(s.text, lang)}</q>
            <span class="meta">
              — ${formatShortDate(e, lang, e.timeZone ?? c.timeZone ?? 'UTC', m)}, <span dir="auto">${pickText(e.title, lang)}</span
              >${
                s.source && isHttpUrl(s.source.url)
                  ? html` (<a href=${s.source.url} target="_blank" rel="noopener noreferrer">${pickText(s.source.publisher)}</a>)`
                  : nothing
              }
            </span>
          </li>`,
      )}
    </ul>`;
}
