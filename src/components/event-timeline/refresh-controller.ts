/**
 * Live stories for `<event-timeline>`, loaded only when `refresh` or
 * `remember-visit` is set:
 *
 * - `refresh="60"` fetches `src` again every 60 s, in every format `src`
 *   loads in (our JSON, TimelineJS JSON, CSV, a Google Sheets link; read
 *   through the same importers as the first load). The answer is merged into what is shown by event id (load/live.ts), so the
 *   reader's zoom, selection, filters and focus stay; a failed or unchanged
 *   fetch changes nothing. New events are marked "new" until opened, and
 *   each batch is announced once through the polite live region ("3 new
 *   events, latest 23 Jun, 14:05; 1 event updated").
 * - `remember-visit` marks the events added since the reader's last visit;
 *   the visit (a time and the event ids) is kept in `localStorage` on the
 *   reader's device only and is never sent anywhere.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import { mergeChronology, readVisit, recordVisit, sinceVisit, visitKey } from '../../load/live.js';
import { DEFAULT_TIMEOUT_MS, loadJson } from '../../load/load.js';
import { maybeSheetsLink } from '../../load/sheets-link.js';
import { parseSoon } from '../../schema/lazy-parse.js';
import type { Chronology, ParseResult } from '../../schema/result.js';
import { formatShortDate } from '../../time/format.js';
import { bodyMode, type LoadSource } from './load-controller.js';

/** The least time between two fetches, in seconds. */
export const MIN_REFRESH_S = 2;

/** What the controller reads on the element. */
export interface RefreshHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  refresh: number;
  rememberVisit: boolean;
  timeout: number;
  format: LoadSource['format'];
  selected: string | null;
}

/** What it uses of the load controller. */
export interface RefreshData {
  status: string;
  chronology: Chronology | null;
  show(result: ParseResult): void;
  /** Whether a body is for an importer (TimelineJS, CSV…), as the first load decided. */
  needsImport(input: unknown): boolean;
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
      const result = await this._read(src, abort.signal);
      // Superseded (new src, removed, or another load since): leave it.
      if (abort.signal.aborted || src !== h.src || this.data.chronology !== shown || !result.chronology) return;
      if (result.chronology.id !== shown.id) return this.data.show(result);
      const merged = mergeChronology(shown, result.chronology);
      const { added, changed } = merged;
      if (!added.length && !changed.length && !merged.removed.length) return;
      this.data.show({ ...result, chronology: merged.chronology });
      if (added.length) this._mark([...this.fresh, ...added]);
      // One announcement per batch: the new events, then how many were corrected.
      const m = this.i18n.m;
      const said = [
        added.length ? m.newEvents(added.length, this._latest(merged.chronology, added)) : '',
        changed.length ? m.eventsUpdated(changed.length) : '',
      ];
      if (added.length || changed.length) this.say(said.filter(Boolean).join(m.summarySeparator));
    } catch {
      // Offline, an error page, bad JSON or CSV: the chronology shown stays; try again next time.
    } finally {
      if (this._abort === abort) this._schedule();
    }
  }

  /** Fetches `src` and reads it as the first load did: a Sheets link as its CSV, other formats through their importer (with its problems). */
  private async _read(src: string, signal: AbortSignal): Promise<ParseResult> {
    const h = this.host;
    const m = this.i18n.m;
    const url = maybeSheetsLink(src) ? await (await import('../../load/sheets.js')).sheetsSource(src, m) : src;
    const body = await loadJson(url, {
      signal,
      timeoutMs: h.timeout >= 0 ? h.timeout : DEFAULT_TIMEOUT_MS,
      body: bodyMode(h.format),
      messages: m,
    });
    const baseUrl = new URL(url, document.baseURI).href;
    if (!this.data.needsImport(body)) return parseSoon(body, { baseUrl });
    const { imported } = await import('./import-action.js');
    const r = imported(body, h.format, baseUrl);
    if (!r.chronology) throw new Error('not a chronology');
    const result = await parseSoon(r.chronology, { baseUrl });
    return { ...result, problems: [...r.problems, ...result.problems], eventsIn: r.eventsIn };
  }

  /** The time of the latest of the `ids` ("23 Jun, 14:05"). */
  private _latest(c: Chronology, ids: readonly string[]): string {
    const set = new Set(ids);
    let latest: Chronology['events'][number] | undefined;
    for (const e of c.events) if (set.has(e.id) && e.start && (!latest || e.start.instant > latest.start.instant)) latest = e;
    return latest ? formatShortDate(latest, this.i18n.locale, this.model.zone.zone, this.i18n.m) : '';
  }
}
