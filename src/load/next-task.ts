/**
 * Ends the current task and resumes in a new one: with `scheduler.yield()`
 * where the browser has it (the continuation runs before other queued tasks,
 * after any rendering that is due), else a zero timeout. Long work split at
 * such points leaves no single long task (input, painting wait less).
 */
export const nextTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * Inline JSON from this many characters on is read in tasks of its own (see
 * LoadController): a newsroom's chronology of some dozens of events with
 * their sources is a few hundred KB; a small one is parsed at once.
 */
export const SPLIT_FROM = 32_000;
