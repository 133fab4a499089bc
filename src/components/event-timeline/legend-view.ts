/**
 * Below the chart: the key to the marks (chart only; `days` when the chart
 * draws day events as bands, the phone chronology drawing them as dots) and the topic filter
 * bar (the `filters` slot, by default a `<topic-badge>` per topic in use).
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { Chronology } from '../../schema/parse.js';

export function renderLegend(c: Chronology, m: Messages, keys: boolean, days = false) {
  const used = c.topics.filter((t) => (c.eventCountByTopic.get(t.id) ?? 0) > 0);
  return html`${
    keys
      ? html`<div part="legend" class="legend" aria-hidden="true">
          <span><svg width="14" height="14"><circle class="key-shape" cx="7" cy="7" r="5"></circle></svg>${days ? m.legendInstant : m.legendPoint}</span>
          ${days ? html`<span><svg width="18" height="14"><rect class="key-shape" x="1" y="3" width="16" height="8" rx="2"></rect></svg>${m.legendDay}</span>` : nothing}
          <span
            ><svg width="30" height="14"
              ><rect class="key-range" x="1" y="1" width="28" height="12" rx="2"></rect><rect class="key-shape" x="1" y="1" width="3" height="12"></rect></svg
            >${m.legendRange}</span
          >
          <span><svg width="14" height="14"><circle class="key-approx" cx="7" cy="7" r="5"></circle></svg>${m.legendApprox}</span>
        </div>`
      : nothing
  }
    ${
      used.length
        ? html`<div part="filters" class="filters" role="group" aria-label=${m.filterTopics}>
          <span class="filters-label" aria-hidden="true">${m.filterTopics}:</span>
          <slot name="filters">${used.map((t) => html`<topic-badge .topic=${t}></topic-badge>`)}</slot>
        </div>`
        : nothing
    }`;
}
