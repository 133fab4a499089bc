/**
 * Live stories for `<event-timeline>`, loaded only when `refresh` or
 * `remember-visit` is set:
 *
 * - `refresh="60"` fetches `src` again every 60 s (JSON chronologies). The
 *   answer is merged into what is shown by event id (load/live.ts), so the
 *   reader's zoom, selection, filters and focus stay; a failed or unchanged
 *   fetch changes nothing. New events are marked "new" until opened, and
 *   each batch is announced once through the polite live region ("3 new
 *   events, latest 23 Jun, 14:05").
 * - `remember-visit` marks the events added since the reader's last visit;
 *   the visit (a time and the event ids) is kept in `localStorage` on the
 *   reader's device only and is never sent anywhere.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { mergeChronology, readVisit, recordVisit, sinceVisit, visitKey } from '../../load/live.js';
import { DEFAULT_TIMEOUT_MS, loadJson } from '../../load/load.js';
import { parseSoon } from '../../schema/lazy-parse.js';
import type { Chronology, ParseResult } from '../../schema/result.js';
import { formatShortDate } from '../../time/format.js';

/** The least time between two fetches, in seconds. */
export const MIN_REFRESH_S = 2;

/** What the controller reads on the element. */
export interface RefreshHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  refresh: number;
  rememberVisit: boolean;
  timeout: number;
  selected: string | null;
}

/** What it uses of the load controller. */
export interface RefreshData {
  status: string;
  chronology: Chronology | null;
  show(result: ParseResult): void;
}

/** The device's `localStorage`, or null where it cannot be used (private modes, sandboxed frames). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export class RefreshController implements ReactiveController {
  /** Events not seen yet: added by a refresh, or since the last visit. Replaced on each change. */
  fresh: ReadonlySet<string> = new Set();
  private _timer?: ReturnType<typeof setTimeout>;
  private _every = 0;
  private _abort?: AbortController;
  /** The chronology the visit was last recorded for. */
  private _visited?: Chronology;

  constructor(
    private host: RefreshHost,
    private data: RefreshData,
    private i18n: { m: Messages; locale: string },
    /** The display zone now (the model's). */
    private model: { zone: { zone: string } },
    /** Says a text through the live region. */
    private say: (text: string) => void,
  ) {
    host.addController(this);
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this._every = 0;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
    this._abort?.abort();
  }

  /** Before each render: the schedule follows `refresh`, an opened event is seen, a new load is a visit. */
  hostUpdate(): void {
    const h = this.host;
    const every = h.refresh > 0 && h.src && !h.data ? Math.max(h.refresh, MIN_REFRESH_S) : 0;
    if (every !== this._every) {
      this._every = every;
      this._schedule();
    }
    if (h.selected && this.fresh.has(h.selected)) this._mark([...this.fresh].filter((id) => id !== h.selected));
    const c = this.data.status === 'ready' ? this.data.chronology : null;
    if (c && c !== this._visited && h.rememberVisit) this._visit(c);
  }

  private _schedule() {
    clearTimeout(this._timer);
    this._timer = this._every ? setTimeout(() => void this._poll(), this._every * 1000) : undefined;
  }

  private _mark(ids: Iterable<string>) {
    this.fresh = new Set(ids);
    this.host.requestUpdate();
  }

  /** A visit: the events added since the last one are new (the first visit marks none); this one is recorded. */
  private _visit(c: Chronology) {
    const first = !this._visited || this._visited.id !== c.id;
    this._visited = c;
    const store = storage();
    if (!store) return;
    try {
      const key = visitKey(c.id);
      if (first) {
        const { added } = sinceVisit(c, readVisit(store.getItem(key)));
        if (added.length) this._mark([...this.fresh, ...added]);
      }
      store.setItem(key, JSON.stringify(recordVisit(c, Date.now())));
    } catch {
      // Storage full or refused: the marks stay as they are.
    }
  }

  /** Fetches `src` again and merges it in; any failure keeps what is shown until the next try. */
  private async _poll() {
    const h = this.host;
    const shown = this.data.chronology;
    const src = h.src;
    if (!src || !shown || this.data.status !== 'ready') return this._schedule();
    const abort = (this._abort = new AbortController());
    try {
      const body = await loadJson(src, {
        signal: abort.signal,
        timeoutMs: h.timeout >= 0 ? h.timeout : DEFAULT_TIMEOUT_MS,
        body: 'json',
        messages: this.i18n.m,
      });
      const result = await parseSoon(body, { baseUrl: new URL(src, document.baseURI).href });
      // Superseded (new src, removed, or another load since): leave it.
      if (abort.signal.aborted || src !== h.src || this.data.chronology !== shown || !result.chronology) return;
      if (result.chronology.id !== shown.id) return this.data.show(result);
      const merged = mergeChronology(shown, result.chronology);
      if (!merged.added.length && !merged.changed.length && !merged.removed.length) return;
      this.data.show({ ...result, chronology: merged.chronology });
      if (merged.added.length) {
        this._mark([...this.fresh, ...merged.added]);
        this.say(this.i18n.m.newEvents(merged.added.length, this._latest(merged.chronology, merged.added)));
      }
    } catch {
      // Offline, an error page, bad JSON: the chronology shown stays; try again next time.
    } finally {
      if (this._abort === abort) this._schedule();
    }
  }

  /** The time of the latest of the `ids` ("23 Jun, 14:05"). */
  private _latest(c: Chronology, ids: readonly string[]): string {
    const set = new Set(ids);
    let latest: Chronology['events'][number] | undefined;
    for (const e of c.events) if (set.has(e.id) && e.start && (!latest || e.start.instant > latest.start.instant)) latest = e;
    return latest ? formatShortDate(latest, this.i18n.locale, this.model.zone.zone, this.i18n.m) : '';
  }
}
