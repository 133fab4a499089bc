/**
 * Fitting the chart into a given height: how many rows each lane may use and
 * how tall a row is, so that the axis and every lane fit in `maxHeight`.
 * Marks that find no free spot within a lane's rows go into its "+N"
 * clusters (still reachable: a cluster zooms into its events), and fewer
 * rows carry labels.
 */

/** The smallest row, px (a mark and its 24 px hit area still overlap neighbours' by little). */
export const MIN_ROW_HEIGHT = 16;

export interface RowFit {
  rowHeight: number;
  /** Rows that carry labels. */
  maxRows: number;
  /** Rows in all (with and without labels). */
  maxStackRows: number;
}

/**
 * Rows per lane for `lanes` lanes in `maxHeight` px (the axis band and the
 * 4 px below the lanes included; each lane adds 8 px to its rows). Never
 * more than the unconstrained layout uses (`maxRows` labelled rows, 3 ×
 * `maxRows` in all); at least two rows a lane, made thinner (down to
 * MIN_ROW_HEIGHT) when two rows of `rowHeight` do not fit.
 */
export function fitRows(maxHeight: number, lanes: number, { axisHeight = 32, rowHeight = 24, maxRows = 3 } = {}): RowFit {
  const perLane = (maxHeight - axisHeight - 4) / Math.max(1, lanes) - 8;
  let rows = Math.floor(perLane / rowHeight);
  let rh = rowHeight;
  if (rows < 2) [rows, rh] = [2, Math.max(MIN_ROW_HEIGHT, Math.floor(perLane / 2))];
  const stack = Math.min(rows, Math.max(maxRows + 1, maxRows * 3));
  return { rowHeight: rh, maxRows: Math.max(1, Math.min(maxRows, stack - 1)), maxStackRows: stack };
}
