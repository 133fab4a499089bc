/**
 * Keyboard navigation of the chart: one Tab stop (the focused event's mark,
 * or the "+N" cluster holding it), then on a mark or cluster Left/Right
 * (previous/next event in time), Up/Down (nearest event in the lane
 * above/below), Home/End, PageUp/PageDown (previous/next day with events),
 * `+`/`-` (zoom around the event), `0` (reset), Enter/Space (select, or open
 * a cluster), Escape (close the details). Moving to an event out of view pans
 * to it; when an update removes the focused mark, focus moves to the nearest
 * one in view. Where each key leads is decided in layout/key-targets.ts,
 * and what it does in key-actions.ts (loaded when the chart first gets focus).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusOrder } from '../../layout/navigation.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import type { ZoomController } from './zoom-controller.js';

export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  selected: string | null;
  selectEvent(id: string | null): void;
}

export class KeyboardController implements ReactiveController {
  /** The event the reader last moved to (it keeps the Tab stop). */
  focusId: string | null = null;
  /** The key of the cluster that had focus before this update (its node is never given to another cluster). */
  focusedCluster: string | null = null;
  /** The id of the mark that had focus before an update, to restore focus if the update removed it. */
  hadFocus: string | null = null;
  /** True while `focusEvent` pans, zooms and focuses. */
  focusing = false;
  /** Set while the key handling loads (`updateComplete` waits for it). */
  pending?: Promise<unknown>;
  private _actions?: typeof import('./key-actions.js');
  private _loading?: Promise<typeof import('./key-actions.js')>;
  private _order: string[] = [];
  private _orderOf: TimelineLayout | null = null;

  constructor(
    readonly host: NavigationHost,
    readonly model: {
      readonly prepared: PreparedTimeline | null;
      readonly layout: TimelineLayout | null;
      readonly view: [number, number] | null;
    },
    readonly zoom: ZoomController,
    readonly rtl: () => boolean,
  ) {
    host.addController(this);
  }

  /** Primary marks in view, in time order: the keyboard's path through the chart. */
  get order(): string[] {
    const l = this.model.layout;
    if (l !== this._orderOf) [this._orderOf, this._order] = [l, l ? focusOrder(l) : []];
    return this._order;
  }

  hostUpdate(): void {
    const active = (this.host.shadowRoot?.activeElement as Element | null)?.closest('.mark, .cluster');
    this.hadFocus = active ? (active.getAttribute('data-id') ?? this.focusId) : null;
    this.focusedCluster = active?.getAttribute('data-key') ?? null;
  }

  /** Windowing or new data removed the focused mark: keep focus in the chart (see key-actions.ts; not while `focusEvent` moves it itself). */
  hostUpdated(): void {
    // Decided now (focus lost in this update), not when the keys' module arrives: by then the reader may have tabbed on.
    if (this.hadFocus && !this.focusing && !this.host.shadowRoot?.activeElement) this._run((m) => m.keepFocus(this));
  }

  /** Remembers the focused event (a mark's id; a cluster keeps the event that led to it), and loads the keys' actions on the first focus. */
  onFocusIn = (e: FocusEvent): void => {
    this._load();
    const id = (e.target as Element).closest?.('.mark.primary')?.getAttribute('data-id');
    if (id) this.setFocusId(id);
  };

  onClusterClick = (e: MouseEvent): void => {
    const el = e.currentTarget as Element;
    this._run((m) => m.clusterClick(this, el));
  };

  /**
   * The chart's keys, on the focused mark or cluster (see key-actions.ts). A
   * key that comes before that module has loaded is handled once it has; if
   * it moves focus, its default action (scrolling the page) is prevented now.
   */
  onKey = (e: KeyboardEvent): void => {
    const el = e.currentTarget as Element;
    if (!this._actions && !(e.altKey || e.ctrlKey || e.metaKey) && /^(Arrow|Page|Home|End)/.test(e.key)) e.preventDefault();
    this._run((m) => m.handleKey(this, e, el));
  };

  /** Closes the details panel and returns focus to its event. */
  async closeDetails(): Promise<void> {
    const id = this.host.selected;
    this.host.selectEvent(null);
    if (id) await this.focusEvent(id);
  }

  /**
   * Moves keyboard focus to an event's mark, panning to it first when it is
   * outside the view (its cluster's when it is hidden in a crowd; see key-actions.ts).
   */
  focusEvent(id: string): Promise<void> {
    return this._actions ? this._actions.focusEvent(this, id) : this._load().then((m) => m.focusEvent(this, id));
  }

  /** Sets the event that keeps the Tab stop. */
  setFocusId(id: string): void {
    if (id === this.focusId) return;
    this.focusId = id;
    this.host.requestUpdate();
  }

  /** Runs `f` with the keys' actions: at once when they are loaded, else once they are. */
  private _run(f: (m: typeof import('./key-actions.js')) => unknown) {
    if (this._actions) f(this._actions);
    else void this._load().then(f);
  }

  /**
   * Loads what the keys do, when the chart first gets focus (not with the
   * first render: fetched then, it cost ~10 ms of the first frame at 30 events).
   */
  private _load() {
    if (this._loading) return this._loading;
    return (this.pending = this._loading =
      import('./key-actions.js').then((m) => {
        this._actions = m;
        this.pending = undefined;
        return m;
      }));
  }
}
