/**
 * Parsing of the time values the schema accepts: ISO 8601 calendar dates
 * (`2025`, `2025-06`, `2025-06-23`) and date-times with a UTC offset
 * (`2025-06-22T02:10+03:30`, `2025-06-21T23:50:00Z`), optionally followed by
 * an EDTF-style `~` that marks the value as approximate.
 *
 * A date-time without an offset is refused: it names no instant, and a
 * timeline that guesses the zone is the bug this library exists to avoid.
 */

/** How finely a time value is known, from coarsest to finest. */
export const PRECISIONS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A parsed time value. `instant` is milliseconds since the epoch (UTC). */
export interface TimePoint {
  /** The value as written (without the `~`). */
  iso: string;
  /** The finest unit the value states. */
  precision: Precision;
  /** True when the value ended in `~`. */
  approximate: boolean;
  /**
   * For date-times: the instant. For calendar values (year, month, day): the
   * UTC midnight that starts the period; such values are days on the calendar,
   * not instants, and layout places them on the display zone's calendar.
   */
  instant: number;
  /** Calendar fields as written (local to the value's own offset). */
  year: number;
  month: number;
  day: number;
  /** Offset from UTC in minutes, for date-times. */
  offsetMinutes?: number;
}

const PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?(~)?$/;

/** A regular expression source a JSON Schema `pattern` can carry. */
export const TIME_VALUE_PATTERN =
  '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2}))?)?)?~?$';

/** `Date.UTC` without its two-digit-year quirk (years 0–99 are not 1900–1999). */
export function utc(y: number, m = 0, d = 1, h = 0, min = 0, s = 0, ms = 0): number {
  if (y >= 100) return Date.UTC(y, m, d, h, min, s, ms);
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  date.setUTCHours(h, min, s, ms);
  return date.getTime();
}

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian. */
export const daysInMonth = (y: number, m: number) => new Date(utc(y, m, 0)).getUTCDate();

/**
 * Parses a time value. Returns the parsed point, or a sentence that says why
 * the value is not one (for problem reports).
 */
export function parseTimeValue(value: unknown): TimePoint | string {
  if (typeof value !== 'string') return parseUncached(value);
  // The same strings recur (every event on 23 June), and the schema check
  // and the normalisation both parse each value: remember recent answers.
  let hit = memo.get(value);
  if (hit === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(value, (hit = parseUncached(value)));
  }
  return typeof hit === 'string' ? hit : { ...hit };
}

const memo = new Map<string, TimePoint | string>();

function parseUncached(value: unknown): TimePoint | string {
  if (typeof value !== 'string') return `${JSON.stringify(value)} is not a date string`;
  const m = PATTERN.exec(value.trim());
  if (!m) return `'${value}' is not an ISO 8601 date or date-time`;
  const [, ys, ms, ds, hs, mins, ss, frac, zone, tilde] = m;
  const year = +ys!;
  const month = ms ? +ms : 1;
  const day = ds ? +ds : 1;
  if (month < 1 || month > 12) return `'${value}' is not a date: there is no month ${ms}`;
  if (day < 1 || day > daysInMonth(year, month)) return `'${value}' is not a date: ${ys}-${ms} has no day ${ds}`;
  const iso = tilde ? value.trim().slice(0, -1) : value.trim();
  const approximate = !!tilde;
  if (hs === undefined) {
    const precision: Precision = ds ? 'day' : ms ? 'month' : 'year';
    return { iso, precision, approximate, instant: utc(year, month - 1, day), year, month, day };
  }
  const hour = +hs, minute = +mins!, second = ss ? +ss : 0;
  if (hour > 23 || minute > 59 || second > 59) return `'${value}' is not a valid time of day`;
  if (!zone) return `'${value}' has a time but no UTC offset (add Z or an offset such as +03:30)`;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2), om = +digits.slice(2);
    if (oh > 14 || om > 59) return `'${value}' has an impossible UTC offset ${zone}`;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const millis = frac ? Math.floor(+`0.${frac}` * 1000) : 0;
  const instant = utc(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return {
    iso,
    precision: ss ? 'second' : 'minute',
    approximate,
    instant,
    year,
    month,
    day,
    offsetMinutes,
  };
}

/** True for precisions that name a calendar period rather than an instant. */
export const isCalendarPrecision = (p: Precision) => p === 'year' || p === 'month' || p === 'day';
