/**
 * Loading a chronology from a URL: `fetch` with a timeout and cancellation,
 * and one error type whose `kind` and message say what went wrong.
 */
import { en, type Messages } from '../i18n/messages.js';
import { MAX_BODY_LENGTH } from '../schema/limits.js';
import { OFF_THREAD_FROM, parseJsonOffThread } from './off-thread.js';

/** What went wrong: the URL, the HTTP status, the body, the network, the clock, or the caller. */
export type LoadErrorKind = 'url' | 'http' | 'not-json' | 'network' | 'timeout' | 'aborted';

/** A failed load, with a message a reader understands (`the server answered 404 Not Found for …`). */
export class LoadError extends Error {
  override name = 'LoadError';
  /** What went wrong. */
  readonly kind: LoadErrorKind;
  /** The URL as given. */
  readonly url: string;
  /** The HTTP status, for `http` (and `not-json`) errors. */
  readonly status?: number;

  constructor(kind: LoadErrorKind, message: string, url: string, status?: number) {
    super(message);
    this.kind = kind;
    this.url = url;
    if (status !== undefined) this.status = status;
  }
}

export interface LoadOptions {
  /** Aborting it cancels the request (the promise rejects with a `LoadError` of kind `aborted`). */
  signal?: AbortSignal;
  /** Give up after this many milliseconds (`0` or `Infinity`: never). Default 15,000. */
  timeoutMs?: number;
  /**
   * `json` (default): the body must be JSON. `text`: the body as text (CSV).
   * `auto`: JSON when it parses, else the text when it looks like a table
   * (CSV). An HTML page is an error in every mode.
   */
  body?: 'json' | 'text' | 'auto';
  /** The catalog the error messages come from (English by default). */
  messages?: Messages;
}

import { DEFAULT_TIMEOUT_MS } from './defaults.js';

export { DEFAULT_TIMEOUT_MS };
import { maybeSheetsLink } from './sheets-link.js';

/** How a `src` body is read for the element's `format` (see `LoadOptions.body`): the loader's and the refresh controller's. */
export const bodyMode = (format: string): LoadOptions['body'] =>
  format === 'json' ? 'json' : format === 'auto' || format === 'timelinejs' ? 'auto' : 'text';

/**
 * A body that is not JSON but looks like a table, for the CSV importer: a
 * first line with a comma, semicolon or tab before any `{` or `[`, then a
 * line that starts with something other than white space. Linear: the first
 * part stops at the first separator (the expression it replaces,
 * `^[^\n{[]*[,;\t]…`, backtracked over every comma: a 200 KB `a,a,…` line
 * took 4 s).
 */
export const TABLE = /^[^\n{[,;\t]*[,;\t][^\n]*\n\S/;

/** True when `text` looks like a table (see `TABLE`). */
export const looksLikeTable = (text: string): boolean => TABLE.test(text);

/** The `<title>` of an HTML page, for the message (short, whitespace collapsed). */
function htmlTitle(text: string): string {
  const m = /<title[^>]*>([^<]*)<\/title>/i.exec(text.slice(0, 4096));
  const t = (m?.[1] ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 80 ? t.slice(0, 79) + '…' : t;
}

/**
 * Fetches `url` and parses it as JSON. Rejects only with a {@link LoadError}:
 *
 * - `url`: not an http(s) (or data:/blob:) URL;
 * - `http`: the server answered with an error status (`404 Not Found`);
 * - `not-json`: the body is empty or not JSON (and says when it is an HTML page);
 * - `network`: no answer could be read: offline, connection refused or
 *   reset, or a cross-origin server without CORS headers for this page;
 * - `timeout`: no complete answer within `timeoutMs`;
 * - `aborted`: `signal` was aborted.
 *
 * A body of `OFF_THREAD_FROM` characters or more (1 MB) is parsed in a
 * worker where one can start (off-thread.ts), so that a large chronology
 * does not freeze the page. Never leaves a timer, a listener or a worker
 * behind.
 */
export async function loadJson(
  url: string,
  { signal, timeoutMs = DEFAULT_TIMEOUT_MS, body = 'json', messages = en }: LoadOptions = {},
): Promise<unknown> {
  const fail = (kind: LoadErrorKind, message: string, status?: number) => new LoadError(kind, message, url, status);
  // fetch resolves a relative URL against the document's base URL: so do the checks.
  const page = globalThis.document?.baseURI ?? globalThis.location?.href;
  let target: URL;
  try {
    target = new URL(url, page);
  } catch {
    throw fail('url', messages.loadBadUrl(url));
  }
  if (!/^(https?|data|blob):$/.test(target.protocol)) throw fail('url', messages.loadBadUrl(url));
  if (signal?.aborted) throw fail('aborted', messages.loadAborted(url));

  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  /** Why a fetch or a body read threw. */
  const why = (): LoadError => {
    if (timedOut) return fail('timeout', messages.loadTimeout(url, timeoutMs));
    if (signal?.aborted) return fail('aborted', messages.loadAborted(url));
    if (globalThis.navigator?.onLine === false) return fail('network', messages.loadOffline(url));
    const origin = globalThis.location?.origin;
    const crossOrigin = origin !== undefined && /^https?:$/.test(target.protocol) && target.origin !== origin;
    return fail('network', crossOrigin ? messages.loadCors(url) : messages.loadNetwork(url));
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: body === 'json' ? 'application/json' : 'application/json, text/csv;q=0.9, text/plain;q=0.8' },
      });
    } catch {
      throw why();
    }
    if (!response.ok) {
      // Nobody will read the error body: let the connection go.
      response.body?.cancel().catch(() => {});
      throw fail('http', messages.loadHttp(url, response.status, response.statusText), response.status);
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw why();
    }
    // The body is read: the time limit was for the answer, not for parsing it.
    clearTimeout(timer);
    if (text.length > MAX_BODY_LENGTH)
      throw fail('not-json', messages.loadNotJson(url, `longer than ${MAX_BODY_LENGTH} characters`), response.status);
    if (!text.trim()) throw fail('not-json', messages.loadEmpty(url), response.status);
    const type = response.headers.get('content-type') ?? '';
    const html = /html/i.test(type) || /^\s*</.test(text);
    if (body === 'text' && !html) return text;
    try {
      // A large body is parsed in a worker (off-thread.ts): no long task on the page's main thread.
      return text.length >= OFF_THREAD_FROM ? await parseJsonOffThread(text, controller.signal) : JSON.parse(text);
    } catch (e) {
      if (controller.signal.aborted) throw why();
      // A table (a header line with commas, semicolons or tabs, then rows) is for the CSV importer.
      if (body === 'auto' && !html && TABLE.test(text.trimStart())) return text;
      throw fail(
        'not-json',
        html ? messages.loadHtml(url, htmlTitle(text)) : messages.loadNotJson(url, (e as Error).message),
        response.status,
      );
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * `<event-timeline src>` read (the element's loader, in this chunk: none of
 * it is needed before there is a `src`): a Google Sheets link as a reporter
 * has it becomes its published CSV (the conversion loads on demand); the
 * body is read for the element's `format`, within its `timeout` (NaN or
 * negative: the default). `base` is the URL that relative links in the body
 * are relative to. (Superseded meanwhile: `signal` is aborted, and the load
 * rejects at once.)
 */
export async function readSource(
  src: string,
  { timeout, format }: { timeout: number; format: string },
  messages: Messages,
  signal: AbortSignal,
): Promise<{ body: unknown; base: string }> {
  const url = maybeSheetsLink(src) ? await (await import('./sheets.js')).sheetsSource(src, messages) : src;
  const body = await loadJson(url, { signal, timeoutMs: timeout >= 0 ? timeout : DEFAULT_TIMEOUT_MS, body: bodyMode(format), messages });
  return { body, base: new URL(url, document.baseURI).href };
}
