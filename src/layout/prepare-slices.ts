/**
 * Preparing a large chronology without a long task: what `prepareTimeline`
 * does (prepare.ts), with a pause (a macrotask, in which the page handles
 * input, timers and painting) after every `PREPARE_SLICE` events' spans,
 * after the lanes, and after the per-lane index. `<event-timeline>` prepares
 * this way from `PREPARE_SLICED_FROM` events (timeline-model.ts, which loads
 * this module on demand); the result is the same as `prepareTimeline`'s.
 */
import { laneIndex, prepareSpans, spanned } from './prepare.js';
import type { PreparedTimeline, PrepareOptions, SpannedEvent } from './layout-types.js';
import type { Chronology } from '../schema/parse.js';

/** Events whose spans are computed between two pauses. */
export const PREPARE_SLICE = 20_000;

/** A macrotask: timers, input and rendering that are waiting run first. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `prepareTimeline(chronology, options)` in steps, with a pause after each.
 * `stop` is asked after each pause: when it answers true the work ends and
 * the promise resolves with `null`. `steps`, when given, counts the pauses.
 */
export async function prepareInSlices(
  chronology: Chronology,
  options: PrepareOptions = {},
  stop: () => boolean = () => false,
  steps?: { pauses: number },
): Promise<PreparedTimeline | null> {
  const step = async () => {
    await pause();
    if (steps) steps.pauses++;
    return stop();
  };
  const events = chronology.events;
  const span = spanned(options.timeZone ?? chronology.timeZone ?? 'UTC');
  const all = new Array<SpannedEvent>(events.length);
  for (let i = 0; i < events.length; i++) {
    if (i && i % PREPARE_SLICE === 0 && (await step())) return null;
    all[i] = span(events[i]!);
  }
  if (await step()) return null;
  const prepared = prepareSpans(chronology, all, options);
  if (await step()) return null;
  laneIndex(prepared);
  // Also after the last step: what comes next (the layout, the render) is a task of its own.
  return (await step()) ? null : prepared;
}
