/**
 * Step 2 of the layout, one lane of one frame: which cells of the lane's
 * window become "+N" clusters, and where every other mark and its label go
 * (see timeline-layout.ts for the rule, cluster.ts for the cost model).
 */
import type { TimelineEvent } from '../schema/parse.js';
import { pickText } from '../schema/text.js';
import { cellMembers, cellStats, clusterCellMs, planLane, type CellStats, type LanePlan } from './cluster.js';
import type { LaneIndex } from './lane-index.js';
import type { LaneSpec } from './lanes.js';
import type { ClusterLayout, LaneLayout, PositionedEvent, SpannedEvent } from './layout-types.js';
import { stackLabels, type StackItem, type StackedItem } from './stack.js';
import type { TimeScale } from './time-scale.js';

/** Space kept between neighbours in a row, px (the stacker's default). */
const GAP = 12;
/** Narrowest cluster cell, px: a 36 px pill and the gap. */
const MIN_CELL_PX = 48;
/** A dot (12 px) and the gap: the closest two dots in a row can be. */
const POINT_PITCH = 24;
const PILL_MIN_WIDTH = 28;
/** Narrowest day, px, drawn as a band from midnight to midnight; a narrower one is a dot. */
export const DAY_BAND_MIN_PX = 6;

/** The visible text of a cluster of n events. */
export function clusterLabel(n: number): string {
  return n < 1000 ? `+${n}` : n < 1_000_000 ? `+${Math.floor(n / 1000)}k` : `+${Math.floor(n / 1_000_000)}M`;
}

/** What every lane of one frame shares. */
export interface LaneFrame {
  items: readonly SpannedEvent[];
  /** The view's time scale, left to right. */
  x: TimeScale;
  /** The rendered window (the view plus its margins) and the view, ms. */
  from: number;
  to: number;
  d0: number;
  d1: number;
  /** The cluster grid's cell, ms. */
  cellMs: number;
  /** Members above which a cell is clustered without trying to stack it. */
  threshold: number;
  /** Most rows with labels, and with and without. */
  maxRows: number;
  rowLimit: number;
  rowHeight: number;
  plotLeft: number;
  plotRight: number;
  measureText: (text: string) => number;
  /** Widest label, px (see `stackLabels`). */
  maxLabelWidth?: number;
  lang: string;
  topicColors: ReadonlyMap<string, string>;
}

/**
 * The cluster grid of a frame: cells of at least MIN_CELL_PX, quantized in
 * time, and the member count above which a cell is clustered without trying
 * (more than its rows' room for dots: rows × cell width ÷ dot pitch).
 */
export function clusterGrid(span: number, plotWidth: number, maxRows: number, maxStackRows?: number) {
  const msPerPx = Math.max(span, 1) / plotWidth;
  const cellMs = clusterCellMs(msPerPx, MIN_CELL_PX);
  // A given number of rows in all (a fitted height) is kept, even when it leaves no row for marks without labels.
  const rowLimit = maxStackRows ? Math.max(maxRows, maxStackRows) : Math.max(maxRows + 1, Math.min(maxRows * 3, maxRows + 8));
  const threshold = Math.max(1, Math.floor((rowLimit * (cellMs / msPerPx)) / POINT_PITCH));
  return { cellMs, rowLimit, threshold };
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

/**
 * Lays out one lane from its top `y`: its clusters and marks are appended to
 * `marks` and `clusters`; returns the lane, the events drawn as their own
 * primary mark in view, and the primary members in view of its clusters.
 */
export function layoutLane(
  f: LaneFrame,
  spec: LaneSpec,
  index: LaneIndex,
  y: number,
  marks: PositionedEvent[],
  clusters: ClusterLayout[],
): { lane: LaneLayout; shown: number; clusteredInView: number } {
  const { items, x, from, to, d0, d1, cellMs, threshold, maxRows, rowLimit, rowHeight, plotLeft, plotRight, measureText, lang } = f;
  let shown = 0;
  let clusteredInView = 0;
  const plan = planLane(index, items, from, to, d0, cellMs);
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
    if (it.kind === 'range' || isDayBand(it, x)) {
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
    const text = pickText(it.event.title, lang);
    const [x0, x1] = [cand.x0[m]!, cand.x1[m]!];
    // A range's label goes inside its bar when it fits there, else after it
    // (unless that is off the plot); a dot's follows it.
    const inside = Math.max(x0, plotLeft) + 6;
    const labelX =
      it.kind === 'point'
        ? Math.max(x0 + 15, x1 + 6)
        : inside + Math.min(measureText(text), f.maxLabelWidth ?? Infinity) + 6 <= x1 || x1 + 60 > plotRight
          ? inside
          : x1 + 6;
    return (stackItems[m] = {
      key: `${it.event.id}@${spec.id}`,
      x0,
      x1,
      labelX,
      text,
      priority: it.event.importance,
      order: cand.item[m]!,
      // One label per event: in its first lane; its marks elsewhere are quiet echoes.
      markOnly: cand.primary[m] !== 1,
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
    stacked = stackLabels(live.map(stackItemOf), {
      maxRows,
      maxMarkRows: Math.min(maxRows + 1, rowLimit),
      rowLimit,
      maxX: plotRight,
      minX: plotLeft,
      measure: measureText,
      gap: GAP,
      maxLabelWidth: f.maxLabelWidth,
      reserved: lanePills.map((p) => ({ row: 0, x0: p.x - p.width / 2 - GAP / 2, x1: p.x + p.width / 2 + GAP / 2 })),
    });
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
  const rowY = (row: number) => y + 4 + row * rowHeight + rowHeight / 2;
  stacked.items.forEach((s, q) => {
    const m = live[q]!;
    const item = stackItemOf(m);
    const primary = cand.primary[m] === 1;
    const it = items[cand.item[m]!]!;
    const topic = it.event.topics[0];
    const inView = it.end >= d0 && it.start <= d1;
    if (primary && inView) shown++;
    const band = it.kind === 'point' && isDayBand(it, x);
    marks.push({
      key: item.key,
      id: it.event.id,
      laneId: spec.id,
      kind: it.kind,
      x: it.kind === 'range' ? item.x0 : band ? (item.x0 + item.x1) / 2 : item.x0 + 6,
      x2: it.kind === 'range' ? item.x1 : band ? (item.x0 + item.x1) / 2 : item.x0 + 6,
      dayWidth: band ? item.x1 - item.x0 : 0,
      y: rowY(s.row),
      row: s.row,
      labelX: s.labelX,
      labelAnchor: s.anchor,
      label: s.label,
      truncated: s.truncated,
      approximate: it.event.approximate,
      primary,
      color: topic ? f.topicColors.get(topic) : undefined,
      importance: it.event.importance,
      inView,
      event: it.event,
    });
  });
  for (const p of lanePills) {
    clusteredInView += p.stats.inViewPrimaryCount;
    clusters.push(makeCluster(p, plan, spec.id, rowY(0), x, items));
  }
  return { lane: { ...spec, y, height, rows: stacked.rows }, shown, clusteredInView };
}

/** A calendar day (a point with a day's span) wide enough on this scale to be drawn as its day. */
function isDayBand(it: SpannedEvent, x: TimeScale): boolean {
  return it.end > it.start && x(it.end) - x(it.start) >= DAY_BAND_MIN_PX;
}

function makeCluster(
  p: Pill,
  plan: LanePlan,
  laneId: string,
  y: number,
  x: (t: number) => number,
  items: readonly SpannedEvent[],
): ClusterLayout {
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
