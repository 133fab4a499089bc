/**
 * Human-readable dates for events, through `Intl.DateTimeFormat`, honest
 * about precision and zone: a day-precision event prints as a day, a
 * date-time prints with the zone it is shown in.
 */
import { isCalendarPrecision, utc, type DatedEvent, type TimePoint } from './dates.js';
import { en, type Messages } from '../i18n/messages.js';
import { formatter, gregorian } from './intl.js';
import { offsetName } from './zone.js';

/** The words dates need: "about" for approximate ones, "until …" for those with only an end. */
type Words = Pick<Messages, 'about' | 'until'>;

/** "about 23 June", "until 24 June": the qualifiers of approximate and end-only events. */
function qualify(e: DatedEvent, text: string, words: Words): string {
  if (e.endOnly) text = words.until(text);
  return e.approximate ? `${words.about} ${text}` : text;
}

export { formatter } from './intl.js';

/**
 * A calendar value (year, month or day) as written, with no zone conversion.
 * A month or a year is named in the Gregorian calendar it was written in
 * ("June 2025" spans two Persian months), in the locale's language.
 */
function formatCalendar(t: TimePoint, precision: string, locale: string): string {
  const utcDate = utc(t.year, t.month - 1, t.day);
  if (precision !== 'day') locale = gregorian(locale);
  const opts: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' };
  return formatter(locale, opts).format(utcDate);
}

/** A date-time in a zone, with the zone's name: "Sun, 22 June 2025, 02:10 GMT+3:30". */
function formatInstant(instant: number, precision: string, zone: string, locale: string): string {
  return formatter(locale, {
    timeZone: zone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(precision === 'second' ? { second: '2-digit' } : {}),
    timeZoneName: 'shortOffset',
  }).format(instant);
}

/**
 * The event's date line in a zone: calendar events as their days, instants in
 * `zone` (the event's own zone by default), "about" for approximate events.
 */
export function formatEventDate(e: DatedEvent, locale = 'en', zone = e.timeZone ?? 'UTC', words: Words = en): string {
  const one = (t: TimePoint) =>
    isCalendarPrecision(e.precision) || t.offsetMinutes === undefined
      ? formatCalendar(t, isCalendarPrecision(e.precision) ? e.precision : t.precision, locale)
      : formatInstant(t.instant, e.precision, zone, locale);
  let text = e.end ? `${one(e.start)} – ${one(e.end)}` : one(e.start);
  // Same kind at both ends: let Intl say it once ("22 June 2025, 02:10 – 02:35 GMT+3:30").
  if (
    e.end &&
    (isCalendarPrecision(e.precision) ? e.end.offsetMinutes === undefined && e.precision === 'day' : e.end.offsetMinutes !== undefined)
  ) {
    const calendar = isCalendarPrecision(e.precision);
    const f = formatter(
      locale,
      calendar
        ? { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }
        : { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' },
    );
    const a = calendar ? utc(e.start.year, e.start.month - 1, e.start.day) : e.start.instant;
    const b = calendar ? utc(e.end.year, e.end.month - 1, e.end.day) : e.end.instant;
    // formatRange leaves the zone name out: name it once, after the range.
    text = f.formatRange(a, b) + (calendar ? '' : ` ${offsetName(a, zone, locale)}`);
  }
  return qualify(e, text, words);
}

/** A short date for accessible names and lists: "23 Jun" or "22 Jun, 02:10". */
export function formatShortDate(e: DatedEvent, locale = 'en', zone = e.timeZone ?? 'UTC', words: Words = en): string {
  const t = e.start;
  const text =
    isCalendarPrecision(e.precision) || t.offsetMinutes === undefined
      ? formatter(e.precision === 'day' ? locale : gregorian(locale), {
          timeZone: 'UTC',
          day: 'numeric',
          month: 'short',
          ...(e.precision === 'year' ? { year: 'numeric', day: undefined, month: undefined } : {}),
        }).format(utc(t.year, t.month - 1, t.day))
      : formatter(locale, { timeZone: zone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
          t.instant,
        );
  return qualify(e, text, words);
}
