/**
 * The zoom gesture (d3-zoom, with the part of d3-selection it needs): loaded
 * by `<event-timeline>` right after its first render, so that drawing the
 * chart does not wait for it.
 */
export { select } from 'd3-selection';
export { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
