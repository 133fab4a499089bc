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

const calendarLocales = new Map<string, string>();

/** The locale with a calendar (`fa`, `gregory` → `fa-u-ca-gregory`), cached; the locale as it is when it is not a valid tag. */
export function withCalendar(locale: string, calendar: string): string {
  const key = `${locale}|${calendar}`;
  let l = calendarLocales.get(key);
  if (l === undefined) {
    try {
      l = new Intl.Locale(locale, { calendar }).toString();
    } catch {
      l = locale;
    }
    calendarLocales.set(key, l);
  }
  return l;
}

/** The locale with the Gregorian calendar, for values written as Gregorian months and years. */
export const gregorian = (locale: string) => withCalendar(locale, 'gregory');
