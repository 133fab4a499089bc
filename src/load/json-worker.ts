/**
 * The module worker that parses a large `src` body (off-thread.ts starts
 * it): `JSON.parse` off the page's main thread. A chronology's `events` come
 * back in batches of `EVENTS_PER_MESSAGE`, one message each, so that the
 * page rebuilds the value in many short tasks rather than one long one
 * (a message's value is copied into the page when it is received, on the
 * main thread). No imports: the CDN build serves it as one small file,
 * `dist/cdn/chunks/json-worker.js`.
 *
 * Messages to the page: `{ error }` (not JSON: the parser's message), or
 * `{ value }` (anything without a large `events` array), or
 * `{ head, total }` (the value with `events: []`) followed by `{ events }`
 * batches until `total` events have been sent.
 */

/** Events per message (about 0.5 MB of generated events: a few milliseconds to receive). Keep in step with off-thread.ts. */
const EVENTS_PER_MESSAGE = 2000;

interface WorkerScope {
  onmessage: ((e: MessageEvent<string>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data: text }) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    scope.postMessage({ error: (e as Error).message });
    return;
  }
  const events = (value as { events?: unknown } | null)?.events;
  if (!Array.isArray(events) || events.length <= EVENTS_PER_MESSAGE || Array.isArray(value)) {
    scope.postMessage({ value });
    return;
  }
  scope.postMessage({ head: { ...(value as object), events: [] }, total: events.length });
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) scope.postMessage({ events: events.slice(i, i + EVENTS_PER_MESSAGE) });
};
