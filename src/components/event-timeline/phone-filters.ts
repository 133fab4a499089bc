/**
 * Above the phone chronology's events (phone-view.ts): the key to the marks
 * and to the statuses, and a "Filters" button (with the count of filters on,
 * as the chart's toolbar has: chart-toolbar.ts) that opens the topic and
 * status filters below it. At 390 px the sixteen topic badges of a news
 * chronology took some 300 px above the first event; behind the button the
 * first event comes right after the keys.
 *
 * The panel is a disclosure: the button says whether it is expanded and which
 * element it controls; Escape in it closes it and gives focus back to the
 * button. Its filters are drawn when it is first opened (not at first paint:
 * the badges' element and their shadow roots wait until the reader asks for
 * them), and stay drawn (hidden) once closed.
 */
import { css, html, nothing } from 'lit';
import type { Chronology } from '../../schema/result.js';
import type { Messages } from '../../i18n/messages.js';
import { renderKeys, renderTopicFilters, type LegendOptions } from './legend-view.js';
import { parseStatusFilter, renderStatusFilter, renderStatusLegend, type StatusHost } from './status-marks.js';
import { toolbarStyles } from './chart-toolbar.styles.js';

export interface PhoneFiltersOptions extends Pick<LegendOptions, 'activeTopics' | 'overflow'> {
  chronology: Chronology;
  m: Messages;
  /** The element: its status filter, set by the status filter bar. */
  host?: StatusHost;
}

/** The keys, the "Filters" button and its panel; `panel` is its state (open now, drawn once), `update` draws again. */
export function renderPhoneFilters(panel: { open: boolean; drawn: boolean }, update: () => void, o: PhoneFiltersOptions) {
  const { chronology: c, m, host } = o;
  const count = o.activeTopics.size + (host ? parseStatusFilter(host.statusFilter).size : 0);
  const set = (on: boolean) => {
    panel.open = on;
    panel.drawn ||= on;
    update();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !panel.open) return;
    e.stopPropagation();
    set(false);
    (e.currentTarget as Element).querySelector<HTMLElement>('.filter-toggle')!.focus();
  };
  const legend = { chronology: c, m, activeTopics: o.activeTopics, overflow: o.overflow };
  return html`<div class="phone-top" @keydown=${onKey}>
    <div class="phone-keys">
      <div class="phone-key-list">${renderKeys(m, false)}${renderStatusLegend(c, m)}</div>
      <button
        type="button"
        class="filter-toggle"
        aria-expanded=${panel.open ? 'true' : 'false'}
        aria-controls="phone-filter-panel"
        @click=${() => set(!panel.open)}
      >
        ${m.filterMenu(count)}
      </button>
    </div>
    <div id="phone-filter-panel" part="filter-panel" class="phone-filter-panel" ?hidden=${!panel.open}>
      ${panel.drawn ? html`${renderTopicFilters(legend)}${host ? renderStatusFilter(c, m, host) : nothing}` : nothing}
    </div>
  </div>`;
}

/**
 * The keys of the marks and of the statuses wrap in a block of their own, the button beside its first lines (at
 * 390 px a key that wrapped alone would otherwise sit beside the button); the panel below them, in the flow.
 */
export const phoneFiltersStyles = css`
  ${toolbarStyles}
  .phone-keys {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    margin-block: 0.25rem 0.5rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .phone-key-list {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
    padding-block-start: 0.25rem;
  }
  .phone-keys .legend {
    display: contents;
  }
  .phone-keys .status-key {
    gap: 0.15rem;
  }
  .phone-keys .filter-toggle {
    flex: none;
    min-height: 44px;
  }
  .phone-filter-panel {
    margin-block: 0 0.5rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .phone-filter-panel[hidden] {
    display: none;
  }
`;
