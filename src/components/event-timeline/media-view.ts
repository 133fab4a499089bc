/**
 * An event's media in the details panel, the list and the phone chronology:
 * an image as a lazily loaded `<img>` in a `<figure>` with its caption and
 * credit; a video, audio, map, post or other link as a link card (a plain
 * link with its kind and host: nothing is embedded, no iframes, no
 * third-party scripts). Loaded only with the lazy views (never in the first paint).
 */
import { css, html, nothing } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { MediaKind } from '../../schema/chronology-schema.js';
import type { TimelineEvent } from '../../schema/parse.js';
import { isHttpUrl } from '../../schema/patterns.js';
import { mediaHost, mediaKind } from '../../schema/media-kind.js';
import { pickLang, pickText } from '../../schema/text.js';

export const mediaStyles = css`
  .media {
    margin: 0.75rem 0 0;
    max-width: 40rem;
  }
  .media img {
    display: block;
    max-width: 100%;
    height: auto;
    max-height: 12rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .media.small {
    margin: 0.4rem 0 0;
    max-width: 10rem;
  }
  .media.small img {
    max-height: 6rem;
  }
  .media figcaption,
  .media-card .credit {
    margin-top: 0.3rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .media .credit {
    display: block;
    font-style: italic;
  }
  .media-card {
    display: inline-flex;
    flex-direction: column;
    gap: 0.1rem;
    max-width: 100%;
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
    text-decoration: none;
  }
  /* The card is the link: its first line (kind · host) reads as one, the caption as text. */
  .media-card .to {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .media-card:hover .to,
  .media-card:focus-visible .to {
    text-decoration-thickness: 2px;
  }
  .media-card .kind {
    font-weight: 600;
  }
`;

const KIND_LABEL: Record<Exclude<MediaKind, 'image'>, keyof Messages> = {
  video: 'mediaVideo',
  audio: 'mediaAudio',
  map: 'mediaMap',
  post: 'mediaPost',
  link: 'mediaLink',
};

/**
 * The event's media: a figure (`small` in the list and phone views) or a
 * link card; nothing when it has none or its URL is not http(s).
 */
export function renderMedia(e: TimelineEvent, lang: string, m: Messages, small = false) {
  const media = e.media;
  if (!media || !isHttpUrl(media.url)) return nothing;
  const kind = mediaKind(media);
  const caption = media.caption
    ? html`<span class="caption" dir="auto" lang=${pickLang(media.caption, lang) ?? nothing}>${pickText(media.caption, lang)}</span>`
    : nothing;
  const credit = media.credit ? html`<span class="credit" dir="auto">${media.credit}</span>` : nothing;
  if (kind === 'image') {
    const alt = media.alt ? pickText(media.alt, lang) : '';
    return html`<figure class="media ${small ? 'small' : ''}" part="media">
      <img src=${media.url} alt=${alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
      ${caption !== nothing || credit !== nothing ? html`<figcaption>${caption}${credit}</figcaption>` : nothing}
    </figure>`;
  }
  const label = m[KIND_LABEL[kind]] as string;
  return html`<a class="media-card" part="media-card" href=${media.url} target="_blank" rel="noopener noreferrer" data-kind=${kind}>
    <span class="to"><span class="kind">${label}</span> · <span class="host">${mediaHost(media.url)}</span></span>
    ${caption}${credit}
  </a>`;
}
