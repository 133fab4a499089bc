/**
 * Calendar days for the list view: which day of the display zone an event
 * belongs to, and the events grouped by those days.
 *
 * A day-precision event is a calendar day, not an instant: it stays on its
 * day in every zone. Month- and year-precision events group under their
 * month or year (`2025-06`, `2025`), which are valid HTML `datetime` values
 * too. Date-times belong to their day in the display zone.
 */
import { isCalendarPrecision, type DatedEvent } from './dates.js';
import { formatter, gregorian } from './intl.js';
import { zonedDateKey } from './zone.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` for coarser events) of an event's start in `zone`. */
export function dayKey(e: DatedEvent, zone: string): string {
  const s = e.start;
  if (isCalendarPrecision(e.precision) || s.offsetMinutes === undefined) {
    const y = pad(s.year, 4);
    return e.precision === 'year' ? y : e.precision === 'month' ? `${y}-${pad(s.month)}` : `${y}-${pad(s.month)}-${pad(s.day)}`;
  }
  return zonedDateKey(s.instant, zone);
}

export interface DayGroup<T> {
  /** The day (or month, year) as an HTML `datetime` value. */
  key: string;
  items: T[];
}

/**
 * Groups events by `dayKey`, in the order given (callers pass them in time
 * order). A key seen again later (an instant sorted after a day event of a
 * later day, say) joins its first group, so every day has one heading.
 */
export function groupByDay<T, E extends DatedEvent>(
  items: readonly T[],
  zone: string | ((e: E) => string),
  eventOf: (item: T) => E,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  const byKey = new Map<string, DayGroup<T>>();
  for (const item of items) {
    const e = eventOf(item);
    const key = dayKey(e, typeof zone === 'string' ? zone : zone(e));
    let g = byKey.get(key);
    if (!g) {
      byKey.set(key, (g = { key, items: [] }));
      groups.push(g);
    }
    g.items.push(item);
  }
  return groups;
}

/** A day key as a heading: "Monday, 23 June 2025" (in the locale's calendar: "دوشنبه ۲ تیر ۱۴۰۴"), "June 2025" or "2025". */
export function formatDayKey(key: string, locale: string): string {
  const [y, m, d] = key.split('-').map(Number) as [number, number?, number?];
  const at = new Date(0);
  at.setUTCFullYear(y, (m ?? 1) - 1, d ?? 1);
  const opts: Intl.DateTimeFormatOptions =
    d !== undefined
      ? { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : m !== undefined
        ? { timeZone: 'UTC', month: 'long', year: 'numeric' }
        : { timeZone: 'UTC', year: 'numeric' };
  // A month or year key names a Gregorian month or year: say it in that calendar.
  return formatter(d === undefined ? gregorian(locale) : locale, opts).format(at);
}
