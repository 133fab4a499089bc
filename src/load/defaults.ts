/**
 * The default time-out of a load (its own module: the element's properties
 * need it at once, load.ts only when there is a `src` to fetch).
 */

/** The default `timeoutMs`. */
export const DEFAULT_TIMEOUT_MS = 15_000;
