/**
 * `chronoline/react` in Node (the `node` export condition): the wrappers,
 * with what server rendering needs loaded ahead (src/ssr/setup.ts). Named
 * exports only: Next.js does not allow `export *` in a 'use client' module.
 */
import '../ssr/setup.js';

export { EventTimeline, ActorCard, TopicBadge } from './index.js';
export type * from './index.js';
