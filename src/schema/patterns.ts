/**
 * The schema's patterns and word lists, without valibot: what the quick
 * paths and the components need at first paint (`chronology-schema.ts`
 * builds the valibot schema from the same constants and re-exports them).
 */

/** Stable identifiers: lower-case slugs that survive headline edits. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-_.]*$/;

/** Absolute http(s) URLs: the only links and images the library will use. */
export const HTTP_URL = /^[hH][tT][tT][pP][sS]?:\/\/\S+$/;
/** An absolute http(s) URL with a plain host and nothing to resolve: one that is used as written. */
export const SIMPLE_HTTP_URL = /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#][^\s\u0000-\u001f\u007f]*)?$/i;
export const isHttpUrl = (url: unknown): url is string => typeof url === 'string' && HTTP_URL.test(url);

/** How well an event is established, from most to least (the order of legends and filters). */
export const STATUSES = ['confirmed', 'reported', 'claimed', 'disputed', 'denied'] as const;
export const ACTOR_KINDS = ['person', 'state', 'organization'] as const;
