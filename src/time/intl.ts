/**
 * One cache of `Intl.DateTimeFormat`s for the whole library: constructing
 * a formatter costs far more than using one, and the same few are used on
 * every render.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

const gregorianLocales = new Map<string, string>();

/** The locale with the Gregorian calendar (`fa` → `fa-u-ca-gregory`), for values written as Gregorian months and years. */
export function gregorian(locale: string): string {
  let g = gregorianLocales.get(locale);
  if (g === undefined) {
    try {
      g = new Intl.Locale(locale, { calendar: 'gregory' }).toString();
    } catch {
      g = locale;
    }
    gregorianLocales.set(locale, g);
  }
  return g;
}
