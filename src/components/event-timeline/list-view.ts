/**
 * The list view of `<event-timeline>`: the same events as the chart, as an
 * ordered list of days, each day an ordered list of events with their time,
 * title, summary, place, actors, topics and sources. Semantic HTML that
 * screen readers, narrow screens, 200% text and printers all take as it is.
 *
 * This module also carries the details panel (re-exported from
 * details-view.ts): both are loaded on first use, or right after the chart's
 * first render, so the first render needs neither.
 */
import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Messages } from '../../i18n/messages.js';
import type { SpannedEvent } from '../../layout/timeline-layout.js';
import { leftOutEvents, type Chronology, type Problem, type TimelineEvent } from '../../schema/result.js';
import { pickLang, pickText } from '../../schema/text.js';
import { formatDayKey, groupByDay } from '../../time/days.js';
import { eventZone, type DisplayZone } from '../../time/display-zone.js';
import { detailsStyles } from './details-view.js';
import { renderMedia } from './media-view.js';
import { printStyles } from './print.styles.js';
import { selectionStyles } from './selection.styles.js';
import { eraHeadings, eraListStyles } from './era-list.js';
import { placeText, sourceLinks, whoAndTopics } from './event-text.js';
import { timeText } from './event-time.js';
import { verificationStyles } from './details-verification.js';
import { listVerificationStyles, renderCorrections, renderItemVerification } from './list-verification.js';
import { statusStyles } from './status-marks.js';
import { toolbarStyles } from './chart-toolbar.styles.js';

export { detailsAt, renderDetails } from './details-view.js';
export { legendOverflow } from './legend-overflow.js';
// "Who says so", the summary and live stories, loaded with the list (see list-module.ts).
export { chartStatus, renderStatusBar } from './status-marks.js';
export { renderChartToolbar } from './chart-toolbar.js';
export { renderSummary } from './summary-view.js';

/**
 * The list's and the details panel's styles: adopted by the element when
 * this module loads.
 */
export const listStyles = css`
    ${detailsStyles}
    ${printStyles}
    ${selectionStyles}
    ${verificationStyles}
    ${listVerificationStyles}
    ${statusStyles}
    ${toolbarStyles}
    ${eraListStyles}
    .problems {
      margin-block: 0.5rem;
      font-size: 0.875rem;
    }
    .problems summary {
      cursor: pointer;
      font-weight: 600;
    }
    .problems code {
      font-size: 0.8125rem;
    }
    .problems ul {
      margin: 0.4rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .problems li {
      /* Long paths and values wrap. */
      overflow-wrap: anywhere;
    }
    .problems li.warning,
    .problems li.more,
    .problems .severity {
      color: var(--_muted);
    }
    .list ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .list.searching .item:not(.match) {
      color: var(--_muted);
    }
    .list.searching .item.match {
      box-shadow: inset 3px 0 var(--_accent);
    }
    .day + .day {
      margin-block-start: 1rem;
    }
    .day-heading {
      position: sticky;
      top: 0;
      margin: 0 0 0.25rem;
      padding: 0.35rem 0;
      background: var(--_bg);
      border-block-end: 1px solid var(--_grid);
      font-size: 0.9375rem;
    }
    .day-heading:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }
    .item {
      padding: 0.6rem 0 0.6rem 0.75rem;
      border-inline-start: 3px solid var(--_grid);
      margin-block: 0.5rem;
      overflow-wrap: anywhere;
      break-inside: avoid;
    }
    .item-time,
    .item-place,
    .item-sources,
    .item-meta {
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125rem;
    }
    .item-time {
      font-weight: 600;
    }
    .item-title {
      margin: 0.1rem 0 0.25rem;
      font-size: 1rem;
      line-height: 1.35;
    }
    .item-summary {
      margin: 0 0 0.25rem;
      font-size: 0.9375rem;
      max-width: 70ch;
    }
    .item-meta div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.4rem;
    }
    .item-meta dt {
      font-weight: 600;
    }
    .item-meta dt::after {
      content: ':';
    }
    .item-meta dd {
      margin: 0;
      color: var(--_text);
    }
    .item-sources {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      padding: 0;
      list-style: none;
    }
    .item-sources a {
      color: var(--_accent);
    }
    .item-correction {
      margin: 0.35rem 0 0;
      font-size: 0.875rem;
    }
    .more {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-block: 1rem;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .more button,
    .more-topics {
      min-height: 32px;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
      cursor: pointer;
    }
    .more-topics {
      font-size: 0.8125rem;
    }
`;

export interface ListViewOptions {
  chronology: Chronology;
  /** Events in time order (already filtered). */
  items: readonly SpannedEvent[];
  /** Language of the text (picks localized fields). */
  lang: string;
  /** Locale of dates (the language, with the element's calendar if it has one). */
  locale: string;
  /** The interface strings. */
  m: Messages;
  /** The display zone (with `time-zone="event"`, each event's times and day are in its own zone). */
  zone: DisplayZone;
  /** Most events to render; a "show more" button adds more. */
  limit: number;
  selected: string | null;
  /** Ids of the events a search matches (highlighted; the rest dimmed); null when there is no search. */
  matches?: ReadonlySet<string> | null;
  onMore: () => void;
  /** Events not seen yet (live stories, `remember-visit`): marked "new". */
  fresh?: ReadonlySet<string>;
}

/** The zone an event's time and day are given in. */
const zoneOf = (e: TimelineEvent, o: ListViewOptions) => eventZone(e, o.zone);

function renderItem(e: TimelineEvent, c: Chronology, o: ListViewOptions) {
  const { lang, m } = o;
  const place = placeText(e, lang);
  return html`<li class="item ${e.id === o.selected ? 'selected' : ''} ${o.matches?.has(e.id) ? 'match' : ''}" data-id=${e.id}>
    <p class="item-time">
      <time datetime=${e.start.iso}>${timeText(e, o)}</time>
    </p>
    ${renderItemVerification(e, o)}
    <h4 class="item-title" dir="auto" lang=${pickLang(e.title, lang) ?? nothing}>${pickText(e.title, lang)}</h4>
    ${e.summary ? html`<p class="item-summary" dir="auto" lang=${pickLang(e.summary, lang) ?? nothing}>${pickText(e.summary, lang)}</p>` : nothing}
    ${place ? html`<p class="item-place" dir="auto">${place}</p>` : nothing}
    ${renderMedia(e, lang, m, true)}
    ${whoAndTopics(e, c, lang, m, 'item-meta')}
    ${e.sources.length ? html`<ul class="item-sources" aria-label=${m.sources}>${sourceLinks(e, lang)}</ul>` : nothing}
  </li>`;
}

/** Renders the list view (days as headings, events under them). */
export function renderListView(o: ListViewOptions) {
  const shown = o.items.slice(0, o.limit);
  const groups = groupByDay(
    shown,
    (e: TimelineEvent) => zoneOf(e, o),
    (it) => it.event,
  );
  const eras = eraHeadings(o.chronology, groups, o.lang, o.locale);
  return html`<div class=${o.matches ? 'list searching' : 'list'} part="list">
    <ol class="days">
      ${repeat(
        groups,
        (g) => g.key,
        (g) => html`<li class="day">
          ${eras.get(g.key) ?? nothing}
          <h3 class="day-heading" tabindex="-1"><time datetime=${g.key}>${formatDayKey(g.key, o.locale)}</time></h3>
          <ol class="items">
            ${repeat(
              g.items,
              (it) => it.event.id,
              (it) => renderItem(it.event, o.chronology, o),
            )}
          </ol>
        </li>`,
      )}
    </ol>
    ${
      o.items.length > shown.length
        ? html`<p class="more">
          <span>${o.m.showing(shown.length, o.items.length)}</span>
          <button type="button" @click=${o.onMore}>${o.m.showMore}</button>
        </p>`
        : nothing
    }
    ${renderCorrections(o.items, o)}
  </div>`;
}

/**
 * The data's problems, folded: "3 events could not be shown · 1 other
 * problem", opening to one line per problem with its JSON path (the first
 * 200; all are in the element's `problems` and in `data-load`).
 */
export function renderProblems(problems: readonly Problem[], m: Messages) {
  // By the parser's accounting, these are exactly the events in the input but not shown.
  // Events an importer could not convert are left out too (their paths start with the format).
  const leftOut =
    leftOutEvents(problems).size + problems.filter((p) => p.severity === 'error' && /^(timelinejs|csv): /.test(p.path)).length;
  const others = problems.filter((p) => !(p.severity === 'error' && /^(events\[\d+\]|(timelinejs|csv): )/.test(p.path))).length;
  const summary = leftOut ? m.notShown(leftOut) + (others ? ` · ${m.otherProblems(others)}` : '') : m.problemsIn(others);
  const max = 200;
  return html`<details part="problems" class="problems">
    <summary>${summary}</summary>
    <ul>
      ${problems.slice(0, max).map(
        (p) =>
          html`<li class=${p.severity}>
            <code>${p.path}</code>: ${p.message}${p.severity === 'warning' ? html` <span class="severity">(${m.warning})</span>` : nothing}
          </li>`,
      )}
      ${problems.length > max ? html`<li class="more">${m.moreProblems(problems.length - max)}</li>` : nothing}
    </ul>
  </details>`;
}
