/**
 * One parse per input: the cards and badges of a page that are all given
 * the same chronology object share its parsed form (a page with forty cards
 * parses the JSON once, not forty times). A parsed `Chronology` passes
 * through as it is.
 */
import { parseChronology, type Chronology, type ParseResult } from './parse.js';

/** True for the output of `parseChronology` (JSON has no `Map`s; a parsed chronology has its look-ups). */
export const isParsedChronology = (x: unknown): x is Chronology =>
  !!x && typeof x === 'object' && (x as Chronology).actorsById instanceof Map && Array.isArray((x as Chronology).events);

interface Entry {
  dev: boolean;
  baseUrl: string | undefined;
  result: ParseResult;
}

const byObject = new WeakMap<object, Entry>();

/**
 * `parseChronology(input)`, remembered per input object (and dev mode and
 * base URL, which change the result). The result is shared: read it, do not
 * change it. Strings are parsed each time (callers keep their own result).
 */
export function parseShared(input: unknown): ParseResult {
  if (isParsedChronology(input)) return { chronology: input, problems: [], eventsIn: input.events.length };
  if (!input || typeof input !== 'object') return parseChronology(input);
  const dev = globalThis.CHRONOLINE_DEV === true;
  const baseUrl = globalThis.document?.baseURI || undefined;
  const hit = byObject.get(input);
  if (hit && hit.dev === dev && hit.baseUrl === baseUrl) return hit.result;
  const result = parseChronology(input, { dev, baseUrl });
  byObject.set(input, { dev, baseUrl, result });
  return result;
}
