/**
 * The timeline's time scale: a linear map from instants (UTC ms) to pixels.
 *
 * Why not d3-scale: `scaleLinear` brings d3-interpolate's generic
 * interpolator (with d3-color's parser) and d3-format for tick formats, ~6 KB
 * gzipped, for a map that is one multiplication. Ticks are computed on the
 * display zone's clock (ticks.ts), zoom rescaling is d3-zoom's transform
 * (`transform.invertX`), so nothing else of d3-scale would be used.
 */
export interface TimeScale {
  (t: number): number;
  /** The instant at pixel `x`. */
  invert(x: number): number;
  domain: [number, number];
  range: [number, number];
}

export function timeScale(domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((t: number) => r0 + (t - d0) * k) as TimeScale;
  scale.invert = (x: number) => (k === 0 ? d0 : d0 + (x - r0) / k);
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  return scale;
}
