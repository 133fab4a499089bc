/**
 * The visible range of the chart (UTC ms, or `null` for the whole extent):
 * kept inside the extent, and compared to the millisecond. (The zoom
 * gesture's transform ↔ range arithmetic is in zoom-view.ts, loaded with it.)
 */

/**
 * A view as the zoom gesture would leave it: inside the extent, and `null`
 * when that is the whole extent (a view set before the gesture is attached
 * then reads the same once it is).
 */
export function clampView([v0, v1]: [number, number], [e0, e1]: [number, number]): [number, number] | null {
  const a = Math.max(v0, e0);
  const b = Math.min(v1, e1);
  return a <= e0 && b >= e1 ? null : [a, b];
}

/** True when two views are the same to the millisecond (re-syncing d3 after a resize gives back the view it had). */
export const sameView = (a: [number, number] | null, b: [number, number] | null): boolean =>
  a === b || (!!a && !!b && Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1);
