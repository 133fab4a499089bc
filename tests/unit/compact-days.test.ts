// The phone chronology's date rail ("9" over "Aug"): when a day names its
// year too. A chronology over several years (TimelineJS's eras example, 602
// to 698) writes the year on every day, so "9 Aug" of 622 never reads as this
// year's; a chronology within one year names it on its first day, as the
// chart's axis names it once. Years 0–99 stay themselves (not 1900–1999).
import { describe, expect, test } from 'vitest';
import { compactDay, keyYear, spansYears } from '../../src/time/compact-days.js';

/** Every language of the catalogs, with the calendars the element offers. */
const LOCALES = ['en', 'de', 'es', 'fr', 'ru', 'ar', 'he', 'fa', 'fa-u-ca-gregory', 'he-u-ca-hebrew', 'ar-u-ca-islamic-umalqura'];

/** What Intl writes for a UTC date built with setUTCFullYear (years 0–99 included). */
function intl(locale: string, y: number, m: number, d: number, o: Intl.DateTimeFormatOptions) {
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o }).format(at);
}

describe('keyYear', () => {
  test('the year of a day key in the locale’s calendar; of a month or year key in the Gregorian one', () => {
    expect(keyYear('0622-08-09', 'en')).toBe('622');
    expect(keyYear('0622-08', 'en')).toBe('622');
    expect(keyYear('0602', 'en')).toBe('602');
    expect(keyYear('2025-06-23', 'en')).toBe('2025');
    // 23 June 2025 is 2 Tir 1404; "June 2025" is written Gregorian.
    expect(keyYear('2025-06-23', 'fa')).toBe('۱۴۰۴');
    expect(keyYear('2025-06', 'fa')).toBe('۲۰۲۵');
  });
  test('years 0–99 are not 1900–1999', () => {
    expect(keyYear('0050-06-01', 'en')).toBe('50');
    expect(keyYear('0001-01-01', 'en')).toBe('1');
    expect(keyYear('0099', 'en')).toBe('99');
  });
});

describe('spansYears', () => {
  test('TimelineJS’s eras example (602–698, days, months and years mixed) spans years', () => {
    expect(spansYears(['0602', '0604', '0622-08-09', '0627-12-12', '0632-06-08', '0698'], 'en')).toBe(true);
    expect(spansYears(['0622-08-09', '0622-08-23', '0627-12-12'], 'en')).toBe(true);
  });
  test('days of one year do not, in any order, with repeats; nor does no day or one', () => {
    expect(spansYears(['2025-06-23', '2025-06-01', '2025-06-23', '2025-12-31', '2025-06', '2025'], 'en')).toBe(false);
    expect(spansYears([], 'en')).toBe(false);
    expect(spansYears(['0050-06-01'], 'en')).toBe(false);
  });
  test('New Year’s Eve and Day are two years', () => {
    expect(spansYears(['2024-12-31', '2025-01-01'], 'en')).toBe(true);
  });
  test('years in the locale’s calendar: 10 and 30 March 2025 fall either side of Nowruz (1403, 1404)', () => {
    expect(spansYears(['2025-03-10', '2025-03-30'], 'en')).toBe(false);
    expect(spansYears(['2025-03-10', '2025-03-30'], 'fa')).toBe(true);
    expect(spansYears(['2025-03-10', '2025-03-30'], 'fa-u-ca-gregory')).toBe(false);
  });
  test('year 50 and year 1950 are two years', () => {
    expect(spansYears(['0050-06-01', '1950-06-01'], 'en')).toBe(true);
  });
});

describe('compactDay', () => {
  test('a day: its number over its short month, and the year below when asked', () => {
    expect(compactDay('0622-08-09', 'en', true)).toEqual({ big: '9', small: 'Aug', year: '622' });
    expect(compactDay('0622-08-09', 'en', false)).toEqual({ big: '9', small: 'Aug' });
    expect(compactDay('2025-06-23', 'en', true)).toEqual({ big: '23', small: 'Jun', year: '2025' });
  });
  test('a month names its year anyway; a year is itself', () => {
    expect(compactDay('0622-08', 'en', false)).toEqual({ big: 'Aug', small: '622' });
    expect(compactDay('0602', 'en', false)).toEqual({ big: '602', small: '' });
    expect(compactDay('0050', 'en', true)).toEqual({ big: '50', small: '' });
  });
  test.each(LOCALES)('%s: the day, month and year Intl writes for the date (years 622, 50 and 2025)', (locale) => {
    for (const [key, y, m, d] of [
      ['0622-08-09', 622, 8, 9],
      ['0050-06-01', 50, 6, 1],
      ['2025-06-23', 2025, 6, 23],
    ] as const) {
      const c = compactDay(key, locale, true);
      expect(c, key).toEqual({
        big: intl(locale, y, m, d, { day: 'numeric' }),
        small: intl(locale, y, m, d, { month: 'short' }),
        year: intl(locale, y, m, d, { year: 'numeric' }),
      });
      expect(c.year, `${key}: a year, not empty`).toMatch(/\p{N}/u);
      // Without the calendar's own years, the Gregorian year in the locale's digits (not 19xx for year 50).
      const { calendar, numberingSystem } = new Intl.DateTimeFormat(locale).resolvedOptions();
      if (calendar === 'gregory')
        expect(c.year!.replace(/[^\p{N}]/gu, ''), key).toBe(
          new Intl.NumberFormat(`en-u-nu-${numberingSystem}`, { useGrouping: false }).format(y),
        );
    }
  });
});
