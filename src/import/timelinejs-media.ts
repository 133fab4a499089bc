/** A TimelineJS slide's media, group and background. */
import { mediaKind } from '../schema/media-kind.js';
import { checkUrl, hostOf, quote, slugify, uniqueId } from './common.js';
import {
  isBlank,
  isObject,
  readText,
  report,
  reportUnknownKeys,
  type Ctx,
  type FieldPath,
  type MediaInput,
  type Source,
} from './timelinejs-common.js';

/** What a slide's media became. */
export interface MediaOut {
  media?: MediaInput;
  /** The media link itself and `media.link`: the slide's main sources. */
  sources: Source[];
  /** Links in the caption, credit and title. */
  creditSources: Source[];
  /** A blockquote's text, to append to the summary. */
  quotation?: string;
}

/**
 * A slide's media: an image becomes `media` with its alt, caption and credit;
 * another http(s) link `media` of its kind (video, audio, map, post, link: a
 * link card),
 * a `<blockquote>` a quotation in the summary. What cannot be used is reported.
 */
export function readMedia(raw: unknown, at: FieldPath, title: string, ctx: Ctx): MediaOut {
  if (isBlank(raw)) return { sources: [], creditSources: [] };
  if (!isObject(raw)) {
    report(ctx, at('media'), 'warning', `must be an object {url, caption, credit}, not ${quote(raw)}: not kept`);
    return { sources: [], creditSources: [] };
  }
  const f = (k: string) => at(`media.${k}`);
  reportUnknownKeys(raw, ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'], f, ctx, 'TimelineJS media');
  const caption = readText(raw.caption, f('caption'), ctx);
  const credit = readText(raw.credit, f('credit'), ctx);
  const mediaTitle = readText(raw.title, f('title'), ctx);
  const alt = readText(raw.alt, f('alt'), ctx);
  const out: MediaOut = { sources: [], creditSources: [...caption.sources, ...credit.sources, ...mediaTitle.sources] };
  if (!isBlank(raw.thumbnail))
    report(ctx, f('thumbnail'), 'warning', `${quote(raw.thumbnail)} is not kept: chronoline shows no thumbnails`);
  if (!isBlank(raw.link)) {
    const link = typeof raw.link === 'string' ? checkUrl(raw.link, ctx.baseUrl) : { reason: 'is not a string' };
    if ('url' in link) out.sources.push({ publisher: hostOf(link.url), url: link.url });
    else report(ctx, f('link'), 'warning', `${quote(raw.link)} ${link.reason}: not kept`);
  }
  const lost = (why: string) => {
    const words = [caption.text, credit.text, mediaTitle.text]
      .filter(Boolean)
      .map((t) => quote(t))
      .join(', ');
    if (words) report(ctx, at('media'), 'warning', `${why}, so its caption and credit (${words}) are not kept`);
  };
  const url = typeof raw.url === 'string' ? raw.url.trim() : raw.url;
  if (isBlank(url)) {
    lost('has no url');
    return out;
  }
  if (typeof url !== 'string') {
    report(ctx, f('url'), 'warning', `must be a string, not ${quote(url)}: not kept`);
    lost('has no usable url');
    return out;
  }
  if (url.startsWith('<')) {
    const html = readText(url, f('url'), ctx);
    out.creditSources.push(...html.sources);
    if (/^<blockquote[\s>]/i.test(url) && html.text) {
      const quoted = /^["“«„‘']/.test(html.text) ? html.text : `“${html.text}”`;
      out.quotation = credit.text ? `${quoted} (${credit.text})` : quoted;
      report(ctx, f('url'), 'info', 'a blockquote: its text is appended to the summary as a quotation');
      if (caption.text) report(ctx, f('caption'), 'warning', `${quote(caption.text)} is not kept: a quotation has no caption`);
    } else {
      report(ctx, f('url'), 'warning', `embedded HTML ${quote(url)} is not kept: chronoline embeds no media`);
      lost('is embedded HTML');
    }
    return out;
  }
  const checked = checkUrl(url, ctx.baseUrl);
  if (!('url' in checked)) {
    report(ctx, f('url'), 'warning', `${quote(url)} ${checked.reason}: not kept`);
    lost('has no usable url');
    return out;
  }
  const kind = mediaKind({ url: checked.url });
  const words = {
    ...(credit.text ? { credit: credit.text } : {}),
    ...(caption.text ? { caption: caption.text } : mediaTitle.text ? { caption: mediaTitle.text } : {}),
  };
  if (kind === 'image') {
    // As before: alt from media.alt, else the caption, the media title or the headline (the caption is also shown as caption).
    const altText = alt.text || caption.text || mediaTitle.text || title;
    out.media = { url: checked.url, ...(altText ? { alt: altText } : {}), ...words };
  } else {
    // A video, audio, map, post or page: a link card (nothing is embedded).
    out.media = { url: checked.url, kind, ...words };
    if (alt.text) report(ctx, f('alt'), 'warning', `${quote(alt.text)} is not kept: the media is a link, not an image`);
  }
  return out;
}

/** The topic id for a TimelineJS group, created on first use. */
export function groupTopic(raw: unknown, path: string, ctx: Ctx): string | undefined {
  const label = readText(raw, path, ctx).text;
  if (!label) return undefined;
  let id = ctx.topicByGroup.get(label);
  if (!id) {
    id = uniqueId(slugify(label) || 'group', ctx.topicIds);
    ctx.topicByGroup.set(label, id);
    ctx.topics.push({ id, label });
    report(ctx, path, 'info', `group ${quote(label)} became topic '${id}'`);
  }
  return id;
}

export function reportBackground(raw: unknown, path: string, ctx: Ctx) {
  if (isBlank(raw)) return;
  const what = isObject(raw) ? (raw.url ?? raw.color ?? raw) : raw;
  if (isObject(raw) && Object.values(raw).every(isBlank)) return;
  report(ctx, path, 'warning', `${quote(what)} is not kept: chronoline draws no slide backgrounds`);
}
