// Issue 5's pure logic on this story's real cases: calendars (axis ticks and
// labels checked against Intl), zones, end-only events, per-event zones in
// the list, and the mirrored (right-to-left) layout.
import { describe, expect, test } from 'vitest';
import { catalog, catalogLang, isRtlLang } from '../../src/i18n/catalogs.js';
import { computeTicks } from '../../src/layout/ticks.js';
import { computeTimelineLayout, prepareTimeline } from '../../src/layout/timeline-layout.js';
import { parseChronology, type TimelineEvent } from '../../src/schema/parse.js';
import { dayKey, formatDayKey, groupByDay } from '../../src/time/days.js';
import { formatEventDate, formatShortDate } from '../../src/time/format.js';
import { zonedMidnight } from '../../src/time/zone.js';
import raw from '../../src/data/june-2025-diplomacy.json';

const chronology = parseChronology(raw).chronology!;
const byId = new Map(chronology.events.map((e) => [e.id, e]));
const ev = (id: string) => byId.get(id)!;
const D = 86_400_000;

/** The calendar fields Intl gives for an instant, in a zone and calendar. */
function calendarParts(instant: number, calendar: string, zone: string) {
  const parts = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
    timeZone: zone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

describe('calendars: month and year ticks fall on that calendar’s months, labelled by Intl', () => {
  const june = [Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31)] as [number, number];

  test.each([
    ['fa', 'persian', 'Asia/Tehran'],
    ['en-u-ca-persian', 'persian', 'Asia/Tehran'],
    ['he-u-ca-hebrew', 'hebrew', 'Asia/Jerusalem'],
    ['ar-u-ca-islamic-umalqura', 'islamic-umalqura', 'Asia/Riyadh'],
    ['en', 'gregory', 'Europe/Moscow'],
  ])('%s: every month tick is the 1st of a %s month at midnight in %s, with the month name Intl gives', (locale, calendar, zone) => {
    const ticks = computeTicks(june, [0, 1000], { timeZone: zone, locale });
    expect(ticks.length).toBeGreaterThanOrEqual(10);
    const monthFmt = new Intl.DateTimeFormat(locale, { timeZone: zone, month: 'short', year: 'numeric' });
    for (const t of ticks) {
      const p = calendarParts(t.value, calendar, zone);
      expect(p.day, `${locale} ${new Date(t.value).toISOString()}`).toBe('1');
      expect([Number(p.hour), Number(p.minute)]).toEqual([0, 0]);
      expect(t.label).toBe(monthFmt.format(t.value));
    }
    // Consecutive ticks are consecutive months: 28 (February) to 31 days apart (a DST change moves an hour).
    for (let i = 1; i < ticks.length; i++) {
      const days = (ticks[i]!.value - ticks[i - 1]!.value) / D;
      expect(days).toBeGreaterThan(27.9);
      expect(days).toBeLessThan(31.1);
    }
  });

  test('Persian: the month tick of June 2025 is 1 Tir 1404 at Tehran midnight (2025-06-21T20:30Z), not 1 July', () => {
    const ticks = computeTicks(june, [0, 1000], { timeZone: 'Asia/Tehran', locale: 'en-u-ca-persian' });
    const tir = ticks.find((t) => t.label.startsWith('Tir'))!;
    expect(new Date(tir.value).toISOString()).toBe('2025-06-21T20:30:00.000Z');
    expect(tir.label).toBe('Tir 1404 AP');
    expect(ticks.some((t) => new Date(t.value).toISOString().startsWith('2025-06-30T20:30'))).toBe(false);
  });

  test('Persian year ticks fall on Nowruz (1 Farvardin)', () => {
    const ticks = computeTicks([Date.UTC(1990, 0, 1), Date.UTC(2025, 11, 31)], [0, 1000], { timeZone: 'UTC', locale: 'en-u-ca-persian' });
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) {
      const p = calendarParts(t.value, 'persian', 'UTC');
      expect([p.month, p.day]).toEqual(['Farvardin', '1']);
      expect(Number(p.year) % 5).toBe(0);
    }
  });

  test('Hebrew year ticks fall on 1 Tishri (Rosh Hashanah), counted through leap years', () => {
    const ticks = computeTicks([Date.UTC(2000, 0, 1), Date.UTC(2025, 11, 31)], [0, 1000], { timeZone: 'UTC', locale: 'en-u-ca-hebrew' });
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) expect(calendarParts(t.value, 'hebrew', 'UTC')).toMatchObject({ month: 'Tishri', day: '1' });
  });

  test('day labels in Persian: 23 June 2025 is 2 Tir 1404 (۲ تیر ۱۴۰۴)', () => {
    expect(formatDayKey('2025-06-23', 'fa')).toBe(
      new Intl.DateTimeFormat('fa', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
        Date.UTC(2025, 5, 23),
      ),
    );
    // The order of the parts is the locale's; the parts are 2, Tir, 1404 in Persian digits.
    expect(formatDayKey('2025-06-23', 'fa')).toMatch(/(^|\s)۲(\s|,|$)/);
    expect(formatDayKey('2025-06-23', 'fa')).toContain('تیر');
    expect(formatDayKey('2025-06-23', 'fa')).toContain('۱۴۰۴');
    expect(formatDayKey('2025-06-23', 'en-u-ca-persian')).toContain('Tir 2, 1404');
    expect(formatDayKey('2025-06-23', 'he-u-ca-hebrew')).toMatch(/27 בסיוון 5785|כ״ז בסיוון/);
    expect(formatDayKey('2025-06-23', 'ar-u-ca-islamic-umalqura')).toContain('ذو الحجة');
  });

  test('a month or a year as written stays Gregorian in every calendar ("June 2025" spans two Persian months)', () => {
    expect(formatDayKey('2025-06', 'fa')).toBe(
      new Intl.DateTimeFormat('fa-u-ca-gregory', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(Date.UTC(2025, 5, 1)),
    );
    expect(formatDayKey('2025-06', 'fa')).toContain('ژوئن');
    const month = parseChronology({ schemaVersion: 1, id: 'm', title: 'm', events: [{ id: 'x', title: 'x', start: '2025-06' }] })
      .chronology!.events[0]!;
    expect(formatEventDate(month, 'en-u-ca-persian', 'UTC')).toBe('June 2025');
    expect(formatShortDate(month, 'en-u-ca-persian', 'UTC')).toMatch(/Jun/);
  });
});

describe('zones: this story’s real instants', () => {
  test('the US strikes (02:10 Tehran, 22:40 UTC) fall on 21 June in Washington and in UTC, and on 22 June in Tehran', () => {
    const strikes = ev('us-strikes-fordow-natanz-isfahan');
    expect(dayKey(strikes, 'America/New_York')).toBe('2025-06-21');
    expect(dayKey(strikes, 'UTC')).toBe('2025-06-21');
    expect(dayKey(strikes, 'Asia/Tehran')).toBe('2025-06-22');
  });

  test('the ceasefire takes effect at 07:30 in Tehran, 04:00 UTC, 07:00 in Jerusalem and 00:00 in Washington on 24 June', () => {
    const c = ev('ceasefire-takes-effect');
    expect(new Date(c.start.instant).toISOString()).toBe('2025-06-24T04:00:00.000Z');
    expect(formatEventDate(c, 'en-GB')).toContain('07:30 GMT+3:30');
    expect(formatEventDate(c, 'en-GB', 'Asia/Jerusalem')).toContain('07:00 GMT+3');
    expect(formatEventDate(c, 'en-GB', 'America/New_York')).toMatch(/Tue, 24 June 2025.* 00:00 GMT-4/);
    expect(dayKey(c, 'America/Los_Angeles')).toBe('2025-06-23');
  });

  test('a day event keeps its calendar day in UTC−10 and UTC+14', () => {
    const day = ev('putin-araghchi-kremlin-meeting');
    expect(day.precision).toBe('day');
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC']) expect(dayKey(day, zone)).toBe('2025-06-23');
  });

  test('day ticks fall on the display zone’s midnights (Tehran: 20:30 UTC the day before)', () => {
    const ticks = computeTicks([Date.UTC(2025, 5, 20), Date.UTC(2025, 5, 27)], [0, 700], { timeZone: 'Asia/Tehran', locale: 'en' });
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    for (const t of ticks) expect(new Date(t.value).toISOString().slice(11, 16)).toBe('20:30');
    expect(ticks[0]!.value).toBe(zonedMidnight(2025, 6, 20, 'Asia/Tehran') + D);
  });

  test('with each event in its own zone, the list groups the US strikes under 22 June (Tehran) and the ceasefire announcement under 23 June (Washington)', () => {
    const events = [ev('us-strikes-fordow-natanz-isfahan'), ev('trump-announces-ceasefire')];
    const own = groupByDay(
      events,
      (e: TimelineEvent) => e.timeZone ?? 'UTC',
      (e) => e,
    );
    expect(own.map((g) => [g.key, g.items.map((e) => e.id)])).toEqual([
      ['2025-06-22', ['us-strikes-fordow-natanz-isfahan']],
      ['2025-06-23', ['trump-announces-ceasefire']],
    ]);
    const tehran = groupByDay(events, 'Asia/Tehran', (e) => e);
    expect(tehran.map((g) => g.key)).toEqual(['2025-06-22', '2025-06-24']);
  });

  test('an approximate event says "about" in the catalog’s words', async () => {
    const announce = ev('trump-announces-ceasefire');
    expect(announce.approximate).toBe(true);
    expect(formatShortDate(announce, 'en', 'UTC')).toMatch(/^about /);
    const ru = await catalog('ru');
    expect(formatShortDate(announce, 'ru', 'UTC', ru)).toMatch(new RegExp(`^${ru.about} `));
  });

  test('a range that crosses midnight is one range, named with its zone once', () => {
    const e = parseChronology({
      schemaVersion: 1,
      id: 'r',
      title: 'r',
      events: [
        {
          id: 'night',
          title: 'night talks',
          start: '2025-06-20T22:00:00+03:00',
          end: '2025-06-21T03:00:00+03:00',
          timeZone: 'Europe/Moscow',
        },
      ],
    }).chronology!.events[0]!;
    const text = formatEventDate(e, 'en-GB');
    expect(text).toMatch(/20 June 2025.*22:00.*21 June 2025.*03:00/);
    expect(text.match(/GMT\+3/g)).toHaveLength(1);
  });
});

describe('languages', () => {
  test('catalogLang picks the base language and falls back to English', () => {
    expect(catalogLang('fa-IR')).toBe('fa');
    expect(catalogLang('ru')).toBe('ru');
    expect(catalogLang('pt-BR')).toBe('en');
    expect(catalog('en')).not.toBeInstanceOf(Promise);
  });

  test('isRtlLang: Persian, Arabic and Hebrew are right to left; Russian and English are not', () => {
    for (const l of ['fa', 'fa-IR', 'ar', 'he', 'ur']) expect(isRtlLang(l)).toBe(true);
    for (const l of ['ru', 'en', 'fr', 'de', 'es', 'frr']) expect(isRtlLang(l)).toBe(false);
  });

  test('the chronology’s key events carry Persian and Russian titles', () => {
    const title = ev('putin-araghchi-kremlin-meeting').title as Record<string, string>;
    expect(Object.keys(title)).toEqual(expect.arrayContaining(['en', 'fa', 'ru']));
  });
});

describe('right to left: the layout is mirrored', () => {
  const prepared = prepareTimeline(chronology, { timeZone: 'Asia/Tehran' });
  const ltr = computeTimelineLayout(prepared, { width: 900 });
  const rtl = computeTimelineLayout(prepared, { width: 900, rtl: true });

  test('every mark, cluster, link and tick sits at width − x; labels swap sides', () => {
    expect(rtl.rtl).toBe(true);
    expect(rtl.marks.length).toBe(ltr.marks.length);
    rtl.marks.forEach((m, i) => {
      const l = ltr.marks[i]!;
      expect(m.key).toBe(l.key);
      expect(m.x).toBeCloseTo(900 - l.x, 6);
      expect(m.x2).toBeCloseTo(900 - l.x2, 6);
      expect(m.y).toBe(l.y);
      expect(m.labelX).toBeCloseTo(900 - l.labelX, 6);
      expect(m.labelAnchor).toBe(l.labelAnchor === 'start' ? 'end' : 'start');
    });
    rtl.clusters.forEach((k, i) => expect(k.x).toBeCloseTo(900 - ltr.clusters[i]!.x, 6));
    rtl.ticks.forEach((t, i) => expect(t.x).toBeCloseTo(900 - ltr.ticks[i]!.x, 6));
    expect([rtl.plotLeft, rtl.plotRight]).toEqual([900 - ltr.plotRight, 900 - ltr.plotLeft]);
  });

  test('time runs right to left: a later event is further left', () => {
    const xOf = (id: string) => rtl.marks.find((m) => m.id === id && m.primary)!.x;
    expect(xOf('ceasefire-takes-effect')).toBeLessThan(xOf('us-strikes-fordow-natanz-isfahan'));
    const range = rtl.marks.find((m) => m.kind === 'range');
    if (range) expect(range.x2).toBeLessThanOrEqual(range.x);
  });
});
