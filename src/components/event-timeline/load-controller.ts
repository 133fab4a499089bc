/**
 * Loading for `<event-timeline>`: from the `data` property, a `src` URL
 * (abort, time-out and retry), an inline `<script type="application/json">`
 * child or an `<ol>` of events, in that order; through the importers when
 * `format` (or the content) says so; then validated. The last request wins:
 * a superseded one never touches the element again.
 *
 * (A hand-written controller rather than `@lit/task`: the task would add
 * ~1.5 KB to a CDN entry within 1.5 KB of its budget, and the sources are
 * not all arguments a task could track: child elements, `document.baseURI`.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../../events/emit.js';
import { detectObject } from '../../import/detect.js';
import type { Messages } from '../../i18n/messages.js';
import { inlineJsonText } from '../../load/inline-json.js';
import type { LoadError } from '../../load/load.js';
import { nextTask, SPLIT_FROM } from '../../load/next-task.js';
import { parseSoon } from '../../schema/lazy-parse.js';
import { formatProblem, type Chronology, type ParseResult, type Problem } from '../../schema/result.js';

export type LoadStatus = 'empty' | 'loading' | 'error' | 'ready';

/** The element's inputs for loading. */
export interface LoadSource extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout: number;
  format: 'auto' | 'json' | 'timelinejs' | 'csv' | 'markwhen' | 'acled';
  baseUrl?: string;
}

export class LoadController implements ReactiveController {
  status: LoadStatus = 'empty';
  /** The error message shown in the error state. */
  error = '';
  chronology: Chronology | null = null;
  problems: Problem[] = [];
  /** Set by new data until its first full render fires `rendered`. */
  private _renderPending = false;
  /** Set while data is read with a module still loading, or a large chronology is prepared in slices (timeline-model.ts, through `wait`): `updateComplete` waits for it. */
  pending?: Promise<unknown>;
  private _abort?: AbortController;
  /** Counts `load` calls: a slower, older load never overwrites a newer one. */
  private _loads = 0;

  constructor(
    private host: LoadSource,
    /** The interface strings (for messages of failed loads). */
    private messages: () => Messages,
    /** A chronology was shown: `update` when it is the one shown before (events appended or corrected). */
    private onLoaded: (c: Chronology, update: boolean) => void,
    /** …and `data-load` has been fired. */
    private onShown: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.status === 'empty') this.load();
  }

  /** Removed while loading or parsing: cancel the request or the parse, and load again if put back (moving an element disconnects and reconnects it). */
  hostDisconnected(): void {
    this._abort?.abort();
    if (this.status === 'loading' || this.pending) {
      this._loads++;
      this._set({ status: 'empty' });
    }
  }

  /**
   * After an update: the first one that drew new data (`drawn`: the chart
   * laid out, or the list shown, at the element's real width) fires
   * `rendered`, and the list's module loads right after (ready for printing,
   * which shows the list, before anyone prints).
   */
  rendered(drawn: boolean, loadList: () => void): void {
    if (!this._renderPending || !drawn || this.status !== 'ready') return;
    this._renderPending = false;
    emit(this.host, 'rendered', { events: this.chronology?.events.length ?? 0 });
    setTimeout(loadList);
  }

  /** Reads the sources again, in order of precedence. */
  load(): void {
    this._abort?.abort();
    const host = this.host;
    const load = ++this._loads;
    const superseded = () => load !== this._loads;
    if (host.data !== undefined && host.data !== null) {
      if (!this.needsImport(host.data)) return this._ingest(host.data);
      return this.wait(this._import(host.data, document.baseURI, superseded));
    }
    if (host.src) return void this._fetch(host.src);
    const inline = inlineJsonText(host);
    // A large chronology in the page is parsed in a task after the one that defined the element (whose update draws
    // the empty box), and shown in the next one. Not for server-rendered DOM (`data-server`): hydration must find it parsed.
    if (inline !== undefined)
      return inline.length < SPLIT_FROM || host.hasAttribute('data-server')
        ? this._ingest(inline)
        : this.wait(nextTask().then(() => superseded() || this._ingest(inline, undefined, undefined, true)));
    // Progressive enhancement: the reader of an <ol> of events loads only when there is one.
    if (host.querySelector(':scope > ol'))
      return this.wait(
        import('../../import/list-markup.js').then(({ chronologyFromMarkup }) => {
          const markup = superseded() ? undefined : chronologyFromMarkup(host);
          if (markup) this._ingest(markup);
        }),
      );
    this._set({ status: 'empty' });
  }

  private _set(s: Partial<Pick<LoadController, 'status' | 'error' | 'chronology' | 'problems'>>) {
    Object.assign(this, s);
    this.host.requestUpdate();
  }

  /** Sets `pending` to `p` until it settles (also the model's way to have `updateComplete` wait for a large chronology's preparation in slices). */
  wait(p: Promise<unknown>) {
    const w = (this.pending = p.finally(() => {
      if (this.pending === w) this.pending = undefined;
    }));
  }

  private async _fetch(src: string) {
    const controller = (this._abort = new AbortController());
    this._set({ status: 'loading', error: '' });
    // The last src wins: a request that was superseded (new src, data, or
    // removal aborts its controller) never touches the element again, even
    // when its answer arrives after the newer one.
    const superseded = () => controller !== this._abort || controller.signal.aborted;
    let loader: typeof import('../../load/load.js') | undefined;
    try {
      // Fetching (its checks and error messages) is a module of its own, loaded only when there is a `src` (`updateComplete` waits for it).
      const module = import('../../load/load.js');
      this.wait(module);
      loader = await module;
      if (superseded()) return;
      const { body, base } = await loader.readSource(src, this.host, this.messages(), controller.signal);
      if (superseded()) return;
      if (this.needsImport(body)) await this._import(body, base, superseded);
      else this._ingest(body, base);
    } catch (e) {
      if (superseded()) return;
      this._fail(loader && e instanceof loader.LoadError ? e : String((e as Error)?.message ?? e));
    }
  }

  /**
   * Nothing can be shown: the error state (with Retry for `src`) and
   * `data-error` with `{message}`, plus `kind`, `url` and `status` for a
   * failed load and `problems` for data that is not a chronology.
   */
  private _fail(error: string | LoadError, problems: Problem[] = []) {
    const message = typeof error === 'string' ? error : error.message;
    this._set({ status: 'error', error: message, chronology: null });
    const detail =
      typeof error === 'string'
        ? { message, kind: 'data' as const, problems }
        : { message, kind: error.kind, url: error.url, ...(error.status !== undefined ? { status: error.status } : {}), problems };
    emit(this.host, 'data-error', detail);
  }

  /**
   * True when `input` is for an importer: `format` says so, or (`auto`) it is
   * text that is not JSON (CSV), or JSON that looks like TimelineJS (a
   * `timeline`, `eras`, events with `start_date` or `text` objects, a title
   * slide). Anything else is read as our own JSON, whose errors name its fields.
   */
  needsImport(input: unknown): boolean {
    const f = this.host.format;
    if (f === 'json') return false;
    if (f !== 'auto') return true;
    if (typeof input === 'string') {
      if (!/^\s*[[{]/.test(input)) return true;
      try {
        input = JSON.parse(input);
      } catch {
        return false;
      }
    }
    return !!input && typeof input === 'object' && !Array.isArray(input) && detectObject(input as Record<string, unknown>) === 'timelinejs';
  }

  /**
   * Converts TimelineJS JSON or CSV with the importers (import-action.ts, a
   * separate module loaded on first use) and shows the result.
   */
  private async _import(input: unknown, baseUrl: string, superseded: () => boolean) {
    const { imported } = await import('./import-action.js');
    if (superseded()) return;
    const r = imported(input, this.host.format, baseUrl);
    if (!r.chronology) return this._fail(r.problems.map(formatProblem).join('; '), r.problems);
    this._ingest(r.chronology, baseUrl, r);
  }

  /**
   * Parses and shows a chronology. `data-load` carries `{events, eventsIn,
   * problems, problemList}`: `eventsIn` (events in the input) always equals
   * `events` (shown) plus the events named in `problemList`.
   */
  private _ingest(
    input: unknown,
    baseUrl?: string /* parseChronology's default: document.baseURI */,
    imported?: { problems: Problem[]; eventsIn: number },
    /** Shown in a task after the one that parsed it (a large chronology: no task both parses and renders it). */
    split?: boolean,
  ) {
    // Data in the page (property, inline JSON) is relative to the page, or to the `base-url` the server rendered it with.
    // At once when the quick path takes the input (or the full parser is
    // loaded); else once the full parser's module has loaded, unless a newer
    // load came first.
    // A large input is parsed in slices: a newer load or the element's removal stops it.
    const load = this._loads;
    const parsed = parseSoon(input, { baseUrl: baseUrl ?? this.host.baseUrl }, () => load !== this._loads);
    const result = split ? nextTask().then(() => parsed) : parsed;
    if (!(result instanceof Promise)) return this.show(result, imported);
    this.wait(result.then((r) => load === this._loads && this.show(r, imported)));
  }

  /** Shows a parsed result (also the refresh controller's way in, with a merged chronology). */
  show(result: ParseResult, imported?: { problems: Problem[]; eventsIn: number }) {
    if (imported) {
      result.problems.unshift(...imported.problems);
      result.eventsIn = imported.eventsIn;
    }
    const problemList = result.problems;
    const c = result.chronology;
    this._set({ problems: problemList });
    if (!c) {
      this._fail(problemList.map(formatProblem).join('; '), problemList);
      emit(this.host, 'data-load', { events: 0, eventsIn: result.eventsIn, problems: problemList.length, problemList });
      return;
    }
    const update = this.chronology?.id === c.id && this.status === 'ready';
    this._set({ chronology: c, status: 'ready', error: '' });
    this._renderPending = true;
    this.onLoaded(c, update);
    emit(this.host, 'data-load', { events: c.events.length, eventsIn: result.eventsIn, problems: problemList.length, problemList });
    this.onShown();
  }
}
