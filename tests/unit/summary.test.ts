// The summary in words (issue 18): its figures match the data, in en, fa and ru.
import { describe, expect, test } from 'vitest';
import { en, num } from '../../src/i18n/messages.js';
import fa from '../../src/i18n/fa.js';
import ru from '../../src/i18n/ru.js';
import { summarize, summaryFigures } from '../../src/layout/summary.js';
import { parseChronology, pickText, type Chronology } from '../../src/schema/index.js';
import { june } from './fixtures.js';

/** The figures counted the plain way, straight from the events: days in a zone by Intl. */
function reference(c: Chronology, zone: string) {
  const day = (e: Chronology['events'][number]) =>
    e.precision === 'day'
      ? `${e.start.year}-${String(e.start.month).padStart(2, '0')}-${String(e.start.day).padStart(2, '0')}`
      : new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(e.start.instant);
  const perDay = new Map<string, number>();
  for (const e of c.events) perDay.set(day(e), (perDay.get(day(e)) ?? 0) + 1);
  const max = Math.max(...perDay.values());
  const busiest = [...perDay]
    .filter(([, n]) => n === max)
    .map(([d]) => d)
    .sort()[0]!;
  const perActor = new Map<string, number>();
  for (const e of c.events) for (const id of new Set(e.actors.map((a) => a.id))) perActor.set(id, (perActor.get(id) ?? 0) + 1);
  const top = [...perActor].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return { busiest, max, top, disputed: c.events.filter((e) => e.status === 'disputed').length };
}

const nameIn = (id: string, lang: string) => {
  const a = june.actorsById.get(id)!;
  return pickText(a.shortName ?? a.name, lang);
};

describe('summaryFigures', () => {
  for (const zone of ['Asia/Tehran', 'America/New_York']) {
    test(`the June chronology in ${zone}: count, span, busiest day, actors, disputed`, () => {
      const f = summaryFigures(june, { zone });
      const ref = reference(june, zone);
      expect(f.count).toBe(80);
      expect(f.first).toBe('2025-06-04');
      expect(f.last).toBe('2025-06-29');
      expect(f.busiest).toEqual({ day: ref.busiest, count: ref.max });
      expect(f.actors.map((a) => a.count)).toEqual(ref.top.map(([, n]) => n));
      expect(f.actors.map((a) => a.count)).toEqual(f.actors.map((a) => june.eventCountByActor.get(a.id)));
      expect(f.disputed).toBe(ref.disputed);
    });
  }

  test('the US strikes move 22 June events to 21 June in Washington: the busiest day has fewer', () => {
    const tehran = summaryFigures(june, { zone: 'Asia/Tehran' }).busiest!;
    const washington = summaryFigures(june, { zone: 'America/New_York' }).busiest!;
    expect(tehran.day).toBe('2025-06-22');
    expect(washington.day).toBe('2025-06-22');
    expect(washington.count).toBeLessThan(tehran.count);
  });

  test('ranges reach the span end; month events span their month; ties go to the earliest day', () => {
    const c = parseChronology({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [
        { id: 'a', title: 'A', start: '2025-05-30' },
        { id: 'b', title: 'B', start: '2025-06-02', end: '2025-06-10' },
        { id: 'm', title: 'M', start: '2025-07' },
        { id: 'c', title: 'C', start: '2025-06-02' },
        { id: 'd', title: 'D', start: '2025-05-30', status: 'disputed' },
      ],
    }).chronology!;
    const f = summaryFigures(c, { zone: 'UTC' });
    expect([f.first, f.last]).toEqual(['2025-05-30', '2025-07-31']);
    expect(f.busiest).toEqual({ day: '2025-05-30', count: 2 });
    expect(f.disputed).toBe(1);
    expect(f.actors).toEqual([]);
  });
});

describe('summarize', () => {
  const zone = 'Asia/Tehran';
  const ref = reference(june, zone);

  test('en: the figures, the busiest day, the three actors and the disputed count', () => {
    const s = summarize(june, { lang: 'en-GB', zone, messages: en });
    expect(s).toMatch(/^80 events, 4\s?–\s?29 June 2025; busiest day 22 June with \d+; most often involved: /);
    expect(s).toContain(`with ${ref.max};`);
    for (const [id] of ref.top) expect(s).toContain(nameIn(id, 'en'));
    if (ref.disputed) expect(s).toContain(`; ${ref.disputed} disputed.`);
    expect(s.endsWith('.')).toBe(true);
  });

  test('fa: Persian digits and the Persian calendar (4 June = 14 Khordad, 22 June = 1 Tir 1404), Persian names', () => {
    const s = summarize(june, { lang: 'fa', zone, messages: fa });
    expect(s).not.toMatch(/[0-9A-Za-z]/);
    expect(s).toContain('۸۰ رویداد');
    expect(s).toContain('۱۴ خرداد');
    expect(s).toContain('۸ تیر ۱۴۰۴');
    expect(s).toContain(`پرکارترین روز ۱ تیر با ${num('fa', ref.max)} رویداد`);
    for (const [id] of ref.top) expect(s).toContain(nameIn(id, 'fa'));
    if (ref.disputed) expect(s).toContain(`${num('fa', ref.disputed)} مورد`);
  });

  test('ru: the genitive plural after 80, June in the genitive, Russian names', () => {
    const s = summarize(june, { lang: 'ru', zone, messages: ru });
    expect(s).toMatch(/^80 событий, 4[–-]29 июня 2025/);
    expect(s).toContain(`больше всего событий 22 июня: ${ref.max}`);
    for (const [id] of ref.top) expect(s).toContain(nameIn(id, 'ru'));
    if (ref.disputed) expect(s).toContain(`оспаривается: ${ref.disputed}`);
  });

  test("the chronology's own summary wins, in the reader's language", () => {
    const own = { ...june, summary: { en: 'Eighty events.', ru: 'Восемьдесят событий.' } };
    expect(summarize(own, { lang: 'ru' })).toBe('Восемьдесят событий.');
    expect(summarize(own, { lang: 'fa' })).toBe('Eighty events.');
    // A subset (filters, search) is described by its own figures.
    expect(summarize(own, { lang: 'en' }, own.events.slice(0, 2))).toMatch(/^2 events, /);
  });

  test('no disputed part at 0; one day: no busiest day; no events: the empty message', () => {
    const c = parseChronology({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      actors: [{ id: 'x', name: 'X', kind: 'state' }],
      events: [{ id: 'a', title: 'A', start: '2025-06-22', actors: [{ id: 'x' }] }],
    }).chronology!;
    expect(summarize(c, { lang: 'en' })).toBe('1 event, June 22, 2025; most often involved: X.');
    expect(summarize({ ...c, events: [] })).toBe(en.empty);
  });
});
