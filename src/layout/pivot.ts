/**
 * A relative axis (`pivot="<event id>"`): ticks labelled as time before and
 * after a pivot instant, `−2 d`, `+6 h`, in the reader's language. Pure.
 */

/** Units a relative tick may be written in, largest first, with their length in ms. */
const UNITS = [
  ['year', 365.2425 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const;

export type PivotUnit = (typeof UNITS)[number][0];

/**
 * The unit relative ticks `stepMs` apart are written in: the largest whose
 * length the step reaches (weeks from a step of 7 days, days from one day,
 * hours, minutes, seconds), so that all labels of an axis share it.
 */
export function pivotUnit(stepMs: number): PivotUnit {
  const step = Math.abs(stepMs);
  return (UNITS.find(([, size]) => step >= size) ?? UNITS[UNITS.length - 1]!)[0];
}

export interface PivotFormatOptions {
  /** The unit (default: `pivotUnit(stepMs)`). */
  unit?: PivotUnit;
  /** `narrow` (default: `+6h`, `−2d`), `short` (`+6 hr`) or `long` (`+6 hours`). */
  unitDisplay?: 'narrow' | 'short' | 'long';
}

/**
 * A tick-label function for a relative axis: `(t) =>` the time from
 * `pivot` to `t` in one unit, with its sign always shown (`+6 h`, `−2 d`;
 * the pivot itself is `0 d`), through `Intl.NumberFormat` with the `unit`
 * style in `lang` (digits and signs are the language's own: `‎+۶ ساعت`
 * in Persian). Values that are not whole in the unit get up to one
 * decimal (`+1.5 d`). Time is counted in elapsed hours, so a day across a
 * clock change is 24 hours, whatever the display zone.
 *
 * @example
 * const label = pivotTickFormat(strikes.start.instant, 6 * 3_600_000, 'en');
 * label(strikes.start.instant - 2 * 86_400_000); // '-48h' (step of 6 h: hours)
 */
export function pivotTickFormat(pivot: number, stepMs: number, lang = 'en', options: PivotFormatOptions = {}): (t: number) => string {
  const unit = options.unit ?? pivotUnit(stepMs);
  const size = UNITS.find(([u]) => u === unit)![1];
  const make = (locale: string) =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: options.unitDisplay ?? 'narrow',
      signDisplay: 'exceptZero',
      maximumFractionDigits: 1,
    });
  let format: Intl.NumberFormat;
  try {
    format = make(lang);
  } catch {
    format = make('en');
  }
  return (t) => {
    const n = Math.round(((t - pivot) / size) * 10) / 10;
    return format.format(n === 0 ? 0 : n); // no "-0"
  };
}

/** What `relabelTicks` reads and writes of a tick. */
export interface LabelledTick {
  value: number;
  x: number;
  label: string;
}

/**
 * Ticks for a relative axis (`pivot="<event id>"`): moved to whole steps
 * before and after `pivot` (the ticks' shortest step, in whole units of
 * the one unit the axis is written in: a day when there is a single tick),
 * placed by `x` (the layout's scale), and labelled with the time from the
 * pivot (`−2d`, `0d`, `+2d`). Other fields (`major`, the month tier) are
 * kept; the input is not changed.
 *
 * @example
 * relabelTicks(layout.ticks, strikes.start.instant, 'en', (t) => xOf(layout, t)).map((t) => t.label); // ['-2d', '0d', '+2d', …]
 */
export function relabelTicks<T extends LabelledTick>(ticks: readonly T[], pivot: number, lang: string, x: (t: number) => number): T[] {
  let step = Infinity;
  for (let i = 1; i < ticks.length; i++) step = Math.min(step, Math.abs(ticks[i]!.value - ticks[i - 1]!.value));
  if (!(Number.isFinite(step) && step > 0)) step = 86_400_000;
  const unit = pivotUnit(step);
  const size = UNITS.find(([u]) => u === unit)![1];
  const whole = Math.max(1, Math.round(step / size)) * size;
  const label = pivotTickFormat(pivot, whole, lang, { unit });
  return ticks.map((t) => {
    const value = pivot + Math.round((t.value - pivot) / whole) * whole;
    return { ...t, value, x: x(value), label: label(value) };
  });
}
