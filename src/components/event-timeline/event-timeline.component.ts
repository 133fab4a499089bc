import { provide } from '@lit/context';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { timelineContext, type TimelineContext } from '../../context.js';
import { emit } from '../../internal/emit.js';
import { inlineJsonText } from '../../internal/inline-json.js';
import { messages } from '../../internal/messages.js';
import { GROUP_BY, type GroupBy } from '../../layout/lanes.js';
import { truncateToWidth } from '../../layout/stack.js';
import { timeScale } from '../../layout/time-scale.js';
import {
  computeTimelineLayout,
  prepareTimeline,
  type PositionedEvent,
  type PreparedTimeline,
  type TimelineLayout,
} from '../../layout/timeline-layout.js';
import { isHttpUrl, type ChronologyInput } from '../../schema/chronology-schema.js';
import { formatProblem, parseChronology, type Chronology, type Problem, type TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { formatEventDate, formatShortDate } from '../../time/format.js';
import { isTimeZone, offsetName } from '../../time/zone.js';
import { styles } from './event-timeline.styles.js';

type Status = 'empty' | 'loading' | 'error' | 'ready';

const LABEL_FONT_SIZE = 12;
const MIN_VISIBLE_SPAN = 2 * 3_600_000;

/**
 * A news chronology as a zoomable chart: a horizontal time axis, events as
 * dots (instants and days) and bars (periods) in lanes by actor or topic,
 * and a details panel for the selected event with its actors, topics and
 * sources.
 *
 * Data comes from the `data` property, a `src` URL, or an inline
 * `<script type="application/json">` child, in that order of precedence.
 * It is validated: events with problems are left out and listed; the rest
 * are drawn.
 *
 * Only the events in view (plus half a view on each side) are in the DOM.
 *
 * @summary A zoomable, accessible chart of a news chronology.
 * @tag event-timeline
 *
 * @slot filters - Replaces the default topic filter bar (put `<topic-badge>`s here).
 *
 * @fires {DataLoadEvent} data-load - A dataset was parsed: `{events, problems, problemList}`.
 * @fires {DataErrorEvent} data-error - Nothing could be shown (network, not JSON, not a chronology): `{message}`.
 * @fires {RenderedEvent} rendered - The first full render of new data at the element's real width: `{events}`.
 * @fires {EventSelectEvent} event-select - An event was selected by click, Enter or Space: `{id}`.
 * @fires {RangeChangeEvent} range-change - The visible time range changed: `{start, end}` (Dates).
 * @fires {FilterChangeEvent} filter-change - The active topic filter changed: `{topics}`.
 *
 * @csspart title - The chronology's title.
 * @csspart controls - The zoom buttons.
 * @csspart chart - The SVG.
 * @csspart axis - The time axis (ticks and labels).
 * @csspart lane - A lane's background band.
 * @csspart lane-label - A lane's label.
 * @csspart event - An event mark (also carries `data-id`).
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

  /** The chronology, as an object (or a JSON string). Takes precedence over `src`. */
  @property({ attribute: false }) data?: ChronologyInput | string | null;

  /** URL of a chronology JSON file. */
  @property() src?: string;

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

  @state() private _status: Status = 'empty';
  @state() private _error = '';
  @state() private _chronology: Chronology | null = null;
  @state() private _problems: Problem[] = [];
  @state() private _width = 0;
  @state() private _view: [number, number] | null = null;
  @state() private _activeTopics: ReadonlySet<string> = new Set();
  @state() private _focusId: string | null = null;

  @provide({ context: timelineContext })
  @state()
  private _context: TimelineContext = this._makeContext();

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
    if (this._status === 'empty') this._loadFromSources();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    cancelAnimationFrame(this._resizeFrame);
    this._abort?.abort();
    if (this._zoomTarget) select(this._zoomTarget).on('.zoom', null);
    this._zoomTarget = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
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
      this._context = this._makeContext();
      this._names.clear();
      prepared = true;
    }
    // Selection and focus changes re-render but do not move anything.
    if (!prepared && !changed.has('_width' as keyof EventTimeline) && !changed.has('_view' as keyof EventTimeline)) return;
    if (this._prepared && this._width > 0) {
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

  protected override updated(): void {
    this._attachZoom();
    if (this._renderPending && this._layout && this._status === 'ready') {
      this._renderPending = false;
      emit(this, 'rendered', { events: this._chronology?.events.length ?? 0 });
    }
  }

  // ---------------------------------------------------------------- data

  private _loadFromSources() {
    this._abort?.abort();
    if (this.data !== undefined && this.data !== null) return this._ingest(this.data);
    if (this.src) return void this._fetch(this.src);
    const inline = inlineJsonText(this);
    if (inline !== undefined) return this._ingest(inline);
    this._status = 'empty';
  }

  private async _fetch(url: string) {
    const controller = (this._abort = new AbortController());
    this._status = 'loading';
    this._error = '';
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(`the server answered ${response.status}${response.statusText ? ' ' + response.statusText : ''} for ${url}`);
      const text = await response.text();
      if (controller.signal.aborted) return;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new Error(`${url} is not JSON${/^\s*</.test(text) ? ' (it looks like an HTML page)' : ''}`);
      }
      this._ingest(json);
    } catch (e) {
      if (controller.signal.aborted) return;
      const err = e as Error;
      const message = err instanceof TypeError ? `the network request for ${url} failed (offline, blocked, or not allowed by CORS)` : err.message;
      this._fail(message);
    }
  }

  private _fail(message: string) {
    this._status = 'error';
    this._error = message;
    this._chronology = null;
    emit(this, 'data-error', { message });
  }

  private _ingest(input: unknown) {
    const result = parseChronology(input);
    this._problems = result.problems;
    if (!result.chronology) {
      this._fail(result.problems.map(formatProblem).join('; '));
      emit(this, 'data-load', { events: 0, problems: result.problems.length, problemList: result.problems });
      return;
    }
    this._chronology = result.chronology;
    this._status = 'ready';
    this._error = '';
    this._view = null;
    this._lastRange = '';
    this._activeTopics = new Set([...this._activeTopics].filter((t) => result.chronology!.topicsById.has(t)));
    if (this.selected && !result.chronology.events.some((e) => e.id === this.selected)) this.selected = null;
    this._renderPending = true;
    emit(this, 'data-load', { events: result.chronology.events.length, problems: result.problems.length, problemList: result.problems });
  }

  // ---------------------------------------------------------------- state helpers

  private _makeContext(): TimelineContext {
    return {
      chronology: this._chronology,
      activeTopics: this._activeTopics,
      setTopicActive: (id, active) => this.setTopicActive(id, active),
      lang: this._lang(),
    };
  }

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
    emit(this, 'range-change', r);
  }

  // ---------------------------------------------------------------- selection and keys

  /** Selects an event by id (opens its details) and fires `event-select`. */
  selectEvent(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id) {
      this._focusId = id;
      emit(this, 'event-select', { id });
    }
  }

  private _onMarkClick(e: MouseEvent) {
    const id = (e.currentTarget as Element).getAttribute('data-id');
    if (id) this.selectEvent(id);
  }

  private _onMarkKey(e: KeyboardEvent) {
    const id = (e.currentTarget as Element).getAttribute('data-id');
    if (!id) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.selectEvent(id);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const order = this._focusOrder;
      const i = order.indexOf(id);
      const next =
        e.key === 'Home' ? order[0] : e.key === 'End' ? order[order.length - 1] : order[Math.min(order.length - 1, Math.max(0, i + (e.key === 'ArrowRight' ? 1 : -1)))];
      if (next) this._focusMark(next);
    } else if (e.key === 'Escape' && this.selected) {
      this.selectEvent(null);
    }
  }

  private async _focusMark(id: string) {
    this._focusId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGElement>(`.mark.primary[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  private async _closeDetails() {
    const id = this.selected;
    this.selectEvent(null);
    if (id) await this._focusMark(id);
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
          : html`${this._renderChart(c, lang)} ${this._renderLegend(c)} ${this._renderDetails(c, lang)}`
        : nothing}
    `;
  }

  private _renderHead(c: Chronology, lang: string) {
    const n = this._layout?.total ?? c.events.length;
    return html`<div class="head">
      <div>
        ${this.hideTitle ? nothing : html`<h2 part="title" class="title" lang=${pickLang(c.title, lang) ?? nothing}>${pickText(c.title, lang)}</h2>`}
        <p class="sub">${[messages.events(n), this._layout ? this._zoneLabel() : ''].filter(Boolean).join(' · ')}</p>
      </div>
      ${c.events.length
        ? html`<div part="controls" class="controls">
            <button type="button" aria-label=${messages.zoomIn} title=${messages.zoomIn} @click=${() => this.zoomBy(1.6)}>+</button>
            <button type="button" aria-label=${messages.zoomOut} title=${messages.zoomOut} @click=${() => this.zoomBy(1 / 1.6)}>−</button>
            <button type="button" @click=${this.resetZoom}>${messages.resetZoom}</button>
          </div>`
        : nothing}
    </div>`;
  }

  private _zoneLabel() {
    const zone = this._prepared?.timeZone ?? 'UTC';
    const at = (this._view ?? this._prepared?.extent ?? [Date.now()])[0]!;
    return `${messages.inDisplayZone} ${zone.replace(/_/g, ' ')} (${offsetName(at, zone, this._lang())})`;
  }

  private _renderProblems() {
    const problems = this._problems;
    if (!problems.length || this._status === 'error') return nothing;
    const dropped = new Set(problems.map((p) => /^events\[(\d+)\]/.exec(p.path)?.[1]).filter(Boolean)).size;
    return html`<details part="problems" class="problems">
      <summary>${dropped ? messages.notShown(dropped) : messages.problemsIn(problems.length)}</summary>
      <ul>
        ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      </ul>
    </details>`;
  }

  private _renderChart(c: Chronology, lang: string) {
    const l = this._layout;
    if (!l) return html`<div class="plot placeholder"></div>`;
    const focusOrder = this._focusOrder;
    const focusId = this._focusId && focusOrder.includes(this._focusId) ? this._focusId : (focusOrder[0] ?? null);
    const zone = this._prepared!.timeZone;
    return html`<div class="plot ${this.selected ? 'has-selection' : ''}">
      <svg
        part="chart"
        class="chart"
        width=${l.width}
        height=${l.height}
        viewBox="0 0 ${l.width} ${l.height}"
        role="group"
        aria-label=${messages.chartLabel(pickText(c.title, lang), l.total)}
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
        </g>
      </svg>
    </div>`;
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
    const color = m.color ?? 'var(--_accent)';
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
      @focus=${() => (this._focusId = m.id)}
    >
      <rect class="hit" x=${m.kind === 'point' ? -12 : 0} y="-12" width=${m.kind === 'point' ? 24 : Math.max(width, 24)} height="24"></rect>
      ${shape}
      ${m.label !== null
        ? svg`<text x=${m.labelX - m.x} dy="0.35em" text-anchor=${m.labelAnchor === 'end' ? 'end' : nothing}>${m.label}</text>`
        : nothing}
      <title>${m.primary ? this._markName(m.event, lang, zone) : full}</title>
    </g>`;
  }

  private _renderLegend(c: Chronology) {
    const used = c.topics.filter((t) => (c.eventCountByTopic.get(t.id) ?? 0) > 0);
    return html`<div part="legend" class="legend" aria-hidden="true">
        <span><svg width="14" height="14"><circle class="key-shape" cx="7" cy="7" r="5"></circle></svg>${messages.legendPoint}</span>
        <span><svg width="24" height="14"><rect class="key-shape" x="1" y="3" width="22" height="8" rx="2"></rect></svg>${messages.legendRange}</span>
        <span><svg width="14" height="14"><circle class="key-approx" cx="7" cy="7" r="5"></circle></svg>${messages.legendApprox}</span>
      </div>
      ${used.length
        ? html`<div part="filters" class="filters" role="group" aria-label=${messages.filterTopics}>
            <span class="filters-label" aria-hidden="true">${messages.filterTopics}:</span>
            <slot name="filters">${used.map((t) => html`<topic-badge .topic=${t}></topic-badge>`)}</slot>
          </div>`
        : nothing}`;
  }

  private _renderDetails(c: Chronology, lang: string) {
    const e = this.selected ? c.events.find((x) => x.id === this.selected) : undefined;
    if (!e) return nothing;
    const zone = this._prepared?.timeZone ?? 'UTC';
    const own = e.timeZone ?? zone;
    const ownDate = formatEventDate(e, lang, own);
    const shownDate = formatEventDate(e, lang, zone);
    const color = e.topics[0] ? c.topicsById.get(e.topics[0])?.color : undefined;
    const loc = e.location;
    const place = loc ? [pickText(loc.name, lang), loc.city, loc.country].filter((s, i, a) => s && a.indexOf(s) === i).join(', ') : '';
    return html`<section
      part="details"
      class="details"
      aria-labelledby="details-title"
      style=${styleMap(color ? { '--_detail-color': color } : {})}
      @keydown=${(ev: KeyboardEvent) => ev.key === 'Escape' && this._closeDetails()}
    >
      <header>
        <div>
          <p class="dateline">
            ${ownDate}${shownDate !== ownDate ? html`<br /><span>${messages.inDisplayZone} ${zone.replace(/_/g, ' ')}: ${shownDate}</span>` : nothing}
          </p>
          <h3 id="details-title" lang=${pickLang(e.title, lang) ?? nothing}>${pickText(e.title, lang)}</h3>
        </div>
        <button class="close" type="button" aria-label=${messages.close} @click=${this._closeDetails}>×</button>
      </header>
      ${e.summary ? html`<p class="summary" lang=${pickLang(e.summary, lang) ?? nothing}>${pickText(e.summary, lang)}</p>` : nothing}
      ${place ? html`<p class="place">${place}</p>` : nothing}
      ${e.actors.length
        ? html`<h4>${messages.who}</h4>
            <div class="actors">
              ${e.actors.map(
                (a) => html`<actor-card .chronology=${c} actor-id=${a.id} event-role=${a.role ? pickText(a.role, lang) : nothing}></actor-card>`,
              )}
            </div>`
        : nothing}
      ${e.topics.length
        ? html`<h4>${messages.topics}</h4>
            <div class="topics">${e.topics.map((t) => html`<topic-badge topic-id=${t}></topic-badge>`)}</div>`
        : nothing}
      ${e.sources.length
        ? html`<h4>${messages.sources}</h4>
            <ul class="sources">
              ${e.sources.map((s) =>
                isHttpUrl(s.url)
                  ? html`<li>
                      <a href=${s.url} target="_blank" rel="noopener noreferrer">${s.publisher}${s.title ? ` — ${pickText(s.title, lang)}` : ''}</a>
                    </li>`
                  : nothing,
              )}
            </ul>`
        : nothing}
      ${e.correction
        ? html`<p class="correction"><strong>${messages.correction}:</strong> ${pickText(e.correction.text, lang)}</p>`
        : nothing}
    </section>`;
  }
}
