/** The title and the source line of an exported image: word wrap and the publishers of the events in view. */
import { truncateToWidth } from '../layout/stack.js';
import type { TimelineEvent } from '../schema/parse.js';

let ctx: CanvasRenderingContext2D | null | undefined;
/** Text width in px for a CSS `font`. */
export function measurer(font: string) {
  ctx ??= document.createElement('canvas').getContext('2d');
  return (text: string) => {
    if (!ctx) return text.length * 0.6 * parseFloat(font.replace(/^\D*/, ''));
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Word-wraps `text` into at most `lines` lines of `width`; the last one shortened with "…" when the text does not fit. */
export function wrap(text: string, width: number, measure: (t: string) => number, lines: number): string[] {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  let i = 0;
  while (i < words.length && out.length < lines - 1) {
    let line = words[i]!;
    if (measure(line) > width) break; // one word longer than a line: shortened below
    while (i + 1 < words.length && measure(`${line} ${words[i + 1]}`) <= width) line += ` ${words[++i]}`;
    out.push(line);
    i++;
  }
  if (i < words.length) out.push(truncateToWidth(words.slice(i).join(' '), width, measure, 1) ?? '…');
  return out;
}

/** Publishers of the events, de-duplicated (case and spacing aside), most frequent first. */
export function publishersOf(events: readonly TimelineEvent[]): string[] {
  const seen = new Map<string, { name: string; count: number; first: number }>();
  let i = 0;
  for (const e of events) {
    // One event citing a publisher twice counts once.
    for (const name of new Set(e.sources.map((s) => s.publisher.trim().replace(/\s+/g, ' ')))) {
      if (!name) continue;
      const key = name.toLocaleLowerCase();
      const p = seen.get(key);
      if (p) p.count++;
      else seen.set(key, { name, count: 1, first: i++ });
    }
  }
  return [...seen.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((p) => p.name);
}

/**
 * The source line, fitted to `lines` lines of `width`: as many publishers as
 * fit (most cited first), then "+N" for the rest. Publishers are separated
 * by commas (Arabic-script ones in Arabic-script languages), or by
 * semicolons when a name has a comma.
 */
export function sourceLines(
  publishers: string[],
  line: (p: string) => string,
  lang: string,
  width: number,
  measure: (t: string) => number,
  lines: number,
): string[] {
  const count = new Intl.NumberFormat(lang);
  const sep = publishers.some((p) => /[,،]/.test(p)) ? '; ' : /^(ar|fa|ur|ps|ckb)\b/i.test(lang) ? '، ' : ', ';
  const list = (ps: string[]) => ps.join(sep);
  const fit = (k: number) => {
    const rest = publishers.length - k;
    return wrap(line(list(publishers.slice(0, k)) + (rest ? `${sep}+${count.format(rest)}` : '')), width, measure, lines);
  };
  const fits = (out: string[]) => !out[out.length - 1]!.endsWith('…');
  // The most publishers that fit, by bisection (the text grows with k); at least one.
  let [lo, hi] = [1, Math.min(publishers.length, 200)];
  if (fits(fit(hi))) return fit(hi);
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (fits(fit(mid))) lo = mid;
    else hi = mid;
  }
  return fit(lo);
}
