/**
 * `src` as a reporter pastes it: a Google Sheets link (a sheet ID, its
 * `/edit` or `/pubhtml` link, a `/d/e/2PACX-…` "Publish to the web" link, a
 * TimelineJS `v2:` key) becomes the URL of the sheet's published CSV before
 * it is fetched. The conversion (import/sheets-url.ts) is loaded only for
 * input that can be such a link, so a page that loads JSON never downloads it.
 */
import type { Messages } from '../i18n/messages.js';
import { LoadError } from './load.js';

/**
 * Cheap first test: a Google host, a `v2:` key, or a bare ID (25+ letters,
 * digits, `-`, `_`, as Google writes them). Anything else is fetched as it is.
 */
const MAYBE_SHEET = /^\s*(?:v2:|[A-Za-z0-9_-]{25,}\s*$|(?:https?:\/\/)?(?:docs|drive|spreadsheets)\.google\.com[/?#])/i;

/** True when `src` could be a Google link or a sheet ID (and is worth converting). */
export const maybeSheetsLink = (src: string): boolean => MAYBE_SHEET.test(src);

/**
 * The URL to fetch for `src`: the published CSV of a Google Sheets link, or
 * `src` unchanged. A Google link that is not a published sheet (a Docs
 * document, Slides, a Drive file, a malformed link) rejects with a
 * {@link LoadError} of kind `url` whose message says what to do: publish
 * the sheet to the web, then paste its link.
 */
export async function sheetsSource(src: string, messages: Messages): Promise<string> {
  if (!maybeSheetsLink(src)) return src;
  const { sheetsCsvUrl } = await import('../import/sheets-url.js');
  const r = sheetsCsvUrl(src);
  if (!r) return src;
  if ('error' in r) throw new LoadError('url', messages.loadNotSheet(src), src);
  return r.url;
}
