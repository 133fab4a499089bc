/**
 * Timestamps with bracketed annotations (RFC 9557, "IXDTF", the format of
 * Temporal's `ZonedDateTime.toString()`):
 *
 * ```
 * 2025-06-21T19:50-04:00[America/New_York]
 * 2025-06-21T19:50-04:00[!America/New_York][u-ca=persian]
 * ```
 *
 * The first bracket may name a time zone (IANA name, or an offset such as
 * `[-04:00]`); then come `[key=value]` tags. A `!` marks an annotation
 * critical: a reader that cannot honour it must refuse the value. Here:
 *
 * - the zone is returned (the place's zone; the instant still comes from
 *   the offset, which RFC 9557 requires before the brackets);
 * - `u-ca` (calendar) is returned and otherwise ignored (instants do not
 *   depend on it); other tags are ignored unless critical (`[!x=y]` is an
 *   error), as RFC 9557 §3.3 asks;
 * - an EDTF `~` (approximate) may stand before the brackets or after them.
 */
import { parseTimeValue, type TimePoint } from './dates.js';
import { isTimeZone, zoneOffsetMinutes } from './zone.js';

/** A value with its annotations taken off. */
export interface ZoneAnnotation {
  /** The value without brackets (a trailing `~` kept): what `parseTimeValue` reads. */
  value: string;
  /** The IANA zone of the first bracket (`America/New_York`), when it names one. */
  timeZone?: string;
  /** The offset of the first bracket when it is an offset (`-04:00`). */
  offset?: string;
  /** True when the zone bracket is marked critical (`[!America/New_York]`). */
  critical?: boolean;
  /** The `u-ca` tag (`persian`), when present. */
  calendar?: string;
  /** Why the annotations cannot be used (the value is then unusable as written), as a sentence. */
  error?: string;
}

const BRACKETS = /(\[[^\]]*\])+~?$/;
const TZ_NAME = /^(?:[A-Za-z._][A-Za-z0-9._+-]*)(?:\/[A-Za-z._][A-Za-z0-9._+-]*)*$/;
const TZ_OFFSET = /^[+-]\d{2}(?::?\d{2})?$/;
const TAG = /^([a-z_][a-z0-9_-]*)=([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)$/;

/**
 * Takes RFC 9557 annotations off a time value: `{value, timeZone?, …}`.
 * A value without brackets comes back as it is. Never throws; a malformed
 * bracket, an unknown zone or a critical tag it does not know gives
 * `error` (a sentence for the problem report).
 *
 * @example
 * splitZoneAnnotation('2025-06-21T19:50-04:00[America/New_York]');
 * // { value: '2025-06-21T19:50-04:00', timeZone: 'America/New_York' }
 */
export function splitZoneAnnotation(input: string): ZoneAnnotation {
  const m = BRACKETS.exec(input);
  if (!m) return { value: input };
  let value = input.slice(0, m.index);
  if (input.endsWith('~') && !value.endsWith('~')) value += '~';
  const out: ZoneAnnotation = { value };
  const fail = (why: string): ZoneAnnotation => ({ value, error: `'${input}': ${why}` });
  const brackets = m[0].replace(/~$/, '').slice(1, -1).split('][');
  for (const [i, raw] of brackets.entries()) {
    const critical = raw.startsWith('!');
    const body = critical ? raw.slice(1) : raw;
    const tag = TAG.exec(body);
    if (tag) {
      const [, key, tagValue] = tag;
      if (key === 'u-ca') {
        if (out.calendar !== undefined && out.calendar !== tagValue && critical)
          return fail(`two different calendars (${out.calendar}, ${tagValue})`);
        out.calendar ??= tagValue;
      } else if (critical) return fail(`the critical annotation [!${body}] is not one this library knows`);
      continue;
    }
    if (i > 0) return fail(`[${raw}] is not a key=value annotation (a time zone comes first)`);
    if (TZ_OFFSET.test(body)) out.offset = body;
    else if (TZ_NAME.test(body) && !/(^|\/)\.\.?(\/|$)/.test(body)) {
      if (!isTimeZone(body)) return fail(`${body} is not a time zone`);
      out.timeZone = body;
    } else return fail(`[${raw}] is neither a time zone nor a key=value annotation`);
    if (critical) out.critical = true;
  }
  return out;
}

/** A time value read with its annotations. */
export interface AnnotatedTime {
  point: TimePoint;
  /** The zone the value named, when it agrees with the value's offset. */
  timeZone?: string;
  calendar?: string;
  /** A remark for the problem report: a non-critical zone that disagrees with the offset was dropped. */
  warning?: string;
}

/**
 * Parses a time value that may carry RFC 9557 annotations: the point as
 * `parseTimeValue` reads the value before the brackets, and the zone they
 * name. The offset fixes the instant; a zone whose offset at that instant
 * is different is an error when critical (`[!…]`) and is dropped with a
 * `warning` otherwise. Returns a sentence when the value cannot be read.
 *
 * @example
 * parseAnnotatedTime('2025-06-21T19:50-04:00[America/New_York]').timeZone; // 'America/New_York'
 */
export function parseAnnotatedTime(input: unknown): AnnotatedTime | string {
  if (typeof input !== 'string') return parseTimeValue(input) as string;
  const a = splitZoneAnnotation(input.trim());
  if (a.error) return a.error;
  const point = parseTimeValue(a.value);
  if (typeof point === 'string') return point;
  const out: AnnotatedTime = { point, ...(a.calendar ? { calendar: a.calendar } : {}) };
  const written = point.offsetMinutes;
  const fmt = (min: number) =>
    `${min < 0 ? '-' : '+'}${String(Math.floor(Math.abs(min) / 60)).padStart(2, '0')}:${String(Math.abs(min) % 60).padStart(2, '0')}`;
  const disagree = (zoneName: string, zoneMinutes: number) => {
    const why = `the offset ${fmt(written!)} is not ${zoneName}'s at that time (${fmt(zoneMinutes)})`;
    if (a.critical) return `'${input}': ${why}`;
    out.warning = `'${input}': ${why}: the zone is not kept`;
    return null;
  };
  if (a.offset !== undefined && written !== undefined) {
    const sign = a.offset.startsWith('-') ? -1 : 1;
    const digits = a.offset.replace(/[^0-9]/g, '');
    const minutes = sign * (+digits.slice(0, 2) * 60 + +(digits.slice(2) || 0));
    if (minutes !== written) {
      const e = disagree(a.offset, minutes);
      if (e) return e;
    }
  }
  if (a.timeZone) {
    if (written === undefined)
      out.timeZone = a.timeZone; // a date: the zone of the place
    else {
      const minutes = zoneOffsetMinutes(point.instant, a.timeZone);
      if (minutes === written) out.timeZone = a.timeZone;
      else {
        const e = disagree(a.timeZone, minutes);
        if (e) return e;
      }
    }
  }
  return out;
}
