/**
 * Fitting the chart into a given height: how many rows each lane may use and
 * how tall a row is, so that the axis and every lane fit in `maxHeight`.
 * Marks that find no free spot within a lane's rows go into its "+N"
 * clusters (still reachable: a cluster zooms into its events), and fewer
 * rows carry labels.
 */

/** The smallest row, px: a bar (18 px) and a "+N" pill (20 px) in neighbouring rows do not overlap. */
export const MIN_ROW_HEIGHT = 20;

/** Padding of a lane, px: 4 above its rows and 4 below (lane-layout.ts). */
export const LANE_PADDING = 8;

export interface RowFit {
  rowHeight: number;
  /** Rows that carry labels (the most of any lane). */
  maxRows: number;
  /** Rows in all (the most of any lane). */
  maxStackRows: number;
  /** Per lane: rows in all and rows with labels. */
  laneRows: number[];
  laneLabelRows: number[];
  /**
   * The lanes do not fit even at one row of MIN_ROW_HEIGHT each: the layout
   * is taller than `maxHeight` and the chart scrolls within its box.
   */
  overflows: boolean;
}

/**
 * Rows with labels of a lane of `rows` rows: two rows are kept for marks alone (a label takes the room of
 * several marks); on a narrow plot (`narrow`) up to two rows carry labels, or its titles would all be cut.
 */
const labelRows = (rows: number, maxRows: number, narrow: boolean) =>
  narrow ? Math.min(maxRows, rows, Math.max(2, rows - 2)) : Math.max(1, Math.min(maxRows, rows - 2));

/** A plot narrower than this, px, is narrow: "+N" pills fill its first row, and a second row carries labels. */
export const NARROW_PLOT = 720;

/**
 * Rows per lane for `lanes` lanes in `maxHeight` px (the axis band and the
 * 4 px below the lanes included; each lane adds LANE_PADDING to its rows).
 *
 * As many rows in all as fit at MIN_ROW_HEIGHT, made taller up to
 * `rowHeight` with what is left over; never more per lane than the
 * unconstrained layout uses (`maxRows` labelled rows, 3 × `maxRows` in all).
 * Every lane keeps at least one row (its name and a row of marks and "+N"
 * clusters); the other rows go to the lanes with the most events
 * (`weights`, e.g. events in view per lane: a row each in turn to the lane
 * with the most events per row), so a busy lane gets two or three rows
 * where a quiet one has one. When even one row a lane does not fit,
 * `overflows` says so and each lane gets two rows of MIN_ROW_HEIGHT (the
 * chart scrolls within its box).
 */
export function fitRows(
  maxHeight: number,
  lanes: number,
  { axisHeight = 32, rowHeight = 24, maxRows = 3, narrow = false } = {},
  weights?: readonly number[],
): RowFit {
  const n = Math.max(1, lanes);
  const avail = maxHeight - axisHeight - 4 - n * LANE_PADDING;
  const cap = Math.max(maxRows + 1, maxRows * 3);
  const minRow = Math.min(MIN_ROW_HEIGHT, rowHeight);
  // Not even one row a lane fits: the chart scrolls anyway, so each lane gets two rows (more events drawn and named).
  const overflows = avail < n * minRow;
  const total = overflows ? n * Math.min(2, cap) : Math.max(n, Math.min(n * cap, Math.floor(avail / minRow)));
  const rh = Math.max(minRow, Math.min(rowHeight, Math.floor(avail / total)));
  const rows = new Array<number>(n).fill(1);
  const w = (i: number) => Math.max(1, weights?.[i] ?? 1);
  for (let left = total - n; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < n; i++) if (rows[i]! < cap && (best < 0 || w(i) / rows[i]! > w(best) / rows[best]!)) best = i;
    if (best < 0) break;
    rows[best]!++;
  }
  const labels = rows.map((r) => labelRows(r, maxRows, narrow));
  return {
    rowHeight: rh,
    maxRows: Math.max(...labels),
    maxStackRows: Math.max(...rows),
    laneRows: rows,
    laneLabelRows: labels,
    overflows,
  };
}
