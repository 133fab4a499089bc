import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { markColor } from '../../internal/color.js';
import { emit } from '../../internal/emit.js';
import { inlineJsonText } from '../../internal/inline-json.js';
import { chronologyFromMarkup } from '../../internal/list-markup.js';
import { DEFAULT_TIMEOUT_MS, LoadError, loadJson } from '../../internal/load.js';
import { messages } from '../../internal/messages.js';
import { GROUP_BY, type GroupBy } from '../../layout/lanes.js';
import { truncateToWidth } from '../../layout/stack.js';
import { timeScale } from '../../layout/time-scale.js';
import {
  computeTimelineLayout,
  prepareTimeline,
  type PositionedEvent,
  type PreparedTimeline,
  type SpannedEvent,
  type ClusterLayout,
  type TimelineLayout,
} from '../../layout/timeline-layout.js';
import type { ChronologyInput } from '../../schema/chronology-schema.js';
import { formatProblem, leftOutEvents, parseChronology, type Chronology, type Problem, type TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { dayKey } from '../../time/days.js';
import { formatShortDate } from '../../time/format.js';
import { formatter } from '../../time/intl.js';
import { isTimeZone, offsetName } from '../../time/zone.js';
import { styles } from './event-timeline.styles.js';
import { detailsStyles, renderDetails } from './details-view.js';
import type * as ListView from './list-view.js';

type Status = 'empty' | 'loading' | 'error' | 'ready';

const LABEL_FONT_SIZE = 12;
const MIN_VISIBLE_SPAN = 2 * 3_600_000;
const LIST_PAGE = 200;

/**
 * A news chronology as a zoomable chart: a horizontal time axis, events as
 * dots (instants and days) and bars (periods) in lanes by actor or topic,
 * and a details panel for the selected event with its actors, topics and
 * sources.
 *
 * Data comes from the `data` property, a `src` URL, an inline
 * `<script type="application/json">` child, or an `<ol>` of `<li>`s with
 * `<time datetime>` (progressive enhancement: the list is readable before
 * JavaScript runs), in that order of precedence. It is validated: events
 * with problems are left out and listed; the rest are drawn.
 *
 * Two views: the chart, and a list of days (an ordered list with each day's
 * `<time datetime>` heading) with the same information. `view="auto"` (the
 * default) shows the list when the element is narrower than
 * `list-breakpoint`; a Chart/List toggle lets the reader choose.
 *
 * Keyboard: one Tab stop into the chart, then Left/Right (previous/next
 * event in time), Up/Down (nearest event in the lane above/below),
 * Home/End, PageUp/PageDown (previous/next day), `+`/`-` (zoom around the
 * event), `0` (reset), Enter/Space (select), Escape (close the details and
 * return to the event). Moving to an event out of view pans to it.
 * Selection and range changes are announced through a polite live region.
 *
 * Only the events in view (plus half a view on each side) are in the DOM;
 * where marks would crowd, a lane shows a "+N" cluster instead. Giving new
 * `data` with the same chronology `id` (events appended or corrected) keeps
 * the reader's zoom, and unchanged marks keep their DOM nodes.
 *
 * @summary A zoomable, accessible chart of a news chronology.
 * @tag event-timeline
 *
 * @slot filters - Replaces the default topic filter bar (put `<topic-badge>`s here).
 *
 * @fires {DataLoadEvent} data-load - A dataset was parsed: `{events, eventsIn, problems, problemList}` (events in = shown + left out and reported).
 * @fires {DataErrorEvent} data-error - Nothing could be shown (HTTP error, network or CORS, timeout, not JSON, not a chronology): `{message, kind, url?, status?, problems}`.
 * @fires {RenderedEvent} rendered - The first full render of new data at the element's real width: `{events}`.
 * @fires {EventSelectEvent} event-select - An event was selected by click, Enter or Space: `{id}`.
 * @fires {RangeChangeEvent} range-change - The visible time range changed: `{start, end}` (Dates).
 * @fires {FilterChangeEvent} filter-change - The active topic filter changed: `{topics}`.
 *
 * @csspart title - The chronology's title.
 * @csspart controls - The zoom buttons and the view toggle.
 * @csspart view-toggle - The Chart/List toggle (two buttons with `aria-pressed`).
 * @csspart list - The list view.
 * @csspart chart - The SVG.
 * @csspart axis - The time axis (ticks and labels).
 * @csspart lane - A lane's background band.
 * @csspart lane-label - A lane's label.
 * @csspart event - An event mark (also carries `data-id`).
 * @csspart cluster - A "+N" mark standing for a dense stretch of events in a lane (`data-count`); click or Enter zooms into it.
 * @csspart link - The line joining one event's marks in several lanes.
 * @csspart legend - The key to the marks.
 * @csspart filters - The topic filter bar.
 * @csspart details - The details panel of the selected event.
 * @csspart status - The loading message.
 * @csspart error - The error message (with its retry button).
 * @csspart problems - The list of data problems.
 *
 * @cssproperty --chronoline-font-family - Font of everything (inherits from the page by default).
 * @cssproperty [--chronoline-event-timeline-font-size=1rem] - Base size of the text around the chart.
 * @cssproperty --chronoline-color-text - Main text colour.
 * @cssproperty --chronoline-color-muted - Secondary text: axis, dates, captions.
 * @cssproperty --chronoline-color-background - Background of buttons and marks' outlines.
 * @cssproperty --chronoline-color-surface - Background of cards and notes.
 * @cssproperty --chronoline-color-grid - Gridlines.
 * @cssproperty --chronoline-color-accent - Focus ring, selection and links.
 * @cssproperty [--chronoline-radius=6px] - Corner radius of panels and buttons.
 * @cssproperty --chronoline-event-timeline-lane-background - Background of every other lane.
 * @cssproperty --chronoline-event-timeline-details-background - Background of the details panel.
 */
export class EventTimeline extends LitElement {
  static override styles = [styles, detailsStyles];

  /** The chronology, as an object (or a JSON string). Takes precedence over `src`. */
  @property({ attribute: false }) data?: ChronologyInput | string | null;

  /** URL of a chronology JSON file. */
  @property() src?: string;

  /**
   * Milliseconds to wait for `src` before giving up with a timeout error
   * (and a Retry button). `0` waits forever. Default 15,000.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** How events are grouped into lanes: `actor` (default), `topic` or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'actor';

  /** The id of the selected event (its details are shown). Reflected. */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * Zone the axis follows: an IANA name (`Asia/Tehran`), `UTC`, or `local`
   * for the reader's. Defaults to the chronology's `timeZone`, then UTC.
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Most lanes when grouping by actor; the least active actors share the last one. */
  @property({ type: Number, attribute: 'max-lanes' }) maxLanes = 8;

  /** Hides the chronology's title above the chart (for pages that have their own heading); the controls stay. */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;

  /**
   * `chart`, `list` (the events as an ordered list of days), or `auto`: the
   * list when the element is narrower than `list-breakpoint`, the chart
   * otherwise. The reader can switch with the Chart/List toggle. Reflected.
   */
  @property({ reflect: true }) view: 'chart' | 'list' | 'auto' = 'auto';

  /**
   * Keeps `#event=<id>` in the page URL in step with the selection, and
   * opens that event when the page loads with it (deep links to an event).
   */
  @property({ type: Boolean, attribute: 'link-selection' }) linkSelection = false;

  /** Width of the element, in CSS px, below which `view="auto"` shows the list. */
  @property({ type: Number, attribute: 'list-breakpoint' }) listBreakpoint = 520;

  @state() private _status: Status = 'empty';
  @state() private _error = '';
  @state() private _chronology: Chronology | null = null;
  @state() private _problems: Problem[] = [];
  @state() private _width = 0;
  @state() private _view: [number, number] | null = null;
  @state() private _activeTopics: ReadonlySet<string> = new Set();
  @state() private _focusId: string | null = null;
  /** Events the list view renders (more on "Show more"). */
  @state() private _listLimit = LIST_PAGE;
  /** True between `beforeprint` and `afterprint`. */
  @state() private _printing = false;
  /** What the polite live region says. */
  @state() private _live = '';


  private _prepared: PreparedTimeline | null = null;
  private _layout: TimelineLayout | null = null;
  private _abort?: AbortController;
  private _resize?: ResizeObserver;
  private _zoom?: ZoomBehavior<SVGSVGElement, unknown>;
  private _zoomTarget?: SVGSVGElement;
  private _renderPending = false;
  private _resizeFrame = 0;
  private _lastRange = '';
  /** Primary marks in view, in time order: the keyboard's path through the chart. */
  private _focusOrder: string[] = [];
  /** Accessible names of marks, per event id, for the current data, zone and language. */
  private _names = new Map<string, string>();
  private _measureCache = new Map<string, number>();
  private _dayNames = new Map<string, string>();
  /** Event id → index in the prepared (time-ordered, filtered) items. */
  private _itemIndex = new Map<string, number>();
  /** Per lane, the events whose first lane it is, by anchor time (built on first Up/Down). */
  private _byLane: Map<string, SpannedEvent[]> | null = null;
  /** The id of the mark that had focus before an update, to restore focus if the update removed it. */
  private _hadFocus: string | null = null;
  /** The list view's module, once loaded (see `_loadList`). */
  @state() private _list?: typeof ListView;
  private _listLoading?: Promise<void>;
  /** True while `_focusEvent` pans, zooms and focuses. */
  private _focusing = false;
  private _canvas?: CanvasRenderingContext2D | null;
  private _font = '';

  /** The validated chronology now shown (null until one is loaded). */
  get chronology(): Chronology | null {
    return this._chronology;
  }

  /** Problems found in the current data (each with a JSON path and a sentence). */
  get problems(): readonly Problem[] {
    return this._problems;
  }

  /** Ids of the topics the timeline is filtered to (empty: all events shown). */
  get activeTopics(): string[] {
    return [...this._activeTopics];
  }
  set activeTopics(ids: string[]) {
    this._setActiveTopics(new Set(ids));
  }

  /** The visible time range. */
  get range(): { start: Date; end: Date } | null {
    const d = this._view ?? this._prepared?.extent;
    return d ? { start: new Date(d[0]), end: new Date(d[1]) } : null;
  }

  /** Turns one topic filter on or off. */
  setTopicActive(id: string, active: boolean): void {
    const next = new Set(this._activeTopics);
    if (active) next.add(id);
    else next.delete(id);
    this._setActiveTopics(next);
  }

  /** Zooms in (factor > 1) or out (factor < 1) around the centre of the view. */
  zoomBy(factor: number): void {
    if (this._zoom && this._zoomTarget) select(this._zoomTarget).call(this._zoom.scaleBy, factor);
  }

  /** Shows the whole chronology again. */
  resetZoom(): void {
    if (this._zoom && this._zoomTarget) select(this._zoomTarget).call(this._zoom.transform, zoomIdentity);
    else this._view = null;
  }

  /** Loads `src` again (after a failure, or to pick up new data). */
  reload(): void {
    this._loadFromSources();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize = new ResizeObserver((entries) => {
      const w = Math.floor(entries[entries.length - 1]!.contentRect.width);
      // Hidden (display: none) reports 0: keep the last width until shown again.
      // The new width changes our height; applying it in the next frame keeps
      // that change out of this observer pass (no "ResizeObserver loop" error).
      if (w > 0 && w !== this._width) {
        cancelAnimationFrame(this._resizeFrame);
        this._resizeFrame = requestAnimationFrame(() => (this._width = w));
      }
    });
    this._resize.observe(this);
    window.addEventListener('hashchange', this._onHash);
    window.addEventListener('beforeprint', this._onPrint);
    window.addEventListener('afterprint', this._onPrint);
    if (this._status === 'empty') this._loadFromSources();
  }

  /** The event named by the URL's `#event=<id>`, with `link-selection`. */
  private _onHash = () => {
    const m = /^#event=(.+)$/.exec(location.hash);
    const id = m ? decodeURIComponent(m[1]!) : null;
    if (this.linkSelection && id && id !== this.selected && this._chronology?.events.some((e) => e.id === id)) this.selectEvent(id);
  };

  /** Printing shows the list view (every event, as text), not a clipped chart. */
  private _onPrint = (e: Event) => {
    this._printing = e.type === 'beforeprint';
    if (this._printing) this._loadList();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    window.removeEventListener('hashchange', this._onHash);
    window.removeEventListener('beforeprint', this._onPrint);
    window.removeEventListener('afterprint', this._onPrint);
    cancelAnimationFrame(this._resizeFrame);
    // Removed while loading: cancel the request, and load again if put back
    // (moving an element in the DOM disconnects and reconnects it).
    this._abort?.abort();
    if (this._status === 'loading') this._status = 'empty';
    if (this._zoomTarget) select(this._zoomTarget).on('.zoom', null);
    this._zoomTarget = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const active = (this.shadowRoot?.activeElement as Element | null)?.closest('.mark, .cluster');
    this._hadFocus = active ? (active.getAttribute('data-id') ?? this._focusId) : null;
    // Before the first update, connectedCallback may already have loaded.
    if ((changed.has('data') || changed.has('src')) && (this.hasUpdated || this._status === 'empty')) this._loadFromSources();

    const lang = this._lang();
    let prepared = false;
    if (
      changed.has('_chronology' as keyof EventTimeline) ||
      changed.has('groupBy') ||
      changed.has('timeZone') ||
      changed.has('maxLanes') ||
      changed.has('_activeTopics' as keyof EventTimeline) ||
      changed.has('lang')
    ) {
      if (!GROUP_BY.includes(this.groupBy)) this.groupBy = 'actor';
      this._prepared = this._chronology
        ? prepareTimeline(this._chronology, {
            groupBy: this.groupBy,
            timeZone: this._displayZone(),
            activeTopics: this._activeTopics,
            maxLanes: this.maxLanes,
            lang,
            othersLabel: messages.others,
          })
        : null;
      this._names.clear();
      this._itemIndex = new Map(this._prepared?.items.map((it, i) => [it.event.id, i]));
      this._byLane = null;
      this._listLimit = LIST_PAGE;
      prepared = true;
    }
    // Selection and focus changes re-render but do not move anything.
    if (
      !prepared &&
      !changed.has('_width' as keyof EventTimeline) &&
      !changed.has('_view' as keyof EventTimeline) &&
      !changed.has('view') &&
      !changed.has('listBreakpoint')
    )
      return;
    if (this._prepared && this._width > 0 && this._currentView() === 'chart') {
      this._resolveFont();
      this._layout = computeTimelineLayout(this._prepared, {
        width: this._width,
        domain: this._view ?? this._prepared.extent,
        locale: lang,
        lang,
        measureText: this._measure,
      });
      this._focusOrder = this._layout.marks
        .filter((m) => m.primary && m.inView)
        .sort((a, b) => a.x - b.x || a.y - b.y)
        .map((m) => m.id);
    } else {
      this._layout = null;
      this._focusOrder = [];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this._attachZoom();
    if (this.linkSelection && changed.has('selected') && this._status === 'ready') {
      const hash = this.selected ? `#event=${encodeURIComponent(this.selected)}` : '';
      if (location.hash !== hash && (hash || location.hash.startsWith('#event='))) history.replaceState(history.state, '', hash || location.pathname + location.search);
    }
    // Windowing or new data removed the focused mark: keep focus in the chart.
    // (Not while _focusEvent is moving focus itself.)
    if (this._hadFocus && !this._focusing && !this.shadowRoot!.activeElement && this._layout && (this._focusOrder.length || this._layout.clusters.length)) {
      const want = this._focusId ?? this._hadFocus;
      const id = this._focusOrder.includes(want) || this._clusterOf(want) || !this._focusOrder.length ? want : this._nearestInView(want);
      this._hadFocus = null;
      void this._focusEvent(id);
    }
    if (this._renderPending && (this._layout || (this._width > 0 && this._currentView() === 'list' && this._list)) && this._status === 'ready') {
      this._renderPending = false;
      emit(this, 'rendered', { events: this._chronology?.events.length ?? 0 });
      // Ready for printing (which shows the list) before anyone prints.
      setTimeout(() => this._loadList(), 0);
    }
  }

  // ---------------------------------------------------------------- data

  private _loadFromSources() {
    this._abort?.abort();
    if (this.data !== undefined && this.data !== null) return this._ingest(this.data);
    if (this.src) return void this._fetch(this.src);
    const inline = inlineJsonText(this);
    if (inline !== undefined) return this._ingest(inline);
    const markup = chronologyFromMarkup(this);
    if (markup) return this._ingest(markup);
    this._status = 'empty';
  }

  private async _fetch(url: string) {
    this._abort?.abort();
    const controller = (this._abort = new AbortController());
    this._status = 'loading';
    this._error = '';
    // The last src wins: a request that was superseded (new src, data, or
    // removal aborts its controller) never touches the element again, even
    // when its answer arrives after the newer one.
    const superseded = () => controller !== this._abort || controller.signal.aborted;
    try {
      const timeoutMs = this.timeout >= 0 ? this.timeout : DEFAULT_TIMEOUT_MS; // NaN (timeout="abc") or negative: the default
      const json = await loadJson(url, { signal: controller.signal, timeoutMs });
      if (superseded()) return;
      // Relative links in the file are relative to the file.
      this._ingest(json, new URL(url, document.baseURI).href);
    } catch (e) {
      if (superseded()) return;
      this._fail(e instanceof LoadError ? e : String((e as Error)?.message ?? e));
    }
  }

  /**
   * Nothing can be shown: the error state (with Retry for `src`) and
   * `data-error` with `{message}`, plus `kind`, `url` and `status` for a
   * failed load and `problems` for data that is not a chronology.
   */
  private _fail(error: string | LoadError, problems: Problem[] = []) {
    const message = typeof error === 'string' ? error : error.message;
    this._status = 'error';
    this._error = message;
    this._chronology = null;
    const detail =
      typeof error === 'string'
        ? { message, kind: 'data' as const, problems }
        : { message, kind: error.kind, url: error.url, ...(error.status !== undefined ? { status: error.status } : {}), problems };
    emit(this, 'data-error', detail);
  }

  /**
   * Parses and shows a chronology. `data-load` carries `{events, eventsIn,
   * problems, problemList}`: `eventsIn` (events in the input) always equals
   * `events` (shown) plus the events named in `problemList`. Dev mode
   * (`globalThis.CHRONOLINE_DEV = true` before the data loads) adds warnings
   * for unknown fields.
   */
  private _ingest(input: unknown, baseUrl = document.baseURI) {
    const result = parseChronology(input, { baseUrl });
    const problemList = result.problems;
    this._problems = problemList;
    if (!result.chronology) {
      this._fail(problemList.map(formatProblem).join('; '), problemList);
      const detail = { events: 0, eventsIn: result.eventsIn, problems: problemList.length, problemList };
      emit(this, 'data-load', detail);
      return;
    }
    // An update of the same chronology (events appended or corrected) keeps
    // the reader's zoom and pan; another chronology starts zoomed out.
    const update = this._chronology?.id === result.chronology.id && this._status === 'ready';
    this._chronology = result.chronology;
    this._status = 'ready';
    this._error = '';
    if (!update) {
      this._view = null;
      this._lastRange = '';
    }
    this._activeTopics = new Set([...this._activeTopics].filter((t) => result.chronology!.topicsById.has(t)));
    if (this.selected && !result.chronology.events.some((e) => e.id === this.selected)) this.selected = null;
    this._renderPending = true;
    const detail = { events: result.chronology.events.length, eventsIn: result.eventsIn, problems: problemList.length, problemList };
    emit(this, 'data-load', detail);
    this._onHash();
  }

  // ---------------------------------------------------------------- state helpers


  private _setActiveTopics(next: Set<string>) {
    const same = next.size === this._activeTopics.size && [...next].every((t) => this._activeTopics.has(t));
    if (same) return;
    this._activeTopics = next;
    emit(this, 'filter-change', { topics: [...next] });
  }

  private _lang(): string {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  private _displayZone(): string {
    const z = this.timeZone;
    if (z === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (z && isTimeZone(z)) return z;
    if (z) console.warn(`chronoline: time-zone="${z}" is not a time zone; using the chronology's.`);
    return this._chronology?.timeZone ?? 'UTC';
  }

  /** Reads the element's font once per layout (widths are cached per font). */
  private _resolveFont() {
    const font = `${LABEL_FONT_SIZE}px ${getComputedStyle(this).fontFamily || 'sans-serif'}`;
    if (font !== this._font) {
      this._font = font;
      this._measureCache.clear();
    }
  }

  /** Label width in px, measured with the element's own font. */
  private _measure = (text: string): number => {
    if (this._canvas === undefined) this._canvas = document.createElement('canvas').getContext('2d');
    let w = this._measureCache.get(text);
    if (w === undefined) {
      if (this._canvas) {
        this._canvas.font = this._font;
        w = this._canvas.measureText(text).width;
      } else w = text.length * 7;
      this._measureCache.set(text, w);
    }
    return w;
  };

  // ---------------------------------------------------------------- zoom

  private _attachZoom() {
    const target = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    if (!target || !this._prepared) {
      this._zoomTarget = undefined;
      return;
    }
    const layout = this._layout!;
    const [e0, e1] = this._prepared.extent;
    const maxK = Math.max(1, (e1 - e0) / MIN_VISIBLE_SPAN);
    if (!this._zoom) {
      this._zoom = zoom<SVGSVGElement, unknown>()
        .duration(0)
        .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this._onZoom(event.transform))
        .on('end', () => this._emitRange());
    }
    this._zoom
      .scaleExtent([1, maxK])
      .extent([
        [layout.plotLeft, 0],
        [layout.plotRight, layout.height],
      ])
      .translateExtent([
        [layout.plotLeft, -Infinity],
        [layout.plotRight, Infinity],
      ]);
    if (target !== this._zoomTarget) {
      this._zoomTarget = target;
      select(target).call(this._zoom);
    }
    // Keep d3's transform in step with the view (after a resize or new data).
    const want = this._transformFor(this._view ?? this._prepared.extent);
    const have = zoomTransform(target);
    if (Math.abs(have.k - want.k) > 1e-6 || Math.abs(have.x - want.x) > 0.5) select(target).call(this._zoom.transform, want);
  }

  private _baseScale() {
    const l = this._layout!;
    return timeScale(this._prepared!.extent, [l.plotLeft, l.plotRight]);
  }

  private _transformFor([v0, v1]: [number, number]): ZoomTransform {
    const x = this._baseScale();
    const l = this._layout!;
    const k = (l.plotRight - l.plotLeft) / (x(v1) - x(v0));
    return zoomIdentity.translate(l.plotLeft - k * x(v0), 0).scale(k);
  }

  private _onZoom(t: ZoomTransform) {
    if (!this._prepared || !this._layout) return;
    const x = this._baseScale();
    const l = this._layout;
    const [a, b] = [x.invert(t.invertX(l.plotLeft)), x.invert(t.invertX(l.plotRight))];
    const [e0, e1] = this._prepared.extent;
    const next: [number, number] | null = t.k <= 1 + 1e-9 && Math.abs(t.x) < 0.5 ? null : [Math.max(a, e0), Math.min(b, e1)];
    const now = this._view;
    // Re-syncing d3 after a resize gives back the same view: keep it, no re-layout.
    if (next && now && Math.abs(next[0] - now[0]) < 1 && Math.abs(next[1] - now[1]) < 1) return;
    if (next !== now) this._view = next;
  }

  private _emitRange() {
    const r = this.range;
    if (!r) return;
    const key = `${+r.start}:${+r.end}`;
    if (key === this._lastRange) return;
    this._lastRange = key;
    void this.updateComplete.then(() => this._announceRange());
    emit(this, 'range-change', r);
  }

  /** "Showing 12 of 64 events, 3 June – 9 June". */
  private _announceRange() {
    const l = this._layout;
    if (!l) return;
    const lang = this._lang();
    const f = formatter(lang, { timeZone: this._prepared!.timeZone, day: 'numeric', month: 'short' });
    this._announce(`${messages.showing(l.inView, l.total)}, ${f.formatRange(l.domain[0], l.domain[1])}`);
  }

  // ---------------------------------------------------------------- selection and keys

  /** Selects an event by id (opens its details) and fires `event-select`. */
  selectEvent(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const e = id ? this._chronology?.events.find((x) => x.id === id) : undefined;
    if (id && e) {
      this._focusId = id;
      const lang = this._lang();
      this._announce(`${pickText(e.title, lang)}, ${formatShortDate(e, lang, this._prepared?.timeZone)}`);
      emit(this, 'event-select', { id });
    }
  }

  private _onMarkClick(e: MouseEvent) {
    const id = (e.currentTarget as Element).getAttribute('data-id');
    if (id) this.selectEvent(id);
  }

  /**
   * The chart's keys, on the focused mark. Left/Right: previous/next event in
   * time; Up/Down: the nearest event in the lane above/below; Home/End: first
   * and last; PageUp/PageDown: the previous/next day with events; + and −:
   * zoom around the event; 0: reset; Enter/Space: select; Escape: close.
   */
  private _onMarkKey(e: KeyboardEvent) {
    const el = e.currentTarget as Element;
    const cluster = this._layout?.clusters.find((k) => k.key === el.getAttribute('data-key'));
    // A cluster stands for its members: it starts at the first and ends at the last.
    // (A loop, not Math.min(...ids): a cluster can hold more members than a call has arguments.)
    let [first, last] = [Infinity, -1];
    for (const m of cluster?.ids ?? []) {
      const j = this._itemIndex.get(m) ?? 0;
      if (j < first) first = j;
      if (j > last) last = j;
    }
    const p = this._prepared;
    const id = cluster ? p?.items[first]?.event.id : el.getAttribute('data-id');
    if (!id || !p || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = p.items;
    let i = this._itemIndex.get(id) ?? 0;
    if (cluster && e.key === 'ArrowRight') i = last;
    let target: string | undefined;
    switch (e.key) {
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (cluster) void this._zoomIntoCluster(cluster);
        else this.selectEvent(id);
        return;
      case 'Escape':
        if (this.selected) {
          e.preventDefault();
          this.selectEvent(null);
        }
        return;
      case '+':
      case '=':
        e.preventDefault();
        void this._zoomAround(id, 2);
        return;
      case '-':
      case '_':
        e.preventDefault();
        void this._zoomAround(id, 0.5);
        return;
      case '0':
        e.preventDefault();
        this.resetZoom();
        return;
      case 'ArrowRight':
      case 'ArrowLeft':
        target = items[Math.min(items.length - 1, Math.max(0, i + (e.key === 'ArrowRight' ? 1 : -1)))]?.event.id;
        break;
      case 'Home':
        target = items[0]?.event.id;
        break;
      case 'End':
        target = items[items.length - 1]?.event.id;
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        target = this._laneNeighbour(id, e.key === 'ArrowUp' ? -1 : 1);
        break;
      case 'PageUp':
      case 'PageDown':
        target = this._dayNeighbour(i, e.key === 'PageUp' ? -1 : 1);
        break;
      default:
        return;
    }
    e.preventDefault();
    if (target) void this._focusEvent(target);
  }

  /** Remembers the focused event (a mark's id; a cluster keeps the event that led to it). */
  private _onChartFocus(e: FocusEvent) {
    const id = (e.target as Element).closest?.('.mark.primary')?.getAttribute('data-id');
    if (id) this._focusId = id;
  }

  private _onClusterActivate(e: MouseEvent) {
    const key = (e.currentTarget as Element).getAttribute('data-key');
    const k = this._layout?.clusters.find((c) => c.key === key);
    if (k) void this._zoomIntoCluster(k);
  }

  /** Zooms to a cluster's time span and moves focus to its first event. */
  private async _zoomIntoCluster(k: ClusterLayout) {
    const first = k.ids.find((m) => this._prepared?.lanesByEvent.get(m)?.[0] === k.laneId) ?? k.ids[0];
    const pad = Math.max((k.end - k.start) * 0.1, MIN_VISIBLE_SPAN / 2);
    this._setView([k.start - pad, k.end + pad]);
    if (first) await this._focusEvent(first);
  }

  /** The cluster that holds an event's primary appearance in the current layout. */
  private _clusterOf(id: string): ClusterLayout | undefined {
    const p = this._prepared;
    const it = p?.items[this._itemIndex.get(id) ?? -1];
    const lane = p?.lanesByEvent.get(id)?.[0];
    return it && this._layout?.clusters.find((k) => k.laneId === lane && k.start <= it.start && it.start <= k.end && k.ids.includes(id));
  }

  /** The event whose first lane is the next non-empty lane in `dir`, nearest in time to `id`. */
  private _laneNeighbour(id: string, dir: -1 | 1): string | undefined {
    const p = this._prepared!;
    if (!this._byLane) {
      this._byLane = new Map(p.lanes.map((l) => [l.id, []]));
      for (const it of p.items) this._byLane.get(p.lanesByEvent.get(it.event.id)?.[0] ?? '')?.push(it);
      for (const list of this._byLane.values()) list.sort((a, b) => a.anchor - b.anchor);
    }
    const at = p.items[this._itemIndex.get(id)!]!.anchor;
    const laneId = p.lanesByEvent.get(id)?.[0];
    for (let li = p.lanes.findIndex((l) => l.id === laneId) + dir; li >= 0 && li < p.lanes.length; li += dir) {
      const list = this._byLane.get(p.lanes[li]!.id)!;
      if (!list.length) continue;
      let lo = 0;
      let hi = list.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.anchor < at) lo = mid + 1;
        else hi = mid;
      }
      const best = lo > 0 && at - list[lo - 1]!.anchor <= list[lo]!.anchor - at ? list[lo - 1]! : list[lo]!;
      return best.event.id;
    }
    return undefined;
  }

  /** The first event of the next (dir 1) or previous (dir −1) calendar day that has events. */
  private _dayNeighbour(i: number, dir: -1 | 1): string | undefined {
    const p = this._prepared!;
    const key = (j: number) => dayKey(p.items[j]!.event, p.timeZone);
    const here = key(i);
    let j = i;
    if (dir > 0) {
      while (j < p.items.length && key(j) === here) j++;
      return p.items[j]?.event.id;
    }
    while (j >= 0 && key(j) === here) j--;
    if (j < 0) return p.items[0]?.event.id;
    const prev = key(j);
    while (j > 0 && key(j - 1) === prev) j--;
    return p.items[j]!.event.id;
  }

  /** The in-view event nearest in time to `id` (which may be gone from the data). */
  private _nearestInView(id: string): string {
    const order = this._focusOrder;
    const i = this._itemIndex.get(id);
    if (i === undefined) return order[0]!;
    let best = order[0]!;
    let gap = Infinity;
    for (const o of order) {
      const d = Math.abs((this._itemIndex.get(o) ?? 0) - i);
      if (d < gap) [best, gap] = [o, d];
    }
    return best;
  }

  /** The view now shown: `chart` or `list` (`auto` resolved against the element's width). */
  private _currentView(): 'chart' | 'list' {
    if (this._printing) return 'list';
    if (this.view === 'list' || this.view === 'chart') return this.view;
    return this._width > 0 && this._width < this.listBreakpoint ? 'list' : 'chart';
  }

  /** Says `text` through the polite live region (once, even if it repeats). */
  private _announce(text: string) {
    // A trailing no-break space toggles so that the same words are announced again.
    this._live = this._live === text ? text + '\u00a0' : text;
  }

  /** The x of an event's anchor in the current view, px. */
  private _xOf(id: string): number | undefined {
    const it = this._prepared?.items[this._itemIndex.get(id) ?? -1];
    const l = this._layout;
    return it && l ? timeScale(l.domain, [l.plotLeft, l.plotRight])(it.anchor) : undefined;
  }

  /** Zooms by `factor` keeping the event where it is on screen. */
  private async _zoomAround(id: string, factor: number) {
    const x = this._xOf(id);
    if (x === undefined || !this._zoom || !this._zoomTarget) return;
    select(this._zoomTarget).call(this._zoom.scaleBy, factor, [x, 0]);
    await this._focusEvent(id);
  }

  /**
   * Moves keyboard focus to an event's mark, panning to it first when it is
   * outside the view (and zooming in when it is hidden in a crowd).
   */
  private async _focusEvent(id: string) {
    const p = this._prepared;
    const it = p?.items[this._itemIndex.get(id) ?? -1];
    if (!p || !it) return;
    this._focusId = id;
    this._focusing = true;
    try {
      await this._revealAndFocus(id, it);
    } finally {
      this._focusing = false;
    }
  }

  private async _revealAndFocus(id: string, it: SpannedEvent) {
    const p = this._prepared!;
    const [v0, v1] = this._view ?? p.extent;
    // The layout's own test of "in view" (a day event is in view while any of its day is).
    const visible = it.end >= v0 && it.start <= v1;
    if (!visible) {
      const half = (v1 - v0) / 2;
      const [e0, e1] = p.extent;
      const c = Math.min(Math.max(it.kind === 'range' ? it.start + Math.min(half, (it.end - it.start) / 2) : it.anchor, e0 + half), e1 - half);
      this._setView([c - half, c + half]);
    }
    await this.updateComplete;
    // Its own mark, or the "+N" cluster it is in at this zoom (Enter opens that).
    const cluster = this._clusterOf(id);
    const target = this.renderRoot.querySelector<SVGElement>(
      cluster ? `.cluster[data-key="${CSS.escape(cluster.key)}"]` : `.mark.primary[data-id="${CSS.escape(id)}"]`,
    );
    if (cluster) {
      // Re-render so the cluster holds the single Tab stop.
      this.requestUpdate();
      await this.updateComplete;
    }
    target?.focus();
  }

  /** Shows a time range (clamped to the chronology), through d3-zoom when the chart is up. */
  private _setView(v: [number, number]) {
    if (this._zoom && this._zoomTarget && this._layout) select(this._zoomTarget).call(this._zoom.transform, this._transformFor(v));
    else this._view = v;
  }

  private async _closeDetails() {
    const id = this.selected;
    this.selectEvent(null);
    if (id) await this._focusEvent(id);
  }

  // ---------------------------------------------------------------- render

  override render() {
    const c = this._chronology;
    const lang = this._lang();
    return html`
      ${c ? this._renderHead(c, lang) : nothing}
      ${this._status === 'loading'
        ? html`<p part="status" class="status" role="status">${messages.loading}</p>`
        : nothing}
      ${this._status === 'error'
        ? html`<div part="error" class="error" role="alert">
            <p><strong>${messages.loadFailed}:</strong> ${this._error}</p>
            ${this.src && !this.data ? html`<button class="retry" type="button" @click=${this.reload}>${messages.retry}</button>` : nothing}
          </div>`
        : nothing}
      ${this._renderProblems()}
      ${c && this._status === 'ready'
        ? c.events.length === 0
          ? html`<p class="empty">${messages.empty}</p>`
          : this._currentView() === 'list'
            ? html`${this._renderList(c, lang)} ${this._renderLegend(c, false)}`
            : html`${this._renderChart(c, lang)} ${this._renderDetails(c, lang)} ${this._renderLegend(c, true)}`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._live}</div>
    `;
  }

  private _renderHead(c: Chronology, lang: string) {
    const n = this._layout?.total ?? c.events.length;
    return html`<div class="head">
      <div>
        ${this.hideTitle ? nothing : html`<h2 part="title" class="title" lang=${pickLang(c.title, lang) ?? nothing}>${pickText(c.title, lang)}</h2>`}
        <p class="sub">${[messages.events(n), this._prepared ? this._zoneLabel() : ''].filter(Boolean).join(' · ')}</p>
      </div>
      ${c.events.length
        ? html`<div part="controls" class="controls">
            ${this._currentView() === 'chart'
              ? html`<button type="button" aria-label=${messages.zoomIn} title=${messages.zoomIn} @click=${() => this.zoomBy(1.6)}>+</button>
                  <button type="button" aria-label=${messages.zoomOut} title=${messages.zoomOut} @click=${() => this.zoomBy(1 / 1.6)}>−</button>
                  <button type="button" @click=${this.resetZoom}>${messages.resetZoom}</button>`
              : nothing}
            <span part="view-toggle" class="view-toggle" role="group" aria-label=${messages.view}>
              ${(['chart', 'list'] as const).map(
                (v) =>
                  html`<button type="button" data-view=${v} aria-pressed=${this._currentView() === v ? 'true' : 'false'} @click=${() => this._switchView(v)}>
                    ${v === 'chart' ? messages.viewChart : messages.viewList}
                  </button>`,
              )}
            </span>
          </div>`
        : nothing}
    </div>`;
  }

  private _zoneLabel() {
    const zone = this._prepared?.timeZone ?? 'UTC';
    const at = (this._view ?? this._prepared?.extent ?? [Date.now()])[0]!;
    return `${messages.inDisplayZone} ${zone.replace(/_/g, ' ')} (${offsetName(at, zone, this._lang())})`;
  }

  /**
   * The data's problems, folded: "3 events could not be shown · 1 other
   * problem", opening to one line per problem with its JSON path (the first
   * 200; all are in `problems` and in `data-load`).
   */
  private _renderProblems() {
    const problems = this._problems;
    if (!problems.length || this._status === 'error') return nothing;
    // By the parser's accounting, these are exactly the events in the input but not shown.
    const leftOut = leftOutEvents(problems);
    const others = problems.filter((p) => !(p.severity === 'error' && /^events\[\d+\]/.test(p.path))).length;
    const summary = leftOut.size
      ? messages.notShown(leftOut.size) + (others ? ` · ${messages.otherProblems(others)}` : '')
      : messages.problemsIn(others);
    const max = 200;
    return html`<details part="problems" class="problems">
      <summary>${summary}</summary>
      <ul>
        ${problems.slice(0, max).map(
          (p) =>
            html`<li class=${p.severity}>
              <code>${p.path}</code>: ${p.message}${p.severity === 'warning' ? html` <span class="severity">(${messages.warning})</span>` : nothing}
            </li>`,
        )}
        ${problems.length > max ? html`<li class="more">${messages.moreProblems(problems.length - max)}</li>` : nothing}
      </ul>
    </details>`;
  }

  private _renderChart(c: Chronology, lang: string) {
    const l = this._layout;
    if (!l) return html`<div class="plot placeholder"></div>`;
    const focusOrder = this._focusOrder;
    // The one Tab stop: the focused event's mark, else the cluster holding
    // it, else the first mark (or cluster) in view.
    let focusId = this._focusId && focusOrder.includes(this._focusId) ? this._focusId : null;
    let tabCluster = focusId || !this._focusId ? undefined : this._clusterOf(this._focusId)?.key;
    if (!focusId && !tabCluster) {
      focusId = focusOrder[0] ?? null;
      if (!focusId) tabCluster = l.clusters.find((k) => k.primaryCount > 0 && k.inView)?.key;
    }
    const zone = this._prepared!.timeZone;
    return html`<p class="visually-hidden" id="chart-help">
        ${messages.showing(l.inView, l.total)}. ${messages.chartHelp}
        <button type="button" class="skip" @click=${() => this._switchView('list', true)}>${messages.skipToList}</button>
      </p>
      <div class="plot ${this.selected ? 'has-selection' : ''}">
      <svg
        part="chart"
        class="chart"
        width=${l.width}
        height=${l.height}
        viewBox="0 0 ${l.width} ${l.height}"
        role="group"
        aria-label=${messages.chartLabel(pickText(c.title, lang), l.total)}
        aria-describedby="chart-help"
        @focusin=${this._onChartFocus}
      >
        <defs>
          <clipPath id="plot-clip"><rect x=${l.plotLeft - 8} y="0" width=${l.plotRight - l.plotLeft + 16} height=${l.height}></rect></clipPath>
        </defs>
        ${l.lanes.map(
          (lane, i) => svg`<g class="lane-group">
            <rect part="lane" class="lane-band" x="0" y=${lane.y} width=${l.width} height=${lane.height} fill-opacity=${i % 2 ? 0 : 1}></rect>
            ${l.plotLeft > 8
              ? svg`<text part="lane-label" class="lane-label" x="4" y=${lane.y + 18}>${truncateToWidth(lane.label, l.plotLeft - 14, this._measure, 2) ?? ''}</text>`
              : nothing}
          </g>`,
        )}
        <g part="axis" class="axis" aria-hidden="true">
          ${l.ticks.map(
            (t) => svg`<g class="tick ${t.major ? 'major' : ''}">
              <line x1=${t.x} x2=${t.x} y1=${l.axisHeight - 6} y2=${l.height}></line>
              ${t.x + 3 + this._measure(t.label) <= l.width ? svg`<text x=${t.x + 3} y=${l.axisHeight - 10}>${t.label}</text>` : nothing}
            </g>`,
          )}
          ${l.plotLeft > 8 ? svg`<text class="zone" x="4" y=${l.axisHeight - 10}>${offsetName(l.domain[0], zone, lang)}</text>` : nothing}
        </g>
        <g clip-path="url(#plot-clip)">
          ${l.links.map(
            (k) =>
              svg`<line part="link" class="link ${k.id === this.selected || k.id === this._focusId ? "active" : ""}" data-event=${k.id} x1=${k.x} x2=${k.x} y1=${k.y1} y2=${k.y2}></line>`,
          )}
          ${repeat(
            l.marks,
            (m) => m.key,
            (m) => this._renderMark(m, lang, zone, m.primary && m.id === focusId),
          )}
          ${repeat(
            l.clusters,
            (k) => k.key,
            (k) => this._renderCluster(k, lang, zone, k.key === tabCluster),
          )}
        </g>
      </svg>
    </div>`;
  }

  /** `updateComplete` also waits for the list view's module when it is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._listLoading && !this._list) {
      await this._listLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads the list view's module and styles on first use. */
  private _loadList() {
    this._listLoading ??= import('./list-view.js').then((m) => {
      const root = this.renderRoot as ShadowRoot;
      const sheet = m.listStyles.styleSheet;
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this._list = m;
    });
  }

  private _renderList(c: Chronology, lang: string) {
    const p = this._prepared;
    if (!p) return nothing;
    if (!this._list) {
      this._loadList();
      return html`<p part="status" class="status" role="status">${messages.loading}</p>`;
    }
    return this._list.renderListView({
      chronology: c,
      items: p.items,
      lang,
      zone: p.timeZone,
      limit: this._listLimit,
      selected: this.selected,
      onMore: () => {
        this._listLimit += LIST_PAGE;
        this._announce(messages.showing(Math.min(this._listLimit, p.items.length), p.items.length));
      },
    });
  }

  /** Switches between chart and list (overriding `auto`); `focusList` moves focus to the list's first heading. */
  private async _switchView(v: 'chart' | 'list', focusList = false) {
    this.view = v;
    await this.updateComplete;
    if (focusList) this.renderRoot.querySelector<HTMLElement>('.day-heading')?.focus();
  }

  private _renderCluster(k: ClusterLayout, lang: string, zone: string, tabbable: boolean) {
    const focusable = k.primaryCount > 0;
    const lane = this._layout!.lanes.find((x) => x.id === k.laneId)?.label ?? '';
    // Clusters change with every zoom step: their names must be cheap (no formatRange per frame).
    const [a, b] = [this._shortDay(k.start, lang, zone), this._shortDay(Math.max(k.start, k.end - 1), lang, zone)];
    const range = a === b ? a : `${a} – ${b}`;
    return svg`<g
      part="cluster"
      class="cluster"
      data-key=${k.key}
      data-count=${k.count}
      data-primary=${k.primaryCount}
      transform="translate(${k.x} ${k.y})"
      role=${focusable ? 'button' : nothing}
      tabindex=${focusable ? (tabbable ? '0' : '-1') : nothing}
      aria-hidden=${focusable ? nothing : 'true'}
      @click=${this._onClusterActivate}
      @keydown=${this._onMarkKey}
    >
      <rect class="hit" x=${-Math.max(k.width, 24) / 2} y="-12" width=${Math.max(k.width, 24)} height="24"></rect>
      <rect class="pill" x=${-k.width / 2} y="-10" width=${k.width} height="20" rx="10"></rect>
      <text text-anchor="middle" dy="0.35em">${k.label}</text>
      <title>${messages.cluster(k.count, range, lane)}</title>
    </g>`;
  }

  /** "3 Jun", cached per hour (cluster names ask for hundreds per frame). */
  private _shortDay(t: number, lang: string, zone: string): string {
    const key = `${lang}|${zone}|${Math.floor(t / 3_600_000)}`;
    let text = this._dayNames.get(key);
    if (text === undefined) {
      if (this._dayNames.size > 5_000) this._dayNames.clear();
      this._dayNames.set(key, (text = formatter(lang, { timeZone: zone, day: 'numeric', month: 'short' }).format(t)));
    }
    return text;
  }

  private _markName(e: TimelineEvent, lang: string, zone: string): string {
    const cached = this._names.get(e.id);
    if (cached !== undefined) return cached;
    const c = this._chronology!;
    const who = e.actors
      .slice(0, 3)
      .map((a) => pickText(c.actorsById.get(a.id)?.shortName ?? c.actorsById.get(a.id)?.name, lang))
      .join(', ');
    const name = [pickText(e.title, lang), formatShortDate(e, lang, zone), who].filter(Boolean).join('. ');
    this._names.set(e.id, name);
    return name;
  }

  private _renderMark(m: PositionedEvent, lang: string, zone: string, tabbable: boolean) {
    const selected = m.id === this.selected;
    const color = m.color ? markColor(m.color) : 'var(--_accent)';
    const width = Math.max(m.x2 - m.x, 3);
    const classes = `mark ${m.primary ? 'primary' : 'secondary'} ${selected ? 'selected' : ''} ${m.approximate ? 'approx' : ''}`;
    // The name comes from <title> (SVG's own naming): it starts with the full
    // title, so a shortened visible label is still the start of the name, and
    // pointer users get the full title as a tooltip.
    const full = pickText(m.event.title, lang);
    const shape =
      m.kind === 'point'
        ? svg`<circle class="shape dot" r="6" fill=${color} stroke=${m.approximate ? color : nothing}></circle>`
        : svg`<rect class="shape bar" x="0" y="-9" width=${width} height="18" rx="3" fill=${color} stroke=${color}></rect>
              <rect class="shape bar-edge" x="0" y="-9" width="3" height="18" fill=${color} stroke=${m.approximate ? color : nothing}></rect>`;
    return svg`<g
      part="event"
      class=${classes}
      data-id=${m.id}
      transform="translate(${m.x} ${m.y})"
      role=${m.primary ? 'button' : nothing}
      tabindex=${m.primary ? (tabbable ? '0' : '-1') : nothing}
      aria-hidden=${m.primary ? nothing : 'true'}
      aria-expanded=${m.primary ? (selected ? 'true' : 'false') : nothing}
      @click=${this._onMarkClick}
      @keydown=${this._onMarkKey}
    >
      <rect class="hit" x=${m.kind === 'point' ? -12 : 0} y="-12" width=${m.kind === 'point' ? 24 : Math.max(width, 24)} height="24"></rect>
      ${shape}
      ${m.label !== null
        ? svg`<text x=${m.labelX - m.x} dy="0.35em" text-anchor=${m.labelAnchor === 'end' ? 'end' : nothing}>${m.label}</text>`
        : nothing}
      <title>${m.primary ? this._markName(m.event, lang, zone) : full}</title>
    </g>`;
  }

  private _renderLegend(c: Chronology, keys: boolean) {
    const used = c.topics.filter((t) => (c.eventCountByTopic.get(t.id) ?? 0) > 0);
    return html`${keys
        ? html`<div part="legend" class="legend" aria-hidden="true">
            <span><svg width="14" height="14"><circle class="key-shape" cx="7" cy="7" r="5"></circle></svg>${messages.legendPoint}</span>
            <span><svg width="24" height="14"><rect class="key-shape" x="1" y="3" width="22" height="8" rx="2"></rect></svg>${messages.legendRange}</span>
            <span><svg width="14" height="14"><circle class="key-approx" cx="7" cy="7" r="5"></circle></svg>${messages.legendApprox}</span>
          </div>`
        : nothing}
      ${used.length
        ? html`<div part="filters" class="filters" role="group" aria-label=${messages.filterTopics}>
            <span class="filters-label" aria-hidden="true">${messages.filterTopics}:</span>
            <slot name="filters">${used.map((t) => html`<topic-badge .topic=${t}></topic-badge>`)}</slot>
          </div>`
        : nothing}`;
  }

  private _renderDetails(c: Chronology, lang: string) {
    const event = this.selected ? c.events.find((x) => x.id === this.selected) : undefined;
    if (!event) return nothing;
    return renderDetails({
      event,
      chronology: c,
      lang,
      zone: this._prepared?.timeZone ?? 'UTC',
      onClose: () => void this._closeDetails(),
    });
  }

}
