/**
 * Stand-in for d3-transition in the CDN bundle only (see rollup.config.mjs).
 *
 * d3-zoom imports d3-transition for two things: `interrupt()` to stop a
 * running zoom transition, and `selection.transition()` for animated
 * `zoom.transform` calls. chronoline never starts a transition (zoom
 * duration is 0, and reduced motion is the default for programmatic zoom),
 * so there is never anything to interrupt. d3-transition and its colour and
 * interpolation chain are ~4.5 KB gzipped: a quarter of the budget's room.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

selection.prototype.interrupt = function (this: unknown) {
  return this;
};
