/**
 * Parsing a large chronology in slices without valibot: the quick
 * whole-chronology path (`quickSteps`, quick-chronology.ts) run with a pause
 * after each slice of events, and, when it refuses the input, the full
 * parser's slices (slices.ts, loaded then). lazy-parse.ts loads this small
 * module on demand for inputs of more than `SLICED_FROM` events, so that a
 * large chronology in the plain form (the common case) never loads the full
 * parser's chunk. The result is `parseChronology`'s (tests/unit/slices.test.ts).
 */
import { quickSteps } from './quick-chronology.js';
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
 * Runs `steps` to the end with a pause after every step; `stop` is asked
 * after each pause, and when it answers true the work ends with `stopped`.
 */
export async function runInSlices<T, S>(steps: Generator<void, T, void>, stop: () => boolean, stopped: S): Promise<T | S> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    await pause();
    if (stop()) return stopped;
  }
}

/**
 * `parseChronology(input, options)` for a chronology object, pausing after
 * every slice of events: by the quick path when it takes the input, else by
 * the full parser (`parseInSlices`). `stop` as for `parseInSlices`: when it
 * answers true, an empty result (`chronology: null`, no problems).
 */
export async function quickInSlices(input: unknown, options: ParseOptions = {}, stop: () => boolean = () => false): Promise<ParseResult> {
  const quick = await runInSlices(quickSteps(input, options), stop, null);
  if (quick !== undefined) return quick ?? { chronology: null, problems: [], eventsIn: 0 };
  // (The full parser's chunk, as lazy-parse.ts loads it.)
  const { parseInSlices } = await import('./index.js');
  return parseInSlices(input, options, stop);
}
