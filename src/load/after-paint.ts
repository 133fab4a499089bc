/**
 * Work that the first painted frame does not need (the zoom gesture's
 * module, the list view's prefetch) waits for this: the next animation
 * frame (the one that paints what was just rendered), then a task after it;
 * or 100 ms, whichever comes first (a hidden page gets no animation frames).
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() => setTimeout(done, 0));
  });
