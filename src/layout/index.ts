export * from './event-span.js';
export * from './lanes.js';
export * from './stack.js';
export * from './ticks.js';
export * from './timeline-layout.js';
export * from './window.js';
export * from '../time/zone.js';
export * from '../time/format.js';
