/**
 * Language tags from pages and servers, made safe: `<html lang="en_US">`,
 * `lang="x"` or a request's `Accept-Language` must never blank the element
 * or throw in SSR, where every `Intl` constructor throws a `RangeError` on
 * a malformed tag.
 */

/** A primary language subtag: 2–3 letters (ISO 639) or 5–8 (registered). `i-…`, `x-…` and single letters are not. */
const PRIMARY = /^(?:[a-z]{2,3}|[a-z]{5,8})$/i;

/**
 * The nearest valid BCP 47 tag to `lang`, canonicalized (`en_US` → `en-US`,
 * `EN-us` → `en-US`, `fa-IR-x-bogus!` → `fa-IR`), else `fallback`
 * (`x`, `i-klingon`, `constructor`, `''`, not a string → `en`). Subtags are
 * dropped from the end until what is left is well formed. Never throws.
 *
 * @example
 * safeLang('en_US') // → 'en-US'
 * safeLang('i-klingon') // → 'en'
 */
export function safeLang(lang: unknown, fallback = 'en'): string {
  // (No real tag is 100 characters long: do not spend time on one that is.)
  const parts = typeof lang === 'string' ? lang.trim().slice(0, 100).replace(/_/g, '-').split('-') : [];
  if (PRIMARY.test(parts[0] ?? ''))
    for (let n = parts.length; n > 0; n--) {
      try {
        return Intl.getCanonicalLocales(parts.slice(0, n).join('-'))[0] ?? fallback;
      } catch {
        // malformed: try without the last subtag
      }
    }
  return fallback;
}
