/**
 * "Who says so" in the details panel: the status line ("Claimed by Iran",
 * "Disputed"), the conflicting reports with their sources, "Who said what"
 * (each statement with its actor's card and source link). The corrections
 * are the brief's (brief-view.ts). Text is text:
 * every field is bound as text, links are http(s) only.
 */
import { css, html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { Correction, Source } from '../../schema/chronology-schema.js';
import { isHttpUrl } from '../../schema/patterns.js';
import type { Chronology, TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { formatter } from '../../time/intl.js';
import { statusKey, statusWord } from './status-marks.js';

/** What the verification parts read. */
export interface VerificationContext {
  chronology: Chronology;
  lang: string;
  locale: string;
  m: Messages;
}

/** "23 June 2025" for a correction's date (its calendar day as written); the value itself when it is not a day. */
export function correctionDate(date: string | undefined, locale: string): string {
  const d = date && /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(date);
  if (!d) return date ?? '';
  const t = new Date(0);
  t.setUTCFullYear(+d[1]!, +d[2]! - 1, +d[3]!);
  return formatter(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(t);
}

/** "Corrected 23 June 2025: the time was wrong." */
export const correctionText = (k: Correction, o: VerificationContext) =>
  o.m.corrected(correctionDate(k.date, o.locale), pickText(k.text, o.lang));

/** A source as a link (http(s) only; otherwise its publisher as text). */
export function sourceLink(s: Source, lang: string) {
  const text = `${pickText(s.publisher)}${s.title ? ` — ${pickText(s.title, lang)}` : ''}`;
  return isHttpUrl(s.url) ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

/** The status line, disputes, statements and corrections of one event (nothing for an event with none). */
export function renderVerification(e: TimelineEvent, o: VerificationContext) {
  const { chronology: c, lang, m } = o;
  const word = statusWord(e, c, m, lang);
  return html`${word ? html`<p class="status-line" data-status=${e.status!}>${statusKey(e.status!)}<strong>${word}</strong></p>` : nothing}
    ${
      e.disputes.length
        ? html`<h4>${m.disputes}</h4>
          <ul class="disputes">
            ${e.disputes.map(
              (d) =>
                html`<li>
                  <span dir="auto" lang=${pickLang(d.text, lang) ?? nothing}>${pickText(d.text, lang)}</span>
                  ${d.sources.length ? html`<span class="dispute-sources">(${d.sources.map((s, i) => html`${i ? ', ' : ''}${sourceLink(s, lang)}`)})</span>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      e.statements.length
        ? html`<h4>${m.whoSaidWhat}</h4>
          <ul class="statements">
            ${e.statements.map(
              (st) =>
                html`<li class="statement" data-actor=${st.actor}>
                  <actor-card .chronology=${c} actor-id=${st.actor}></actor-card>
                  <blockquote dir="auto" lang=${pickLang(st.text, lang) ?? nothing}>${pickText(st.text, lang)}</blockquote>
                  ${st.source ? html`<p class="statement-source">${sourceLink(st.source, lang)}</p>` : nothing}
                </li>`,
            )}
          </ul>`
        : nothing
    }
`;
}

/** Styles of the verification parts (adopted with the list view's). */
export const verificationStyles = css`
  .status-line {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.3rem;
    margin: 0.6rem 0 0;
    font-size: 0.9375rem;
  }
  .disputes,
  .statements {
    margin: 0.35rem 0 0;
    padding-inline-start: 1.1rem;
    font-size: 0.875rem;
  }
  .disputes li + li,
  .statement + .statement {
    margin-block-start: 0.5rem;
  }
  .dispute-sources,
  .statement-source {
    color: var(--_muted);
    margin-inline-start: 0.25rem;
  }
  .statements {
    list-style: none;
    padding: 0;
  }
  .statement blockquote {
    margin: 0.3rem 0 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_grid);
    max-width: 70ch;
  }
  .statement-source {
    margin: 0.2rem 0 0;
  }
  .disputes a,
  .statement-source a {
    color: var(--_accent);
  }
`;
