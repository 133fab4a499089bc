/** TimelineJS date objects and display dates → schema time values. */
import { parseTimeValue, type Precision, type TimePoint } from '../time/dates.js';
import { daysInMonth, quote, zonedValue, type LocalFields } from './common.js';
import { isBlank, isObject, readText, report, reportUnknownKeys, type Ctx, type FieldPath } from './timelinejs-common.js';

const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type DateField = (typeof DATE_FIELDS)[number];
const RANGES: Record<DateField, [number, number]> = {
  year: [0, 9999],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};
const PRECISION_OF: Record<DateField, Precision> = {
  year: 'year',
  month: 'month',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
  millisecond: 'second',
};
/** What TimelineJS fills in for a missing field when a finer one is given. */
const FILL: Record<DateField, number> = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };

/** A whole number from a TimelineJS date field (`"08"`, `8`); undefined when blank; NaN when not a number. */
function wholeNumber(x: unknown): number | undefined {
  if (isBlank(x)) return undefined;
  if (typeof x === 'number') return Number.isInteger(x) ? x : NaN;
  if (typeof x === 'string' && /^[+-]?\d+$/.test(x.trim())) return parseInt(x.trim(), 10);
  return NaN;
}

/** A converted date: the schema value, its precision, and its parsed point. */
export interface DateValue {
  value: string;
  precision: Precision;
  point: TimePoint;
}

/** Either a date, or where and why it could not be read. */
export type DateRead = { date: DateValue } | { path: string; message: string };

/**
 * Reads a TimelineJS date object (`{year, month, day, hour, …}`). Missing
 * coarser fields under finer ones are filled in as TimelineJS does (month
 * 1, day 1, hour 0) and reported; impossible values are refused.
 */
export function readDate(raw: unknown, at: FieldPath, key: string, ctx: Ctx): DateRead {
  if (!isObject(raw)) return { path: at(key), message: `must be a date object such as {"year": 2025, "month": 6}, not ${quote(raw)}` };
  reportUnknownKeys(raw, [...DATE_FIELDS, 'display_date', 'format'], (f) => at(`${key}.${f}`), ctx, 'TimelineJS date');
  if (!isBlank(raw.format))
    report(ctx, at(`${key}.format`), 'warning', `${quote(raw.format)} is not kept: chronoline formats dates itself`);
  const given: Partial<Record<DateField, number>> = {};
  for (const f of DATE_FIELDS) {
    const n = wholeNumber(raw[f]);
    if (n === undefined) continue;
    const path = at(`${key}.${f}`);
    if (Number.isNaN(n)) return { path, message: `${quote(raw[f])} is not a whole number` };
    const [lo, hi] = RANGES[f];
    if (n < lo || n > hi) {
      return {
        path,
        message:
          f === 'year'
            ? `year ${n} is outside 0–9999, which the schema's ISO 8601 dates cannot express`
            : `${n} is not a valid ${f} (${lo}–${hi})`,
      };
    }
    given[f] = n;
  }
  if (given.year === undefined) return { path: at(`${key}.year`), message: 'is missing: a TimelineJS date needs a year' };
  const finest = DATE_FIELDS.filter((f) => given[f] !== undefined).at(-1)!;
  const fields: LocalFields = { year: given.year };
  for (const f of DATE_FIELDS.slice(1, DATE_FIELDS.indexOf(finest) + 1)) {
    if (given[f] === undefined && f !== 'second' && f !== 'minute') {
      report(ctx, at(`${key}.${f}`), 'warning', `is missing under a ${finest}: taken as ${FILL[f]}, as TimelineJS does`);
    }
    fields[f] = given[f] ?? FILL[f];
  }
  if (fields.day !== undefined && fields.day > daysInMonth(fields.year, fields.month!)) {
    return { path: at(`${key}.day`), message: `${fields.year}-${String(fields.month).padStart(2, '0')} has no day ${fields.day}` };
  }
  const zoned = zonedValue(fields, ctx.zone);
  if (zoned.skipped) {
    report(
      ctx,
      at(key),
      'warning',
      `that clock time does not exist in ${ctx.zone} on that day (the clocks moved forward): kept as ${zoned.value}`,
    );
  }
  return { date: { value: zoned.value, precision: PRECISION_OF[finest], point: parseTimeValue(zoned.value) as TimePoint } };
}

/** Display dates that say the date is approximate: "c. 1900", "circa", "about", "~1900", "1900?". */
const APPROXIMATE = /(^|[\s(])(c\.|ca\.?|circa|about|around|approx\.?|approximately|est\.?)(\s|$)|~|\?/i;

/**
 * TimelineJS display dates are free text that replace the date shown.
 * chronoline writes its own dates; one that says the date is approximate
 * sets `approximate`, any other is reported.
 */
export function readDisplayDate(value: unknown, path: string, ctx: Ctx): boolean {
  if (isBlank(value)) return false;
  const text = readText(value, path, ctx).text;
  if (APPROXIMATE.test(text)) {
    report(ctx, path, 'info', `${quote(text)} marks the date approximate: approximate is set`);
    return true;
  }
  report(ctx, path, 'warning', `${quote(text)} is not kept: chronoline writes dates from start and end`);
  return false;
}
