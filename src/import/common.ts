/**
 * What the importers share: their problem type and result, slugs, link
 * checking and time values with offsets. Pure and DOM-free.
 */
import { isolateBidi } from '../schema/text.js';
import type { ChronologyInput, TopicInput } from '../schema/chronology-schema.js';
import { ID_PATTERN } from '../schema/patterns.js';
import { nestsDeeper } from './bounds.js';
import { utc } from '../time/dates.js';
import { isTimeZone, wallToInstant, zoneOffsetMinutes } from '../time/zone.js';

/**
 * One thing an importer could not carry over as it was, located by a path in
 * the input: a JSON path (`events[3].media.url`) for TimelineJS JSON, a row
 * and column (`row 4, column Year`) for CSV.
 */
export interface ImportProblem {
  path: string;
  /** A plain sentence: what was found and what became of it. */
  message: string;
  /**
   * - `info`: mapped onto something else, nothing lost (a group became a topic).
   * - `warning`: a field was dropped or changed; the item was kept.
   * - `error`: the item (event, row, era) was left out.
   * - `fatal`: nothing could be imported.
   */
  severity: 'info' | 'warning' | 'error' | 'fatal';
}

/** What an importer returns: chronology input for `parseChronology`, and what it could not map. */
export interface ImportResult {
  /** Schema input (validate it with `parseChronology`); null when nothing could be read. */
  chronology: ChronologyInput | null;
  problems: ImportProblem[];
  /** How many events the input held: each is in `chronology.events` or has an `error` problem. */
  eventsIn: number;
}

/** A fatal result: nothing could be read. */
export const fatal = (path: string, message: string): ImportResult => ({
  chronology: null,
  problems: [{ path, message, severity: 'fatal' }],
  eventsIn: 0,
});

/** `'the quick…'`: a value quoted for a message, cut to `max` characters. */
export function quote(value: unknown, max = 60): string {
  const s = typeof value === 'string' ? value : shortJson(value, max);
  // Only the start is shown: collapse the spaces of that much (a cell can be megabytes).
  const flat = (s.length > 4 * max + 64 ? s.slice(0, 4 * max + 64) : s).replace(/\s+/g, ' ');
  return `'${isolateBidi(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat)}'`;
}

/**
 * The start of a value written as JSON, for a message: deep or huge values
 * (nested thousands deep, megabytes long) are not written out (a
 * `JSON.stringify` of them would overflow the stack or take long).
 */
function shortJson(value: unknown, max: number): string {
  if (value !== null && typeof value === 'object') {
    if (nestsDeeper(value, 8)) return Array.isArray(value) ? '[…]' : '{…}';
    const keys = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (keys > max) return Array.isArray(value) ? `[… ${keys} items]` : `{… ${keys} keys}`;
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export { slugify } from './slug.js';

/** True for a valid schema id. */
export const isId = (s: string) => ID_PATTERN.test(s);

/** For each set of ids `uniqueId` fills: the next number to try after each base. */
const nextNumber = new WeakMap<Set<string>, Map<string, number>>();

/**
 * `base`, or `base-2`, `base-3`, … : the first not in `used`, which it is
 * added to. Linear in all: the numbering of a base goes on from where it
 * stopped (20,000 events with one title do not count from 2 each time).
 */
export function uniqueId(base: string, used: Set<string>): string {
  if (!used.has(base)) {
    used.add(base);
    return base;
  }
  let next = nextNumber.get(used);
  if (!next) nextNumber.set(used, (next = new Map()));
  let n = next.get(base) ?? 2;
  while (used.has(`${base}-${n}`)) n++;
  const id = `${base}-${n}`;
  next.set(base, n + 1);
  used.add(id);
  return id;
}

/** `Abbas Araghchi` from `abbas-araghchi`: a readable name for an id nobody named. */
export const humanize = (id: string) =>
  id
    .split(/[-_.]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ') || id;

/** A checked link: an absolute http(s) URL, or why it is not one. */
export type CheckedUrl = { url: string } | { reason: string };

/**
 * Checks a link from untrusted input. Only absolute `http:` and `https:`
 * URLs pass (normalized by `URL`); relative ones pass when `baseUrl` is
 * given. Everything else gets a reason for the report; `javascript:`,
 * `data:` and other schemes are named as such, however they are disguised
 * (`java&#9;script:`, ` JAVASCRIPT:`).
 */
export function checkUrl(raw: string, baseUrl?: string): CheckedUrl {
  // Browsers ignore ASCII tabs/newlines anywhere and controls/spaces at the ends.
  const cleaned = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return { reason: 'is empty' };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    const dangerous = ['javascript', 'vbscript', 'data', 'blob', 'file', 'filesystem', 'about'].includes(scheme);
    return { reason: dangerous ? `is a ${scheme}: URL, which is never kept` : `is a ${scheme}: link, not an http(s) URL` };
  }
  let url: URL;
  try {
    url = scheme ? new URL(cleaned) : new URL(cleaned, baseUrl);
  } catch {
    return {
      reason: scheme
        ? 'is not a valid URL'
        : baseUrl
          ? `is not a valid URL relative to ${baseUrl}`
          : 'is a relative link and no baseUrl was given to resolve it',
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: `resolves to a ${url.protocol} URL, not http(s)` };
  if (!url.hostname) return { reason: 'has no host name' };
  return { url: url.href };
}

/** `en.wikipedia.org` from a URL: the publisher when nobody named one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** `+03:30`, `-04:56`, `Z` from minutes east of UTC. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Calendar and clock fields, as local time in some zone. Missing fields are coarser precision. */
export interface LocalFields {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** A time value for the schema, and whether the wall-clock reading did not exist in the zone. */
export interface ZonedValue {
  value: string;
  /** Set when the clock reading falls in a DST gap: the value keeps the offset in force before it. */
  skipped?: boolean;
}

/**
 * Writes local fields as a schema time value: `0602`, `1943-07`,
 * `1815-12-10`, or, with a time of day, a date-time with the offset `zone`
 * had at that wall-clock time (`2025-06-22T02:10+03:30`). Coarser fields
 * must be present when finer ones are (the caller fills them in).
 */
export function zonedValue(f: LocalFields, zone: string): ZonedValue {
  let date = pad(f.year, 4);
  if (f.month === undefined) return { value: date };
  date += `-${pad(f.month)}`;
  if (f.day === undefined) return { value: date };
  date += `-${pad(f.day)}`;
  if (f.hour === undefined) return { value: date };
  const minute = f.minute ?? 0;
  let time = `T${pad(f.hour)}:${pad(minute)}`;
  if (f.second !== undefined || f.millisecond !== undefined) time += `:${pad(f.second ?? 0)}`;
  if (f.millisecond !== undefined) time += `.${pad(f.millisecond, 3)}`;
  const wall = utc(f.year, f.month - 1, f.day, f.hour, minute, f.second ?? 0, f.millisecond ?? 0);
  const instant = wallInstant(wall, zone);
  const offset = Math.round((wall - instant) / 60_000);
  const skipped = instant + offsetAt(instant, zone) * 60_000 !== wall;
  return { value: `${date}${time}${formatOffset(offset)}`, ...(skipped ? { skipped } : {}) };
}

/** A zone's offset from UTC in minutes at an instant (any year 0–9999). */
export const offsetAt = zoneOffsetMinutes;

/**
 * The instant at which the wall clock in `zone` reads `wall` (a reading
 * written as if it were UTC milliseconds); a skipped reading takes the
 * offset in force before the jump.
 */
export const wallInstant = wallToInstant;

/** The fatal result for a `timeZone` option that names no zone (times would be read wrongly). */
export function badTimeZone(zone: unknown): ImportResult | null {
  if (typeof zone === 'string' && isTimeZone(zone)) return null;
  return fatal(
    'options.timeZone',
    `${quote(zone)} is not an IANA time zone (such as UTC or Europe/Paris), so times of day cannot be given offsets`,
  );
}

export { daysInMonth } from '../time/dates.js';

/** Topics created on the way (from groups, eras or CSV ids), keyed by id, in order of creation. */
export type TopicMap = Map<string, TopicInput>;
