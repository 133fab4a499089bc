export * from './chronology-schema.js';
export * from './dates.js';
export * from './parse.js';
export * from './text.js';
