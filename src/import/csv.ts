/**
 * CSV → chronoline schema input, in either of two column layouts, told
 * apart by the header row:
 *
 * 1. **The TimelineJS Google Sheets template** (`Year, Month, Day, Time,
 *    End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 *    Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 *    Background`), recognised by `Year` and `Headline`. Each row is read as
 *    a TimelineJS slide and converted as `fromTimelineJS` does (HTML to text,
 *    links to sources, groups and eras to topics); `Type` `title` is the
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
 *    | `media_url`, `media_alt`, `media_credit` | an image |
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
import {
  STATUSES,
  type ActorInput,
  type ActorKind,
  type Status,
  type LocalizedText,
  type TimelineEventInput,
  type TopicInput,
} from '../schema/chronology-schema.js';
import { PRECISIONS, parseTimeValue, type Precision, type TimePoint } from '../time/dates.js';
import { periodEnd } from '../schema/parse.js';
import { isTimeZone } from '../time/zone.js';
import {
  badTimeZone,
  checkUrl,
  fatal,
  hostOf,
  humanize,
  isId,
  quote,
  slugify,
  uniqueId,
  zonedValue,
  type ImportProblem,
  type ImportResult,
} from './common.js';
import { chronologyId, convertSlides, type FieldPath, type SlideAt, type TimelineJSOptions } from './timelinejs.js';

/** Options of `fromCSV`. */
export interface CsvOptions extends TimelineJSOptions {
  /** Actors the flat layout's `actors` column refers to. */
  actors?: ActorInput[];
  /** Topics the flat layout's `topics` column refers to. */
  topics?: TopicInput[];
  /** The kind given to actors that are not in `actors`. Default `organization`. */
  actorKind?: ActorKind;
}

/** The column layouts `fromCSV` reads. */
export type CsvLayout = 'timelinejs' | 'flat';

/** `End Year` → `end year`: how TimelineJS headers are compared. */
const tlKey = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');
/** `Source URL` → `source_url`: how flat headers are compared. */
const flatKey = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** TimelineJS sheet column → the slide field it fills. */
const TL_COLUMNS: Record<string, string> = {
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  time: 'start_date.time',
  'end year': 'end_date.year',
  'end month': 'end_date.month',
  'end day': 'end_date.day',
  'end time': 'end_date.time',
  'display date': 'display_date',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  'media credit': 'media.credit',
  'media caption': 'media.caption',
  'media thumbnail': 'media.thumbnail',
  'media alt': 'media.alt',
  'media title': 'media.title',
  type: 'type',
  group: 'group',
  background: 'background',
};

const FLAT_ALIASES: Record<string, string> = {
  timezone: 'time_zone',
  zone: 'time_zone',
  location: 'place',
  longitude: 'lon',
  lng: 'lon',
  latitude: 'lat',
  source: 'source_url',
  sources: 'source_url',
  publisher: 'source_publisher',
};

const FLAT_COLUMNS = new Set([
  'id', 'start', 'end', 'title', 'summary', 'precision', 'approximate', 'time_zone', 'place', 'city', 'country',
  'lat', 'lon', 'actors', 'topics', 'source_url', 'source_publisher', 'source_title', 'source_date', 'media_url',
  'media_alt', 'media_credit', 'importance', 'status', 'claimed_by', 'updated_at', 'correction', 'correction_date',
]);

/** `title_fa`, `summary_pt-br`: a localized text column and its language. */
const LOCALIZED = /^(title|summary)_([a-z]{2,3}(?:[_-][a-z0-9]{2,8})*)$/;

const flatName = (h: string) => {
  const k = flatKey(h);
  return FLAT_ALIASES[k] ?? k;
};
const isFlatColumn = (name: string) => FLAT_COLUMNS.has(name) || LOCALIZED.test(name);

/**
 * Which layout a header row is in: `timelinejs` (has `Year` and
 * `Headline`), `flat` (has `start` and `title`), or null.
 */
export function csvLayout(headers: readonly string[]): CsvLayout | null {
  const tl = new Set(headers.map(tlKey));
  if (tl.has('year') && tl.has('headline')) return 'timelinejs';
  const flat = new Set(headers.map(flatName));
  if (flat.has('start') && (flat.has('title') || [...flat].some((h) => /^title_/.test(h)))) return 'flat';
  return null;
}

/** A data row: its spreadsheet number and cells. */
interface Row {
  n: number;
  cells: string[];
}

const isBlankRow = (cells: string[]) => cells.every((c) => c.trim() === '');

/** `row 4, column Year`, or `row 4` for the whole row. */
const rowPath = (n: number, column?: string) => (column === undefined ? `row ${n}` : `row ${n}, column ${column}`);

/**
 * Reports what the header does not map: unknown or repeated columns (when
 * they hold any value), and cells past the last column. Returns, per
 * column index, the name it maps to (undefined when it is not kept).
 */
function mapHeader(headers: string[], rows: Row[], name: (h: string) => string | undefined, problems: ImportProblem[], layout: string): (string | undefined)[] {
  const seen = new Set<string>();
  const hasValues = (i: number) => rows.some((r) => (r.cells[i] ?? '').trim() !== '');
  const mapped = headers.map((h, i) => {
    const key = name(h);
    const path = rowPath(1, h.trim() || `${i + 1}`);
    if (key === undefined) {
      if (hasValues(i)) problems.push({ path, message: `is not a ${layout} column: its values are not kept`, severity: 'warning' });
      return undefined;
    }
    if (seen.has(key)) {
      if (hasValues(i)) problems.push({ path, message: `repeats an earlier column: its values are not kept`, severity: 'warning' });
      return undefined;
    }
    seen.add(key);
    return key;
  });
  for (const r of rows) {
    const extra = r.cells.slice(headers.length).filter((c) => c.trim() !== '');
    if (extra.length) {
      problems.push({ path: rowPath(r.n), message: `has ${extra.length} value${extra.length === 1 ? '' : 's'} past the last column (${extra.map((c) => quote(c, 30)).join(', ')}): not kept`, severity: 'warning' });
    }
  }
  return mapped;
}

// ---------------------------------------------------------------------------
// TimelineJS sheet layout
// ---------------------------------------------------------------------------

const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.(\d{1,3}))?\s*([ap])?\.?\s*(?:m\.?)?$/i;

/** `13:05`, `1:05 PM`, `13:05:30.250` → clock fields, or null. */
export function parseClock(text: string): { hour: number; minute?: number; second?: number; millisecond?: number } | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let hour = +m[1]!;
  const ampm = m[5]?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  const out: { hour: number; minute?: number; second?: number; millisecond?: number } = { hour };
  if (m[2] !== undefined) out.minute = +m[2];
  if (m[3] !== undefined) out.second = +m[3];
  if (m[4] !== undefined) out.millisecond = Math.round(+`0.${m[4]}` * 1000);
  return out;
}

/** The TimelineJS slide a sheet row stands for (what its JSON would have been). */
function rowToSlide(cells: Record<string, string>, n: number, columnOf: (field: string) => string | undefined, problems: ImportProblem[], role: 'event' | 'other'): Record<string, unknown> | null {
  const date = (prefix: 'start_date' | 'end_date') => {
    const d: Record<string, unknown> = {};
    for (const f of ['year', 'month', 'day']) if (cells[`${prefix}.${f}`]) d[f] = cells[`${prefix}.${f}`];
    const time = cells[`${prefix}.time`]?.trim();
    if (time) {
      const clock = parseClock(time);
      if (clock) Object.assign(d, clock);
      else {
        const isStart = prefix === 'start_date' && role === 'event';
        problems.push({
          path: rowPath(n, columnOf(`${prefix}.time`)),
          message: `${quote(time)} is not a time of day (13:05, 13:05:30 or 1:05 PM)${isStart ? ': the row is left out' : ': the time is dropped'}`,
          severity: isStart ? 'error' : 'warning',
        });
        if (isStart) return null;
      }
    }
    return Object.keys(d).length ? d : undefined;
  };
  const start = date('start_date');
  if (start === null) return null;
  const slide: Record<string, unknown> = { start_date: start, end_date: date('end_date') };
  const text: Record<string, string> = {};
  const media: Record<string, string> = {};
  for (const [field, value] of Object.entries(cells)) {
    if (!value || field.startsWith('start_date.') || field.startsWith('end_date.')) continue;
    if (field.startsWith('text.')) text[field.slice(5)] = value;
    else if (field.startsWith('media.')) media[field.slice(6)] = value;
    else slide[field] = value;
  }
  slide.text = text;
  slide.media = media;
  return slide;
}

function fromTimelineSheet(headers: string[], rows: Row[], options: CsvOptions): ImportResult {
  const problems: ImportProblem[] = [];
  const fields = mapHeader(headers, rows, (h) => TL_COLUMNS[tlKey(h)], problems, 'TimelineJS sheet');
  const headerOf = new Map<string, string>();
  fields.forEach((f, i) => f && headerOf.set(f, headers[i]!.trim()));
  /** The column a slide field came from: `start_date.hour` → `Time`. */
  const columnOf = (field: string): string | undefined => {
    const [group, sub] = field.split('.') as [string, string | undefined];
    if ((group === 'start_date' || group === 'end_date') && sub && ['hour', 'minute', 'second', 'millisecond', 'time'].includes(sub)) {
      return headerOf.get(`${group}.time`);
    }
    if (group === 'start_date' || group === 'end_date') return headerOf.get(`${group}.${sub ?? 'year'}`);
    if (group === 'text' || group === 'media') return headerOf.get(`${group}.${sub ?? (group === 'text' ? 'text' : 'url')}`);
    return headerOf.get(field);
  };
  const at = (n: number): FieldPath => (field) => rowPath(n, field === undefined ? undefined : columnOf(field));

  let title: SlideAt | undefined;
  let titleRow = 0;
  const events: SlideAt[] = [];
  const eras: SlideAt[] = [];
  for (const r of rows) {
    const cells: Record<string, string> = {};
    fields.forEach((f, i) => f && (cells[f] = (r.cells[i] ?? '').trim()));
    const type = (cells.type ?? '').toLowerCase();
    let role: 'title' | 'era' | 'event' = type === 'title' ? 'title' : type === 'era' ? 'era' : 'event';
    if (type && role === 'event') {
      problems.push({ path: rowPath(r.n, columnOf('type')), message: `${quote(cells.type)} is not a TimelineJS type (title or era): the row is read as an event`, severity: 'warning' });
    }
    if (role === 'title' && title) {
      problems.push({ path: rowPath(r.n, columnOf('type')), message: `a second title row (the first is row ${titleRow}): this one is read as an event`, severity: 'warning' });
      role = 'event';
    }
    delete cells.type;
    const slide = rowToSlide(cells, r.n, columnOf, problems, role === 'event' ? 'event' : 'other');
    const item = { slide, at: at(r.n) };
    if (role === 'title') [title, titleRow] = [item, r.n];
    else if (role === 'era') eras.push(item);
    else events.push(item);
  }
  // Rows refused while reading (a bad Time) are still events that came in.
  const refused = events.filter((e) => e.slide === null).length;
  const titlePath = `column ${headerOf.get('type') ?? 'Type'} (no row has the type title)`;
  const result = convertSlides({ title, titlePath, events: events.filter((e) => e.slide !== null), eras }, options, 'csv-import');
  return { ...result, problems: [...problems, ...result.problems], eventsIn: result.eventsIn + refused };
}

// ---------------------------------------------------------------------------
// Flat layout
// ---------------------------------------------------------------------------

type Source = NonNullable<TimelineEventInput['sources']>[number];

interface FlatCtx {
  zone: string;
  language: string;
  baseUrl?: string;
  actorKind: ActorKind;
  problems: ImportProblem[];
  eventIds: Set<string>;
  actors: Map<string, ActorInput>;
  topics: Map<string, TopicInput>;
}

/** A time value from a cell: as the schema writes it, or a date-time without offset given the zone's. */
function cellTime(raw: string, zone: string): { value: string; point: TimePoint } | { message: string } {
  let s = raw.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T](?=\d)/, '$1T');
  const tilde = s.endsWith('~') ? '~' : '';
  if (tilde) s = s.slice(0, -1);
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(s);
  if (local) {
    const [, y, mo, d, h, mi, sec, ms] = local;
    const check = parseTimeValue(`${s}Z`);
    if (typeof check === 'string') return { message: check.replace(`${s}Z`, s) };
    s = zonedValue(
      { year: +y!, month: +mo!, day: +d!, hour: +h!, minute: +mi!, ...(sec ? { second: +sec } : {}), ...(ms ? { millisecond: +ms.padEnd(3, '0') } : {}) },
      zone,
    ).value;
  }
  const point = parseTimeValue(s + tilde);
  return typeof point === 'string' ? { message: point } : { value: s + tilde, point };
}

/** Splits a list cell: `a; b;c` → `['a', 'b', 'c']`. */
const list = (cell: string | undefined, sep: RegExp = /;/) => (cell ?? '').split(sep).map((s) => s.trim()).filter(Boolean);

/** An actor or topic id from a cell, made a slug (reported) when it is not one. */
function refId(raw: string, path: string, what: string, ctx: FlatCtx): string | undefined {
  if (isId(raw)) return raw;
  const id = slugify(raw);
  if (!id) {
    ctx.problems.push({ path, message: `${what} ${quote(raw)} cannot be made an id: not kept`, severity: 'warning' });
    return undefined;
  }
  ctx.problems.push({ path, message: `${what} ${quote(raw)} is not a slug: read as '${id}'`, severity: 'warning' });
  return id;
}

function flatActors(cell: string | undefined, path: string, ctx: FlatCtx): TimelineEventInput['actors'] {
  const out: NonNullable<TimelineEventInput['actors']> = [];
  for (const item of list(cell, /[;\n]/)) {
    const colon = item.indexOf(':');
    const id = refId(colon < 0 ? item : item.slice(0, colon).trim(), path, 'actor', ctx);
    const role = colon < 0 ? '' : item.slice(colon + 1).trim();
    if (!id || out.some((a) => a.id === id)) continue;
    if (!ctx.actors.has(id)) {
      const name = humanize(id);
      ctx.actors.set(id, { id, name, kind: ctx.actorKind });
      ctx.problems.push({ path, message: `actor '${id}' is not in options.actors: added as ${ctx.actorKind} '${name}' (check its name and kind)`, severity: 'warning' });
    }
    out.push(role ? { id, role } : { id });
  }
  return out;
}

function flatTopics(cell: string | undefined, path: string, ctx: FlatCtx): string[] {
  const out: string[] = [];
  for (const item of list(cell, /[;\n]/)) {
    const id = refId(item, path, 'topic', ctx);
    if (!id || out.includes(id)) continue;
    if (!ctx.topics.has(id)) {
      ctx.topics.set(id, { id, label: humanize(id) });
      ctx.problems.push({ path, message: `topic '${id}' is not in options.topics: added with the label '${humanize(id)}'`, severity: 'info' });
    }
    out.push(id);
  }
  return out;
}

/** `title` plus `title_fa`, … : a string, or an object by language when there are several. */
function localized(cells: Record<string, string>, field: 'title' | 'summary', language: string): LocalizedText | undefined {
  const byLang: Record<string, string> = {};
  if (cells[field]) byLang[language] = cells[field]!;
  for (const [key, value] of Object.entries(cells)) {
    const m = LOCALIZED.exec(key);
    if (m && m[1] === field && value) byLang[m[2]!.replace('_', '-')] = value;
  }
  const langs = Object.keys(byLang);
  if (langs.length === 0) return undefined;
  return langs.length === 1 && cells[field] ? cells[field] : byLang;
}

function flatSources(cells: Record<string, string>, col: (name: string) => string, ctx: FlatCtx): Source[] {
  const urls = list(cells.source_url, /[;\s]+/);
  const publishers = (cells.source_publisher ?? '').split(';').map((s) => s.trim());
  const titles = urls.length === 1 ? [cells.source_title ?? ''] : (cells.source_title ?? '').split(';').map((s) => s.trim());
  const date = cells.source_date ? cellTime(cells.source_date, ctx.zone) : undefined;
  if (date && 'message' in date) ctx.problems.push({ path: col('source_date'), message: `${date.message}: the date is dropped`, severity: 'warning' });
  const out: Source[] = [];
  urls.forEach((raw, i) => {
    const checked = checkUrl(raw, ctx.baseUrl);
    if (!('url' in checked)) {
      ctx.problems.push({ path: col('source_url'), message: `${quote(raw)} ${checked.reason}: not kept`, severity: 'warning' });
      return;
    }
    const publisher = publishers[i] || (publishers.filter(Boolean).length === 1 ? publishers.find(Boolean)! : '') || hostOf(checked.url);
    const title = titles[i];
    out.push({ publisher, ...(title ? { title } : {}), url: checked.url, ...(date && 'value' in date ? { date: date.value } : {}) });
  });
  const extra = publishers.filter(Boolean).length > Math.max(urls.length, 1) ? publishers.slice(urls.length).filter(Boolean) : [];
  if (extra.length) ctx.problems.push({ path: col('source_publisher'), message: `${extra.map((p) => quote(p)).join(', ')} ha${extra.length === 1 ? 's' : 've'} no URL to go with: not kept`, severity: 'warning' });
  return out;
}

function flatNumber(cell: string | undefined, lo: number, hi: number, path: string, what: string, ctx: FlatCtx, integer = false): number | undefined {
  if (!cell) return undefined;
  const n = Number(cell);
  if (cell.trim() === '' || !Number.isFinite(n) || n < lo || n > hi || (integer && !Number.isInteger(n))) {
    ctx.problems.push({ path, message: `${quote(cell)} is not ${integer ? 'a whole number' : 'a number'} from ${lo} to ${hi} (${what}): dropped`, severity: 'warning' });
    return undefined;
  }
  return n;
}

const TRUE = /^(true|yes|y|1|x)$/i;
const FALSE = /^(false|no|n|0)$/i;

/** One flat-layout row → an event, or null (reported as an `error`) when it has no usable start or title. */
function convertFlatRow(cells: Record<string, string>, n: number, col: (name: string) => string, ctx: FlatCtx): TimelineEventInput | null {
  const leftOut = (path: string, message: string) => {
    ctx.problems.push({ path, message: `${message}: the row is left out`, severity: 'error' });
    return null;
  };
  let zone = ctx.zone;
  let placeZone: string | undefined;
  if (cells.time_zone) {
    if (isTimeZone(cells.time_zone)) zone = placeZone = cells.time_zone;
    else ctx.problems.push({ path: col('time_zone'), message: `${quote(cells.time_zone)} is not an IANA time zone: dropped (times are read in ${ctx.zone})`, severity: 'warning' });
  }
  if (!cells.start) return leftOut(col('start'), 'is empty');
  const start = cellTime(cells.start, zone);
  if ('message' in start) return leftOut(col('start'), start.message);
  const title = localized(cells, 'title', ctx.language);
  if (title === undefined) return leftOut(col('title'), 'is empty');

  const titleText = typeof title === 'string' ? title : Object.values(title)[0]!;
  const wanted = cells.id ?? '';
  const base = (isId(wanted) ? wanted : slugify(wanted)) || slugify(titleText) || `row-${n}`;
  const id = uniqueId(base, ctx.eventIds);
  if (wanted && id !== wanted) {
    ctx.problems.push({ path: col('id'), message: `${quote(wanted)} cannot be the id (${isId(wanted) ? 'an earlier row has it' : 'it is not a slug'}): the id is '${id}'`, severity: 'warning' });
  }
  const event: TimelineEventInput = { id, title, start: start.value };
  const summary = localized(cells, 'summary', ctx.language);
  if (summary !== undefined) event.summary = summary;
  if (cells.end) {
    const end = cellTime(cells.end, zone);
    if ('message' in end) ctx.problems.push({ path: col('end'), message: `${end.message}: the end is dropped`, severity: 'warning' });
    else if (periodEnd(end.point) <= start.point.instant) ctx.problems.push({ path: col('end'), message: `'${end.value}' is before the start '${start.value}': the end is dropped`, severity: 'warning' });
    else event.end = end.value;
  }
  if (cells.precision) {
    const p = cells.precision.toLowerCase() as Precision;
    if (!PRECISIONS.includes(p)) ctx.problems.push({ path: col('precision'), message: `${quote(cells.precision)} is not one of ${PRECISIONS.join(', ')}: dropped`, severity: 'warning' });
    else if (PRECISIONS.indexOf(p) > PRECISIONS.indexOf(start.point.precision)) ctx.problems.push({ path: col('precision'), message: `'${p}' is finer than the start '${start.value}' states: dropped`, severity: 'warning' });
    else event.precision = p;
  }
  if (cells.approximate) {
    if (TRUE.test(cells.approximate)) event.approximate = true;
    else if (!FALSE.test(cells.approximate)) ctx.problems.push({ path: col('approximate'), message: `${quote(cells.approximate)} is not true or false: dropped`, severity: 'warning' });
  }
  if (placeZone) event.timeZone = placeZone;

  const lat = flatNumber(cells.lat, -90, 90, col('lat'), 'latitude', ctx);
  const lon = flatNumber(cells.lon, -180, 180, col('lon'), 'longitude', ctx);
  const name = cells.place || cells.city || cells.country || (lat !== undefined && lon !== undefined ? `${lat}, ${lon}` : '');
  if (name) {
    event.location = {
      name,
      ...(cells.city ? { city: cells.city } : {}),
      ...(cells.country ? { country: cells.country } : {}),
      ...(lat !== undefined ? { lat } : {}),
      ...(lon !== undefined ? { lon } : {}),
    };
  } else if (lat !== undefined || lon !== undefined) {
    ctx.problems.push({ path: col(lat !== undefined ? 'lat' : 'lon'), message: 'a latitude or longitude alone makes no place: dropped', severity: 'warning' });
  }

  const actors = flatActors(cells.actors, col('actors'), ctx);
  if (actors?.length) event.actors = actors;
  const topics = flatTopics(cells.topics, col('topics'), ctx);
  if (topics.length) event.topics = topics;
  const sources = flatSources(cells, col, ctx);
  if (sources.length) event.sources = sources;

  if (cells.media_url) {
    const checked = checkUrl(cells.media_url, ctx.baseUrl);
    if ('url' in checked) {
      event.media = { url: checked.url, alt: cells.media_alt || titleText, ...(cells.media_credit ? { credit: cells.media_credit } : {}) };
    } else ctx.problems.push({ path: col('media_url'), message: `${quote(cells.media_url)} ${checked.reason}: not kept`, severity: 'warning' });
  } else if (cells.media_alt || cells.media_credit) {
    ctx.problems.push({ path: col(cells.media_alt ? 'media_alt' : 'media_credit'), message: 'there is no media_url to go with it: not kept', severity: 'warning' });
  }
  const importance = flatNumber(cells.importance, 1, 5, col('importance'), 'importance', ctx, true);
  if (importance !== undefined) event.importance = importance;
  if (cells.updated_at) {
    const t = cellTime(cells.updated_at, zone);
    if ('message' in t) ctx.problems.push({ path: col('updated_at'), message: `${t.message}: dropped`, severity: 'warning' });
    else event.updatedAt = t.value;
  }
  if (cells.status) {
    const st = cells.status.toLowerCase() as Status;
    if (STATUSES.includes(st)) event.status = st;
    else ctx.problems.push({ path: col('status'), message: `${quote(cells.status)} is not one of ${STATUSES.join(', ')}: dropped`, severity: 'warning' });
  }
  const claimedBy = flatActors(cells.claimed_by, col('claimed_by'), ctx)?.map((a) => a.id);
  if (claimedBy?.length) event.claimedBy = claimedBy;
  if (cells.correction) {
    const t = cells.correction_date ? cellTime(cells.correction_date, zone) : undefined;
    if (t && 'message' in t) ctx.problems.push({ path: col('correction_date'), message: `${t.message}: the correction's date is dropped`, severity: 'warning' });
    event.correction = { text: cells.correction, ...(t && 'value' in t ? { date: t.value } : {}) };
  } else if (cells.correction_date) {
    ctx.problems.push({ path: col('correction_date'), message: 'there is no correction text to go with it: not kept', severity: 'warning' });
  }
  return event;
}

function fromFlatSheet(headers: string[], rows: Row[], options: CsvOptions): ImportResult {
  const problems: ImportProblem[] = [];
  const names = mapHeader(headers, rows, (h) => (isFlatColumn(flatName(h)) ? flatName(h) : undefined), problems, 'chronoline');
  const headerOf = new Map<string, string>();
  names.forEach((name, i) => name && headerOf.set(name, headers[i]!.trim()));
  const ctx: FlatCtx = {
    zone: options.timeZone ?? 'UTC',
    language: options.language ?? 'en',
    baseUrl: options.baseUrl,
    actorKind: options.actorKind ?? 'organization',
    problems,
    eventIds: new Set(),
    actors: new Map((options.actors ?? []).map((a) => [a.id, a])),
    topics: new Map((options.topics ?? []).map((t) => [t.id, t])),
  };
  const events: TimelineEventInput[] = [];
  for (const r of rows) {
    const cells: Record<string, string> = {};
    names.forEach((name, i) => name && (cells[name] = (r.cells[i] ?? '').trim()));
    const col = (name: string) => rowPath(r.n, headerOf.get(name) ?? name);
    const event = convertFlatRow(cells, r.n, col, ctx);
    if (event) events.push(event);
  }
  const title = options.title || 'Imported chronology';
  return {
    chronology: {
      schemaVersion: 1,
      id: chronologyId(options.id, title, 'csv-import', problems),
      title,
      ...(options.language ? { language: options.language } : {}),
      timeZone: ctx.zone,
      events,
      actors: [...ctx.actors.values()],
      topics: [...ctx.topics.values()],
    },
    problems,
    eventsIn: rows.length,
  };
}

/**
 * Converts CSV text (the TimelineJS Google Sheets template, or chronoline's
 * flat layout; see the top of this module) to chronology input. Never
 * throws. Every non-blank data row is an event in the result, the title
 * or an era (TimelineJS `Type`), or has an `error` problem naming its row.
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
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '');
  if (line === undefined) return null;
  return csvParseRows(line)[0] ?? null;
}
