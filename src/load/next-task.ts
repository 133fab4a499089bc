/**
 * Ends the current task and resumes in a new one (a zero timeout): long work
 * split at such points leaves no single long task (input and painting that
 * are waiting go first).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * Inline JSON from this many characters on is read in tasks of its own (see
 * LoadController): a newsroom's chronology of some dozens of events with
 * their sources is a few hundred KB; a small one is parsed at once.
 */
export const SPLIT_FROM = 30_000;
