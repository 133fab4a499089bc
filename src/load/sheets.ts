/**
 * `src` as a reporter pastes it: a Google Sheets link (a sheet ID, its
 * `/edit` or `/pubhtml` link, a `/d/e/2PACX-…` "Publish to the web" link, a
 * TimelineJS `v2:` key) becomes the URL of the sheet's published CSV before
 * it is fetched. Loaded on demand (with import/sheets-url.ts) only for input
 * that can be such a link (`maybeSheetsLink`), so a page that loads JSON
 * never downloads it.
 */
import type { Messages } from '../i18n/messages.js';
import { LoadError } from './load.js';
import { sheetsCsvUrl } from '../import/sheets-url.js';
import { maybeSheetsLink } from './sheets-link.js';

/**
 * The URL to fetch for `src`: the published CSV of a Google Sheets link, or
 * `src` unchanged. A Google link that is not a published sheet (a Docs
 * document, Slides, a Drive file, a malformed link) rejects with a
 * {@link LoadError} of kind `url` whose message says what to do: publish
 * the sheet to the web, then paste its link.
 */
export async function sheetsSource(src: string, messages: Messages): Promise<string> {
  if (!maybeSheetsLink(src)) return src;
  const r = sheetsCsvUrl(src);
  if (!r) return src;
  if ('error' in r) throw new LoadError('url', messages.loadNotSheet(src), src);
  return r.url;
}
