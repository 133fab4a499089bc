import { csvParseRows } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { neutralizeCell, toCSV } from '../../src/export/csv.js';
import { toChronologyInput, toEventInput, toJSON } from '../../src/export/json.js';
import { fromCSV } from '../../src/import/csv.js';
import { parseChronology, type Chronology, type TimelineEvent } from '../../src/schema/index.js';
import { june } from './fixtures.js';

/** An event as it compares after a round trip (its position in the input aside). */
const comparable = ({ inputIndex: _i, ...rest }: TimelineEvent) => JSON.parse(JSON.stringify(rest));

/** `text` imported with `fromCSV` and parsed, with the chronology's actors and topics. */
function reimport(text: string, c: Chronology) {
  const imported = fromCSV(text, { actors: c.actors, topics: c.topics, language: c.language });
  expect(imported.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  const parsed = parseChronology(imported.chronology);
  expect(parsed.problems).toEqual([]);
  return parsed.chronology!;
}

/**
 * What a flat CSV row cannot hold, as toCSV documents it: `;` in a role
 * (and, with two sources or more, in a publisher or source title) becomes
 * `,`; sources keep a date only when they all share it; of several
 * corrections, the last; no disputes or statements.
 */
function flatLosses(e: TimelineEvent): TimelineEvent {
  const dates = new Set(e.sources.map((s) => s.date));
  const semi = (t: any) => (typeof t === 'string' ? t.replace(/;/g, ',') : t);
  const many = e.sources.length > 1;
  return {
    ...e,
    disputes: [],
    statements: [],
    // The chart's annotation is not a CSV column (yet).
    annotation: undefined,
    corrections: e.corrections.slice(-1),
    actors: e.actors.map((a) => (a.role === undefined ? a : { ...a, role: semi(a.role) })),
    sources: e.sources.map(({ date, ...s }) => ({
      ...s,
      publisher: semi(s.publisher),
      ...(s.title !== undefined ? { title: many ? semi(s.title) : s.title } : {}),
      ...(date !== undefined && dates.size === 1 ? { date } : {}),
    })),
  };
}

function parse(input: unknown): Chronology {
  const r = parseChronology(input);
  expect(r.problems).toEqual([]);
  return r.chronology!;
}

describe('toCSV', () => {
  test('the June chronology: export → fromCSV → the same events (ids, titles, dates, actors, topics, sources, places…)', () => {
    const text = toCSV(june);
    const back = reimport(text, june);
    expect(back.events.map(comparable)).toEqual(june.events.map(flatLosses).map(comparable));
    // Ids, titles, times, actors, topics and source links come back exactly.
    const core = (e: TimelineEvent) => [
      e.id,
      e.title,
      e.summary,
      e.start,
      e.end,
      e.precision,
      e.actors.map((a) => a.id),
      e.topics,
      e.sources.map((s) => s.url),
    ];
    expect(back.events.map(core)).toEqual(june.events.map(core));
  });

  test('a subset, in the order given, with localized titles as title_<lang> columns', () => {
    const some = june.events.filter((e) => e.topics.includes('ceasefire'));
    const text = toCSV(june, some);
    const [header] = csvParseRows(text);
    expect(header!.slice(0, 3)).toEqual(['id', 'start', 'title']);
    expect(header).toEqual(expect.arrayContaining(['title_en', 'title_fa', 'title_ru']));
    expect(reimport(text, june).events.map((e) => e.id)).toEqual(some.map((e) => e.id));
  });

  test('header and rows: CRLF line ends, quoting, optional BOM', () => {
    const c = parse({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [{ id: 'a', title: 'Talks, "again"\nin Geneva', start: '2025-06-20' }],
    });
    const text = toCSV(c);
    expect(text).toBe('id,start,title\r\na,2025-06-20,"Talks, ""again""\nin Geneva"\r\n');
    expect(toCSV(c, c.events, { bom: true }).startsWith('\uFEFFid,')).toBe(true);
    expect(reimport(toCSV(c, c.events, { bom: true }), c).events.map(comparable)).toEqual(c.events.map(comparable));
  });

  test('every field the flat layout has comes back', () => {
    const c = parse({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      language: 'en',
      actors: [
        { id: 'x', name: 'X', kind: 'state' },
        { id: 'y', name: 'Y', kind: 'person' },
      ],
      topics: [
        { id: 't1', label: 'T1' },
        { id: 't2', label: 'T2' },
      ],
      events: [
        {
          id: 'full',
          title: { en: 'Full', fa: 'کامل', 'pt-br': 'Completo' },
          summary: 'A summary; with a semicolon, and a comma.',
          start: '2025-06-22T02:10+03:30~',
          end: '2025-06-22T02:35+03:30',
          precision: 'hour',
          timeZone: 'Asia/Tehran',
          location: { name: 'Fordow', city: 'Qom', country: 'Iran', lat: 34.88, lon: -50.99 },
          actors: [{ id: 'x', role: 'striker: first wave' }, { id: 'y' }],
          topics: ['t1', 't2'],
          sources: [
            { publisher: 'AP', title: 'One', url: 'https://example.com/a?x=1&y=2', date: '2025-06-22' },
            { publisher: 'Reuters', url: 'https://example.org/b', date: '2025-06-22' },
          ],
          media: { url: 'https://example.com/i.jpg', alt: 'A picture', credit: 'Someone' },
          importance: 5,
          status: 'claimed',
          claimedBy: ['y', 'x'],
          updatedAt: '2025-06-30',
          correction: { date: '2025-06-29', text: 'Fixed the time.' },
        },
        { id: 'month', title: 'A month', start: '2025-06', approximate: true, importance: 1 },
        { id: 'year', title: 'A year', start: '2024' },
      ],
    });
    const back = reimport(toCSV(c), c);
    expect(back.events.map(comparable)).toEqual(c.events.map(comparable));
  });

  test("formula injection: cells beginning with = + - @ tab CR are prefixed with '; plain numbers are not", () => {
    expect(neutralizeCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(neutralizeCell('+1 555')).toBe("'+1 555");
    expect(neutralizeCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(neutralizeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeCell('\tx')).toBe("'\tx");
    expect(neutralizeCell('\rx')).toBe("'\rx");
    expect(neutralizeCell('-33.9')).toBe('-33.9');
    expect(neutralizeCell('+1e5')).toBe('+1e5');
    expect(neutralizeCell('Ordinary text')).toBe('Ordinary text');
    const c = parse({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [{ id: 'a', title: '=1+2', summary: '@here', start: '2025-06-20', location: { name: '-', lat: -33.9, lon: 151.2 } }],
    });
    const [, row] = csvParseRows(toCSV(c));
    expect(row).toEqual(['a', '2025-06-20', "'=1+2", "'@here", "'-", '-33.9', '151.2']);
    // Read back by fromCSV the prefix stays (documented); without neutralising, the text round-trips.
    expect(fromCSV(toCSV(c)).chronology!.events[0]!.title).toBe("'=1+2");
    expect(reimport(toCSV(c, c.events, { neutralize: false }), c).events.map(comparable)).toEqual(c.events.map(comparable));
  });
});

describe('toJSON / toChronologyInput', () => {
  test('the whole June chronology parses back to the same events, actors and topics', () => {
    const back = parse(JSON.parse(toJSON(june)));
    expect(back.events.map(comparable)).toEqual(june.events.map(comparable));
    expect(back.actors).toEqual(june.actors);
    expect(back.topics).toEqual(june.topics);
    expect(back.title).toEqual(june.title);
    expect(back.timeZone).toBe(june.timeZone);
  });

  test('a subset carries only the actors and topics its events use', () => {
    const some = june.events.filter((e) => e.id === 'putin-araghchi-kremlin-meeting');
    const input = toChronologyInput(june, some);
    expect(input.events.map((e) => e.id)).toEqual(['putin-araghchi-kremlin-meeting']);
    expect(new Set(input.actors!.map((a) => a.id))).toEqual(new Set(some[0]!.actors.map((a) => a.id)));
    expect(new Set(input.topics!.map((t) => t.id))).toEqual(new Set(some[0]!.topics));
    expect(JSON.stringify(input)).not.toContain('inputIndex');
    expect(parse(input).events.map(comparable)).toEqual(some.map(comparable));
  });

  test('times as written; derived fields only when they add something; end-only events', () => {
    const c = parse({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [
        { id: 'a', title: 'A', start: '2025-06-22T02:10:00+03:30~', precision: 'hour' },
        { id: 'b', title: 'B', start: '2025-06-23', approximate: true, importance: 3 },
        { id: 'u', title: 'Until', end: '2025-06-24' },
      ],
    });
    const [a, b, u] = c.events.map(toEventInput);
    expect(a).toEqual({ id: 'a', title: 'A', start: '2025-06-22T02:10:00+03:30~', precision: 'hour' });
    expect(b).toEqual({ id: 'b', title: 'B', start: '2025-06-23', approximate: true });
    expect(u).toEqual({ id: 'u', title: 'Until', end: '2025-06-24' });
    expect(parse(toChronologyInput(c)).events.map(comparable)).toEqual(c.events.map(comparable));
  });

  test('fields the schema adds later are copied as they are', () => {
    const e = { ...june.events[0]!, statements: [{ actor: 'ali-khamenei', text: 'x' }] } as TimelineEvent;
    expect((toEventInput(e) as any).statements).toEqual([{ actor: 'ali-khamenei', text: 'x' }]);
    expect(toChronologyInput(june, [e]).actors!.map((a) => a.id)).toContain('ali-khamenei');
  });
});
