/**
 * CSV → chronoline schema input, in either of two column layouts, told
 * apart by the header row:
 *
 * 1. **The TimelineJS Google Sheets template** (`Year, Month, Day, Time,
 *    End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 *    Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 *    Background`), recognised by `Year` and `Headline`. Each row is read as
 *    a TimelineJS slide and converted as `fromTimelineJS` does (HTML to text,
 *    links to sources, groups to topics, eras to `eras`); `Type` `title` is the
 *    title slide and `era` an era. `Time` is `HH:MM`, `HH:MM:SS` or
 *    `H:MM PM`, wall-clock time in `options.timeZone`.
 *
 * 2. **chronoline's flat layout**, recognised by `start` and `title`, one
 *    event per row, plain text (no HTML). Columns (case and `_`/space/`-`
 *    do not matter; all but `start` and `title` optional):
 *
 *    | column | value |
 *    | --- | --- |
 *    | `id` | the event's slug; default: a slug of the title |
 *    | `start`, `end` | `2025-06-22`, `2025-06`, `2025`, `2025-06-22T02:10+03:30`; a time without an offset is read in `time_zone` (else `options.timeZone`); a trailing `~` marks it approximate |
 *    | `title`, `summary` | text; `title_fa`, `summary_ru`, … add languages (then `title` is `options.language`, default `en`) |
 *    | `precision` | `year` … `second` |
 *    | `approximate` | `true`/`false`, `yes`/`no`, `1`/`0` |
 *    | `time_zone` | the IANA zone of the place |
 *    | `place`, `city`, `country`, `lat`, `lon` | the location |
 *    | `actors` | actor ids separated by `;`, each optionally `id:role` (`abbas-araghchi:visitor; vladimir-putin:host`) |
 *    | `topics` | topic ids separated by `;` |
 *    | `source_url` | one or more URLs separated by `;` or spaces |
 *    | `source_publisher`, `source_title` | separated by `;`, paired with the URLs by position; the publisher defaults to the host name |
 *    | `source_date` | the date of the sources |
 *    | `media_url`, `media_alt`, `media_credit`, `media_caption`, `media_kind` | an image, or a link card (`kind`: video, audio, map, post, link; else read from the URL) |
 *    | `importance` | 1–5 |
 *    | `status` | `confirmed`, `reported`, `claimed`, `disputed` or `denied` |
 *    | `claimed_by` | actor ids separated by `;`: who claims (or denies) the event |
 *    | `updated_at`, `correction`, `correction_date` | corrections |
 *
 *    Actors and topics are looked up in `options.actors` / `options.topics`;
 *    an id found in neither is added as a stub (an actor of kind
 *    `options.actorKind`, default `organization`, named after its id) and
 *    reported.
 *
 * Rows are numbered as in a spreadsheet: the header is row 1. Blank rows
 * are skipped. A row that cannot be converted is reported with an `error`
 * and left out; a value that cannot be used, with a `warning`. Columns
 * neither layout knows are reported once, at the header.
 */
import { csvParseRows } from 'd3-dsv';
import { badTimeZone, fatal, quote, type ImportResult } from './common.js';
import { csvLayout, isBlankRow, rowPath, type CsvOptions, type Row } from './csv-common.js';
import { fromTimelineSheet } from './csv-sheet.js';
import { fromFlatSheet } from './csv-flat.js';
import { sheetsLinkProblem } from './sheets-url.js';

export { csvLayout, type CsvLayout, type CsvOptions } from './csv-common.js';
export { parseClock } from './csv-sheet.js';

/**
 * Converts CSV text (the TimelineJS Google Sheets template, or chronoline's
 * flat layout; see the top of this module) to chronology input. Never
 * throws. Every non-blank data row is an event in the result, the title
 * or an era (TimelineJS `Type`), or has an `error` problem naming its row.
 * Given a Google Sheets link instead of its text, the fatal problem names
 * the published CSV to fetch (see `sheetsCsvUrl`).
 *
 * @example
 * const { chronology, problems } = fromCSV(await file.text(), { timeZone: 'Europe/Paris' });
 */
export function fromCSV(text: string, options: CsvOptions = {}): ImportResult {
  if (typeof text !== 'string') return fatal('$', `CSV must be text, not ${quote(text)}`);
  const bad = badTimeZone(options.timeZone ?? 'UTC');
  if (bad) return bad;
  const all = csvParseRows(text.replace(/^\uFEFF/, ''));
  const headerIndex = all.findIndex((cells) => !isBlankRow(cells));
  if (headerIndex < 0) return fatal('$', 'the CSV is empty: it needs a header row and a row per event');
  const headers = all[headerIndex]!;
  const rows: Row[] = all
    .map((cells, i) => ({ n: i + 1, cells }))
    .slice(headerIndex + 1)
    .filter((r) => !isBlankRow(r.cells));
  const layout = csvLayout(headers);
  if (layout === null) {
    const link = all.length === 1 ? sheetsLinkProblem(text) : undefined;
    if (link) return fatal('$', link);
    return fatal(
      rowPath(headerIndex + 1),
      `the columns (${headers.map((h) => quote(h, 20)).join(', ')}) are neither the TimelineJS sheet's (Year, Month, Day, …, Headline, Text, …) nor chronoline's (start, title, …)`,
    );
  }
  return layout === 'timelinejs' ? fromTimelineSheet(headers, rows, options) : fromFlatSheet(headers, rows, options);
}

/** The header row of CSV text (the first non-blank record), or null. */
export function csvParseHeader(text: string): string[] | null {
  // Only the first record is needed; a header never spans lines, so parse the first non-blank line.
  const line = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((l) => l.trim() !== '');
  if (line === undefined) return null;
  return csvParseRows(line)[0] ?? null;
}
