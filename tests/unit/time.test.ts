import { describe, expect, test } from 'vitest';
import {
  instantToWall,
  isTimeZone,
  offsetName,
  wallToInstant,
  zonedDateKey,
  zonedMidnight,
  zoneOffsetMinutes,
} from '../../src/time/zone.js';
import { formatEventDate, formatShortDate } from '../../src/time/format.js';
import { H, event, juneEvent } from './fixtures.js';

/** The US strike on Fordow: 2025-06-22T02:10+03:30. */
const US_STRIKE = Date.UTC(2025, 5, 21, 22, 40);
const ZONES = ['UTC', 'Asia/Tehran', 'America/New_York', 'Europe/Moscow', 'Pacific/Kiritimati', 'Pacific/Honolulu', 'Asia/Kathmandu'];

describe('time/zone.ts', () => {
  const midJune = Date.UTC(2025, 5, 22, 12);

  test.each([
    ['Asia/Tehran', 210],
    ['America/New_York', -240],
    ['Europe/Moscow', 180],
    ['UTC', 0],
    ['Etc/UTC', 0],
    ['Pacific/Kiritimati', 840],
    ['Pacific/Honolulu', -600],
    ['Asia/Kathmandu', 345],
  ])('zoneOffsetMinutes(2025-06-22T12:00Z, %s) is %i', (zone, minutes) => {
    expect(zoneOffsetMinutes(midJune, zone)).toBe(minutes);
  });

  test('zoneOffsetMinutes(instant, "America/New_York") is -300 in January (standard time)', () => {
    expect(zoneOffsetMinutes(Date.UTC(2025, 0, 15), 'America/New_York')).toBe(-300);
  });

  test('zoneOffsetMinutes ignores sub-second parts of the instant', () => {
    expect(zoneOffsetMinutes(midJune + 999, 'Asia/Tehran')).toBe(210);
    expect(zoneOffsetMinutes(midJune + 59_999, 'America/New_York')).toBe(-240);
  });

  test('instantToWall(2025-06-21T22:40Z, "Asia/Tehran") reads 02:10 on 22 June', () => {
    expect(instantToWall(US_STRIKE, 'Asia/Tehran')).toBe(Date.UTC(2025, 5, 22, 2, 10));
    expect(instantToWall(US_STRIKE, 'America/New_York')).toBe(Date.UTC(2025, 5, 21, 18, 40));
    expect(instantToWall(US_STRIKE, 'UTC')).toBe(US_STRIKE);
  });

  test('wallToInstant(02:10 on 22 June, "Asia/Tehran") is 2025-06-21T22:40Z', () => {
    expect(wallToInstant(Date.UTC(2025, 5, 22, 2, 10), 'Asia/Tehran')).toBe(US_STRIKE);
  });

  test.each(ZONES)('wallToInstant(instantToWall(t, %s)) round-trips every 37 minutes through June 2025', (zone) => {
    for (let t = Date.UTC(2025, 5, 1); t < Date.UTC(2025, 6, 1); t += 37 * 60_000) {
      expect(wallToInstant(instantToWall(t, zone), zone)).toBe(t);
    }
  });

  test.each(ZONES)('instantToWall(wallToInstant(w, %s)) round-trips every wall hour of June 2025', (zone) => {
    for (let w = Date.UTC(2025, 5, 1); w < Date.UTC(2025, 6, 1); w += H) {
      expect(instantToWall(wallToInstant(w, zone), zone)).toBe(w);
    }
  });

  test('wallToInstant/instantToWall round-trip across the New York autumn DST change (2025-11-02)', () => {
    for (let t = Date.UTC(2025, 10, 1); t < Date.UTC(2025, 10, 4); t += 15 * 60_000) {
      expect(wallToInstant(instantToWall(t, 'America/New_York'), 'America/New_York') - t).toBeLessThanOrEqual(0);
      expect(instantToWall(wallToInstant(instantToWall(t, 'America/New_York'), 'America/New_York'), 'America/New_York')).toBe(
        instantToWall(t, 'America/New_York'),
      );
    }
  });

  test("zonedMidnight(2025, 6, 22, 'Asia/Tehran') is 2025-06-21T20:30Z", () => {
    expect(new Date(zonedMidnight(2025, 6, 22, 'Asia/Tehran')).toISOString()).toBe('2025-06-21T20:30:00.000Z');
  });

  test.each([
    ['UTC', '2025-06-22T00:00:00.000Z'],
    ['America/New_York', '2025-06-22T04:00:00.000Z'],
    ['Europe/Moscow', '2025-06-21T21:00:00.000Z'],
    ['Pacific/Kiritimati', '2025-06-21T10:00:00.000Z'],
    ['Pacific/Honolulu', '2025-06-22T10:00:00.000Z'],
  ])('zonedMidnight(2025, 6, 22, %s) is %s', (zone, iso) => {
    expect(new Date(zonedMidnight(2025, 6, 22, zone)).toISOString()).toBe(iso);
  });

  test('zonedMidnight rolls over month and year ends (2025-12-32 is 2026-01-01)', () => {
    expect(zonedMidnight(2025, 12, 32, 'Asia/Tehran')).toBe(zonedMidnight(2026, 1, 1, 'Asia/Tehran'));
    expect(zonedMidnight(2025, 13, 1, 'America/New_York')).toBe(zonedMidnight(2026, 1, 1, 'America/New_York'));
  });

  test.each([
    ['America/New_York', '2025-06-21'],
    ['UTC', '2025-06-21'],
    ['Asia/Tehran', '2025-06-22'],
  ])('zonedDateKey(US strike 2025-06-21T22:40Z, %s) is %s', (zone, key) => {
    expect(zonedDateKey(US_STRIKE, zone)).toBe(key);
  });

  test('zonedDateKey(zonedMidnight(y, m, d, zone), zone) is that date, and one ms earlier is the day before', () => {
    for (const zone of ZONES) {
      const m = zonedMidnight(2025, 6, 23, zone);
      expect(zonedDateKey(m, zone), zone).toBe('2025-06-23');
      expect(zonedDateKey(m - 1, zone), zone).toBe('2025-06-22');
    }
  });

  test("offsetName(instant, 'Asia/Tehran') is 'GMT+3:30'; New York 'GMT-4'; Moscow 'GMT+3'", () => {
    expect(offsetName(US_STRIKE, 'Asia/Tehran')).toBe('GMT+3:30');
    expect(offsetName(US_STRIKE, 'America/New_York')).toBe('GMT-4');
    expect(offsetName(US_STRIKE, 'Europe/Moscow')).toBe('GMT+3');
    expect(offsetName(US_STRIKE, 'UTC')).toMatch(/^GMT(\+0)?$/);
  });

  test('isTimeZone accepts IANA names and UTC, refuses made-up names', () => {
    expect(isTimeZone('Asia/Tehran')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('time/format.ts', () => {
  const day = event({ start: '2025-06-23', precision: 'day' });

  test('formatEventDate(day event 2025-06-23) names 23 June 2025 and no time or zone', () => {
    const text = formatEventDate(day, 'en');
    expect(text).toContain('June');
    expect(text).toContain('23');
    expect(text).toContain('2025');
    expect(text).not.toMatch(/GMT|\d\d:\d\d/);
  });

  test.each(['Pacific/Kiritimati', 'Pacific/Honolulu', 'Asia/Tehran', 'America/New_York'])(
    "formatEventDate(day event 2025-06-23, 'en', %s) stays 23 June (no zone shift)",
    (zone) => {
      const text = formatEventDate(day, 'en', zone);
      expect(text).toBe(formatEventDate(day, 'en', 'UTC'));
      expect(text).toMatch(/\b23\b/);
      expect(text).not.toMatch(/\b2[24]\b/);
      expect(formatEventDate(day, 'en-GB', zone)).toMatch(/^Mon,? 23 June 2025$/);
    },
  );

  test("formatEventDate(date-time event in Asia/Tehran) shows it in its own zone with 'GMT+3:30'", () => {
    const e = event({ start: '2025-06-22T02:10:00+03:30', timeZone: 'Asia/Tehran' });
    const text = formatEventDate(e, 'en-GB');
    expect(text).toContain('GMT+3:30');
    expect(text).toContain('02:10');
    expect(text).toContain('22 June 2025');
  });

  test("formatEventDate(date-time event, 'en-GB', 'America/New_York') converts to the given zone", () => {
    const e = event({ start: '2025-06-22T02:10:00+03:30', timeZone: 'Asia/Tehran' });
    const text = formatEventDate(e, 'en-GB', 'America/New_York');
    expect(text).toContain('GMT-4');
    expect(text).toContain('18:40');
    expect(text).toContain('21 June 2025');
  });

  test('formatEventDate(date-time event with no timeZone) falls back to UTC', () => {
    const e = event({ start: '2025-06-21T22:40:00Z' });
    expect(formatEventDate(e, 'en-GB')).toMatch(/22:40(:00)? (GMT|UTC)/);
  });

  test('formatEventDate(US strikes 02:10–02:35 +03:30) uses Intl formatRange, names the date once and the zone once', () => {
    const e = juneEvent('us-strikes-fordow-natanz-isfahan');
    const range = new Intl.DateTimeFormat('en', {
      timeZone: 'Asia/Tehran',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).formatRange(e.start.instant, e.end!.instant);
    const text = formatEventDate(e, 'en');
    expect(text.startsWith(range)).toBe(true);
    expect(text.match(/GMT\+3:30/g)).toHaveLength(1);
    expect(text.match(/2025/g)).toHaveLength(1);
    expect(text).toMatch(/2:10/);
    expect(text).toMatch(/2:35/);
  });

  test('formatEventDate(day range 2025-06-18 – 2025-06-21) uses Intl formatRange on the calendar days', () => {
    const e = juneEvent('spief-2025');
    const expected = new Intl.DateTimeFormat('en', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      weekday: 'short',
    }).formatRange(Date.UTC(2025, 5, 18), Date.UTC(2025, 5, 21));
    expect(formatEventDate(e, 'en')).toBe(expected);
    expect(formatEventDate(e, 'en', 'Pacific/Kiritimati')).toBe(expected);
    expect(formatEventDate(e, 'en')).toContain('18');
    expect(formatEventDate(e, 'en')).toContain('21');
  });

  test('formatEventDate(month event 2025-06) names the month only', () => {
    const e = event({ start: '2025-06' });
    expect(formatEventDate(e, 'en')).toBe('June 2025');
    expect(formatEventDate(e, 'en', 'Pacific/Kiritimati')).toBe('June 2025');
  });

  test("formatEventDate(approximate event) starts with 'about '", () => {
    const dayApprox = juneEvent('israel-launches-operation-rising-lion');
    expect(dayApprox.approximate).toBe(true);
    expect(formatEventDate(dayApprox, 'en')).toMatch(/^about \S/);
    expect(formatEventDate(dayApprox, 'en')).toBe(`about ${formatEventDate({ ...dayApprox, approximate: false }, 'en')}`);
    const tilde = event({ start: '2025-06-24T04:00:00+03:30~', timeZone: 'Asia/Tehran' });
    expect(formatEventDate(tilde, 'en')).toMatch(/^about .*GMT\+3:30/);
    expect(formatEventDate(day, 'en')).not.toMatch(/about/);
  });

  test("formatShortDate(day event 2025-06-23, 'en', 'Pacific/Honolulu') is 'Jun 23' with no zone shift", () => {
    expect(formatShortDate(day, 'en', 'Pacific/Honolulu')).toBe('Jun 23');
    expect(formatShortDate(day, 'en', 'Pacific/Kiritimati')).toBe('Jun 23');
  });
});

describe('years 0–99 stay years 0–99 (not 1900–1999, Date.UTC’s two-digit quirk)', () => {
  const at50 = (m: number, d: number) => {
    const t = new Date(0);
    t.setUTCFullYear(50, m - 1, d);
    return t.getTime();
  };

  test('formatEventDate and formatShortDate of days, ranges, months and years in the year 50', () => {
    const day = event({ start: '0050-06-23', precision: 'day' });
    // 23 June 50 was a Thursday; 23 June 1950 a Friday.
    expect(formatEventDate(day, 'en')).toBe('Thu, June 23, 50');
    const range = event({ start: '0050-06-23', end: '0050-06-25', precision: 'day' });
    expect(formatEventDate(range, 'en')).toMatch(/\b50$/);
    expect(formatEventDate(range, 'en')).not.toContain('19');
    expect(formatEventDate(event({ start: '0050-06', precision: 'month' }), 'en')).toBe('June 50');
    expect(formatEventDate(event({ start: '0050', precision: 'year' }), 'en')).toBe('50');
    expect(formatShortDate(event({ start: '0050', precision: 'year' }), 'en')).toBe('50');
    expect(formatShortDate(day, 'en')).toBe('Jun 23');
  });

  test.each(['UTC', 'Asia/Tehran'])('zonedMidnight(50, 6, 23, %s) is a day of the year 50', (zone) => {
    const m = zonedMidnight(50, 6, 23, zone);
    expect(Math.abs(m - at50(6, 23))).toBeLessThan(24 * H);
    expect(zonedDateKey(m, zone)).toBe('0050-06-23');
    // A month's end rolls over as for any year.
    expect(zonedDateKey(zonedMidnight(50, 13, 1, zone), zone)).toBe('0051-01-01');
  });
});
