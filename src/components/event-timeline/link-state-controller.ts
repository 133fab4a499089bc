/**
 * `link-state`: the reader's view in the page URL's fragment (the format is
 * load/url-state.ts's), loaded when the attribute is set (reader-module.ts).
 *
 * - When the data is shown, the state the URL holds for this timeline (its
 *   element `id`'s pairs, else the bare ones) is restored; fields the URL
 *   does not name keep the page's settings.
 * - After each update, the URL follows: a change of the visible range alone
 *   replaces the current history entry (no entry per pan frame); a
 *   deliberate change (selection, filter, grouping, zone, search) becomes a
 *   new entry once the reader pauses (typing a search is one entry).
 * - Back, Forward and an edited fragment (`popstate`, `hashchange`) restore
 *   the state they lead to.
 *
 * A fragment that cannot be read is ignored field by field, never thrown.
 */
import type { ReactiveController } from 'lit';
import { decodeUrlState, encodeUrlState, historyMode, type UrlState } from '../../load/url-state.js';
import type { ToolsDeps, ToolsHost } from './reader-tools.js';

/** How long the reader pauses before a deliberate change becomes a history entry, ms. */
const PUSH_DELAY = 400;

/** The settings the URL may override, as the page gave them. */
interface Defaults {
  zone?: string;
  topics: string[];
  group: ToolsHost['groupBy'];
  q: string;
}

export class LinkStateController implements ReactiveController {
  /** The state of the current history entry. */
  private _entry: UrlState = {};
  private _defaults?: Defaults;
  private _timer?: ReturnType<typeof setTimeout>;
  private _listening = false;
  /** A state was just restored: the next update writes what it became over the entry (a link's `group=actor`, a range clamped), never a new one. */
  private _settle = false;

  constructor(
    private host: ToolsHost,
    private deps: ToolsDeps,
  ) {
    host.addController(this);
    this.hostConnected();
    host.requestUpdate();
  }

  private get _key() {
    return this.host.id || undefined;
  }

  hostConnected(): void {
    if (this._listening) return;
    this._listening = true;
    addEventListener('popstate', this._onNavigate);
    addEventListener('hashchange', this._onNavigate);
  }

  hostDisconnected(): void {
    this._listening = false;
    removeEventListener('popstate', this._onNavigate);
    removeEventListener('hashchange', this._onNavigate);
    clearTimeout(this._timer);
  }

  hostUpdated(): void {
    const { host, deps } = this;
    if (!host.linkState || deps.data.status !== 'ready' || !deps.data.chronology || !deps.model.prepared) return;
    if (!this._defaults) {
      this._defaults = { zone: host.timeZone, topics: [...deps.topics.active], group: host.groupBy, q: host.search };
      // After this update: restoring sets properties, which is another one.
      queueMicrotask(this._onNavigate);
      return;
    }
    const now = this._current();
    if (this._settle) {
      this._settle = false;
      if (historyMode(this._entry, now) !== 'none') this._write(now, false);
      this._entry = now;
      return;
    }
    const mode = historyMode(this._entry, now);
    if (mode === 'none') return;
    if (mode === 'replace') return this._write(now, false);
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      const s = this._current();
      if (historyMode(this._entry, s) !== 'none') this._write(s, historyMode(this._entry, s) === 'push');
    }, PUSH_DELAY);
  }

  /** The timeline's state, with only what differs from the page's settings. */
  private _current(): UrlState {
    const { host, deps } = this;
    const d = this._defaults!;
    const s: UrlState = {};
    if (host.selected) s.event = host.selected;
    const v = deps.model.view;
    if (v) [s.from, s.to] = v;
    if (host.timeZone && host.timeZone !== d.zone) s.zone = host.timeZone;
    const topics = [...deps.topics.active];
    if (topics.join() !== d.topics.join()) s.topics = topics;
    if (host.groupBy !== d.group) s.group = host.groupBy;
    if (host.search && host.search !== d.q) s.q = host.search;
    return s;
  }

  private _write(s: UrlState, push: boolean) {
    this._entry = s;
    const hash = encodeUrlState(location.hash, s, this._key);
    if (hash === location.hash) return;
    const url = hash || location.pathname + location.search;
    if (push) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Restores the state the URL holds (on load, Back, Forward or an edited fragment). */
  private _onNavigate = (): void => {
    const { host, deps } = this;
    const d = this._defaults;
    const c = deps.data.chronology;
    if (!d || !c || !host.linkState) return;
    clearTimeout(this._timer);
    const s = decodeUrlState(location.hash, this._key);
    const id = s.event && c.events.some((e) => e.id === s.event) ? s.event : null;
    if (id !== host.selected) host.selectEvent(id);
    host.timeZone = s.zone ?? d.zone;
    deps.topics.set(new Set(s.topics?.filter((t) => c.topicsById.has(t)) ?? d.topics));
    host.groupBy = s.group ?? d.group;
    host.search = s.q ?? d.q;
    deps.zoom.setView(s.from !== undefined && s.to !== undefined ? [s.from, s.to] : null);
    this._entry = s;
    this._settle = true;
    host.requestUpdate();
  };
}
