/**
 * The visible time range and d3-zoom's transform, one from the other. The
 * zoom gesture works on a base scale (the whole extent across the plot);
 * the view is what the transformed scale shows. Kept here so that the
 * element holds no time scale of its own.
 */
import type { TimelineLayout } from './timeline-layout.js';
import { timeScale, type TimeScale } from './time-scale.js';

/** A d3-zoom transform's horizontal part: x' = x · k + tx. */
export interface ZoomTransformX {
  k: number;
  x: number;
}

/** The plot's edges where time starts and ends: left and right, or right and left when mirrored. */
export const plotRange = (l: Pick<TimelineLayout, 'rtl' | 'plotLeft' | 'plotRight'>): [number, number] =>
  l.rtl ? [l.plotRight, l.plotLeft] : [l.plotLeft, l.plotRight];

/**
 * The x of instants across `domain` in the layout's plot, and its inverse:
 * linear in time, or in the axis's own time when empty stretches are
 * collapsed (`axis-breaks`).
 */
export function axisScale(domain: [number, number], l: Pick<TimelineLayout, 'axis' | 'rtl' | 'plotLeft' | 'plotRight'>): TimeScale {
  const a = l.axis;
  if (!a) return timeScale(domain, plotRange(l));
  const lin = timeScale([a.toAxis(domain[0]), a.toAxis(domain[1])], plotRange(l));
  const x = ((t: number) => lin(a.toAxis(t))) as TimeScale;
  x.invert = (px: number) => a.fromAxis(lin.invert(px));
  x.domain = domain;
  x.range = lin.range;
  return x;
}

/** The transform that shows `view` of `extent` in the layout's plot. */
export function transformFor(extent: [number, number], l: TimelineLayout, [v0, v1]: [number, number]): ZoomTransformX {
  const x = axisScale(extent, l);
  const [r0, r1] = plotRange(l);
  const k = (r1 - r0) / (x(v1) - x(v0));
  return { k, x: r0 - k * x(v0) };
}

/** The view a transform shows, clamped to `extent`; `null` for the whole extent (no zoom, no pan). */
export function viewFor(extent: [number, number], l: TimelineLayout, t: ZoomTransformX): [number, number] | null {
  if (t.k <= 1 + 1e-9 && Math.abs(t.x) < 0.5) return null;
  const x = axisScale(extent, l);
  const [r0, r1] = plotRange(l);
  const [a, b] = [x.invert((r0 - t.x) / t.k), x.invert((r1 - t.x) / t.k)];
  return [Math.max(a, extent[0]), Math.min(b, extent[1])];
}

/** The x of an instant in the layout's view, px. */
export const xOf = (l: TimelineLayout, t: number): number => axisScale(l.domain, l)(t);

/** Most zoom: the extent over the shortest span worth showing. */
export const maxZoom = ([e0, e1]: [number, number], minSpan: number): number => Math.max(1, (e1 - e0) / minSpan);
