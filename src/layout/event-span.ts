import { isCalendarPrecision } from '../time/dates.js';
import type { TimelineEvent } from '../schema/parse.js';
import { zonedMidnight } from '../time/zone.js';

/**
 * Where an event sits on a time axis shown in `zone`, in UTC milliseconds.
 *
 * Calendar events (day, month, year precision) are days on the calendar, not
 * instants: 13 June covers 13 June's midnight-to-midnight in the display zone,
 * whatever that zone is, so it never slides onto the 12th or the 14th.
 * Date-time events are instants (or instant ranges) and do not move.
 */
export interface EventSpan {
  /** Start of the span. */
  start: number;
  /** End of the span (equal to `start` for an instant). */
  end: number;
  /** Where a point mark goes: the instant, or the middle of the day/period. */
  anchor: number;
  /** Drawn as a bar (a stated range) or a dot (an instant or a single day). */
  kind: 'point' | 'range';
}

/** Where the period a calendar value names begins (`next` = 0) or ends (`next` = 1), in `zone`. */
function periodEdge(y: number, m: number, d: number, precision: string, zone: string, next: 0 | 1): number {
  if (precision === 'year') return zonedMidnight(y + next, 1, 1, zone);
  if (precision === 'month') return zonedMidnight(y, m + next, 1, zone);
  return zonedMidnight(y, m, d + next, zone);
}

export function computeEventSpan(e: TimelineEvent, zone: string): EventSpan {
  const { start, end } = e;
  const calendar = isCalendarPrecision(e.precision);
  // (No tuples: this runs for every event of every chronology, and each time zone switch.)
  const s0 = calendar ? periodEdge(start.year, start.month, start.day, e.precision, zone, 0) : start.instant;
  const s1 = calendar ? periodEdge(start.year, start.month, start.day, e.precision, zone, 1) : start.instant;
  if (!end) {
    if (calendar && e.precision !== 'day') return { start: s0, end: s1, anchor: s0, kind: 'range' };
    return { start: s0, end: s1, anchor: calendar ? (s0 + s1) / 2 : s0, kind: 'point' };
  }
  const e1 = end.offsetMinutes === undefined ? periodEdge(end.year, end.month, end.day, end.precision, zone, 1) : end.instant;
  return { start: s0, end: Math.max(e1, s0), anchor: s0, kind: 'range' };
}
