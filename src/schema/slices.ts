/**
 * Parsing a large chronology without freezing the page: `parseChronology`
 * run in slices (`parseSteps`), with a pause after each slice in which the
 * page handles input, timers and painting. Part of `chronoline/schema.js`
 * (the full parser), which quick-slices.ts loads on demand for inputs of more
 * than `SLICED_FROM` events that the quick path does not take.
 */
import { parseSteps } from './parse.js';
import type { ParseOptions, ParseResult } from './result.js';
import { runInSlices } from './quick-slices.js';

/**
 * `parseChronology(input, options)`, pausing after every slice of events.
 * `stop` is asked after each pause: when it answers true the work ends and
 * the promise resolves with an empty result (`chronology: null`, no
 * problems) that the caller, who stopped it, ignores.
 */
export async function parseInSlices(input: unknown, options: ParseOptions = {}, stop: () => boolean = () => false): Promise<ParseResult> {
  return runInSlices(parseSteps(input, options), stop, { chronology: null, problems: [], eventsIn: 0 });
}
