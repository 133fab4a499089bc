/** Runs work written as steps (a generator that yields where a caller may pause) to its end, at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
