/**
 * Echoes: an event with several actors is drawn in each of its lanes, but it
 * is labelled and stacked only in its first lane (its primary mark). In every
 * other lane it is an echo, drawn the way a graphics desk draws a rug: a
 * small tick on the lane's baseline, below its rows, in the event's colour
 * (a 3 px dot for an instant, the day for a day, the span for a period, 4 px
 * tall). An echo claims no row and no label: it says "this actor took part
 * here" without pushing the lane's labelled marks apart. Echoes may lie on
 * one another (two events of one day); they never touch a row's marks or
 * labels. They count towards their cell's members like any mark: a cell with
 * more than the lane's threshold is a "+N" cluster (lane-layout.ts), which
 * bounds the echoes drawn by the chart's size, not the data's. The event's
 * title, and who took part, are in its primary mark and the details; the
 * line joining its marks shows on hover, focus and selection.
 *
 * A lane with echoes is ECHO_STRIP px taller than its rows and padding:
 *
 *     y ─ 4 px padding ─ rows × rowHeight ─ echo strip (ECHO_STRIP) ─ 4 px padding
 *
 * with the echoes centred in the strip.
 */
import type { PreparedTimeline } from './layout-types.js';

/** Extra height of a lane that has echoes, px (a given height keeps room for it: timeline-layout.ts). */
export const ECHO_STRIP = 8;
/** Height of an echo's shape, px (a dot's diameter less its halo; a day's or period's thickness). */
export const ECHO_SIZE = 4;
/** Radius of an instant's echo, px. */
export const ECHO_DOT_R = 3;

/** Height of a lane of `rows` rows of `rowHeight` px, with the echo strip when it has echoes. */
export function laneHeight(rows: number, rowHeight: number, echoes: boolean): number {
  return rows * rowHeight + 8 + (echoes ? ECHO_STRIP : 0);
}

/**
 * Centre line of a lane's echoes (its top at `laneY`): the middle of the
 * echo strip below its last row (clear of a last-row bar, 9 px below its
 * row's centre, even in rows of MIN_ROW_HEIGHT).
 */
export function echoBaseline(laneY: number, rows: number, rowHeight: number): number {
  return laneY + 4 + rows * rowHeight + ECHO_STRIP / 2;
}

/** Whether a prepared timeline can have echoes: only lanes of actors share events (and the first lane is then an actor's). */
export const hasEchoes = (p: PreparedTimeline): boolean => p.lanes[0]?.kind === 'actor';
