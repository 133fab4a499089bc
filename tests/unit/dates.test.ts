import { describe, expect, test } from 'vitest';
import { PRECISIONS, TIME_VALUE_PATTERN, isCalendarPrecision, parseTimeValue, type TimePoint } from '../../src/time/dates.js';
import { periodEnd } from '../../src/schema/parse.js';

/** Parses a value that must be valid; fails the test with the reason otherwise. */
function ok(value: string): TimePoint {
  const r = parseTimeValue(value);
  if (typeof r === 'string') throw new Error(`expected '${value}' to parse, got: ${r}`);
  return r;
}

/** Parses a value that must be refused; returns the sentence. */
function refused(value: unknown): string {
  const r = parseTimeValue(value);
  expect(typeof r, `expected ${JSON.stringify(value)} to be refused`).toBe('string');
  return r as string;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseTimeValue: calendar values', () => {
  test("parseTimeValue('2025') gives year precision at UTC midnight of 1 January", () => {
    const t = ok('2025');
    expect(t).toEqual({
      iso: '2025',
      precision: 'year',
      approximate: false,
      instant: Date.UTC(2025, 0, 1),
      year: 2025,
      month: 1,
      day: 1,
    });
    expect(t.offsetMinutes).toBeUndefined();
  });

  test("parseTimeValue('2025-06') gives month precision at UTC midnight of the 1st", () => {
    const t = ok('2025-06');
    expect(t.precision).toBe('month');
    expect(t.iso).toBe('2025-06');
    expect(iso(t.instant)).toBe('2025-06-01T00:00:00.000Z');
    expect([t.year, t.month, t.day]).toEqual([2025, 6, 1]);
    expect(t.offsetMinutes).toBeUndefined();
  });

  test("parseTimeValue('2025-06-23') gives day precision at UTC midnight of that day", () => {
    const t = ok('2025-06-23');
    expect(t.precision).toBe('day');
    expect(iso(t.instant)).toBe('2025-06-23T00:00:00.000Z');
    expect([t.year, t.month, t.day]).toEqual([2025, 6, 23]);
    expect(t.approximate).toBe(false);
    expect(t.offsetMinutes).toBeUndefined();
  });

  test("parseTimeValue('2024-02-29') accepts the leap day of a leap year", () => {
    expect(ok('2024-02-29').day).toBe(29);
    expect(ok('2000-02-29').day).toBe(29);
  });

  test("parseTimeValue('2025-12-31') accepts the last day of the year", () => {
    expect(iso(ok('2025-12-31').instant)).toBe('2025-12-31T00:00:00.000Z');
  });

  test('parseTimeValue(value) trims surrounding white space and leaves it out of iso', () => {
    const t = ok('  2025-06-23\n');
    expect(t.iso).toBe('2025-06-23');
    expect(t.precision).toBe('day');
  });
});

describe('parseTimeValue: date-times', () => {
  test("parseTimeValue('2025-06-22T02:10Z') gives minute precision, offset 0 and the UTC instant", () => {
    const t = ok('2025-06-22T02:10Z');
    expect(t.precision).toBe('minute');
    expect(t.offsetMinutes).toBe(0);
    expect(iso(t.instant)).toBe('2025-06-22T02:10:00.000Z');
    expect([t.year, t.month, t.day]).toEqual([2025, 6, 22]);
  });

  test("parseTimeValue('2025-06-21T23:50:00Z') gives second precision", () => {
    const t = ok('2025-06-21T23:50:00Z');
    expect(t.precision).toBe('second');
    expect(iso(t.instant)).toBe('2025-06-21T23:50:00.000Z');
  });

  test("parseTimeValue('2025-06-21T23:50:07Z') keeps the seconds in the instant", () => {
    expect(iso(ok('2025-06-21T23:50:07Z').instant)).toBe('2025-06-21T23:50:07.000Z');
  });

  test("parseTimeValue('2025-06-22T02:10:00+03:30') gives the instant 2025-06-21T22:40:00Z", () => {
    const t = ok('2025-06-22T02:10:00+03:30');
    expect(iso(t.instant)).toBe('2025-06-21T22:40:00.000Z');
    expect(t.offsetMinutes).toBe(210);
    expect(t.precision).toBe('second');
    expect(t.iso).toBe('2025-06-22T02:10:00+03:30');
  });

  test("parseTimeValue(value) keeps the calendar fields as written in the value's own offset, not UTC", () => {
    // 02:10 on the 22nd in Tehran is still the 21st in UTC.
    const t = ok('2025-06-22T02:10+03:30');
    expect([t.year, t.month, t.day]).toEqual([2025, 6, 22]);
    expect(new Date(t.instant).getUTCDate()).toBe(21);
  });

  test("parseTimeValue('2025-06-21T19:30-04:00') reads a negative offset (instant 23:30Z)", () => {
    const t = ok('2025-06-21T19:30-04:00');
    expect(t.offsetMinutes).toBe(-240);
    expect(iso(t.instant)).toBe('2025-06-21T23:30:00.000Z');
  });

  test("parseTimeValue('2025-06-22T02:10+0330') reads an offset without a colon like +03:30", () => {
    const a = ok('2025-06-22T02:10+0330');
    const b = ok('2025-06-22T02:10+03:30');
    expect(a.offsetMinutes).toBe(210);
    expect(a.instant).toBe(b.instant);
  });

  test("parseTimeValue('2025-06-22T00:30-0930') reads a negative offset with minutes and no colon", () => {
    const t = ok('2025-06-22T00:30-0930');
    expect(t.offsetMinutes).toBe(-570);
    expect(iso(t.instant)).toBe('2025-06-22T10:00:00.000Z');
  });

  test('parseTimeValue(value) gives the same instant for one moment written in different offsets', () => {
    const values = ['2025-06-21T22:40Z', '2025-06-22T02:10+03:30', '2025-06-21T18:40-04:00', '2025-06-22T00:40+0200'];
    const instants = values.map((v) => ok(v).instant);
    expect(new Set(instants).size).toBe(1);
  });

  test('parseTimeValue(value) crosses a year boundary when the offset does', () => {
    const t = ok('2026-01-01T01:00+03:00');
    expect(iso(t.instant)).toBe('2025-12-31T22:00:00.000Z');
    expect(t.year).toBe(2026);
  });

  test("parseTimeValue('2025-06-22T02:10+14:00') accepts the largest real offset", () => {
    expect(ok('2025-06-22T02:10+14:00').offsetMinutes).toBe(840);
  });

  test("parseTimeValue('2025-06-22T02:10:00.250Z') accepts fractional seconds and keeps second precision", () => {
    const t = ok('2025-06-22T02:10:00.250Z');
    expect(t.precision).toBe('second');
    expect(t.iso).toBe('2025-06-22T02:10:00.250Z');
    // The whole second is kept; the fraction is not carried into the instant (see report).
    expect(Math.floor(t.instant / 1000) * 1000).toBe(Date.UTC(2025, 5, 22, 2, 10, 0));
  });

  test("parseTimeValue('2025-06-22T00:00Z') accepts midnight and parseTimeValue('…T23:59:59Z') the last second", () => {
    expect(iso(ok('2025-06-22T00:00Z').instant)).toBe('2025-06-22T00:00:00.000Z');
    expect(iso(ok('2025-06-22T23:59:59Z').instant)).toBe('2025-06-22T23:59:59.000Z');
  });
});

describe('parseTimeValue: approximate values', () => {
  test("parseTimeValue('2025-06~') sets approximate and leaves the '~' out of iso", () => {
    const t = ok('2025-06~');
    expect(t.approximate).toBe(true);
    expect(t.iso).toBe('2025-06');
    expect(t.precision).toBe('month');
  });

  test("parseTimeValue('2025~') sets approximate on a year", () => {
    const t = ok('2025~');
    expect(t).toMatchObject({ iso: '2025', approximate: true, precision: 'year' });
  });

  test("parseTimeValue('2025-06-22T02:10+03:30~') sets approximate on a date-time without changing the instant", () => {
    const approx = ok('2025-06-22T02:10+03:30~');
    const exact = ok('2025-06-22T02:10+03:30');
    expect(approx.approximate).toBe(true);
    expect(exact.approximate).toBe(false);
    expect(approx.iso).toBe('2025-06-22T02:10+03:30');
    expect(approx.instant).toBe(exact.instant);
    expect(approx.precision).toBe('minute');
  });

  test("parseTimeValue('2025~~') refuses a doubled '~'", () => {
    refused('2025~~');
  });

  test("parseTimeValue('~2025') refuses a leading '~'", () => {
    refused('~2025');
  });
});

describe('parseTimeValue: refusals', () => {
  test("parseTimeValue('2025-13-01') refuses month 13 and says so", () => {
    const why = refused('2025-13-01');
    expect(why).toContain('2025-13-01');
    expect(why).toMatch(/month 13/);
  });

  test("parseTimeValue('2025-13') refuses month 13 in a month value", () => {
    expect(refused('2025-13')).toMatch(/month 13/);
  });

  test("parseTimeValue('2025-00-10') refuses month 00", () => {
    expect(refused('2025-00-10')).toMatch(/month 00/);
  });

  test("parseTimeValue('2025-02-30') refuses a day the month does not have", () => {
    const why = refused('2025-02-30');
    expect(why).toContain("'2025-02-30'");
    expect(why).toMatch(/no day 30/);
  });

  test("parseTimeValue('2025-02-29') refuses 29 February in a common year", () => {
    expect(refused('2025-02-29')).toMatch(/no day 29/);
    expect(refused('1900-02-29')).toMatch(/no day 29/);
  });

  test("parseTimeValue('2025-04-31') refuses 31 April", () => {
    expect(refused('2025-04-31')).toMatch(/no day 31/);
  });

  test("parseTimeValue('2025-06-00') refuses day 00", () => {
    expect(refused('2025-06-00')).toMatch(/no day 00/);
  });

  test("parseTimeValue('2025-02-30T10:00Z') refuses a bad day even in a date-time", () => {
    expect(refused('2025-02-30T10:00Z')).toMatch(/no day 30/);
  });

  test("parseTimeValue('2025-06-22T25:00Z') refuses hour 25", () => {
    const why = refused('2025-06-22T25:00Z');
    expect(why).toContain('2025-06-22T25:00Z');
    expect(why).toMatch(/not a valid time of day/);
  });

  test("parseTimeValue('2025-06-22T24:00Z') refuses hour 24", () => {
    expect(refused('2025-06-22T24:00Z')).toMatch(/time of day/);
  });

  test("parseTimeValue('2025-06-22T12:60Z') and ('…T12:00:60Z') refuse minute 60 and second 60", () => {
    expect(refused('2025-06-22T12:60Z')).toMatch(/time of day/);
    expect(refused('2025-06-22T12:00:60Z')).toMatch(/time of day/);
  });

  test("parseTimeValue('2025-06-22T02:10') refuses a date-time with no offset and says to add one", () => {
    const why = refused('2025-06-22T02:10');
    expect(why).toContain('2025-06-22T02:10');
    expect(why).toMatch(/no UTC offset/);
    expect(why).toMatch(/add Z or an offset/);
  });

  test("parseTimeValue('2025-06-22T02:10:00') refuses a date-time with seconds and no offset", () => {
    expect(refused('2025-06-22T02:10:00')).toMatch(/add Z or an offset/);
  });

  test("parseTimeValue('2025-06-22T02:10+15:00') refuses an offset beyond ±14 hours", () => {
    expect(refused('2025-06-22T02:10+15:00')).toMatch(/impossible UTC offset \+15:00/);
  });

  test("parseTimeValue('2025-06-22T02:10+03:60') refuses offset minutes of 60", () => {
    expect(refused('2025-06-22T02:10+03:60')).toMatch(/impossible UTC offset/);
  });

  test.each([[42], [null], [undefined], [true], [{ year: 2025 }], [['2025']], [new Date(Date.UTC(2025, 5, 22))]])(
    'parseTimeValue(%j) refuses a value that is not a string',
    (value) => {
      expect(refused(value)).toMatch(/is not a date string$/);
    },
  );

  test('parseTimeValue(42) names the value in its sentence', () => {
    expect(parseTimeValue(42)).toBe('42 is not a date string');
  });

  test.each([
    [''],
    ['yesterday'],
    ['June 22, 2025'],
    ['22/06/2025'],
    ['2025-6-22'],
    ['25-06-22'],
    ['20250622'],
    ['2025-06-22 02:10Z'],
    ['2025-06-22T02Z'],
    ['2025-06-22T2:10Z'],
    ['2025-06-22T02:10+3:30'],
    ['2025-06-22T02:10+03'],
    ['2025-06-22T02:10 +03:30'],
    ['2025-06-22T02:10:00.Z'],
    ['2025-06-22T02:10:00.1234567890Z'],
    ['2025-06-22T02:10UTC'],
    ['2025-W25'],
    ['-2025'],
    ['2025-06-22garbage'],
  ])('parseTimeValue(%j) refuses text that is not an ISO 8601 date or date-time', (value) => {
    expect(refused(value)).toMatch(/is not an ISO 8601 date or date-time/);
  });
});

describe('TIME_VALUE_PATTERN (the JSON Schema pattern)', () => {
  const re = new RegExp(TIME_VALUE_PATTERN);

  test.each([
    ['2025'],
    ['2025-06'],
    ['2025-06-23'],
    ['2025-06-22T02:10Z'],
    ['2025-06-22T02:10:00+03:30'],
    ['2025-06-22T02:10-0400'],
    ['2025-06-22T02:10:00.5Z'],
    ['2025-06~'],
  ])('TIME_VALUE_PATTERN matches %j, which parseTimeValue accepts', (value) => {
    expect(re.test(value)).toBe(true);
    expect(typeof parseTimeValue(value)).toBe('object');
  });

  test("TIME_VALUE_PATTERN does not match '2025-06-22T02:10', a date-time without an offset", () => {
    expect(re.test('2025-06-22T02:10')).toBe(false);
  });
});

describe('periodEnd', () => {
  test("periodEnd(parseTimeValue('2025-06-23')) is UTC midnight of the next day", () => {
    expect(iso(periodEnd(ok('2025-06-23')))).toBe('2025-06-24T00:00:00.000Z');
  });

  test("periodEnd(parseTimeValue('2025-06-30')) rolls a day over into the next month", () => {
    expect(iso(periodEnd(ok('2025-06-30')))).toBe('2025-07-01T00:00:00.000Z');
  });

  test("periodEnd(parseTimeValue('2025-12-31')) rolls a day over into the next year", () => {
    expect(iso(periodEnd(ok('2025-12-31')))).toBe('2026-01-01T00:00:00.000Z');
  });

  test("periodEnd(parseTimeValue('2024-02-28')) is 29 February in a leap year", () => {
    expect(iso(periodEnd(ok('2024-02-28')))).toBe('2024-02-29T00:00:00.000Z');
  });

  test("periodEnd(parseTimeValue('2025-06')) is the 1st of the next month", () => {
    expect(iso(periodEnd(ok('2025-06')))).toBe('2025-07-01T00:00:00.000Z');
  });

  test("periodEnd(parseTimeValue('2025-12')) is 1 January of the next year", () => {
    expect(iso(periodEnd(ok('2025-12')))).toBe('2026-01-01T00:00:00.000Z');
  });

  test("periodEnd(parseTimeValue('2025')) is 1 January of the next year", () => {
    expect(iso(periodEnd(ok('2025')))).toBe('2026-01-01T00:00:00.000Z');
  });

  test("periodEnd(parseTimeValue('2025-06-22T02:10Z')) is the next minute", () => {
    expect(iso(periodEnd(ok('2025-06-22T02:10Z')))).toBe('2025-06-22T02:11:00.000Z');
  });

  test("periodEnd(parseTimeValue('2025-06-22T02:10:05+03:30')) is the next second, from the UTC instant", () => {
    expect(iso(periodEnd(ok('2025-06-22T02:10:05+03:30')))).toBe('2025-06-21T22:40:06.000Z');
  });

  test('periodEnd(t) is after t.instant for every precision', () => {
    for (const value of ['2025', '2025-06', '2025-06-23', '2025-06-22T02:10+03:30', '2025-06-22T02:10:05-04:00']) {
      const t = ok(value);
      expect(periodEnd(t), value).toBeGreaterThan(t.instant);
    }
  });
});

describe('parseTimeValue edge cases fixed after review', () => {
  test("parseTimeValue('0050') is the year 50, not 1950", () => {
    expect(new Date(ok('0050').instant).getUTCFullYear()).toBe(50);
  });

  test("parseTimeValue('0000-02-29') accepts the leap day of ISO year 0", () => {
    expect(ok('0000-02-29').day).toBe(29);
  });

  test("parseTimeValue('2025-06-22T02:10:00.500Z') keeps the milliseconds", () => {
    expect(iso(ok('2025-06-22T02:10:00.500Z').instant)).toBe('2025-06-22T02:10:00.500Z');
  });
});

describe('isCalendarPrecision', () => {
  test('isCalendarPrecision(p) is true for year, month and day and false for hour, minute and second', () => {
    expect(PRECISIONS.filter(isCalendarPrecision)).toEqual(['year', 'month', 'day']);
  });

  test('PRECISIONS lists the units from coarsest to finest', () => {
    expect([...PRECISIONS]).toEqual(['year', 'month', 'day', 'hour', 'minute', 'second']);
  });
});
