/** CSV in chronoline's flat layout: one event per row, plain text. */
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
import { periodEnd } from '../schema/result.js';
import { isTimeZone } from '../time/zone.js';
import { checkUrl, hostOf, humanize, isId, quote, slugify, uniqueId, zonedValue, type ImportProblem, type ImportResult } from './common.js';
import { chronologyId } from './timelinejs.js';
import { MAX_ACTORS_PER_EVENT, MAX_SOURCES_PER_EVENT, MAX_TEXT_LENGTH, MAX_TOPICS_PER_EVENT } from '../schema/limits.js';
import { cutText } from './bounds.js';
import { flatMedia } from './csv-media.js';
import { LOCALIZED, flatName, isFlatColumn, mapHeader, rowPath, type CsvOptions, type Row } from './csv-common.js';

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
      {
        year: +y!,
        month: +mo!,
        day: +d!,
        hour: +h!,
        minute: +mi!,
        ...(sec ? { second: +sec } : {}),
        ...(ms ? { millisecond: +ms.padEnd(3, '0') } : {}),
      },
      zone,
    ).value;
  }
  const point = parseTimeValue(s + tilde);
  return typeof point === 'string' ? { message: point } : { value: s + tilde, point };
}

/** Splits a list cell: `a; b;c` → `['a', 'b', 'c']`. */
const list = (cell: string | undefined, sep: RegExp = /;/) =>
  (cell ?? '')
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);

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

/** The items of a list cell up to `max`; the rest reported (a cell can hold 50,000 ids). */
function upTo(items: string[], max: number, path: string, what: string, ctx: FlatCtx): string[] {
  if (items.length <= max) return items;
  ctx.problems.push({
    path,
    message: `has ${items.length.toLocaleString('en')} ${what}, more than the limit of ${max.toLocaleString('en')} an event: the first ${max.toLocaleString('en')} are kept`,
    severity: 'warning',
  });
  return items.slice(0, max);
}

function flatActors(cell: string | undefined, path: string, ctx: FlatCtx): TimelineEventInput['actors'] {
  const out: NonNullable<TimelineEventInput['actors']> = [];
  const seen = new Set<string>();
  for (const item of upTo(list(cell, /[;\n]/), MAX_ACTORS_PER_EVENT, path, 'actors', ctx)) {
    const colon = item.indexOf(':');
    const id = refId(colon < 0 ? item : item.slice(0, colon).trim(), path, 'actor', ctx);
    const role = colon < 0 ? '' : item.slice(colon + 1).trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (!ctx.actors.has(id)) {
      const name = humanize(id);
      ctx.actors.set(id, { id, name, kind: ctx.actorKind });
      ctx.problems.push({
        path,
        message: `actor '${id}' is not in options.actors: added as ${ctx.actorKind} '${name}' (check its name and kind)`,
        severity: 'warning',
      });
    }
    out.push(role ? { id, role } : { id });
  }
  return out;
}

function flatTopics(cell: string | undefined, path: string, ctx: FlatCtx): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of upTo(list(cell, /[;\n]/), MAX_TOPICS_PER_EVENT, path, 'topics', ctx)) {
    const id = refId(item, path, 'topic', ctx);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (!ctx.topics.has(id)) {
      ctx.topics.set(id, { id, label: humanize(id) });
      ctx.problems.push({
        path,
        message: `topic '${id}' is not in options.topics: added with the label '${humanize(id)}'`,
        severity: 'info',
      });
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
  const urls = upTo(list(cells.source_url, /[;\s]+/), MAX_SOURCES_PER_EVENT, col('source_url'), 'sources', ctx);
  const publishers = (cells.source_publisher ?? '').split(';').map((s) => s.trim());
  const named = publishers.filter(Boolean);
  // One publisher named for several URLs is the publisher of them all.
  const onlyPublisher = named.length === 1 ? named[0]! : '';
  const titles = urls.length === 1 ? [cells.source_title ?? ''] : (cells.source_title ?? '').split(';').map((s) => s.trim());
  const date = cells.source_date ? cellTime(cells.source_date, ctx.zone) : undefined;
  if (date && 'message' in date)
    ctx.problems.push({ path: col('source_date'), message: `${date.message}: the date is dropped`, severity: 'warning' });
  const out: Source[] = [];
  urls.forEach((raw, i) => {
    const checked = checkUrl(raw, ctx.baseUrl);
    if (!('url' in checked)) {
      ctx.problems.push({ path: col('source_url'), message: `${quote(raw)} ${checked.reason}: not kept`, severity: 'warning' });
      return;
    }
    const publisher = publishers[i] || onlyPublisher || hostOf(checked.url);
    const title = titles[i];
    out.push({ publisher, ...(title ? { title } : {}), url: checked.url, ...(date && 'value' in date ? { date: date.value } : {}) });
  });
  const extra = named.length > Math.max(urls.length, 1) ? publishers.slice(urls.length).filter(Boolean) : [];
  if (extra.length)
    ctx.problems.push({
      path: col('source_publisher'),
      message: `${extra.map((p) => quote(p)).join(', ')} ha${extra.length === 1 ? 's' : 've'} no URL to go with: not kept`,
      severity: 'warning',
    });
  return out;
}

function flatNumber(
  cell: string | undefined,
  lo: number,
  hi: number,
  path: string,
  what: string,
  ctx: FlatCtx,
  integer = false,
): number | undefined {
  if (!cell) return undefined;
  const n = Number(cell);
  if (cell.trim() === '' || !Number.isFinite(n) || n < lo || n > hi || (integer && !Number.isInteger(n))) {
    ctx.problems.push({
      path,
      message: `${quote(cell)} is not ${integer ? 'a whole number' : 'a number'} from ${lo} to ${hi} (${what}): dropped`,
      severity: 'warning',
    });
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
    else
      ctx.problems.push({
        path: col('time_zone'),
        message: `${quote(cells.time_zone)} is not an IANA time zone: dropped (times are read in ${ctx.zone})`,
        severity: 'warning',
      });
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
    ctx.problems.push({
      path: col('id'),
      message: `${quote(wanted)} cannot be the id (${isId(wanted) ? 'an earlier row has it' : 'it is not a slug'}): the id is '${id}'`,
      severity: 'warning',
    });
  }
  const event: TimelineEventInput = { id, title, start: start.value };
  const summary = localized(cells, 'summary', ctx.language);
  if (summary !== undefined) event.summary = summary;
  if (cells.end) {
    const end = cellTime(cells.end, zone);
    if ('message' in end) ctx.problems.push({ path: col('end'), message: `${end.message}: the end is dropped`, severity: 'warning' });
    else if (periodEnd(end.point) <= start.point.instant)
      ctx.problems.push({
        path: col('end'),
        message: `'${end.value}' is before the start '${start.value}': the end is dropped`,
        severity: 'warning',
      });
    else event.end = end.value;
  }
  if (cells.precision) {
    const p = cells.precision.toLowerCase() as Precision;
    if (!PRECISIONS.includes(p))
      ctx.problems.push({
        path: col('precision'),
        message: `${quote(cells.precision)} is not one of ${PRECISIONS.join(', ')}: dropped`,
        severity: 'warning',
      });
    else if (PRECISIONS.indexOf(p) > PRECISIONS.indexOf(start.point.precision))
      ctx.problems.push({
        path: col('precision'),
        message: `'${p}' is finer than the start '${start.value}' states: dropped`,
        severity: 'warning',
      });
    else event.precision = p;
  }
  if (cells.approximate) {
    if (TRUE.test(cells.approximate)) event.approximate = true;
    else if (!FALSE.test(cells.approximate))
      ctx.problems.push({
        path: col('approximate'),
        message: `${quote(cells.approximate)} is not true or false: dropped`,
        severity: 'warning',
      });
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
    ctx.problems.push({
      path: col(lat !== undefined ? 'lat' : 'lon'),
      message: 'a latitude or longitude alone makes no place: dropped',
      severity: 'warning',
    });
  }

  const actors = flatActors(cells.actors, col('actors'), ctx);
  if (actors?.length) event.actors = actors;
  const topics = flatTopics(cells.topics, col('topics'), ctx);
  if (topics.length) event.topics = topics;
  const sources = flatSources(cells, col, ctx);
  if (sources.length) event.sources = sources;

  const media = flatMedia(cells, col, ctx, titleText);
  if (media) event.media = media;
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
    else
      ctx.problems.push({
        path: col('status'),
        message: `${quote(cells.status)} is not one of ${STATUSES.join(', ')}: dropped`,
        severity: 'warning',
      });
  }
  const claimedBy = flatActors(cells.claimed_by, col('claimed_by'), ctx)?.map((a) => a.id);
  if (claimedBy?.length) event.claimedBy = claimedBy;
  if (cells.correction) {
    const t = cells.correction_date ? cellTime(cells.correction_date, zone) : undefined;
    if (t && 'message' in t)
      ctx.problems.push({ path: col('correction_date'), message: `${t.message}: the correction's date is dropped`, severity: 'warning' });
    event.correction = { text: cells.correction, ...(t && 'value' in t ? { date: t.value } : {}) };
  } else if (cells.correction_date) {
    ctx.problems.push({
      path: col('correction_date'),
      message: 'there is no correction text to go with it: not kept',
      severity: 'warning',
    });
  }
  return event;
}

export function fromFlatSheet(headers: string[], rows: Row[], options: CsvOptions): ImportResult {
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
    for (const name in cells) {
      if (cells[name]!.length <= MAX_TEXT_LENGTH) continue;
      problems.push({
        path: col(name),
        message: `is longer than ${MAX_TEXT_LENGTH} characters (LIMITS.textLength): cut to that length`,
        severity: 'warning',
      });
      cells[name] = cutText(cells[name]!);
    }
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
