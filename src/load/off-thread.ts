/**
 * `JSON.parse` of a large `src` body without a long task on the page's main
 * thread: in a module worker (json-worker.ts), whose answer arrives in
 * batches of events, each received in a task of its own. Where there is no
 * worker, the same `JSON.parse` runs on the main thread as before:
 *
 * - no `Worker` (an old runtime, a test without one);
 * - the worker cannot start: a Content-Security-Policy whose `worker-src`
 *   (or `script-src`) does not allow the script, a page whose Trusted Types
 *   refuse our `chronoline-worker` policy (pages that list policies add it),
 *   or a script that cannot be fetched. A worker must come from the page's
 *   origin: a bundle served from another origin (a CDN) starts it through a
 *   one-line `blob:` module that imports it, which CSP must allow
 *   (`worker-src blob:`), else the fallback.
 *
 * The worker script is `./json-worker.js` next to this module: in the npm
 * build `dist/load/json-worker.js`, in the CDN build
 * `dist/cdn/chunks/json-worker.js`. Bundlers (Vite, webpack 5) emit the file
 * that `new URL('./json-worker.js', import.meta.url)` names as an asset,
 * which works as it is (it imports nothing); one that does not falls back.
 */

/** Characters from which a body is parsed in a worker (below, `JSON.parse` takes a few milliseconds: less than starting a worker). */
export const OFF_THREAD_FROM = 1_000_000;

/** Events per message from the worker (json-worker.ts). */
export const EVENTS_PER_MESSAGE = 2000;

type TrustedTypesLike = {
  createPolicy(name: string, rules: { createScriptURL(s: string): string }): { createScriptURL(s: string): unknown };
};
let policy: { createScriptURL(s: string): unknown } | null | undefined;

/** A script URL the page's Trusted Types accept (our policy passes only the worker's own URL and its blob shim), or the string where there are none. */
function scriptUrl(url: string, allowed: (u: string) => boolean): string | URL {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy('chronoline-worker', {
    createScriptURL: (s) => {
      if (!allowed(s)) throw new TypeError(`chronoline-worker: not the JSON worker: ${s}`);
      return s;
    },
  });
  return policy.createScriptURL(url) as string;
}

/** The worker (and the blob URL to revoke when done), or `undefined` when none can be started here. */
function startWorker(): { worker: Worker; shim?: string } | undefined {
  if (typeof Worker !== 'function') return undefined;
  try {
    // The form bundlers recognise as an asset URL (and where the npm and CDN builds place the worker).
    const href = new URL('./json-worker.js', import.meta.url).href;
    if (new URL(href).origin === globalThis.location?.origin)
      return { worker: new Worker(scriptUrl(href, (s) => s === href) as string, { type: 'module', name: 'chronoline-json' }) };
    // From another origin (a CDN): a same-origin blob module that imports it.
    const shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(href)};`], { type: 'text/javascript' }));
    try {
      return { worker: new Worker(scriptUrl(shim, (s) => s === shim) as string, { type: 'module', name: 'chronoline-json' }), shim };
    } catch (e) {
      URL.revokeObjectURL(shim);
      throw e;
    }
  } catch {
    return undefined; // refused at once: CSP, Trusted Types, cross-origin
  }
}

/**
 * `JSON.parse(text)` in a worker when one can start (else on this thread).
 * Rejects with the `SyntaxError` `JSON.parse` would throw (its message from
 * the worker), or with an `AbortError` when `signal` aborts first (the
 * worker is then stopped).
 */
export function parseJsonOffThread(text: string, signal?: AbortSignal): Promise<unknown> {
  const started = startWorker();
  if (!started) return new Promise((resolve) => resolve(JSON.parse(text)));
  const { worker, shim } = started;
  return new Promise<unknown>((resolve, reject) => {
    let head: { events: unknown[] } | undefined;
    let total = 0;
    let answered = false;
    const end = () => {
      worker.terminate();
      if (shim) URL.revokeObjectURL(shim);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(new DOMException('The parse was aborted.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    // The script could not be loaded or run (CSP, network): parse here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      if (answered) return;
      end();
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(err as Error);
      }
    };
    worker.onmessage = ({
      data,
    }: MessageEvent<{ error?: string; value?: unknown; head?: { events: unknown[] }; total?: number; events?: unknown[] }>) => {
      answered = true;
      if (data.error !== undefined) {
        end();
        return reject(new SyntaxError(data.error));
      }
      if ('value' in data) {
        end();
        return resolve(data.value);
      }
      if (data.head) {
        head = data.head;
        total = data.total ?? 0;
      } else if (head && data.events) for (const e of data.events) head.events.push(e);
      if (head && head.events.length >= total) {
        end();
        resolve(head);
      }
    };
    worker.postMessage(text);
  });
}
