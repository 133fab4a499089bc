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

/**
 * The time of an event as the date functions read it: a normalized event
 * (`TimelineEvent`) is one. Declared here, at the bottom of the folders, so
 * that `time/` needs nothing from `schema/`.
 */
export interface DatedEvent {
  start: TimePoint;
  end?: TimePoint;
  /** Declared precision, or the precision the start value is written in. */
  precision: Precision;
  /** True when declared approximate or the start/end carries `~`. */
  approximate: boolean;
  /** True when the input gave only an end: `start` holds that end, and dates read "until …". */
  endOnly?: boolean;
  /** The IANA zone of the place, when known. */
  timeZone?: string;
}

/** A regular expression source a JSON Schema `pattern` can carry. */
export const TIME_VALUE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2}))?)?)?~?$';

/** `Date.UTC` without its two-digit-year quirk (years 0–99 are not 1900–1999). */
export function utc(y: number, m = 0, d = 1, h = 0, min = 0, s = 0, ms = 0): number {
  if (y >= 100) return Date.UTC(y, m, d, h, min, s, ms);
  const date = new Date(0);
  date.setUTCFullYear(y, m, d);
  date.setUTCHours(h, min, s, ms);
  return date.getTime();
}

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian. */
export const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/**
 * Parses a time value. Returns the parsed point, or a sentence that says why
 * the value is not one (for problem reports).
 */
export function parseTimeValue(value: unknown): TimePoint | string {
  if (typeof value !== 'string') return `${JSON.stringify(value)} is not a date string`;
  return parse(value.trim(), value);
}

/**
 * True for a string the schema takes as a time value: `TIME_VALUE_PATTERN`
 * (no surrounding space, an offset on every time) and a real date and time.
 */
export const isTimeValue = (value: unknown): value is string => strictTimePoint(value) !== undefined;

/**
 * The point a value names when the schema takes it as a time value (see
 * `isTimeValue`), else `undefined`: the check and the parse in one.
 */
export function strictTimePoint(value: unknown): TimePoint | undefined {
  if (typeof value !== 'string' || value.trim() !== value) return undefined;
  const t = parse(value, value);
  return typeof t === 'string' ? undefined : t;
}

/** The number written by `len` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, len: number): number {
  let n = 0;
  for (let k = at; k < at + len; k++) {
    const c = s.charCodeAt(k) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** True when character `i` (before `end`) is `c`. */
const is = (s: string, i: number, end: number, c: number) => i < end && s.charCodeAt(i) === c;
const notIso = (value: string) => `'${value}' is not an ISO 8601 date or date-time`;

const MINUS = 45,
  COLON = 58,
  DOT = 46,
  PLUS = 43,
  T = 84,
  Z = 90,
  TILDE = 126;

/**
 * `YYYY[-MM[-DD[THH:MM[:SS[.f…]][Z|±HH[:]MM]]]][~]`, read one character at a
 * time: this runs for every date in a chronology (twice for events valibot
 * checks), and a regular expression with ten groups costs several times more.
 */
function parse(s: string, value: string): TimePoint | string {
  const approximate = s.charCodeAt(s.length - 1) === TILDE;
  const end = approximate ? s.length - 1 : s.length;
  const year = digits(s, 0, 4);
  if (year < 0) return notIso(value);
  let month = 1,
    day = 1,
    hour = -1,
    minute = 0,
    second = 0,
    millis = 0,
    i = 4;
  let precision: Precision = 'year';
  let zone: number | undefined; // offset in minutes, when written (NaN when impossible)
  let zoneAt = 0;
  if (is(s, 4, end, MINUS)) {
    if ((month = digits(s, 5, 2)) < 0) return notIso(value);
    precision = 'month';
    i = 7;
    if (is(s, 7, end, MINUS)) {
      if ((day = digits(s, 8, 2)) < 0) return notIso(value);
      precision = 'day';
      i = 10;
      if (is(s, 10, end, T)) {
        hour = digits(s, 11, 2);
        minute = digits(s, 14, 2);
        if (hour < 0 || !is(s, 13, end, COLON) || minute < 0) return notIso(value);
        precision = 'minute';
        i = 16;
        if (is(s, 16, end, COLON)) {
          if ((second = digits(s, 17, 2)) < 0) return notIso(value);
          precision = 'second';
          i = 19;
          if (is(s, 19, end, DOT)) {
            let k = 20;
            while (k < end && k < 29 && digits(s, k, 1) >= 0) k++;
            if (k === 20) return notIso(value);
            millis = Math.floor(+`0.${s.slice(20, k)}` * 1000);
            i = k;
          }
        }
        if (is(s, i, end, Z)) {
          zone = 0;
          i++;
        } else if (is(s, i, end, PLUS) || is(s, i, end, MINUS)) {
          const oh = digits(s, i + 1, 2);
          const colon = is(s, i + 3, end, COLON) ? 1 : 0;
          const om = digits(s, i + 3 + colon, 2);
          if (oh < 0 || om < 0) return notIso(value);
          // An impossible offset (+15:00) is reported after the date and time are checked.
          zone = oh > 14 || om > 59 ? NaN : (s.charCodeAt(i) === MINUS ? -1 : 1) * (oh * 60 + om);
          zoneAt = i;
          i += 5 + colon;
        }
      }
    }
  }
  if (i !== end) return notIso(value);
  if (month < 1 || month > 12) return `'${value}' is not a date: there is no month ${s.slice(5, 7)}`;
  if (day < 1 || day > daysInMonth(year, month)) return `'${value}' is not a date: ${s.slice(0, 7)} has no day ${s.slice(8, 10)}`;
  const iso = approximate ? s.slice(0, -1) : s;
  if (hour < 0) return { iso, precision, approximate, instant: utc(year, month - 1, day), year, month, day };
  if (hour > 23 || minute > 59 || second > 59) return `'${value}' is not a valid time of day`;
  if (zone === undefined) return `'${value}' has a time but no UTC offset (add Z or an offset such as +03:30)`;
  if (Number.isNaN(zone)) return `'${value}' has an impossible UTC offset ${s.slice(zoneAt, end)}`;
  const instant = utc(year, month - 1, day, hour, minute, second, millis) - zone * 60_000;
  return { iso, precision, approximate, instant, year, month, day, offsetMinutes: zone };
}

/** True for precisions that name a calendar period rather than an instant. */
export const isCalendarPrecision = (p: Precision) => p === 'year' || p === 'month' || p === 'day';
