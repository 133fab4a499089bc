import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { LitElement, html, isServer, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { markColor } from '../../styles/color.js';
import { emit } from '../../events/emit.js';
import { brandTimeline } from '../../dom/enclosing-timeline.js';
import { inlineJsonText } from '../../load/inline-json.js';
import { DEFAULT_TIMEOUT_MS, LoadError, loadJson } from '../../load/load.js';
import { detectObject } from '../../import/detect.js';
import { catalog, isRtlLang } from '../../i18n/catalogs.js';
import { en, type Messages } from '../../i18n/messages.js';
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
import type { ChronologyData } from '../../schema/chronology-schema.js';
import { formatProblem, parseChronology, type Chronology, type Problem, type TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { dayKey } from '../../time/days.js';
import { formatShortDate } from '../../time/format.js';
import { formatter, withCalendar } from '../../time/intl.js';
import { isTimeZone, offsetName } from '../../time/zone.js';
import { styles } from './event-timeline.styles.js';
import type * as ListView from './list-view.js';

type Status = 'empty' | 'loading' | 'error' | 'ready';

/** d3-zoom and d3-selection, once loaded (one module for every timeline on the page: see `_attachZoom`). */
let D3: typeof import('../../d3/zoom.js') | undefined;
let loadingD3: Promise<unknown> | undefined;

const LABEL_FONT_SIZE = 12;
/**
 * Time drawn beyond each side of the view, as a fraction of it: more than a
 * cluster cell (so the cells at the view's edges are whole), and no more,
 * since every zoom or pan frame lays out and draws the margins too.
 */
const VIEW_MARGIN = 0.15;
/** The reader's zone, and the zones a chronology's events happened in (for the zone menu). */
let readerZone: string | undefined;
const zonesOf = new WeakMap<Chronology, Set<string>>();
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
 * Language and direction: the global `lang` attribute (the element's, else
 * the nearest ancestor's) picks the interface strings (en, fa, ar, he, ru,
 * fr, de, es; loaded on first use), the `Intl` locale of dates and numbers,
 * and the best match of localized fields. `dir="rtl"` (here or on an
 * ancestor), or a right-to-left `lang` with no `dir`, mirrors the chart: time
 * runs right to left and Left moves to the next event.
 *
 * Only the events in view (plus a small margin on each side) are in the DOM;
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
 * @fires {ZoneChangeEvent} zone-change - The reader picked a display zone in the zone menu: `{timeZone}` (an IANA name, `UTC`, `event` or `local`).
 *
 * @csspart title - The chronology's title.
 * @csspart controls - The zoom buttons and the view toggle.
 * @csspart view-toggle - The Chart/List toggle (two buttons with `aria-pressed`).
 * @csspart zone-menu - The display-zone menu (a labelled `<select>`).
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
  static override styles = styles;

  /** The chronology: the JSON as an object (a JSON import as it is) or as text. Takes precedence over `src`. Cards and badges take the same `data`. */
  @property({ attribute: false }) data?: ChronologyData | null;

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
   * Display zone: an IANA name (`Asia/Tehran`), `UTC`, `local` for the
   * reader's, or `event` for each event in its own zone (the axis then
   * follows the chronology's). Defaults to the chronology's `timeZone`, then
   * UTC. Axis ticks fall on this zone's midnights and hours; the reader can
   * switch with the zone menu (which fires `zone-change`).
   */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * Calendar of dates and axis labels: `gregory`, `persian`, `hebrew`,
   * `islamic-umalqura` (or any calendar `Intl` knows). Defaults to the
   * language's own (`fa` is Persian): 23 June 2025 is 2 Tir 1404. Month and
   * year ticks fall on that calendar's months and years. Events dated to a
   * month or a year keep the calendar they were written in (Gregorian).
   */
  @property() calendar?: string;

  /**
   * What `src` holds: `json` (a chronology), `timelinejs` (TimelineJS JSON),
   * `csv` (TimelineJS's Google Sheets columns or chronoline's flat columns),
   * or `auto` (the default: detected from the content). Imported data is
   * converted (see `chronoline/import.js`); anything that cannot be mapped
   * is listed with the data's problems.
   */
  @property() format: 'auto' | 'json' | 'timelinejs' | 'csv' = 'auto';

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

  /**
   * Width, in CSS px, to lay out at until the element is measured: set by
   * server rendering (`chronoline/ssr.js`) so that the browser's first render
   * matches the server's and hydrates. Label widths are estimated until then.
   */
  @property({ type: Number, attribute: 'ssr-width' }) ssrWidth = 0;

  /** Adds a "Download image" button to the chart's controls: it saves the current view as `<chronology id>.png` (see `exportPNG()`). */
  @property({ type: Boolean, attribute: 'export' }) exportable = false;

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
  /** The interface strings, in the element's language (English until its catalog loads). */
  @state() private _m: Messages = en;
  private _catalogLang = 'en';
  private _catalogLoading?: Promise<unknown>;
  /** Counts `_loadFromSources` calls: a slower, older load never overwrites a newer one. */
  private _loads = 0;
  private _dataLoading?: Promise<unknown>;
  /** Set while the zoom gesture's module loads (see `_attachZoom`). */
  private _awaitingD3?: Promise<unknown>;
  /** Right to left (from `dir`, or a right-to-left `lang`): the chart is mirrored. */
  private _rtl = false;


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
  private _itemIndexCache: Map<string, number> | null = null;
  /** Event id → index in the prepared (time-ordered, filtered) items (built on first use: keys, focus; not needed to draw). */
  private get _itemIndex(): Map<string, number> {
    return (this._itemIndexCache ??= new Map(this._prepared?.items.map((it, i) => [it.event.id, i])));
  }
  /** Per lane, the events whose first lane it is, by anchor time (built on first Up/Down). */
  private _byLane: Map<string, SpannedEvent[]> | null = null;
  /** The id of the mark that had focus before an update, to restore focus if the update removed it. */
  private _hadFocus: string | null = null;
  /** The list view's and details panel's module, once loaded (see `_loadList`). */
  @state() private _list?: typeof ListView;
  private _listLoading?: Promise<void>;
  /** True while `_focusEvent` pans, zooms and focuses. */
  private _focusing = false;
  private _canvas?: CanvasRenderingContext2D | null;
  private _font = '';
  private _canvasFont = '';
  /** x of the time the marks are drawn from, and the lanes' tops (see `_renderChart`). */
  private _dx = 0;
  private _lanes = new Map<string, { y: number }>();
  /** The key of the cluster that has focus (its node is never given to another cluster). */
  private _focusedCluster: string | null = null;
  /** Per lane, the node (slot) each drawn cluster is in: cluster key → slot. */
  private _slots = new Map<string, Map<string, number>>();
  private _nextSlot = 0;

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
    if (this._zoom && this._zoomTarget) D3!.select(this._zoomTarget).call(this._zoom.scaleBy, factor);
    // Called before the zoom gesture's module arrived (right after the first render): apply it then.
    else if (this._awaitingD3) void this.updateComplete.then(() => this._zoom && this.zoomBy(factor));
  }

  /** Shows the whole chronology again. */
  resetZoom(): void {
    if (this._zoom && this._zoomTarget) D3!.select(this._zoomTarget).call(this._zoom.transform, D3!.zoomIdentity);
    else this._view = null;
  }

  /** Loads `src` again (after a failure, or to pick up new data). */
  reload(): void {
    this._loadFromSources();
  }

  /**
   * The chart's current view as a standalone SVG document (a string): the
   * lanes, axis, marks and "+N" clusters in view, drawn as now (zoom,
   * filters, selection), with the theme's colours and the fonts' names
   * written into the file (font files are not embedded), the title and the
   * visible dates above and "Sources: …" (publishers of the events in view)
   * below. Rejects when no chart is shown (list view, no data or no events).
   */
  async exportSVG(): Promise<string> {
    return (await this._export())[1];
  }

  /**
   * The chart's current view (as `exportSVG()` draws it) as a PNG `Blob`
   * (`image/png`), `scale` times the SVG's size in pixels (default 2).
   * Rejects like `exportSVG()`.
   */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const [m, svg] = await this._export();
    return m.svgToPng(svg, scale);
  }

  /** Loads the export module and draws the view (it throws, saying why, when there is no chart). */
  private async _export() {
    const m = await import('../../export/export-image.js');
    await this.updateComplete;
    const c = this._status === 'ready' ? this._chronology : null;
    return [m, m.chartSvg(this, c, this._layout, this._prepared, this._currentView(), this._lang(), this._m)] as const;
  }

  /** The `export` button: saves the current view as `<chronology id>.png` (a failure is announced, not thrown). */
  private async _download() {
    try {
      const [m, svg] = await this._export();
      m.download(await m.svgToPng(svg), `${this._chronology!.id}.png`);
    } catch (e) {
      this._announce(String((e as Error)?.message ?? e));
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` and `dir` are the element's own (not Lit properties): re-render in the new language or direction.
    if (name === 'lang' || name === 'dir') this._relayout();
  }

  /** Forces a new layout on the next update (language, direction or zone changed). */
  private _relayout() {
    this._prepared = null;
    this.requestUpdate();
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
    if (this._zoomTarget) D3?.select(this._zoomTarget).on('.zoom', null);
    this._zoomTarget = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const active = (this.shadowRoot?.activeElement as Element | null)?.closest('.mark, .cluster');
    this._hadFocus = active ? (active.getAttribute('data-id') ?? this._focusId) : null;
    this._focusedCluster = active?.getAttribute('data-key') ?? null;
    // Before the first update, connectedCallback may already have loaded.
    if ((changed.has('data') || changed.has('src')) && (this.hasUpdated || this._status === 'empty')) this._loadFromSources();

    const lang = this._lang();
    this._loadCatalog(lang);
    const rtl = this._isRtl(lang);
    let prepared = false;
    if (
      !this._prepared ||
      rtl !== this._rtl ||
      changed.has('_chronology' as keyof EventTimeline) ||
      changed.has('groupBy') ||
      changed.has('timeZone') ||
      changed.has('maxLanes') ||
      changed.has('_activeTopics' as keyof EventTimeline) ||
      changed.has('calendar') ||
      changed.has('_m' as keyof EventTimeline)
    ) {
      this._rtl = rtl;
      if (!GROUP_BY.includes(this.groupBy)) this.groupBy = 'actor';
      this._prepared = this._chronology
        ? prepareTimeline(this._chronology, {
            groupBy: this.groupBy,
            timeZone: this._displayZone(),
            activeTopics: this._activeTopics,
            maxLanes: this.maxLanes,
            lang,
            othersLabel: this._m.others,
          })
        : null;
      this._names.clear();
      this._itemIndexCache = null;
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
    // Not measured yet, or the render that hydrates server-rendered DOM: laid
    // out as on the server (`ssr-width`, estimated label widths). A width
    // measured meanwhile is laid out next.
    const measured = this._measured();
    if (!measured && this._width) void this.updateComplete.then(() => this.requestUpdate('_width', 0));
    const width = measured || this.ssrWidth;
    if (this._prepared && width > 0 && this._currentView() === 'chart') {
      this._resolveFont(measured);
      this._layout = computeTimelineLayout(this._prepared, {
        width,
        domain: this._view ?? this._prepared.extent,
        locale: this._locale(lang),
        lang,
        measureText: this._measure,
        rtl,
        margin: VIEW_MARGIN,
      });
      const dir = rtl ? -1 : 1;
      this._focusOrder = this._layout.marks
        .filter((m) => m.primary && m.inView)
        .sort((a, b) => dir * (a.x - b.x) || a.y - b.y)
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
    if (this._renderPending && this._width > 0 && (this._layout || (this._currentView() === 'list' && this._list)) && this._status === 'ready') {
      this._renderPending = false;
      emit(this, 'rendered', { events: this._chronology?.events.length ?? 0 });
      // Ready for printing (which shows the list) before anyone prints.
      setTimeout(() => this._loadList(), 0);
    }
  }

  // ---------------------------------------------------------------- data

  private _loadFromSources() {
    this._abort?.abort();
    const load = ++this._loads;
    const superseded = () => load !== this._loads;
    if (this.data !== undefined && this.data !== null) {
      if (!this._needsImport(this.data)) return this._ingest(this.data);
      return this._wait(this._import(this.data, document.baseURI, superseded));
    }
    if (this.src) return void this._fetch(this.src);
    const inline = inlineJsonText(this);
    if (inline !== undefined) return this._ingest(inline);
    // Progressive enhancement: the reader of an <ol> of events loads only when there is one.
    if (this.querySelector(':scope > ol'))
      return this._wait(
        import('../../import/list-markup.js').then(({ chronologyFromMarkup }) => {
          const markup = superseded() ? undefined : chronologyFromMarkup(this);
          if (markup) this._ingest(markup);
        }),
      );
    this._status = 'empty';
  }

  /** Makes `updateComplete` wait for data still being read (a module to load first). */
  private _wait(p: Promise<unknown>) {
    const w = (this._dataLoading = p.finally(() => {
      if (this._dataLoading === w) this._dataLoading = undefined;
    }));
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
      const format = this.format;
      const body = await loadJson(url, {
        signal: controller.signal,
        timeoutMs,
        body: format === 'csv' ? 'text' : format === 'json' ? 'json' : 'auto',
        messages: this._m,
      });
      if (superseded()) return;
      // Relative links in the file are relative to the file.
      const base = new URL(url, document.baseURI).href;
      if (this._needsImport(body)) await this._import(body, base, () => superseded());
      else this._ingest(body, base);
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
  /**
   * True when `input` is for an importer: `format` says so, or (`auto`) it is
   * text that is not JSON (CSV), or JSON that looks like TimelineJS (a
   * `timeline`, `eras`, events with `start_date` or `text` objects, a title
   * slide). Anything else is read as our own JSON, whose errors name its fields.
   */
  private _needsImport(input: unknown): boolean {
    const f = this.format;
    if (f === 'timelinejs' || f === 'csv') return true;
    if (f === 'json') return false;
    if (typeof input === 'string') {
      if (!/^\s*[[{]/.test(input)) return true;
      try {
        input = JSON.parse(input);
      } catch {
        return false;
      }
    }
    // Ours, or unrecognised (its errors then name our schema's fields): read as our JSON.
    return !!input && typeof input === 'object' && !Array.isArray(input) && detectObject(input as Record<string, unknown>) === 'timelinejs';
  }

  /**
   * Converts TimelineJS JSON or CSV with the importers (a separate module,
   * loaded on first use) and shows the result; what the importer could not
   * map is listed with the data's problems, its paths prefixed by the format.
   */
  private async _import(input: unknown, baseUrl: string, superseded: () => boolean = () => false) {
    const { importChronology, detectFormat } = await import('../../import/index.js');
    if (superseded()) return;
    const format = this.format === 'timelinejs' || this.format === 'csv' ? this.format : detectFormat(input);
    const r = importChronology(input, format === 'unknown' ? 'auto' : format, { baseUrl });
    const problems: Problem[] = r.problems.map((p) => ({
      path: `${format}: ${p.path}`,
      message: p.message,
      severity: p.severity === 'info' ? 'warning' : p.severity,
    }));
    if (!r.chronology) return this._fail(problems.map(formatProblem).join('; '), problems);
    this._ingest(r.chronology, baseUrl, { problems, eventsIn: r.eventsIn });
  }

  private _ingest(input: unknown, baseUrl?: string /* parseChronology's default: document.baseURI */, imported?: { problems: Problem[]; eventsIn: number }) {
    const result = parseChronology(input, { baseUrl });
    if (imported) {
      result.problems.unshift(...imported.problems);
      result.eventsIn = imported.eventsIn;
    }
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
    if (!isServer) this._onHash();
  }

  // ---------------------------------------------------------------- state helpers


  private _setActiveTopics(next: Set<string>) {
    const same = next.size === this._activeTopics.size && [...next].every((t) => this._activeTopics.has(t));
    if (same) return;
    this._activeTopics = next;
    emit(this, 'filter-change', { topics: [...next] });
  }

  private _lang(): string {
    return this.lang || (isServer ? this.getAttribute('lang') : this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang) || 'en';
  }

  /** The locale for dates: the language, with `calendar` when set (`fa-u-ca-gregory`). */
  private _locale(lang: string): string {
    return this.calendar ? withCalendar(lang, this.calendar) : lang;
  }

  /** Right to left: the nearest `dir` says so, or there is none and the language is written right to left. */
  private _isRtl(lang: string): boolean {
    const dir = isServer ? this.getAttribute('dir') : this.closest('[dir]')?.getAttribute('dir');
    return dir === 'rtl' || (dir !== 'ltr' && isRtlLang(lang));
  }

  /** Switches to the catalog of `lang`, loading it first when needed (English meanwhile). */
  private _loadCatalog(lang: string) {
    const key = lang.toLowerCase();
    if (key === this._catalogLang) return;
    this._catalogLang = key;
    const m = catalog(lang);
    if (m instanceof Promise) {
      const loading = (this._catalogLoading = m.then((loaded) => {
        if (this._catalogLoading === loading) {
          this._catalogLoading = undefined;
          this._m = loaded;
        }
      }));
    } else {
      this._catalogLoading = undefined;
      this._m = m;
    }
  }

  /** The zone each event's dates are written in: its own with `time-zone="event"`, else the display zone. */
  private _textZone = (e: TimelineEvent): string => (this.timeZone === 'event' && e.timeZone) || this._prepared?.timeZone || 'UTC';

  private _displayZone(): string {
    const z = this.timeZone;
    if (z === 'event') return this._chronology?.timeZone ?? 'UTC';
    if (z === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (z && isTimeZone(z)) return z;
    if (z) console.warn(`chronoline: time-zone="${z}" is not a time zone; using the chronology's.`);
    return this._chronology?.timeZone ?? 'UTC';
  }

  /** Reads the element's font once per layout (widths are cached per font). */
  private _resolveFont(measured: number) {
    // Not measured (server rendering, hydration): estimated widths, the same on server and browser.
    const font = measured ? `${LABEL_FONT_SIZE}px ${getComputedStyle(this).fontFamily || 'sans-serif'}` : '';
    if (font !== this._font) {
      this._font = font;
      this._measureCache.clear();
    }
  }

  /** Label width in px, measured with the element's own font. */
  private _measure = (text: string): number => {
    if (this._canvas === undefined && this._font) this._canvas = document.createElement('canvas').getContext('2d');
    let w = this._measureCache.get(text);
    if (w === undefined) {
      if (this._canvas && this._font) {
        // Setting a canvas font parses it: only when it changed.
        if (this._canvasFont !== this._font) this._canvas.font = this._canvasFont = this._font;
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
    // The chart is drawn first; the gesture's module follows (then the next update attaches it).
    if (!D3) {
      if (!this._awaitingD3) {
        loadingD3 ??= import('../../d3/zoom.js').then((m) => (D3 = m));
        this._awaitingD3 = loadingD3.then(() => {
          this._awaitingD3 = undefined;
          this.requestUpdate();
        });
      }
      return;
    }
    const layout = this._layout!;
    const [e0, e1] = this._prepared.extent;
    const maxK = Math.max(1, (e1 - e0) / MIN_VISIBLE_SPAN);
    if (!this._zoom) {
      this._zoom = D3.zoom<SVGSVGElement, unknown>()
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
      D3.select(target).call(this._zoom);
    }
    // Keep d3's transform in step with the view (after a resize or new data).
    const want = this._transformFor(this._view ?? this._prepared.extent);
    const have = D3.zoomTransform(target);
    if (Math.abs(have.k - want.k) > 1e-6 || Math.abs(have.x - want.x) > 0.5) D3.select(target).call(this._zoom.transform, want);
  }

  /** The plot's edges where time starts and ends: left and right, or right and left. */
  private _plotRange(l: TimelineLayout): [number, number] {
    return l.rtl ? [l.plotRight, l.plotLeft] : [l.plotLeft, l.plotRight];
  }

  private _baseScale() {
    return timeScale(this._prepared!.extent, this._plotRange(this._layout!));
  }

  private _transformFor([v0, v1]: [number, number]): ZoomTransform {
    const x = this._baseScale();
    const [r0, r1] = this._plotRange(this._layout!);
    const k = (r1 - r0) / (x(v1) - x(v0));
    return D3!.zoomIdentity.translate(r0 - k * x(v0), 0).scale(k);
  }

  private _onZoom(t: ZoomTransform) {
    if (!this._prepared || !this._layout) return;
    const x = this._baseScale();
    const l = this._layout;
    const [r0, r1] = this._plotRange(l);
    const [a, b] = [x.invert(t.invertX(r0)), x.invert(t.invertX(r1))];
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
    const f = formatter(this._locale(lang), { timeZone: this._prepared!.timeZone, day: 'numeric', month: 'short' });
    this._announce(`${this._m.showing(l.inView, l.total)}, ${f.formatRange(l.domain[0], l.domain[1])}`);
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
      this._announce(`${pickText(e.title, lang)}, ${formatShortDate(e, this._locale(lang), this._textZone(e), this._m)}`);
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
    if (cluster && e.key === (this._rtl ? 'ArrowLeft' : 'ArrowRight')) i = last;
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
        // Towards later events: right, or left when time runs right to left.
        target = items[Math.min(items.length - 1, Math.max(0, i + ((e.key === 'ArrowRight') !== this._rtl ? 1 : -1)))]?.event.id;
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
    const w = this._measured() || this.ssrWidth;
    return w > 0 && w < this.listBreakpoint ? 'list' : 'chart';
  }

  /** The measured width, except in the first render when there is an `ssr-width` (it must match the server's). */
  private _measured(): number {
    return this.hasUpdated || !this.ssrWidth ? this._width : 0;
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
    return it && l ? timeScale(l.domain, this._plotRange(l))(it.anchor) : undefined;
  }

  /** Zooms by `factor` keeping the event where it is on screen. */
  private async _zoomAround(id: string, factor: number) {
    const x = this._xOf(id);
    if (x === undefined || !this._zoom || !this._zoomTarget) return;
    D3!.select(this._zoomTarget).call(this._zoom.scaleBy, factor, [x, 0]);
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
    if (this._zoom && this._zoomTarget && this._layout) D3!.select(this._zoomTarget).call(this._zoom.transform, this._transformFor(v));
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
    return html`<div class="root" dir=${this._rtl ? 'rtl' : 'ltr'}>
      ${c ? this._renderHead(c, lang) : nothing}
      ${this._status === 'loading'
        ? html`<p part="status" class="status" role="status">${this._m.loading}</p>`
        : nothing}
      ${this._status === 'error'
        ? html`<div part="error" class="error" role="alert">
            <p><strong>${this._m.loadFailed}:</strong> ${this._error}</p>
            ${this.src && !this.data ? html`<button class="retry" type="button" @click=${this.reload}>${this._m.retry}</button>` : nothing}
          </div>`
        : nothing}
      ${this._renderProblems()}
      ${c && this._status === 'ready'
        ? c.events.length === 0
          ? html`<p class="empty">${this._m.empty}</p>`
          : this._currentView() === 'list'
            ? html`${this._renderList(c, lang)} ${this._renderLegend(c, false)}`
            : html`${this._renderChart(c, lang)} ${this._renderDetails(c, lang)} ${this._renderLegend(c, true)}`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._live}</div>
    </div>`;
  }

  private _renderHead(c: Chronology, lang: string) {
    const n = this._layout?.total ?? c.events.length;
    return html`<div class="head">
      <div>
        ${this.hideTitle ? nothing : html`<h2 part="title" class="title" lang=${pickLang(c.title, lang) ?? nothing}>${pickText(c.title, lang)}</h2>`}
        <p class="sub">${[this._m.events(n), this._prepared ? this._zoneLabel() : ''].filter(Boolean).join(' · ')}</p>
      </div>
      ${c.events.length
        ? html`<div part="controls" class="controls">
            ${this._currentView() === 'chart'
              ? html`<button type="button" aria-label=${this._m.zoomIn} title=${this._m.zoomIn} @click=${() => this.zoomBy(1.6)}>+</button>
                  <button type="button" aria-label=${this._m.zoomOut} title=${this._m.zoomOut} @click=${() => this.zoomBy(1 / 1.6)}>−</button>
                  <button type="button" @click=${this.resetZoom}>${this._m.resetZoom}</button>
                  ${this.exportable ? html`<button type="button" class="download" @click=${this._download}>${this._m.download}</button>` : nothing}`
              : nothing}
            ${this._renderZoneMenu(c)}
            <span part="view-toggle" class="view-toggle" role="group" aria-label=${this._m.view}>
              ${(['chart', 'list'] as const).map(
                (v) =>
                  html`<button type="button" data-view=${v} aria-pressed=${this._currentView() === v ? 'true' : 'false'} @click=${() => this._switchView(v)}>
                    ${v === 'chart' ? this._m.viewChart : this._m.viewList}
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
    const named = `${zone.replace(/_/g, ' ')} (${offsetName(at, zone, this._lang())})`;
    return this.timeZone === 'event' ? `${this._m.timeZone}: ${this._m.zoneEvent} · ${named}` : `${this._m.inDisplayZone} ${named}`;
  }

  /**
   * The display-zone menu: the chronology's zone, the zones its events
   * happened in, each event's own, the reader's and UTC.
   */
  private _renderZoneMenu(c: Chronology) {
    // (Rendered on every zoom frame: the reader's zone and the events' zones are looked up once.)
    const local = (readerZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
    let eventZones = zonesOf.get(c);
    if (!eventZones) {
      zonesOf.set(c, (eventZones = new Set()));
      for (const e of c.events) if (e.timeZone) eventZones.add(e.timeZone);
    }
    const zones = new Set<string>([c.timeZone ?? 'UTC', ...eventZones]);
    const current = this.timeZone && (this.timeZone === 'event' || this.timeZone === 'local' || isTimeZone(this.timeZone)) ? this.timeZone : (c.timeZone ?? 'UTC');
    if (current !== 'event' && current !== 'local') zones.add(current);
    zones.delete('UTC');
    const options: [string, string][] = [
      ...[...zones].sort().map((z): [string, string] => [z, z.replace(/_/g, ' ')]),
      ['UTC', 'UTC'],
      ['event', this._m.zoneEvent],
      ['local', this._m.zoneLocal(local.replace(/_/g, ' '))],
    ];
    return html`<label part="zone-menu" class="zone-menu"
      ><span>${this._m.timeZone}</span>
      <select @change=${this._onZoneChange}>
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === current}>${label}</option>`)}
      </select></label
    >`;
  }

  private _onZoneChange(e: Event) {
    this.timeZone = (e.target as HTMLSelectElement).value;
    emit(this, 'zone-change', { timeZone: this.timeZone });
  }

  /** The data's problems, folded (with the list view's module: shown once it has loaded, right after the first render). */
  private _renderProblems() {
    if (!this._problems.length || this._status === 'error') return nothing;
    if (!this._list) return void this._loadList(), nothing;
    return this._list.renderProblems(this._problems, this._m);
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
    const locale = this._locale(lang);
    // The gutter for lane labels and the zone's name: left, or right when mirrored.
    const gutter = l.rtl ? l.width - l.plotRight : l.plotLeft;
    const gx = l.rtl ? l.width - 4 : 4;
    const anchor = l.rtl ? 'end' : nothing;
    // The axis names its zone: in the lane-label gutter, or (one lane, no gutter) at the axis's far end.
    const zoneName = offsetName(l.domain[0], zone, lang);
    const zoneRoom = gutter > 8 ? 0 : this._measure(zoneName) + 12;
    // Marks, clusters and links are drawn from a time that stays put while
    // panning at one zoom level (it moves every four view widths), in a group
    // translated to its x, and each lane's marks and clusters from the lane's
    // top, in a group of their own: a pan frame moves a few groups instead of
    // rewriting the position of every mark (lanes grow and shrink as marks
    // come and go).
    const [d0, d1] = l.domain;
    const pxPerMs = (l.plotRight - l.plotLeft) / Math.max(d1 - d0, 1);
    const q = 2 ** Math.ceil(Math.log2(Math.max(d1 - d0, 1) * 4));
    const from = (Math.floor(d0 / q) * q - d0) * pxPerMs;
    const dx = (this._dx = l.rtl ? l.plotRight - from : l.plotLeft + from);
    const rx = this._rx;
    const perLane = new Map(l.lanes.map((x) => [x.id, { y: x.y, marks: [] as PositionedEvent[], clusters: [] as ClusterLayout[], slots: new Map<string, number>() }]));
    for (const m of l.marks) perLane.get(m.laneId)?.marks.push(m);
    for (const k of l.clusters) perLane.get(k.laneId)?.clusters.push(k);
    for (const [id, x] of perLane) x.slots = this._slotsFor(id, x.clusters);
    this._lanes = perLane;
    return html`<p class="visually-hidden" id="chart-help">
        ${this._m.showing(l.inView, l.total)}. ${this._m.chartHelp}
        <button type="button" class="skip" @click=${() => this._switchView('list', true)}>${this._m.skipToList}</button>
      </p>
      <div class="plot ${this.selected ? 'has-selection' : ''}">
      <svg
        part="chart"
        class="chart"
        width=${l.width}
        height=${l.height}
        viewBox="0 0 ${l.width} ${l.height}"
        role="group"
        aria-label=${this._m.chartLabel(pickText(c.title, lang), l.total)}
        aria-describedby="chart-help"
        @focusin=${this._onChartFocus}
      >
        <defs>
          <clipPath id="plot-clip"><rect x=${l.plotLeft - 8} y="0" width=${l.plotRight - l.plotLeft + 16} height=${l.height}></rect></clipPath>
        </defs>
        ${l.lanes.map(
          (lane, i) => svg`<g class="lane-group">
            <rect part="lane" class="lane-band" x="0" y=${lane.y} width=${l.width} height=${lane.height} fill-opacity=${i % 2 ? 0 : 1}></rect>
            ${gutter > 8
              ? svg`<text part="lane-label" class="lane-label" x=${gx} y=${lane.y + 18} text-anchor=${anchor}>${truncateToWidth(lane.label, gutter - 14, this._measure, 2) ?? ''}</text>`
              : nothing}
          </g>`,
        )}
        <g part="axis" class="axis" aria-hidden="true">
          ${l.ticks.map(
            (t) => svg`<g class="tick ${t.major ? 'major' : ''}">
              <line x1=${t.x} x2=${t.x} y1=${l.axisHeight - 6} y2=${l.height}></line>
              ${(l.rtl ? t.x - 3 - this._measure(t.label) >= zoneRoom : t.x + 3 + this._measure(t.label) <= l.width - zoneRoom)
                ? svg`<text x=${l.rtl ? t.x - 3 : t.x + 3} y=${l.axisHeight - 10} text-anchor=${anchor}>${t.label}</text>`
                : nothing}
            </g>`,
          )}
          ${gutter > 8
            ? svg`<text class="zone" x=${gx} y=${l.axisHeight - 10} text-anchor=${anchor}>${zoneName}</text>`
            : svg`<text class="zone" x=${l.rtl ? 4 : l.width - 4} y=${l.axisHeight - 10} text-anchor=${l.rtl ? nothing : 'end'}>${zoneName}</text>`}
        </g>
        <g clip-path="url(#plot-clip)"><g transform="translate(${dx} 0)">
          ${l.links.map(
            (k) =>
              svg`<line part="link" class="link ${k.id === this.selected || k.id === this._focusId ? "active" : ""}" data-event=${k.id} x1=${rx(k.x)} x2=${rx(k.x)} y1=${k.y1} y2=${k.y2}></line>`,
          )}
          ${l.lanes.map(
            (lane) => svg`<g class="lane-marks" transform="translate(0 ${lane.y})">${repeat(
              perLane.get(lane.id)!.marks,
              (m) => m.key,
              (m) => this._renderMark(m, lang, locale, m.primary && m.id === focusId),
            )}${repeat(
              perLane.get(lane.id)!.clusters,
              (k) => perLane.get(lane.id)!.slots.get(k.key)!,
              (k) => this._renderCluster(k, locale, zone, k.key === tabCluster),
            )}</g>`,
          )}
        </g></g>
      </svg>
    </div>`;
  }

  /** `updateComplete` also waits for the interface language's catalog and the list view's module when they are loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._catalogLoading || this._dataLoading || this._awaitingD3) {
      await (this._catalogLoading ?? this._dataLoading ?? this._awaitingD3);
      done = await super.getUpdateComplete();
    }
    while (this._listLoading && !this._list) {
      await this._listLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Loads the module and styles of the list view and the details panel on first use. */
  private _loadList() {
    this._listLoading ??= import('./list-view.js').then((m) => {
      const root = this.renderRoot as ShadowRoot;
      const sheet = m.listStyles.styleSheet;
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this._list = m;
    });
  }

  /**
   * Hydrating server-rendered DOM (`chronoline/ssr.js`; a new shadow root is
   * empty here): the first render waits for the list view's module, which
   * also renders the details and the problems, so that it matches the server's.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return !this.hasUpdated && this.shadowRoot?.childElementCount
      ? (this._loadList(), this._listLoading!.then(() => super.scheduleUpdate()))
      : super.scheduleUpdate();
  }

  private _renderList(c: Chronology, lang: string) {
    const p = this._prepared;
    if (!p) return nothing;
    if (!this._list) {
      this._loadList();
      return html`<p part="status" class="status" role="status">${this._m.loading}</p>`;
    }
    return this._list.renderListView({
      chronology: c,
      items: p.items,
      lang,
      locale: this._locale(lang),
      m: this._m,
      zone: p.timeZone,
      eventZones: this.timeZone === 'event',
      limit: this._listLimit,
      selected: this.selected,
      onMore: () => {
        this._listLimit += LIST_PAGE;
        this._announce(this._m.showing(Math.min(this._listLimit, p.items.length), p.items.length));
      },
    });
  }

  /** Switches between chart and list (overriding `auto`); `focusList` moves focus to the list's first heading. */
  private async _switchView(v: 'chart' | 'list', focusList = false) {
    this.view = v;
    await this.updateComplete;
    if (focusList) this.renderRoot.querySelector<HTMLElement>('.day-heading')?.focus();
  }

  private _renderCluster(k: ClusterLayout, locale: string, zone: string, tabbable: boolean) {
    const focusable = k.primaryCount > 0;
    const lane = this._layout!.lanes.find((x) => x.id === k.laneId)?.label ?? '';
    // Clusters change with every zoom step: their names must be cheap (no formatRange per frame).
    const [a, b] = [this._shortDay(k.start, locale, zone), this._shortDay(Math.max(k.start, k.end - 1), locale, zone)];
    const range = a === b ? a : `${a} – ${b}`;
    return svg`<g
      part="cluster"
      class="cluster"
      data-key=${k.key}
      data-count=${k.count}
      data-primary=${k.primaryCount}
      transform="translate(${this._rx(k.x)} ${k.y - (this._lanes.get(k.laneId)?.y ?? 0)})"
      role=${focusable ? 'button' : nothing}
      tabindex=${focusable ? (tabbable ? '0' : '-1') : nothing}
      aria-hidden=${focusable ? nothing : 'true'}
      @click=${this._onClusterActivate}
      @keydown=${this._onMarkKey}
    >
      <rect class="hit" x=${-Math.max(k.width, 24) / 2} y="-12" width=${Math.max(k.width, 24)} height="24"></rect>
      <rect class="pill" x=${-k.width / 2} y="-10" width=${k.width} height="20" rx="10"></rect>
      <text text-anchor="middle" dy="0.35em">${k.label}</text>
      <title>${this._m.cluster(k.count, range, lane)}</title>
    </g>`;
  }

  /**
   * The node each of a lane's clusters is drawn in. Clusters are cells of a
   * grid that changes at every zoom step, so their keys change too: rather
   * than a new node per new key, a new cluster takes the node of one that is
   * gone (in the same order, so nodes rarely move), and only a cluster that
   * was drawn before keeps its own. The focused cluster's node is never
   * given away (it is removed, and focus moves on as for any removed mark).
   */
  private _slotsFor(laneId: string, clusters: readonly ClusterLayout[]): Map<string, number> {
    const prev = this._slots.get(laneId);
    const next = new Map<string, number>();
    const keys = new Set(clusters.map((k) => k.key));
    const free: number[] = [];
    if (prev) for (const [key, slot] of prev) if (!keys.has(key) && key !== this._focusedCluster) free.push(slot);
    let f = 0;
    for (const k of clusters) next.set(k.key, prev?.get(k.key) ?? free[f++] ?? this._nextSlot++);
    this._slots.set(laneId, next);
    return next;
  }

  /** An x of the layout, from `_dx`, to 1/100 px (a pan at one zoom level gives the same numbers). */
  private _rx = (x: number) => Math.round((x - this._dx) * 100) / 100;

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

  private _markName(e: TimelineEvent, lang: string, locale: string): string {
    const cached = this._names.get(e.id);
    if (cached !== undefined) return cached;
    const c = this._chronology!;
    const who = e.actors
      .slice(0, 3)
      .map((a) => pickText(c.actorsById.get(a.id)?.shortName ?? c.actorsById.get(a.id)?.name, lang))
      .join(', ');
    const name = [pickText(e.title, lang), formatShortDate(e, locale, this._textZone(e), this._m), who].filter(Boolean).join('. ');
    this._names.set(e.id, name);
    return name;
  }

  private _renderMark(m: PositionedEvent, lang: string, locale: string, tabbable: boolean) {
    const selected = m.id === this.selected;
    const color = m.color ? markColor(m.color) : 'var(--_accent)';
    const width = Math.max(Math.abs(m.x2 - m.x), 3);
    // A bar runs from its start (x) towards x2: rightwards, or leftwards when mirrored.
    const bx = m.x2 < m.x ? -width : 0;
    const classes = `mark ${m.primary ? 'primary' : 'secondary'} ${selected ? 'selected' : ''} ${m.approximate ? 'approx' : ''}`;
    // The name comes from <title> (SVG's own naming): it starts with the full
    // title, so a shortened visible label is still the start of the name, and
    // pointer users get the full title as a tooltip.
    const full = pickText(m.event.title, lang);
    const shape =
      m.kind === 'point'
        ? svg`<circle class="shape dot" r="6" fill=${color} stroke=${m.approximate ? color : nothing}></circle>`
        : svg`<rect class="shape bar" x=${bx} y="-9" width=${width} height="18" rx="3" fill=${color} stroke=${color}></rect>
              <rect class="shape bar-edge" x=${bx ? -3 : 0} y="-9" width="3" height="18" fill=${color} stroke=${m.approximate ? color : nothing}></rect>`;
    return svg`<g
      part="event"
      class=${classes}
      data-id=${m.id}
      transform="translate(${this._rx(m.x)} ${m.y - (this._lanes.get(m.laneId)?.y ?? 0)})"
      role=${m.primary ? 'button' : nothing}
      tabindex=${m.primary ? (tabbable ? '0' : '-1') : nothing}
      aria-hidden=${m.primary ? nothing : 'true'}
      aria-expanded=${m.primary ? (selected ? 'true' : 'false') : nothing}
      @click=${this._onMarkClick}
      @keydown=${this._onMarkKey}
    >
      <rect class="hit" x=${m.kind === 'point' ? -12 : bx ? -Math.max(width, 24) : 0} y="-12" width=${m.kind === 'point' ? 24 : Math.max(width, 24)} height="24"></rect>
      ${shape}
      ${m.label !== null
        ? svg`<text x=${m.labelX - m.x} dy="0.35em" text-anchor=${m.labelAnchor === 'end' ? 'end' : nothing}>${m.label}</text>`
        : nothing}
      <title>${m.primary ? this._markName(m.event, lang, locale) : full}</title>
    </g>`;
  }

  private _renderLegend(c: Chronology, keys: boolean) {
    const used = c.topics.filter((t) => (c.eventCountByTopic.get(t.id) ?? 0) > 0);
    return html`${keys
        ? html`<div part="legend" class="legend" aria-hidden="true">
            <span><svg width="14" height="14"><circle class="key-shape" cx="7" cy="7" r="5"></circle></svg>${this._m.legendPoint}</span>
            <span><svg width="24" height="14"><rect class="key-shape" x="1" y="3" width="22" height="8" rx="2"></rect></svg>${this._m.legendRange}</span>
            <span><svg width="14" height="14"><circle class="key-approx" cx="7" cy="7" r="5"></circle></svg>${this._m.legendApprox}</span>
          </div>`
        : nothing}
      ${used.length
        ? html`<div part="filters" class="filters" role="group" aria-label=${this._m.filterTopics}>
            <span class="filters-label" aria-hidden="true">${this._m.filterTopics}:</span>
            <slot name="filters">${used.map((t) => html`<topic-badge .topic=${t}></topic-badge>`)}</slot>
          </div>`
        : nothing}`;
  }

  private _renderDetails(c: Chronology, lang: string) {
    const event = this.selected ? c.events.find((x) => x.id === this.selected) : undefined;
    if (!event) return nothing;
    // The panel comes with the list view's module (usually loaded by now: right after the first render).
    if (!this._list) return void this._loadList(), nothing;
    return this._list.renderDetails({
      event,
      chronology: c,
      lang,
      locale: this._locale(lang),
      m: this._m,
      zone: this._textZone(event),
      onClose: () => void this._closeDetails(),
    });
  }

}

// Cards and badges find their timeline by this mark, whatever tag name it is registered under.
brandTimeline(EventTimeline);
