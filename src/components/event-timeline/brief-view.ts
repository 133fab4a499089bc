/**
 * The details panel as a news brief (visual.md): the parts that are not the
 * date line, title, summary, cards and badges: the correction note, one
 * line per correction, dated ("Corrected 23 June 2025: …"). Sources are
 * "Publisher — title" links (event-text.ts).
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { parseTimeValue, utc } from '../../time/dates.js';
import { formatter } from '../../time/intl.js';

/** A correction's date as a day ("23 June 2025"), or '' when it has none. */
function correctionDay(date: string | undefined, locale: string): string {
  const t = date ? parseTimeValue(date) : '';
  if (typeof t === 'string') return '';
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (t.precision !== 'year') opts.month = 'long';
  if (t.precision !== 'year' && t.precision !== 'month') opts.day = 'numeric';
  return formatter(locale, opts).format(utc(t.year, t.month - 1, t.day || 1));
}

/** The event's corrections, in the order written, as a note at the end of the brief. */
export function renderCorrections(e: TimelineEvent, lang: string, locale: string, m: Messages) {
  const list = e.corrections ?? [];
  return list.length
    ? html`<div class="correction" role="note">
        ${list.map(
          (c) =>
            html`<p dir="auto" lang=${pickLang(c.text, lang) ?? nothing}>${m.corrected(correctionDay(c.date, locale), pickText(c.text, lang))}</p>`,
        )}
      </div>`
    : nothing;
}
