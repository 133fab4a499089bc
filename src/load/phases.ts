/**
 * Timings for the benchmark (bench/run.mjs), off unless the page sets
 * `globalThis.CHRONOLINE_PHASES = true` before the library runs: then each
 * phase of a render (parse, prepare, layout, text measure, Lit's render) is
 * recorded with `performance.measure('chronoline:<phase>', …)`, which the
 * bench reads back. Off, a phase costs one global read and records nothing.
 */

declare global {
  var CHRONOLINE_PHASES: boolean | undefined;
}

/** The start of a phase: `performance.now()` when timings are on, else -1. */
export const phaseStart = (): number => (globalThis.CHRONOLINE_PHASES ? performance.now() : -1);

/** Ends the phase started at `start` (nothing when timings are off); `ms` gives its length instead (time summed over many calls). */
export const phaseEnd = (name: string, start: number, ms?: number): void => {
  // (A dictionary member that is undefined is absent: { start, duration: undefined } ends now.)
  if (start >= 0) performance.measure('chronoline:' + name, { start, duration: ms });
};
