// Property tests (fast-check) of computeTimelineLayout's clustering: for random
// chronologies, domains, widths and options, the counts add up, nothing
// overlaps in a lane row, and what is returned is bounded by what fits.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ECHO_DOT_R } from '../../src/layout/echoes.js';
import { stackLabels, type ReservedSpan, type StackItem } from '../../src/layout/stack.js';
import {
  clusterLabel,
  computeTimelineLayout,
  prepareTimeline,
  type ClusterLayout,
  type LayoutOptions,
  type PreparedTimeline,
  type TimelineLayout,
} from '../../src/layout/timeline-layout.js';
import { parseChronology, type Chronology } from '../../src/schema/index.js';

const MIN = 60_000;
const DAY = 86_400_000;
const BASE = Date.UTC(2025, 5, 1);
const GAP = 12;
const ACTORS = ['amina', 'boris', 'chen', 'dolores', 'ezra'];
const TOPICS = ['diplomacy', 'military', 'nuclear'];
const WORDS = ['Iran', 'talks', 'ceasefire', 'Geneva', 'IAEA', 'says', 'on', 'a', 'strike', 'Moscow', 'W', 'iii'];

/** A proportional measure with narrow and wide letters, so widths are not a multiple of the length. */
const measure = (t: string) => {
  let w = 0;
  for (const c of t) w += c === ' ' ? 3.5 : c === 'i' || c === 'l' ? 3 : c === 'W' || c === 'M' ? 11 : c === '…' ? 8 : 6.5;
  return w;
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoMinute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}:00+00:00`;

interface EventSpec {
  kind: 'instant' | 'day' | 'range' | 'dayRange' | 'month';
  minute: number;
  len: number;
  actors: string[];
  topics: string[];
  importance: number;
  words: string[];
}

/** Minutes from BASE: spread over 40 days, or packed into hot spots (to make dense stretches). */
const minuteArb = fc.oneof(
  fc.integer({ min: 0, max: 40 * 24 * 60 }),
  fc.integer({ min: 0, max: 120 }).map((m) => 10 * 24 * 60 + m),
  fc.integer({ min: 0, max: 24 * 60 }).map((m) => 20 * 24 * 60 + m),
  fc.constant(15 * 24 * 60 + 600),
);

const eventArb: fc.Arbitrary<EventSpec> = fc.record({
  kind: fc.constantFrom('instant', 'instant', 'day', 'day', 'range', 'dayRange', 'month'),
  minute: minuteArb,
  len: fc.oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 1, max: 60 * 24 * 12 })),
  actors: fc.shuffledSubarray(ACTORS, { minLength: 0, maxLength: 3 }),
  topics: fc.shuffledSubarray(TOPICS, { minLength: 0, maxLength: 2 }),
  importance: fc.integer({ min: 1, max: 5 }),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 7 }),
}) as fc.Arbitrary<EventSpec>;

function chronologyOf(specs: readonly EventSpec[]): Chronology {
  const events = specs.map((s, i) => {
    const t = BASE + s.minute * MIN;
    const base = {
      id: `e${pad(i, 4)}`,
      title: `${s.words.join(' ')} ${i}`,
      actors: s.actors.map((id) => ({ id })),
      topics: s.topics,
      importance: s.importance,
    };
    switch (s.kind) {
      case 'instant':
        return { ...base, start: isoMinute(t) };
      case 'day':
        return { ...base, start: isoDay(t) };
      case 'range':
        return { ...base, start: isoMinute(t), end: isoMinute(t + s.len * MIN) };
      case 'dayRange':
        return { ...base, start: isoDay(t), end: isoDay(t + Math.ceil(s.len / 1440) * DAY) };
      case 'month':
        return { ...base, start: isoDay(t).slice(0, 7) };
    }
  });
  const { chronology, problems } = parseChronology({
    schemaVersion: 1,
    id: 'prop',
    title: 'Property',
    events,
    actors: ACTORS.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), kind: 'person' })),
    topics: TOPICS.map((id) => ({ id, label: id, color: '#336699' })),
  });
  expect(problems).toEqual([]);
  return chronology!;
}

interface Case {
  specs: EventSpec[];
  groupBy: 'actor' | 'topic' | 'none';
  timeZone: string;
  width: number;
  /** null: the prepared extent. */
  view: { centre: number; logSpan: number } | null;
  margin: number;
  maxRows: number;
  maxStackRows: number | undefined;
}

const caseArb = (maxEvents: number): fc.Arbitrary<Case> =>
  fc.record({
    specs: fc.array(eventArb, { minLength: 0, maxLength: maxEvents, size: 'max' }),
    groupBy: fc.constantFrom('actor', 'actor', 'topic', 'none'),
    timeZone: fc.constantFrom('UTC', 'Asia/Tehran', 'America/New_York'),
    width: fc.integer({ min: 200, max: 1600 }),
    view: fc.option(
      fc.record({
        // Anywhere, or near a hot spot.
        centre: fc.oneof(
          fc.double({ min: -5, max: 45, noNaN: true }),
          fc.constantFrom(10, 10.04, 20.5, 15.42).chain((d) => fc.double({ min: d - 0.5, max: d + 0.5, noNaN: true })),
        ),
        logSpan: fc.double({ min: Math.log(MIN), max: Math.log(300 * DAY), noNaN: true }),
      }),
      { nil: null },
    ),
    margin: fc.constantFrom(0, 0.15, 0.25, 0.5, 0.5, 1),
    maxRows: fc.integer({ min: 1, max: 4 }),
    maxStackRows: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  }) as fc.Arbitrary<Case>;

function run(c: Case): { prepared: PreparedTimeline; layout: TimelineLayout; options: LayoutOptions } {
  const prepared = prepareTimeline(chronologyOf(c.specs), { groupBy: c.groupBy, timeZone: c.timeZone });
  const domain: [number, number] | undefined = c.view
    ? [BASE + c.view.centre * DAY - Math.exp(c.view.logSpan) / 2, BASE + c.view.centre * DAY + Math.exp(c.view.logSpan) / 2]
    : undefined;
  const options: LayoutOptions = {
    width: c.width,
    domain,
    margin: c.margin,
    maxRows: c.maxRows,
    maxStackRows: c.maxStackRows,
    measureText: measure,
  };
  return { prepared, layout: computeTimelineLayout(prepared, options), options };
}

/** Every (event, lane) pair of the window, and the window itself, by brute force. */
function expected(prepared: PreparedTimeline, layout: TimelineLayout, margin: number) {
  const [d0, d1] = layout.domain;
  const span = d1 - d0;
  const from = d0 - span * margin;
  const to = d1 + span * margin;
  const inWindow = prepared.items.filter((it) => it.end >= from && it.start <= to);
  const pairs = new Map<string, string[]>(prepared.lanes.map((l) => [l.id, []]));
  for (const it of inWindow) for (const lane of prepared.lanesByEvent.get(it.event.id)!) pairs.get(lane)!.push(it.event.id);
  const inView = prepared.items.filter((it) => it.end >= d0 && it.start <= d1);
  return { from, to, inWindow, pairs, inView };
}

function checkCounts(prepared: PreparedTimeline, layout: TimelineLayout, margin: number) {
  const { pairs, inWindow, inView } = expected(prepared, layout, margin);
  const order = new Map(prepared.items.map((it, i) => [it.event.id, i]));
  const spanOf = new Map(prepared.items.map((it) => [it.event.id, it]));
  // 1. In each lane, the marks and the clusters' members are exactly the window's pairs, each once.
  for (const lane of prepared.lanes) {
    const got = [
      ...layout.marks.filter((m) => m.laneId === lane.id).map((m) => m.id),
      ...layout.clusters.filter((c) => c.laneId === lane.id).flatMap((c) => c.ids),
    ].sort();
    expect(got, lane.id).toEqual([...pairs.get(lane.id)!].sort());
  }
  for (const c of layout.clusters) expect(prepared.lanes.some((l) => l.id === c.laneId)).toBe(true);
  // 2. Every in-window event's primary appearance is in exactly one place: a primary mark or a cluster of its first lane.
  const primaryMarks = new Map<string, number>();
  for (const m of layout.marks) {
    expect(m.primary, m.key).toBe(prepared.lanesByEvent.get(m.id)![0] === m.laneId);
    if (m.primary) primaryMarks.set(m.id, (primaryMarks.get(m.id) ?? 0) + 1);
  }
  const primaryInClusters = new Map<string, number>();
  for (const c of layout.clusters) {
    for (const id of c.ids)
      if (prepared.lanesByEvent.get(id)![0] === c.laneId) primaryInClusters.set(id, (primaryInClusters.get(id) ?? 0) + 1);
  }
  for (const it of inWindow) {
    const id = it.event.id;
    expect((primaryMarks.get(id) ?? 0) + (primaryInClusters.get(id) ?? 0), id).toBe(1);
  }
  // 3. inView: distinct events inside the visible domain = in-view primary marks + clusters' in-view primaries.
  const [d0, d1] = layout.domain;
  const meets = (id: string) => spanOf.get(id)!.end >= d0 && spanOf.get(id)!.start <= d1;
  expect(layout.inView).toBe(inView.length);
  const shown = layout.marks.filter((m) => m.primary && m.inView).length;
  expect(layout.shown).toBe(shown);
  expect(layout.inView).toBe(shown + layout.clusters.reduce((s, c) => s + c.inViewPrimaryCount, 0));
  for (const m of layout.marks) expect(m.inView, m.key).toBe(meets(m.id));
  // 4. Each cluster's numbers describe its members.
  for (const c of layout.clusters) checkCluster(c, prepared, order, meets, layout);
  // 5. Keys are unique.
  expect(new Set(layout.marks.map((m) => m.key)).size).toBe(layout.marks.length);
  expect(new Set(layout.clusters.map((c) => c.key)).size).toBe(layout.clusters.length);
  // 6. Links join drawn marks only.
  for (const link of layout.links) {
    const ys = layout.marks.filter((m) => m.id === link.id).map((m) => m.y);
    expect(ys.length).toBeGreaterThanOrEqual(2);
    expect(link.y1).toBe(Math.min(...ys));
    expect(link.y2).toBe(Math.max(...ys));
  }
  const drawnTwice = new Set(layout.marks.map((m) => m.id).filter((id, i, a) => a.indexOf(id) !== i));
  expect(new Set(layout.links.map((l) => l.id))).toEqual(drawnTwice);
}

function checkCluster(
  c: ClusterLayout,
  prepared: PreparedTimeline,
  order: Map<string, number>,
  meets: (id: string) => boolean,
  layout: TimelineLayout,
) {
  const members = c.ids.map((id) => prepared.items[order.get(id)!]!);
  expect(c.count).toBe(c.ids.length);
  expect(c.count).toBeGreaterThan(0);
  expect(c.events.map((e) => e.id)).toEqual(c.ids);
  // Time order: the prepared items' order (start, then input order).
  const idx = c.ids.map((id) => order.get(id)!);
  expect(idx).toEqual([...idx].sort((a, b) => a - b));
  expect(c.start).toBe(Math.min(...members.map((m) => m.start)));
  expect(c.end).toBe(Math.max(...members.map((m) => m.end)));
  expect(c.primaryCount).toBe(c.ids.filter((id) => prepared.lanesByEvent.get(id)![0] === c.laneId).length);
  expect(c.inViewCount).toBe(c.ids.filter(meets).length);
  expect(c.inViewPrimaryCount).toBe(c.ids.filter((id) => meets(id) && prepared.lanesByEvent.get(id)![0] === c.laneId).length);
  expect(c.inView).toBe(c.inViewCount > 0);
  expect(c.label).toBe(clusterLabel(c.count));
  // At least 28 px, and room for the label plus 8 px (up to 36 px: cells are at least 48 px).
  expect(c.width).toBeGreaterThanOrEqual(28);
  expect(c.width).toBeGreaterThanOrEqual(Math.min(measure(c.label) + 8, 36));
  const lane = layout.lanes.find((l) => l.id === c.laneId)!;
  expect(c.row).toBe(0);
  expect(c.y).toBe(lane.y + 4 + 12); // row 0's centre (24 px rows)
  const [d0, d1] = layout.domain;
  const k = (layout.plotRight - layout.plotLeft) / (d1 - d0 || 1);
  if (d1 > d0) {
    expect(c.x0).toBeCloseTo(layout.plotLeft + (c.start - d0) * k, 6);
    expect(c.x1).toBeCloseTo(layout.plotLeft + (c.end - d0) * k, 6);
  }
}

interface Shape {
  key: string;
  a: number;
  b: number;
}

/** Shapes and label texts per lane row. */
function rows(layout: TimelineLayout) {
  const out = new Map<string, { shapes: Shape[]; texts: Shape[] }>();
  const row = (k: string) => out.get(k) ?? out.set(k, { shapes: [], texts: [] }).get(k)!;
  for (const m of layout.marks) {
    // Echoes are on the lane's baseline, in no row (checked by checkEchoes).
    if (!m.primary) continue;
    const r = row(`${m.laneId}#${m.row}`);
    // A dot is 12 px wide; a day drawn as its day, dayWidth.
    const half = m.dayWidth > 0 ? m.dayWidth / 2 : 6;
    r.shapes.push({ key: m.key, a: m.kind === 'range' ? m.x : m.x - half, b: m.kind === 'range' ? m.x2 : m.x + half });
    if (m.label !== null) {
      const w = measure(m.label);
      r.texts.push({
        key: m.key,
        a: m.labelAnchor === 'end' ? m.labelX - w : m.labelX,
        b: m.labelAnchor === 'end' ? m.labelX : m.labelX + w,
      });
    }
  }
  for (const c of layout.clusters) row(`${c.laneId}#${c.row}`).shapes.push({ key: c.key, a: c.x - c.width / 2, b: c.x + c.width / 2 });
  return out;
}

const EPS = 1e-6;

function checkGeometry(layout: TimelineLayout, rowLimit: number) {
  for (const [k, { shapes, texts }] of rows(layout)) {
    // Shapes (dots, bars, pills) in a row keep at least the gap between them.
    const sorted = [...shapes].sort((p, q) => p.a - q.a);
    for (let i = 1; i < sorted.length; i++) {
      for (let j = 0; j < i; j++) {
        const p = sorted[j]!;
        const q = sorted[i]!;
        const apart = q.a - p.b >= GAP - EPS || p.a - q.b >= GAP - EPS;
        expect(apart, `${k}: ${p.key} [${p.a}, ${p.b}] and ${q.key} [${q.a}, ${q.b}]`).toBe(true);
      }
    }
    // No two labels overlap, and no shape covers another item's label.
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const p = texts[i]!;
        const q = texts[j]!;
        expect(p.b <= q.a + EPS || q.b <= p.a + EPS, `${k}: labels of ${p.key} and ${q.key}`).toBe(true);
      }
      for (const s of shapes) {
        if (s.key === texts[i]!.key) continue; // a bar's own label may sit inside it
        const t = texts[i]!;
        expect(t.b <= s.a + EPS || s.b <= t.a + EPS, `${k}: ${s.key} covers the label of ${t.key}`).toBe(true);
      }
    }
  }
  for (const lane of layout.lanes) {
    expect(lane.rows).toBeLessThanOrEqual(rowLimit);
    // Rows and padding only: echoes take no height.
    expect(lane.height).toBe(lane.rows * 24 + 8);
    for (const m of layout.marks.filter((m) => m.laneId === lane.id)) expect(m.row).toBeLessThan(lane.rows);
  }
  checkEchoes(layout);
}

/**
 * Echoes (an event's marks outside its first lane) claim no row: each lies on
 * its lane's baseline, below the last row's marks and labels (a bar reaches
 * 9 px below its row's centre, a label 8 px) and inside the lane.
 */
function checkEchoes(layout: TimelineLayout) {
  for (const lane of layout.lanes) {
    const echoes = layout.marks.filter((m) => m.laneId === lane.id && !m.primary);
    const lowest = Math.max(-Infinity, ...layout.marks.filter((m) => m.laneId === lane.id && m.primary).map((m) => m.y + 9));
    for (const m of echoes) {
      expect(m.row, m.key).toBe(-1);
      expect(m.label, m.key).toBeNull();
      // In the middle of the lane's 4 px bottom padding.
      expect(m.y, m.key).toBe(lane.y + lane.height - 2);
      // (A dot's echo, ECHO_DOT_R each side, is the tallest; a line is ECHO_SIZE px.)
      expect(m.y - ECHO_DOT_R, `${m.key} below the last row`).toBeGreaterThan(lowest);
      expect(m.y + ECHO_DOT_R, `${m.key} inside its lane`).toBeLessThanOrEqual(lane.y + lane.height);
    }
  }
}

/** Marks + clusters of a lane are bounded by what fits: (plot width / 12) × rows × (1 + 2 × margin), whatever n is. */
function checkBounded(layout: TimelineLayout, rowLimit: number, margin: number) {
  const span = (layout.plotRight - layout.plotLeft) * (1 + 2 * margin);
  const perLane = (span / 12) * rowLimit + 2 * rowLimit;
  // Echoes: a cell of the cluster grid (48 to 144 px) with more members than rowLimit × its width / 24 is a "+N".
  const echoesPerLane = rowLimit * (span / 24 + 12);
  for (const lane of layout.lanes) {
    const own = layout.marks.filter((m) => m.laneId === lane.id && m.primary).length;
    const n = own + layout.clusters.filter((c) => c.laneId === lane.id).length;
    expect(n, lane.id).toBeLessThanOrEqual(perLane);
    expect(layout.marks.filter((m) => m.laneId === lane.id && !m.primary).length, `${lane.id} echoes`).toBeLessThanOrEqual(echoesPerLane);
  }
}

const rowLimitOf = (c: Case) => Math.max(c.maxRows + 1, c.maxStackRows ?? c.maxRows * 3);

describe('computeTimelineLayout properties (fast-check)', () => {
  test('counts add up: per lane, marks + cluster members = the window’s (event, lane) pairs; each primary appearance is in one place; inView adds up', () => {
    fc.assert(
      fc.property(caseArb(100), (c) => {
        const { prepared, layout } = run(c);
        checkCounts(prepared, layout, c.margin);
      }),
      { numRuns: 100 },
    );
  });

  test('no two labels overlap in a lane row, no shape covers a label, shapes keep the 12 px gap, rows stay within the limit', () => {
    fc.assert(
      fc.property(caseArb(100), (c) => {
        const { layout } = run(c);
        checkGeometry(layout, rowLimitOf(c));
      }),
      { numRuns: 100 },
    );
  });

  test('marks + clusters per lane are bounded by (plot width / 12) × rows × (1 + 2 × margin), on dense data too', () => {
    // Up to 300 events, half of them packed into a few hot spots.
    fc.assert(
      fc.property(caseArb(300), (c) => {
        const { prepared, layout } = run(c);
        checkBounded(layout, rowLimitOf(c), c.margin);
        checkCounts(prepared, layout, c.margin);
        checkGeometry(layout, rowLimitOf(c));
      }),
      { numRuns: 30 },
    );
  });

  test('the layout is a function of its inputs (same input, same output; the cached index does not leak between calls)', () => {
    fc.assert(
      fc.property(caseArb(80), fc.double({ min: -3, max: 3, noNaN: true }), (c, shift) => {
        const { prepared, layout, options } = run(c);
        // Another layout in between (a pan) must not change the next one.
        const [d0, d1] = layout.domain;
        computeTimelineLayout(prepared, { ...options, domain: [d0 + shift * (d1 - d0), d1 + shift * (d1 - d0)] });
        const again = computeTimelineLayout(prepared, options);
        const strip = (l: TimelineLayout) => ({ ...l, clusters: l.clusters.map((k) => ({ ...k, ids: k.ids, events: k.events.length })) });
        expect(strip(again)).toEqual(strip(layout));
      }),
      { numRuns: 60 },
    );
  });

  test('panning at a fixed zoom keeps the cluster grid: a cell clustered in both frames keeps its key, x range and members’ time range', () => {
    fc.assert(
      fc.property(caseArb(200), fc.double({ min: -0.5, max: 0.5, noNaN: true }), (c, shift) => {
        const { prepared, layout, options } = run(c);
        const [d0, d1] = layout.domain;
        const dt = shift * (d1 - d0);
        const panned = computeTimelineLayout(prepared, { ...options, domain: [d0 + dt, d1 + dt] });
        const before = new Map(layout.clusters.map((k) => [k.key, k]));
        for (const k of panned.clusters) {
          const b = before.get(k.key);
          if (!b) continue;
          expect(k.laneId).toBe(b.laneId);
          // Same cell: the pill moves with the pan (px shift = dt in px).
          const px = ((layout.plotRight - layout.plotLeft) * dt) / (d1 - d0);
          expect(Math.abs(k.x + px - b.x)).toBeLessThanOrEqual(Math.max(60, Math.abs(px) * 1e-6));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('stackLabels properties (fast-check)', () => {
  const itemArb = fc.record({
    point: fc.boolean(),
    x: fc.double({ min: -100, max: 1100, noNaN: true }),
    len: fc.double({ min: 0, max: 400, noNaN: true }),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
    priority: fc.integer({ min: 1, max: 5 }),
  });
  const spanArb = fc.record({
    row: fc.integer({ min: 0, max: 3 }),
    x: fc.double({ min: 0, max: 1000, noNaN: true }),
    w: fc.double({ min: 24, max: 60, noNaN: true }),
  });

  test('a mark that is not crowded touches no other mark, reserved span or label in its row; labels never overlap', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 60 }),
        fc.array(spanArb, { maxLength: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 10 }),
        (specs, spans, maxRows, rowLimit) => {
          const items: StackItem[] = specs.map((s, i) => ({
            key: `k${i}`,
            x0: s.point ? s.x - 6 : s.x,
            x1: s.point ? s.x + 6 : s.x + s.len,
            labelX: s.point ? s.x + 9 : s.x + 6,
            text: s.words.join(' '),
            priority: s.priority,
            order: i,
          }));
          // Reserved spans must not overlap one another in a row (as cluster pills never do).
          const reserved: ReservedSpan[] = [];
          for (const s of spans) {
            const r = { row: s.row, x0: s.x, x1: s.x + s.w };
            if (!reserved.some((q) => q.row === r.row && q.x0 < r.x1 && r.x0 < q.x1)) reserved.push(r);
          }
          const out = stackLabels(items, { maxRows, rowLimit, maxX: 1000, minX: 0, measure, reserved });
          expect(out.items.map((s) => s.key)).toEqual(items.map((i) => i.key));
          const byRow = new Map<number, { key: string; a: number; b: number; text: boolean; crowded: boolean }[]>();
          const add = (row: number, v: { key: string; a: number; b: number; text: boolean; crowded: boolean }) =>
            (byRow.get(row) ?? byRow.set(row, []).get(row)!).push(v);
          for (const r of reserved) add(r.row, { key: 'reserved', a: r.x0 + GAP / 2, b: r.x1 - GAP / 2, text: false, crowded: false });
          out.items.forEach((s, i) => {
            const it = items[i]!;
            expect(s.row).toBeLessThan(Math.max(maxRows + 1, rowLimit));
            add(s.row, { key: it.key, a: it.x0, b: it.x1, text: false, crowded: s.crowded });
            if (s.label !== null) {
              const w = measure(s.label);
              add(s.row, {
                key: it.key,
                a: s.anchor === 'end' ? s.labelX - w : s.labelX,
                b: s.anchor === 'end' ? s.labelX : s.labelX + w,
                text: true,
                crowded: s.crowded,
              });
              expect(s.crowded).toBe(false);
            }
          });
          for (const list of byRow.values()) {
            for (const p of list) {
              for (const q of list) {
                if (p === q || p.key === q.key) continue;
                if (p.text && q.text) expect(p.b <= q.a + EPS || q.b <= p.a + EPS).toBe(true);
                // A mark that is not crowded keeps the gap from every other mark and label.
                if (p.text || p.crowded || q.crowded) continue;
                if (q.text) expect(p.b <= q.a + EPS || q.b <= p.a + EPS, `${p.key} on the label of ${q.key}`).toBe(true);
                else expect(q.a - p.b >= GAP - EPS || p.a - q.b >= GAP - EPS, `${p.key} / ${q.key}`).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
