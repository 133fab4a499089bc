/**
 * The compact phone chronology of `<event-timeline>` (issue 15): below the
 * list breakpoint, with `view="auto"`, a vertical chronology instead of the
 * full list. The keys to the marks and a "Filters" button come first
 * (phone-filters.ts: the topic and status filters open below it); then a
 * date rail (each day's date in a narrow column, a line running down), and
 * each event as its mark on the rail (the chart's shapes and treatments in
 * the topic's colour: a dot, a period's bar, dashed when approximate), its
 * time and its title. The title is a disclosure (`<details>`): the summary,
 * the place, who, the topics, the sources, any conflicting reports and
 * corrections open on demand (drawn when first opened). The status word and "new" follow the time
 * (phone-status.ts).
 *
 * At first it shows about two screens of events and a "Show all 80 events
 * (60 hidden)" button. Loaded on first use (see phone-module.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SpannedEvent } from '../../layout/layout-types.js';
import type { Chronology } from '../../schema/result.js';
import { pickLang, pickText } from '../../schema/text.js';
import { compactDay, spansYears } from '../../time/compact-days.js';
import { dayKey, formatDayKey, groupByDay } from '../../time/days.js';
import { eraHeadings } from './era-list.js';
import { eventZone } from '../../time/display-zone.js';
import { placeText, sourceLinks, whoAndTopics } from './event-text.js';
import { timeText } from './event-time.js';
import type { ViewContext } from './body-view.js';
import type { PhoneModule } from './phone-module.js';
import { renderMedia } from './media-view.js';
import { phoneMark, phoneNotes, phoneStatus } from './phone-status.js';
import type { StatusHost } from './status-marks.js';
import type { LegendOptions } from './legend-view.js';
import { renderPhoneFilters } from './phone-filters.js';

export { phoneStyles } from './phone.styles.js';

export interface PhoneRenderOptions extends ViewContext, Pick<LegendOptions, 'activeTopics' | 'overflow'> {
  /** Events in time order (already filtered). */
  items: readonly SpannedEvent[];
  topicColors: ReadonlyMap<string, string>;
  say: (text: string) => void;
  /** The element: its status filter, set by the status filter bar. */
  host?: StatusHost;
}

interface PhoneViewOptions extends PhoneRenderOptions {
  /** The keys and the "Filters" button with its panel, drawn above the events. */
  top: TemplateResult;
  /** Events shown before the "Show all" button. */
  limit: number;
  onShowAll: () => void;
  /** Ids of the events whose details are drawn: those opened once (or selected). */
  opened: ReadonlySet<string>;
  /** An event opens: its details are drawn (before it shows, when its summary opens it). */
  onOpen: (id: string) => void;
}

/**
 * Events shown at first without `phone-events`: what fills about two
 * screens of the viewport once the head, the keys and the buttons have
 * taken some 420 px (an event takes some 86 px at 390 px), 5 to 30: 14 at
 * 390×844 (the topic filters, behind their button, no longer take any).
 */
export function defaultPhoneCount(viewportHeight: number): number {
  return Math.min(30, Math.max(5, Math.floor((2 * viewportHeight - 420) / 86)));
}

/**
 * The phone chronology with its state: the first events (down to the selected one, if it comes later), or all once
 * "Show all" was pressed. An event's details are drawn when it is first opened (`state.opened`): at first paint, the
 * dates, marks and titles only (the details were half the elements); find in page finds titles in events never opened.
 */
export function renderPhone(state: PhoneModule, o: PhoneRenderOptions) {
  if (state.all !== o.chronology) state.all = undefined;
  // The viewport's height as the element measured it (reading innerHeight now would lay the page out mid-render).
  const first = Math.max(1, state.count() ?? defaultPhoneCount(state.size.viewport || innerHeight));
  // A selected event (a deep link, selectEvent()) is never folded away.
  const at = o.selected ? o.items.findIndex((it) => it.event.id === o.selected) : -1;
  const limit = state.all ? o.items.length : Math.max(first, at + 1);
  const opened = (state.opened ??= new Set());
  const onOpen = (id: string) => void (opened.has(id) || (opened.add(id), state.host.requestUpdate()));
  const top = renderPhoneFilters((state.filters ??= { open: false, drawn: false }), () => state.host.requestUpdate(), o);
  return renderPhoneView({ ...o, top, limit, onShowAll: () => void showAll(state, limit, o), opened, onOpen });
}

/** Shows every event, says so, and moves focus to the first event that was hidden (the button is gone). */
async function showAll(state: PhoneModule, from: number, o: PhoneRenderOptions) {
  state.all = o.chronology;
  state.host.requestUpdate();
  await state.host.updateComplete;
  o.say(o.m.showing(o.items.length, o.items.length));
  state.host.renderRoot.querySelectorAll<HTMLElement>('.phone-item > details > summary')[from]?.focus();
}

const spans = new WeakMap<Chronology, { at: string; spans: boolean }>();

/** Whether the chronology's days (every event's, filtered or not) fall in more than one year: then each day on the rail names its year. Kept per chronology, locale and zone. */
function railYears(o: PhoneRenderOptions): boolean {
  const at = `${o.locale}|${o.zone.zone}|${o.zone.perEvent}`;
  let s = spans.get(o.chronology);
  if (s?.at !== at) {
    const keys = o.chronology.events.map((e) => dayKey(e, eventZone(e, o.zone)));
    spans.set(o.chronology, (s = { at, spans: spansYears(keys, o.locale) }));
  }
  return s.spans;
}

/**
 * What an event's item is drawn from: it is drawn again only when one of them changes (the element renders again as
 * its modules arrive, the search box, the summary: the items, their times formatted, stay as they are).
 */
function itemInputs(it: SpannedEvent, o: PhoneViewOptions): unknown[] {
  const id = it.event.id;
  return [
    it,
    o.chronology,
    o.lang,
    o.locale,
    o.m,
    o.zone,
    o.topicColors,
    id === o.selected,
    !!o.matches?.has(id),
    o.opened.has(id),
    !!o.fresh?.has(id),
  ];
}

function renderItem(it: SpannedEvent, c: Chronology, o: PhoneViewOptions) {
  const e = it.event;
  const { lang } = o;
  const selected = e.id === o.selected;
  const open = () => o.onOpen(e.id);
  return html`<li class="phone-item ${selected ? 'selected' : ''} ${o.matches?.has(e.id) ? 'match' : ''}" data-id=${e.id}>
    ${phoneMark(it, o.topicColors)}
    <details ?open=${selected} @toggle=${(ev: Event) => (ev.target as HTMLDetailsElement).open && open()}>
      <summary @click=${open}>
        <span class="phone-time"><time datetime=${e.start.iso}>${timeText(e, o)}</time>${phoneStatus(it, o)}</span>
        <span class="phone-title" dir="auto" lang=${pickLang(e.title, lang) ?? nothing}>${pickText(e.title, lang)}</span>
      </summary>
      <div class="phone-body">
        ${selected || o.opened.has(e.id) ? renderDetails(it, c, o) : nothing}
      </div>
    </details>
  </li>`;
}

/** An event's details: its summary, place, media, who and topics, notes and sources. */
function renderDetails(it: SpannedEvent, c: Chronology, o: PhoneViewOptions) {
  const e = it.event;
  const { lang, m } = o;
  const place = placeText(e, lang);
  return html`
    ${e.summary ? html`<p class="phone-summary" dir="auto" lang=${pickLang(e.summary, lang) ?? nothing}>${pickText(e.summary, lang)}</p>` : nothing}
    ${place ? html`<p class="phone-meta" dir="auto">${place}</p>` : nothing} ${renderMedia(e, lang, m, true)}
    ${whoAndTopics(e, c, lang, m, 'phone-meta')} ${phoneNotes(it, o)}
    ${e.sources.length ? html`<ul class="phone-sources" aria-label=${m.sources}>${sourceLinks(e, lang)}</ul>` : nothing}
  `;
}

/** A day on the rail: its date in full for screen readers; for the eye, big day, small month, and the year when asked. */
function railDate(key: string, locale: string, withYear: boolean) {
  const { big, small, year } = compactDay(key, locale, withYear);
  return html`<time datetime=${key}
    ><span class="visually-hidden">${formatDayKey(key, locale)}</span
    ><span class="rail-big" aria-hidden="true">${big}</span
    ><span class="rail-small" aria-hidden="true">${small}</span
    >${year ? html`<span class="rail-year" aria-hidden="true">${year}</span>` : nothing}</time
  >`;
}

/** Renders the phone chronology: the keys and the "Filters" button, the days on a rail, and the "Show all" button while events are hidden. */
function renderPhoneView(o: PhoneViewOptions) {
  const shown = o.items.slice(0, o.limit);
  const hidden = o.items.length - shown.length;
  const groups = groupByDay(
    shown,
    (e) => eventZone(e, o.zone),
    (it: SpannedEvent) => it.event,
  );
  const eras = eraHeadings(o.chronology, groups, o.lang, o.locale);
  // The year on every day when the chronology spans years, else on the first (see time/compact-days.ts).
  const everyYear = railYears(o);
  return html`<div class=${o.matches ? 'phone searching' : 'phone'} part="phone">
    ${o.top}
    <ol class="phone-days">
      ${repeat(
        groups,
        (g) => g.key,
        (g, i) => {
          const withYear = everyYear || i === 0;
          return html`<li class="phone-day">
            ${eras.get(g.key) ?? nothing}
            <h3 class="phone-date">${guard([g.key, o.locale, withYear], () => railDate(g.key, o.locale, withYear))}</h3>
            <ol class="phone-items">
              ${repeat(
                g.items,
                (it) => it.event.id,
                (it) => guard(itemInputs(it, o), () => renderItem(it, o.chronology, o)),
              )}
            </ol>
          </li>`;
        },
      )}
    </ol>
    ${
      hidden > 0
        ? html`<p class="phone-more"><button type="button" class="show-all" @click=${o.onShowAll}>${o.m.showAll(o.items.length, hidden)}</button></p>`
        : nothing
    }
  </div>`;
}
