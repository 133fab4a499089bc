/**
 * `axis-breaks`: the timeline laid out with its long empty stretches
 * collapsed (breaks.ts finds them). Loaded on demand, only by timelines with
 * the attribute.
 *
 * How. The breaks are found once per prepared timeline and plot width, on
 * the whole extent, each `gap` px wide. That gives an "axis time": an
 * instant's time with every break before it shortened to the time its width
 * stands for (time runs as usual within segments). The layout
 * (`computeTimelineLayout`) runs unchanged on the events' spans in axis time,
 * so clusters, stacking, zoom and pan see a plain linear axis; this module
 * then gives the result back in real time: the visible domain, the clusters'
 * dates, ticks computed segment by segment on the display zone's clock, and
 * the breaks to draw. The zoom maps views through `layout.axis` (zoom-view.ts),
 * so a break widens as the reader zooms in, like the time around it.
 */
import { formatDuration, segmentTime } from './breaks.js';
import { placeFrame } from './chart-frame.js';
import type { AxisTime, BreakMark, LayoutOptions, PreparedTimeline, TimelineLayout } from './layout-types.js';
import { truncateToWidth } from './stack.js';
import { computeTicks, type Tick } from './ticks.js';
import { computeTimelineLayout } from './timeline-layout.js';
import { timeScale } from './time-scale.js';

/** Width of a break when the whole chronology is shown, px. */
export const BREAK_GAP = 24;
/** Automatic threshold: empty stretches longer than this share of the chronology's extent collapse. */
const AUTO_SHARE = 0.1;
/** …and never shorter than this. */
const MIN_THRESHOLD = 3_600_000;

const H = 3_600_000;
const UNITS: Record<string, number> = { h: H, d: 24 * H, w: 7 * 24 * H, mo: 30.436875 * 24 * H, y: 365.2425 * 24 * H };

/**
 * The threshold an `axis-breaks` value asks for, ms: a length such as `3d`,
 * `2w`, `12h`, `6mo` or `1y`; empty or `auto` for a tenth of the extent (at
 * least an hour). Anything else is an error that names the value.
 */
export function breakThreshold(value: string, extent: [number, number]): number {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'auto') return Math.max(MIN_THRESHOLD, (extent[1] - extent[0]) * AUTO_SHARE);
  const m = /^(\d+(?:\.\d+)?)\s*(h|d|w|mo|y)$/.exec(v);
  if (!m || !(Number(m[1]) > 0))
    throw new RangeError(`axis-breaks="${value}": expected a length such as 3d, 2w, 12h, 6mo or 1y, or nothing for an automatic one`);
  return Number(m[1]) * UNITS[m[2]!]!;
}

/** The axis time of a prepared timeline, its breaks and its spans in axis time. */
export interface BrokenAxis extends AxisTime {
  /** The breaks, in real time (`start`…`end` is the collapsed time; `empty` the empty stretch). */
  breaks: { start: number; end: number; empty: number }[];
  /** The prepared timeline with every span in axis time (same events, lanes and order). */
  prepared: PreparedTimeline;
}

/**
 * Finds the breaks of `p` for a plot `plotWidth` px wide, each `gap` px wide
 * when the whole extent is shown; `null` when no empty stretch is longer
 * than `thresholdMs`.
 */
export function brokenAxis(p: PreparedTimeline, thresholdMs: number, plotWidth: number, gap = BREAK_GAP): BrokenAxis | null {
  const e0 = p.extent[0];
  const seg = segmentTime(p.items, thresholdMs, [0, plotWidth], { domain: p.extent, gap });
  const time = seg.segments.reduce((sum, s) => sum + (s.end - s.start), 0);
  const px = seg.segments.reduce((sum, s) => sum + (s.x1 - s.x0), 0);
  if (!seg.breaks.length || !(time > 0) || !(px > 0)) return null;
  // Pixels per ms within the segments (the same in every one): axis time runs at real time there.
  const k = px / time;
  const { scale } = seg;
  const toAxis = (t: number) => e0 + scale(t) / k;
  const fromAxis = (v: number) => scale.invert((v - e0) * k);
  let maxSpan = 0;
  const items = p.items.map((it) => {
    const start = toAxis(it.start);
    const end = Math.max(start, toAxis(it.end));
    maxSpan = Math.max(maxSpan, end - start);
    return { event: it.event, start, end, anchor: toAxis(it.anchor), kind: it.kind };
  });
  // (lanesByEvent is an enumerable getter: the spread copies its map.)
  const prepared: PreparedTimeline = { ...p, items, maxSpan, extent: [toAxis(p.extent[0]), toAxis(p.extent[1])] };
  return { toAxis, fromAxis, prepared, breaks: seg.breaks.map(({ start, end, empty }) => ({ start, end, empty })) };
}

const cache = new WeakMap<PreparedTimeline, { key: string; left: number; right: number; axis: BrokenAxis | null }>();

/**
 * `computeTimelineLayout` with the empty stretches longer than `thresholdMs`
 * collapsed into breaks: the same layout (in real time: its `domain`,
 * clusters' `start` and `end`, ticks), with `axis` (for the zoom) and
 * `breaks` (to draw). A chronology without such a stretch gets the plain
 * layout.
 */
export function computeBrokenLayout(prepared: PreparedTimeline, options: LayoutOptions, thresholdMs: number): TimelineLayout {
  // The breaks depend on the plot's width: the same for every frame of one width, lane gutter and font.
  const key = `${thresholdMs}|${options.width}|${options.laneLabelWidth}|${options.measureText?.('Mm')}`;
  let hit = cache.get(prepared);
  if (hit?.key !== key) {
    // The plot's edges as the layout finds them: a layout of an instant (no mark to place) is enough.
    const edges = computeTimelineLayout(prepared, {
      ...options,
      domain: [prepared.extent[0], prepared.extent[0] + 1],
      margin: 0,
      rtl: false,
    });
    const [left, right] = [edges.plotLeft, edges.plotRight];
    cache.set(prepared, (hit = { key, left, right, axis: brokenAxis(prepared, thresholdMs, right - left) }));
  }
  const { axis: a, left, right } = hit;
  if (!a) return computeTimelineLayout(prepared, options);
  const domain = options.domain ?? prepared.extent;
  const axisDomain: [number, number] = [a.toAxis(domain[0]), a.toAxis(domain[1])];
  const l = computeTimelineLayout(a.prepared, { ...options, domain: axisDomain });
  for (const c of l.clusters) [c.start, c.end] = [a.fromAxis(c.start), a.fromAxis(c.end)];
  const { locale = 'en', lang = locale, measureText = (t: string) => t.length * 7 } = options;
  const w = l.width;
  // Left to right here; mirrored at the end for a right-to-left chart.
  const x = timeScale(axisDomain, [left, right]);
  const at = (t: number) => x(a.toAxis(t));
  const flip = (v: number) => (l.rtl ? w - v : v);
  const breaks: (BreakMark & { box: [number, number] })[] = [];
  for (const b of a.breaks) {
    const [x0, x1] = [at(b.start), at(b.end)];
    if (x1 < left || x0 > right) continue;
    const label = `— ${formatDuration(b.empty, lang)} —`;
    const half = measureText(label) / 2 + 4;
    const mid = (x0 + x1) / 2;
    breaks.push({ x0, x1, label, empty: b.empty, box: [mid - half, mid + half] });
  }
  const ticks = segmentTicks(a, domain, at, [left, right], breaks, { timeZone: prepared.timeZone, locale, measureText });
  const marks = breaks.map(({ x0, x1, label, empty }) => ({
    x0: Math.min(flip(x0), flip(x1)),
    x1: Math.max(flip(x0), flip(x1)),
    label,
    empty,
  }));
  for (const t of ticks) t.x = flip(t.x);
  stopLabelsAtBreaks(l, marks, measureText);
  const out = { ...l, domain, ticks, axis: { toAxis: a.toAxis, fromAxis: a.fromAxis }, breaks: marks };
  // The tick labels and the zone's name for the real ticks and domain; the pan origin stays the layout's.
  return { ...out, frame: { ...placeFrame(out, prepared.timeZone, lang, measureText), originX: l.frame.originX } };
}

/**
 * Ticks segment by segment (each on the display zone's clock, as on a plain
 * axis), left to right: a segment's first ticks are left out while their
 * label would run into the previous tick's or a break's label (a dropped
 * tick's month or year goes to the next one).
 */
function segmentTicks(
  a: BrokenAxis,
  [d0, d1]: [number, number],
  at: (t: number) => number,
  [left, right]: [number, number],
  breaks: readonly { box: [number, number] }[],
  o: { timeZone: string; locale: string; measureText: (t: string) => number },
): Tick[] {
  const out: Tick[] = [];
  const bounds = [-Infinity, ...a.breaks.flatMap((b) => [b.start, b.end]), Infinity];
  for (let i = 0; i < bounds.length; i += 2) {
    const s0 = Math.max(bounds[i]!, d0);
    const s1 = Math.min(bounds[i + 1]!, d1);
    if (!(s1 > s0) || !(Math.min(right, at(s1)) > Math.max(left, at(s0)))) continue;
    let period: string | undefined;
    let first = true;
    for (const t of computeTicks([s0, s1], [at(s0), at(s1)], o)) {
      const prev = out[out.length - 1];
      const box = [t.x, t.x + o.measureText(t.label) + 6] as const;
      const hits =
        (first && prev && prev.x + o.measureText(prev.label) + 6 > box[0]) || breaks.some((b) => b.box[0] < box[1] && box[0] < b.box[1]);
      if (hits) {
        period ??= t.period;
        continue;
      }
      out.push(period && !t.period ? { ...t, period } : t);
      [period, first] = [undefined, false];
    }
  }
  return out;
}

/**
 * A mark's label stops before a break (shortened with "…", or left out when
 * not even a few letters fit): run across it, it would sit over the other
 * side's time. The mark's name keeps the whole title.
 */
function stopLabelsAtBreaks(l: TimelineLayout, breaks: readonly BreakMark[], measure: (t: string) => number): void {
  if (!breaks.length) return;
  for (const m of l.marks) {
    if (m.label === null) continue;
    const w = measure(m.label);
    const [a, b] = m.labelAnchor === 'start' ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
    for (const k of breaks) {
      if (!(a < k.x1 && k.x0 < b)) continue;
      const room = m.labelAnchor === 'start' ? k.x0 - 4 - m.labelX : m.labelX - k.x1 - 4;
      m.label = room > 0 ? truncateToWidth(m.label, room, measure) : null;
      m.truncated = true;
      break;
    }
  }
}
