import { html, nothing, type PropertyValues } from 'lit';
import { brandTimeline } from '../../dom/enclosing-timeline.js';
import { emit } from '../../events/emit.js';
import { GROUP_BY } from '../../layout/lanes.js';
import type { Chronology, Problem } from '../../schema/parse.js';
import { pickText } from '../../schema/text.js';
import { eventZone } from '../../time/display-zone.js';
import { formatShortDate } from '../../time/format.js';
import { renderBody } from './body-view.js';
import { ChartView } from './chart-view.js';
import { styles } from './event-timeline.styles.js';
import { markStyles } from './mark.styles.js';
import { renderHead, switchView } from './head-view.js';
import { KeyboardController } from './keyboard-controller.js';
import { tagsLoading } from './inner-tags.js';
import { LangController } from './lang-controller.js';
import { ListModule } from './list-module.js';
import { PhoneModule, compactView } from './phone-module.js';
import { LiveRegion } from './live-region.js';
import { LoadController } from './load-controller.js';
import { PrintController } from './print-controller.js';
import type { RefreshController } from './refresh-controller.js';
import { ReaderModule } from './reader-module.js';
import { SizeController, probeBox, shownView } from './size-controller.js';
import { hydrating, hydratingList, serverView } from './server-view.js';
import { TimelineModel } from './timeline-model.js';
import { TimelineProperties } from './event-timeline.properties.js';
import { TopicFilter } from './topic-filter.js';
import { ZoomController } from './zoom-controller.js';

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
 * `list-breakpoint` (as a compact phone chronology: see `phone-events`); a
 * Chart/List toggle lets the reader choose.
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
 * @fires {SearchChangeEvent} search-change - The reader typed in the search box or cleared it: `{query, matches}` (the matching events' ids, in time order).
 * @fires {ZoneChangeEvent} zone-change - The reader picked a display zone in the zone menu: `{timeZone}` (an IANA name, `UTC`, `event` or `local`).
 *
 * @csspart title - The chronology's title.
 * @csspart controls - The zoom buttons and the view toggle.
 * @csspart view-toggle - The Chart/List toggle (two buttons with `aria-pressed`).
 * @csspart search - The search box (an `<input type="search">`).
 * @csspart zone-menu - The display-zone menu (a labelled `<select>`).
 * @csspart list - The list view.
 * @csspart phone - The compact phone chronology (`view="auto"` below `list-breakpoint`).
 * @csspart chart - The SVG.
 * @csspart axis - The time axis (ticks and labels).
 * @csspart lane - A lane's background band.
 * @csspart lane-label - A lane's label.
 * @csspart event - An event mark (also carries `data-id`).
 * @csspart cluster - A "+N" mark standing for a dense stretch of events in a lane (`data-count`); click or Enter zooms into it.
 * @csspart link - The line joining one event's marks in several lanes.
 * @csspart legend - The key to the marks.
 * @csspart filters - The topic filter bar.
 * @csspart filter-panel - What the "Filters" button opens: the topic and status filters (below the chart, above the phone chronology's events).
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
export class EventTimeline extends TimelineProperties {
  static override styles = [...styles, markStyles];

  // Behaviour, one concept each (controllers run their hooks in this order).
  // Its details and filter bar draw <actor-card> and <topic-badge>: defined on first use if the page left the names free (inner-tags.ts).
  private _i18n = new LangController(this, () => this.calendar);
  private _size = new SizeController(this, () => this.ssrWidth);
  private _lists = new ListModule(this);
  private _phone = new PhoneModule(this, () => this.phoneEvents, this._size);
  private _print = new PrintController(this, this._lists.load);
  private _live = new LiveRegion(this);
  private _topics = new TopicFilter(this);
  /** Live stories (`refresh`, `remember-visit`): loaded only when one of them is set (the import's promise until then). */
  private _refresh?: RefreshController | Promise<unknown>;
  private _data: LoadController = new LoadController(
    this,
    () => this._i18n.m,
    this._onLoaded.bind(this),
    () => this._reader.shown(),
  );
  /** The prepared data, its layout and the visible range. */
  private _model = new TimelineModel(this, this._i18n, this._data, this._topics, this._size, () => this._currentView());
  private _zoom: ZoomController = new ZoomController(this, this._model, this._i18n, (r) => emit(this, 'range-change', r), this._live.say);
  private _keys = new KeyboardController(this, this._model, this._zoom, () => this._i18n.rtl);
  /** Search, the data download and `link-state`: loaded right after the first render (reader-tools.ts, link-state-controller.ts). */
  private _reader = new ReaderModule(this, () => ({
    data: this._data,
    model: this._model,
    i18n: this._i18n,
    topics: this._topics,
    zoom: this._zoom,
    say: this._live.say,
  }));
  private _chart = new ChartView(this);

  /** The validated chronology now shown (null until one is loaded). */
  get chronology(): Chronology | null {
    return this._data.chronology;
  }

  /** Problems found in the current data (each with a JSON path and a sentence). */
  get problems(): readonly Problem[] {
    return this._data.problems;
  }

  /** Ids of the topics the timeline is filtered to (empty: all events shown). */
  get activeTopics(): string[] {
    return [...this._topics.active];
  }
  set activeTopics(ids: string[]) {
    this._topics.set(new Set(ids));
  }

  /** The visible time range. */
  get range(): { start: Date; end: Date } | null {
    return this._zoom.range;
  }

  /** Turns one topic filter on or off. */
  setTopicActive(id: string, active: boolean): void {
    this._topics.toggle(id, active);
  }

  /** Zooms in (factor > 1) or out (factor < 1) around the centre of the view. */
  zoomBy(factor: number): void {
    this._zoom.zoomBy(factor);
  }

  /** Shows the whole chronology again. */
  resetZoom(): void {
    this._zoom.setView(null);
  }

  /** Loads `src` again (after a failure, or to pick up new data). */
  reload(): void {
    this._data.load();
  }

  /** Selects an event by id (opens its details) and fires `event-select`. */
  selectEvent(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const e = id ? this._data.chronology?.events.find((x) => x.id === id) : undefined;
    if (id && e) {
      this._keys.focusId = id;
      const { lang, locale, m } = this._i18n;
      this._live.say(`${pickText(e.title, lang)}, ${formatShortDate(e, locale, eventZone(e, this._model.zone), m)}`);
      emit(this, 'event-select', { id });
    }
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

  /** The chart's current view (as `exportSVG()` draws it) as a PNG `Blob` (`image/png`), `scale` times the SVG's size in pixels (default 2). Rejects like `exportSVG()`. */
  async exportPNG({ scale = 2 }: { scale?: number } = {}): Promise<Blob> {
    const [m, svg] = await this._export();
    return m.svgToPng(svg, scale);
  }

  /**
   * The events of the current view (the topic filter and the search
   * applied; the whole time range, not only the part zoomed to), in time
   * order, as CSV in chronoline's flat columns: one row per event, which
   * `fromCSV` reads back as the same events. Cells a spreadsheet would run
   * as formulas (`=`, `+`, `-`, `@`) begin with `'`. The "Download data"
   * menu saves it with a byte order mark. Rejects when no chronology is shown.
   */
  async exportCSV(): Promise<string> {
    return (await this._reader.load()).exportData('csv');
  }

  /** The events of the current view (as `exportCSV()`) as a chronology JSON file, with the actors and topics they name. */
  async exportJSON(): Promise<string> {
    return (await this._reader.load()).exportData('json');
  }

  /** The events of the current view (as `exportCSV()`) as an iCalendar file (RFC 5545): events dated to a day as all-day events (`VALUE=DATE`), timed events in UTC, the sources in each description. */
  async exportICS(): Promise<string> {
    return (await this._reader.load()).exportData('ics');
  }

  private _export = () =>
    import('./export-action.js').then((a) => a.exportChart(this, this._model, this._i18n, this._shown, this._currentView));
  private _download = () =>
    import('./export-action.js').then((a) => a.downloadChart(this._export, () => this._shown()!.id, this._live.say));

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` and `dir` are the element's own (not Lit properties): re-render in the new language or direction.
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  /** New data is shown: another chronology starts zoomed out; filters and selection keep what still exists. */
  private _onLoaded(c: Chronology, update: boolean) {
    if (!update) this._zoom.reset();
    this._topics.keep(c);
    if (this.selected && !c.events.some((e) => e.id === this.selected)) this.selected = null;
  }

  /** The chronology shown, once it is ready. */
  private _shown = () => (this._data.status === 'ready' ? this._data.chronology : null);

  /** The view now shown: `chart` or `list` (`auto` resolved against the element's width). */
  private _currentView = () => serverView(this, shownView(this.view, this._print.printing, this._size.current, this.listBreakpoint));
  /** The list view is the compact phone chronology (`auto` below the breakpoint, in a browser, not printing). */
  private _compact = () =>
    !hydratingList(this) && compactView(this.view, this._print.printing, this._size.measured, this.listBreakpoint, this.phoneEvents);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Before the first update, connectedCallback may already have loaded.
    if ((changed.has('data') || changed.has('src')) && (this.hasUpdated || this._data.status === 'empty')) this._data.load();
    this._i18n.sync();
    if (this.refresh || this.rememberVisit)
      this._refresh ??= import('./refresh-controller.js').then(
        (r) => (this._refresh = new r.RefreshController(this, this._data, this._i18n, this._model, this._live.say)),
      );
    if (!GROUP_BY.includes(this.groupBy)) this.groupBy = 'actor';
    // A width measured while laying out as on the server is laid out next.
    if (!this._size.measured && this._size.width) void this.updateComplete.then(() => this.requestUpdate());
    const [view, status] = [this._currentView(), this._data.status];
    const listModule = this._compact() ? this._phone.module : this._lists.module;
    this._size.box(view, this.height, status === 'loading' || status === 'empty' || (view === 'list' && !listModule));
    this._model.update();
  }

  /** While the phone chronology's module is on its way, an update no property asked for (the data read, the list's module arrived) only prepares (`willUpdate`): the update the module asks for draws, in a shorter task. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this._phone.waiting || changed.size > 0) return true;
    this.willUpdate(changed);
    return false;
  }

  protected override updated(): void {
    // Drawn: the chart laid out, or the list (or the phone chronology) shown once the data is prepared.
    const drawn =
      this._model.layout ||
      (this._currentView() === 'list' && this._model.prepared && (this._compact() ? this._phone : this._lists).module);
    this._data.rendered(this._size.width > 0 && !this._size.pending && !!drawn, this._lists.load);
  }

  /** `updateComplete` also waits for the interface language's catalog, data being read, the zoom gesture's, the list view's and the cards' and badges' classes. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const pending = () =>
      this._i18n.pending ??
      this._size.pending ??
      this._data.pending ??
      this._zoom.pending ??
      this._keys.pending ??
      this._reader.waiting ??
      this._lists.waiting ??
      this._phone.waiting ??
      tagsLoading();
    for (let p = pending(); p; p = pending()) {
      await p;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Hydrating server-rendered DOM (`chronoline/ssr.js`; a new shadow root is empty here): the first render waits for the list view's module, which also renders the details and the problems, so that it matches the server's. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return hydrating(this) ? (this._lists.load(), this._lists.pending!.then(() => super.scheduleUpdate())) : super.scheduleUpdate();
  }

  override render() {
    const c = this._data.chronology;
    const { lang, locale, m, rtl } = this._i18n;
    const { prepared: p, layout: l, zone } = this._model;
    const view = this._currentView();
    const o = {
      lang,
      locale,
      m,
      zone,
      selected: this.selected,
      chronology: c!,
      view,
      matches: this._reader.tools?.search.matches,
      fresh: (this._refresh as RefreshController)?.fresh,
    };
    // The list's module also brings the problems, the details panel and the summary line: it loads while the data is
    // on its way (so that the first render with the data has the summary, no layout shift), else right after the first render.
    if (!this._lists.module && (this._data.status === 'loading' || this._data.problems.length || this.selected || view === 'list'))
      this._lists.load();
    return html`<div class="root" dir=${rtl ? 'rtl' : 'ltr'}>
      ${
        c
          ? renderHead({
              ...o,
              host: this,
              model: this._model,
              onDownload: this._download,
              tools: this._reader.tools?.render(m),
            })
          : nothing
      }
      ${renderBody({
        ...o,
        data: this._data,
        prepared: p,
        lists: this._lists,
        phone: view === 'list' && this._compact() ? this._phone.load() : undefined,
        say: this._live.say,
        host: this,
        onRetry: this.src && !this.data ? () => this.reload() : undefined,
        chart: () =>
          l && p && !this._size.probe()
            ? this._chart.render({
                ...o,
                prepared: p,
                layout: l,
                keys: this._keys,
                onSelect: (id) => this.selectEvent(id),
                onSkipToList: () => void switchView(this, 'list', true),
                status: this._lists.module?.chartStatus,
              })
            : probeBox(l?.height),
        onCloseDetails: () => void this._keys.closeDetails(),
        ...this._lists.module?.detailsAt(l, this.selected),
        activeTopics: this._topics.active,
      })}
      ${this._live.render()}
    </div>`;
  }
}

// Cards and badges find their timeline by this mark, whatever tag name it is registered under.
brandTimeline(EventTimeline);
