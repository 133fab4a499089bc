/**
 * Echoes: an event with several actors is drawn in each of its lanes, but it
 * is labelled and stacked only in its first lane (its primary mark). In every
 * other lane it is an echo, drawn the way a graphics desk draws a rug: a
 * thin tick on the lane's baseline (the middle of the 4 px padding below its
 * last row, 2 px above the lane's foot: lane-layout.ts) in the event's colour
 * (a 4 px dot for an instant, the day for a day, the span for a period,
 * ECHO_SIZE px tall). An echo claims no row, no label and no height: it says
 * "this actor took part here" without pushing the lane's labelled marks
 * apart. Echoes may lie on one another (two events of one day); they never
 * touch a row's marks or labels (a bar reaches 9 px below its row's centre,
 * which in rows of MIN_ROW_HEIGHT is 1 px above the padding). They count
 * towards their cell's members like any mark: a cell with more than the
 * lane's threshold is a "+N" cluster (lane-layout.ts), which bounds the
 * echoes drawn by the chart's size, not the data's. The event's title, and
 * who took part, are in its primary mark and the details; the line joining
 * its marks shows on hover, focus and selection.
 */

/** Height of an echo's shape, px (a day's or period's thickness). */
export const ECHO_SIZE = 3;
/** Radius of an instant's echo, px. */
export const ECHO_DOT_R = 2;
