/**
 * A flat CSV row's media: `media_url` with `media_alt`, `media_credit`,
 * `media_caption` and `media_kind` (image, video, audio, map, post, link;
 * read from the URL when empty).
 */
import { MEDIA_KINDS, type MediaKind, type TimelineEventInput } from '../schema/chronology-schema.js';
import { checkUrl, quote, type ImportProblem } from './common.js';

type MediaInput = NonNullable<TimelineEventInput['media']>;

/** The row's media, or undefined (what cannot be used is reported in `problems`). */
export function flatMedia(
  cells: Record<string, string>,
  col: (name: string) => string,
  ctx: { baseUrl?: string; problems: ImportProblem[] },
  titleText: string,
): MediaInput | undefined {
  const warn = (column: string, message: string) => void ctx.problems.push({ path: col(column), message, severity: 'warning' });
  if (!cells.media_url) {
    const extra = ['media_alt', 'media_credit', 'media_caption', 'media_kind'].find((c) => cells[c]);
    if (extra) warn(extra, 'there is no media_url to go with it: not kept');
    return undefined;
  }
  const checked = checkUrl(cells.media_url, ctx.baseUrl);
  if (!('url' in checked)) return void warn('media_url', `${quote(cells.media_url)} ${checked.reason}: not kept`);
  const kind = cells.media_kind?.trim().toLowerCase();
  const known = kind && (MEDIA_KINDS as readonly string[]).includes(kind) ? (kind as MediaKind) : undefined;
  if (kind && !known) warn('media_kind', `${quote(cells.media_kind)} is not one of ${MEDIA_KINDS.join(', ')}: read from the URL instead`);
  return {
    url: checked.url,
    alt: cells.media_alt || titleText,
    ...(cells.media_credit ? { credit: cells.media_credit } : {}),
    ...(cells.media_caption ? { caption: cells.media_caption } : {}),
    ...(known ? { kind: known } : {}),
  };
}
