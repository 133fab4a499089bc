/**
 * Below the head of `<event-timeline>`: the loading and error states, the
 * data's problems, and the view (the chart with the details panel, or the
 * list), each with the legend and filters.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { PreparedTimeline } from '../../layout/timeline-layout.js';
import type { Chronology, Problem } from '../../schema/parse.js';
import type { DisplayZone } from '../../time/display-zone.js';
import type { LoadStatus } from './load-controller.js';
import { cssProps } from '../../styles/css-props.js';
import { renderKeys, renderLegend, type LegendOptions } from './legend-view.js';
import type { ToolbarHost } from './chart-toolbar.js';
import type { ListModule } from './list-module.js';
import type { PhoneModule } from './phone-module.js';
import type { StatusHost } from './status-marks.js';

/** What every view of one render shares. */
export interface ViewContext {
  chronology: Chronology;
  lang: string;
  locale: string;
  m: Messages;
  zone: DisplayZone;
  selected: string | null;
  /** Events not seen yet (live stories, `remember-visit`). */
  fresh?: ReadonlySet<string>;
  /** Ids of the events a search matches (highlighted; the rest dimmed); null when there is no search. */
  matches?: ReadonlySet<string> | null;
}

export interface BodyOptions extends Omit<ViewContext, 'chronology'>, Pick<LegendOptions, 'activeTopics'> {
  chronology: Chronology | null;
  data: { status: LoadStatus; error: string; problems: readonly Problem[] };
  prepared: PreparedTimeline | null;
  /** The list view's module (with the problems and the details panel) and how many events it shows. */
  lists: ListModule;
  /** The compact phone chronology, when it stands in for the list. */
  phone?: PhoneModule;
  view: 'chart' | 'list';
  /** Says a text through the live region. */
  say: (text: string) => void;
  /** The element: its status filter (`statusFilter`), set by the status filter bar. */
  host: StatusHost;
  /** Retry, for a failed `src`. */
  onRetry?: () => void;
  /** The chart (or its placeholder until it is laid out). */
  chart: () => TemplateResult;
  onCloseDetails: () => void;
  /** The selected mark is on the right half: the details panel opens on the left, beside it. */
  detailsLeft?: boolean;
  /** Where the details panel's top goes in the stage, px (near the selected mark). */
  detailsY?: number;
}

export function renderBody(o: BodyOptions) {
  const { m, prepared: p } = o;
  const { status, error, problems } = o.data;
  const list = o.lists.module;
  const c = status === 'ready' && p ? o.chronology : null;
  const ctx = { ...o, chronology: c!, overflow: list?.legendOverflow };
  const event = (c && o.selected && c.events.find((x) => x.id === o.selected)) || undefined;
  const loading = html`<p part="status" class="status" role="status">${m.loading}</p>`;
  // The summary comes with the list's module (loaded while the data loads): until then a line holds its place (no layout shift).
  const summary =
    !c || !p || !c.events.length
      ? nothing
      : list
        ? list.renderSummary(c, o)
        : html`<p class="chronology-summary" aria-hidden="true">&nbsp;</p>`;
  // A large chronology is prepared in slices after it is read (timeline-model.ts): still loading for the reader.
  return html`${status === 'loading' || (status === 'ready' && !p) ? loading : nothing}
    ${
      status === 'error'
        ? html`<div part="error" class="error" role="alert">
          <p><strong>${m.loadFailed}:</strong> ${error}</p>
          ${o.onRetry ? html`<button class="retry" type="button" @click=${o.onRetry}>${m.retry}</button>` : nothing}
        </div>`
        : nothing
    }
    ${problems.length && status !== 'error' && list ? list.renderProblems(problems, m) : nothing}
    ${summary}
    ${
      c && p && c.events.length && o.phone
        ? // The phone chronology once its module is here (the element loads it from its first render at a phone's width).
          (o.phone.module?.renderPhone(o.phone, {
            ...ctx,
            items: p.items,
            topicColors: p.topicColors,
            say: o.say,
          }) ?? loading)
        : nothing
    }
    ${
      !c || !p || (c.events.length && o.phone)
        ? nothing
        : !c.events.length
          ? html`<p class="empty">${m.empty}</p>`
          : o.view === 'list'
            ? html`${list ? list.renderListView({ ...ctx, items: p.items, limit: o.lists.limitFor(p.items), onMore: () => o.lists.more(p.items.length, (n) => o.say(m.showing(n, p.items.length))) }) : loading} ${renderLegend(ctx, false)}${list?.renderStatusBar(c, m, o.host, false)}`
            : html`<div class="stage ${o.detailsLeft ? 'details-left' : ''}" ${cssProps({ '--_dy': `${o.detailsY ?? 0}px` })}>${o.chart()} ${event && list ? list.renderDetails({ ...ctx, event, onClose: o.onCloseDetails }) : nothing}</div> ${list ? list.renderChartToolbar({ ...ctx, host: o.host as StatusHost & ToolbarHost }) : html`<div class="toolbar">${renderKeys(m, true)}</div>`}`
    }`;
}
