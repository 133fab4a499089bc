import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, test } from 'vitest';
import { formatProblem, parseChronology, pickLang, pickText, type ParseResult, type Problem } from '../../src/schema/index.js';
import { ANNOTATED_TIME_PATTERN, ChronologySchema } from '../../src/schema/chronology-schema.js';
import { leftOutEvents } from '../../src/schema/parse.js';
import { TIME_VALUE_PATTERN } from '../../src/time/dates.js';
import { formatEventDate } from '../../src/time/format.js';

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

type Json = Record<string, any>;

/** A small, valid chronology. Each call returns a fresh copy to mutate. */
function valid(): Json {
  return {
    schemaVersion: 1,
    id: 'june-talks',
    title: { en: 'June talks', fa: 'گفتگوهای خرداد' },
    language: 'en',
    timeZone: 'Asia/Tehran',
    actors: [
      { id: 'iran', name: 'Iran', kind: 'state' },
      { id: 'usa', name: { en: 'United States' }, kind: 'state' },
      { id: 'iaea', name: 'IAEA', kind: 'organization' },
    ],
    topics: [
      { id: 'nuclear', label: 'Nuclear', color: '#1f5fa8' },
      { id: 'diplomacy', label: { en: 'Diplomacy' }, color: '#c33' },
    ],
    events: [
      {
        // Input order is not time order: this one is last in time.
        id: 'talks-resume',
        title: 'Talks resume',
        start: '2025-06-23',
        actors: [{ id: 'iran' }, { id: 'usa' }],
        topics: ['diplomacy'],
        sources: [{ publisher: 'Reuters', url: 'https://example.com/a' }],
      },
      {
        id: 'strike',
        title: 'Strike reported',
        start: '2025-06-22T02:10+03:30',
        precision: 'minute',
        importance: 5,
        actors: [{ id: 'usa' }, { id: 'iran', role: 'target' }],
        topics: ['nuclear'],
      },
      {
        id: 'inspectors',
        title: { en: 'Inspectors statement' },
        start: '2025-06-21T23:50:00Z',
        end: '2025-06-22T01:00Z',
        actors: [{ id: 'iaea' }],
        topics: ['nuclear', 'diplomacy'],
      },
      {
        id: 'month-summary',
        title: 'June overview',
        start: '2025-06~',
      },
    ],
  };
}

/** Indices of input events named in error problems (events[i]…). */
function eventIndicesNamed(problems: Problem[]): Set<number> {
  const out = new Set<number>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const m = /^events\[(\d+)\]/.exec(p.path);
    if (m) out.add(Number(m[1]));
  }
  return out;
}

/** Every event that comes in is either in the result or named in a problem, never both. */
function expectEveryEventAccountedFor(input: Json, result: ParseResult): void {
  expect(result.chronology).not.toBeNull();
  const named = eventIndicesNamed(result.problems);
  expect(result.eventsIn).toBe(input.events.length);
  expect(input.events.length).toBe(result.chronology!.events.length + named.size);
  for (const e of result.chronology!.events) expect(named.has(e.inputIndex), `event ${e.id} both kept and reported`).toBe(false);
}

/** Parses `input` expecting exactly one problem; returns it. */
function oneProblem(input: Json): { problem: Problem; result: ParseResult } {
  const result = parseChronology(input);
  expect(result.problems, JSON.stringify(result.problems, null, 2)).toHaveLength(1);
  return { problem: result.problems[0]!, result };
}

const ids = (r: ParseResult) => r.chronology!.events.map((e) => e.id);

// ---------------------------------------------------------------------------
// text.ts
// ---------------------------------------------------------------------------

describe('pickText', () => {
  const text = { en: 'Talks', fa: 'گفتگو', 'fr-CA': 'Pourparlers (CA)', de: 'Gespräche' };

  test('pickText(string) returns a plain string as it is, whatever the language', () => {
    expect(pickText('Talks')).toBe('Talks');
    expect(pickText('Talks', 'fa')).toBe('Talks');
  });

  test('pickText(undefined) returns the empty string', () => {
    expect(pickText(undefined)).toBe('');
    expect(pickText(undefined, 'fa')).toBe('');
  });

  test('pickText(text) with no language picks English', () => {
    expect(pickText(text)).toBe('Talks');
  });

  test("pickText(text, 'fa') picks the exact tag", () => {
    expect(pickText(text, 'fa')).toBe('گفتگو');
  });

  test("pickText(text, 'fr-CA') picks the exact regional tag", () => {
    expect(pickText(text, 'fr-CA')).toBe('Pourparlers (CA)');
  });

  test("pickText(text, 'FA') and ('fr-ca') match tags without regard to case", () => {
    expect(pickText(text, 'FA')).toBe('گفتگو');
    expect(pickText(text, 'fr-ca')).toBe('Pourparlers (CA)');
    expect(pickText({ 'FA-ir': 'x', en: 'y' }, 'fa-IR')).toBe('x');
  });

  test("pickText(text, 'fa-IR') falls back to the base language 'fa'", () => {
    expect(pickText(text, 'fa-IR')).toBe('گفتگو');
  });

  test("pickText(text, 'fa-IR') prefers an exact 'fa-IR' over the base 'fa'", () => {
    expect(pickText({ fa: 'base', 'fa-IR': 'regional' }, 'fa-IR')).toBe('regional');
  });

  test("pickText(text, 'ja') falls back to English when neither tag nor base language is there", () => {
    expect(pickText(text, 'ja')).toBe('Talks');
    expect(pickText(text, 'ja-JP')).toBe('Talks');
  });

  test("pickText(text, 'ja', 'de') falls back to the fallback language given", () => {
    expect(pickText(text, 'ja', 'de')).toBe('Gespräche');
  });

  test("pickText(text, 'ja') falls back to the first key when there is no English", () => {
    expect(pickText({ fa: 'گفتگو', ar: 'محادثات' }, 'ja')).toBe('گفتگو');
  });

  test('pickText({}) returns the empty string', () => {
    expect(pickText({}, 'fa')).toBe('');
  });
});

describe('pickLang', () => {
  const text = { en: 'Talks', fa: 'گفتگو', 'fr-CA': 'Pourparlers (CA)' };

  test('pickLang(string) is undefined: a plain string has no known language', () => {
    expect(pickLang('Talks', 'fa')).toBeUndefined();
  });

  test('pickLang(undefined) is undefined', () => {
    expect(pickLang(undefined)).toBeUndefined();
  });

  test("pickLang(text, 'fa') gives the exact tag", () => {
    expect(pickLang(text, 'fa')).toBe('fa');
  });

  test("pickLang(text, 'fa-IR') gives the base language key 'fa'", () => {
    expect(pickLang(text, 'fa-IR')).toBe('fa');
  });

  test('pickLang(text, lang) gives the key as written in the text, not as asked', () => {
    expect(pickLang(text, 'FR-ca')).toBe('fr-CA');
  });

  test("pickLang(text, 'ja') gives 'en', the English fallback", () => {
    expect(pickLang(text, 'ja')).toBe('en');
  });

  test("pickLang(text, 'ja') gives the first key when there is no English", () => {
    expect(pickLang({ fa: 'گفتگو', ar: 'محادثات' }, 'ja')).toBe('fa');
  });

  test('pickLang({}) is undefined', () => {
    expect(pickLang({}, 'fa')).toBeUndefined();
  });

  test('pickLang(text, lang) names the language of the string pickText(text, lang) returns', () => {
    const t = { en: 'E', fa: 'F', 'fr-CA': 'C', ar: 'A' };
    for (const lang of ['en', 'fa', 'fa-IR', 'fr-CA', 'fr', 'ar-EG', 'ja', 'EN-gb']) {
      expect(t[pickLang(t, lang) as keyof typeof t], lang).toBe(pickText(t, lang));
    }
  });
});

// ---------------------------------------------------------------------------
// parseChronology: valid input
// ---------------------------------------------------------------------------

describe('parseChronology: a valid chronology', () => {
  const input = valid();
  const result = parseChronology(input);
  const c = result.chronology!;

  test('parseChronology(valid) reports 0 problems and returns a chronology', () => {
    expect(result.problems).toEqual([]);
    expect(c).not.toBeNull();
    expect(result.eventsIn).toBe(4);
    expectEveryEventAccountedFor(input, result);
  });

  test('parseChronology(valid) keeps the envelope fields', () => {
    expect(c.schemaVersion).toBe(1);
    expect(c.id).toBe('june-talks');
    expect(c.title).toEqual({ en: 'June talks', fa: 'گفتگوهای خرداد' });
    expect(c.language).toBe('en');
    expect(c.timeZone).toBe('Asia/Tehran');
  });

  test('parseChronology(valid) sorts events by start instant, not by input order', () => {
    // month-summary starts 2025-06-01; inspectors 21 Jun 23:50Z; strike 21 Jun 22:40Z; talks-resume 23 Jun.
    expect(ids(result)).toEqual(['month-summary', 'strike', 'inspectors', 'talks-resume']);
    const instants = c.events.map((e) => e.start.instant);
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  });

  test("parseChronology(valid) records each event's position in the input as inputIndex", () => {
    const byId = new Map(c.events.map((e) => [e.id, e.inputIndex]));
    expect(Object.fromEntries(byId)).toEqual({ 'talks-resume': 0, strike: 1, inspectors: 2, 'month-summary': 3 });
  });

  test('parseChronology(valid) keeps input order for events that start at the same instant', () => {
    const inp = valid();
    inp.events = [
      { id: 'b', title: 'B', start: '2025-06-22T00:00Z' },
      { id: 'a', title: 'A', start: '2025-06-22T03:30+03:30' },
      { id: 'c', title: 'C', start: '2025-06-22' },
    ];
    expect(ids(parseChronology(inp))).toEqual(['b', 'a', 'c']);
  });

  test('parseChronology(valid) gives importance 3 when absent and keeps it when given', () => {
    const byId = new Map(c.events.map((e) => [e.id, e]));
    expect(byId.get('talks-resume')!.importance).toBe(3);
    expect(byId.get('strike')!.importance).toBe(5);
  });

  test('parseChronology(valid) derives precision from the start value when absent', () => {
    const byId = new Map(c.events.map((e) => [e.id, e]));
    expect(byId.get('talks-resume')!.precision).toBe('day');
    expect(byId.get('inspectors')!.precision).toBe('second');
    expect(byId.get('month-summary')!.precision).toBe('month');
  });

  test('parseChronology(valid) keeps a declared precision coarser than the start', () => {
    const inp = valid();
    inp.events = [{ id: 'x', title: 'X', start: '2025-06-22T02:10+03:30', precision: 'day' }];
    const r = parseChronology(inp);
    expect(r.problems).toEqual([]);
    expect(r.chronology!.events[0]!.precision).toBe('day');
    expect(r.chronology!.events[0]!.start.precision).toBe('minute');
  });

  test('parseChronology(valid) parses start and end into time points', () => {
    const e = c.events.find((x) => x.id === 'inspectors')!;
    expect(new Date(e.start.instant).toISOString()).toBe('2025-06-21T23:50:00.000Z');
    expect(new Date(e.end!.instant).toISOString()).toBe('2025-06-22T01:00:00.000Z');
    const s = c.events.find((x) => x.id === 'strike')!;
    expect(s.start.offsetMinutes).toBe(210);
    expect(new Date(s.start.instant).toISOString()).toBe('2025-06-21T22:40:00.000Z');
  });

  test("parseChronology(valid) marks an event approximate when its start ends in '~'", () => {
    const byId = new Map(c.events.map((e) => [e.id, e]));
    expect(byId.get('month-summary')!.approximate).toBe(true);
    expect(byId.get('strike')!.approximate).toBe(false);
  });

  test("parseChronology(input) marks an event approximate when declared so or when its end ends in '~'", () => {
    const inp = valid();
    inp.events = [
      { id: 'declared', title: 'D', start: '2025-06-22', approximate: true },
      { id: 'end-tilde', title: 'E', start: '2025-06-22', end: '2025-06-24~' },
      { id: 'exact', title: 'X', start: '2025-06-22', approximate: false },
    ];
    const r = parseChronology(inp);
    expect(r.problems).toEqual([]);
    expect(Object.fromEntries(r.chronology!.events.map((e) => [e.id, e.approximate]))).toEqual({
      declared: true,
      'end-tilde': true,
      exact: false,
    });
  });

  test('parseChronology(valid) fills empty actors, topics and sources for events that have none', () => {
    const e = c.events.find((x) => x.id === 'month-summary')!;
    expect(e.actors).toEqual([]);
    expect(e.topics).toEqual([]);
    expect(e.sources).toEqual([]);
  });

  test('parseChronology(valid) indexes actors and topics by id', () => {
    expect([...c.actorsById.keys()]).toEqual(['iran', 'usa', 'iaea']);
    expect(c.actorsById.get('usa')!.kind).toBe('state');
    expect([...c.topicsById.keys()]).toEqual(['nuclear', 'diplomacy']);
    expect(c.topicsById.get('nuclear')!.color).toBe('#1f5fa8');
  });

  test('parseChronology(valid) counts events per actor in eventCountByActor', () => {
    expect(Object.fromEntries(c.eventCountByActor)).toEqual({ iran: 2, usa: 2, iaea: 1 });
  });

  test('parseChronology(valid) counts events per topic in eventCountByTopic', () => {
    expect(Object.fromEntries(c.eventCountByTopic)).toEqual({ nuclear: 2, diplomacy: 2 });
  });

  test('parseChronology(input) counts an actor named twice in one event once', () => {
    const inp = valid();
    inp.events = [
      { id: 'x', title: 'X', start: '2025', actors: [{ id: 'iran' }, { id: 'iran', role: 'host' }], topics: ['nuclear', 'nuclear'] },
    ];
    const r = parseChronology(inp);
    expect(r.chronology!.eventCountByActor.get('iran')).toBe(1);
    expect(r.chronology!.eventCountByTopic.get('nuclear')).toBe(1);
  });

  test('parseChronology(input) does not count events that were left out', () => {
    const inp = valid();
    inp.events[0].start = '2025-13-01'; // talks-resume (iran, usa, diplomacy) left out
    const r = parseChronology(inp);
    expect(Object.fromEntries(r.chronology!.eventCountByActor)).toEqual({ iran: 1, usa: 1, iaea: 1 });
    expect(Object.fromEntries(r.chronology!.eventCountByTopic)).toEqual({ nuclear: 2, diplomacy: 1 });
  });

  test('parseChronology(valid) does not change its input', () => {
    const inp = valid();
    const copy = structuredClone(inp);
    parseChronology(inp);
    expect(inp).toEqual(copy);
  });

  test('parseChronology(input) accepts a JSON string', () => {
    const inp = valid();
    const r = parseChronology(JSON.stringify(inp));
    expect(r.problems).toEqual([]);
    expect(ids(r)).toEqual(ids(result));
    expect(r.eventsIn).toBe(4);
  });

  test('parseChronology(input) accepts a chronology with no actors and no topics', () => {
    const r = parseChronology({ schemaVersion: 1, id: 'c', title: 'T', events: [{ id: 'a', title: 'A', start: '2025' }] });
    expect(r.problems).toEqual([]);
    expect(r.chronology!.actors).toEqual([]);
    expect(r.chronology!.topics).toEqual([]);
    expect(r.chronology!.events).toHaveLength(1);
  });

  test('parseChronology(input) accepts an empty events array', () => {
    const r = parseChronology({ schemaVersion: 1, id: 'c', title: 'T', events: [] });
    expect(r.problems).toEqual([]);
    expect(r.chronology!.events).toEqual([]);
    expect(r.eventsIn).toBe(0);
  });

  test('parseChronology(input) accepts an end in the same calendar day as a date-time start', () => {
    const inp = valid();
    inp.events = [{ id: 'x', title: 'X', start: '2025-06-22T15:00Z', end: '2025-06-22' }];
    expect(parseChronology(inp).problems).toEqual([]);
  });

  test('parseChronology(input) accepts an end equal to the start', () => {
    const inp = valid();
    inp.events = [{ id: 'x', title: 'X', start: '2025-06-22T15:00Z', end: '2025-06-22T18:30+03:30' }];
    expect(parseChronology(inp).problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// parseChronology: fatal problems
// ---------------------------------------------------------------------------

describe('parseChronology: input that cannot be read at all', () => {
  test("parseChronology('{not json') gives one fatal problem at '$' and no chronology", () => {
    const r = parseChronology('{not json');
    expect(r.chronology).toBeNull();
    expect(r.eventsIn).toBe(0);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path: '$', severity: 'fatal' });
    expect(r.problems[0]!.message).toMatch(/not valid JSON/);
  });

  test("parseChronology('') gives one fatal problem at '$'", () => {
    const r = parseChronology('');
    expect(r.chronology).toBeNull();
    expect(r.problems).toEqual([expect.objectContaining({ path: '$', severity: 'fatal' })]);
  });

  test.each([
    [[], 'an array'],
    [null, 'null'],
    [42, 'number'],
    [true, 'boolean'],
    [undefined, 'undefined'],
  ])("parseChronology(%j) gives one fatal problem at '$' naming what it got (%s)", (input, what) => {
    const r = parseChronology(input);
    expect(r.chronology).toBeNull();
    expect(r.eventsIn).toBe(0);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path: '$', severity: 'fatal' });
    expect(r.problems[0]!.message).toContain('must be a JSON object');
    expect(r.problems[0]!.message).toContain(what);
  });

  test("parseChronology('[1,2]') and ('7') refuse JSON text whose root is not an object", () => {
    for (const text of ['[1,2]', '7', 'null', '"a string"']) {
      const r = parseChronology(text);
      expect(r.chronology, text).toBeNull();
      expect(r.problems, text).toEqual([expect.objectContaining({ path: '$', severity: 'fatal' })]);
    }
  });

  test("parseChronology(input) without events gives one fatal problem at 'events' saying it is missing", () => {
    const inp = valid();
    delete inp.events;
    const r = parseChronology(inp);
    expect(r.chronology).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path: 'events', severity: 'fatal' });
    expect(r.problems[0]!.message).toMatch(/is missing/);
  });

  test("parseChronology(input) whose events is not an array gives one fatal problem at 'events'", () => {
    const inp = valid();
    inp.events = { a: 1 };
    const r = parseChronology(inp);
    expect(r.chronology).toBeNull();
    expect(r.problems).toEqual([{ path: 'events', message: 'must be an array of events', severity: 'fatal' }]);
  });

  test('parseChronology(input) never throws, whatever it is given', () => {
    const odd: unknown[] = [
      Symbol('x'),
      () => 1,
      new Map(),
      { events: [null, 1, 'x', [], {}] },
      { events: [{ id: 'a', title: 'A', start: '2025', actors: 'nope', topics: {}, sources: 3 }] },
      { events: [], actors: 'x', topics: 5 },
    ];
    for (const x of odd) expect(() => parseChronology(x)).not.toThrow();
  });
});

// ---------------------------------------------------------------------------
// parseChronology: event problems
// ---------------------------------------------------------------------------

describe('parseChronology: one bad event is reported and left out', () => {
  test("parseChronology(input) leaves out an event with start '2025-13-01' and reports 'events[1].start'", () => {
    const inp = valid();
    inp.events[1].start = '2025-13-01';
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'events[1].start',
      message: "'2025-13-01' is not a date: there is no month 13",
      severity: 'error',
      eventId: 'strike',
    });
    expect(ids(result)).not.toContain('strike');
    expect(result.chronology!.events).toHaveLength(3);
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event with start '2025-02-30' and says the month has no day 30", () => {
    const inp = valid();
    inp.events[2].start = '2025-02-30';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[2].start');
    expect(problem.message).toMatch(/no day 30/);
    expect(problem.eventId).toBe('inspectors');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose start has a time but no offset and says to add one', () => {
    const inp = valid();
    inp.events[1].start = '2025-06-22T02:10';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].start');
    expect(problem.message).toMatch(/no UTC offset/);
    expect(problem.message).toMatch(/add Z or an offset/);
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event with start '2025-06-22T25:00Z' and reports an invalid time of day", () => {
    const inp = valid();
    inp.events[1].start = '2025-06-22T25:00Z';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].start');
    expect(problem.message).toMatch(/not a valid time of day/);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose start is garbage text and says it is not ISO 8601', () => {
    const inp = valid();
    inp.events[0].start = 'last Tuesday';
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[0].start', eventId: 'talks-resume' });
    expect(problem.message).toBe("'last Tuesday' is not an ISO 8601 date or date-time");
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose start is a number and reports it', () => {
    const inp = valid();
    inp.events[0].start = 20250623;
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[0].start');
    expect(problem.message).toBe('must be a date string');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event with no start and says it is missing', () => {
    const inp = valid();
    delete inp.events[3].start;
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({
      path: 'events[3].start',
      message: 'is missing: an event needs a start, an end or both',
      eventId: 'month-summary',
    });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) keeps an event with only an end: drawn at its end, marked endOnly, and dated "until …"', () => {
    const inp = valid();
    inp.events[3].end = '2025-06-24';
    delete inp.events[3].start;
    delete inp.events[3].precision;
    const result = parseChronology(inp);
    expect(result.problems).toEqual([]);
    const e = result.chronology!.events.find((x) => x.id === 'month-summary')!;
    expect(e.endOnly).toBe(true);
    expect(e.start.iso).toBe('2025-06-24');
    expect(e.end).toBeUndefined();
    expect(e.precision).toBe('day');
    expect(formatEventDate(e, 'en-GB', 'UTC')).toBe('until Tue, 24 June 2025');
  });

  test('parseChronology(input) leaves out an event whose end is not a date and reports events[i].end', () => {
    const inp = valid();
    inp.events[2].end = '2025-06-31';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[2].end');
    expect(problem.message).toMatch(/no day 31/);
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event with no title and says 'is missing'", () => {
    const inp = valid();
    delete inp.events[1].title;
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'events[1].title', message: 'is missing', severity: 'error', eventId: 'strike' });
    expect(ids(result)).not.toContain('strike');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose title is an empty string', () => {
    const inp = valid();
    inp.events[1].title = '';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].title');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose title is a number and says what a title must be', () => {
    const inp = valid();
    inp.events[1].title = 7;
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].title');
    expect(problem.message).toBe('must be a non-empty string or an object of language → string');
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event with precision 'week' and lists the allowed values", () => {
    const inp = valid();
    inp.events[0].precision = 'week';
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[0].precision', eventId: 'talks-resume', severity: 'error' });
    expect(problem.message).toBe('must be one of year, month, day, hour, minute, second');
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event whose precision 'minute' is finer than its day start", () => {
    const inp = valid();
    inp.events[0].precision = 'minute';
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'events[0].precision',
      message: "'minute' is finer than the start '2025-06-23' states (day)",
      severity: 'error',
      eventId: 'talks-resume',
    });
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event whose precision 'second' is finer than a minute start", () => {
    const inp = valid();
    inp.events[1].precision = 'second';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].precision');
    expect(problem.message).toMatch(/finer than the start/);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose end is before its start and reports it', () => {
    const inp = valid();
    inp.events[2].end = '2025-06-21T23:00Z'; // start is 23:50Z
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'events[2].end',
      message: "'2025-06-21T23:00Z' is before the start '2025-06-21T23:50:00Z'",
      severity: 'error',
      eventId: 'inspectors',
    });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) compares end and start as instants across offsets', () => {
    const inp = valid();
    // 02:30 in Tehran is 23:00Z on the 21st, before the 23:50Z start, though "02:30" looks later.
    inp.events[2].end = '2025-06-22T02:30+03:30';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[2].end');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose calendar end day is before its start day', () => {
    const inp = valid();
    inp.events[0].end = '2025-06-20';
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[0].end', eventId: 'talks-resume' });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out the second of two events with the same id and reports it', () => {
    const inp = valid();
    inp.events.push({ id: 'strike', title: 'Another strike', start: '2025-06-24' });
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[4].id', severity: 'error', eventId: 'strike' });
    expect(problem.message).toMatch(/duplicate id 'strike'/);
    const kept = result.chronology!.events.filter((e) => e.id === 'strike');
    expect(kept).toHaveLength(1);
    expect(kept[0]!.inputIndex).toBe(1);
    expect(kept[0]!.title).toBe('Strike reported');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) keeps a later event whose id belonged to an earlier event that was left out', () => {
    const inp = valid();
    inp.events[1].start = 'bad';
    inp.events.push({ id: 'strike', title: 'Strike (corrected)', start: '2025-06-22T02:10+03:30' });
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].start');
    expect(result.chronology!.events.find((e) => e.id === 'strike')!.inputIndex).toBe(4);
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event naming an unknown actor and reports 'events[i].actors[j].id'", () => {
    const inp = valid();
    inp.events[1].actors = [{ id: 'usa' }, { id: 'atlantis' }];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'events[1].actors[1].id',
      message: "unknown actor 'atlantis': no actor in actors[] has this id",
      severity: 'error',
      eventId: 'strike',
    });
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an event naming an unknown topic and reports 'events[i].topics[j]'", () => {
    const inp = valid();
    inp.events[2].topics = ['nuclear', 'weather'];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'events[2].topics[1]',
      message: "unknown topic 'weather': no topic in topics[] has this id",
      severity: 'error',
      eventId: 'inspectors',
    });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out an event whose actor id is not a slug and reports the path', () => {
    const inp = valid();
    inp.events[1].actors = [{ id: 'USA' }];
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].actors[0].id');
    expect(problem.message).toMatch(/must be a slug/);
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out a source with URL 'javascript:alert(1)', reports it, and keeps the event", () => {
    const inp = valid();
    inp.events[0].sources = [
      { publisher: 'Evil', url: 'javascript:alert(1)' },
      { publisher: 'Good', url: 'https://example.com/good' },
    ];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'events[0].sources[0].url',
      message: "'javascript:alert(1)' is a javascript: URL: only http(s) and relative URLs are used; the source was left out",
      severity: 'warning',
      eventId: 'talks-resume',
    });
    const event = result.chronology!.events.find((e) => e.id === 'talks-resume')!;
    expect(event.sources).toEqual([{ publisher: 'Good', url: 'https://example.com/good' }]);
    expectEveryEventAccountedFor(inp, result);
  });

  test.each([
    ['JavaScript:alert(1)', /javascript: URL/],
    ['  javascript:alert(1)', /javascript: URL/],
    ['jav\tascript:alert(1)', /javascript: URL/],
    ['java\nscript:alert(1)', /javascript: URL/],
    ['\u0000javascript:alert(1)', /javascript: URL/],
    ['vbscript:msgbox(1)', /vbscript: URL/],
    ['data:text/html,<script>alert(1)</script>', /data: URL/],
    ['ftp://example.com/file', /ftp: URL/],
    ['file:///etc/passwd', /file: URL/],
    ['https://', /is not a URL/],
    ['https://exa mple.com', /is not a URL/],
    ['mailto:desk@example.com', /mailto: URL/],
  ])('parseChronology(input) leaves out and reports the source URL %j, keeping the event', (url, why) => {
    const inp = valid();
    inp.events[0].sources = [{ publisher: 'P', url }];
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[0].sources[0].url', severity: 'warning', eventId: 'talks-resume' });
    expect(problem.message).toMatch(why);
    expect(problem.message).toMatch(/the source was left out$/);
    expect(result.chronology!.events.find((e) => e.id === 'talks-resume')!.sources).toEqual([]);
    expectEveryEventAccountedFor(inp, result);
  });

  test.each([
    ['//example.com/a', 'https://news.example/data/june.json', 'https://example.com/a'],
    ['/relative/path', 'https://news.example/data/june.json', 'https://news.example/relative/path'],
    ['story.html#top', 'https://news.example/data/june.json', 'https://news.example/data/story.html#top'],
    ['jav&#x09;ascript:alert(1)', 'https://news.example/data/june.json', 'https://news.example/data/jav&#x09;ascript:alert(1)'],
  ])('parseChronology(input, {baseUrl}) resolves the relative source URL %j', (url, baseUrl, href) => {
    const inp = valid();
    inp.events[0].sources = [{ publisher: 'P', url }];
    const result = parseChronology(inp, { baseUrl });
    expect(result.problems).toEqual([]);
    expect(result.chronology!.events.find((e) => e.id === 'talks-resume')!.sources).toEqual([{ publisher: 'P', url: href }]);
  });

  test('parseChronology(input) without a base URL leaves out a relative source URL and says why', () => {
    const inp = valid();
    inp.events[0].sources = [{ publisher: 'P', url: '/relative/path' }];
    const { problem } = oneProblem(inp);
    expect(problem.message).toBe(
      "'/relative/path' is a relative URL and there is no base URL to resolve it against; the source was left out",
    );
  });

  test('parseChronology(input, {baseUrl}) refuses a relative URL that resolves to a file: URL', () => {
    const inp = valid();
    inp.events[0].sources = [{ publisher: 'P', url: 'a.html' }];
    const result = parseChronology(inp, { baseUrl: 'file:///tmp/x.json' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'events[0].sources[0].url', severity: 'warning' });
    expect(result.problems[0]!.message).toMatch(/file: URL/);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) shortens a very long refused URL in its message', () => {
    const inp = valid();
    const url = 'data:text/html;base64,' + 'A'.repeat(10_000);
    inp.events[0].sources = [{ publisher: 'P', url }];
    const { problem } = oneProblem(inp);
    expect(problem.message.length).toBeLessThan(200);
    expect(problem.message).toContain('…');
  });

  test('parseChronology(input) still reports other problems of a source whose URL was refused, at the same paths', () => {
    const inp = valid();
    inp.events[0].sources = [
      { publisher: 'P', url: 'javascript:x' },
      { publisher: '', url: 'https://example.com/' },
    ];
    const result = parseChronology(inp);
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['events[0].sources[0].url', 'warning'],
      ['events[0].sources[1].publisher', 'error'],
    ]);
    expect(ids(result)).not.toContain('talks-resume');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out event media with a javascript: URL, reports it, and keeps the event', () => {
    const inp = valid();
    inp.events[1].media = { url: 'javascript:alert(1)', alt: 'x' };
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[1].media.url', severity: 'warning', eventId: 'strike' });
    expect(problem.message).toMatch(/the media was left out$/);
    const e = result.chronology!.events.find((x) => x.id === 'strike')!;
    expect(e.media).toBeUndefined();
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) accepts http and https source URLs', () => {
    const inp = valid();
    inp.events[0].sources = [
      { publisher: 'A', url: 'http://example.com/a' },
      { publisher: 'B', url: 'https://example.com/b?x=1#y' },
    ];
    expect(parseChronology(inp).problems).toEqual([]);
  });

  test('parseChronology(input) leaves out an event with importance 6 or 2.5', () => {
    for (const importance of [0, 6, 2.5, '3']) {
      const inp = valid();
      inp.events[0].importance = importance;
      const { problem, result } = oneProblem(inp);
      expect(problem.path, String(importance)).toBe('events[0].importance');
      expectEveryEventAccountedFor(inp, result);
    }
  });

  test("parseChronology(input) leaves out an event with timeZone 'Mars/Olympus'", () => {
    const inp = valid();
    inp.events[1].timeZone = 'Mars/Olympus';
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[1].timeZone', message: 'is not an IANA time zone', eventId: 'strike' });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) reports a bad nested location latitude at events[i].location.lat', () => {
    const inp = valid();
    inp.events[1].location = { name: 'Somewhere', lat: 91 };
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].location.lat');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) reports an event id that is not a slug and uses it as eventId', () => {
    const inp = valid();
    inp.events[1].id = 'Strike Reported';
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'events[1].id', eventId: 'Strike Reported' });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) reports an event with no id without an eventId', () => {
    const inp = valid();
    delete inp.events[1].id;
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('events[1].id');
    expect(problem.message).toBe('is missing');
    expect(problem).not.toHaveProperty('eventId');
    expectEveryEventAccountedFor(inp, result);
  });

  test.each([[null], [42], ['an event'], [[]]])('parseChronology(input) reports an event that is %j at events[i]', (raw) => {
    const inp = valid();
    inp.events.splice(1, 0, raw);
    const result = parseChronology(inp);
    expect(result.problems.length).toBeGreaterThanOrEqual(1);
    for (const p of result.problems) expect(p.path.startsWith('events[1]'), p.path).toBe(true);
    expect(result.problems[0]).not.toHaveProperty('eventId');
    expect(result.chronology!.events).toHaveLength(4);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) gives one sentence per place when an event has several problems', () => {
    const inp = valid();
    inp.events[1] = { id: 'strike', start: '2025-99', title: 5, precision: 'week' };
    const result = parseChronology(inp);
    const paths = result.problems.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(['events[1].title', 'events[1].start', 'events[1].precision']));
    for (const p of result.problems) expect(p.eventId).toBe('strike');
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) with many kinds of bad events keeps exactly the good ones and names each bad one', () => {
    const inp = valid();
    inp.events.push(
      { id: 'bad-date', title: 'x', start: '2025-13-01' },
      { id: 'no-title', start: '2025-06-01' },
      { id: 'bad-precision', title: 'x', start: '2025-06-01', precision: 'fortnight' },
      { id: 'too-fine', title: 'x', start: '2025-06', precision: 'day' },
      { id: 'backwards', title: 'x', start: '2025-06-10', end: '2025-06-08' },
      { id: 'strike', title: 'dup', start: '2025-06-01' },
      { id: 'ghost-actor', title: 'x', start: '2025-06-01', actors: [{ id: 'ghost' }] },
      { id: 'ghost-topic', title: 'x', start: '2025-06-01', topics: ['ghost'] },
      { id: 'js-url', title: 'x', start: '2025-06-01', sources: [{ publisher: 'p', url: 'javascript:void 0' }] },
      { id: 'fine', title: 'Fine', start: '2025-06-15' },
    );
    const result = parseChronology(inp);
    // js-url loses its source (a warning) but is kept.
    expect(ids(result).sort()).toEqual(['fine', 'inspectors', 'js-url', 'month-summary', 'strike', 'talks-resume']);
    expect([...eventIndicesNamed(result.problems)].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect([...leftOutEvents(result.problems)].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(result.problems.map((p) => p.severity)).toEqual([...Array(8).fill('error'), 'warning']);
    expect(result.problems.map((p) => p.eventId)).toEqual([
      'bad-date',
      'no-title',
      'bad-precision',
      'too-fine',
      'backwards',
      'strike',
      'ghost-actor',
      'ghost-topic',
      'js-url',
    ]);
    expectEveryEventAccountedFor(inp, result);
  });
});

// ---------------------------------------------------------------------------
// parseChronology: actors, topics and the envelope
// ---------------------------------------------------------------------------

describe('parseChronology: bad actors and topics are reported and left out', () => {
  // Issue 21: a bad colour costs the topic its colour, not its place (nor its events).
  test("parseChronology(input) keeps a topic with colour 'blue' without its colour, and reports topics[i].color", () => {
    const inp = valid();
    inp.topics[1].color = 'blue';
    inp.events = [{ id: 'x', title: 'X', start: '2025', topics: ['diplomacy'] }];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'topics[1].color',
      message: "'blue' is not a hex colour: the default colour is used",
      severity: 'warning',
    });
    expect(result.chronology!.topics.map((t) => t.id)).toEqual(['nuclear', 'diplomacy']);
    expect(result.chronology!.topicsById.get('diplomacy')!.color).toBeUndefined();
    expect(ids(result)).toEqual(['x']);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) keeps the events of a topic with a bad colour, and reports the colour only', () => {
    const inp = valid();
    inp.topics[1].color = 'rgb(1,2,3)';
    const result = parseChronology(inp);
    expect(result.problems.map((p) => p.path)).toEqual(['topics[1].color']);
    expect(ids(result)).toHaveLength(inp.events.length);
    expectEveryEventAccountedFor(inp, result);
  });

  test.each([['url(https://example.org/x)'], ['red;background:url(x)'], [12], [null]])(
    'parseChronology(input) keeps no colour but a colour: %j',
    (color) => {
      const inp = valid();
      inp.topics[0].color = color;
      const result = parseChronology(inp);
      expect(result.problems.map((p) => [p.path, p.severity])).toEqual([['topics[0].color', 'warning']]);
      expect(result.chronology!.topics[0]!.color).toBeUndefined();
    },
  );

  test.each([['#1f5fa8'], ['#C33'], ['#1f5fa880'], ['#abcd']])('parseChronology(input) accepts the topic colour %j', (color) => {
    const inp = valid();
    inp.topics[0].color = color;
    expect(parseChronology(inp).problems).toEqual([]);
  });

  test.each([['1f5fa8'], ['#12345'], ['#ggg'], ['red']])('parseChronology(input) refuses the topic colour %j', (color) => {
    const inp = valid();
    inp.topics[0].color = color;
    inp.events = [];
    const { problem } = oneProblem(inp);
    expect(problem.path).toBe('topics[0].color');
  });

  test('parseChronology(input) leaves out a topic with no label and reports topics[i].label as missing', () => {
    const inp = valid();
    delete inp.topics[0].label;
    inp.events = [];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'topics[0].label', message: 'is missing', severity: 'error' });
    expect(result.chronology!.topics.map((t) => t.id)).toEqual(['diplomacy']);
  });

  test('parseChronology(input) leaves out the second of two topics with the same id', () => {
    const inp = valid();
    inp.topics.push({ id: 'nuclear', label: 'Nuclear again', color: '#000000' });
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'topics[2].id', message: "duplicate id 'nuclear'", severity: 'error' });
    expect(result.chronology!.topics).toHaveLength(2);
    expect(result.chronology!.topicsById.get('nuclear')!.label).toBe('Nuclear');
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) leaves out an actor with kind 'alien' and reports actors[i].kind", () => {
    const inp = valid();
    inp.actors[2].kind = 'alien';
    inp.events = [{ id: 'x', title: 'X', start: '2025', actors: [{ id: 'iran' }] }];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({
      path: 'actors[2].kind',
      message: 'must be one of person, state, organization',
      severity: 'error',
    });
    expect(result.chronology!.actors.map((a) => a.id)).toEqual(['iran', 'usa']);
    expect(result.chronology!.actorsById.has('iaea')).toBe(false);
  });

  test('parseChronology(input) leaves out an actor with no name and reports actors[i].name as missing', () => {
    const inp = valid();
    delete inp.actors[0].name;
    inp.events = [];
    const { problem } = oneProblem(inp);
    expect(problem).toEqual({ path: 'actors[0].name', message: 'is missing', severity: 'error' });
  });

  test('parseChronology(input) leaves out an actor whose id is not a slug and reports actors[i].id', () => {
    const inp = valid();
    inp.actors.push({ id: 'Bad Id', name: 'B', kind: 'person' });
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('actors[3].id');
    expect(problem.message).toMatch(/must be a slug/);
    expect(result.chronology!.actors).toHaveLength(3);
  });

  test('parseChronology(input) leaves out the image of an actor whose image URL is javascript:, reports actors[i].image.url, keeps the actor', () => {
    const inp = valid();
    inp.actors[0].image = { url: 'javascript:alert(1)', alt: 'flag' };
    const { problem, result } = oneProblem(inp);
    expect(problem).toMatchObject({ path: 'actors[0].image.url', severity: 'warning' });
    expect(problem.message).toMatch(/the image was left out$/);
    expect(result.chronology!.actorsById.get('iran')).toEqual({ id: 'iran', name: 'Iran', kind: 'state' });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input, {baseUrl}) resolves a relative actor image URL', () => {
    const inp = valid();
    inp.actors[0].image = { url: 'img/iran.png', alt: 'flag' };
    const r = parseChronology(inp, { baseUrl: 'https://news.example/data/june.json' });
    expect(r.problems).toEqual([]);
    expect(r.chronology!.actorsById.get('iran')!.image).toEqual({ url: 'https://news.example/data/img/iran.png', alt: 'flag' });
  });

  test('parseChronology(input) leaves out the second of two actors with the same id', () => {
    const inp = valid();
    inp.actors.push({ id: 'usa', name: 'USA again', kind: 'state' });
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'actors[3].id', message: "duplicate id 'usa'", severity: 'error' });
    expect(result.chronology!.actors).toHaveLength(3);
    expect(result.chronology!.actorsById.get('usa')!.name).toEqual({ en: 'United States' });
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) leaves out events that name an actor left out, and reports each', () => {
    const inp = valid();
    inp.actors[0].kind = 'nation'; // iran: used by events[0] and events[1]
    const result = parseChronology(inp);
    expect(result.problems.map((p) => p.path)).toEqual(['actors[0].kind', 'events[0].actors[0].id', 'events[1].actors[1].id']);
    expect(ids(result).sort()).toEqual(['inspectors', 'month-summary']);
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) reports 'actors' that is not an array and carries on without actors", () => {
    const inp = valid();
    inp.actors = { iran: {} };
    inp.events = [{ id: 'x', title: 'X', start: '2025' }];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'actors', message: 'must be an array of actors', severity: 'error' });
    expect(result.chronology!.actors).toEqual([]);
    expect(result.chronology!.events).toHaveLength(1);
  });

  test("parseChronology(input) reports 'topics' that is not an array and carries on without topics", () => {
    const inp = valid();
    inp.topics = 'nuclear';
    inp.events = [{ id: 'x', title: 'X', start: '2025' }];
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'topics', message: 'must be an array of topics', severity: 'error' });
    expect(result.chronology!.topics).toEqual([]);
  });
});

describe('parseChronology: envelope problems are reported but events still come through', () => {
  test('parseChronology(input) with schemaVersion 2 reports it and keeps every event', () => {
    const inp = valid();
    inp.schemaVersion = 2;
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'schemaVersion', message: 'must be 1', severity: 'error' });
    expect(result.chronology!.events).toHaveLength(4);
    expect(result.chronology!.schemaVersion).toBe(1);
    expectEveryEventAccountedFor(inp, result);
  });

  test("parseChronology(input) with timeZone 'Mars/Olympus' reports it, drops the zone and keeps every event", () => {
    const inp = valid();
    inp.timeZone = 'Mars/Olympus';
    const { problem, result } = oneProblem(inp);
    expect(problem).toEqual({ path: 'timeZone', message: 'is not an IANA time zone', severity: 'error' });
    expect(result.chronology!.timeZone).toBeUndefined();
    expect(result.chronology!.events).toHaveLength(4);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) with no schemaVersion, id or title reports each as missing and fills defaults', () => {
    const inp = valid();
    delete inp.schemaVersion;
    delete inp.id;
    delete inp.title;
    const result = parseChronology(inp);
    expect(result.problems).toEqual([
      { path: 'schemaVersion', message: 'is missing', severity: 'error' },
      { path: 'id', message: 'is missing', severity: 'error' },
      { path: 'title', message: 'is missing', severity: 'error' },
    ]);
    expect(result.chronology!.id).toBe('chronology');
    expect(result.chronology!.title).toBe('');
    expect(result.chronology!.events).toHaveLength(4);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input) with a bad updatedAt reports it at updatedAt and leaves it out', () => {
    const inp = valid();
    inp.updatedAt = '2025-06-22T10:00';
    const { problem, result } = oneProblem(inp);
    expect(problem.path).toBe('updatedAt');
    expect(problem.message).toMatch(/no UTC offset/);
    expect(result.chronology!.updatedAt).toBeUndefined();
  });

  test('parseChronology(input) keeps a good updatedAt and description', () => {
    const inp = valid();
    inp.updatedAt = '2025-06-24T09:00+03:30';
    inp.description = { en: 'What happened' };
    const r = parseChronology(inp);
    expect(r.problems).toEqual([]);
    expect(r.chronology!.updatedAt).toBe('2025-06-24T09:00+03:30');
    expect(r.chronology!.description).toEqual({ en: 'What happened' });
  });

  test('parseChronology(input) reports envelope, topic, actor and event problems together, each in its own place', () => {
    const inp = valid();
    inp.schemaVersion = 2;
    inp.timeZone = 'Mars/Olympus';
    inp.topics.push({ id: 'bad', label: 'Bad', color: 'nope' });
    inp.actors.push({ id: 'iran', name: 'dup', kind: 'state' });
    inp.events[3].start = '2025-02-30';
    const result = parseChronology(inp);
    expect(result.problems.map((p) => p.path)).toEqual(['schemaVersion', 'timeZone', 'topics[2].color', 'actors[3].id', 'events[3].start']);
    // A bad colour is a warning (issue 21): the topic stays, with the default colour.
    expect(result.problems.map((p) => p.severity)).toEqual(['error', 'error', 'warning', 'error', 'error']);
    expect(result.chronology!.events).toHaveLength(3);
    expectEveryEventAccountedFor(inp, result);
  });
});

// ---------------------------------------------------------------------------
// formatProblem
// ---------------------------------------------------------------------------

describe('formatProblem', () => {
  test("formatProblem(problem) gives 'events[12].start: …'", () => {
    expect(
      formatProblem({
        path: 'events[12].start',
        message: "'2025-13-01' is not a date: there is no month 13",
        severity: 'error',
        eventId: 'x',
      }),
    ).toBe("events[12].start: '2025-13-01' is not a date: there is no month 13");
  });

  test('formatProblem(problem) formats a problem from parseChronology as one line', () => {
    const inp = valid();
    for (let i = 0; i < 9; i++) inp.events.push({ id: `e${i}`, title: 'x', start: '2025-06-01' });
    inp.events[12].start = '2025-13-01';
    const result = parseChronology(inp);
    expect(result.problems.map(formatProblem)).toEqual(["events[12].start: '2025-13-01' is not a date: there is no month 13"]);
  });

  test("formatProblem(fatal) gives '$: …' for the whole input", () => {
    const [p] = parseChronology('nope').problems;
    expect(formatProblem(p!)).toMatch(/^\$: the text is not valid JSON/);
  });
});

// ---------------------------------------------------------------------------
// JSON Schema
// ---------------------------------------------------------------------------

describe('JSON Schema from ChronologySchema', () => {
  const schema = toJsonSchema(ChronologySchema, { errorMode: 'ignore' }) as Record<string, any>;

  test("toJsonSchema(ChronologySchema, { errorMode: 'ignore' }) gives an object schema with events, actors and topics", () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['events', 'actors', 'topics', 'schemaVersion', 'id', 'title']));
    expect(schema.properties.events.type).toBe('array');
    expect(schema.properties.actors.type).toBe('array');
    expect(schema.properties.topics.type).toBe('array');
  });

  test('toJsonSchema(ChronologySchema) requires schemaVersion, id, title and events but not actors or topics', () => {
    expect([...schema.required].sort()).toEqual(['events', 'id', 'schemaVersion', 'title']);
    expect(schema.properties.schemaVersion).toEqual({ const: 1 });
  });

  test('toJsonSchema(ChronologySchema) gives event start TIME_VALUE_PATTERN with RFC 9557 annotations allowed after it', () => {
    const start = schema.properties.events.items.properties.start;
    expect(start.type).toBe('string');
    expect(typeof start.pattern).toBe('string');
    expect(start.pattern).toBe(ANNOTATED_TIME_PATTERN);
    expect(start.pattern.startsWith(TIME_VALUE_PATTERN.slice(0, -1))).toBe(true);
    const re = new RegExp(start.pattern);
    expect(re.test('2025-06-21T19:50-04:00[America/New_York]')).toBe(true);
    expect(re.test('2025-06-21T19:50-04:00[!America/New_York][u-ca=persian]~')).toBe(true);
    expect(re.test('2025-06-21T19:50-04:00[America/New_York')).toBe(false);
    expect(typeof start.description).toBe('string');
    // An event may have only an end: the schema requires neither (the parser requires one of them).
    expect(schema.properties.events.items.required).toEqual(expect.arrayContaining(['id', 'title']));
    expect(schema.properties.events.items.required).not.toContain('start');
  });

  test('toJsonSchema(ChronologySchema) event start pattern accepts offset date-times and refuses a date-time without one', () => {
    const re = new RegExp(schema.properties.events.items.properties.start.pattern);
    expect(re.test('2025-06-22T02:10:00+03:30')).toBe(true);
    expect(re.test('2025-06-23')).toBe(true);
    expect(re.test('2025-06~')).toBe(true);
    expect(re.test('2025-06-22T02:10')).toBe(false);
  });

  test('toJsonSchema(ChronologySchema) lists the precisions and actor kinds as enums', () => {
    expect(schema.properties.events.items.properties.precision.enum).toEqual(['year', 'month', 'day', 'hour', 'minute', 'second']);
    expect(schema.properties.actors.items.properties.kind.enum).toEqual(['person', 'state', 'organization']);
  });

  test('toJsonSchema(ChronologySchema) gives source url an http(s) pattern and topic colour a hex pattern', () => {
    const url = new RegExp(schema.properties.events.items.properties.sources.items.properties.url.pattern);
    expect(url.test('https://example.com/a')).toBe(true);
    expect(url.test('javascript:alert(1)')).toBe(false);
    const color = new RegExp(schema.properties.topics.items.properties.color.pattern);
    expect(color.test('#1f5fa8')).toBe(true);
    expect(color.test('blue')).toBe(false);
  });

  test('toJsonSchema(ChronologySchema) output survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe('parseChronology: cases fixed after review', () => {
  const withEvent = (event: Json) => {
    const input = valid();
    input.events.push(event);
    return { input, result: parseChronology(input) };
  };

  test('parseChronology(input) refuses a calendar end in the day before a calendar start', () => {
    const { result } = withEvent({ id: 'backwards-day', title: 'Backwards', start: '2025-06-10', end: '2025-06-09' });
    expect(result.problems.map(formatProblem)).toEqual(["events[4].end: '2025-06-09' is before the start '2025-06-10'"]);
    expect(result.chronology!.events.map((e) => e.id)).not.toContain('backwards-day');
  });

  test('parseChronology(input) accepts a minute end that contains a start with seconds', () => {
    const { result } = withEvent({ id: 'same-minute', title: 'Same minute', start: '2025-06-22T02:10:30Z', end: '2025-06-22T02:10Z' });
    expect(result.problems).toEqual([]);
  });

  test('parseChronology(input) refuses an empty localized title', () => {
    const { result } = withEvent({ id: 'empty-title', title: {}, start: '2025-06-10' });
    expect(result.problems.map((p) => p.path)).toEqual(['events[4].title']);
  });

  test('parseChronology(input) says an event refers to an invalid topic, not an unknown one', () => {
    const input = valid();
    delete input.topics[0].label;
    const { problems } = parseChronology(input);
    const eventProblems = problems.filter((p) => p.path.startsWith('events'));
    expect(eventProblems.length).toBeGreaterThan(0);
    for (const p of eventProblems) expect(p.message).toBe("topic 'nuclear' was left out because it is invalid (see topics[0])");
  });
});

describe('parseChronology: dev mode reports unknown fields as warnings', () => {
  const withExtras = () => {
    const inp = valid();
    inp.colour = 'red';
    inp.events[0].sumary = 'typo';
    inp.events[0].sources[0].extra = 1;
    inp.events[2]['odd key'] = true;
    inp.actors[1].twitter = '@x';
    inp.topics[0].icon = 'atom';
    return inp;
  };

  test('parseChronology(input) ignores unknown fields and reports nothing by default', () => {
    const inp = withExtras();
    const result = parseChronology(inp);
    expect(result.problems).toEqual([]);
    expect(result.chronology!.events).toHaveLength(4);
    expect(result.chronology!.events.find((e) => e.id === 'talks-resume')).not.toHaveProperty('sumary');
  });

  test('parseChronology(input, {dev: true}) reports each unknown field as a warning with its path and keeps everything', () => {
    const inp = withExtras();
    const result = parseChronology(inp, { dev: true });
    // Depth first, in the input's own key order: actors, topics and events come before the added 'colour'.
    expect(result.problems.map((p) => [p.path, p.severity])).toEqual([
      ['actors[1].twitter', 'warning'],
      ['topics[0].icon', 'warning'],
      ['events[0].sources[0].extra', 'warning'],
      ['events[0].sumary', 'warning'],
      ['events[2]["odd key"]', 'warning'],
      ['colour', 'warning'],
    ]);
    expect(result.problems[3]!.message).toBe("unknown field 'sumary' (ignored)");
    expect(result.chronology!.events).toHaveLength(4);
    expect(leftOutEvents(result.problems).size).toBe(0);
    expectEveryEventAccountedFor(inp, result);
  });

  test('parseChronology(input, {dev: true}) does not take prototype names such as constructor for known fields', () => {
    const inp = valid();
    inp.events[0].constructor = 'x';
    inp.events[0].toString = 'y';
    const result = parseChronology(inp, { dev: true });
    expect(result.problems.map((p) => p.path)).toEqual(['events[0].constructor', 'events[0].toString']);
  });

  test('globalThis.CHRONOLINE_DEV = true switches dev mode on when no option is given', () => {
    globalThis.CHRONOLINE_DEV = true;
    try {
      expect(parseChronology(withExtras()).problems).toHaveLength(6);
      expect(parseChronology(withExtras(), { dev: false }).problems).toEqual([]);
    } finally {
      delete globalThis.CHRONOLINE_DEV;
    }
    expect(parseChronology(withExtras()).problems).toEqual([]);
  });
});

describe('parseChronology: large and odd but valid input', () => {
  const base = () => ({ schemaVersion: 1, id: 'odd', title: 'Odd' });

  test('parseChronology(input) accepts 0 events', () => {
    const r = parseChronology({ ...base(), events: [] });
    expect(r.problems).toEqual([]);
    expect(r.eventsIn).toBe(0);
    expect(r.chronology!.events).toEqual([]);
  });

  test('parseChronology(input) accepts 1 event with no actors, topics or sources', () => {
    const r = parseChronology({ ...base(), events: [{ id: 'only', title: 'Only', start: '2025-06-23' }] });
    expect(r.problems).toEqual([]);
    expect(r.chronology!.events.map((e) => [e.id, e.actors, e.topics, e.sources])).toEqual([['only', [], [], []]]);
  });

  test('parseChronology(input) keeps a 2,000-character title as it is', () => {
    const title = 'Talks '.repeat(400).slice(0, 2000);
    const r = parseChronology({ ...base(), title, events: [{ id: 'e', title, start: '2025-06-23' }] });
    expect(r.problems).toEqual([]);
    expect(r.chronology!.title).toBe(title);
    expect(r.chronology!.events[0]!.title).toBe(title);
  });

  test('parseChronology(input) accepts 5,000 events on one day, in input order', () => {
    const events = Array.from({ length: 5000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: '2025-06-23' }));
    const r = parseChronology({ ...base(), events });
    expect(r.problems).toEqual([]);
    expect(r.eventsIn).toBe(5000);
    expect(r.chronology!.events).toHaveLength(5000);
    expect(r.chronology!.events[4999]!.id).toBe('e4999');
  });
});
