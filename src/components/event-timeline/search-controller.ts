/**
 * Search in `<event-timeline>` (the `search` property and the search box):
 * the ids of the events that match, highlighted in the chart and the list
 * while the rest are dimmed; "12 of 80 events" said politely; Enter in the
 * box selects the next match (in time order, panning to it), Escape clears.
 *
 * The folding and matching (layout/search.ts) load on the first search, so
 * a timeline that is never searched does not fetch them.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../../events/emit.js';
import type { Messages } from '../../i18n/messages.js';
import { itemOf, revealView } from '../../layout/navigation.js';
import type { PreparedTimeline } from '../../layout/timeline-layout.js';
import type { Chronology } from '../../schema/parse.js';

type SearchModule = typeof import('../../layout/search.js');
let S: SearchModule | undefined;

export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  search: string;
  selected: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  selectEvent(id: string | null): void;
}

export class SearchController implements ReactiveController {
  /** Ids of the matching events; null when there is no search. */
  matches: ReadonlySet<string> | null = null;
  /** Set while the search module loads (`updateComplete` waits for it). */
  pending?: Promise<unknown>;
  private _index?: (query: string, lang?: string) => string[];
  private _indexOf?: Chronology | null;
  private _inputs: unknown[] = [];
  /** The reader typed or cleared: `search-change` goes out once the matches are known. */
  private _byReader = false;

  constructor(
    private host: SearchHost,
    private data: { readonly chronology: Chronology | null },
    private model: { readonly prepared: PreparedTimeline | null; readonly view: [number, number] | null },
    private i18n: { readonly lang: string; readonly m: Messages },
    private say: (text: string) => void,
    /** Shows a range in the chart (panning to the match). */
    private show: (v: [number, number]) => void,
  ) {
    host.addController(this);
  }

  /** Recomputes the matches when the query, the data or the filter changed (before each render). */
  hostUpdate(): void {
    const c = this.data.chronology;
    const p = this.model.prepared;
    const q = this.host.search?.trim() ?? '';
    const inputs = [c, p, q, this.i18n.lang];
    if (inputs.every((x, i) => x === this._inputs[i])) return;
    if (!q || !c) {
      this._inputs = inputs;
      this._done(null, q);
      return;
    }
    if (!S) {
      this.pending ??= import('../../layout/search.js').then((m) => {
        S = m;
        this.pending = undefined;
        this.host.requestUpdate();
      });
      return;
    }
    this._inputs = inputs;
    if (this._indexOf !== c) [this._indexOf, this._index] = [c, S.createSearchIndex(c)];
    this._done(new Set(this._index!(q, this.i18n.lang)), q);
  }

  private _done(matches: ReadonlySet<string> | null, query: string) {
    const was = this.matches;
    this.matches = matches;
    const ids = this._ordered();
    if (matches && (was?.size !== matches.size || this._byReader))
      this.say(this.i18n.m.searchCount(ids.length, this.model.prepared?.items.length ?? 0));
    if (this._byReader) emit(this.host, 'search-change', { query, matches: ids });
    this._byReader = false;
  }

  /** The matches the view shows (the topic filter applies), in time order. */
  private _ordered(): string[] {
    const m = this.matches;
    return m ? (this.model.prepared?.items ?? []).filter((it) => m.has(it.event.id)).map((it) => it.event.id) : [];
  }

  /** Selects the match after the selected event (the first after the last), pans to it and scrolls the list to it. */
  async next(): Promise<void> {
    await this.host.updateComplete;
    const ids = this._ordered();
    if (!ids.length) return;
    const p = this.model.prepared!;
    const items = p.items;
    const at = this.host.selected ? items.findIndex((it) => it.event.id === this.host.selected) : -1;
    const id = items.slice(at + 1).find((it) => this.matches!.has(it.event.id))?.event.id ?? ids[0]!;
    const it = itemOf(p, id);
    const v = it && revealView(it, this.model.view ?? p.extent, p.extent);
    if (v) this.show(v);
    this.host.selectEvent(id);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector(`.item[data-id="${CSS.escape(id)}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }

  private _set(query: string) {
    this._byReader = true;
    this.host.search = query;
  }

  private _onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void this.next();
    } else if (e.key === 'Escape' && this.host.search) {
      e.preventDefault();
      e.stopPropagation();
      this._set('');
    }
  };

  /** The search box (a labelled `<input type="search">`). */
  render(m: Messages) {
    return html`<input
      part="search"
      class="search"
      type="search"
      aria-label=${m.search}
      placeholder=${m.search}
      .value=${this.host.search ?? ''}
      @input=${(e: Event) => this._set((e.target as HTMLInputElement).value)}
      @keydown=${this._onKey}
    />`;
  }
}
