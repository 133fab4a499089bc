/**
 * The link a reporter has to a Google Sheet, turned into the URL of its
 * published CSV: every form TimelineJS accepts (its
 * `ConfigFactory.test.js`: `parseGoogleSpreadsheetURL` and
 * `makeGoogleCSVURL`), plus a few more. Pure: no request is made.
 *
 * | input | CSV URL |
 * | --- | --- |
 * | a bare sheet ID (`1cWqQBZCkX9G…`, 25+ characters) | `…/spreadsheets/d/<id>/pub?output=csv` |
 * | `…/spreadsheets/d/<id>/edit#gid=0`, `/pubhtml`, `/pub`, `/htmlview`, `/u/1/d/<id>/…` | `…/spreadsheets/d/<id>/pub?output=csv` (with `gid` and `single=true` when a tab is named) |
 * | `…/spreadsheets/d/e/2PACX-…/pubhtml?gid=0&single=true` (a "Publish to the web" link) | `…/spreadsheets/d/e/2PACX-…/pub?gid=0&single=true&output=csv` |
 * | `v2:2PACX-…` (TimelineJS's key for that form) | `…/spreadsheets/d/e/2PACX-…/pub?output=csv` |
 * | `…/pub?output=csv`, `…/export?format=csv`, `…/gviz/tq?tqx=out:csv` | unchanged |
 * | the old `…/spreadsheet/ccc?key=<key>` and `…/pub?key=<key>` | `…/spreadsheets/d/<key>/pub?output=csv` |
 *
 * A Google link that is not a sheet (a document, slides, a form, a Drive
 * file) gets an error that says what to do. Anything else is not ours:
 * `null` (use the input as it is).
 */

/** Where published Sheets live. */
const SHEETS = 'https://docs.google.com/spreadsheets';
/** What to tell someone whose link is not a published sheet. */
const WHAT_TO_DO = 'In Google Sheets, choose File › Share › Publish to web, publish the sheet, then paste its link';

/** A sheet ID as Google writes them (letters, digits, `-`, `_`); 25+ characters, so a relative URL such as `timeline` is not taken for one. */
const BARE_ID = /^[A-Za-z0-9_-]{25,}$/;
const KEY_PARAM = /[?&#]key=([A-Za-z0-9_-]+)/i;

/** The sheet's tab (`gid`), from the query or the fragment (`/edit#gid=123`). */
function gidOf(url: URL): string | undefined {
  const gid = url.searchParams.get('gid') ?? /(?:^#|[#&])gid=(\d+)/.exec(url.hash)?.[1];
  return gid && /^\d+$/.test(gid) ? gid : undefined;
}

/** `…/pub?[gid=…&single=true&]output=csv` under `base`. */
function csvUrl(base: string, gid?: string): string {
  return `${base}/pub?${gid !== undefined ? `gid=${gid}&single=true&` : ''}output=csv`;
}

/**
 * The published-CSV URL of a Google Sheets link or sheet ID (see the table
 * at the top of this module), an `error` sentence for a Google link that is
 * not a published sheet or is malformed, or `null` for input that is not a
 * Google link at all (a CSV or JSON URL elsewhere: fetch it as it is).
 * Never throws.
 *
 * @example
 * sheetsCsvUrl('https://docs.google.com/spreadsheets/d/e/2PACX-1vT…/pubhtml');
 * // { url: 'https://docs.google.com/spreadsheets/d/e/2PACX-1vT…/pub?output=csv' }
 */
export function sheetsCsvUrl(input: string): { url: string } | { error: string } | null {
  if (typeof input !== 'string') return { error: 'A Google Sheets link must be text' };
  const text = input.trim();
  if (!text) return { error: `The link is empty. ${WHAT_TO_DO}.` };
  if (/^v2:/i.test(text)) {
    const key = text.slice(3);
    return /^2PACX-[A-Za-z0-9_-]+$/.test(key)
      ? { url: csvUrl(`${SHEETS}/d/e/${key}`) }
      : { error: `'${text}' is not a TimelineJS v2: key (v2:2PACX-…). ${WHAT_TO_DO}.` };
  }
  if (BARE_ID.test(text)) return { url: csvUrl(`${SHEETS}/d/${text}`) };

  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'docs.google.com' && host !== 'drive.google.com' && host !== 'spreadsheets.google.com') return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;

  const path = url.pathname.replace(/\/u\/\d+(?=\/)/, ''); // account switcher: /spreadsheets/u/1/d/…
  const oldKey = KEY_PARAM.exec(url.search)?.[1];
  if (/^\/spreadsheets?\/(ccc|pub|lv|view)?$/.test(path) || (host === 'spreadsheets.google.com' && oldKey)) {
    return oldKey
      ? { url: csvUrl(`${SHEETS}/d/${oldKey}`, gidOf(url)) }
      : { error: `This old-style Sheets link has no key=. ${WHAT_TO_DO}.` };
  }

  const published = /^\/spreadsheets\/d\/e\/(2PACX-[A-Za-z0-9_-]+)(?:\/([^/]*))?/.exec(path);
  const sheet = /^\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})(?:\/([^/]*))?/.exec(path);
  const m = published ?? sheet;
  if (m) {
    const [, id, action = ''] = m;
    const base = published ? `${SHEETS}/d/e/${id}` : `${SHEETS}/d/${id}`;
    // Already data: keep it.
    if (action === 'pub' && url.searchParams.get('output') === 'csv') return { url: url.href };
    if (action === 'export' && url.searchParams.get('format') === 'csv') return { url: url.href };
    if (action === 'gviz' && /out:csv/.test(url.search)) return { url: url.href };
    if (['', 'edit', 'pub', 'pubhtml', 'htmlview', 'view', 'preview', 'copy', 'export', 'gviz'].includes(action))
      return { url: csvUrl(base, gidOf(url)) };
    return { error: `'${text}' is a Google Sheets link of a kind this library does not know (…/${action}). ${WHAT_TO_DO}.` };
  }
  const kind = /^\/(document|presentation|forms|drawings)\//.exec(path)?.[1];
  if (kind) {
    const what = {
      document: 'a Google Docs document',
      presentation: 'Google Slides',
      forms: 'a Google Form',
      drawings: 'a Google Drawing',
    }[kind];
    return { error: `This link is to ${what}, not a spreadsheet. ${WHAT_TO_DO}.` };
  }
  if (host === 'drive.google.com')
    return {
      error: `This is a Google Drive link, not a published sheet. Open the file in Google Sheets; ${WHAT_TO_DO[0]!.toLowerCase()}${WHAT_TO_DO.slice(1)}.`,
    };
  return { error: `'${text}' is a Google link, but not to a spreadsheet. ${WHAT_TO_DO}.` };
}

/**
 * What to say when the importers are given a Google Sheets link (or another
 * Google link) instead of the sheet's data: the CSV URL to fetch, or what to
 * do with a link that is not a published sheet. `undefined` for anything
 * that is not one line naming Google, a `v2:` key or a sheet ID (real CSV
 * or JSON text).
 */
export function sheetsLinkProblem(text: string): string | undefined {
  const line = text.trim();
  if (!line || /\s/.test(line) || !/google\.com|^v2:|^[\w-]{25,}$/i.test(line)) return undefined;
  const r = sheetsCsvUrl(line);
  if (r === null) return undefined;
  if ('error' in r) return r.error;
  return `this is a link to a Google Sheet, not its data: fetch its published CSV, ${r.url}, and import that text (sheetsCsvUrl gives this URL; <event-timeline src> takes the link as it is)`;
}
