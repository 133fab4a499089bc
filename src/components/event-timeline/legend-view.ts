/**
 * Below the chart: the key to the marks (chart only) and the topic filter
 * bar (the `filters` slot, by default a `<topic-badge>` per topic in use).
 */
import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { Chronology } from '../../schema/parse.js';

export function renderLegend(c: Chronology, m: Messages, keys: boolean) {
  const used = c.topics.filter((t) => (c.eventCountByTopic.get(t.id) ?? 0) > 0);
  return html`${
    keys
      ? html`<div part="legend" class="legend" aria-hidden="true">
          <span><svg width="14" height="14"><circle class="key-shape" cx="7" cy="7" r="5"></circle></svg>${m.legendPoint}</span>
          <span><svg width="24" height="14"><rect class="key-shape" x="1" y="3" width="22" height="8" rx="2"></rect></svg>${m.legendRange}</span>
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
