import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, icsDateTime, toICS } from '../../src/export/ics.js';
import { parseChronology, type Chronology } from '../../src/schema/index.js';
import { june } from './fixtures.js';

const NOW = Date.UTC(2025, 6, 1, 12, 0, 0);

function parse(input: unknown): Chronology {
  const r = parseChronology(input);
  expect(r.problems).toEqual([]);
  return r.chronology!;
}

/** RFC 5545 §3.1 unfolding: CRLF followed by one space or tab is removed. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
/** The content lines of each VEVENT, unfolded. */
function vevents(ics: string): string[][] {
  const lines = unfold(ics).split('\r\n');
  const out: string[][] = [];
  let cur: string[] | null = null;
  for (const l of lines) {
    if (l === 'BEGIN:VEVENT') cur = [];
    else if (l === 'END:VEVENT') {
      out.push(cur!);
      cur = null;
    } else if (cur) cur.push(l);
  }
  return out;
}
const prop = (lines: string[], name: string) => lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

/** The checks every file must pass: CRLF only, lines ≤ 75 octets, valid UTF-8 per line, balanced blocks, required properties. */
function expectValid(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = ics.slice(0, -2).split('\r\n');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const line of physical) {
    const bytes = new TextEncoder().encode(line);
    expect(bytes.length).toBeLessThanOrEqual(75);
    expect(() => decoder.decode(bytes)).not.toThrow();
    expect(line).not.toMatch(/^\uFFFD|\uFFFD$/);
  }
  const lines = unfold(ics).slice(0, -2).split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
  for (const ev of vevents(ics)) {
    expect(prop(ev, 'UID')).toBeDefined();
    expect(prop(ev, 'DTSTAMP')).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    const start = prop(ev, 'DTSTART')!;
    const end = prop(ev, 'DTEND');
    expect(start).toMatch(/^DTSTART(;VALUE=DATE:\d{8}|:\d{8}T\d{6}Z)$/);
    if (end) {
      // DTEND has the value type of DTSTART and comes after it.
      expect(end.includes('VALUE=DATE')).toBe(start.includes('VALUE=DATE'));
      expect(end.split(':')[1]! > start.split(':')[1]!).toBe(true);
    }
  }
}

describe('toICS', () => {
  test('the June chronology: a valid calendar with one VEVENT per event', () => {
    const ics = toICS(june, june.events, { now: NOW });
    expectValid(ics);
    const evs = vevents(ics);
    expect(evs).toHaveLength(june.events.length);
    const uids = evs.map((e) => prop(e, 'UID'));
    expect(new Set(uids).size).toBe(uids.length);
  });

  test('all-day events: VALUE=DATE, DTEND the day after (exclusive); ranges to the day after the last', () => {
    const c = parse({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [
        { id: 'day', title: 'Day', start: '2025-06-23' },
        { id: 'range', title: 'Range', start: '2025-06-09', end: '2025-06-13' },
        { id: 'month-end', title: 'Month end', start: '2025-06-30' },
        { id: 'month', title: 'Month', start: '2025-06' },
        { id: 'year', title: 'Year', start: '2024' },
        { id: 'leap', title: 'Leap', start: '2024-02-28', end: '2024-02-29' },
      ],
    });
    const ev = new Map(vevents(toICS(c, c.events, { now: NOW })).map((e) => [prop(e, 'UID')!.slice(4, prop(e, 'UID')!.indexOf('@')), e]));
    const times = (id: string) => [prop(ev.get(id)!, 'DTSTART'), prop(ev.get(id)!, 'DTEND')];
    expect(times('day')).toEqual(['DTSTART;VALUE=DATE:20250623', 'DTEND;VALUE=DATE:20250624']);
    expect(times('range')).toEqual(['DTSTART;VALUE=DATE:20250609', 'DTEND;VALUE=DATE:20250614']);
    expect(times('month-end')).toEqual(['DTSTART;VALUE=DATE:20250630', 'DTEND;VALUE=DATE:20250701']);
    expect(times('month')).toEqual(['DTSTART;VALUE=DATE:20250601', 'DTEND;VALUE=DATE:20250701']);
    expect(times('year')).toEqual(['DTSTART;VALUE=DATE:20240101', 'DTEND;VALUE=DATE:20250101']);
    expect(times('leap')).toEqual(['DTSTART;VALUE=DATE:20240228', 'DTEND;VALUE=DATE:20240301']);
  });

  test('timed events in UTC; the day of a day event is the day as written (never shifted by a zone)', () => {
    const c = parse({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      timeZone: 'America/New_York',
      events: [
        { id: 'strikes', title: 'Strikes', start: '2025-06-22T02:10:00+03:30', end: '2025-06-22T02:35:00+03:30', timeZone: 'Asia/Tehran' },
        { id: 'post', title: 'Post', start: '2025-06-21T19:50-04:00' },
        { id: 'tehran-day', title: 'Tehran day', start: '2025-06-22', timeZone: 'Asia/Tehran' },
        { id: 'mixed', title: 'Timed start, day end', start: '2025-06-23T22:00-04:00', end: '2025-06-24' },
      ],
    });
    const evs = vevents(toICS(c, c.events, { now: NOW }));
    const get = (id: string) => evs.find((e) => prop(e, 'UID')!.startsWith(`UID:${id}@`))!;
    expect(prop(get('strikes'), 'DTSTART')).toBe('DTSTART:20250621T224000Z');
    expect(prop(get('strikes'), 'DTEND')).toBe('DTEND:20250621T230500Z');
    expect(prop(get('post'), 'DTSTART')).toBe('DTSTART:20250621T235000Z');
    expect(prop(get('post'), 'DTEND')).toBeUndefined();
    expect(prop(get('tehran-day'), 'DTSTART')).toBe('DTSTART;VALUE=DATE:20250622');
    // A day end after a timed start: the midnight after that day in the chronology's zone (New York, UTC−4).
    expect(prop(get('mixed'), 'DTEND')).toBe('DTEND:20250625T040000Z');
  });

  test('UID, DTSTAMP, SUMMARY, DESCRIPTION with the sources, URL, LOCATION, GEO, CATEGORIES', () => {
    const ev = vevents(
      toICS(
        june,
        june.events.filter((e) => e.id === 'putin-araghchi-kremlin-meeting'),
        { now: NOW, lang: 'en' },
      ),
    )[0]!;
    const e = june.events.find((x) => x.id === 'putin-araghchi-kremlin-meeting')!;
    expect(prop(ev, 'UID')).toBe(`UID:putin-araghchi-kremlin-meeting@${june.id}.chronoline`);
    expect(prop(ev, 'DTSTAMP')).toBe('DTSTAMP:20250701T120000Z');
    expect(prop(ev, 'SUMMARY')).toMatch(/^SUMMARY:\S/);
    const description = prop(ev, 'DESCRIPTION')!;
    expect(description).toContain('\\n\\nSources:\\n- ');
    for (const s of e.sources) expect(description).toContain(s.url);
    expect(prop(ev, 'URL')).toBe(`URL:${e.sources[0]!.url}`);
    expect(prop(ev, 'LOCATION')).toMatch(/^LOCATION:.*Moscow/);
    expect(prop(ev, 'GEO')).toMatch(/^GEO:[\d.]+;[\d.]+$/);
    expect(prop(ev, 'CATEGORIES')).toMatch(/^CATEGORIES:Diplomacy,/);
    expect(toICS(june, june.events.slice(0, 1), { now: NOW, lang: 'fa' })).toContain('SUMMARY:رهبر');
    expect(toICS(june, [], { now: NOW, uidDomain: 'example.org' })).not.toContain('VEVENT');
  });

  test('escaping of TEXT: backslash, semicolon, comma, newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\tkept, bell\u0007 dropped')).toBe('tab\tkept\\, bell dropped');
    const c = parse({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [{ id: 'a', title: 'Talks; again, in "Geneva"\\', summary: 'One.\nTwo.', start: '2025-06-20' }],
    });
    const ev = vevents(toICS(c, c.events, { now: NOW }))[0]!;
    expect(prop(ev, 'SUMMARY')).toBe('SUMMARY:Talks\\; again\\, in "Geneva"\\\\');
    expect(prop(ev, 'DESCRIPTION')).toBe('DESCRIPTION:One.\\nTwo.');
  });

  test('folding: at most 75 octets a line, never inside a UTF-8 character; unfolding restores the line', () => {
    expect(foldLine('short')).toBe('short');
    const ascii = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(ascii);
    expect(folded.split('\r\n').map((l) => l.length)).toEqual([75, 75, 60]); // 208 octets: 75, then a space and 74, then a space and 59;
    expect(unfold(folded)).toBe(ascii);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const line = `DESCRIPTION:${escapeText(s)}`;
        const out = foldLine(line);
        for (const l of out.split('\r\n')) {
          const bytes = new TextEncoder().encode(l);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(l);
        }
        expect(unfold(out)).toBe(line);
      }),
      { numRuns: 300 },
    );
    // Persian (2 octets a letter) and emoji (4 octets, a surrogate pair).
    const persian = foldLine(`SUMMARY:${'پوتین عراقچی را در کرملین پذیرفت '.repeat(5)}`);
    expect(persian.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const emoji = foldLine(`SUMMARY:${'🕊'.repeat(40)}`);
    expect(emoji).not.toMatch(/[\ud800-\udbff]\r\n|\r\n [\udc00-\udfff]/);
  });

  test('icsDateTime', () => {
    expect(icsDateTime(Date.UTC(2025, 5, 21, 22, 40, 5))).toBe('20250621T224005Z');
  });
});
