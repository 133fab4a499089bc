/**
 * Eras (periods of context) as bands behind the lanes: each band spans its
 * era's time in the chart's scale (cut to the plot), from the top of the
 * chart to the bottom of the lanes; its label sits in a strip of its own
 * above the axis (`ERA_STRIP` px, see `computeTimelineLayout`'s
 * `axisHeight`), so it is never over a tick label, a note or a mark's label.
 * Labels start at their band's start edge (right edge in a right-to-left
 * chart), are shortened to the room they have (the band's width, up to the
 * next label), and are left out when not even a few characters fit.
 *
 * Eras that meet (TimelineJS's `600–650` then `650–700`: the first runs to
 * the end of 650, the second from its start) are drawn edge to edge: a band
 * stops where another era begins within its last day, month or year, so the
 * shared stretch is not tinted twice (which reads as a third era). Eras that
 * overlap by more than that keep their full extent.
 */
import type { Era } from '../schema/eras.js';
import { pickText } from '../schema/text.js';
import type { TimelineLayout } from './layout-types.js';
import { truncateToWidth } from './stack.js';
import { timeScale } from './time-scale.js';
import { parseAnnotatedTime } from '../time/rfc9557.js';

/** Per eras array: where each band is drawn to (computed once; layouts run on every zoom frame). */
const drawnEnds = new WeakMap<readonly Era[], Map<Era, number>>();

/**
 * Where each era's band is drawn to: its end, or the start of another era
 * that begins within the end's day, month or year (the first such start).
 */
function endsOf(eras: readonly Era[]): Map<Era, number> {
  let ends = drawnEnds.get(eras);
  if (ends) return ends;
  ends = new Map();
  const starts = eras.map((e) => e.from).sort((a, b) => a - b);
  for (const era of eras) {
    const end = parseAnnotatedTime(era.end);
    let to = era.to;
    if (typeof end !== 'string') {
      // The first start at or after the end's unit began and after the era's own start.
      const from = Math.max(end.point.instant, era.from + 1);
      let lo = 0;
      for (let hi = starts.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      if (lo < starts.length && starts[lo]! < to) to = starts[lo]!;
    }
    ends.set(era, to);
  }
  drawnEnds.set(eras, ends);
  return ends;
}

/** Height of the label strip above the axis when the chronology has eras, px. */
export const ERA_STRIP = 18;
/** Space between a label and its band's edge, and between two labels, px. */
const PAD = 4;

export interface EraBand {
  id: string;
  /** Left edge and width of the band, px (within the plot). */
  x: number;
  width: number;
  /** Top and height of the band, px. */
  y: number;
  height: number;
  /** The era's colour, when it has a valid one. */
  color?: string;
  /** The full label (for the band's tooltip), and the label drawn, shortened to fit; null when it does not fit. */
  title: string;
  label: string | null;
  /** Where the label starts (`start`) or ends (`end`, right-to-left), px, and its baseline. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/** The bands of the eras in view of `l` (in the order given; bands out of view are left out). */
export function layoutEras(
  eras: readonly Era[],
  l: Pick<TimelineLayout, 'width' | 'height' | 'plotLeft' | 'plotRight' | 'rtl' | 'domain' | 'axis'>,
  lang: string,
  measure: (text: string) => number,
): EraBand[] {
  const w = l.width;
  // Reading coordinates: left to right in time; a right-to-left chart is their mirror image.
  const [left, right] = l.rtl ? [w - l.plotRight, w - l.plotLeft] : [l.plotLeft, l.plotRight];
  // Across collapsed empty stretches (`axis-breaks`), linear in the axis's own time.
  const a = l.axis;
  const lin = timeScale(a ? [a.toAxis(l.domain[0]), a.toAxis(l.domain[1])] : l.domain, [left, right]);
  const x = a ? (t: number) => lin(a.toAxis(t)) : lin;
  const ends = endsOf(eras);
  const placed = eras
    .map((era) => ({ era, x0: Math.max(left, x(era.from)), x1: Math.min(right, x(ends.get(era)!)) }))
    .filter((b) => b.x1 - b.x0 >= 1);
  const bands: EraBand[] = [];
  // Labels left to right in reading order: each starts after the previous one ends.
  let free = -Infinity;
  for (const { era, x0, x1 } of [...placed].sort((a, b) => a.x0 - b.x0)) {
    const title = pickText(era.label, lang);
    const start = Math.max(x0 + PAD, free + 2 * PAD);
    const label = x1 - PAD - start > 0 ? truncateToWidth(title, x1 - PAD - start, measure, 3) : null;
    if (label) free = start + measure(label);
    bands.push({
      id: era.id,
      x: l.rtl ? w - x1 : x0,
      width: x1 - x0,
      y: 0,
      height: l.height,
      ...(era.color ? { color: era.color } : {}),
      title,
      label,
      labelX: l.rtl ? w - start : start,
      labelY: ERA_STRIP - 5,
      anchor: l.rtl ? 'end' : 'start',
    });
  }
  return bands;
}
