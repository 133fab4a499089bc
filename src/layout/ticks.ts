/**
 * Axis ticks on the display zone's own clock: day ticks fall on its
 * midnights and hour ticks on its hours, not the browser's or UTC's.
 * This is the pure half of d3-axis (tick values and labels); Lit draws them.
 */
import { utcDay, utcHour, utcMonth, utcMonday, type CountableTimeInterval } from 'd3-time';
import { formatter } from '../time/format.js';
import { instantToWall, wallToInstant } from '../time/zone.js';

export interface Tick {
  /** The instant of the tick (UTC ms). */
  value: number;
  /** Its x position in pixels. */
  x: number;
  /** The text under it. */
  label: string;
  /** True on a day boundary when the ticks are hours (drawn stronger, with the date). */
  major: boolean;
}

interface TickStep {
  interval: CountableTimeInterval;
  /** Approximate length of one step, for choosing. */
  ms: number;
  unit: 'hour' | 'day' | 'week' | 'month';
}

const H = 3_600_000;
const D = 24 * H;
const every = (i: CountableTimeInterval, k: number) => (k === 1 ? i : (i.every(k) as CountableTimeInterval));
const STEPS: TickStep[] = [
  { interval: utcHour, ms: H, unit: 'hour' },
  { interval: every(utcHour, 3), ms: 3 * H, unit: 'hour' },
  { interval: every(utcHour, 6), ms: 6 * H, unit: 'hour' },
  { interval: every(utcHour, 12), ms: 12 * H, unit: 'hour' },
  { interval: utcDay, ms: D, unit: 'day' },
  { interval: every(utcDay, 2), ms: 2 * D, unit: 'day' },
  { interval: utcMonday, ms: 7 * D, unit: 'week' },
  { interval: utcMonth, ms: 30 * D, unit: 'month' },
];

export interface TickOptions {
  /** IANA zone whose clock the ticks follow. */
  timeZone: string;
  /** BCP 47 locale for the labels. */
  locale: string;
  /** Minimum pixels between two labelled ticks. */
  minSpacing?: number;
}

/**
 * Ticks for a visible domain mapped to `[x0, x1]` pixels.
 *
 * @example
 * computeTicks([Date.UTC(2025,5,20), Date.UTC(2025,5,27)], [0, 700], {timeZone: 'Asia/Tehran', locale: 'en'})
 * // → 7 ticks at Tehran midnights (20:30 UTC the day before), labelled "Sat 21 Jun"…
 */
export function computeTicks(domain: [number, number], range: [number, number], options: TickOptions): Tick[] {
  const { timeZone, locale, minSpacing = 84 } = options;
  const [d0, d1] = domain;
  const [x0, x1] = range;
  if (!(d1 > d0) || !(x1 > x0)) return [];
  const msPerPx = (d1 - d0) / (x1 - x0);
  const step = STEPS.find((s) => s.ms / msPerPx >= minSpacing) ?? STEPS[STEPS.length - 1]!;
  const w0 = instantToWall(d0, timeZone);
  const w1 = instantToWall(d1, timeZone);
  const walls = step.interval.range(step.interval.ceil(new Date(w0)), new Date(w1 + 1));
  const dayFmt = formatter(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
  const monthFmt = formatter(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const hourFmt = formatter(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const ticks: Tick[] = [];
  for (const wall of walls) {
    const value = wallToInstant(+wall, timeZone);
    if (value < d0 || value > d1) continue;
    const isMidnight = wall.getUTCHours() === 0 && wall.getUTCMinutes() === 0;
    const label =
      step.unit === 'month' ? monthFmt.format(wall) : step.unit === 'hour' && !isMidnight ? hourFmt.format(wall) : dayFmt.format(wall);
    ticks.push({ value, x: x0 + (value - d0) / msPerPx, label, major: step.unit === 'hour' && isMidnight });
  }
  return ticks;
}
