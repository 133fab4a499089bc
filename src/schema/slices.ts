/**
 * Parsing a large chronology without freezing the page: `parseChronology`
 * run in slices (`parseSteps`), with a pause after each slice in which the
 * page handles input, timers and painting. Part of `chronoline/schema.js`
 * (the full parser), which lazy-parse.ts loads on demand for inputs of more
 * than `SLICED_FROM` events.
 */
import { parseSteps } from './parse.js';
import type { ParseOptions, ParseResult } from './result.js';

/**
 * A macrotask: timers, input and rendering that are waiting run first (a `scheduler.yield()` continuation would jump
 * ahead of them). A posted message, not `setTimeout(0)`: browsers clamp nested timers to 4 ms, which left the page
 * idle 4 ms a slice (0.4 s for 100,000 events).
 */
const pause = () =>
  new Promise<void>((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });

/**
 * `parseChronology(input, options)`, pausing after every slice of events.
 * `stop` is asked after each pause: when it answers true the work ends and
 * the promise resolves with an empty result (`chronology: null`, no
 * problems) that the caller, who stopped it, ignores.
 */
export async function parseInSlices(input: unknown, options: ParseOptions = {}, stop: () => boolean = () => false): Promise<ParseResult> {
  const steps = parseSteps(input, options);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await pause();
    if (stop()) return { chronology: null, problems: [], eventsIn: 0 };
  }
}
