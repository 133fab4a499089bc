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
import { fitRows, LANE_PADDING, type RowFit } from './fit-height.js';
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
 * 20 px rows); with a thinner strip, 2 px below it, in the lane's padding.
 */
export function echoBaseline(laneY: number, rows: number, rowHeight: number, strip: number): number {
  return laneY + 4 + rows * rowHeight + Math.max(2, strip / 2);
}

/**
 * Rows for a given height (fitRows) that leave each lane room for its echo
 * strip when the grouping has echoes: the strip as tall as the height allows
 * after the lanes' rows (ECHO_STRIP at most, 0 when none is left: the
 * echoes then sit in the lane's padding).
 */
export function fitWithEchoes(
  maxHeight: number,
  lanes: number,
  options: Parameters<typeof fitRows>[2],
  weights: readonly number[] | undefined,
  echoes: boolean,
): RowFit & { echoStrip: number } {
  if (!echoes) return { ...fitRows(maxHeight, lanes, options, weights), echoStrip: 0 };
  const n = Math.max(1, lanes);
  let fit = fitRows(maxHeight - n * ECHO_STRIP, lanes, options, weights);
  // Not even a row a lane with whole strips: the rows first, the strips get what is left.
  if (fit.overflows) fit = fitRows(maxHeight, lanes, options, weights);
  let used = (options?.axisHeight ?? 32) + 4;
  for (const r of fit.laneRows) used += r * fit.rowHeight + LANE_PADDING;
  return { ...fit, echoStrip: Math.min(ECHO_STRIP, Math.max(0, Math.floor((maxHeight - used) / n))) };
}

/**
 * Most echoes in one cell of a lane's cluster grid (48 to 57 px): beyond it
 * the strip would be a smear, not a rug, and the drawing would grow with the
 * data rather than with the chart. A cell with more is a "+N" cluster, as
 * one whose marks find no free spot is (lane-layout.ts).
 */
export const ECHO_CELL_MAX = 6;

/** Whether a prepared timeline can have echoes: only lanes of actors share events. */
export const hasEchoes = (p: PreparedTimeline): boolean => p.lanes.some((l) => l.kind === 'actor');
