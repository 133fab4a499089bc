/**
 * Stand-in for d3-interpolate in the CDN bundle only (see rollup.config.mjs).
 *
 * d3-zoom imports one thing from d3-interpolate, `interpolateZoom`, and calls
 * it only inside a zoom transition, which the CDN bundle never starts (see
 * d3-transition-stub.ts). The real module drags in d3-color's parsers and
 * every colour interpolator: about 5 KB gzipped. This linear view
 * interpolator keeps `zoom.interpolate()` a working function.
 */
type View = [x: number, y: number, width: number];

export function interpolateZoom(a: View, b: View): ((t: number) => View) & { duration: number } {
  const f = (t: number): View => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
  return Object.assign(f, { duration: 250 });
}
