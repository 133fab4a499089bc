/**
 * The list view of `<event-timeline>`: the same events as the chart, as an
 * ordered list of days, each day an ordered list of events with their time,
 * title, summary, place, actors, topics and sources. Semantic HTML that
 * screen readers, narrow screens, 200% text and printers all take as it is.
 */
import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { messages } from '../../internal/messages.js';
import type { SpannedEvent } from '../../layout/timeline-layout.js';
import { isCalendarPrecision } from '../../schema/dates.js';
import type { Chronology, TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { formatDayKey, groupByDay } from '../../time/days.js';
import { formatEventDate } from '../../time/format.js';
import { formatter } from '../../time/intl.js';
import { placeText, sourceLinks } from './event-text.js';

/**
 * The list's styles: adopted by the element when this module loads (it is
 * loaded on first use, so pages that only show the chart never fetch it).
 */
export const listStyles = css`
    .list ol {
      list-style: none;
      margin: 0;
      padding: 0;
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
    .more button {
      min-height: 32px;
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
      cursor: pointer;
    }
`;

export interface ListViewOptions {
  chronology: Chronology;
  /** Events in time order (already filtered). */
  items: readonly SpannedEvent[];
  lang: string;
  zone: string;
  /** Most events to render; a "show more" button adds more. */
  limit: number;
  selected: string | null;
  onMore: () => void;
}

/** Time of day in the display zone for date-times; the whole date for calendar events. */
function timeText(e: TimelineEvent, lang: string, zone: string): string {
  if (e.precision === 'day' && !e.end && !e.approximate) return messages.allDay;
  if (isCalendarPrecision(e.precision) || e.start.offsetMinutes === undefined) return formatEventDate(e, lang, zone);
  const f = formatter(lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'shortOffset' });
  const endSameKind = e.end && e.end.offsetMinutes !== undefined;
  const text = endSameKind && e.end!.instant - e.start.instant < 86_400_000 ? f.formatRange(e.start.instant, e.end!.instant) : e.end ? formatEventDate(e, lang, zone) : f.format(e.start.instant);
  return e.approximate && !text.startsWith(messages.about) ? `${messages.about} ${text}` : text;
}

function renderItem(e: TimelineEvent, c: Chronology, o: ListViewOptions) {
  const { lang, zone } = o;
  const actors = e.actors.map((a) => c.actorsById.get(a.id)).filter((a) => a !== undefined);
  const topics = e.topics.map((t) => c.topicsById.get(t)).filter((t) => t !== undefined);
  const place = placeText(e, lang);
  return html`<li class="item ${e.id === o.selected ? 'selected' : ''}" data-id=${e.id}>
    <p class="item-time">
      <time datetime=${e.start.iso}>${timeText(e, lang, zone)}</time>
    </p>
    <h4 class="item-title" lang=${pickLang(e.title, lang) ?? nothing}>${pickText(e.title, lang)}</h4>
    ${e.summary ? html`<p class="item-summary" lang=${pickLang(e.summary, lang) ?? nothing}>${pickText(e.summary, lang)}</p>` : nothing}
    ${place ? html`<p class="item-place">${place}</p>` : nothing}
    ${actors.length || topics.length
      ? html`<dl class="item-meta">
          ${actors.length
            ? html`<div><dt>${messages.who}</dt><dd>${actors.map((a, i) => html`${i ? ', ' : ''}<span lang=${pickLang(a.name, lang) ?? nothing}>${pickText(a.name, lang)}</span>`)}</dd></div>`
            : nothing}
          ${topics.length ? html`<div><dt>${messages.topics}</dt><dd>${topics.map((t) => pickText(t.label, lang)).join(', ')}</dd></div>` : nothing}
        </dl>`
      : nothing}
    ${e.sources.length ? html`<ul class="item-sources" aria-label=${messages.sources}>${sourceLinks(e, lang)}</ul>` : nothing}
    ${e.correction ? html`<p class="item-correction"><strong>${messages.correction}:</strong> ${pickText(e.correction.text, lang)}</p>` : nothing}
  </li>`;
}

/** Renders the list view (days as headings, events under them). */
export function renderListView(o: ListViewOptions) {
  const shown = o.items.slice(0, o.limit);
  const groups = groupByDay(shown, o.zone, (it) => it.event);
  return html`<div class="list" part="list">
    <ol class="days">
      ${repeat(
        groups,
        (g) => g.key,
        (g) => html`<li class="day">
          <h3 class="day-heading" tabindex="-1"><time datetime=${g.key}>${formatDayKey(g.key, o.lang)}</time></h3>
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
    ${o.items.length > shown.length
      ? html`<p class="more">
          <span>${messages.showing(shown.length, o.items.length)}</span>
          <button type="button" @click=${o.onMore}>${messages.showMore}</button>
        </p>`
      : nothing}
  </div>`;
}
