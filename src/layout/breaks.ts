/**
 * An axis that skips empty time (`axis-breaks`): stretches with no events
 * longer than a threshold collapse into a break of fixed width ("— 3 weeks
 * —"), and time stays proportional within each segment between breaks.
 * Pure, no DOM.
 */

/** A stretch of time an event covers: `start` ≤ `end`, UTC ms (a point has `end === start`). */
export interface TimeSpan {
  start: number;
  end: number;
}

/** A stretch of the axis drawn to scale. */
export interface AxisSegment {
  /** Time, UTC ms. */
  start: number;
  end: number;
  /** Pixels. */
  x0: number;
  x1: number;
}

/** A collapsed stretch: drawn `x0`–`x1` (the gap width) whatever its length. */
export interface AxisBreak {
  /** The collapsed time, UTC ms (the empty stretch less a margin at each side). */
  start: number;
  end: number;
  /** The empty stretch the break stands for: from the end of the events before it to the start of the next. */
  empty: number;
  x0: number;
  x1: number;
}

/** A piecewise-linear, strictly increasing map from instants to pixels, and its inverse. */
export interface BrokenScale {
  (t: number): number;
  /** The instant at pixel `x` (inside a break, the collapsed time spread evenly over its width). */
  invert(x: number): number;
  domain: [number, number];
  range: [number, number];
}

export interface SegmentedTime {
  segments: AxisSegment[];
  breaks: AxisBreak[];
  scale: BrokenScale;
}

export interface SegmentOptions {
  /** The time the axis covers. Default: from the first start to the last end. */
  domain?: [number, number];
  /**
   * Pixel width of each break. Default 24; less when the breaks would take
   * more than a third of the range. With 0, the scale cannot be inverted
   * inside a break (its time has no pixels).
   */
  gap?: number;
  /** Time kept at each side of a break, so marks do not touch it. Default: a quarter of the threshold. */
  margin?: number;
}

/**
 * Splits the time of `sortedSpans` (sorted by `start`) into segments drawn
 * to scale and breaks: every empty stretch between events longer than
 * `thresholdMs` becomes a break (less `margin` at each side); the domain's
 * ends are never collapsed. `range` is the pixel extent `[x0, x1]`. A
 * domain of no length (a single point event) is widened to the threshold,
 * centred on it.
 *
 * Each break is `gap` px wide; the rest of the range is shared by the
 * segments in proportion to their time. The returned scale is continuous,
 * strictly increasing and invertible across breaks (inside a break the
 * collapsed time is spread over its gap, so zoom and pan can work on pixels
 * and map back), with `scale(domain[0]) = x0` and `scale(domain[1]) = x1`.
 */
export function segmentTime(
  sortedSpans: readonly TimeSpan[],
  thresholdMs: number,
  range: [number, number],
  options: SegmentOptions = {},
): SegmentedTime {
  const [x0, x1] = range;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of sortedSpans) {
    lo = Math.min(lo, s.start);
    hi = Math.max(hi, s.end, s.start);
  }
  let [d0, d1] = options.domain ?? (Number.isFinite(lo) ? [lo, hi] : [0, 0]);
  if (!(d1 > d0)) {
    // One instant (or nothing): centre it in a domain as long as the threshold.
    const half = (thresholdMs > 0 && Number.isFinite(thresholdMs) ? thresholdMs : 86_400_000) / 2;
    [d0, d1] = [d0 - half, d0 + half];
  }
  const margin = Math.max(0, options.margin ?? thresholdMs / 4);

  // Empty stretches between events, inside the domain, longer than the threshold.
  const cuts: { start: number; end: number; empty: number }[] = [];
  if (thresholdMs > 0 && Number.isFinite(thresholdMs)) {
    let reach = -Infinity;
    for (const s of sortedSpans) {
      const from = Math.max(reach, d0);
      const to = Math.min(s.start, d1);
      if (reach > -Infinity && to - from > thresholdMs && to - from > 2 * margin) {
        cuts.push({ start: from + margin, end: to - margin, empty: s.start - reach });
      }
      reach = Math.max(reach, s.end, s.start);
    }
  }

  const width = x1 - x0;
  const gap = cuts.length ? Math.max(0, Math.min(options.gap ?? 24, width / 3 / cuts.length)) : 0;
  const times: [number, number][] = [];
  let t = d0;
  for (const c of cuts) {
    times.push([t, c.start]);
    t = c.end;
  }
  times.push([t, d1]);
  const total = times.reduce((sum, [a, b]) => sum + (b - a), 0);
  const k = total > 0 ? (width - gap * cuts.length) / total : 0;

  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  let x = x0;
  times.forEach(([a, b], i) => {
    const w = total > 0 ? (b - a) * k : width / times.length;
    segments.push({ start: a, end: b, x0: x, x1: x + w });
    x += w;
    const c = cuts[i];
    if (c) {
      breaks.push({ ...c, x0: x, x1: x + gap });
      x += gap;
    }
  });
  // Breakpoints of the piecewise-linear map, in order: segment and break ends alternate.
  const knots: [number, number][] = [[d0, x0]];
  segments.forEach((s, i) => {
    knots.push([s.end, s.x1]);
    const b = breaks[i];
    if (b) knots.push([b.end, b.x1]);
  });
  knots[knots.length - 1] = [d1, x1];
  return { segments, breaks, scale: piecewise(knots, [d0, d1], [x0, x1]) };
}

/** The linear interpolation through `knots` ([time, x] pairs, both increasing), extended beyond the ends. */
function piecewise(knots: [number, number][], domain: [number, number], range: [number, number]): BrokenScale {
  const at = (v: number, from: 0 | 1) => {
    const to = from === 0 ? 1 : 0;
    let i = 1;
    while (i < knots.length - 1 && v > knots[i]![from]) i++;
    const [a, b] = [knots[i - 1]!, knots[i]!];
    const span = b[from] - a[from];
    return span === 0 ? a[to] : a[to] + ((v - a[from]) / span) * (b[to] - a[to]);
  };
  const scale = ((t: number) => at(t, 0)) as BrokenScale;
  scale.invert = (x: number) => at(x, 1);
  scale.domain = domain;
  scale.range = range;
  return scale;
}

const UNITS: [Intl.NumberFormatOptions['unit'] & string, number][] = [
  ['year', 365.2425 * 86_400_000],
  ['month', 30.436875 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * A length of time in words, in the reader's language, rounded to the
 * largest unit it holds at least twice: `3 weeks`, `18 months`, `2 days`
 * (`۳ هفته` in Persian, `3 недели` in Russian). For break labels.
 */
export function formatDuration(ms: number, lang = 'en', unitDisplay: 'long' | 'short' | 'narrow' = 'long'): string {
  const abs = Math.abs(ms);
  const [unit, size] = UNITS.find(([, size]) => abs >= 2 * size) ?? UNITS[UNITS.length - 1]!;
  const n = Math.round(abs / size);
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay }).format(n);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay }).format(n);
  }
}
