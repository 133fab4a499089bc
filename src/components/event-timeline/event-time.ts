/**
 * An event's time as the list view and the phone chronology write it under
 * its day (both loaded on demand): the time of day for date-times, the whole
 * date for calendar events.
 */
import type { Messages } from '../../i18n/messages.js';
import type { TimelineEvent } from '../../schema/result.js';
import { isCalendarPrecision } from '../../time/dates.js';
import { eventZone, type DisplayZone } from '../../time/display-zone.js';
import { formatEventDate } from '../../time/format.js';
import { formatter } from '../../time/intl.js';
import { offsetName, zonedDateKey } from '../../time/zone.js';

/** Time of day in the display zone for date-times ("14:05 GMT+3:30", "All day"); the whole date for calendar events. */
export function timeText(e: TimelineEvent, o: { locale: string; m: Messages; zone: DisplayZone }): string {
  const { locale, m } = o;
  const zone = eventZone(e, o.zone);
  if (e.precision === 'day' && !e.end && !e.approximate && !e.endOnly) return m.allDay;
  if (isCalendarPrecision(e.precision) || e.start.offsetMinutes === undefined || e.endOnly) return formatEventDate(e, locale, zone, m);
  const f = formatter(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'shortOffset' });
  const endSameKind = e.end && e.end.offsetMinutes !== undefined;
  // formatRange leaves the zone's name out: name it once, after the range.
  const text =
    // Times alone under the day's heading only when the range ends that same day (22:00 – 03:00 would read backwards).
    endSameKind && zonedDateKey(e.start.instant, zone) === zonedDateKey(e.end!.instant - 1, zone)
      ? `${f.formatRange(e.start.instant, e.end!.instant)} ${offsetName(e.start.instant, zone, locale)}`
      : e.end
        ? formatEventDate(e, locale, zone, m)
        : f.format(e.start.instant);
  return e.approximate && !text.startsWith(m.about) ? `${m.about} ${text}` : text;
}
