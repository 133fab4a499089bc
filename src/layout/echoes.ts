/**
 * Echoes: an event with several actors is drawn in each of its lanes, but it
 * is labelled and stacked only in its first lane (its primary mark). In every
 * other lane it is an echo, drawn the way a graphics desk draws a rug: a
 * small tick on the lane's baseline, below its rows, in the event's colour
 * (a 3 px dot for an instant, the day for a day, the span for a period, 4 px
 * tall). An echo claims no row and no label: it says "this actor took part
 * here" without pushing the lane's labelled marks apart. Echoes may lie on
 * one another (two events of one day); they never touch a row's marks or
 * labels. The event's title, and who took part, are in its primary mark and
 * the details; the line joining its marks shows on hover, focus and
 * selection.
 *
 * A lane with echoes is ECHO_STRIP px taller than its rows and padding:
 *
 *     y ─ 4 px padding ─ rows × rowHeight ─ echo strip (ECHO_STRIP) ─ 4 px padding
 *
 * with the echoes centred in the strip. In a given height too small for
 * it, the strip is thinner, down to none: the echoes then sit in the
 * lane's bottom padding.
 */
import { fitRows, type RowFit } from './fit-height.js';
import type { PreparedTimeline } from './layout-types.js';

/** Extra height of a lane that has echoes, px (less when a given height leaves less: `fitWithEchoes`). */
export const ECHO_STRIP = 8;
/** Height of an echo's shape, px (a dot's diameter less its halo; a day's or period's thickness). */
export const ECHO_SIZE = 4;
/** Radius of an instant's echo, px. */
export const ECHO_DOT_R = 3;

/** Height of a lane of `rows` rows of `rowHeight` px, with an echo strip of `strip` px (0: no echoes). */
export function laneHeight(rows: number, rowHeight: number, strip: number): number {
  return rows * rowHeight + 8 + strip;
}

/**
 * Centre line of a lane's echoes (its top at `laneY`): the middle of its
 * echo strip of `strip` px below the last row, 4 px below the row with the
 * whole strip (clear of a last-row bar, 9 px below its row's centre, even in
 * 16 px rows); with a thinner strip, 2 px below it, in the lane's padding.
 */
export function echoBaseline(laneY: number, rows: number, rowHeight: number, strip: number): number {
  return laneY + 4 + rows * rowHeight + Math.max(2, strip / 2);
}

/**
 * Rows for a given height (fitRows) that leave each lane room for its echo
 * strip when the grouping has echoes: the strip as tall as the height allows
 * after the fewest, thinnest rows (ECHO_STRIP at most, 0 when none is left).
 */
export function fitWithEchoes(
  maxHeight: number,
  lanes: number,
  options: { axisHeight?: number; rowHeight?: number; maxRows?: number },
  echoes: boolean,
): RowFit & { echoStrip: number } {
  if (!echoes) return { ...fitRows(maxHeight, lanes, options), echoStrip: 0 };
  const n = Math.max(1, lanes);
  const fit = fitRows(maxHeight - n * ECHO_STRIP, lanes, options);
  const used = (options.axisHeight ?? 32) + 4 + n * (fit.maxStackRows * fit.rowHeight + 8);
  return { ...fit, echoStrip: Math.min(ECHO_STRIP, Math.max(0, Math.floor((maxHeight - used) / n))) };
}

/** The drawn extent of an echo whose mark spans [x0, x1] (a dot's 12 px box, a day, a period), px. */
export function echoExtent(kind: 'dot' | 'span', x0: number, x1: number): [number, number] {
  if (kind === 'span') return [x0, x1];
  const c = (x0 + x1) / 2;
  return [c - ECHO_DOT_R, c + ECHO_DOT_R];
}

/**
 * Most echoes that may lie on one another at any x of a lane: beyond it the
 * strip is a smear, not a rug, and the drawing would grow with the data
 * rather than with the chart. An echo past it makes its cell a "+N"
 * cluster, as a mark with no free spot does (lane-layout.ts).
 */
export const ECHO_DEPTH = 4;

/**
 * The echoes, given by their drawn extents [x0[i], x1[i]] and taken in the
 * order `byX` (by left edge), that would lie on more than `depth - 1`
 * others: each is kept if fewer than `depth` kept echoes cover its left
 * edge. Returns the indices not kept, in `byX` order.
 */
export function echoOverflow(x0: ArrayLike<number>, x1: ArrayLike<number>, byX: readonly number[], depth = ECHO_DEPTH): number[] {
  const out: number[] = [];
  // Right edges of the kept echoes that still cover the sweep line, kept sorted (depth is small).
  const open: number[] = [];
  for (const i of byX) {
    const left = x0[i]!;
    while (open.length && open[0]! <= left) open.shift();
    if (open.length >= depth) {
      out.push(i);
      continue;
    }
    const right = x1[i]!;
    let k = open.length;
    while (k > 0 && open[k - 1]! > right) k--;
    open.splice(k, 0, right);
  }
  return out;
}

const echoesOf = new WeakMap<PreparedTimeline, boolean>();
/** Whether any event of a prepared timeline is in more than one lane (and so has echoes); found once per prepared timeline. */
export function hasEchoes(p: PreparedTimeline): boolean {
  let e = echoesOf.get(p);
  if (e === undefined) {
    e = false;
    for (const lanes of p.lanesByEvent.values())
      if (lanes.length > 1) {
        e = true;
        break;
      }
    echoesOf.set(p, e);
  }
  return e;
}
