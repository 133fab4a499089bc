/**
 * Eras in the list view: each era's heading (its label and dates) before
 * the first day inside it, so the list reads in sections as the chart's
 * bands do. Part of the list view's and the phone chronology's modules
 * (list-view.ts and phone-view.ts call it).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Chronology } from '../../schema/result.js';
import type { Era } from '../../schema/eras.js';
import { pickLang, pickText } from '../../schema/text.js';
import type { DayGroup } from '../../time/days.js';
import { formatter } from '../../time/intl.js';

export const eraListStyles = css`
  .era-heading {
    margin: 1.25rem 0 0.5rem;
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_grid);
    background: color-mix(in srgb, var(--_text) 5%, transparent);
    font-size: 1rem;
  }
  .phone-day > .era-heading {
    grid-column: 1 / -1;
  }
  .era-dates {
    display: block;
    font-size: 0.8125rem;
    font-weight: 400;
    color: var(--_muted);
  }
`;

/** `2025-06-13`, `2025-06`, `0650` or a date-time as written → a date in the locale (UTC calendar fields of the value). */
function eraDate(value: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/.exec(value);
  if (!m) return value;
  const at = new Date(0);
  at.setUTCFullYear(+m[1]!, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m[2]) opts.month = 'long';
  if (m[3]) opts.day = 'numeric';
  return formatter(locale, opts).format(at);
}

function heading(era: Era, lang: string, locale: string): TemplateResult {
  return html`<h3 class="era-heading" data-era=${era.id} dir="auto" lang=${pickLang(era.label, lang) ?? nothing}>
    <span class="era-name">${pickText(era.label, lang)}</span>
    <span class="era-dates"><time datetime=${era.start.slice(0, 10)}>${eraDate(era.start, locale)}</time> –
      <time datetime=${era.end.slice(0, 10)}>${eraDate(era.end, locale)}</time></span>
  </h3>`;
}

/**
 * The era headings to draw before each day group, by the group's key: an
 * era is headed before the first group whose first event starts inside it
 * (eras without an event shown are not headed). Empty without eras.
 */
export function eraHeadings(
  c: Chronology,
  groups: readonly DayGroup<{ event: { start: { instant: number } } }>[],
  lang: string,
  locale: string,
): Map<string, TemplateResult[]> {
  const out = new Map<string, TemplateResult[]>();
  for (const era of [...(c.eras ?? [])].sort((a, b) => a.from - b.from)) {
    const g = groups.find((g) => {
      const t = g.items[0]!.event.start.instant;
      return t >= era.from && t < era.to;
    });
    if (g) (out.get(g.key) ?? out.set(g.key, []).get(g.key)!).push(heading(era, lang, locale));
  }
  return out;
}
