/**
 * The summary in words above the chart and the list ("80 events, 4 – 29
 * June 2025; busiest day 22 June with 11; …; 2 disputed."): generated from
 * the data in the reader's language (layout/summary.ts), or the
 * chronology's own `summary`. It comes right after the title, so that a
 * screen reader reads it before the chart.
 */
import { html } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { summarize, summaryFigureSteps, summarySentence, type SummaryFigures, type SummaryOptions } from '../../layout/summary.js';
import type { Chronology } from '../../schema/parse.js';

/** Per chronology and catalog (a language's arrives after its first render): language and zone → text (or the work on it). */
const cache = new WeakMap<Chronology, WeakMap<Messages, Map<string, string | Promise<void>>>>();

/** Events from which the figures are counted in slices, after the first render with the data (the parser's threshold). */
const SLICED_FROM = 5000;

/** The figures of a large chronology, with a pause (a macrotask) before every slice of events (the first too: not in the render that asks). */
async function figuresInSlices(c: Chronology, options: SummaryOptions): Promise<SummaryFigures> {
  const steps = summaryFigureSteps(c, options);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The summary paragraph (computed once per chronology, language and zone).
 * For a large chronology in an element that has rendered before (not in the
 * render that hydrates server-rendered DOM), the figures are counted in
 * slices: a line holds the summary's place until the element renders again.
 */
export function renderSummary(c: Chronology, o: { lang: string; locale: string; m: Messages; zone: { zone: string }; host?: Element }) {
  let byM = cache.get(c);
  if (!byM) cache.set(c, (byM = new WeakMap()));
  let byKey = byM.get(o.m);
  if (!byKey) byM.set(o.m, (byKey = new Map()));
  const key = `${o.locale}|${o.zone.zone}|${o.lang}`;
  let text = byKey.get(key);
  const options = { lang: o.lang, zone: o.zone.zone, messages: o.m };
  const host = o.host as (Element & { hasUpdated?: boolean; requestUpdate?(): void }) | undefined;
  if (text === undefined && c.summary === undefined && c.events.length > SLICED_FROM && host?.hasUpdated && host.requestUpdate) {
    const keys = byKey;
    keys.set(
      key,
      (text = figuresInSlices(c, options).then((f) => {
        keys.set(key, summarySentence(c, f, options));
        host.requestUpdate!();
      })),
    );
  }
  if (text === undefined) byKey.set(key, (text = summarize(c, options)));
  return typeof text === 'string'
    ? html`<p part="summary" class="chronology-summary" dir="auto">${text}</p>`
    : html`<p class="chronology-summary" aria-hidden="true">&nbsp;</p>`;
}
