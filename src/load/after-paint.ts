/**
 * Work that the first painted frame does not need (the zoom gesture's
 * module) waits for this: the next animation
 * frame (the one that paints what was just rendered), then a task after it;
 * or 100 ms, whichever comes first (a hidden page gets no animation frames).
 * (The later of the two resolves a settled promise: nothing happens.)
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve));
  });
