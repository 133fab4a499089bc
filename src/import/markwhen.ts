/**
 * Markwhen (markwhen.com) plain-text timelines → chronoline schema input.
 *
 * Why not `@markwhen/parser`: it is maintained (MIT, 1.2.0 in 2026), but
 * it brings yaml, ical.js (MPL-2.0), luxon, rrule, @codemirror/state and
 * lru-cache: 390 KB minified, 123 KB gzipped, three times this library's
 * whole budget, for a chunk that would load when someone imports a file.
 * This module reads the part of the syntax a chronology uses, checked
 * against that parser's output on `tests/fixtures/markwhen/june-2025.mw`,
 * and reports every line it does not read.
 *
 * Read:
 * - The header: a `---` front matter or leading `key: value` lines:
 *   `title`, `description`, `timezone` (an IANA name, or hours such as
 *   `-5`), `dateFormat: d/M/y`.
 * - Events: `<date>: <title>` and `<date>/<date>: <title>` (also `<date> -
 *   <date>`, `to`, `until`), followed by description lines. Dates are EDTF
 *   style `2025`, `2025-06`, `2025-06-23`, with a time `2025-06-23 14:30`,
 *   `2025-06-23 2:30pm` (in the header's zone) or ISO `2025-06-21T23:50:00Z`
 *   (offsets too); and slash dates `06/23/2025` (`23/06/2025` with
 *   `dateFormat: d/M/y`).
 * - `#tags` (in the title or description) → topics; `!id` → the event id.
 * - Sections and groups: `# Heading` … `###### Heading`, and the older
 *   `section …`/`group …` … `endSection`/`endGroup` → a topic for every
 *   event inside (like TimelineJS groups).
 * - In descriptions: a line that is only a link `[TASS](https://…)` is a
 *   source (publisher: the link text); other links `[text](url)` are
 *   sources (publisher: the host) and keep their text in the summary; the
 *   first image `![alt](url)` is the media. Lines of a paragraph are joined
 *   with spaces, paragraphs with a blank line.
 *
 * Not read (each reported where it is): relative dates (`after !id 3
 * days`), `now`, month names (`June 23 2025`), recurrence (`every week`),
 * event properties, and tag colours.
 */
import type { LocalizedText, TimelineEventInput, TopicInput } from '../schema/chronology-schema.js';
import { periodEnd } from '../schema/result.js';
import { daysInMonth, parseTimeValue } from '../time/dates.js';
import { isTimeZone } from '../time/zone.js';
import {
  badTimeZone,
  checkUrl,
  fatal,
  hostOf,
  quote,
  slugify,
  uniqueId,
  zonedValue,
  type ImportProblem,
  type ImportResult,
} from './common.js';

/** Options of `fromMarkwhen`. */
export interface MarkwhenOptions {
  /** The chronology's id. Default: a slug of the title. */
  id?: string;
  /** The title when the header has none. Default "Imported chronology". */
  title?: string;
  /** The zone of times without an offset when the header names none. Default UTC. */
  timeZone?: string;
  /** The language of the text (the chronology's `language`). */
  language?: string;
  /** The URL relative links are resolved against. */
  baseUrl?: string;
}

/** A date as written: fields, and an offset when the value had one. */
interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** `Z` or `+03:30`: the value is an ISO date-time with its own offset. */
  offset?: string;
}

const TIME = String.raw`(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap]m)?`;
const EDTF = new RegExp(String.raw`^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:(?:T|\s+)${TIME}(Z|[+-]\d{2}:?\d{2})?)?)?)?$`, 'i');
const SLASH = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?:[,\s]+${TIME})?$`, 'i');
/** The date part of an event line, up to the first `: `. */
const EVENT_LINE = /^\s*([0-9][0-9T:+\-/.,\sapmzAPMZ]*?)\s*:(?:\s+|$)(.*)$/;
/** A line that Markwhen would read as an event but whose date this module does not read. */
const OTHER_DATE = /^\s*((?:\d|now\b|by\b|before\b|after\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[^:]*?)\s*:\s/i;
const HEADING = /^\s*(#{1,6})\s+(.*)$/;
const GROUP_START = /^\s*(group|section)\b\s*(.*)$/i;
const GROUP_END = /^\s*end\s*(group|section)\s*$/i;
const TAG = /(?:^|\s)#(?!\d+(?:\s|$))([\p{L}\p{N}_-]+)/gu;
const EVENT_ID = /(?:^|\s)!([A-Za-z0-9_-]+)(?=\s|$)/;
const LINK = /(!?)\[([^\]]*)\]\(([^)\s]+)\)/g;
const HEADER_KEY = /^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;

/** Parses one date of an event line, or null. */
function parseDate(text: string, dayFirst: boolean): DateParts | null {
  const s = text.trim();
  const clock = (h?: string, mi?: string, se?: string, ampm?: string) => {
    if (h === undefined) return {};
    let hour = +h;
    if (ampm) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
    }
    const minute = mi === undefined ? 0 : +mi;
    if (hour > 23 || minute > 59 || (se !== undefined && +se > 59)) return null;
    return { hour, minute, ...(se !== undefined ? { second: +se } : {}) };
  };
  const valid = (p: DateParts) =>
    (p.month === undefined || (p.month >= 1 && p.month <= 12)) &&
    (p.day === undefined || (p.day >= 1 && p.day <= daysInMonth(p.year, p.month!)));
  let m = EDTF.exec(s);
  if (m) {
    const time = clock(m[4], m[5], m[6], m[7]);
    if (time === null) return null;
    const p: DateParts = {
      year: +m[1]!,
      ...(m[2] ? { month: +m[2] } : {}),
      ...(m[3] ? { day: +m[3] } : {}),
      ...time,
      ...(m[8] ? { offset: m[8].toUpperCase() } : {}),
    };
    if (p.offset && p.hour === undefined) return null;
    return valid(p) ? p : null;
  }
  m = SLASH.exec(s);
  if (m) {
    const time = clock(m[4], m[5], m[6], m[7]);
    if (time === null) return null;
    const [a, b] = [+m[1]!, +m[2]!];
    const p: DateParts = { year: +m[3]!, month: dayFirst ? b : a, day: dayFirst ? a : b, ...time };
    return valid(p) ? p : null;
  }
  return null;
}

/** Splits a date range: `a/b` (EDTF, when `a` starts with a year), `a - b`, `a to b`, `a until b`, `a | b`. */
function splitRange(text: string): [string, string?] {
  const words = text.split(/\s+(?:-|to|until|til|\|)\s+/i);
  if (words.length === 2) return [words[0]!, words[1]];
  const slash = text.indexOf('/');
  if (/^\s*\d{4}/.test(text) && slash > 0) return [text.slice(0, slash), text.slice(slash + 1)];
  return [text];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A schema time value for parsed date parts, in `zone` when the value has a time but no offset. */
function timeValue(p: DateParts, zone: string): string {
  if (p.offset) {
    const off = p.offset === 'Z' ? 'Z' : p.offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${pad(p.year, 4)}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute ?? 0)}${p.second !== undefined ? `:${pad(p.second)}` : ''}${off}`;
  }
  return zonedValue(p, zone).value;
}

/** `-5` → `Etc/GMT+5`: whole-hour offsets as IANA zones (whose signs are reversed). */
function headerZone(raw: string): string | undefined {
  if (isTimeZone(raw)) return raw;
  const h = /^([+-]?)(\d{1,2})$/.exec(raw.trim());
  if (!h || +h[2]! > 14) return undefined;
  if (+h[2]! === 0) return 'UTC';
  return `Etc/GMT${h[1] === '-' ? '+' : '-'}${+h[2]!}`;
}

interface Pending {
  line: number;
  title: string;
  id?: string;
  start: string;
  end?: string;
  tags: string[];
  section?: string;
  description: string[];
}

/**
 * Converts Markwhen text to chronology input for `parseChronology`. Never
 * throws. Problems are located by line (`line 12`); every line that looks
 * like an event is an event in the result or has an `error` problem.
 *
 * @example
 * const { chronology, problems } = fromMarkwhen(await file.text());
 */
export function fromMarkwhen(text: string, options: MarkwhenOptions = {}): ImportResult {
  if (typeof text !== 'string') return fatal('$', `Markwhen must be text, not ${quote(text)}`);
  const bad = badTimeZone(options.timeZone ?? 'UTC');
  if (bad) return bad;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: ImportProblem[] = [];
  const at = (i: number) => `line ${i + 1}`;
  const header: Record<string, string> = {};

  // Front matter.
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (lines[i]?.trim() === '---') {
    const close = lines.findIndex((l, k) => k > i && l.trim() === '---');
    if (close < 0) return fatal(at(i), 'the header opened with --- is never closed with ---');
    for (let k = i + 1; k < close; k++) {
      const m = HEADER_KEY.exec(lines[k]!);
      if (m && !/^\s/.test(lines[k]!)) header[m[1]!.toLowerCase()] = m[2]!.replace(/^(["'])(.*)\1$/, '$2');
    }
    i = close + 1;
  }

  let zone = options.timeZone ?? 'UTC';
  let dayFirst = false;
  const applyHeader = () => {
    if (header.timezone ?? header.tz) {
      const raw = header.timezone ?? header.tz!;
      const z = headerZone(raw);
      if (z) zone = z;
      else
        problems.push({
          path: 'header.timezone',
          message: `${quote(raw)} is not a time zone: times are read in ${zone}`,
          severity: 'warning',
        });
    }
    dayFirst = /d\/M\/y/.test(header.dateformat ?? '');
  };
  applyHeader();

  const events: Pending[] = [];
  const sections: string[] = [];
  const headingLevels: number[] = [];
  let current: Pending | null = null;
  let eventsIn = 0;
  let seenEvent = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*\/\//.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      while (headingLevels.length && headingLevels.at(-1)! >= level) {
        headingLevels.pop();
        sections.pop();
      }
      headingLevels.push(level);
      sections.push(heading[2]!.replace(TAG, '').trim());
      current = null;
      continue;
    }
    const start = GROUP_START.exec(line);
    if (start && !EVENT_LINE.test(line)) {
      headingLevels.push(7);
      sections.push(start[2]!.replace(TAG, '').trim());
      current = null;
      continue;
    }
    if (GROUP_END.test(line)) {
      headingLevels.pop();
      sections.pop();
      current = null;
      continue;
    }
    const ev = EVENT_LINE.exec(line);
    if (ev) {
      const [from, to] = splitRange(ev[1]!);
      const a = parseDate(from, dayFirst);
      const b = to === undefined ? undefined : parseDate(to, dayFirst);
      if (a && b !== null) {
        eventsIn++;
        seenEvent = true;
        const title = ev[2]!;
        const pending: Pending = {
          line: i,
          title,
          start: timeValue(a, zone),
          tags: [],
          description: [],
          ...(b ? { end: timeValue(b, zone) } : {}),
          ...(sections.length ? { section: sections.at(-1)! } : {}),
        };
        events.push(pending);
        current = pending;
        continue;
      }
    }
    if (!seenEvent && !current) {
      const key = HEADER_KEY.exec(line);
      if (key && ['title', 'description', 'timezone', 'tz', 'dateformat'].includes(key[1]!.toLowerCase())) {
        header[key[1]!.toLowerCase()] = key[2]!;
        applyHeader();
        continue;
      }
    }
    const other = OTHER_DATE.exec(line);
    if (other && !/^\s*(https?|title|description)\b/i.test(line)) {
      eventsIn++;
      problems.push({
        path: at(i),
        message: `${quote(other[1])} is not a date this importer reads (2025-06-23, 2025-06-23 14:30, 2025-06-21T23:50Z, 06/23/2025, or two of them joined by /): the event is left out`,
        severity: 'error',
      });
      current = null;
      continue;
    }
    if (current) current.description.push(line);
    else if (line.trim() && !/^\s*#\w*:\s*\S/.test(line))
      problems.push({ path: at(i), message: `${quote(line)} is outside any event: not kept`, severity: 'warning' });
  }

  // Events → schema input.
  const ids = new Set<string>();
  const topics = new Map<string, TopicInput>();
  const topic = (label: string) => {
    const id = slugify(label);
    if (id && !topics.has(id)) topics.set(id, { id, label });
    return id;
  };
  const out: TimelineEventInput[] = [];
  for (const p of events) {
    const path = at(p.line);
    const desc = p.description.join('\n');
    const tags = [...`${p.title}\n${desc}`.matchAll(TAG)].map((m) => m[1]!);
    const explicitId = EVENT_ID.exec(p.title)?.[1];
    const title = p.title.replace(TAG, ' ').replace(EVENT_ID, ' ').replace(/\s+/g, ' ').trim();
    if (!title) {
      problems.push({ path, message: 'the event has no title: the event is left out', severity: 'error' });
      continue;
    }
    const base = slugify(explicitId ?? '') || slugify(title) || `line-${p.line + 1}`;
    const id = uniqueId(base, ids);
    const event: TimelineEventInput = { id, title, start: p.start };
    if (p.end) {
      const s = parseTimeValue(p.start);
      const e = parseTimeValue(p.end);
      if (typeof s !== 'string' && typeof e !== 'string' && periodEnd(e) > s.instant) event.end = p.end;
      else
        problems.push({ path, message: `the end '${p.end}' is not after the start '${p.start}': the end is dropped`, severity: 'warning' });
    }

    // Description: sources, media, text.
    const sources: NonNullable<TimelineEventInput['sources']> = [];
    const paragraphs: string[][] = [[]];
    for (const raw of p.description) {
      const lineText = raw.trim();
      if (!lineText) {
        if (paragraphs.at(-1)!.length) paragraphs.push([]);
        continue;
      }
      const only = /^(!?)\[([^\]]*)\]\(([^)\s]+)\)$/.exec(lineText);
      let kept = lineText.replace(LINK, (_all, bang: string, label: string, url: string) => {
        const checked = checkUrl(url, options.baseUrl);
        if (!('url' in checked)) {
          problems.push({ path, message: `the link ${quote(url)} ${checked.reason}: not kept`, severity: 'warning' });
          return label;
        }
        if (bang) {
          if (event.media) problems.push({ path, message: `a second image ${quote(url)}: only the first is kept`, severity: 'warning' });
          else event.media = { url: checked.url, alt: label || title };
          if (!label) problems.push({ path, message: `the image ${quote(url)} has no alt text: the title is used`, severity: 'warning' });
          return '';
        }
        if (!sources.some((s) => s.url === checked.url)) {
          sources.push(
            only
              ? { publisher: label || hostOf(checked.url), url: checked.url }
              : { publisher: hostOf(checked.url), ...(label ? { title: label } : {}), url: checked.url },
          );
        }
        return only ? '' : label;
      });
      kept = kept.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
      if (kept) paragraphs.at(-1)!.push(kept);
    }
    const summary = paragraphs
      .map((para) => para.join(' '))
      .filter(Boolean)
      .join('\n\n');
    if (summary) event.summary = summary as LocalizedText;
    const topicIds = [...new Set([...(p.section ? [topic(p.section)] : []), ...tags.map(topic)])].filter(Boolean);
    if (topicIds.length) event.topics = topicIds;
    if (sources.length) event.sources = sources;
    out.push(event);
  }

  const title = header.title || options.title || 'Imported chronology';
  const chronologyId = slugify(options.id ?? '') || slugify(title) || 'markwhen-import';
  return {
    chronology: {
      schemaVersion: 1,
      id: chronologyId,
      title,
      ...(header.description ? { description: header.description } : {}),
      ...(options.language ? { language: options.language } : {}),
      timeZone: zone,
      events: out,
      actors: [],
      topics: [...topics.values()],
    },
    problems,
    eventsIn,
  };
}
