/**
 * Axis ticks on the display zone's own clock: day ticks fall on its
 * midnights and hour ticks on its hours, not the browser's or UTC's.
 * This is the pure half of d3-axis (tick values and labels); Lit draws them.
 */
import { utc } from '../time/dates.js';
import { formatter } from '../time/intl.js';
import { instantToWall, wallToInstant } from '../time/zone.js';

export interface Tick {
  /** The instant of the tick (UTC ms). */
  value: number;
  /** Its x position in pixels. */
  x: number;
  /**
   * The text under it: the day number for day and week ticks (the month is
   * in the tier above), the hour for hour ticks ("Jun 22" at midnight), the
   * month or year for month and year ticks.
   */
  label: string;
  /** True on a day boundary when the ticks are hours (drawn stronger, with the date). */
  major: boolean;
  /**
   * The axis's upper tier: the month and year ("June 2025", in the locale's
   * calendar: "خرداد ۱۴۰۴") on the first tick and on the first tick of each
   * new month; the year when the ticks are months. Absent on other ticks.
   */
  period?: string;
}

/**
 * Steps between ticks. Ticks are computed on the display zone's wall clock
 * expressed as UTC milliseconds ("wall ms"), where every day has 24 hours, so
 * hour and day steps are plain arithmetic; weeks start on Mondays, months on
 * the 1st. Each wall tick is then turned back into an instant in the zone.
 */
interface TickStep {
  /** Shortest length of one step (February for months), for choosing. */
  ms: number;
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  /** The first tick at or after wall ms `w`. */
  ceil(w: number): number;
  /** The tick after wall ms `w` (a tick). */
  next(w: number): number;
}

const H = 3_600_000;
const D = 24 * H;
const fixed = (ms: number, unit: TickStep['unit'], offset = 0): TickStep => ({
  ms,
  unit,
  ceil: (w) => Math.ceil((w - offset) / ms) * ms + offset,
  next: (w) => w + ms,
});
const STEPS: TickStep[] = [
  fixed(H, 'hour'),
  fixed(3 * H, 'hour'),
  fixed(6 * H, 'hour'),
  fixed(12 * H, 'hour'),
  fixed(D, 'day'),
  fixed(2 * D, 'day'),
  // 1970-01-05 was a Monday.
  fixed(7 * D, 'week', 4 * D),
  months(1),
  months(3),
  months(6),
  years(1),
  years(2),
  years(5),
  years(10),
  years(50),
  years(100),
];

/** Every `k` months, on the 1st (January, April… for k = 3). */
function months(k: number): TickStep {
  const index = (w: number) => {
    const d = new Date(w);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  };
  const at = (i: number) => utc(Math.floor(i / 12), i % 12, 1);
  return {
    ms: k * 28 * D,
    unit: 'month',
    ceil: (w) => {
      let i = Math.ceil(index(w) / k) * k;
      if (at(i) < w) i += k;
      return at(i);
    },
    next: (w) => at(index(w) + k),
  };
}

/** Every `k` years, on 1 January. */
function years(k: number): TickStep {
  return {
    ms: k * 365 * D,
    unit: 'year',
    ceil: (w) => {
      const y = new Date(w).getUTCFullYear();
      let n = Math.ceil(y / k) * k;
      if (utc(n, 0, 1) < w) n += k;
      return utc(n, 0, 1);
    },
    next: (w) => utc(new Date(w).getUTCFullYear() + k, 0, 1),
  };
}

/**
 * Month and year steps in a calendar other than the Gregorian (Persian,
 * Hebrew, Islamic…), found through `Intl` alone: a month starts where the
 * calendar's day of the month is 1 and a year where its year number changes.
 * Wall ms in, wall ms out, like the Gregorian steps.
 */
function calendarSteps(calendar: string): TickStep[] {
  const f = formatter(`en-u-ca-${calendar}`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = (w: number) => {
    const out: Record<string, string> = {};
    for (const p of f.formatToParts(w)) out[p.type] = p.value;
    return { day: +out.day!, month: out.month!, year: +(out.year ?? out.relatedYear ?? 0) };
  };
  /** The start of the calendar month holding wall ms `w` (a UTC midnight). */
  const monthStart = (w: number) => {
    const day = Math.floor(w / D) * D;
    return day - (parts(day).day - 1) * D;
  };
  // Months are 29–31 days (Hebrew and Islamic 29–30): 32 days on is always the next one.
  const nextMonth = (m: number) => monthStart(m + 32 * D);
  const ordinals = new Map<number, number>();
  /** 0 for the calendar year's first month, 1 for its second… (Hebrew months are names: count back). */
  const ordinal = (m: number): number => {
    let o = ordinals.get(m);
    if (o === undefined) {
      const { month, year } = parts(m);
      if (/^\d+$/.test(month)) o = +month - 1;
      else {
        o = 0;
        for (let p = monthStart(m - D); parts(p).year === year; p = monthStart(p - D)) o++;
      }
      ordinals.set(m, o);
    }
    return o;
  };
  const aligned = (unit: 'month' | 'year', k: number) => (m: number) =>
    unit === 'month' ? ordinal(m) % k === 0 : ordinal(m) === 0 && parts(m).year % k === 0;
  const step = (unit: 'month' | 'year', k: number, ms: number): TickStep => {
    const ok = aligned(unit, k);
    const next = (w: number) => {
      let m = nextMonth(w);
      // Jump most of the way for long steps, then walk month by month.
      if (unit === 'year') m = monthStart(m + (k * 354 - 40) * D);
      while (!ok(m)) m = nextMonth(m);
      return m;
    };
    return {
      ms,
      unit,
      ceil: (w) => {
        let m = monthStart(w);
        if (m < w) m = nextMonth(m);
        while (!ok(m)) m = nextMonth(m);
        return m;
      },
      next,
    };
  };
  return [
    step('month', 1, 29 * D),
    step('month', 3, 88 * D),
    step('month', 6, 177 * D),
    ...[1, 2, 5, 10, 50, 100].map((k) => step('year', k, k * 354 * D)),
  ];
}

const stepsByCalendar = new Map<string, TickStep[]>();

/** The tick steps for a calendar: the Gregorian ones, or days and weeks plus that calendar's months and years. */
function stepsFor(calendar: string): TickStep[] {
  if (calendar === 'gregory' || calendar === 'iso8601') return STEPS;
  let steps = stepsByCalendar.get(calendar);
  if (!steps)
    stepsByCalendar.set(calendar, (steps = [...STEPS.filter((s) => s.unit !== 'month' && s.unit !== 'year'), ...calendarSteps(calendar)]));
  return steps;
}

export interface TickOptions {
  /** IANA zone whose clock the ticks follow. */
  timeZone: string;
  /**
   * BCP 47 locale for the labels. Its calendar (`fa` is Persian by default;
   * `he-u-ca-hebrew` asks for the Hebrew one) also places month and year
   * ticks: on 1 Tir, not on 1 July, in the Persian calendar.
   */
  locale: string;
  /** Minimum pixels between two labelled ticks. */
  minSpacing?: number;
}

/**
 * Ticks for a visible domain mapped to `[x0, x1]` pixels.
 *
 * @example
 * computeTicks([Date.UTC(2025,5,20), Date.UTC(2025,5,27)], [0, 700], {timeZone: 'Asia/Tehran', locale: 'en'})
 * // → 7 ticks at Tehran midnights (20:30 UTC the day before), labelled "21", "22"… under "June 2025"
 */
export function computeTicks(domain: [number, number], range: [number, number], options: TickOptions): Tick[] {
  const { timeZone, locale, minSpacing = 64 } = options;
  const [d0, d1] = domain;
  const [x0, x1] = range;
  if (!(d1 > d0) || !(x1 > x0)) return [];
  const msPerPx = (d1 - d0) / (x1 - x0);
  const steps = stepsFor(formatter(locale, {}).resolvedOptions().calendar);
  const step = steps.find((s) => s.ms / msPerPx >= minSpacing) ?? steps[steps.length - 1]!;
  const w0 = instantToWall(d0, timeZone);
  const w1 = instantToWall(d1, timeZone);
  // The formatters this step uses, built on first use (building one costs far more than a label).
  const fmt = (o: Intl.DateTimeFormatOptions) => formatter(locale, { timeZone: 'UTC', ...o });
  // The tick labels' formatter for this step (two for hours: a midnight tick names its day), looked up once per call.
  const labelFmts: Intl.DateTimeFormat[] = [];
  const periodFmt = step.unit === 'year' ? null : fmt(step.unit === 'month' ? { year: 'numeric' } : { month: 'long', year: 'numeric' });
  const ticks: Tick[] = [];
  let period = '';
  for (let w = step.ceil(w0); w <= w1; w = step.next(w)) {
    const wall = new Date(w);
    const value = wallToInstant(w, timeZone);
    // A reading skipped by a DST jump resolves to the next tick's instant: keep one.
    if (value < d0 || value > d1 || (ticks.length && value <= ticks[ticks.length - 1]!.value)) continue;
    const isMidnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0;
    // Day and week ticks sit under the month tier ("June 2025"): their day number says the rest.
    const k = +(step.unit === 'hour' && isMidnight);
    const label = (labelFmts[k] ??= fmt(
      step.unit === 'year'
        ? { year: 'numeric' }
        : step.unit === 'month'
          ? { month: 'short', year: 'numeric' }
          : step.unit === 'hour'
            ? k
              ? { day: 'numeric', month: 'short' }
              : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
            : { day: 'numeric' },
    )).format(wall);
    const p = periodFmt?.format(wall);
    ticks.push({
      value,
      x: x0 + (value - d0) / msPerPx,
      label,
      major: step.unit === 'hour' && isMidnight,
      ...(p !== period && { period: (period = p!) }),
    });
  }
  return ticks;
}
