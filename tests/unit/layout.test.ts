import { describe, expect, test } from 'vitest';
import { computeEventSpan } from '../../src/layout/event-span.js';
import { computeLanes } from '../../src/layout/lanes.js';
import { stackLabels, truncateToWidth, type StackItem, type StackOptions } from '../../src/layout/stack.js';
import { computeTicks } from '../../src/layout/ticks.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { clusterLabel, computeTimelineLayout, prepareTimeline, type TimelineLayout } from '../../src/layout/timeline-layout.js';
import { parseChronology } from '../../src/schema/index.js';
import { lowerBound, queryWindow, type Spanned } from '../../src/layout/window.js';
import { instantToWall, zonedDateKey, zonedMidnight } from '../../src/time/zone.js';
import { DAY, H, event, june, juneEvent } from './fixtures.js';

const measure7 = (t: string) => t.length * 7;

/** Mulberry32: a small seeded PRNG, so random cases are the same on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)]! };
}

const isMidnightIn = (t: number, zone: string) => instantToWall(t, zone) % DAY === 0;

describe('layout/event-span.ts computeEventSpan', () => {
  test.each(['UTC', 'Asia/Tehran', 'Pacific/Kiritimati', 'Pacific/Honolulu', 'America/New_York'])(
    "computeEventSpan(day event 2025-06-23, %s) covers 23 June's midnight-to-midnight in that zone",
    (zone) => {
      const e = event({ start: '2025-06-23' });
      const s = computeEventSpan(e, zone);
      expect(s.kind).toBe('point');
      expect(s.start).toBe(zonedMidnight(2025, 6, 23, zone));
      expect(s.end).toBe(zonedMidnight(2025, 6, 24, zone));
      expect(s.end - s.start).toBe(DAY);
      expect(s.anchor).toBe((s.start + s.end) / 2);
      expect(isMidnightIn(s.start, zone)).toBe(true);
      expect(isMidnightIn(s.end, zone)).toBe(true);
      for (const t of [s.start, s.anchor, s.end - 1]) expect(zonedDateKey(t, zone)).toBe('2025-06-23');
      expect(zonedDateKey(s.start - 1, zone)).toBe('2025-06-22');
      expect(zonedDateKey(s.end, zone)).toBe('2025-06-24');
    },
  );

  test("computeEventSpan(day event 2025-06-23, 'Pacific/Kiritimati') starts 2025-06-22T10:00Z; 'Pacific/Honolulu' 2025-06-23T10:00Z", () => {
    const e = event({ start: '2025-06-23' });
    expect(new Date(computeEventSpan(e, 'Pacific/Kiritimati').start).toISOString()).toBe('2025-06-22T10:00:00.000Z');
    expect(new Date(computeEventSpan(e, 'Pacific/Honolulu').start).toISOString()).toBe('2025-06-23T10:00:00.000Z');
  });

  test('computeEventSpan(day event with its own timeZone Europe/Moscow, "Asia/Tehran") follows the display zone, not the event zone', () => {
    const s = computeEventSpan(juneEvent('putin-araghchi-kremlin-meeting'), 'Asia/Tehran');
    expect(s.start).toBe(zonedMidnight(2025, 6, 23, 'Asia/Tehran'));
    expect(s.end).toBe(zonedMidnight(2025, 6, 24, 'Asia/Tehran'));
  });

  test.each(['UTC', 'Asia/Tehran', 'Pacific/Honolulu'])(
    'computeEventSpan(instant 2025-06-21T22:00-04:00, %s) is a point at the instant',
    (zone) => {
      const s = computeEventSpan(juneEvent('trump-address-to-nation-strikes'), zone);
      const t = Date.UTC(2025, 5, 22, 2, 0);
      expect(s).toEqual({ start: t, end: t, anchor: t, kind: 'point' });
    },
  );

  test('computeEventSpan(date-time range 02:10–02:35 +03:30) is a range between the two instants in any zone', () => {
    for (const zone of ['UTC', 'Pacific/Kiritimati']) {
      const s = computeEventSpan(juneEvent('us-strikes-fordow-natanz-isfahan'), zone);
      expect(s).toEqual({
        start: Date.UTC(2025, 5, 21, 22, 40),
        end: Date.UTC(2025, 5, 21, 23, 5),
        anchor: Date.UTC(2025, 5, 21, 22, 40),
        kind: 'range',
      });
    }
  });

  test.each(['UTC', 'Asia/Tehran', 'Pacific/Honolulu'])(
    'computeEventSpan(day range 2025-06-18..2025-06-21, %s) ends at the midnight after the inclusive end day',
    (zone) => {
      const s = computeEventSpan(juneEvent('spief-2025'), zone);
      expect(s.kind).toBe('range');
      expect(s.start).toBe(zonedMidnight(2025, 6, 18, zone));
      expect(s.end).toBe(zonedMidnight(2025, 6, 22, zone));
      expect(s.anchor).toBe(s.start);
      expect(zonedDateKey(s.end - 1, zone)).toBe('2025-06-21');
    },
  );

  test.each(['UTC', 'Asia/Tehran', 'Pacific/Kiritimati'])('computeEventSpan(month event 2025-06, %s) spans the month', (zone) => {
    const s = computeEventSpan(event({ start: '2025-06' }), zone);
    expect(s.kind).toBe('range');
    expect(s.start).toBe(zonedMidnight(2025, 6, 1, zone));
    expect(s.end).toBe(zonedMidnight(2025, 7, 1, zone));
    expect(s.end - s.start).toBe(30 * DAY);
  });

  test("computeEventSpan(month event 2025-12, 'Asia/Tehran') ends at Tehran's midnight on 1 January 2026", () => {
    const s = computeEventSpan(event({ start: '2025-12' }), 'Asia/Tehran');
    expect(s.end).toBe(zonedMidnight(2026, 1, 1, 'Asia/Tehran'));
  });

  test("computeEventSpan(month range 2025-05..2025-06, 'UTC') runs from 1 May to 1 July", () => {
    const s = computeEventSpan(event({ start: '2025-05', end: '2025-06' }), 'UTC');
    expect(s).toMatchObject({ start: Date.UTC(2025, 4, 1), end: Date.UTC(2025, 6, 1), kind: 'range' });
  });

  test("computeEventSpan(year event 2025, 'Asia/Tehran') spans the calendar year", () => {
    const s = computeEventSpan(event({ start: '2025' }), 'Asia/Tehran');
    expect(s).toMatchObject({
      start: zonedMidnight(2025, 1, 1, 'Asia/Tehran'),
      end: zonedMidnight(2026, 1, 1, 'Asia/Tehran'),
      kind: 'range',
    });
  });

  test('computeEventSpan never returns end < start or an anchor outside the span for any dataset event', () => {
    for (const zone of ['UTC', 'Asia/Tehran', 'Pacific/Kiritimati', 'Pacific/Honolulu']) {
      for (const e of june.events) {
        const s = computeEventSpan(e, zone);
        expect(s.end, e.id).toBeGreaterThanOrEqual(s.start);
        expect(s.anchor, e.id).toBeGreaterThanOrEqual(s.start);
        expect(s.anchor, e.id).toBeLessThanOrEqual(s.end);
      }
    }
  });
});

describe('layout/ticks.ts computeTicks', () => {
  const week: [number, number] = [Date.UTC(2025, 5, 20), Date.UTC(2025, 5, 27)];

  test("computeTicks(domain, range, {timeZone: 'Asia/Tehran'}) puts day ticks on Tehran midnights", () => {
    const ticks = computeTicks(week, [0, 700], { timeZone: 'Asia/Tehran', locale: 'en' });
    expect(ticks).toHaveLength(7);
    expect(new Date(ticks[0]!.value).toISOString()).toBe('2025-06-20T20:30:00.000Z');
    ticks.forEach((t, i) => {
      expect(isMidnightIn(t.value, 'Asia/Tehran')).toBe(true);
      expect(new Date(instantToWall(t.value, 'Asia/Tehran')).getUTCHours()).toBe(0);
      expect(zonedDateKey(t.value, 'Asia/Tehran')).toBe(`2025-06-${21 + i}`);
      expect(t.value).toBe(zonedMidnight(2025, 6, 21 + i, 'Asia/Tehran'));
      expect(t.major).toBe(false);
    });
  });

  test("computeTicks(domain, range, {timeZone: 'America/New_York'}) puts day ticks on New York midnights", () => {
    const ticks = computeTicks(week, [0, 700], { timeZone: 'America/New_York', locale: 'en' });
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    for (const t of ticks) {
      expect(isMidnightIn(t.value, 'America/New_York')).toBe(true);
      expect(new Date(t.value).getUTCHours()).toBe(4);
    }
  });

  test("computeTicks(day ticks, {timeZone: 'Asia/Tehran'}) labels each tick with its Tehran day number under the month tier", () => {
    const ticks = computeTicks(week, [0, 700], { timeZone: 'Asia/Tehran', locale: 'en' });
    expect(ticks.map((t) => t.label)).toEqual(['21', '22', '23', '24', '25', '26', '27']);
    expect(ticks.map((t) => t.period)).toEqual(['June 2025', undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  test('computeTicks(June, 1000 px): minor ticks are day numbers ("5 7 9 …") under "June 2025", never "Jun 5"', () => {
    const ticks = computeTicks([Date.UTC(2025, 5, 4), Date.UTC(2025, 5, 30)], [0, 1000], { timeZone: 'UTC', locale: 'en' });
    expect(ticks[0]!.period).toBe('June 2025');
    for (const t of ticks) expect(t.label).toMatch(/^\d{1,2}$/);
    expect(ticks.map((t) => +t.label).slice(0, 3)).toEqual([5, 7, 9]);
  });

  test('computeTicks(Persian locale): day numbers in Persian digits of the Persian calendar (1 Tir = 22 June)', () => {
    const ticks = computeTicks(week, [0, 700], { timeZone: 'Asia/Tehran', locale: 'fa' });
    const tir1 = ticks.find((t) => t.value === zonedMidnight(2025, 6, 22, 'Asia/Tehran'))!;
    expect(tir1.label).toBe('۱');
    expect(tir1.period).toContain('تیر');
  });

  test.each(['Asia/Tehran', 'America/New_York', 'UTC', 'Asia/Kathmandu'])(
    'computeTicks(12-hour domain, [0, 1000], {timeZone: %s}) gives hour ticks on that zone’s whole hours',
    (zone) => {
      const d0 = zonedMidnight(2025, 6, 22, zone) - 5 * H - 17 * 60_000;
      const ticks = computeTicks([d0, d0 + 12 * H], [0, 1000], { timeZone: zone, locale: 'en' });
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      const gaps = ticks.slice(1).map((t, i) => t.value - ticks[i]!.value);
      expect(Math.max(...gaps)).toBeLessThanOrEqual(3 * H);
      for (const t of ticks) {
        const wall = instantToWall(t.value, zone);
        expect(wall % H).toBe(0);
        expect(t.major).toBe(wall % DAY === 0);
        if (!t.major) expect(t.label).toMatch(/^\d\d:00$/);
      }
      const major = ticks.filter((t) => t.major);
      expect(major).toHaveLength(1);
      expect(major[0]!.value).toBe(zonedMidnight(2025, 6, 22, zone));
      expect(major[0]!.label).toBe('Jun 22');
    },
  );

  test("computeTicks(12-hour domain, {timeZone: 'Asia/Tehran'}) hour ticks fall at :30 UTC", () => {
    const d0 = Date.UTC(2025, 5, 22, 0, 0);
    const ticks = computeTicks([d0, d0 + 12 * H], [0, 1000], { timeZone: 'Asia/Tehran', locale: 'en' });
    for (const t of ticks) expect(new Date(t.value).getUTCMinutes()).toBe(30);
  });

  test('computeTicks(…) labels are non-empty, x increases and lies within the range, across domains and zones', () => {
    const rnd = prng(7);
    for (let i = 0; i < 200; i++) {
      const zone = rnd.pick(['UTC', 'Asia/Tehran', 'America/New_York', 'Europe/Moscow', 'Pacific/Kiritimati', 'Pacific/Honolulu']);
      const d0 = Date.UTC(2025, 4, 1) + rnd.next() * 60 * DAY;
      const d1 = d0 + H + rnd.next() * rnd.pick([DAY, 10 * DAY, 120 * DAY]);
      const x0 = rnd.int(0, 200);
      const x1 = x0 + rnd.int(200, 1600);
      const ticks = computeTicks([d0, d1], [x0, x1], { timeZone: zone, locale: 'en' });
      for (const [j, t] of ticks.entries()) {
        expect(t.label.trim().length).toBeGreaterThan(0);
        expect(t.x).toBeGreaterThanOrEqual(x0);
        expect(t.x).toBeLessThanOrEqual(x1);
        expect(t.value).toBeGreaterThanOrEqual(d0);
        expect(t.value).toBeLessThanOrEqual(d1);
        expect(t.x).toBeCloseTo(x0 + ((t.value - d0) / (d1 - d0)) * (x1 - x0), 6);
        if (j > 0) expect(t.x).toBeGreaterThan(ticks[j - 1]!.x);
      }
    }
  });

  test('computeTicks(domain, range, {minSpacing}) keeps ticks at least minSpacing px apart (hour, day and week steps)', () => {
    const rnd = prng(11);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const zone = rnd.pick(['UTC', 'Asia/Tehran', 'America/New_York', 'Pacific/Kiritimati']);
      const minSpacing = rnd.pick([40, 64, 90]);
      const width = rnd.int(300, 1500);
      const d0 = Date.UTC(2025, 5, 1) + rnd.next() * 20 * DAY;
      const span = 2 * H + rnd.next() * 60 * DAY;
      // Months have 28–31 days: only fixed-length steps (up to a week) are checked here.
      if ((7 * DAY * width) / span < minSpacing) continue;
      const ticks = computeTicks([d0, d0 + span], [0, width], { timeZone: zone, locale: 'en', minSpacing });
      for (let j = 1; j < ticks.length; j++) expect(ticks[j]!.x - ticks[j - 1]!.x).toBeGreaterThanOrEqual(minSpacing - 1e-9);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('computeTicks(domain, range) returns [] for an empty domain or range', () => {
    expect(computeTicks([5, 5], [0, 100], { timeZone: 'UTC', locale: 'en' })).toEqual([]);
    expect(computeTicks(week, [100, 100], { timeZone: 'UTC', locale: 'en' })).toEqual([]);
  });

  test("computeTicks(three months, [0, 600], {timeZone: 'Asia/Tehran'}) puts month ticks on the 1st at Tehran midnight", () => {
    const ticks = computeTicks([Date.UTC(2025, 3, 15), Date.UTC(2025, 7, 15)], [0, 300], { timeZone: 'Asia/Tehran', locale: 'en' });
    expect(ticks.map((t) => t.label)).toEqual(['May 2025', 'Jun 2025', 'Jul 2025', 'Aug 2025']);
    for (const t of ticks) {
      expect(isMidnightIn(t.value, 'Asia/Tehran')).toBe(true);
      expect(zonedDateKey(t.value, 'Asia/Tehran').slice(8)).toBe('01');
    }
  });
});

describe('layout/time-scale.ts timeScale', () => {
  test('timeScale([d0, d1], [r0, r1]) maps the ends and the middle linearly', () => {
    const d0 = Date.UTC(2025, 5, 1);
    const d1 = Date.UTC(2025, 6, 1);
    const x = timeScale([d0, d1], [100, 1100]);
    expect(x(d0)).toBe(100);
    expect(x(d1)).toBe(1100);
    expect(x((d0 + d1) / 2)).toBe(600);
    expect(x(d1 + (d1 - d0))).toBe(2100);
    expect(x.domain).toEqual([d0, d1]);
    expect(x.range).toEqual([100, 1100]);
  });

  test('timeScale(…).invert(x(t)) returns t (and x(invert(px)) returns px)', () => {
    const rnd = prng(3);
    const x = timeScale([Date.UTC(2025, 5, 1), Date.UTC(2025, 5, 30)], [20, 980]);
    for (let i = 0; i < 100; i++) {
      const t = Date.UTC(2025, 4, 1) + rnd.next() * 90 * DAY;
      expect(x.invert(x(t))).toBeCloseTo(t, 0);
      const px = rnd.next() * 2000 - 500;
      expect(x(x.invert(px))).toBeCloseTo(px, 6);
    }
  });

  test('timeScale with a reversed range maps and inverts', () => {
    const x = timeScale([0, 1000], [500, 0]);
    expect(x(250)).toBe(375);
    expect(x.invert(375)).toBe(250);
  });

  test('timeScale([t, t], range) maps everything to r0 and inverts to t', () => {
    const x = timeScale([42, 42], [10, 20]);
    expect(x(42)).toBe(10);
    expect(x(1e12)).toBe(10);
    expect(x.invert(15)).toBe(42);
  });
});

describe('layout/window.ts', () => {
  test('lowerBound(items, t) is the first index whose start ≥ t (random sorted data with duplicates)', () => {
    const rnd = prng(5);
    for (let c = 0; c < 300; c++) {
      const items: Spanned[] = Array.from({ length: rnd.int(0, 30) }, () => ({ start: rnd.int(0, 50), end: 0 })).sort(
        (a, b) => a.start - b.start,
      );
      const t = rnd.int(-5, 55);
      const expected = items.findIndex((it) => it.start >= t);
      expect(lowerBound(items, t)).toBe(expected < 0 ? items.length : expected);
    }
  });

  test('lowerBound on an empty list is 0', () => {
    expect(lowerBound([], 10)).toBe(0);
  });

  test('queryWindow(items, from, to, maxSpan) returns exactly the items overlapping [from, to], in order (500 random cases)', () => {
    const rnd = prng(20250622);
    let nonEmpty = 0;
    for (let c = 0; c < 500; c++) {
      const n = rnd.int(0, 80);
      const items = Array.from({ length: n }, (_, i) => {
        const start = rnd.int(0, 10_000);
        const len = rnd.pick([0, 0, rnd.int(1, 50), rnd.int(1, 500), rnd.int(1000, 20_000)]);
        return { start, end: start + len, i };
      }).sort((a, b) => a.start - b.start || a.i - b.i);
      const maxSpan = items.reduce((m, it) => Math.max(m, it.end - it.start), 0);
      const from = rnd.int(-2000, 12_000);
      const to = rnd.pick([from, from + rnd.int(0, 100), from + rnd.int(0, 5000)]);
      const expected = items.filter((it) => it.end >= from && it.start <= to);
      const got = queryWindow(items, from, to, maxSpan);
      expect(got).toEqual(expected);
      got.forEach((it, k) => expect(it).toBe(expected[k]));
      if (got.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(250);
  });

  test('queryWindow includes items that only touch the window at an end point', () => {
    const items = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
      { start: 30, end: 30 },
      { start: 31, end: 40 },
    ];
    expect(queryWindow(items, 10, 20, 10)).toEqual([items[0], items[1]]);
    expect(queryWindow(items, 30, 30, 10)).toEqual([items[1], items[2]]);
  });
});

describe('layout/lanes.ts computeLanes on the June 2025 dataset', () => {
  const events = june.events;

  test("computeLanes(june, events, 'actor') gives at most 8 lanes, the last 'others', most active actors first", () => {
    const { lanes } = computeLanes(june, events, 'actor');
    expect(lanes.length).toBeLessThanOrEqual(8);
    expect(lanes.at(-1)).toMatchObject({ id: 'others', kind: 'others', label: 'Others' });
    expect(lanes.slice(0, 2).map((l) => l.id)).toEqual(['actor:donald-trump', 'actor:abbas-araghchi']);
    const counts = lanes.filter((l) => l.kind === 'actor').map((l) => june.eventCountByActor.get(l.refId!)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // No actor left out of the lanes is more active than one that has a lane.
    const own = new Set(lanes.map((l) => l.refId));
    const leastWithLane = Math.min(...counts);
    for (const [id, n] of june.eventCountByActor) if (!own.has(id)) expect(n, id).toBeLessThanOrEqual(leastWithLane);
  });

  test.each([2, 4, 6])(
    "computeLanes(june, events, 'actor', {maxLanes: %i}) gives exactly maxLanes lanes, the last 'others'",
    (maxLanes) => {
      const { lanes } = computeLanes(june, events, 'actor', { maxLanes });
      expect(lanes).toHaveLength(maxLanes);
      expect(lanes.at(-1)!.id).toBe('others');
      expect(lanes[0]!.id).toBe('actor:donald-trump');
    },
  );

  test("computeLanes(june, events, 'actor') puts putin-araghchi-kremlin-meeting in both the Putin and the Araghchi lanes", () => {
    const { lanesByEvent } = computeLanes(june, events, 'actor');
    const ids = lanesByEvent.get('putin-araghchi-kremlin-meeting')!;
    expect(ids).toContain('actor:vladimir-putin');
    expect(ids).toContain('actor:abbas-araghchi');
  });

  test("computeLanes(june, events, 'actor') gives every event ≥ 1 lane, each an existing lane, in lane order", () => {
    const { lanes, lanesByEvent } = computeLanes(june, events, 'actor');
    const index = new Map(lanes.map((l, i) => [l.id, i]));
    expect(lanesByEvent.size).toBe(events.length);
    for (const e of events) {
      const ids = lanesByEvent.get(e.id)!;
      expect(ids.length, e.id).toBeGreaterThan(0);
      const order = ids.map((id) => index.get(id));
      for (const i of order) expect(i, e.id).toBeDefined();
      expect(order).toEqual([...order].sort((a, b) => a! - b!));
      // In 'others' exactly when no lane actor takes part.
      const laneActors = ids.filter((id) => id !== 'others').map((id) => id.slice('actor:'.length));
      for (const a of laneActors) expect(e.actors.some((r) => r.id === a)).toBe(true);
      expect(ids.includes('others')).toBe(laneActors.length === 0);
    }
  });

  test("computeLanes(june, events, 'actor') labels actor lanes with short names", () => {
    const { lanes } = computeLanes(june, events, 'actor');
    for (const l of lanes.filter((l) => l.kind === 'actor')) expect(l.label.length).toBeGreaterThan(0);
  });

  test("computeLanes(june, events, 'topic') gives a lane per used primary topic, in topic order, and each event the lane of its first topic", () => {
    const { lanes, lanesByEvent } = computeLanes(june, events, 'topic');
    const used = new Set(events.map((e) => e.topics[0]).filter(Boolean));
    const expected = june.topics.filter((t) => used.has(t.id)).map((t) => `topic:${t.id}`);
    const withoutTopic = events.some((e) => !e.topics.length);
    expect(lanes.map((l) => l.id)).toEqual(withoutTopic ? [...expected, 'others'] : expected);
    for (const e of events) expect(lanesByEvent.get(e.id)).toEqual([`topic:${e.topics[0]}`]);
  });

  test("computeLanes(june, events, 'none') gives a single lane 'all' holding every event", () => {
    const { lanes, lanesByEvent } = computeLanes(june, events, 'none');
    expect(lanes).toEqual([{ id: 'all', label: '', kind: 'all' }]);
    for (const e of events) expect(lanesByEvent.get(e.id)).toEqual(['all']);
  });

  test('computeLanes matches a plain reference for random events: many actors, repeats, more than 31 lanes', () => {
    // The reference: an event's lanes are the distinct lane actors it has, by rank; none → "Others".
    const reference = (events: typeof june.events, lanes: { id: string; refId?: string }[]) =>
      events.map((e) => {
        const ks = [...new Set(e.actors.map((a) => lanes.findIndex((l) => l.refId === a.id)).filter((k) => k >= 0))].sort((a, b) => a - b);
        return ks.length ? ks : [lanes.findIndex((l) => l.id === 'others')];
      });
    const rnd = prng(7);
    const actors = Array.from({ length: 45 }, (_, k) => ({ id: `a${k}`, name: `Actor ${k}`, kind: 'person' as const }));
    for (let round = 0; round < 60; round++) {
      const n = rnd.int(0, 300);
      const events = Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        title: `E ${i}`,
        start: '2025-06-01',
        // Skewed, so that ranks vary; sometimes the same actor twice.
        actors: Array.from({ length: rnd.int(0, 5) }, () => ({ id: `a${Math.floor((45 * rnd.int(0, 1000) ** 2) / 1e6)}` })),
      }));
      const c = parseChronology({ id: 'r', title: 'R', actors, events }).chronology!;
      const maxLanes = rnd.pick([2, 8, 31, 32, 40, 50]);
      const { lanes, laneIndices, lanesByEvent } = computeLanes(c, c.events, 'actor', { maxLanes });
      expect(laneIndices).toEqual(reference(c.events, lanes));
      c.events.forEach((e, i) => expect(lanesByEvent.get(e.id)).toEqual(laneIndices[i]!.map((k) => lanes[k]!.id)));
      expect(lanes.length).toBeLessThanOrEqual(maxLanes);
    }
  });

  test("computeLanes(chronology, [], 'actor') gives no lanes and no 'others'", () => {
    expect(computeLanes(june, [], 'actor').lanes).toEqual([]);
  });
});

/** Label text extents and mark extents within one row. */
interface RowItem {
  key: string;
  x0: number;
  x1: number;
  text: [number, number] | null;
}
const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Pairs of items in one row whose label texts overlap, or whose mark covers another item's label text. */
function collisions(rows: Map<string, RowItem[]>) {
  const textText: string[] = [];
  const markText: string[] = [];
  for (const items of rows.values()) {
    for (const a of items) {
      for (const b of items) {
        if (a === b || !b.text) continue;
        if (a.text && a.key < b.key && overlap(a.text, b.text)) textText.push(`${a.key} / ${b.key}`);
        if (overlap([a.x0, a.x1], b.text)) markText.push(`${a.key} on ${b.key}`);
      }
    }
  }
  return { textText, markText };
}

function layoutRows(layout: TimelineLayout, measure = measure7) {
  const rows = new Map<string, RowItem[]>();
  for (const m of layout.marks) {
    const k = `${m.laneId}#${m.row}`;
    const item: RowItem = {
      key: m.key,
      // A point mark is drawn 12 px wide around x, a day band dayWidth wide (as the layout tells the stacker).
      x0: m.kind === 'range' ? m.x : m.x - (m.dayWidth > 0 ? m.dayWidth / 2 : 6),
      x1: m.kind === 'range' ? m.x2 : m.x + (m.dayWidth > 0 ? m.dayWidth / 2 : 6),
      text: m.label ? (m.labelAnchor === 'end' ? [m.labelX - measure(m.label), m.labelX] : [m.labelX, m.labelX + measure(m.label)]) : null,
    };
    (rows.get(k) ?? rows.set(k, []).get(k)!).push(item);
  }
  return rows;
}

describe('layout/stack.ts', () => {
  test('truncateToWidth(text, width) returns the text unchanged when it fits', () => {
    expect(truncateToWidth('Ceasefire', 63, measure7)).toBe('Ceasefire');
  });

  test("truncateToWidth(text, width) keeps the longest prefix that fits with '…' and trims trailing spaces", () => {
    const t = truncateToWidth('Trump announces ceasefire', 70, measure7)!;
    expect(t).toBe('Trump ann…');
    expect(measure7(t)).toBeLessThanOrEqual(70);
    expect(truncateToWidth('Trump announces ceasefire', 49, measure7)).toBe('Trump…');
    expect(truncateToWidth('Trump announces ceasefire', 56, measure7)).toBe('Trump a…');
  });

  test('truncateToWidth gives what a binary search over the prefixes gives, with fewer measures', () => {
    // The reference: the search it replaced (largest prefix that fits with '…', by bisection).
    const reference = (text: string, width: number, measure: (t: string) => number, minChars: number) => {
      if (measure(text) <= width) return text;
      if (text.length > minChars && measure(text.slice(0, minChars).trimEnd() + '…') > width) return null;
      let lo = 0,
        hi = text.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (measure(text.slice(0, mid).trimEnd() + '…') <= width) lo = mid;
        else hi = mid - 1;
      }
      return text.slice(0, lo).trim().length >= minChars ? text.slice(0, lo).trimEnd() + '…' : null;
    };
    const rnd = prng(5);
    const letters = 'abcdefghijklmnopqrstuvwxyz WMil.…';
    let calls = 0,
      refCalls = 0;
    for (let round = 0; round < 3000; round++) {
      // Random positive widths per character: a monotonic measure, not a multiple of the length.
      const w = new Map([...letters].map((c) => [c, 1 + rnd.int(0, 120) / 10]));
      const measure = (t: string) => [...t].reduce((a, c) => a + w.get(c)!, 0);
      const text = Array.from({ length: rnd.int(0, 60) }, () => letters[rnd.int(0, letters.length - 2)]).join('');
      const width = rnd.int(0, Math.ceil(measure(text)) + 10);
      const minChars = rnd.pick([1, 2, 4, 6]);
      const counted = (t: string) => (calls++, measure(t));
      const refCounted = (t: string) => (refCalls++, measure(t));
      expect(truncateToWidth(text, width, counted, minChars), JSON.stringify({ text, width, minChars })).toBe(
        reference(text, width, refCounted, minChars),
      );
    }
    expect(calls).toBeLessThan(refCalls * 0.75);
  });

  test('truncateToWidth(text, width) returns null below minChars characters', () => {
    expect(truncateToWidth('Ceasefire', 20, measure7)).toBeNull();
    expect(truncateToWidth('Ceasefire', 21, measure7, 2)).toBe('Ce…');
    expect(truncateToWidth('Ceasefire', 20, measure7, 2)).toBeNull();
  });

  test('truncateToWidth(random text, random width): result fits, ends with … and is a prefix', () => {
    const rnd = prng(9);
    const widths = (t: string) => [...t].reduce((s, c) => s + (c === ' ' ? 3 : c === c.toUpperCase() ? 9 : 6), 0);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: rnd.int(0, 40) }, () => rnd.pick(['a', 'b', 'W', ' ', 'x', 'M'])).join('');
      const width = rnd.int(0, 300);
      const r = truncateToWidth(text, width, widths);
      if (r === null) continue;
      expect(widths(r)).toBeLessThanOrEqual(Math.max(width, widths(text) <= width ? widths(text) : width));
      if (r !== text) {
        expect(r.endsWith('…')).toBe(true);
        expect(text.startsWith(r.slice(0, -1))).toBe(true);
        // (minChars after trimming spaces is not asserted: see the bug report.)
      }
    }
  });

  test('stackLabels: a priority-5 item beats a priority-1 item for the same slot, whatever the input order', () => {
    const base = { x0: 94, x1: 106, labelX: 109 };
    const low: StackItem = { ...base, key: 'low', text: 'Low priority event', priority: 1, order: 0 };
    const high: StackItem = { ...base, key: 'high', text: 'High priority event', priority: 5, order: 1 };
    const opts: StackOptions = { maxRows: 1, maxX: 1000, measure: measure7 };
    for (const items of [
      [low, high],
      [high, low],
    ]) {
      const r = stackLabels(items, opts);
      const byKey = new Map(r.items.map((s) => [s.key, s]));
      expect(byKey.get('high')).toMatchObject({ row: 0, label: 'High priority event', truncated: false });
      expect(byKey.get('low')!.label).toBeNull();
      expect(byKey.get('low')!.row).not.toBe(0);
      expect(r.items.map((s) => s.key)).toEqual(items.map((i) => i.key));
    }
  });

  test('stackLabels: with equal priority the earlier item (lower order) gets the label', () => {
    const base = { x0: 94, x1: 106, labelX: 109, priority: 3 };
    const r = stackLabels(
      [
        { ...base, key: 'b', text: 'Second', order: 1 },
        { ...base, key: 'a', text: 'First', order: 0 },
      ],
      { maxRows: 1, maxX: 1000, measure: measure7 },
    );
    expect(r.items.find((s) => s.key === 'a')).toMatchObject({ row: 0, label: 'First' });
    expect(r.items.find((s) => s.key === 'b')!.label).toBeNull();
  });

  test('stackLabels puts a label that would run past maxX on the left of its mark when it fits there', () => {
    const r = stackLabels(
      [{ key: 'k', x0: 894, x1: 906, labelX: 909, text: 'A very long headline about a summit', priority: 3, order: 0 }],
      {
        maxRows: 3,
        maxX: 1000,
        measure: measure7,
      },
    );
    const s = r.items[0]!;
    expect(s).toMatchObject({ anchor: 'end', label: 'A very long headline about a summit', truncated: false });
    expect(s.labelX).toBeLessThan(894);
    expect(s.labelX - measure7(s.label!)).toBeGreaterThanOrEqual(0);
  });

  test("stackLabels shortens a label that fits neither right of maxX nor left of minX, ending it with '…' within maxX", () => {
    const r = stackLabels(
      [{ key: 'k', x0: 894, x1: 906, labelX: 909, text: 'A very long headline about a summit', priority: 3, order: 0 }],
      {
        maxRows: 3,
        maxX: 1000,
        minX: 800,
        measure: measure7,
      },
    );
    const s = r.items[0]!;
    expect(s.truncated).toBe(true);
    expect(s.label!.endsWith('…')).toBe(true);
    expect(909 + measure7(s.label!)).toBeLessThanOrEqual(1000);
  });

  test('stackLabels does not mutate its input', () => {
    const items: StackItem[] = [
      { key: 'a', x0: 0, x1: 12, labelX: 15, text: 'Alpha', priority: 1, order: 0 },
      { key: 'b', x0: 5, x1: 17, labelX: 20, text: 'Beta', priority: 5, order: 1 },
    ];
    const copy = structuredClone(items);
    stackLabels(items, { maxRows: 2, maxX: 500, measure: measure7 });
    expect(items).toEqual(copy);
  });

  function randomItems(rnd: ReturnType<typeof prng>, maxX: number): StackItem[] {
    const words = ['Iran', 'strike', 'talks', 'ceasefire', 'Geneva', 'IAEA', 'Trump', 'says', 'on', 'a', 'nuclear', 'Fordow', 'Moscow'];
    return Array.from({ length: rnd.int(1, 45) }, (_, i) => {
      const text = Array.from({ length: rnd.int(1, 7) }, () => rnd.pick(words)).join(' ');
      const common = { key: `k${i}`, text, priority: rnd.int(1, 5), order: i };
      if (rnd.next() < 0.7) {
        const c = rnd.next() * maxX;
        return { ...common, x0: c - 6, x1: c + 6, labelX: c + 9 };
      }
      const a = rnd.next() * maxX;
      const b = Math.min(maxX, a + rnd.pick([rnd.next() * 40, rnd.next() * 300, rnd.next() * maxX]));
      return { ...common, x0: a, x1: b, labelX: a + 6 };
    });
  }

  test('stackLabels(random items): no two labels in a row overlap; truncated labels end with … and fit within maxX (500 cases)', () => {
    const rnd = prng(42);
    for (let c = 0; c < 500; c++) {
      const maxX = rnd.int(200, 1200);
      const items = randomItems(rnd, maxX);
      const maxRows = rnd.int(1, 4);
      const r = stackLabels(items, { maxRows, maxX, measure: measure7 });
      const rows = new Map<string, RowItem[]>();
      r.items.forEach((s, i) => {
        const it = items[i]!;
        expect(s.key).toBe(it.key);
        expect(s.row).toBeGreaterThanOrEqual(0);
        expect(s.row).toBeLessThan(r.rows);
        expect(r.rows).toBeLessThanOrEqual(Math.max(maxRows + 1, maxRows * 3));
        if (s.label !== null) {
          if (s.anchor === 'end') expect(s.labelX - measure7(s.label)).toBeGreaterThanOrEqual(-1e-9);
          else expect(s.labelX + measure7(s.label)).toBeLessThanOrEqual(maxX + 1e-9);
          if (s.truncated) {
            expect(s.label.endsWith('…')).toBe(true);
            expect(it.text.startsWith(s.label.slice(0, -1))).toBe(true);
          } else expect(s.label).toBe(it.text);
        } else expect(s.truncated).toBe(false);
        const k = String(s.row);
        (rows.get(k) ?? rows.set(k, []).get(k)!).push({
          key: it.key,
          x0: it.x0,
          x1: it.x1,
          text: s.label ? (s.anchor === 'end' ? [s.labelX - measure7(s.label), s.labelX] : [s.labelX, s.labelX + measure7(s.label)]) : null,
        });
      });
      expect(collisions(rows).textText).toEqual([]);
    }
  });

  test('stackLabels(random items, {maxMarkRows: 1000}): no mark falls on another item’s label text in its row (500 cases)', () => {
    const rnd = prng(4242);
    for (let c = 0; c < 500; c++) {
      const maxX = rnd.int(200, 1200);
      const items = randomItems(rnd, maxX);
      const r = stackLabels(items, { maxRows: rnd.int(1, 4), maxMarkRows: 1000, maxX, measure: measure7 });
      const rows = new Map<string, RowItem[]>();
      r.items.forEach((s, i) => {
        const it = items[i]!;
        const k = String(s.row);
        (rows.get(k) ?? rows.set(k, []).get(k)!).push({
          key: it.key,
          x0: it.x0,
          x1: it.x1,
          text: s.label ? (s.anchor === 'end' ? [s.labelX - measure7(s.label), s.labelX] : [s.labelX, s.labelX + measure7(s.label)]) : null,
        });
      });
      const { textText, markText } = collisions(rows);
      expect(textText).toEqual([]);
      expect(markText).toEqual([]);
    }
  });

  test.each([1200, 800, 500])('computeTimelineLayout(june, {width: %i}): no two labels in the same lane row overlap', (width) => {
    for (const groupBy of ['actor', 'topic', 'none'] as const) {
      const layout = computeTimelineLayout(prepareTimeline(june, { groupBy }), { width });
      expect(collisions(layoutRows(layout)).textText, groupBy).toEqual([]);
    }
  });

  // Width 800 is left out: see the bug report (a bar's label drawn inside it is
  // not recorded as text, so a crowded mark can be put on top of it).
  test.each([1200, 800, 500])(
    'computeTimelineLayout(june, {width: %i}): no mark falls on another event’s label text in its row',
    (width) => {
      const layout = computeTimelineLayout(prepareTimeline(june, { groupBy: 'actor' }), { width });
      expect(collisions(layoutRows(layout)).markText).toEqual([]);
    },
  );

  test.each([1200, 800, 500])(
    "computeTimelineLayout(june, {width: %i}): truncated labels end with '…' and end inside the plot",
    (width) => {
      const layout = computeTimelineLayout(prepareTimeline(june), { width });
      const truncated = layout.marks.filter((m) => m.truncated);
      expect(truncated.length).toBeGreaterThan(0);
      for (const m of truncated) {
        expect(m.label!.endsWith('…')).toBe(true);
        // A shortened label flips to the left of its mark at the far edge.
        if (m.labelAnchor === 'end') expect(m.labelX - measure7(m.label!)).toBeGreaterThanOrEqual(layout.plotLeft - 1e-9);
        else expect(m.labelX + measure7(m.label!)).toBeLessThanOrEqual(layout.plotRight + 1e-9);
      }
    },
  );
});

describe('layout/timeline-layout.ts on the June 2025 dataset', () => {
  const prepared = prepareTimeline(june);
  const layout = computeTimelineLayout(prepared, { width: 1200 });

  test('prepareTimeline(june) uses the chronology zone (Asia/Tehran), sorts items by start and pads the extent', () => {
    expect(prepared.timeZone).toBe('Asia/Tehran');
    expect(prepared.items).toHaveLength(80);
    for (let i = 1; i < prepared.items.length; i++) expect(prepared.items[i]!.start).toBeGreaterThanOrEqual(prepared.items[i - 1]!.start);
    const lo = Math.min(...prepared.items.map((i) => i.start));
    const hi = Math.max(...prepared.items.map((i) => i.end));
    expect(prepared.extent[0]).toBeLessThan(lo);
    expect(prepared.extent[1]).toBeGreaterThan(hi);
    expect(prepared.maxSpan).toBe(Math.max(...prepared.items.map((i) => i.end - i.start)));
  });

  test('computeTimelineLayout(prepareTimeline(june), {width: 1200}) gives every one of the 80 events a mark at the default domain', () => {
    expect(layout.total).toBe(80);
    expect(layout.inView).toBe(80);
    expect(new Set(layout.marks.map((m) => m.id))).toEqual(new Set(june.events.map((e) => e.id)));
    for (const e of june.events) {
      const ms = layout.marks.filter((m) => m.id === e.id);
      expect(ms.map((m) => m.laneId).sort(), e.id).toEqual([...prepared.lanesByEvent.get(e.id)!].sort());
      expect(
        ms.filter((m) => m.primary),
        e.id,
      ).toHaveLength(1);
    }
    expect(new Set(layout.marks.map((m) => m.key)).size).toBe(layout.marks.length);
  });

  test('computeTimelineLayout(…, {width: 1200}) places marks inside the plot and on their lane rows', () => {
    const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plotLeft - 1e-9);
      expect(m.x2).toBeLessThanOrEqual(layout.plotRight + 1e-9);
      expect(m.x2).toBeGreaterThanOrEqual(m.x);
      const lane = lanes.get(m.laneId)!;
      expect(m.row).toBeLessThan(lane.rows);
      expect(m.y).toBeGreaterThan(lane.y);
      expect(m.y).toBeLessThan(lane.y + lane.height);
    }
  });

  test('computeTimelineLayout(…, {width: 1200}) links the marks of every multi-lane event', () => {
    const multi = june.events.filter((e) => prepared.lanesByEvent.get(e.id)!.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    expect(layout.links.map((l) => l.id).sort()).toEqual(multi.map((e) => e.id).sort());
    const putin = layout.links.find((l) => l.id === 'putin-araghchi-kremlin-meeting')!;
    expect(putin).toBeDefined();
    for (const link of layout.links) {
      const ys = layout.marks.filter((m) => m.id === link.id).map((m) => m.y);
      expect(link.y1).toBe(Math.min(...ys));
      expect(link.y2).toBe(Math.max(...ys));
      expect(link.y2).toBeGreaterThan(link.y1);
    }
  });

  test('computeTimelineLayout(…, {width: 1200}) stacks lanes without gaps below the axis', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(prepared.lanes.map((l) => l.id));
    // Below the axis and the band of annotation notes (16 px a row, 4 px under it).
    const notes = layout.notes.length ? (Math.max(...layout.notes.map((n) => n.row)) + 1) * 16 + 4 : 0;
    expect(layout.lanes[0]!.y).toBe(layout.axisHeight + notes);
    for (let i = 0; i + 1 < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.y + layout.lanes[i]!.height).toBe(layout.lanes[i + 1]!.y);
    }
    const last = layout.lanes.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(last.y + last.height);
    for (const l of layout.lanes) expect(l.height).toBeGreaterThanOrEqual(l.rows * 24);
  });

  test('computeTimelineLayout(…, {width: 1200}) ticks lie within the plot and on Tehran midnights', () => {
    expect(layout.ticks.length).toBeGreaterThan(3);
    for (const t of layout.ticks) {
      expect(t.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(t.x).toBeLessThanOrEqual(layout.plotRight);
      expect(isMidnightIn(t.value, 'Asia/Tehran')).toBe(true);
    }
  });

  test('computeTimelineLayout(…, {domain: 23 June in Tehran}) shows only events overlapping the window ± margin', () => {
    const d: [number, number] = [zonedMidnight(2025, 6, 23, 'Asia/Tehran'), zonedMidnight(2025, 6, 24, 'Asia/Tehran')];
    const zoom = computeTimelineLayout(prepared, { width: 1000, domain: d });
    const from = d[0] - DAY / 2;
    const to = d[1] + DAY / 2;
    const expected = prepared.items.filter((it) => it.end >= from && it.start <= to).map((it) => it.event.id);
    const shown = new Set(zoom.marks.map((m) => m.id));
    expect(shown).toEqual(new Set(expected));
    expect(shown.size).toBeGreaterThan(0);
    expect(shown.size).toBeLessThan(40);
    const inView = prepared.items.filter((it) => it.end >= d[0] && it.start <= d[1]);
    expect(zoom.inView).toBe(inView.length);
    expect(zoom.inView).toBeLessThan(shown.size);
    for (const m of zoom.marks) {
      const it = prepared.items.find((i) => i.event.id === m.id)!;
      expect(m.inView).toBe(it.end >= d[0] && it.start <= d[1]);
    }
    // The putin-araghchi meeting (23 June) is in view, in each of its lanes (Putin, Araghchi, …).
    const meeting = zoom.marks.filter((m) => m.id === 'putin-araghchi-kremlin-meeting' && m.inView).map((m) => m.laneId);
    expect(meeting.sort()).toEqual([...prepared.lanesByEvent.get('putin-araghchi-kremlin-meeting')!].sort());
    expect(meeting).toEqual(expect.arrayContaining(['actor:vladimir-putin', 'actor:abbas-araghchi']));
    // Zoomed to a day, the axis shows hours.
    expect(zoom.ticks.some((t) => /^\d\d:00$/.test(t.label))).toBe(true);
  });

  test("prepareTimeline(june, {activeTopics: {'nuclear', 'safeguards'}}) keeps only events with those topics", () => {
    const topics = new Set(['nuclear', 'safeguards']);
    const p = prepareTimeline(june, { activeTopics: topics });
    const expected = june.events.filter((e) => e.topics.some((t) => topics.has(t)));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(80);
    expect(p.items.map((i) => i.event.id).sort()).toEqual(expected.map((e) => e.id).sort());
    const l = computeTimelineLayout(p, { width: 1200 });
    expect(l.total).toBe(expected.length);
    expect(new Set(l.marks.map((m) => m.id))).toEqual(new Set(expected.map((e) => e.id)));
    for (const m of l.marks) expect(m.event.topics.some((t) => topics.has(t))).toBe(true);
    // The extent still covers all events, so filtering does not rescale the axis.
    expect(p.extent).toEqual(prepared.extent);
  });

  test('prepareTimeline(june, {activeTopics: empty set}) shows all events', () => {
    expect(prepareTimeline(june, { activeTopics: new Set() }).items).toHaveLength(80);
    expect(prepareTimeline(june, { activeTopics: null }).items).toHaveLength(80);
  });

  test("prepareTimeline(june, {groupBy: 'none'}) and computeTimelineLayout draw one lane with no label column; marks and clusters hold the 80 events", () => {
    const l = computeTimelineLayout(prepareTimeline(june, { groupBy: 'none' }), { width: 600 });
    expect(l.lanes).toHaveLength(1);
    expect(l.plotLeft).toBe(8);
    // 80 events in one 580 px lane: the densest days are clustered.
    expect(l.clusters.length).toBeGreaterThan(0);
    const ids = [...l.marks.map((m) => m.id), ...l.clusters.flatMap((c) => c.ids)];
    expect(ids).toHaveLength(80);
    expect(new Set(ids)).toEqual(new Set(june.events.map((e) => e.id)));
    expect(l.inView).toBe(80);
    expect(l.shown).toBe(l.marks.length);
    expect(l.shown + l.clusters.reduce((n, c) => n + c.inViewPrimaryCount, 0)).toBe(80);
  });

  test('computeTimelineLayout gives the same result whatever the display zone’s machine TZ (Pacific/Honolulu zone)', () => {
    const p = prepareTimeline(june, { timeZone: 'Pacific/Honolulu' });
    const l = computeTimelineLayout(p, { width: 1200 });
    for (const t of l.ticks) expect(isMidnightIn(t.value, 'Pacific/Honolulu')).toBe(true);
    const meeting = p.items.find((i) => i.event.id === 'putin-araghchi-kremlin-meeting')!;
    expect(meeting.start).toBe(zonedMidnight(2025, 6, 23, 'Pacific/Honolulu'));
  });
});

describe('layout snapshots (tests/output/*.json)', () => {
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  const summary = (l: TimelineLayout) => ({
    width: l.width,
    height: r3(l.height),
    plotLeft: r3(l.plotLeft),
    plotRight: r3(l.plotRight),
    domain: l.domain.map((t) => new Date(t).toISOString()),
    inView: l.inView,
    total: l.total,
    ticks: l.ticks.map((t) => ({ value: new Date(t.value).toISOString(), x: r3(t.x), label: t.label, major: t.major })),
    lanes: l.lanes.map((ln) => ({ id: ln.id, label: ln.label, kind: ln.kind, y: r3(ln.y), height: r3(ln.height), rows: ln.rows })),
    links: l.links.map((k) => ({ id: k.id, x: r3(k.x), y1: r3(k.y1), y2: r3(k.y2) })),
    marks: l.marks.map((m) => ({
      id: m.id,
      laneId: m.laneId,
      kind: m.kind,
      x: r3(m.x),
      x2: r3(m.x2),
      y: r3(m.y),
      row: m.row,
      label: m.label,
    })),
    shown: l.shown,
    clusters: l.clusters.map((c) => ({
      key: c.key,
      laneId: c.laneId,
      x: r3(c.x),
      width: r3(c.width),
      y: r3(c.y),
      x0: r3(c.x0),
      x1: r3(c.x1),
      label: c.label,
      count: c.count,
      start: new Date(c.start).toISOString(),
      end: new Date(c.end).toISOString(),
      inViewCount: c.inViewCount,
      primaryCount: c.primaryCount,
      ids: c.ids,
    })),
  });
  const snap = (l: TimelineLayout) => JSON.stringify(summary(l), null, 2) + '\n';

  test('june-actor-1200: computeTimelineLayout(prepareTimeline(june, {groupBy: actor}), {width: 1200})', async () => {
    const l = computeTimelineLayout(prepareTimeline(june, { groupBy: 'actor' }), { width: 1200 });
    await expect(snap(l)).toMatchFileSnapshot('../output/june-actor-1200.json');
  });

  test('june-topic-800: computeTimelineLayout(prepareTimeline(june, {groupBy: topic}), {width: 800})', async () => {
    const l = computeTimelineLayout(prepareTimeline(june, { groupBy: 'topic' }), { width: 800 });
    await expect(snap(l)).toMatchFileSnapshot('../output/june-topic-800.json');
  });

  test('june-none-600: computeTimelineLayout(prepareTimeline(june, {groupBy: none}), {width: 600})', async () => {
    const l = computeTimelineLayout(prepareTimeline(june, { groupBy: 'none' }), { width: 600 });
    await expect(snap(l)).toMatchFileSnapshot('../output/june-none-600.json');
  });

  test('june-zoom-day-1000: computeTimelineLayout(prepareTimeline(june), {width: 1000, domain: 23 June in Tehran})', async () => {
    const d: [number, number] = [zonedMidnight(2025, 6, 23, 'Asia/Tehran'), zonedMidnight(2025, 6, 24, 'Asia/Tehran')];
    const l = computeTimelineLayout(prepareTimeline(june, { groupBy: 'actor' }), { width: 1000, domain: d });
    await expect(snap(l)).toMatchFileSnapshot('../output/june-zoom-day-1000.json');
  });
});

describe('cases fixed after review', () => {
  const m7 = (t: string) => t.length * 7;

  test('wallToInstant(2025-03-09 02:00, America/New_York) lands after the DST gap, at 03:00 EDT', async () => {
    const { wallToInstant } = await import('../../src/time/zone.js');
    expect(new Date(wallToInstant(Date.UTC(2025, 2, 9, 2), 'America/New_York')).toISOString()).toBe('2025-03-09T07:00:00.000Z');
  });

  test("zonedMidnight(2025, 9, 7, 'America/Santiago') is on 7 September even though that midnight does not exist", () => {
    const t = zonedMidnight(2025, 9, 7, 'America/Santiago');
    expect(new Date(t).toISOString()).toBe('2025-09-07T04:00:00.000Z');
    expect(zonedDateKey(t, 'America/Santiago')).toBe('2025-09-07');
  });

  test('computeTicks(...) across the New York DST start gives strictly increasing x', () => {
    const ticks = computeTicks([Date.UTC(2025, 2, 9, 4), Date.UTC(2025, 2, 9, 10)], [0, 600], {
      timeZone: 'America/New_York',
      locale: 'en',
    });
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x).toBeGreaterThan(ticks[i - 1]!.x);
  });

  test('computeTicks(ten years, 300 px) uses year steps that respect the minimum spacing', () => {
    const ticks = computeTicks([Date.UTC(2015, 0, 1), Date.UTC(2025, 0, 1)], [0, 300], { timeZone: 'UTC', locale: 'en', minSpacing: 64 });
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(64);
  });

  test('computeTicks(a year, 700 px) keeps even February at least minSpacing wide', () => {
    const ticks = computeTicks([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], [0, 700], { timeZone: 'UTC', locale: 'en', minSpacing: 50 });
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(50);
  });

  test('stackLabels(...) does not put a crowded mark on a label written inside a bar', () => {
    const items: StackItem[] = [
      { key: 'A', x0: 94, x1: 106, labelX: 109, text: 'AAAA', priority: 5, order: 0 },
      { key: 'B', x0: 100, x1: 300, labelX: 106, text: 'Bar label text', priority: 4, order: 1 },
      { key: 'D', x0: 144, x1: 156, labelX: 159, text: 'DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD', priority: 3, order: 2 },
      { key: 'C', x0: 144, x1: 156, labelX: 159, text: 'CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC', priority: 1, order: 3 },
    ];
    const { items: out } = stackLabels(items, { maxRows: 1, maxMarkRows: 3, maxX: 320, measure: m7 });
    const b = out.find((i) => i.key === 'B')!;
    const c = out.find((i) => i.key === 'C')!;
    expect(b.label).not.toBeNull();
    expect(c.row).not.toBe(b.row);
  });

  test('truncateToWidth(text, w) keeps at least minChars real characters after trimming', () => {
    expect(truncateToWidth('Go  to war now', 35, m7)).toBeNull();
    expect(truncateToWidth('    Ceasefire', 35, m7)).toBeNull();
    expect(truncateToWidth('Ceasefire holds', 56, m7)).toBe('Ceasefi…');
  });
});

describe('clusters of dense stretches (issue 4)', () => {
  const T = Date.UTC(2025, 5, 10, 10, 0);
  const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}:00+00:00`;
  /** A chronology from short event specs (instants unless `end` or `start` is given). */
  function chronology(events: { at?: number; start?: string; end?: string; actors?: string[]; title?: string; importance?: number }[]) {
    const { chronology: c, problems } = parseChronology({
      schemaVersion: 1,
      id: 'dense',
      title: 'Dense',
      timeZone: 'UTC',
      events: events.map((e, i) => ({
        id: `e${String(i).padStart(5, '0')}`,
        title: e.title ?? `Event ${i}`,
        start: e.start ?? iso(e.at!),
        ...(e.end ? { end: e.end } : {}),
        actors: (e.actors ?? []).map((id) => ({ id })),
        importance: e.importance ?? 3,
      })),
      actors: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), kind: 'person' })),
    });
    expect(problems).toEqual([]);
    return c!;
  }

  test('clusterLabel(n) is "+n", then thousands and millions', () => {
    expect([1, 12, 999, 1000, 12_345, 999_999, 2_500_000].map(clusterLabel)).toEqual(['+1', '+12', '+999', '+1k', '+12k', '+999k', '+2M']);
  });

  test('300 events at one instant become one "+300" cluster holding them all, in time order', () => {
    const p = prepareTimeline(chronology(Array.from({ length: 300 }, () => ({ at: T }))), { groupBy: 'none' });
    const l = computeTimelineLayout(p, { width: 1200, measureText: measure7 });
    expect(l.marks).toEqual([]);
    expect(l.clusters).toHaveLength(1);
    const c = l.clusters[0]!;
    expect(c).toMatchObject({
      laneId: 'all',
      count: 300,
      label: '+300',
      start: T,
      end: T,
      inView: true,
      inViewCount: 300,
      primaryCount: 300,
      inViewPrimaryCount: 300,
      row: 0,
    });
    expect(c.ids).toEqual(p.items.map((it) => it.event.id));
    expect(c.events.map((e) => e.id)).toEqual(c.ids);
    expect(c.width).toBe(Math.max(28, measure7('+300') + 8));
    expect(c.x0).toBe(c.x1);
    expect(Math.abs(c.x - c.x0)).toBeLessThan(60); // in its cell, next to where the events are
    expect(c.key).toMatch(/^c:all:/);
    expect(l.inView).toBe(300);
    expect(l.shown).toBe(0);
    expect(l.lanes[0]!.rows).toBe(1);
    expect(l.links).toEqual([]);
  });

  test('a sparse labelled event next to a dense stretch keeps its label clear of the "+N" pill', () => {
    const events = [
      { at: T, title: 'A long headline that would run under the pill', importance: 5 },
      ...Array.from({ length: 60 }, () => ({ at: T + 30 * 60_000 })),
    ];
    const p = prepareTimeline(chronology(events), { groupBy: 'none' });
    const l = computeTimelineLayout(p, { width: 600, measureText: measure7, domain: [T - 30 * 60_000, T + 90 * 60_000] });
    expect(l.clusters).toHaveLength(1);
    const c = l.clusters[0]!;
    expect(c.count).toBe(60);
    const a = l.marks.find((m) => m.id === 'e00000')!;
    expect(a).toBeDefined();
    expect(a.label).not.toBeNull();
    if (a.row === c.row) expect(a.labelX + measure7(a.label!)).toBeLessThanOrEqual(c.x - c.width / 2);
    expect(l.inView).toBe(61);
    expect(l.shown).toBe(1);
  });

  test('an event clustered in its first lane but drawn in another: no link, the mark is not primary, counted once', () => {
    // Lane a is dense at T; event "shared" (actors a, b) is in lanes a (first) and b.
    const events = [...Array.from({ length: 80 }, () => ({ at: T, actors: ['a'] })), { at: T, actors: ['a', 'b'], title: 'Shared' }];
    const p = prepareTimeline(chronology(events), { groupBy: 'actor' });
    expect(p.lanesByEvent.get('e00080')).toEqual(['actor:a', 'actor:b']);
    const l = computeTimelineLayout(p, { width: 800, measureText: measure7 });
    const inA = l.clusters.find((c) => c.laneId === 'actor:a')!;
    expect(inA.ids).toContain('e00080');
    const inB = l.marks.filter((m) => m.id === 'e00080');
    expect(inB).toHaveLength(1);
    expect(inB[0]).toMatchObject({ laneId: 'actor:b', primary: false });
    expect(l.links).toEqual([]);
    expect(l.inView).toBe(81);
    expect(l.shown).toBe(0);
    expect(inA.inViewPrimaryCount).toBe(81);
  });

  test('a long bar that started before the view joins the cluster at the view’s left edge, not one in the margin', () => {
    const d0 = T;
    const d1 = T + 6 * H;
    const events = [
      { start: '2025-05-01', end: '2025-06-30', title: 'Two-month crisis' }, // the longest: kept in the long list
      ...Array.from({ length: 120 }, () => ({ at: d0 + 5 * 60_000 })), // the cell at the left edge is dense
      ...Array.from({ length: 40 }, (_, i) => ({ at: d0 - 3 * H + i * 60_000 })), // others in the left margin
    ];
    const p = prepareTimeline(chronology(events), { groupBy: 'none' });
    const l = computeTimelineLayout(p, { width: 1000, measureText: measure7, domain: [d0, d1] });
    const withBar = l.clusters.find((c) => c.ids.includes('e00000'));
    const barMark = l.marks.find((m) => m.id === 'e00000');
    expect(!!withBar !== !!barMark).toBe(true);
    expect(withBar).toBeDefined();
    expect(withBar!.ids).toEqual(expect.arrayContaining(['e00001', 'e00120']));
    expect(withBar!.x).toBeGreaterThan(l.plotLeft - 60);
    expect(withBar!.x).toBeLessThan(l.plotLeft + 60);
    expect(withBar!.start).toBe(Date.UTC(2025, 4, 1));
    expect(withBar!.inViewCount).toBe(121);
    expect(l.inView).toBe(121);
  });

  test('5,000 events: marks + clusters stay bounded by the plot width and the rows, and the counts add up', () => {
    const rnd = prng(404);
    const events = Array.from({ length: 5_000 }, () => ({
      at: T + Math.floor(rnd.next() * 10 * 24 * 60) * 60_000,
      actors: rnd.pick([['a'], ['b'], ['a', 'b'], ['c', 'a'], []]),
    }));
    const p = prepareTimeline(chronology(events), { groupBy: 'actor' });
    const pairs = [...p.lanesByEvent.values()].reduce((n, ls) => n + ls.length, 0);
    for (const domain of [undefined, [T + 2 * DAY, T + 3 * DAY] as [number, number], [T + 2 * DAY, T + 2 * DAY + H] as [number, number]]) {
      const l = computeTimelineLayout(p, { width: 1200, measureText: measure7, domain });
      const perLaneBound = ((l.plotRight - l.plotLeft) / 12) * 9 * 2;
      for (const lane of l.lanes) {
        const n = l.marks.filter((m) => m.laneId === lane.id).length + l.clusters.filter((c) => c.laneId === lane.id).length;
        expect(n).toBeLessThanOrEqual(perLaneBound);
      }
      const members = l.marks.length + l.clusters.reduce((n, c) => n + c.count, 0);
      if (!domain) {
        expect(members).toBe(pairs);
        expect(l.clusters.length).toBeGreaterThan(0);
      }
      const [a, b] = l.domain;
      const span = b - a;
      const inWindow = p.items.filter((it) => it.end >= a - span / 2 && it.start <= b + span / 2);
      expect(members).toBe(inWindow.reduce((n, it) => n + p.lanesByEvent.get(it.event.id)!.length, 0));
      expect(l.inView).toBe(p.items.filter((it) => it.end >= a && it.start <= b).length);
    }
  });
});

describe('computeTimelineLayout on degenerate domains', () => {
  test.each([
    ['an instant', 0],
    ['a reversed domain', -1],
  ])('computeTimelineLayout(june, {domain: %s}) does not throw and counts what it shows', (_, sign) => {
    const p = prepareTimeline(june, { groupBy: 'none' });
    const t = zonedMidnight(2025, 6, 23, 'Asia/Tehran') + 12 * H;
    const l = computeTimelineLayout(p, { width: 800, domain: [t, t + sign * H], measureText: measure7 });
    const inView = p.items.filter((it) => it.end >= t && it.start <= t + sign * H).length;
    expect(l.inView).toBe(inView);
    const members = l.marks.length + l.clusters.reduce((n, c) => n + c.count, 0);
    expect(members).toBe(sign === 0 ? p.items.filter((it) => it.end >= t && it.start <= t).length : members);
    for (const c of l.clusters) expect(c.width).toBeGreaterThanOrEqual(28);
  });
});
