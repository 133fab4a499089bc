// Pure logic behind the accessibility work: mark colours that keep 3:1 in
// both themes, and the calendar days the list view groups events by.
import { describe, expect, test } from 'vitest';
import { contrastRatio, markColor } from '../../src/styles/color.js';
import { parseChronology, type TimelineEvent } from '../../src/schema/parse.js';
import { dayKey, formatDayKey, groupByDay } from '../../src/time/days.js';
import raw from '../../src/data/june-2025-diplomacy.json';

const pair = (c: string): [string, string] => {
  const m = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(c);
  return m ? [m[1]!, m[2]!] : [c, c];
};

describe('markColor(hex)', () => {
  test.each(raw.topics.map((t) => [t.id, t.color!]))(
    'topic %s (%s) reaches 3.6:1 on the light theme’s page and lane backgrounds and 4.5:1 on the dark one’s',
    (_id, hex) => {
      const [light, dark] = pair(markColor(hex));
      for (const bg of ['#ffffff', '#f4f4f1']) expect(contrastRatio(light, bg)).toBeGreaterThanOrEqual(3.6);
      for (const bg of ['#121212', '#1a1a1a']) expect(contrastRatio(dark, bg)).toBeGreaterThanOrEqual(4.5);
    },
  );

  test('keeps a colour that already passes on light pages, and lightens it only for dark ones', () => {
    const [light, dark] = pair(markColor('#1f5fa8'));
    expect(light).toBe('#1f5fa8');
    expect(dark).not.toBe('#1f5fa8');
    expect(contrastRatio(dark, '#121212')).toBeGreaterThanOrEqual(3);
  });

  test('darkens a pale colour for light pages and keeps it for dark ones', () => {
    const [light, dark] = pair(markColor('#ffd54f'));
    expect(light).not.toBe('#ffd54f');
    expect(contrastRatio(light, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(dark).toBe('#ffd54f');
  });

  test('accepts short and alpha hex forms', () => {
    expect(pair(markColor('#c33'))[0]).toBe('#cc3333');
    expect(pair(markColor('#cc3333aa'))[0]).toBe('#cc3333');
  });
});

function events(list: { id: string; start: string; end?: string; precision?: string }[]): TimelineEvent[] {
  const r = parseChronology({ schemaVersion: 1, id: 't', title: 'T', events: list.map((e) => ({ title: e.id, ...e })) });
  expect(r.problems).toEqual([]);
  return r.chronology!.events;
}

describe('dayKey(event, zone) and groupByDay', () => {
  const byId = new Map(
    events([
      // The US strikes: evening of 21 June in Washington, small hours of 22 June in Tehran.
      { id: 'strike', start: '2025-06-21T23:30:00-04:00' },
      { id: 'day', start: '2025-06-13' },
      { id: 'month', start: '2025-06' },
      { id: 'year', start: '2025' },
    ]).map((e) => [e.id, e]),
  );
  const [strike, day, month, year] = ['strike', 'day', 'month', 'year'].map((id) => byId.get(id));

  test('an instant belongs to its day in the display zone', () => {
    expect(dayKey(strike!, 'America/New_York')).toBe('2025-06-21');
    expect(dayKey(strike!, 'UTC')).toBe('2025-06-22');
    expect(dayKey(strike!, 'Asia/Tehran')).toBe('2025-06-22');
  });

  test('a day-precision event keeps its day in every zone, even UTC−10 and UTC+14', () => {
    for (const zone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'UTC', 'Asia/Tehran']) expect(dayKey(day!, zone)).toBe('2025-06-13');
  });

  test('month and year events group under their month and year', () => {
    expect(dayKey(month!, 'Asia/Tehran')).toBe('2025-06');
    expect(dayKey(year!, 'Asia/Tehran')).toBe('2025');
  });

  test('groups keep the given order and give each day one group', () => {
    const es = events([
      { id: 'a', start: '2025-06-21T10:00:00Z' },
      { id: 'b', start: '2025-06-21T22:00:00Z' },
      { id: 'c', start: '2025-06-22T01:00:00Z' },
    ]);
    expect(groupByDay(es, 'UTC', (e) => e).map((g) => [g.key, g.items.map((e) => e.id)])).toEqual([
      ['2025-06-21', ['a', 'b']],
      ['2025-06-22', ['c']],
    ]);
    // In Tehran (+03:30) 22:00Z is already the 22nd.
    expect(groupByDay(es, 'Asia/Tehran', (e) => e).map((g) => [g.key, g.items.map((e) => e.id)])).toEqual([
      ['2025-06-21', ['a']],
      ['2025-06-22', ['b', 'c']],
    ]);
  });

  test('formatDayKey writes days, months and years through Intl', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    expect(formatDayKey('2025-06-23', 'en-GB')).toBe(intl.format(Date.UTC(2025, 5, 23)));
    expect(formatDayKey('2025-06-23', 'en-GB')).toMatch(/^Monday,? 23 June 2025$/);
    expect(formatDayKey('0033-04-03', 'en-GB')).toMatch(/ 33$/);
    expect(formatDayKey('2025-06', 'en-GB')).toBe('June 2025');
    expect(formatDayKey('2025', 'en-GB')).toBe('2025');
  });
});
