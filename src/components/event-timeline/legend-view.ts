/**
 * Below the chart: the key to the marks (chart only; `days` when the chart
 * draws day events as bands, the phone chronology drawing them as dots) and the topic filter
 * bar (the `filters` slot, by default a `<topic-badge>` per topic in use).
 *
 * The bar stays small whatever the data: at most `LEGEND_TOPICS` badges, then
 * "+N more" (see legend-overflow.ts). Its badges are `managed`: the timeline
 * sets their `pressed`, and they add no listener to it (a press filters the
 * timeline they are in, as any badge's does).
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { Chronology } from '../../schema/parse.js';
import { defineTag } from './inner-tags.js';
import type { legendOverflow } from './legend-overflow.js';

/** Badges in the filter bar before "+N more". */
export const LEGEND_TOPICS = 30;

/** What the filter bar needs of the timeline. */
export interface LegendOptions {
  chronology: Chronology;
  m: Messages;
  /** The topics the filter is on. */
  activeTopics: ReadonlySet<string>;
  /** More topics than the bar holds (with the list's module, once loaded). */
  overflow?: typeof legendOverflow;
}

export function renderLegend(o: LegendOptions, keys: boolean, days = false) {
  return html`${keys ? renderKeys(o.m, days) : nothing} ${renderTopicFilters(o)}`;
}

/** The key to the marks: `days` when the chart draws day events as bands. */
export function renderKeys(m: Messages, days: boolean) {
  return html`<div part="legend" class="legend" aria-hidden="true">
    <span><svg width="14" height="14"><circle class="key-shape" cx="7" cy="7" r="5"></circle></svg>${days ? m.legendInstant : m.legendPoint}</span>
    ${days ? html`<span><svg width="18" height="14"><rect class="key-shape" x="1" y="3" width="16" height="8" rx="2"></rect></svg>${m.legendDay}</span>` : nothing}
    <span
      ><svg width="30" height="14"
        ><rect class="key-range" x="1" y="1" width="28" height="12" rx="2"></rect><rect class="key-shape" x="1" y="1" width="3" height="12"></rect></svg
      >${m.legendRange}</span
    >
    <span><svg width="14" height="14"><circle class="key-approx" cx="7" cy="7" r="5"></circle></svg>${m.legendApprox}</span>
  </div>`;
}

/** The topic filter bar (nothing when no topic is in use). */
export function renderTopicFilters(o: LegendOptions) {
  const { chronology: c, m } = o;
  const active = o.activeTopics;
  const used = c.topics.filter((t) => c.eventCountByTopic.get(t.id));
  // (More than LEGEND_TOPICS: the first ones until the list's module brings the overflow.)
  const [topics, more] = o.overflow?.(c, used, active, m) ?? [used.slice(0, LEGEND_TOPICS)];
  // The badges upgrade once the tag is registered (its class may load now: see inner-tags.ts).
  if (topics.length) void defineTag('topic-badge');
  return topics.length
    ? html`<div part="filters" class="filters" role="group" aria-label=${m.filterTopics}>
        <span class="filters-label" aria-hidden="true">${m.filterTopics}:</span>
        <slot name="filters"
          >${topics.map((t) => html`<topic-badge .managed=${true} .topic=${t} .pressed=${active.has(t.id)}></topic-badge>`)}${more ?? nothing}</slot
        >
      </div>`
    : nothing;
}
