import type { ChronolineEventMap } from './index.js';

/** Dispatches one of the library's events: always bubbling and composed. */
export function emit<K extends keyof ChronolineEventMap>(
  target: EventTarget,
  name: K,
  detail: ChronolineEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
