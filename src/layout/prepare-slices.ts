/**
 * Preparing a large chronology without a long task: `prepareTimeline`
 * (prepare.ts) run as its steps (`prepareSteps`: the spans and their order,
 * the lanes, the per-lane index), with a pause (a macrotask, in which the
 * page handles input, timers and painting) after each. `<event-timeline>`
 * prepares this way from `SLICED_FROM` events in a browser
 * (timeline-model.ts, which loads this on demand through prepare-later.ts);
 * the result is `prepareTimeline`'s.
 */
import { prepareSteps } from './prepare.js';
import type { PreparedTimeline, PrepareOptions } from './layout-types.js';
import type { Chronology } from '../schema/parse.js';

/** A macrotask: timers, input and rendering that are waiting run first. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `prepareTimeline(chronology, options)` with a pause after each step, the
 * last one included (what comes next, the layout and the render, is a task
 * of its own). `stop` is asked after each pause: when it answers true the
 * work ends and the promise resolves with `null`.
 */
export async function prepareInSlices(
  chronology: Chronology,
  options?: PrepareOptions,
  stop: () => boolean = () => false,
): Promise<PreparedTimeline | null> {
  for (const prepared of prepareSteps(chronology, options)) {
    await pause();
    if (stop()) return null;
    if (prepared) return prepared;
  }
  return null; // (never: the last step gives the prepared timeline)
}
