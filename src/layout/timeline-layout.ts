/**
 * The timeline's geometry, computed without a DOM: Plot's order of work.
 *
 * 1. `prepareTimeline` (per dataset, grouping, zone and filter): every event's
 *    span on the display zone's calendar, sorted for window queries, and the
 *    lane assignment.
 * 2. `computeTimelineLayout` (per width and visible domain): the time scale,
 *    ticks, the events in view plus a margin, label stacking per lane, lane
 *    heights and the links between an event's marks in several lanes.
 *
 * The component calls these in `willUpdate` and renders the result.
 */
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { pickText } from '../schema/text.js';
import { computeEventSpan, type EventSpan } from './event-span.js';
import { computeLanes, type GroupBy, type LaneSpec } from './lanes.js';
import { stackLabels, type StackItem } from './stack.js';
import { computeTicks, type Tick } from './ticks.js';
import { timeScale } from './time-scale.js';
import { queryWindow } from './window.js';

export interface SpannedEvent extends EventSpan {
  event: TimelineEvent;
}

export interface PreparedTimeline {
  /** Events that pass the filter, with their spans, sorted by span start. */
  items: SpannedEvent[];
  /** Longest span, for window queries. */
  maxSpan: number;
  lanes: LaneSpec[];
  lanesByEvent: Map<string, string[]>;
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
  const all = chronology.events.map((event) => ({ event, ...computeEventSpan(event, timeZone) }));
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
  const { lanes, lanesByEvent } = computeLanes(chronology, items.map((i) => i.event), groupBy, { maxLanes, lang, othersLabel });
  const topicColors = new Map<string, string>();
  for (const t of chronology.topics) if (t.color) topicColors.set(t.id, t.color);
  return { items, maxSpan, lanes, lanesByEvent, extent: [lo - pad, hi + pad], timeZone, topicColors };
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
  axisHeight: number;
  domain: [number, number];
  ticks: Tick[];
  lanes: LaneLayout[];
  marks: PositionedEvent[];
  links: LinkLayout[];
  /** Number of distinct events inside the visible domain. */
  inView: number;
  /** Number of events after filtering. */
  total: number;
}

const defaultMeasure = (t: string) => t.length * 7;

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
    margin = 0.5,
  } = options;
  const onlyLane = prepared.lanes.length === 1 && prepared.lanes[0]!.kind === 'all';
  const laneLabelWidth = options.laneLabelWidth ?? (onlyLane ? 0 : Math.min(120, Math.round(width * 0.22)));
  const plotLeft = laneLabelWidth + 8;
  const plotRight = Math.max(plotLeft + 1, width - 12);
  const x = timeScale(domain, [plotLeft, plotRight]);
  const ticks = computeTicks(domain, [plotLeft, plotRight], { timeZone: prepared.timeZone, locale });
  const span = domain[1] - domain[0];
  const visible = queryWindow(prepared.items, domain[0] - span * margin, domain[1] + span * margin, prepared.maxSpan);

  // One stack per lane.
  const perLane = new Map<string, { item: StackItem; it: (typeof visible)[number]; primary: boolean }[]>();
  for (const lane of prepared.lanes) perLane.set(lane.id, []);
  visible.forEach((it, order) => {
    const laneIds = prepared.lanesByEvent.get(it.event.id) ?? [];
    const isRange = it.kind === 'range';
    const x0 = x(isRange ? it.start : it.anchor);
    const x1 = isRange ? x(it.end) : x0;
    const labelX = isRange ? Math.max(x0, plotLeft) + 6 : x0 + 9;
    laneIds.forEach((laneId, i) => {
      perLane.get(laneId)?.push({
        item: {
          key: `${it.event.id}@${laneId}`,
          x0: isRange ? x0 : x0 - 6,
          x1: isRange ? x1 : x0 + 6,
          labelX,
          text: pickText(it.event.title, lang),
          priority: it.event.importance,
          order,
        },
        it,
        primary: i === 0,
      });
    });
  });

  const lanes: LaneLayout[] = [];
  const marks: PositionedEvent[] = [];
  let y = axisHeight;
  for (const spec of prepared.lanes) {
    const entries = perLane.get(spec.id)!;
    const stacked = stackLabels(
      entries.map((e) => e.item),
      { maxRows, maxX: plotRight, minX: plotLeft, measure: measureText },
    );
    const height = stacked.rows * rowHeight + 8;
    lanes.push({ ...spec, y, height, rows: stacked.rows });
    stacked.items.forEach((s, i) => {
      const { item, it, primary } = entries[i]!;
      const topic = it.event.topics[0];
      marks.push({
        key: item.key,
        id: it.event.id,
        laneId: spec.id,
        kind: it.kind,
        x: it.kind === 'range' ? item.x0 : item.x0 + 6,
        x2: it.kind === 'range' ? item.x1 : item.x0 + 6,
        y: y + 4 + s.row * rowHeight + rowHeight / 2,
        row: s.row,
        labelX: s.labelX,
        labelAnchor: s.anchor,
        label: s.label,
        truncated: s.truncated,
        approximate: it.event.approximate,
        primary,
        color: topic ? prepared.topicColors.get(topic) : undefined,
        importance: it.event.importance,
        inView: it.end >= domain[0] && it.start <= domain[1],
        event: it.event,
      });
    });
    y += height;
  }

  // Links between the marks of one event in several lanes.
  const byId = new Map<string, PositionedEvent[]>();
  for (const m of marks) (byId.get(m.id) ?? byId.set(m.id, []).get(m.id)!).push(m);
  const links: LinkLayout[] = [];
  for (const [id, ms] of byId) {
    if (ms.length < 2) continue;
    const ys = ms.map((m) => m.y);
    links.push({ id, x: ms[0]!.x, y1: Math.min(...ys), y2: Math.max(...ys) });
  }
  const inView = new Set(marks.filter((m) => m.inView).map((m) => m.id)).size;
  return { width, height: y + 4, plotLeft, plotRight, axisHeight, domain, ticks, lanes, marks, links, inView, total: prepared.items.length };
}
