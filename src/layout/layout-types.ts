/**
 * The types of the timeline's layout: what `prepareTimeline` gives per
 * dataset and what `computeTimelineLayout` gives per frame. Plain data (the
 * clusters' member lists are computed on first read), serialisable but for
 * the events they carry.
 */
import type { TimelineEvent } from '../schema/parse.js';
import type { ChartFrame } from './chart-frame.js';
import type { EventSpan } from './event-span.js';
import type { GroupBy, LaneSpec } from './lanes.js';
import type { NoteLayout } from './annotations.js';
import type { Tick } from './ticks.js';

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
  /** Show only events with one of these statuses (`none`: events without one); null or empty shows all. */
  activeStatuses?: readonly string[] | null;
  maxLanes?: number;
  lang?: string;
  othersLabel?: string;
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
  /**
   * Widest event label, px: a longer title is shortened with "…" (its whole
   * text stays in the mark's name, tooltip and the details). Default 160.
   */
  maxLabelWidth?: number;
  /**
   * Most rows with labels per lane. Default: 16 for a single lane, else
   * 32 ÷ lanes, from 4 to 8.
   */
  maxRows?: number;
  /**
   * Width of the lane-label column, px (0 hides it). Default: the widest lane
   * label, up to 180 px (15 %) on wide charts and 120 px (22 %) on narrow
   * ones; longer labels wrap to two lines.
   */
  laneLabelWidth?: number;
  /** Height of the axis band, px: the month and year above the days or hours. Default 48. */
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
   * Default max(maxRows + 1, min(3 × maxRows, maxRows + 8)).
   */
  maxStackRows?: number;
  /**
   * Fit the lanes into this height, px (the element's given height): fewer
   * and thinner rows per lane (see fit-height.ts), the rest in "+N"
   * clusters. Overrides `rowHeight`, `maxRows` and `maxStackRows`.
   */
  maxHeight?: number;
  /**
   * A zoom or pan frame of the same data, width and `maxHeight`: the previous
   * layout's `extraHeight`, so that the frame is laid out once, at
   * `maxHeight + extraHeight`, instead of twice (see `computeTimelineLayout`).
   */
  extraHeight?: number;
  /**
   * Stop once the lanes reach below this, px: a layout that only has to say
   * whether it is taller (the element's first, whose height it compares with
   * its room: size-controller.ts `probeBound`). Such a layout is `partial`.
   */
  stopBelow?: number;
}

export interface LaneLayout extends LaneSpec {
  y: number;
  /** Its rows, 4 px above and below them, and the echo strip when it has echoes (echoes.ts). */
  height: number;
  /** Rows of its own marks and labels (echoes take none). */
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
  /**
   * A calendar-day event when the scale shows days (a day is at least 6 px):
   * the day's width, px, from midnight to midnight in the display zone,
   * centred on `x` (draw a band `x ± dayWidth / 2`). 0 for a dot: an instant,
   * or a day too narrow to draw.
   */
  dayWidth: number;
  /** Vertical centre of the mark's row, px; an echo's, of its lane's echo strip. */
  y: number;
  /** Its row in the lane; -1 for an echo (on the lane's baseline, in no row: echoes.ts). */
  row: number;
  labelX: number;
  /** `end`: the label sits left of the mark and ends at `labelX`. */
  labelAnchor: 'start' | 'end';
  label: string | null;
  truncated: boolean;
  approximate: boolean;
  /**
   * The first lane's mark of an event: the one that takes keyboard focus and
   * the label. False for an echo: the event's mark in another of its lanes,
   * a small unlabelled tick on that lane's baseline (echoes.ts).
   */
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
  /** Laid out only until it was taller than `stopBelow`: its height is above it, and it is not to be drawn. */
  partial?: boolean;
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
  /** Rules and notes of the annotated events in view (see annotations.ts); the notes' band is above the lanes. */
  notes: NoteLayout[];
  /**
   * Number of distinct events inside the visible domain:
   * in-view primary marks + the clusters' `inViewPrimaryCount`.
   */
  inView: number;
  /** Of those, the events drawn as their own (primary) mark; the rest are in clusters. */
  shown: number;
  /** Number of events after filtering. */
  total: number;
  /** The text around the marks (lane and tick labels, the zone's name) and the pan origin. */
  frame: ChartFrame;
  /** With `maxHeight`: the height the lanes' rows were shared out for, beyond it (0, or the room the lanes left). */
  extraHeight?: number;
  /**
   * With `axis-breaks` (broken-axis.ts): the map between instants and the
   * axis's own time, in which each break lasts as long as its width; the
   * view's pixels are linear in it. Absent on a plain axis.
   */
  axis?: AxisTime;
  /** With `axis-breaks`: the breaks that meet the plot, px (`x0` < `x1`, also right to left). */
  breaks?: BreakMark[];
}

/** A monotonic map between instants and axis time (UTC ms both), and its inverse. */
export interface AxisTime {
  toAxis(t: number): number;
  fromAxis(v: number): number;
}

/** A collapsed stretch of empty time on the axis: drawn from `x0` to `x1`, labelled with its length ("3 weeks"). */
export interface BreakMark {
  x0: number;
  x1: number;
  /** The empty stretch's length in words, in the reader's language. */
  label: string;
  /** The empty stretch, UTC ms: from the end of the events before it to the start of the next. */
  empty: number;
}
