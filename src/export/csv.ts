/**
 * Events as CSV in chronoline's flat columns, one row per event: the
 * layout `fromCSV` (src/import/csv.ts) reads, so an exported file imports
 * back to the same events. For "Download data" and `exportCSV()`.
 *
 * Columns (only those some event uses, in this order): `id, start, end,
 * title, title_<lang>…, summary, summary_<lang>…, precision, approximate,
 * time_zone, place, city, country, lat, lon, actors, topics, source_url,
 * source_publisher, source_title, source_date, media_url, media_alt,
 * media_credit, media_caption, media_kind, importance, status, claimed_by, updated_at, correction,
 * correction_date`.
 *
 * What comes back identical through `fromCSV`: ids, titles and summaries
 * (plain, or localized: a localized field is written as `title_en`,
 * `title_fa`, … columns), start, end, precision, approximate, zone, place,
 * coordinates, actors with their roles, topics, sources (URL, publisher,
 * title, a date they share), media, importance, status and who claims
 * it, updated_at, one correction.
 *
 * What a flat row cannot hold, written in the reader's language (`lang`)
 * or left out:
 * - a localized place name, actor role, source title, media alt text or
 *   correction: the text in `lang`;
 * - sources with different dates: `source_date` only when they share one;
 * - `;` inside an actor role, publisher or source title (it separates
 *   items): written as `,`; a `;` inside a source URL is written `%3B`;
 * - several corrections: the last (the one a flat row has room for);
 * - disputes and statements: left out (use `toJSON` to keep them);
 * - the chronology's eras: left out (rows are events; `toJSON` keeps them);
 * - an event known only by its end (`end` without `start`): the row has an
 *   empty `start`, which `fromCSV` reports and leaves out.
 * - language tags come back lower-cased (`pt-BR` → `pt-br`).
 *
 * **Formula injection.** A spreadsheet runs a cell that begins with `=`,
 * `+`, `-`, `@`, a tab or a carriage return as a formula. Such cells (other
 * than plain numbers such as a latitude of `-33.9`) are written with a
 * leading `'`, which spreadsheets read as "this is text" and do not show.
 * `fromCSV` does not remove the `'` (a title that begins with `=` comes
 * back as `'=…`); every other text comes back as it was. The neutralising
 * is the safe default for a file meant for spreadsheets; pass
 * `{ neutralize: false }` for a file only `fromCSV` will read.
 */
import { FLAT_COLUMN_ORDER } from '../import/csv-common.js';
import { csvFormatRow } from 'd3-dsv';
import type { LocalizedText } from '../schema/chronology-schema.js';
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { pickText } from '../schema/text.js';

/** Options of `toCSV`. */
export interface CsvExportOptions {
  /** The language of fields a row holds in one language only. Default: the chronology's, then `en`. */
  lang?: string;
  /** Prefix cells that a spreadsheet would run as formulas with `'`. Default true. */
  neutralize?: boolean;
  /** Start with a UTF-8 byte order mark, so that Excel reads Persian or Russian text right. Default false. */
  bom?: boolean;
}

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell a spreadsheet will not run: `'` before a leading `=`, `+`, `-`, `@`, tab or CR (plain numbers excepted). */
export function neutralizeCell(cell: string): string {
  return FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The flat columns, in the order they are written: the ones the CSV importer reads. */
const COLUMNS = FLAT_COLUMN_ORDER;

/** A list item that must not contain the `;` that separates items. */
const item = (s: string) => s.replace(/;/g, ',');
const timeText = (t: { iso: string; approximate: boolean }) => (t.approximate ? `${t.iso}~` : t.iso);

/** `title` for a plain string; `title_en`, `title_fa`, … for a localized one. */
function putLocalized(row: Map<string, string>, field: 'title' | 'summary', text: LocalizedText | undefined): void {
  if (text === undefined) return;
  if (typeof text === 'string') row.set(field, text);
  else for (const [lang, s] of Object.entries(text)) row.set(`${field}_${lang.toLowerCase()}`, s);
}

/** One event's cells by column name. */
function eventRow(e: TimelineEvent, lang: string): Map<string, string> {
  const row = new Map<string, string>();
  const text = (t: LocalizedText | undefined) => pickText(t, lang);
  row.set('id', e.id);
  if (e.endOnly) row.set('end', timeText(e.start));
  else {
    row.set('start', timeText(e.start));
    if (e.end) row.set('end', timeText(e.end));
  }
  putLocalized(row, 'title', e.title);
  putLocalized(row, 'summary', e.summary);
  if (e.precision !== e.start.precision) row.set('precision', e.precision);
  if (e.approximate && !e.start.approximate && !e.end?.approximate) row.set('approximate', 'true');
  if (e.timeZone) row.set('time_zone', e.timeZone);
  if (e.location) {
    row.set('place', text(e.location.name));
    if (e.location.city) row.set('city', e.location.city);
    if (e.location.country) row.set('country', e.location.country);
    if (e.location.lat !== undefined) row.set('lat', String(e.location.lat));
    if (e.location.lon !== undefined) row.set('lon', String(e.location.lon));
  }
  if (e.actors.length) row.set('actors', e.actors.map((a) => (a.role ? `${a.id}:${item(text(a.role))}` : a.id)).join('; '));
  if (e.topics.length) row.set('topics', e.topics.join('; '));
  if (e.sources.length) {
    row.set('source_url', e.sources.map((s) => s.url.replace(/;/g, '%3B')).join('; '));
    row.set('source_publisher', e.sources.map((s) => item(s.publisher)).join('; '));
    const titles = e.sources.map((s) => text(s.title));
    if (titles.some(Boolean)) row.set('source_title', e.sources.length === 1 ? titles[0]! : titles.map(item).join('; '));
    const dates = new Set(e.sources.map((s) => s.date));
    const [date] = dates;
    if (dates.size === 1 && date) row.set('source_date', date);
  }
  if (e.media) {
    row.set('media_url', e.media.url);
    row.set('media_alt', text(e.media.alt));
    if (e.media.credit) row.set('media_credit', e.media.credit);
    if (e.media.caption) row.set('media_caption', text(e.media.caption));
    if (e.media.kind) row.set('media_kind', e.media.kind);
  }
  if (e.importance !== 3) row.set('importance', String(e.importance));
  if (e.status) row.set('status', e.status);
  if (e.claimedBy.length) row.set('claimed_by', e.claimedBy.join('; '));
  if (e.updatedAt) row.set('updated_at', e.updatedAt);
  if (e.correction) {
    row.set('correction', text(e.correction.text));
    if (e.correction.date) row.set('correction_date', e.correction.date);
  }
  return row;
}

/**
 * `events` (default: all the chronology's, e.g. the current view with
 * filters and search applied) as CSV text in chronoline's flat columns:
 * a header and one row per event, CRLF line ends (RFC 4180), cells quoted
 * when they hold `,`, `"` or a line break. See the top of this module for
 * what comes back through `fromCSV` and how formulas are neutralised.
 *
 * Re-import with the chronology's actors and topics so that their names and
 * kinds come back too: `fromCSV(text, { actors: c.actors, topics: c.topics })`.
 */
export function toCSV(
  chronology: Chronology,
  events: readonly TimelineEvent[] = chronology.events,
  options: CsvExportOptions = {},
): string {
  const lang = options.lang ?? chronology.language ?? 'en';
  const rows = events.map((e) => eventRow(e, lang));
  const used = new Set<string>(['id', 'start', 'title']);
  for (const r of rows) for (const k of r.keys()) used.add(k);
  const localized = (field: string) => [...used].filter((k) => k.startsWith(`${field}_`) && !COLUMNS.includes(k as never)).sort();
  const header: string[] = [];
  for (const c of COLUMNS) {
    if (used.has(c)) header.push(c);
    if (c === 'title' || c === 'summary') header.push(...localized(c));
  }
  const safe = options.neutralize === false ? (s: string) => s : neutralizeCell;
  const lines = [csvFormatRow(header), ...rows.map((r) => csvFormatRow(header.map((h) => safe(r.get(h) ?? ''))))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
