/**
 * The summary in words above the chart and the list ("80 events, 4 – 29
 * June 2025; busiest day 22 June with 11; …; 2 disputed."): generated from
 * the data in the reader's language (layout/summary.ts), or the
 * chronology's own `summary`. It comes right after the title, so that a
 * screen reader reads it before the chart.
 */
import { html } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { summarize } from '../../layout/summary.js';
import type { Chronology } from '../../schema/parse.js';

/** Per chronology and catalog (a language's arrives after its first render): language and zone → text. */
const cache = new WeakMap<Chronology, WeakMap<Messages, Map<string, string>>>();

/** The summary paragraph (computed once per chronology, language and zone). */
export function renderSummary(c: Chronology, o: { lang: string; locale: string; m: Messages; zone: { zone: string } }) {
  let byM = cache.get(c);
  if (!byM) cache.set(c, (byM = new WeakMap()));
  let byKey = byM.get(o.m);
  if (!byKey) byM.set(o.m, (byKey = new Map()));
  const key = `${o.locale}|${o.zone.zone}|${o.lang}`;
  let text = byKey.get(key);
  if (text === undefined) byKey.set(key, (text = summarize(c, { lang: o.lang, zone: o.zone.zone, messages: o.m })));
  return html`<p part="summary" class="chronology-summary" dir="auto">${text}</p>`;
}
