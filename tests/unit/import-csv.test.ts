import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { csvLayout, fromCSV, parseClock, type ImportResult } from '../../src/import/index.js';
import { parseChronology } from '../../src/schema/index.js';

const FIXTURES = new URL('../fixtures/timelinejs/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** Rows (spreadsheet numbers, header = 1) that have an `error` problem. */
const errorRows = (r: ImportResult) =>
  new Set(r.problems.filter((p) => p.severity === 'error').map((p) => +/^row (\d+)/.exec(p.path)![1]!));

/** Valid schema input, and every event row converted or reported. */
function expectSound(r: ImportResult) {
  expect(r.chronology).not.toBeNull();
  const parsed = parseChronology(r.chronology);
  expect(parsed.problems).toEqual([]);
  expect(r.chronology!.events.length + errorRows(r).size).toBe(r.eventsIn);
  return parsed.chronology!;
}

const csv = (...lines: string[]) => lines.join('\n');
const problemsAt = (r: ImportResult, path: string) => r.problems.filter((p) => p.path === path).map((p) => `${p.severity}: ${p.message}`);

describe('fromCSV(TimelineJS sheet fixture)', () => {
  test.each(['sheets-template.csv', 'women-in-computing.csv'])(
    '%s: every row is the title, an era or an event; output is valid',
    (name) => {
      const text = fixture(name);
      const records = csvParseRows(text);
      expect(csvLayout(records[0]!)).toBe('timelinejs');
      const r = fromCSV(text);
      const c = expectSound(r);
      const typeCol = records[0]!.indexOf('Type');
      const data = records.slice(1).filter((row) => row.some((cell) => cell.trim()));
      const titleRows = data.filter((row) => row[typeCol] === 'title').length;
      expect(titleRows).toBe(1);
      expect(r.eventsIn).toBe(data.length - titleRows);
      expect(c.events).toHaveLength(r.eventsIn);
      expect(r.chronology!.title).toBe(data.find((row) => row[typeCol] === 'title')![9]);
      expect(r.chronology!.description).toMatch(/^In this sample timeline, we'll walk you through/);
      // The title row's background and one event's background are reported by row and column.
      expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.path)).toEqual([
        'row 2, column Background',
        'row 5, column Background',
      ]);
      expect(problemsAt(r, 'row 4, column Media')).toEqual(['info: a blockquote: its text is appended to the summary as a quotation']);
    },
  );

  test('women-in-computing.csv: dates, HTML, links as sources, media', () => {
    const r = fromCSV(fixture('women-in-computing.csv'));
    const byTitle = new Map(r.chronology!.events.map((e) => [e.title, e]));
    const ada = byTitle.get('Ada Lovelace')!;
    expect(ada).toMatchObject({ id: 'ada-lovelace', start: '1815-12-10', end: '1852-11-27' });
    expect(ada.summary).toMatch(/^Women have been programming since before it was a thing\. Take Ada Lovelace: Daughter of Lord Byron/);
    expect(ada.summary).toMatch(/algorithm\.\n\nThis slide demonstrates a simple "image" media type\.$/);
    expect(ada.media).toEqual({
      url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      alt: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
      caption: 'Portrait by Alfred Edward Chalon',
    });
    expect(ada.sources!.map((s) => s.url)).toEqual([
      'https://en.wikipedia.org/wiki/Ada_Lovelace',
      'https://en.wikipedia.org/wiki/Analytical_Engine',
      'https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg',
    ]);
    expect(byTitle.get('...And the women who made it work')).toMatchObject({ start: '1943-07', end: '1946' });
    // The YouTube video is a link card (nothing embedded); the link in its credit stays a source.
    expect(byTitle.get('...And the women who made it work')!.media).toEqual({
      url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
      kind: 'video',
      credit: 'Computer History Museum',
      caption: 'Jean Bartik talks about the ENIAC women',
    });
    expect(byTitle.get('...And the women who made it work')!.sources).toEqual([
      { publisher: 'youtube.com', title: 'Computer History Museum', url: 'https://www.youtube.com/channel/UCHDr4RtxwA1KqKGwxgdK4Vg' },
    ]);
    expect(byTitle.get('"The Mother of the Internet"')!.id).toBe('the-mother-of-the-internet');
    expect(byTitle.get('Rózsa Péter writes recursion')!.id).toBe('rozsa-peter-writes-recursion');
  });
});

describe('fromCSV(TimelineJS sheet, written here)', () => {
  const HEADER =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

  test('Time is wall-clock time in options.timeZone; groups become topics, era rows eras', () => {
    const r = fromCSV(
      csv(
        HEADER,
        '2025,6,22,2:10 AM,2025,6,22,02:35,,US strikes,,,,,,,Military,',
        '2025,6,23,13:00:30,,,,,,Araghchi meets Putin,,,,,,,Diplomacy,',
        '2025,6,1,,2025,6,30,,,June,,,,,,era,,',
      ),
      { timeZone: 'Asia/Tehran' },
    );
    const c = expectSound(r);
    expect(r.chronology!.events.map((e) => [e.start, e.end, e.topics])).toEqual([
      ['2025-06-22T02:10+03:30', '2025-06-22T02:35+03:30', ['military']],
      ['2025-06-23T13:00:30+03:30', undefined, ['diplomacy']],
    ]);
    expect(c.topics.map((t) => t.id)).toEqual(['military', 'diplomacy']);
    expect(r.chronology!.eras).toEqual([{ id: 'era-june', label: 'June', start: '2025-06-01', end: '2025-06-30' }]);
    expect(c.eras).toEqual([
      { id: 'era-june', label: 'June', start: '2025-06-01', end: '2025-06-30', from: Date.UTC(2025, 5, 1), to: Date.UTC(2025, 6, 1) },
    ]);
    expect(problemsAt(r, 'row 4')).toEqual([]);
  });

  test('bad cells are reported by row and column; bad rows are left out, the others kept', () => {
    const r = fromCSV(
      csv(
        HEADER,
        '2025,13,1,,,,,,,Bad month,,,,,,,,',
        '2025,6,1,25:00,,,,,,Bad time,,,,,,,,',
        '2025,6,1,noon,,,,,,Not a time,,,,,,,,',
        ',,,,,,,,,No year,,,,,,,,',
        '2025,6,1,,2025,6,40,,,Bad end,,,,,,,,',
        '2025,6,2,,,,,,,Bad link,"<a href=""javascript:alert(1)"">x</a>",javascript:void(0),,,,,,',
        '2025,6,3,,,,,,,Odd type,,,,,,slide,,',
      ),
    );
    expectSound(r);
    expect(r.chronology!.events.map((e) => e.title)).toEqual(['Bad end', 'Bad link', 'Odd type']);
    expect([...errorRows(r)].sort()).toEqual([2, 3, 4, 5]);
    expect(r.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      "error row 4, column Time: 'noon' is not a time of day (13:05, 13:05:30 or 1:05 PM): the row is left out",
      "warning row 8, column Type: 'slide' is not a TimelineJS type (title or era): the row is read as an event",
      'error row 2, column Month: 13 is not a valid month (1–12): the event is left out',
      'error row 3, column Time: 25 is not a valid hour (0–23): the event is left out',
      'error row 5, column Year: is missing: the event has no date and is left out',
      'warning row 6, column End Day: 40 is not a valid day (1–31): the end is dropped',
      `warning row 7, column Text: the link 'javascript:alert(1)' ("x") is a javascript: URL, which is never kept: the link is dropped, its text kept`,
      "warning row 7, column Media: 'javascript:void(0)' is a javascript: URL, which is never kept: not kept",
      "info column Type (no row has the type title): there is no title: the chronology is called 'Untitled timeline'",
    ]);
    expect(r.eventsIn).toBe(7);
  });

  test('unknown and repeated columns, extra cells and blank rows', () => {
    const r = fromCSV(csv('Year,Headline,Notes,Empty,Year', '2025,A,keep me?,,2026', '', ',,,,', '2024,B,,,,surplus'));
    expectSound(r);
    expect(r.chronology!.events.map((e) => e.start)).toEqual(['2025', '2024']);
    expect(r.eventsIn).toBe(2);
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([
      { path: 'row 1, column Notes', message: 'is not a TimelineJS sheet column: its values are not kept', severity: 'warning' },
      { path: 'row 1, column Year', message: 'repeats an earlier column: its values are not kept', severity: 'warning' },
      { path: 'row 5', message: "has 1 value past the last column ('surplus'): not kept", severity: 'warning' },
    ]);
  });

  test('a cell spanning lines does not shift the row numbers', () => {
    const r = fromCSV(csv('Year,Headline,Text', '2025,A,"line one', 'line two"', 'x,B,'));
    expect(r.chronology!.events[0]!.summary).toBe('line one line two');
    expect(r.problems.find((p) => p.severity === 'error')!.path).toBe('row 3, column Year');
  });
});

describe('fromCSV(flat layout)', () => {
  const actors = [
    { id: 'abbas-araghchi', name: 'Abbas Araghchi', kind: 'person' as const },
    { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person' as const },
  ];
  const topics = [{ id: 'diplomacy', label: 'Diplomacy', color: '#1f5fa8' }];

  test('every documented column maps onto the schema', () => {
    const r = fromCSV(
      csv(
        'ID,Start,End,Title,Title_FA,Summary,Precision,Approximate,Time Zone,Place,City,Country,Lat,Lon,Actors,Topics,Source URL,Source Publisher,Source Title,Source Date,Media URL,Media Alt,Media Credit,Importance,Updated At,Correction,Correction Date',
        'araghchi-putin,2025-06-23 13:00,2025-06-23T15:00,Araghchi meets Putin,عراقچی با پوتین دیدار کرد,They met in the Kremlin.,minute,no,Europe/Moscow,Kremlin,Moscow,Russia,55.752,37.617,abbas-araghchi:visitor; vladimir-putin:host,diplomacy;moscow-visit,https://example.org/a; https://example.com/b,Reuters;TASS,Report A;Report B,2025-06-23,https://example.org/p.jpg,The two men,Pool,5,2025-06-24,Time corrected,2025-06-24',
      ),
      { actors, topics, title: 'June 2025', id: 'june' },
    );
    const c = expectSound(r);
    expect(r.chronology).toMatchObject({ id: 'june', title: 'June 2025', timeZone: 'UTC' });
    expect(r.chronology!.events[0]).toEqual({
      id: 'araghchi-putin',
      title: { en: 'Araghchi meets Putin', fa: 'عراقچی با پوتین دیدار کرد' },
      start: '2025-06-23T13:00+03:00',
      end: '2025-06-23T15:00+03:00',
      summary: 'They met in the Kremlin.',
      precision: 'minute',
      timeZone: 'Europe/Moscow',
      location: { name: 'Kremlin', city: 'Moscow', country: 'Russia', lat: 55.752, lon: 37.617 },
      actors: [
        { id: 'abbas-araghchi', role: 'visitor' },
        { id: 'vladimir-putin', role: 'host' },
      ],
      topics: ['diplomacy', 'moscow-visit'],
      sources: [
        { publisher: 'Reuters', title: 'Report A', url: 'https://example.org/a', date: '2025-06-23' },
        { publisher: 'TASS', title: 'Report B', url: 'https://example.com/b', date: '2025-06-23' },
      ],
      media: { url: 'https://example.org/p.jpg', alt: 'The two men', credit: 'Pool' },
      importance: 5,
      updatedAt: '2025-06-24',
      correction: { text: 'Time corrected', date: '2025-06-24' },
    });
    expect(c.topicsById.get('moscow-visit')!.label).toBe('Moscow Visit');
    expect(r.problems).toEqual([
      {
        path: 'row 2, column Topics',
        message: "topic 'moscow-visit' is not in options.topics: added with the label 'Moscow Visit'",
        severity: 'info',
      },
    ]);
  });

  test('rows without a usable start or title are left out with their row number; bad values are dropped', () => {
    const r = fromCSV(
      csv(
        'id,start,title,actors,source_url,lat,lon,importance,precision',
        'a,2025-06-22,Fine,Some Body,javascript:alert(1),91,10,7,hour',
        'b,2025-13-01,Bad month,,,,,,',
        'c,,No start,,,,,,',
        'd,2025-06-22T02:10,,,,,,,',
        'e,2025-06-22T25:10,Bad hour,,,,,,',
        'a,2025-06-23,Same id,,,,,,',
      ),
      { actorKind: 'person' },
    );
    const c = expectSound(r);
    expect(c.events.map((e) => e.id)).toEqual(['a', 'a-2']);
    expect(r.eventsIn).toBe(6);
    expect(r.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      "warning row 2, column precision: 'hour' is finer than the start '2025-06-22' states: dropped",
      "warning row 2, column lat: '91' is not a number from -90 to 90 (latitude): dropped",
      'warning row 2, column lon: a latitude or longitude alone makes no place: dropped',
      "warning row 2, column actors: actor 'Some Body' is not a slug: read as 'some-body'",
      "warning row 2, column actors: actor 'some-body' is not in options.actors: added as person 'Some Body' (check its name and kind)",
      "warning row 2, column source_url: 'javascript:alert(1)' is a javascript: URL, which is never kept: not kept",
      "warning row 2, column importance: '7' is not a whole number from 1 to 5 (importance): dropped",
      "error row 3, column start: '2025-13-01' is not a date: there is no month 13: the row is left out",
      'error row 4, column start: is empty: the row is left out',
      'error row 5, column title: is empty: the row is left out',
      "error row 6, column start: '2025-06-22T25:10' is not a valid time of day: the row is left out",
      "warning row 7, column id: 'a' cannot be the id (an earlier row has it): the id is 'a-2'",
    ]);
    expect(r.chronology!.actors).toEqual([{ id: 'some-body', name: 'Some Body', kind: 'person' }]);
  });

  test('a time without offset takes options.timeZone; one with an offset is kept as written', () => {
    const r = fromCSV(csv('start,end,title', '2025-03-30 01:30,2025-03-30T03:30~,Clocks change', '2025-06-22T02:10+03:30,,As written'), {
      timeZone: 'Europe/London',
    });
    expectSound(r);
    expect(r.chronology!.events.map((e) => [e.start, e.end])).toEqual([
      ['2025-03-30T01:30Z', '2025-03-30T03:30+01:00~'],
      ['2025-06-22T02:10+03:30', undefined],
    ]);
  });

  test('status and claimed_by: any case; an unknown status is dropped with a warning; claimed_by ids are actors', () => {
    const r = fromCSV(
      csv(
        'start,title,status,claimed_by',
        '2025-06-22,A,Claimed,abbas-araghchi; vladimir-putin',
        '2025-06-23,B,rumoured,',
        '2025-06-24,C,disputed,',
      ),
      { actors },
    );
    expectSound(r);
    expect(r.chronology!.events.map((e) => [e.status, e.claimedBy])).toEqual([
      ['claimed', ['abbas-araghchi', 'vladimir-putin']],
      [undefined, undefined],
      ['disputed', undefined],
    ]);
    expect(r.problems).toEqual([
      {
        path: 'row 3, column status',
        message: "'rumoured' is not one of confirmed, reported, claimed, disputed, denied: dropped",
        severity: 'warning',
      },
    ]);
  });
});

describe('fromCSV(): what cannot be read at all', () => {
  test.each([
    ['', 'the CSV is empty: it needs a header row and a row per event'],
    ['\n  \n', 'the CSV is empty: it needs a header row and a row per event'],
    [
      'when,what\n2025,x',
      "the columns ('when', 'what') are neither the TimelineJS sheet's (Year, Month, Day, …, Headline, Text, …) nor chronoline's (start, title, …)",
    ],
  ])('%j is fatal', (text, message) => {
    const r = fromCSV(text);
    expect(r.chronology).toBeNull();
    expect(r.problems.map((p) => [p.severity, p.message])).toEqual([['fatal', message]]);
  });
});

describe('parseClock()', () => {
  test.each([
    ['13:05', { hour: 13, minute: 5 }],
    ['1:05 PM', { hour: 13, minute: 5 }],
    ['12:00 am', { hour: 0, minute: 0 }],
    ['12 p.m.', { hour: 12 }],
    ['07:08:09.5', { hour: 7, minute: 8, second: 9, millisecond: 500 }],
    ['13:05 PM', null],
    ['noon', null],
  ])('parseClock(%j)', (text, expected) => {
    expect(parseClock(text)).toEqual(expected);
  });
});
