/**
 * Parsing for the components, without valibot at first paint: the quick
 * whole-chronology path (quick-chronology.ts) when it takes the input, else
 * `parseChronology` from parse.ts, loaded on first need (a chunk of its own
 * in the CDN build, with valibot and the schema). Both give the same result
 * (tests/unit/quick-paths.test.ts). Once parse.ts is loaded, by this module
 * or by anything else that imports it (the npm entry, `chronoline/schema.js`,
 * the server renderer), every parse is synchronous again.
 */
import { quickChronology } from './quick-chronology.js';
import type { ParseOptions, ParseResult } from './result.js';

type Parse = (input: unknown, options?: ParseOptions) => ParseResult;
let full: Parse | undefined;
let loading: Promise<Parse> | undefined;

/** Called by parse.ts when it loads: from then on, no parse waits. */
export const setFullParser = (parse: Parse): void => void (full = parse);

/** Loads the full parser (once): `chronoline/schema.js`, which the CDN build serves as `dist/cdn/schema.js`. */
export const loadParser = (): Promise<Parse> => (loading ??= import('./index.js').then((m) => (full = m.parseChronology)));

/**
 * Events from which a parse runs in slices, with pauses, so that the page stays responsive: by the quick path
 * (quick-slices.ts, a small chunk), or, for input it does not take, by the full parser (slices.ts).
 */
export const SLICED_FROM = 5000;

/**
 * `parseChronology(input, options)`: at once when the quick path takes the
 * input or the full parser is loaded, else a promise of it. More than
 * `SLICED_FROM` events: always a promise, parsed in slices; `stop` (asked
 * between slices) ends that work early, with an empty result.
 */
export function parseSoon(input: unknown, options: ParseOptions = {}, stop?: () => boolean): ParseResult | Promise<ParseResult> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      data = undefined; // the full parser words the error
    }
  }
  if (((data as { events?: unknown[] } | null)?.events?.length as number) > SLICED_FROM)
    return import('./quick-slices.js').then(({ quickInSlices }) => quickInSlices(data, options, stop));
  const quick = data === undefined ? undefined : quickChronology(data, options);
  if (quick) return quick;
  if (full) return full(input, options);
  return loadParser().then((parse) => parse(input, options));
}
