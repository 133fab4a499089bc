/**
 * Time-zone arithmetic through `Intl` only: no zone database of our own.
 * Pure and DOM-free; formatters are cached per zone because constructing an
 * `Intl.DateTimeFormat` costs far more than using one.
 */

import { utc } from './dates.js';
import { formatter } from './intl.js';

const offsetFormatter = (zone: string) =>
  formatter('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

/** Zones already checked: constructing an Intl.DateTimeFormat per event costs more than the rest of its validation. */
const zones = new Map<string, boolean>();

/** True when `zone` is a time zone `Intl` knows (IANA name or `UTC`); memoised per zone. */
export function isTimeZone(zone: string): boolean {
  // UTC needs no formatter (the first one a page constructs costs milliseconds).
  if (zone === 'UTC') return true;
  let ok = zones.get(zone);
  if (ok === undefined) {
    try {
      offsetFormatter(zone);
      ok = true;
    } catch {
      ok = false;
    }
    if (zones.size < 1000) zones.set(zone, ok);
  }
  return ok;
}

/**
 * The zone's offset from UTC, in minutes, at an instant (Tehran in June:
 * 210). Right for any year: the wall time is rebuilt with `utc()` (not
 * `Date.UTC`, which reads years 0–99 as 1900–1999) and the era is read.
 */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 0;
  const parts = offsetFormatter(zone).formatToParts(instant);
  const get = (t: string) => +(parts.find((p) => p.type === t)?.value ?? 0);
  const bc = /^B/i.test(parts.find((p) => p.type === 'era')?.value ?? '');
  const wall = utc(bc ? 1 - get('year') : get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in `zone` reads `wall`, where `wall` is
 * that reading expressed as if it were UTC milliseconds.
 */
export function wallToInstant(wall: number, zone: string): number {
  const o1 = zoneOffsetMinutes(wall - zoneOffsetMinutes(wall, zone) * 60_000, zone) * 60_000;
  const t1 = wall - o1;
  if (instantToWall(t1, zone) === wall) return t1;
  const o2 = zoneOffsetMinutes(t1, zone) * 60_000;
  const t2 = wall - o2;
  if (instantToWall(t2, zone) === wall) return t2;
  // The reading never happens (clocks jumped over it, e.g. 02:30 on the day
  // DST starts): take the offset in force before the jump, which lands just
  // after it (02:30 EST = 03:30 EDT), as Temporal's "compatible" mode does.
  return wall - Math.min(o1, o2);
}

/** The wall-clock reading in `zone` at an instant, as UTC milliseconds. */
export const instantToWall = (instant: number, zone: string) => instant + zoneOffsetMinutes(instant, zone) * 60_000;

/** Midnights found, per zone: day events ask for the same few hundred days again and again. */
const midnights = new Map<string, Map<number, number>>();

/** The instant a calendar day begins in a zone (its local midnight). */
export function zonedMidnight(year: number, month: number, day: number, zone: string): number {
  const wall = utc(year, month - 1, day);
  if (zone === 'UTC') return wall;
  let known = midnights.get(zone);
  if (!known) midnights.set(zone, (known = new Map()));
  let instant = known.get(wall);
  if (instant === undefined) {
    // Each look-up costs three or four Intl.DateTimeFormat#formatToParts calls.
    if (known.size > 100_000) known.clear();
    known.set(wall, (instant = wallToInstant(wall, zone)));
  }
  return instant;
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function zonedDateKey(instant: number, zone: string): string {
  return new Date(instantToWall(instant, zone)).toISOString().slice(0, 10);
}

/** "GMT+3:30"-style name of the zone's offset at an instant, as `Intl` writes it. */
export function offsetName(instant: number, zone: string, locale = 'en'): string {
  const parts = formatter(locale, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}
