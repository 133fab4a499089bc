import { describe, expect, test } from 'vitest';
import { parseAnnotatedTime, splitZoneAnnotation } from '../../src/time/rfc9557.js';

describe('splitZoneAnnotation', () => {
  test('a zone name, critical or not; tags ignored; calendars returned', () => {
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[America/New_York]')).toEqual({
      value: '2025-06-21T19:50-04:00',
      timeZone: 'America/New_York',
    });
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[!America/New_York]')).toEqual({
      value: '2025-06-21T19:50-04:00',
      timeZone: 'America/New_York',
      critical: true,
    });
    expect(splitZoneAnnotation('2025-06-22T02:10+03:30[Asia/Tehran][u-ca=persian]')).toEqual({
      value: '2025-06-22T02:10+03:30',
      timeZone: 'Asia/Tehran',
      calendar: 'persian',
    });
    expect(splitZoneAnnotation('2025-06-22T02:10+03:30[u-ca=persian]')).toEqual({ value: '2025-06-22T02:10+03:30', calendar: 'persian' });
    expect(splitZoneAnnotation('2025-06-22T02:10+03:30[!u-ca=persian]')).toEqual({ value: '2025-06-22T02:10+03:30', calendar: 'persian' });
    expect(splitZoneAnnotation('2025-06-22T02:10Z[Etc/UTC][_x-foo=bar][key=a-b-c]')).toEqual({
      value: '2025-06-22T02:10Z',
      timeZone: 'Etc/UTC',
    });
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[-04:00]')).toEqual({ value: '2025-06-21T19:50-04:00', offset: '-04:00' });
  });

  test('values without brackets, and the approximate ~ before or after them', () => {
    expect(splitZoneAnnotation('2025-06-23')).toEqual({ value: '2025-06-23' });
    expect(splitZoneAnnotation('2025-06-23~[Europe/Moscow]')).toEqual({ value: '2025-06-23~', timeZone: 'Europe/Moscow' });
    expect(splitZoneAnnotation('2025-06-23[Europe/Moscow]~')).toEqual({ value: '2025-06-23~', timeZone: 'Europe/Moscow' });
  });

  test('errors: unknown zones, critical unknown tags, malformed brackets', () => {
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[Mars/Olympus]').error).toMatch(/Mars\/Olympus is not a time zone/);
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[America/New_York][!foo=bar]').error).toMatch(/critical annotation \[!foo=bar\]/);
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[u-ca=persian][America/New_York]').error).toMatch(/time zone comes first/);
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[]').error).toBeDefined();
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[a b]').error).toBeDefined();
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[../etc]').error).toBeDefined();
    expect(splitZoneAnnotation('2025-06-21T19:50-04:00[!u-ca=persian][!u-ca=hebrew]').error).toMatch(/two different calendars/);
    // Brackets that are not at the end are not annotations: the value is returned as is (and parseTimeValue refuses it).
    expect(splitZoneAnnotation('2025[x]-06')).toEqual({ value: '2025[x]-06' });
  });
});

describe('parseAnnotatedTime', () => {
  test('the offset gives the instant, the bracket the zone', () => {
    const r = parseAnnotatedTime('2025-06-21T19:50-04:00[America/New_York]');
    expect(typeof r).toBe('object');
    if (typeof r === 'string') return;
    expect(r.point.instant).toBe(Date.UTC(2025, 5, 21, 23, 50));
    expect(r.timeZone).toBe('America/New_York');
    expect(r.point.precision).toBe('minute');
  });

  test("a date with a zone: the place's zone", () => {
    const r = parseAnnotatedTime('2025-06-23[Europe/Moscow]');
    expect(typeof r !== 'string' && r.timeZone).toBe('Europe/Moscow');
  });

  test('an offset that disagrees with the zone: an error when critical, else the zone is dropped with a warning', () => {
    expect(parseAnnotatedTime('2025-06-21T19:50-05:00[!America/New_York]')).toMatch(
      /offset -05:00 is not America\/New_York's at that time \(-04:00\)/,
    );
    const r = parseAnnotatedTime('2025-06-21T19:50-05:00[America/New_York]');
    expect(typeof r).toBe('object');
    if (typeof r === 'string') return;
    expect(r.timeZone).toBeUndefined();
    expect(r.warning).toMatch(/the zone is not kept/);
    expect(r.point.instant).toBe(Date.UTC(2025, 5, 22, 0, 50)); // the offset wins
    expect(parseAnnotatedTime('2025-06-21T19:50-04:00[!-05:00]')).toMatch(/offset -04:00 is not -05:00's/);
    // Winter: New York is −05:00.
    const winter = parseAnnotatedTime('2025-01-10T09:00-05:00[!America/New_York]');
    expect(typeof winter !== 'string' && winter.timeZone).toBe('America/New_York');
  });

  test('what parseTimeValue refuses is still refused', () => {
    expect(parseAnnotatedTime('2025-06-21T19:50[America/New_York]')).toMatch(/no UTC offset/);
    expect(parseAnnotatedTime('2025-13-01[Europe/Moscow]')).toMatch(/no month 13/);
    expect(parseAnnotatedTime(42)).toMatch(/not a date string/);
    expect(parseAnnotatedTime('2025-06-21T19:50-04:00[Nowhere/City]')).toMatch(/not a time zone/);
  });
});
