/**
 * The details panel of `<event-timeline>`: the selected event's date (in its
 * own zone and the display zone when they differ), title, summary, place,
 * actor cards, topic badges, sources and correction.
 */
import { css, html, nothing } from 'lit';
import { cssProps } from '../../styles/css-props.js';
import type { Messages } from '../../i18n/messages.js';
import type { TimelineLayout } from '../../layout/timeline-layout.js';
import type { Chronology, TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { eventZone, type DisplayZone } from '../../time/display-zone.js';
import { formatEventDate } from '../../time/format.js';
import { renderCorrections } from './brief-view.js';
import { placeText, sourceLinks } from './event-text.js';
import { renderVerification } from './details-verification.js';
import { defineTag } from './inner-tags.js';
import { mediaStyles, renderMedia } from './media-view.js';

export const detailsStyles = css`
    ${mediaStyles}
    /* Beside the selected event, at its height, inside the box. */
    .stage .details {
      position: absolute;
      top: max(0px, min(var(--_dy, 0px), 100% - 20rem));
      right: 0;
      width: min(24rem, 50%);
      max-height: min(100%, 20rem);
      margin: 0;
      overflow: auto;
      box-shadow: 0 2px 12px light-dark(#0003, #000a);
    }
    /* The floating panel is at most 20rem tall: a lower image keeps its caption and credit in view with the title and summary. */
    .stage .details .media img {
      max-height: 8rem;
    }
    .stage.details-left .details {
      right: auto;
      left: 0;
    }
    /* .close: the element's button style (event-timeline.styles.ts). */
    .details {
      margin-block-start: 0.75rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--_grid);
      border-inline-start: 4px solid var(--_detail-color, var(--_accent));
      border-radius: var(--_radius);
      background: var(--chronoline-event-timeline-details-background, var(--_bg));
    }
    .details header {
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      justify-content: space-between;
    }
    .dateline {
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125rem;
      font-weight: 600;
    }
    .details h3 {
      margin: 0.2rem 0 0.5rem;
      overflow-wrap: anywhere;
      font-size: 1.125rem;
      line-height: 1.3;
    }
    .details h3:focus {
      outline: none;
    }
    .details h4 {
      margin: 0.9rem 0 0.35rem;
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--_muted);
    }
    .summary {
      margin: 0;
      max-width: 70ch;
    }
    .place {
      margin: 0.4rem 0 0;
      color: var(--_muted);
      font-size: 0.875rem;
    }
    .actors {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: 0.5rem;
    }
    .topics {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
    }
    .sources {
      margin: 0;
      padding-inline-start: 1.1rem;
      font-size: 0.875rem;
    }
    .sources li + li {
      margin-top: 0.2rem;
    }
    .sources a {
      color: var(--_accent);
    }
    .correction {
      margin: 0.9rem 0 0;
      border-inline-start: 3px solid var(--_muted);
      padding: 0.5rem 0.75rem;
      background: var(--_surface);
      border-radius: var(--_radius);
      font-size: 0.875rem;
    }
    .correction p {
      margin: 0;
    }
`;

export interface DetailsOptions {
  event: TimelineEvent;
  chronology: Chronology;
  /** Language of the text (picks localized fields). */
  lang: string;
  /** Locale of dates (the language, with the element's calendar if it has one). */
  locale: string;
  /** The interface strings. */
  m: Messages;
  /** The display zone (the event's own with `time-zone="event"`). */
  zone: DisplayZone;
  /** Close button and Escape. */
  onClose: () => void;
}

export function renderDetails({ event: e, chronology: c, lang, locale, m, zone: display, onClose }: DetailsOptions) {
  const zone = eventZone(e, display);
  // The event's local time first; the display zone's too when it reads differently.
  const ownDate = formatEventDate(e, locale, e.timeZone ?? zone, m);
  const shownDate = formatEventDate(e, locale, zone, m);
  const color = e.topics[0] ? c.topicsById.get(e.topics[0])?.color : undefined;
  const place = placeText(e, lang);
  // Its cards and badges upgrade once their tags are registered (their classes may load now: see inner-tags.ts).
  void defineTag('actor-card');
  if (e.topics.length) void defineTag('topic-badge');
  return html`<section
    part="details"
    class="details"
    aria-labelledby="details-title"
    ${cssProps({ '--_detail-color': color })}
    @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && onClose()}
  >
    <header>
      <div>
        <p class="dateline">
          ${ownDate}${shownDate !== ownDate ? html`<br /><span>${m.inDisplayZone} ${zone.replace(/_/g, ' ')}: ${shownDate}</span>` : nothing}
        </p>
        <h3 id="details-title" dir="auto" lang=${pickLang(e.title, lang) ?? nothing}>${pickText(e.title, lang)}</h3>
      </div>
      <button class="close" type="button" aria-label=${m.close} @click=${onClose}>×</button>
    </header>
    ${e.summary ? html`<p class="summary" dir="auto" lang=${pickLang(e.summary, lang) ?? nothing}>${pickText(e.summary, lang)}</p>` : nothing}
    ${place ? html`<p class="place" dir="auto">${place}</p>` : nothing}
    ${renderMedia(e, lang, m)}
    ${renderVerification(e, { chronology: c, lang, locale, m })}
    ${
      e.actors.length
        ? html`<h4>${m.who}</h4>
          <div class="actors">
            ${e.actors.map((a) => html`<actor-card .chronology=${c} actor-id=${a.id} event-role=${a.role ? pickText(a.role, lang) : nothing}></actor-card>`)}
          </div>`
        : nothing
    }
    ${
      e.topics.length
        ? html`<h4>${m.topics}</h4>
          <div class="topics">${e.topics.map((t) => html`<topic-badge topic-id=${t}></topic-badge>`)}</div>`
        : nothing
    }
    ${e.sources.length ? html`<h4>${m.sources}</h4><ul class="sources">${sourceLinks(e, lang)}</ul>` : nothing}
    ${renderCorrections(e, lang, locale, m)}
  </section>`;
}

/** Where the details open (in the list view's module: the panel comes with it): beside the selected mark (on the left when it is on the right half), at its height. */
export const detailsAt = (l: TimelineLayout | null, id: string | null) => {
  const k = l?.marks.find((x) => x.id === id && x.primary);
  return { detailsLeft: !!k && k.x > l!.width / 2, detailsY: k ? k.y - 24 : 0 };
};
