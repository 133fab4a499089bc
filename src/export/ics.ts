/**
 * Events as an iCalendar file (RFC 5545), for "Download data" and
 * `exportICS()`: one `VEVENT` per event, readable by calendar programs.
 *
 * - Events dated to a day, month or year are all-day events:
 *   `DTSTART;VALUE=DATE:20250623` and an exclusive `DTEND;VALUE=DATE` (the
 *   day after the last day: 20250624 for a one-day event).
 * - Events with a time are in UTC (`DTSTART:20250621T224000Z`), so no
 *   `VTIMEZONE` is needed; `DTEND` when the event has an end.
 * - `SUMMARY` is the title, `DESCRIPTION` the summary and the sources (one
 *   line each: publisher, title, URL), `URL` the first source, `LOCATION`
 *   and `GEO` the place, `CATEGORIES` the topics' labels.
 * - Text is escaped (`\\`, `\;`, `\,`, `\n`), lines end in CRLF and are
 *   folded at 75 octets without splitting a UTF-8 character.
 *
 * Images are not exported.
 */
import type { LocalizedText } from '../schema/chronology-schema.js';
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { pickText } from '../schema/text.js';
import { isCalendarPrecision, utc, type TimePoint } from '../time/dates.js';
import { zonedMidnight } from '../time/zone.js';

/** Options of `toICS`. */
export interface IcsOptions {
  /** The language of the text. Default: the chronology's, then `en`. */
  lang?: string;
  /** `DTSTAMP`, when the file is made (UTC ms). Default: now. */
  now?: number;
  /** The domain part of each `UID` (`<event id>@<domain>`). Default: `<chronology id>.chronoline`. */
  uidDomain?: string;
}

/**
 * A TEXT value escaped as RFC 5545 §3.3.11 asks: backslash, semicolon and
 * comma escaped, line breaks written `\n`, other control characters removed.
 */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * A content line folded as RFC 5545 §3.1 asks: no physical line longer than
 * 75 octets (UTF-8), continuation lines starting with one space, and never
 * a break inside a character (nor between the two halves of a surrogate
 * pair). Returns the physical lines joined by CRLF.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `20250621T224000Z`: an instant as a UTC DATE-TIME. */
export function icsDateTime(t: number): string {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `20250623`: a calendar day (UTC ms of its midnight, as calendar values are stored) as a DATE. */
const icsDate = (dayStart: number) => icsDateTime(dayStart).slice(0, 8);

/** The first day of a calendar value, and the day after its last (UTC midnights). */
function calendarDays(t: TimePoint): [number, number] {
  const first = utc(t.year, t.month - 1, t.day);
  switch (t.precision) {
    case 'year':
      return [utc(t.year, 0, 1), utc(t.year + 1, 0, 1)];
    case 'month':
      return [utc(t.year, t.month - 1, 1), utc(t.year, t.month, 1)];
    default:
      return [first, utc(t.year, t.month - 1, t.day + 1)];
  }
}

/** `DTSTART` and `DTEND` lines of an event. */
function timeLines(e: TimelineEvent, zone: string): string[] {
  // An end-only event ("until 24 June") keeps that end in `start`.
  const start = e.start;
  const end = e.endOnly ? undefined : e.end;
  if (isCalendarPrecision(e.precision) || isCalendarPrecision(start.precision)) {
    // All-day: the days the event covers, the end exclusive. A timed end counts by its own calendar day.
    const [first, afterStart] = calendarDays({ ...start, precision: isCalendarPrecision(e.precision) ? e.precision : start.precision });
    const after = end ? calendarDays(isCalendarPrecision(end.precision) ? end : { ...end, precision: 'day' })[1] : afterStart;
    return [`DTSTART;VALUE=DATE:${icsDate(first)}`, `DTEND;VALUE=DATE:${icsDate(Math.max(after, afterStart))}`];
  }
  const lines = [`DTSTART:${icsDateTime(start.instant)}`];
  if (end) {
    // A timed start with a calendar end: the end is the midnight after that day, in the event's zone.
    const endInstant = isCalendarPrecision(end.precision)
      ? (() => {
          const [, after] = calendarDays(end);
          const d = new Date(after);
          return zonedMidnight(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), zone);
        })()
      : end.instant;
    if (endInstant > start.instant) lines.push(`DTEND:${icsDateTime(endInstant)}`);
  }
  return lines;
}

/**
 * `events` (default: all the chronology's, e.g. the current view) as an
 * iCalendar file: `VCALENDAR` with one `VEVENT` each. See the top of this
 * module for the mapping.
 *
 * @example
 * const blob = new Blob([toICS(chronology, visible)], { type: 'text/calendar' });
 */
export function toICS(chronology: Chronology, events: readonly TimelineEvent[] = chronology.events, options: IcsOptions = {}): string {
  const lang = options.lang ?? chronology.language ?? 'en';
  const text = (t: LocalizedText | undefined) => pickText(t, lang);
  const stamp = icsDateTime(options.now ?? Date.now());
  const domain = options.uidDomain ?? `${chronology.id}.chronoline`;
  const topicLabel = (id: string) => text(chronology.topicsById.get(id)?.label) || id;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//chronoline//chronoline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const name = text(chronology.title);
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.id}@${domain}`, `DTSTAMP:${stamp}`);
    lines.push(...timeLines(e, e.timeZone ?? chronology.timeZone ?? 'UTC'));
    lines.push(`SUMMARY:${escapeText(text(e.title))}`);
    const description: string[] = [];
    if (e.summary !== undefined) description.push(text(e.summary));
    if (e.sources.length) {
      description.push('', 'Sources:');
      for (const s of e.sources) description.push(`- ${[s.publisher, text(s.title)].filter(Boolean).join(': ')} ${s.url}`);
    }
    if (description.length) lines.push(`DESCRIPTION:${escapeText(description.join('\n').replace(/^\n+/, ''))}`);
    if (e.sources[0]) lines.push(`URL:${e.sources[0].url}`);
    if (e.location) {
      const place = [text(e.location.name), e.location.city, e.location.country]
        .filter((p, i, all) => p && all.indexOf(p) === i)
        .join(', ');
      lines.push(`LOCATION:${escapeText(place)}`);
      if (e.location.lat !== undefined && e.location.lon !== undefined) lines.push(`GEO:${e.location.lat};${e.location.lon}`);
    }
    if (e.topics.length) lines.push(`CATEGORIES:${e.topics.map((t) => escapeText(topicLabel(t))).join(',')}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
