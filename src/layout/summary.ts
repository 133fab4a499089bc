/**
 * A chronology in one sentence, for everyone and first for screen readers:
 * how many events over which days, the busiest day, the actors most often
 * involved, how many events are disputed. Generated from the data in the
 * reader's language (dates through `Intl`, in the language's calendar:
 * Persian for `fa`; numbers in its digits). The chronology's own `summary`,
 * when it has one, is used instead. Pure: no DOM.
 */
import { en, type Messages } from '../i18n/messages.js';
import { pickText } from '../schema/text.js';
import type { Chronology, TimelineEvent } from '../schema/parse.js';
import { dayKey } from '../time/days.js';
import { daysInMonth, isCalendarPrecision } from '../time/dates.js';
import { formatter } from '../time/intl.js';
import { zonedDateKey } from '../time/zone.js';
import { finish } from './steps.js';

/** Options of {@link summarize} and {@link summaryFigures}. */
export interface SummaryOptions {
  /** The reader's language (BCP 47). Default: the chronology's, else `en`. */
  lang?: string;
  /** The zone whose calendar days count (the display zone). Default: the chronology's, else `UTC`. */
  zone?: string;
  /** The interface strings in `lang`. Default: English. */
  messages?: Messages;
  /** How many actors to name. Default 3. */
  actors?: number;
}

/** The figures the sentence is made of, for tests and for other renderings. */
export interface SummaryFigures {
  count: number;
  /** First and last calendar day (`YYYY-MM-DD`) the events touch, in the zone. */
  first?: string;
  last?: string;
  /** The day with the most events starting on it (the earliest of equals), and how many. */
  busiest?: { day: string; count: number };
  /** Actor ids by the number of events they take part in, most first (input order among equals). */
  actors: { id: string; count: number }[];
  /** Events whose status is `disputed`. */
  disputed: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of a day, month or year key (`2025-06` → 2025-06-01 … 2025-06-30). */
function bounds(key: string): [string, string] {
  const [y, m, d] = key.split('-');
  if (d) return [key, key];
  if (m) return [`${key}-01`, `${key}-${pad(daysInMonth(+y!, +m))}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** The calendar day of an event's end in `zone` (its own day for calendar values). */
function endKey(e: TimelineEvent, zone: string): string {
  const t = e.end!;
  if (isCalendarPrecision(e.precision) || t.offsetMinutes === undefined) {
    const y = String(t.year).padStart(4, '0');
    return t.precision === 'year' ? y : t.precision === 'month' ? `${y}-${pad(t.month)}` : `${y}-${pad(t.month)}-${pad(t.day)}`;
  }
  return zonedDateKey(t.instant, zone);
}

/** The figures of {@link summarize}, from `events` (default: all the chronology's). */
export function summaryFigures(
  chronology: Chronology,
  options: SummaryOptions = {},
  events: readonly TimelineEvent[] = chronology.events,
): SummaryFigures {
  return finish(summaryFigureSteps(chronology, options, events));
}

/** Events counted between two pauses of `summaryFigureSteps`. */
export const SUMMARY_SLICE = 20_000;

/** `summaryFigures` as steps: it yields after every `SUMMARY_SLICE` events (summary-view.ts pauses there for a large chronology). */
export function* summaryFigureSteps(
  chronology: Chronology,
  options: SummaryOptions = {},
  events: readonly TimelineEvent[] = chronology.events,
): Generator<void, SummaryFigures> {
  const zone = options.zone ?? chronology.timeZone ?? 'UTC';
  let first: string | undefined;
  let last: string | undefined;
  const perDay = new Map<string, number>();
  const perActor = new Map<string, number>();
  let disputed = 0;
  for (let i = 0; i < events.length; i++) {
    if (i && i % SUMMARY_SLICE === 0) yield;
    const e = events[i]!;
    const key = dayKey(e, zone);
    const [a] = bounds(key);
    const [, b] = bounds(e.end ? endKey(e, zone) : key);
    if (first === undefined || a < first) first = a;
    if (last === undefined || b > last) last = b;
    // Only events known to the day count towards a busiest day.
    if (key.length === 10) perDay.set(key, (perDay.get(key) ?? 0) + 1);
    for (const id of new Set(e.actors.map((r) => r.id))) perActor.set(id, (perActor.get(id) ?? 0) + 1);
    if (e.status === 'disputed') disputed++;
  }
  let busiest: SummaryFigures['busiest'];
  for (const [day, count] of perDay)
    if (!busiest || count > busiest.count || (count === busiest.count && day < busiest.day)) busiest = { day, count };
  const order = new Map(chronology.actors.map((a, i) => [a.id, i]));
  const actors = [...perActor]
    .map(([id, count]) => ({ id, count }))
    .sort((x, y) => y.count - x.count || (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0))
    .slice(0, options.actors ?? 3);
  return { count: events.length, first, last, busiest, actors, disputed };
}

const utcOf = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
};

/**
 * The chronology in one sentence: its own `summary` when it has one (in
 * `lang`), else generated from `events` (default: all of them):
 * "80 events, June 4 – 29, 2025; busiest day June 22 with 11; most often
 * involved: Abbas Araghchi, Donald Trump and Iran; 2 disputed."
 * Parts without data are left out (no disputed events: no "0 disputed").
 *
 * @example
 * summarize(chronology, { lang: 'fa', zone: 'Asia/Tehran', messages: fa })
 */
export function summarize(chronology: Chronology, options: SummaryOptions = {}, events?: readonly TimelineEvent[]): string {
  const lang = options.lang ?? chronology.language ?? 'en';
  if (chronology.summary !== undefined && events === undefined) return pickText(chronology.summary, lang);
  return summarySentence(chronology, summaryFigures(chronology, options, events), options);
}

/** The sentence of {@link summarize} from its figures. */
export function summarySentence(chronology: Chronology, f: SummaryFigures, options: SummaryOptions = {}): string {
  const lang = options.lang ?? chronology.language ?? 'en';
  const m = options.messages ?? en;
  if (!f.count || !f.first || !f.last) return m.empty;
  const sameYear = f.first.slice(0, 4) === f.last.slice(0, 4);
  const long = formatter(lang, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const range = f.first === f.last ? long.format(utcOf(f.first)) : long.formatRange(utcOf(f.first), utcOf(f.last));
  const parts = [m.summaryEvents(f.count, range)];
  if (f.busiest && f.first !== f.last) {
    const day = formatter(lang, { timeZone: 'UTC', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(
      utcOf(f.busiest.day),
    );
    parts.push(m.summaryBusiest(day, f.busiest.count));
  }
  const names = f.actors.map(({ id }) => {
    const a = chronology.actorsById.get(id);
    return a ? pickText(a.shortName ?? a.name, lang) : id;
  });
  if (names.length) parts.push(m.summaryActors(new Intl.ListFormat(lang, { type: 'conjunction' }).format(names)));
  if (f.disputed) parts.push(m.summaryDisputed(f.disputed));
  return parts.join(m.summarySeparator) + m.summaryEnd;
}
