/**
 * The text around the marks and the pan origin, decided with the rest of the
 * geometry so that the template only draws: each lane's label cut to the
 * gutter, which tick labels fit beside the zone's name, where the zone's
 * name goes, and the x the marks are drawn from.
 */
import { offsetName } from '../time/zone.js';
import { truncateToWidth } from './stack.js';
import type { Tick } from './ticks.js';

/** What `placeFrame` reads of a (possibly mirrored) layout. */
interface Framed {
  width: number;
  plotLeft: number;
  plotRight: number;
  rtl: boolean;
  domain: [number, number];
  ticks: Tick[];
  lanes: { label: string }[];
}

export interface ChartFrame {
  /** x of the lane labels (and of the zone's name when it sits in the gutter), px. */
  gutterX: number;
  /** Anchor of the lane labels and tick labels: `end` when mirrored. */
  textAnchor: 'start' | 'end';
  /**
   * Each lane's label in one or two lines that fit the gutter (see
   * `wrapLaneLabel`; the first line keeps its trailing space, so the lines
   * joined are the label); `null` when there is no gutter (one lane).
   */
  laneLabels: string[][] | null;
  /** Each tick's label x, or `null` when the label would run into the zone's name or off the chart. */
  tickLabelX: (number | null)[];
  /** The axis's zone ("GMT+3:30"): in the lane-label gutter, or (one lane, no gutter) at the axis's far end. */
  zoneLabel: { text: string; x: number; anchor: 'start' | 'end' };
  /**
   * The x the marks, clusters and links are drawn from (see `fromOrigin`): a
   * time that stays put while panning at one zoom level (it moves every four
   * view widths), so a pan frame moves one group instead of every mark.
   */
  originX: number;
}

/** The frame of a layout: lanes' and ticks' text, the zone's name and the pan origin. */
export function placeFrame(l: Framed, zone: string, lang: string, measure: (text: string) => number): ChartFrame {
  const { rtl, width } = l;
  const gutter = rtl ? width - l.plotRight : l.plotLeft;
  const inGutter = gutter > 8;
  const gutterX = rtl ? width - 4 : 4;
  const text = offsetName(l.domain[0], zone, lang);
  const zoneRoom = inGutter ? 0 : measure(text) + 12;
  const [d0, d1] = l.domain;
  const pxPerMs = (l.plotRight - l.plotLeft) / Math.max(d1 - d0, 1);
  const q = 2 ** Math.ceil(Math.log2(Math.max(d1 - d0, 1) * 4));
  const from = (Math.floor(d0 / q) * q - d0) * pxPerMs;
  return {
    gutterX,
    textAnchor: rtl ? 'end' : 'start',
    laneLabels: inGutter ? l.lanes.map((lane) => wrapLaneLabel(lane.label, gutter - 14, boldMeasure(measure))) : null,
    tickLabelX: l.ticks.map((t) =>
      rtl ? (t.x - 3 - measure(t.label) >= zoneRoom ? t.x - 3 : null) : t.x + 3 + measure(t.label) <= width - zoneRoom ? t.x + 3 : null,
    ),
    zoneLabel: inGutter
      ? { text, x: gutterX, anchor: rtl ? 'end' : 'start' }
      : { text, x: rtl ? 4 : width - 4, anchor: rtl ? 'start' : 'end' },
    originX: rtl ? l.plotRight - from : l.plotLeft + from,
  };
}

/** Lane labels are bold (600): about a tenth wider than the measured regular type. */
const boldMeasure =
  (measure: (text: string) => number) =>
  (text: string): number =>
    measure(text) * 1.1;

/**
 * A lane's label in `width`: whole on one line when it fits, else broken at
 * the last space that lets the first line fit, the second line shortened
 * with "…" only if it is still too long. A first word too long for a line
 * is shortened on one line (`[]` when not even two characters fit).
 */
export function wrapLaneLabel(label: string, width: number, measure: (text: string) => number): string[] {
  if (measure(label) <= width) return [label];
  for (let i = label.lastIndexOf(' '); i > 0; i = label.lastIndexOf(' ', i - 1)) {
    const first = label.slice(0, i);
    if (measure(first) > width) continue;
    const rest = truncateToWidth(label.slice(i + 1), width, measure, 2);
    return rest ? [first + ' ', rest] : [first];
  }
  const one = truncateToWidth(label, width, measure, 2);
  return one ? [one] : [];
}

/**
 * The lane-label gutter, px, when none is given: wide enough for the widest
 * label on one line, at most 180 px (and 15 % of the width) on a wide chart
 * and 120 px (22 %) on a narrow one, at least 48 px; longer labels wrap.
 */
export function laneGutter(labels: readonly string[], width: number, measure: (text: string) => number): number {
  const cap = width >= 900 ? Math.min(180, Math.round(width * 0.15)) : Math.min(120, Math.round(width * 0.22));
  const widest = Math.max(0, ...labels.map(boldMeasure(measure))) + 14;
  return Math.max(Math.min(48, cap), Math.min(cap, Math.ceil(widest)));
}

/** An x of the layout from the frame's origin, to 1/100 px (a pan at one zoom level gives the same numbers). */
export const fromOrigin = (x: number, originX: number): number => Math.round((x - originX) * 100) / 100;
