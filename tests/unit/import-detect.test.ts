import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import data from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import { detectFormat, importChronology } from '../../src/import/index.js';
import { parseChronology } from '../../src/schema/index.js';

const FIXTURES = new URL('../fixtures/timelinejs/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('detectFormat()', () => {
  test.each([
    ['welcome.json', 'timelinejs'],
    ['eras.json', 'timelinejs'],
    ['sheets-template.csv', 'csv'],
    ['women-in-computing.csv', 'csv'],
  ])('fixture %s is %s, as text and (for JSON) as an object', (name, format) => {
    const text = fixture(name);
    expect(detectFormat(text)).toBe(format);
    if (name.endsWith('.json')) expect(detectFormat(JSON.parse(text))).toBe(format);
  });

  test('the shipped chronology is chronoline, as object and as text', () => {
    expect(detectFormat(data)).toBe('chronoline');
    expect(detectFormat(JSON.stringify(data))).toBe('chronoline');
    expect(detectFormat({ events: [{ id: 'a', title: 'A', start: '2025' }] })).toBe('chronoline');
  });

  test.each([
    [{ events: [{ start_date: { year: 2000 } }] }, 'timelinejs'],
    [{ title: { text: { headline: 'x' } } }, 'timelinejs'],
    [{ eras: [] }, 'timelinejs'],
    ['\uFEFFid,start,title\na,2025,A', 'csv'],
    ['Year,Month,Headline', 'csv'],
    ['when,what\n2025,x', 'unknown'],
    ['{ broken json', 'unknown'],
    ['[1,2]', 'unknown'],
    [{}, 'unknown'],
    [null, 'unknown'],
    [42, 'unknown'],
    [[{ start_date: {} }], 'unknown'],
  ])('detectFormat(%j) is %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });
});

describe('importChronology()', () => {
  test("'auto' reads every fixture into input parseChronology accepts", () => {
    for (const name of ['welcome.json', 'eras.json', 'sheets-template.csv', 'women-in-computing.csv']) {
      const r = importChronology(fixture(name), 'auto');
      expect(
        r.problems.filter((p) => p.severity === 'fatal' || p.severity === 'error'),
        name,
      ).toEqual([]);
      const parsed = parseChronology(r.chronology);
      expect(parsed.problems, name).toEqual([]);
      expect(parsed.chronology!.events.length, name).toBe(r.eventsIn);
    }
  });

  test('chronoline input is passed through for parseChronology to validate', () => {
    const r = importChronology(JSON.stringify(data), 'chronoline');
    expect(r.chronology).toEqual(data);
    expect(r).toMatchObject({ problems: [], eventsIn: data.events.length });
    expect(importChronology(data).chronology).toBe(data);
  });

  test('an explicit format wins over detection, and options reach the importer', () => {
    const r = importChronology('Year,Month,Day,Time,Headline\n2025,6,22,02:10,Strike', 'csv', { timeZone: 'Asia/Tehran' });
    expect(r.chronology!.events[0]!.start).toBe('2025-06-22T02:10+03:30');
    expect(importChronology(fixture('welcome.json'), 'csv').problems[0]).toMatchObject({ severity: 'fatal', path: 'row 1' });
  });

  test('what cannot be read is one fatal problem, never an exception', () => {
    expect(importChronology('when,what', 'auto')).toMatchObject({ chronology: null, problems: [{ path: '$', severity: 'fatal' }] });
    expect(importChronology({ events: [] }, 'csv').problems[0]!.message).toBe('CSV input must be text, not object');
    expect(importChronology('{', 'chronoline').problems[0]!.message).toMatch(/^the text is not valid JSON/);
    expect(importChronology('x', 'xml' as never).problems[0]).toEqual({
      path: 'format',
      severity: 'fatal',
      message: "'xml' is not a format: use auto, chronoline, timelinejs, csv, acled, markwhen",
    });
  });
});
