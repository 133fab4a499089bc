/**
 * Colours from untrusted input. A topic's `color` ends up in a style
 * (`--topic-color`, a mark's fill): only a colour may get there, never
 * `url(…)` (a request), `var(…)`, `expression(…)` or a second declaration.
 */

/** `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`: the colours the schema takes (as valibot's `hexColor`). */
const HEX_COLOR = /^#(?:[\da-fA-F]{3,4}|[\da-fA-F]{6}|[\da-fA-F]{8})$/;

/**
 * The colour itself when `value` is a hex colour (`#1f5fa8`, `#fa8`,
 * `#1f5fa8cc`), else `undefined` (the caller uses its default colour).
 * The one check every path a colour comes by goes through: the schema's
 * topics, and elements given a topic object directly (`<topic-badge>.topic`).
 *
 * @example
 * safeColor('#1f5fa8') // → '#1f5fa8'
 * safeColor('url(https://example.org/x)') // → undefined
 */
export function safeColor(value: unknown): string | undefined {
  return typeof value === 'string' && HEX_COLOR.test(value) ? value : undefined;
}
