/**
 * Preparing a large chronology without a long task: `prepareTimeline`
 * (prepare.ts) run as its steps (`prepareSteps`: the spans and their order,
 * then the lanes), with a pause (a macrotask, in which the page handles
 * input, timers and painting) after each, and, for the chart, the per-lane
 * index its first layout would otherwise build, as a step of its own.
 * `<event-timeline>` prepares this way from `SLICED_FROM` events in a
 * browser (timeline-model.ts, which loads this on demand through
 * prepare-later.ts); the result is `prepareTimeline`'s.
 */
import { laneIndex, prepareSteps } from './prepare.js';
import type { PreparedTimeline, PrepareOptions } from './layout-types.js';
import type { Chronology } from '../schema/parse.js';

/** A macrotask: timers, input and rendering that are waiting run first. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `prepareTimeline(chronology, options)` with a pause after each step, the
 * last one included (what comes next, the layout and the render, is a task
 * of its own). With `index`, the per-lane index is built too (`laneIndex`),
 * between two pauses. `stop` is asked after each pause: when it answers
 * true the work ends and the promise resolves with `null`.
 */
export async function prepareInSlices(
  chronology: Chronology,
  options?: PrepareOptions,
  stop: () => boolean = () => false,
  index = false,
): Promise<PreparedTimeline | null> {
  for (const prepared of prepareSteps(chronology, options)) {
    await pause();
    if (stop()) return null;
    if (!prepared) continue;
    if (!index) return prepared;
    laneIndex(prepared);
    await pause();
    return stop() ? null : prepared;
  }
  return null; // (never: the last step gives the prepared timeline)
}
