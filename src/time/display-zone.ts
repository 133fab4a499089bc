/**
 * What the timeline's `time-zone` setting means, worked out in one place
 * (the axis, the list, the details panel, marks' names and the zone menu all
 * read the result): an IANA name or `UTC` is that zone; `local` is the
 * reader's; `event` keeps the chronology's zone for the axis and days, and
 * writes each event's dates in its own zone; anything else is reported once
 * per resolution and the chronology's zone is used. No setting: the
 * chronology's zone, then UTC.
 */
import { isTimeZone } from './zone.js';

export interface DisplayZone {
  /** The zone of the axis, the days and the list's headings (an IANA name or `UTC`). */
  zone: string;
  /** `time-zone="event"`: each event's dates in its own zone (when it has one). */
  perEvent: boolean;
  /** The zone menu's value: the setting when it is valid (`event`, `local` or a zone), else `zone`. */
  setting: string;
}

let reader: string | undefined;
/** The reader's zone (looked up once: the zone menu asks on every zoom frame). */
export const readerZone = (): string => (reader ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

/** Resolves a `time-zone` setting against the chronology's zone; `warn` hears about an invalid one. */
export function resolveDisplayZone(
  setting: string | null | undefined,
  chronologyZone: string | undefined,
  warn: (message: string) => void = console.warn,
): DisplayZone {
  const own = chronologyZone ?? 'UTC';
  if (setting === 'event') return { zone: own, perEvent: true, setting };
  if (setting === 'local') return { zone: readerZone(), perEvent: false, setting };
  if (setting && isTimeZone(setting)) return { zone: setting, perEvent: false, setting };
  if (setting) warn(`chronoline: time-zone="${setting}" is not a time zone; using the chronology's.`);
  return { zone: own, perEvent: false, setting: own };
}

/** The zone an event's dates are written in: its own with `time-zone="event"`, else the display zone. */
export const eventZone = (e: { timeZone?: string }, z: DisplayZone): string => (z.perEvent && e.timeZone) || z.zone;
