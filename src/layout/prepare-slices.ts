/**
 * Preparing a large chronology without a long task: `prepareSteps`
 * (prepare.ts) with a pause after each step, in which the page handles
 * input, timers and painting. `<event-timeline>` prepares this way from
 * `PREPARE_SLICED_FROM` events (timeline-model.ts, which loads this module
 * on demand); the result is the same as `prepareTimeline`'s.
 */
import { prepareSteps } from './prepare.js';
import type { PreparedTimeline, PrepareOptions } from './layout-types.js';
import type { Chronology } from '../schema/parse.js';

/** A macrotask: timers, input and rendering that are waiting run first. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `prepareTimeline(chronology, options)`, pausing after every step. `stop`
 * is asked after each pause: when it answers true the work ends and the
 * promise resolves with `null`.
 */
export async function prepareInSlices(
  chronology: Chronology,
  options: PrepareOptions = {},
  stop: () => boolean = () => false,
): Promise<PreparedTimeline | null> {
  const steps = prepareSteps(chronology, options);
  for (let r = steps.next(); ; r = steps.next()) {
    // Also after the last step: what comes next (the layout, the render) is a task of its own.
    await pause();
    if (stop()) return null;
    if (r.done) return r.value;
  }
}
