/**
 * Collects what goes wrong in the page from now on: console.error calls,
 * uncaught errors and unhandled rejections (the SSR and hydration tests
 * check that hydrating leaves none). Imports nothing of Lit, so the hydrate
 * support can still come first in a test file.
 */
export function collectPageErrors(): string[] {
  const errors: string[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError.apply(console, args);
  };
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  return errors;
}
