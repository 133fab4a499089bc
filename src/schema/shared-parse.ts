/**
 * One parse per input: the cards and badges of a page that are all given
 * the same chronology object share its parsed form (a page with forty cards
 * parses the JSON once, not forty times). A parsed `Chronology` passes
 * through as it is.
 */
import { parseSoon } from './lazy-parse.js';
import type { Chronology, ParseResult } from './result.js';

/** True for the output of `parseChronology` (JSON has no `Map`s; a parsed chronology has its look-ups). */
export const isParsedChronology = (x: unknown): x is Chronology =>
  !!x && typeof x === 'object' && (x as Chronology).actorsById instanceof Map && Array.isArray((x as Chronology).events);

interface Entry {
  dev: boolean;
  baseUrl: string | undefined;
  result: ParseResult | Promise<ParseResult>;
}

const byObject = new WeakMap<object, Entry>();

/**
 * `parseChronology(input)`, remembered per input object (and dev mode and
 * base URL, which change the result). The result is shared: read it, do not
 * change it. Strings are parsed each time (callers keep their own result).
 * A promise while the full parser loads (see `parseSoon`: only for input the
 * quick path does not take, before anything has loaded the parser).
 */
export function parseShared(input: unknown): ParseResult | Promise<ParseResult> {
  if (isParsedChronology(input)) return { chronology: input, problems: [], eventsIn: input.events.length };
  if (!input || typeof input !== 'object') return parseSoon(input);
  const dev = globalThis.CHRONOLINE_DEV === true;
  const baseUrl = globalThis.document?.baseURI || undefined;
  const hit = byObject.get(input);
  if (hit && hit.dev === dev && hit.baseUrl === baseUrl) return hit.result;
  const entry: Entry = { dev, baseUrl, result: parseSoon(input, { dev, baseUrl }) };
  byObject.set(input, entry);
  if (entry.result instanceof Promise) void entry.result.then((r) => (entry.result = r));
  return entry.result;
}
