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
 * The component calls these in `willUpdate` and renders the result. The
 * parts live beside this file: prepare.ts (step 1), lane-layout.ts (one
 * lane of step 2), chart-frame.ts (the text around the marks), mirror.ts
 * (right to left), layout-types.ts (the results).
 */
import { pickText } from '../schema/text.js';
import { NOTE_ROW, placeNotes } from './annotations.js';
import { laneGutter, placeFrame } from './chart-frame.js';
import { fitRows, MIN_ROW_HEIGHT, NARROW_PLOT } from './fit-height.js';
import { clusterGrid, layoutLane } from './lane-layout.js';
import type {
  ClusterLayout,
  LaneLayout,
  LayoutOptions,
  LinkLayout,
  PositionedEvent,
  PreparedTimeline,
  SpannedEvent,
  TimelineLayout,
} from './layout-types.js';
import { mirror } from './mirror.js';
import { laneIndex } from './prepare.js';
import type { LaneIndex } from './lane-index.js';
import { lowerBoundF, upperBoundF } from './sorted-search.js';
import { computeTicks } from './ticks.js';
import { timeScale } from './time-scale.js';

export type {
  AxisTime,
  BreakMark,
  ClusterLayout,
  LaneLayout,
  LayoutOptions,
  LinkLayout,
  PositionedEvent,
  PreparedTimeline,
  PrepareOptions,
  SpannedEvent,
  TimelineLayout,
} from './layout-types.js';
export { prepareTimeline } from './prepare.js';
export { clusterLabel } from './lane-layout.js';
export { mirror } from './mirror.js';

/** Widest label by default, px: short labels let most events carry one (the whole title is in the name, tooltip and details). */
const LABEL_WIDTH_CAP = 160;
const annotatedOf = new WeakMap<PreparedTimeline, SpannedEvent[]>();
/** The prepared items with an annotation (found once per prepared timeline). */
function annotated(p: PreparedTimeline): SpannedEvent[] {
  let a = annotatedOf.get(p);
  if (!a) annotatedOf.set(p, (a = p.items.filter((it) => it.event.annotation)));
  return a;
}

const defaultMeasure = (t: string) => t.length * 7;

export function computeTimelineLayout(prepared: PreparedTimeline, options: LayoutOptions): TimelineLayout {
  const max = options.maxHeight;
  const extra = options.extraHeight;
  let l = layoutOnce(prepared, options, extra ?? 0);
  // A zoom or pan frame: one layout, the rows shared out as in the frame before, if the lanes still fit.
  if (extra !== undefined && (!extra || l.height <= max!)) return l;
  if (extra) l = layoutOnce(prepared, options, 0);
  // Lanes that needed fewer rows than they were given leave room: when it holds a row more, the rows are
  // shared out again as if the height were that much taller, and kept if the lanes still fit.
  const slack = max ? max - l.height : 0;
  if (!max || slack < MIN_ROW_HEIGHT || l.clusters.length === 0) return l;
  const more = layoutOnce(prepared, options, slack);
  return more.height <= max ? more : l;
}

function layoutOnce(prepared: PreparedTimeline, options: LayoutOptions, extraHeight: number): TimelineLayout {
  const { width, domain = prepared.extent, locale = 'en', lang = locale, measureText = defaultMeasure, axisHeight = 48 } = options;
  const nLanes = prepared.lanes.length;
  const margin = Math.max(0, options.margin ?? 0.5);
  const onlyLane = prepared.lanes.length === 1 && prepared.lanes[0]!.kind === 'all';
  const laneLabelWidth =
    options.laneLabelWidth ??
    (onlyLane
      ? 0
      : laneGutter(
          prepared.lanes.map((lane) => lane.label),
          width,
          measureText,
        ));
  const plotLeft = laneLabelWidth + 8;
  const plotRight = Math.max(plotLeft + 1, width - 12);
  const x = timeScale(domain, [plotLeft, plotRight]);
  const ticks = computeTicks(domain, [plotLeft, plotRight], { timeZone: prepared.timeZone, locale });
  const [d0, d1] = domain;
  const span = Math.max(0, d1 - d0);
  const from = d0 - span * margin;
  const to = Math.max(from, d1 + span * margin);
  const index = laneIndex(prepared);
  // Annotated events in view: their notes in a band between the axis and the lanes.
  const notes = placeNotes(
    annotated(prepared)
      .filter((it) => it.anchor >= d0 && it.anchor <= d1)
      .map((it) => ({ id: it.event.id, x: x(it.anchor), text: pickText(it.event.annotation, lang) })),
    plotLeft,
    plotRight,
    measureText,
  );
  const top = axisHeight + (notes.length ? (Math.max(...notes.map((n) => n.row)) + 1) * NOTE_ROW + 4 : 0);
  // A given height (maxHeight): fewer and thinner rows per lane; else rows with labels enough for
  // most events to carry one, fewer per lane when there are many lanes.
  const rows = options.maxRows ?? (nLanes === 1 ? 16 : Math.min(8, Math.max(4, Math.ceil(32 / nLanes))));
  const fit = options.maxHeight
    ? fitRows(
        options.maxHeight + extraHeight,
        nLanes,
        { ...options, maxRows: rows, axisHeight: top, narrow: plotRight - plotLeft < NARROW_PLOT },
        laneWeights(index, d0, d1),
      )
    : null;
  const rowHeight = fit?.rowHeight ?? options.rowHeight ?? 24;
  const maxRows = fit?.maxRows ?? rows;
  const maxStackRows = fit?.maxStackRows ?? options.maxStackRows;
  const { cellMs, rowLimit, threshold } = clusterGrid(span, plotRight - plotLeft, maxRows, maxStackRows);
  const frame = {
    items: prepared.items,
    x,
    from,
    to,
    d0,
    d1,
    cellMs,
    threshold,
    maxRows,
    rowLimit,
    rowHeight,
    plotLeft,
    plotRight,
    measureText,
    maxLabelWidth: options.maxLabelWidth ?? LABEL_WIDTH_CAP,
    lang,
    topicColors: prepared.topicColors,
  };

  const lanes: LaneLayout[] = [];
  const marks: PositionedEvent[] = [];
  const clusters: ClusterLayout[] = [];
  let shown = 0;
  let clusteredInView = 0;
  let y = top;
  let partial = false;
  for (const [li, spec] of prepared.lanes.entries()) {
    if (y > (options.stopBelow ?? Infinity)) {
      partial = true;
      break;
    }
    // A fitted height gives each lane its own rows (busy lanes more).
    const own = fit && {
      maxRows: fit.laneLabelRows[li]!,
      ...clusterGrid(span, plotRight - plotLeft, fit.laneLabelRows[li]!, fit.laneRows[li]),
    };
    const r = layoutLane(own ? { ...frame, ...own } : frame, spec, index[li]!, y, marks, clusters);
    lanes.push(r.lane);
    shown += r.shown;
    clusteredInView += r.clusteredInView;
    y += r.lane.height;
  }

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
  const unframed = {
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
    notes,
    inView: shown + clusteredInView,
    shown,
    total: prepared.items.length,
  };
  const l = options.rtl ? mirror(unframed) : unframed;
  return { ...l, frame: placeFrame(l, prepared.timeZone, lang, measureText), extraHeight, ...(partial && { partial }) };
}

/** Per lane, its events whose position is in [d0, d1] (a lane's share of a fitted height). */
function laneWeights(index: readonly LaneIndex[], d0: number, d1: number): number[] {
  return index.map((ix) => upperBoundF(ix.pos, d1) - lowerBoundF(ix.pos, d0));
}
