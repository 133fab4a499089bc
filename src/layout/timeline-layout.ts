/**
 * The timeline's geometry, computed without a DOM: Plot's order of work.
 *
 * 1. `prepareTimeline` (per dataset, grouping, zone and filter): every event's
 *    span on the display zone's calendar, sorted for window queries, and the
 *    lane assignment.
 * 2. `computeTimelineLayout` (per width and visible domain): the time scale,
 *    ticks, the events in view plus a margin, clusters of dense stretches,
 *    label stacking per lane, lane heights and the links between an event's
 *    marks in several lanes. It costs what is drawn, not what exists: see
 *    cluster.ts.
 *
 * Clustering. Each lane's rendered window is cut into cells 48–57 px wide
 * (a grid fixed in time for a zoom level). A cell becomes one "+N" cluster
 * instead of its marks when it has more members than its rows could hold
 * as dots side by side (rows × cell width ÷ 24 px), or when one of its marks
 * finds no free spot in any of the lane's rows (labelled, mark-only and
 * extra rows, up to `maxStackRows`): a dot or bar never touches another one
 * in its row. Pills go in row 0 first, then the marks are stacked around them.
 *
 * The component calls these in `willUpdate` and renders the result.
 */
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { pickText } from '../schema/text.js';
import { computeEventSpan, type EventSpan } from './event-span.js';
import { computeLanes, withLanesByEvent, type GroupBy, type LaneSpec } from './lanes.js';
import { buildLaneIndex, cellMembers, cellStats, clusterCellMs, planLane, type CellStats, type LaneIndex, type LanePlan } from './cluster.js';
import { stackLabels, type StackItem, type StackedItem } from './stack.js';
import { computeTicks, type Tick } from './ticks.js';
import { timeScale } from './time-scale.js';

export interface SpannedEvent extends EventSpan {
  event: TimelineEvent;
}

export interface PreparedTimeline {
  /** Events that pass the filter, with their spans, sorted by span start. */
  items: SpannedEvent[];
  /** Longest span, for window queries. */
  maxSpan: number;
  lanes: LaneSpec[];
  /** The lanes of each item, as indices into `lanes`, in lane order (shared arrays). */
  laneIndices: (readonly number[])[];
  /** Lane ids per event id, in lane order (built on first use). */
  readonly lanesByEvent: ReadonlyMap<string, readonly string[]>;
  /** First and last instant covered by any event (including filtered-out ones), padded. */
  extent: [number, number];
  timeZone: string;
  /** Topic id → colour. */
  topicColors: Map<string, string>;
}

export interface PrepareOptions {
  groupBy?: GroupBy;
  /** Display zone (IANA). */
  timeZone?: string;
  /** Show only events with at least one of these topics; null or empty shows all. */
  activeTopics?: ReadonlySet<string> | null;
  maxLanes?: number;
  lang?: string;
  othersLabel?: string;
}

const DAY = 86_400_000;

export function prepareTimeline(chronology: Chronology, options: PrepareOptions = {}): PreparedTimeline {
  const { groupBy = 'actor', timeZone = chronology.timeZone ?? 'UTC', activeTopics, maxLanes, lang, othersLabel } = options;
  const all = chronology.events.map((event): SpannedEvent => {
    // (Not a spread: this runs once per event, and an object spread is a slow copy.)
    const { start, end, anchor, kind } = computeEventSpan(event, timeZone);
    return { event, start, end, anchor, kind };
  });
  const filtering = !!activeTopics && activeTopics.size > 0;
  const items = filtering ? all.filter((it) => it.event.topics.some((t) => activeTopics!.has(t))) : all;
  items.sort((a, b) => a.start - b.start || a.event.inputIndex - b.event.inputIndex);
  let maxSpan = 0;
  for (const it of items) maxSpan = Math.max(maxSpan, it.end - it.start);
  let lo = Infinity,
    hi = -Infinity;
  for (const it of all) {
    lo = Math.min(lo, it.start);
    hi = Math.max(hi, it.end);
  }
  if (!Number.isFinite(lo)) {
    // No events: show a week around now's day, so the axis is not empty.
    const now = Math.floor(Date.now() / DAY) * DAY;
    lo = now - 3 * DAY;
    hi = now + 4 * DAY;
  }
  const pad = Math.max((hi - lo) * 0.03, 3_600_000);
  const events = items.map((i) => i.event);
  const { lanes, laneIndices } = computeLanes(chronology, events, groupBy, { maxLanes, lang, othersLabel });
  const topicColors = new Map<string, string>();
  for (const t of chronology.topics) if (t.color) topicColors.set(t.id, t.color);
  const prepared: PreparedTimeline = withLanesByEvent({ items, maxSpan, lanes, laneIndices, extent: [lo - pad, hi + pad], timeZone, topicColors }, events, lanes, laneIndices);
  laneIndex(prepared); // built here, once per dataset, rather than on the first frame
  return prepared;
}

const indexes = new WeakMap<PreparedTimeline, LaneIndex[]>();

/** The per-lane index of a prepared timeline (built on first use, O(n log n)). */
function laneIndex(prepared: PreparedTimeline): LaneIndex[] {
  let ix = indexes.get(prepared);
  if (!ix) indexes.set(prepared, (ix = buildLaneIndex(prepared.items, prepared.lanes, prepared.laneIndices)));
  return ix;
}

export interface LayoutOptions {
  /** Width of the whole chart, px. */
  width: number;
  /** The visible time domain (UTC ms). Defaults to the prepared extent. */
  domain?: [number, number];
  locale?: string;
  lang?: string;
  /** Width of a label text, px. Defaults to 7 px a character (12 px type). */
  measureText?: (text: string) => number;
  /** Height of one row of marks, px (at least 24, the pointer target size). Default 24. */
  rowHeight?: number;
  /** Most rows of marks per lane. Default 3. */
  maxRows?: number;
  /** Width of the lane-label column, px (0 hides it). Default 120, less on narrow charts. */
  laneLabelWidth?: number;
  /** Height of the axis band, px. Default 32. */
  axisHeight?: number;
  /** Extra time, as a fraction of the visible span, rendered on each side. Default 0.5. */
  margin?: number;
  /**
   * Right to left: time runs from right to left, the lane labels sit on the
   * right and event labels to the left of their marks. Every x is mirrored
   * (`width − x`), so a range's `x` (its start) is right of its `x2`.
   */
  rtl?: boolean;
  /**
   * Most rows of a lane, with and without labels: a mark that finds no free
   * spot (not touching another mark, pill or label) within them is clustered.
   * Default max(maxRows + 1, 3 × maxRows).
   */
  maxStackRows?: number;
}

export interface LaneLayout extends LaneSpec {
  y: number;
  height: number;
  rows: number;
}

export interface PositionedEvent {
  /** `<event id>@<lane id>`: unique per mark. */
  key: string;
  id: string;
  laneId: string;
  kind: 'point' | 'range';
  /** Point position, or range start, px. */
  x: number;
  /** Range end, px (equal to `x` for points). */
  x2: number;
  /** Vertical centre of the mark's row, px. */
  y: number;
  row: number;
  labelX: number;
  /** `end`: the label sits left of the mark and ends at `labelX`. */
  labelAnchor: 'start' | 'end';
  label: string | null;
  truncated: boolean;
  approximate: boolean;
  /** The first lane's mark of an event: the one that takes keyboard focus. */
  primary: boolean;
  /** Colour of the event's first topic. */
  color?: string;
  importance: number;
  /** True when the mark is inside the visible domain (not only in the margin). */
  inView: boolean;
  event: TimelineEvent;
}

/**
 * A "+N" mark standing for the events of one lane in a dense stretch (one
 * cell of the cluster grid, 48–57 px wide) whose marks could not all be
 * drawn without touching. Draw it as a pill `width` × 20 px centred on
 * (`x`, `y`) with `label` centred in it and a hit area `width` × 24 px; it
 * always sits in row 0 of its lane and keeps 12 px from every other pill and
 * mark of that row, and no label runs under it.
 *
 * Its members are not in `marks`. An event with a mark in another lane is
 * not linked to the cluster (links join drawn marks only).
 *
 * Accessible name, for example: "12 events, 3–5 June, Araghchi": `count`,
 * the dates of `start` … `end` (`end` is exclusive for calendar-day events:
 * format `end - 1` at day precision) and the lane label. Like marks, a
 * cluster with `primaryCount === 0` holds only events reachable elsewhere
 * and can be aria-hidden; the others take part in the keyboard order (by
 * `x`) and expand to `events` (or zoom to `start` … `end`).
 */
export interface ClusterLayout {
  /** `c:<lane id>:<cell ms>:<cell index>`: the same while panning at one zoom level. */
  key: string;
  laneId: string;
  /** Pixel extent of the members' spans: x(start) and x(end). */
  x0: number;
  x1: number;
  /** Centre of the pill, px: the middle of x0…x1, kept inside the cell (may be off the plot, in the rendered margin). */
  x: number;
  /** Width of the pill, px (28 or more; room for `label` plus 8 px). */
  width: number;
  /** Vertical centre of the pill's row, px. */
  y: number;
  row: number;
  /** Members (events of this lane in the cell). */
  count: number;
  /** The visible text: `+N` (`+12`, `+3k`, `+1M`). */
  label: string;
  /** Earliest start and latest end of the members, ms. */
  start: number;
  end: number;
  /** True when any member's span meets the visible domain (the pill itself may sit just outside the plot). */
  inView: boolean;
  /** Members inside the visible domain. */
  inViewCount: number;
  /** Members for which this lane is the event's first (primary) lane. */
  primaryCount: number;
  /** …of which inside the visible domain. */
  inViewPrimaryCount: number;
  /** Members' event ids in time order (computed on first read: O(count)). */
  readonly ids: string[];
  /** Members' events in time order (computed on first read: O(count)). */
  readonly events: TimelineEvent[];
}

export interface LinkLayout {
  id: string;
  x: number;
  y1: number;
  y2: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** Left and right edges of the plotting area, px. */
  plotLeft: number;
  plotRight: number;
  /** True when mirrored for a right-to-left page: time runs right to left and the lane labels are on the right. */
  rtl: boolean;
  axisHeight: number;
  domain: [number, number];
  ticks: Tick[];
  lanes: LaneLayout[];
  marks: PositionedEvent[];
  /** "+N" marks of dense stretches, lane by lane, left to right. */
  clusters: ClusterLayout[];
  links: LinkLayout[];
  /**
   * Number of distinct events inside the visible domain:
   * in-view primary marks + the clusters' `inViewPrimaryCount`.
   */
  inView: number;
  /** Of those, the events drawn as their own (primary) mark; the rest are in clusters. */
  shown: number;
  /** Number of events after filtering. */
  total: number;
}

const defaultMeasure = (t: string) => t.length * 7;

/** Space kept between neighbours in a row, px (the stacker's default). */
const GAP = 12;
/** Narrowest cluster cell, px: a 36 px pill and the gap. */
const MIN_CELL_PX = 48;
/** A dot (12 px) and the gap: the closest two dots in a row can be. */
const POINT_PITCH = 24;
const PILL_MIN_WIDTH = 28;

/** The visible text of a cluster of n events. */
export function clusterLabel(n: number): string {
  return n < 1000 ? `+${n}` : n < 1_000_000 ? `+${Math.floor(n / 1000)}k` : `+${Math.floor(n / 1_000_000)}M`;
}

interface Pill {
  k: number;
  x: number;
  width: number;
  label: string;
  stats: CellStats;
}

/** A lane's candidate marks: the members of the cells not clustered up front, in time order. */
interface Candidates {
  n: number;
  /** Index into prepared.items, ascending. */
  item: Int32Array;
  cell: Int32Array;
  primary: Uint8Array;
  /** Shape extent, px (a dot is 12 px wide). */
  x0: Float64Array;
  x1: Float64Array;
  /** Candidates by left edge. */
  byX: Int32Array;
}

/**
 * First-fit of the candidates of cells that are not dense, by left edge, into
 * `rowLimit` rows (row 0 also holds the pills): a cheap prediction of the
 * marks the stacker will find no free spot for. Makes their cells dense and
 * repeats until every candidate fits. Returns whether any cell was added.
 */
function predictDense(c: Candidates, dense: Uint8Array, pillsNow: () => Pill[], rowLimit: number): boolean {
  const rights = new Float64Array(rowLimit);
  let changed = false;
  for (;;) {
    const pills = pillsNow();
    rights.fill(-Infinity);
    let p = 0;
    let added = false;
    for (let s = 0; s < c.n; s++) {
      const m = c.byX[s]!;
      if (dense[c.cell[m]!]) continue;
      const left = c.x0[m]! - GAP / 2;
      const right = c.x1[m]! + GAP / 2;
      while (p < pills.length && pills[p]!.x + pills[p]!.width / 2 + GAP / 2 <= left) p++;
      const pillHit = p < pills.length && pills[p]!.x - pills[p]!.width / 2 - GAP / 2 < right;
      let r = pillHit ? 1 : 0;
      while (r < rowLimit && rights[r]! > left) r++;
      if (r < rowLimit) rights[r] = right;
      else {
        dense[c.cell[m]!] = 1;
        added = true;
      }
    }
    if (!added) return changed;
    changed = true;
  }
}

export function computeTimelineLayout(prepared: PreparedTimeline, options: LayoutOptions): TimelineLayout {
  const {
    width,
    domain = prepared.extent,
    locale = 'en',
    lang = locale,
    measureText = defaultMeasure,
    rowHeight = 24,
    maxRows = 3,
    axisHeight = 32,
  } = options;
  const margin = Math.max(0, options.margin ?? 0.5);
  const onlyLane = prepared.lanes.length === 1 && prepared.lanes[0]!.kind === 'all';
  const laneLabelWidth = options.laneLabelWidth ?? (onlyLane ? 0 : Math.min(120, Math.round(width * 0.22)));
  const plotLeft = laneLabelWidth + 8;
  const plotRight = Math.max(plotLeft + 1, width - 12);
  const x = timeScale(domain, [plotLeft, plotRight]);
  const ticks = computeTicks(domain, [plotLeft, plotRight], { timeZone: prepared.timeZone, locale });
  const [d0, d1] = domain;
  const span = Math.max(0, d1 - d0);
  const from = d0 - span * margin;
  const to = Math.max(from, d1 + span * margin);
  const items = prepared.items;
  const index = laneIndex(prepared);
  // The cluster grid: cells of at least MIN_CELL_PX, quantized in time.
  const msPerPx = Math.max(span, 1) / (plotRight - plotLeft);
  const cellMs = clusterCellMs(msPerPx, MIN_CELL_PX);
  const cellPx = cellMs / msPerPx;
  const rowLimit = Math.max(maxRows + 1, options.maxStackRows ?? maxRows * 3);
  // A cell with more members than this many dots' room (rows × cell width ÷
  // dot pitch) is clustered without trying: the stacker could not fit them.
  const threshold = Math.max(1, Math.floor((rowLimit * cellPx) / POINT_PITCH));

  const lanes: LaneLayout[] = [];
  const marks: PositionedEvent[] = [];
  const clusters: ClusterLayout[] = [];
  let shown = 0;
  let clusteredInView = 0;
  let y = axisHeight;
  prepared.lanes.forEach((spec, li) => {
    const plan = planLane(index[li]!, items, from, to, d0, cellMs);
    const { nc, count, bounds, c0 } = plan;
    const { item: slotItem, primaryPrefix } = plan.ix;
    const dense = new Uint8Array(nc);
    for (let k = 0; k < nc; k++) if (count[k]! > threshold) dense[k] = 1;

    // Candidate marks: the members of the other cells (at most `threshold` each).
    const gItem: number[] = [];
    const gCell: number[] = [];
    const gPrimary: number[] = [];
    for (let k = 0; k < nc; k++) {
      if (dense[k] || !count[k]) continue;
      for (let j = bounds[k]!; j < bounds[k + 1]!; j++) {
        gItem.push(slotItem[j]!);
        gCell.push(k);
        gPrimary.push(primaryPrefix[j + 1]! - primaryPrefix[j]!);
      }
      for (let e = plan.extraHead[k]!; e >= 0; e = plan.extraNext[e]!) {
        gItem.push(plan.extraItem[e]!);
        gCell.push(k);
        gPrimary.push(plan.extraPrimary[e]!);
      }
    }
    const n = gItem.length;
    const perm = new Int32Array(n);
    for (let m = 0; m < n; m++) perm[m] = m;
    perm.sort((a, b) => gItem[a]! - gItem[b]!);
    const cand: Candidates = {
      n,
      item: new Int32Array(n),
      cell: new Int32Array(n),
      primary: new Uint8Array(n),
      x0: new Float64Array(n),
      x1: new Float64Array(n),
      byX: new Int32Array(n),
    };
    for (let m = 0; m < n; m++) {
      const g = perm[m]!;
      const it = items[gItem[g]!]!;
      cand.item[m] = gItem[g]!;
      cand.cell[m] = gCell[g]!;
      cand.primary[m] = gPrimary[g]!;
      if (it.kind === 'range') {
        cand.x0[m] = x(it.start);
        cand.x1[m] = x(it.end);
      } else {
        const px = x(it.anchor);
        cand.x0[m] = px - 6;
        cand.x1[m] = px + 6;
      }
      cand.byX[m] = m;
    }
    cand.byX.sort((a, b) => cand.x0[a]! - cand.x0[b]! || a - b);

    const pills: (Pill | undefined)[] = [];
    const pillOf = (k: number): Pill => {
      const pill = pills[k];
      if (pill) return pill;
      const st = cellStats(plan, items, k, d0, d1);
      const label = clusterLabel(st.count);
      const cl = x((c0 + k) * cellMs);
      const cr = x((c0 + k + 1) * cellMs);
      // Room for the label, within the cell less the gap (cells are ≥ 48 px, so ≥ 36 px).
      const w = Math.max(PILL_MIN_WIDTH, Math.min(measureText(label) + 8, cr - cl - GAP));
      const mid = (x(st.start) + x(st.end)) / 2;
      const px = Math.min(Math.max(mid, cl + GAP / 2 + w / 2), cr - GAP / 2 - w / 2);
      return (pills[k] = { k, x: px, width: w, label, stats: st });
    };
    const pillsNow = () => {
      const out: Pill[] = [];
      for (let k = 0; k < nc; k++) if (dense[k] && count[k]) out.push(pillOf(k));
      return out;
    };
    const stackItems: (StackItem | undefined)[] = [];
    const stackItemOf = (m: number): StackItem => {
      const si = stackItems[m];
      if (si) return si;
      const it = items[cand.item[m]!]!;
      const isRange = it.kind === 'range';
      return (stackItems[m] = {
        key: `${it.event.id}@${spec.id}`,
        x0: cand.x0[m]!,
        x1: cand.x1[m]!,
        labelX: isRange ? Math.max(cand.x0[m]!, plotLeft) + 6 : cand.x0[m]! + 15,
        text: pickText(it.event.title, lang),
        priority: it.event.importance,
        order: cand.item[m]!,
      });
    };

    // Cluster the cells where marks cannot all find a free spot, then stack
    // the rest; a mark the stacker still finds no free spot for (labels take
    // room too) makes its cell dense, and the lane is stacked again.
    let live: number[];
    let lanePills: Pill[];
    let stacked: { items: StackedItem[]; rows: number };
    for (;;) {
      predictDense(cand, dense, pillsNow, rowLimit);
      live = [];
      for (let m = 0; m < n; m++) if (!dense[cand.cell[m]!]) live.push(m);
      lanePills = pillsNow();
      stacked = stackLabels(
        live.map(stackItemOf),
        {
          maxRows,
          rowLimit,
          maxX: plotRight,
          minX: plotLeft,
          measure: measureText,
          gap: GAP,
          reserved: lanePills.map((p) => ({ row: 0, x0: p.x - p.width / 2 - GAP / 2, x1: p.x + p.width / 2 + GAP / 2 })),
        },
      );
      let again = false;
      stacked.items.forEach((st, q) => {
        if (st.crowded) {
          dense[cand.cell[live[q]!]!] = 1;
          again = true;
        }
      });
      if (!again) break;
    }

    const height = stacked.rows * rowHeight + 8;
    lanes.push({ ...spec, y, height, rows: stacked.rows });
    const rowY = (row: number) => y + 4 + row * rowHeight + rowHeight / 2;
    stacked.items.forEach((s, q) => {
      const m = live[q]!;
      const item = stackItemOf(m);
      const primary = cand.primary[m] === 1;
      const it = items[cand.item[m]!]!;
      const topic = it.event.topics[0];
      const inView = it.end >= d0 && it.start <= d1;
      if (primary && inView) shown++;
      marks.push({
        key: item.key,
        id: it.event.id,
        laneId: spec.id,
        kind: it.kind,
        x: it.kind === 'range' ? item.x0 : item.x0 + 6,
        x2: it.kind === 'range' ? item.x1 : item.x0 + 6,
        y: rowY(s.row),
        row: s.row,
        labelX: s.labelX,
        labelAnchor: s.anchor,
        label: s.label,
        truncated: s.truncated,
        approximate: it.event.approximate,
        primary,
        color: topic ? prepared.topicColors.get(topic) : undefined,
        importance: it.event.importance,
        inView,
        event: it.event,
      });
    });
    for (const p of lanePills) {
      clusteredInView += p.stats.inViewPrimaryCount;
      clusters.push(makeCluster(p, plan, spec.id, rowY(0), x, items));
    }
    y += height;
  });

  // Links between the marks of one event in several lanes (drawn marks only:
  // an event's appearance in a cluster has no link).
  const byId = new Map<string, PositionedEvent[]>();
  for (const m of marks) (byId.get(m.id) ?? byId.set(m.id, []).get(m.id)!).push(m);
  const links: LinkLayout[] = [];
  for (const [id, ms] of byId) {
    if (ms.length < 2) continue;
    let y1 = Infinity;
    let y2 = -Infinity;
    for (const m of ms) {
      y1 = Math.min(y1, m.y);
      y2 = Math.max(y2, m.y);
    }
    links.push({ id, x: ms[0]!.x, y1, y2 });
  }
  const layout: TimelineLayout = {
    width,
    height: y + 4,
    plotLeft,
    plotRight,
    rtl: false,
    axisHeight,
    domain,
    ticks,
    lanes,
    marks,
    clusters,
    links,
    inView: shown + clusteredInView,
    shown,
    total: prepared.items.length,
  };
  return options.rtl ? mirror(layout) : layout;
}

/**
 * The layout of a right-to-left chart: the left-to-right one seen in a
 * mirror. Rows, clusters and label collisions are the same; only x flips,
 * and a label that ran right of its mark now ends left of it.
 */
export function mirror(l: TimelineLayout): TimelineLayout {
  const w = l.width;
  const f = (x: number) => w - x;
  for (const m of l.marks) {
    m.x = f(m.x);
    m.x2 = f(m.x2);
    m.labelX = f(m.labelX);
    m.labelAnchor = m.labelAnchor === 'start' ? 'end' : 'start';
  }
  for (const k of l.clusters) {
    k.x = f(k.x);
    k.x0 = f(k.x0);
    k.x1 = f(k.x1);
  }
  for (const k of l.links) k.x = f(k.x);
  for (const t of l.ticks) t.x = f(t.x);
  return { ...l, plotLeft: f(l.plotRight), plotRight: f(l.plotLeft), rtl: true };
}

function makeCluster(p: Pill, plan: LanePlan, laneId: string, y: number, x: (t: number) => number, items: readonly SpannedEvent[]): ClusterLayout {
  const st = p.stats;
  let members: number[] | undefined;
  let ids: string[] | undefined;
  let events: TimelineEvent[] | undefined;
  const list = () => (members ??= cellMembers(plan, p.k));
  return {
    key: `c:${laneId}:${plan.cellMs}:${plan.c0 + p.k}`,
    laneId,
    x0: x(st.start),
    x1: x(st.end),
    x: p.x,
    width: p.width,
    y,
    row: 0,
    count: st.count,
    label: p.label,
    start: st.start,
    end: st.end,
    inView: st.inViewCount > 0,
    inViewCount: st.inViewCount,
    primaryCount: st.primaryCount,
    inViewPrimaryCount: st.inViewPrimaryCount,
    get ids() {
      return (ids ??= list().map((i) => items[i]!.event.id));
    },
    get events() {
      return (events ??= list().map((i) => items[i]!.event));
    },
  };
}
