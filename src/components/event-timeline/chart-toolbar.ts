/**
 * Below the chart, one line: the key to the marks and to the statuses, and a
 * "Filters" button (with the count of filters on) that opens the topic and
 * status filters in a panel over the chart, so that the chart keeps most of
 * the element's box and opening the filters moves nothing on the page.
 *
 * Loaded with the list view's module (list-view.ts): until it comes, the
 * line holds the key to the marks alone (body-view.ts), at the same height.
 *
 * The panel is a disclosure: the button says whether it is expanded and
 * which element it controls; Escape in the panel closes it and gives focus
 * back to the button. The closed panel stays in the DOM (hidden), so its
 * badges keep their state and the `filters` slot keeps its place.
 */
import { html, type ReactiveControllerHost } from 'lit';
import { renderKeys, renderTopicFilters, type LegendOptions } from './legend-view.js';
import { renderStatusFilter, renderStatusLegend, type StatusHost } from './status-marks.js';

/** The elements whose filter panel is open. */
const open = new WeakSet<object>();

/** The element: its status filter (counted) and its next render. */
export interface ToolbarHost extends ReactiveControllerHost {
  statusFilter?: string;
}

export interface ToolbarOptions extends LegendOptions {
  host: ToolbarHost & StatusHost;
}

/** The chart's toolbar: keys, and the filters behind one button. */
export function renderChartToolbar(o: ToolbarOptions) {
  const { host, m } = o;
  const expanded = open.has(host);
  const count = o.activeTopics.size + (host.statusFilter?.match(/[^\s,]+/g)?.length ?? 0);
  const set = (on: boolean) => {
    if (on) open.add(host);
    else open.delete(host);
    host.requestUpdate();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open.has(host)) return;
    e.stopPropagation();
    set(false);
    (e.currentTarget as Element).querySelector<HTMLElement>('.filter-toggle')!.focus();
  };
  return html`<div part="toolbar" class="toolbar">
    <div class="keys">${renderKeys(m, true)}${renderStatusLegend(o.chronology, m)}</div>
    <div class="filter-menu" @keydown=${onKey}>
      <button type="button" class="filter-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="filter-panel" @click=${() => set(!expanded)}>
        ${m.filterMenu(count)}
      </button>
      <div id="filter-panel" part="filter-panel" class="filter-panel" ?hidden=${!expanded}>${renderTopicFilters(o)}${renderStatusFilter(o.chronology, m, host)}</div>
    </div>
  </div>`;
}
