/**
 * Days written compactly, as the phone chronology's date rail writes them
 * ("9" over "Aug"), and when such a day must also name its year.
 *
 * The rule: a chronology whose days fall in more than one year (of the
 * locale's calendar: a Persian chronology from March to April spans two)
 * writes the year on every day, so the day "9 Aug" of the year 622 never
 * reads as this year's; a chronology within one year names it on its first
 * day, as the chart's axis names it once in its upper tier ("June 2025").
 * The rule does not look at the reader's clock: the same chronology reads
 * the same on the server, in the browser, and next year.
 *
 * Kept apart from days.ts so that only the phone chronology's chunk carries it.
 */
import { formatter, gregorian } from './intl.js';

/** The UTC date a day key (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) starts on; years 0–99 stay years 0–99 (not 1900–1999). */
function keyDate(key: string): [at: Date, month: boolean, day: boolean] {
  const [y, m, d] = key.split('-').map(Number) as [number, number?, number?];
  const at = new Date(0);
  at.setUTCFullYear(y, (m ?? 1) - 1, d ?? 1);
  return [at, m !== undefined, d !== undefined];
}

const format = (at: Date, locale: string, o: Intl.DateTimeFormatOptions) => formatter(locale, { timeZone: 'UTC', ...o }).format(at);

/**
 * The year of a day key as its heading writes it: a day's in the locale's
 * calendar, a month's or a year's in the Gregorian calendar it is written in
 * (as `formatDayKey` does). `keyYear('0622-08-09', 'en')` → `"622"`.
 */
export function keyYear(key: string, locale: string): string {
  const [at, , day] = keyDate(key);
  return format(at, day ? locale : gregorian(locale), { year: 'numeric' });
}

/**
 * True when the day keys (of every event of a chronology, in any order) fall
 * in more than one year of the locale's calendar: then every compact day
 * names its year (see `compactDay`).
 */
export function spansYears(keys: Iterable<string>, locale: string): boolean {
  const seen = new Set<string>();
  let year: string | undefined;
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const y = keyYear(key, locale);
    if (year !== undefined && y !== year) return true;
    year = y;
  }
  return false;
}

/** A day key written compactly: `big` over `small`, and the year under them when asked for (a month or a year key names its year anyway). */
export interface CompactDay {
  big: string;
  small: string;
  year?: string;
}

/**
 * A day key for a narrow rail, in the locale's calendar: a day as its number
 * and short month ("9", "Aug") with the year below when `withYear` ("622");
 * a month as its short name over its year ("Aug", "622"); a year as itself.
 * Months and years are Gregorian, as written.
 */
export function compactDay(key: string, locale: string, withYear: boolean): CompactDay {
  const [at, month, day] = keyDate(key);
  if (day) {
    const d: CompactDay = { big: format(at, locale, { day: 'numeric' }), small: format(at, locale, { month: 'short' }) };
    if (withYear) d.year = keyYear(key, locale);
    return d;
  }
  const g = gregorian(locale);
  if (month) return { big: format(at, g, { month: 'short' }), small: format(at, g, { year: 'numeric' }) };
  return { big: format(at, g, { year: 'numeric' }), small: '' };
}
