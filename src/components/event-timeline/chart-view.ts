/**
 * The chart of `<event-timeline>`: an SVG of lanes, the axis, marks, "+N"
 * clusters and the links between an event's marks in several lanes, drawn
 * from the layout (every coordinate and every cut label comes from layout/).
 *
 * The line joining an event's marks in several lanes is drawn just before
 * its first (primary) mark, as its sibling, and shows only while that mark is
 * hovered, focused or selected: always drawn, it would cross labels. Not in
 * the mark: focusing the mark would scroll the page to fit the whole line.
 *
 * Marks, clusters and links are drawn from the layout's pan origin, in a
 * group translated to it, and each lane's marks and clusters from the lane's
 * top, in a group of their own: a pan frame moves a few groups instead of
 * rewriting the position of every mark.
 *
 * The focus listener is on the plot's div, not on the SVG: Chromium makes an
 * SVG element with a focus listener focusable, a Tab stop of its own.
 */
import { html, nothing, svg, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { fromOrigin } from '../../layout/chart-frame.js';
import { tabStop } from '../../layout/navigation.js';
import type { ClusterLayout, LinkLayout, PositionedEvent, PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import type { TimelineEvent } from '../../schema/parse.js';
import { pickText } from '../../schema/text.js';
import { markColor } from '../../styles/color.js';
import { eventZone } from '../../time/display-zone.js';
import { formatShortDate } from '../../time/format.js';
import { formatter } from '../../time/intl.js';
import type { ViewContext } from './body-view.js';
import type { KeyboardController } from './keyboard-controller.js';
import type { ChartStatus } from './status-marks.js';
import { eraBands } from './era-module.js';
import { laneLabel, markLabel, markShape, raiseSelected } from './mark-view.js';

export interface ChartViewOptions extends ViewContext {
  prepared: PreparedTimeline;
  layout: TimelineLayout;
  /** Keyboard navigation: the focused event, the Tab stop and the keys. */
  keys: KeyboardController;
  onSelect: (id: string) => void;
  onSkipToList: () => void;
  /** Status treatments and "new" markers (status-marks.ts, loaded on demand), and the events not seen yet. */
  status?: ChartStatus;
  fresh?: ReadonlySet<string>;
}

/** Draws a layout's breaks (`axis-breaks`), once axis-breaks.ts has loaded (reader-extras.ts sets it). */
let drawBreaks: ((l: TimelineLayout, host: Element) => unknown) | undefined;
export const setBreakDrawer = (draw: typeof drawBreaks) => (drawBreaks = draw);

/** One element's chart: the template, and what it keeps between frames (names, cluster nodes). */
export class ChartView {
  /** `host`: the element (its era bands load on demand and render it again, era-module.ts). */
  constructor(private _host: ReactiveControllerHost & HTMLElement) {}

  /** Accessible names of marks, per event id, for one prepared timeline (data, zone and language). */
  private _names = new Map<string, string>();
  private _namesOf?: PreparedTimeline;
  private _dayNames = new Map<string, string>();
  /** Per lane, the node (slot) each drawn cluster is in: cluster key → slot. */
  private _slots = new Map<string, Map<string, number>>();
  private _nextSlot = 0;
  /** The lines joining an event's marks in several lanes, by event id. */
  private _links = new Map<string, LinkLayout>();

  render(o: ChartViewOptions) {
    const { layout: l, m, lang, chronology: c, keys } = o;
    const tab = tabStop(o.prepared, l, keys.order, keys.focusId);
    const f = l.frame;
    const ox = f.originX;
    // The clipped group's only child is a plain <g>, with no attribute of its
    // own: Chromium caches an element's style together with its parent's, per
    // distinct attributes, and the clipped group's style (its url(#plot-clip))
    // holds this shadow root. A child with the pan origin's transform made an
    // entry per origin (per chronology, per pan step) that kept removed
    // timelines alive for good (tests/browser/leak.test.ts); a plain <g> has
    // one entry, which the next timeline's replaces.
    const anchor = f.textAnchor === 'end' ? 'end' : nothing;
    const perLane = new Map(l.lanes.map((x) => [x.id, { marks: [] as PositionedEvent[], clusters: [] as ClusterLayout[] }]));
    for (const mk of l.marks) perLane.get(mk.laneId)?.marks.push(mk);
    for (const k of l.clusters) perLane.get(k.laneId)?.clusters.push(k);
    if (this._namesOf !== o.prepared) [this._namesOf, this._names] = [o.prepared, new Map()];
    this._links = new Map(l.links.map((k) => [k.id, k]));
    return html`<p class="visually-hidden" id="chart-help">
        ${m.showing(l.inView, l.total)}. ${m.chartHelp}
        <button type="button" class="skip" @click=${o.onSkipToList}>${m.skipToList}</button>
      </p>
      <div class="plot ${o.selected ? 'has-selection' : ''} ${o.matches ? 'searching' : ''}" @focusin=${keys.onFocusIn}>
      <svg
        part="chart"
        class="chart"
        width=${l.width}
        height=${l.height}
        viewBox="0 0 ${l.width} ${l.height}"
        role="group"
        aria-label=${m.chartLabel(pickText(c.title, lang), l.total)}
        aria-describedby="chart-help"
      >
        <defs>
          <clipPath id="plot-clip"><rect x=${l.plotLeft - 8} y="0" width=${l.plotRight - l.plotLeft + 16} height=${l.height}></rect></clipPath>
        </defs>
        ${l.lanes.map(
          (lane, i) => svg`<g class="lane-group">
            <rect part="lane" class="lane-band" x="0" y=${lane.y} width=${l.width} height=${lane.height} fill-opacity=${i % 2 ? 0 : 1}></rect>
            ${f.laneLabels ? laneLabel(f.laneLabels[i]!, lane, f.gutterX, anchor) : nothing}
          </g>`,
        )}
        ${eraBands(this._host, c, l, lang)}
        <g part="axis" class="axis" aria-hidden="true">
          ${l.ticks.map(
            (t, i) => svg`<g class="tick ${t.major ? 'major' : ''}">
              <line x1=${t.x} x2=${t.x} y1=${l.axisHeight - 6} y2=${l.height}></line>
              ${f.tickLabelX[i] != null ? svg`<text x=${f.tickLabelX[i]} y=${l.axisHeight - 10} text-anchor=${anchor}>${t.label}</text>` : nothing}
              ${t.period && f.tickLabelX[i] != null ? svg`<text class="period" x=${f.tickLabelX[i]} y=${l.axisHeight - 28} text-anchor=${anchor}>${t.period}</text>` : nothing}
            </g>`,
          )}
          ${l.notes.map(
            (n) =>
              svg`<g class="note"><line x1=${n.x} x2=${n.x} y1=${l.axisHeight + n.row * 16} y2=${l.height}></line><text x=${n.textX} y=${l.axisHeight + n.row * 16 + 12} text-anchor=${n.anchor === 'end' ? 'end' : nothing}>${n.text}</text></g>`,
          )}
          ${l.breaks && drawBreaks?.(l, this._host)}
          <text class="zone" x=${f.zoneLabel.x} y=${l.axisHeight - 10} text-anchor=${f.zoneLabel.anchor === 'end' ? 'end' : nothing}>${f.zoneLabel.text}</text>
        </g>
        <g clip-path="url(#plot-clip)"><g><g transform="translate(${ox} 0)">
          ${l.lanes.map((lane, i) => {
            const { marks, clusters } = perLane.get(lane.id)!;
            const slots = this._slotsFor(lane.id, clusters, keys.focusedCluster);
            return svg`<g class="lane-marks ${i % 2 ? '' : 'band'}" transform="translate(0 ${lane.y})">${repeat(
              raiseSelected(marks, o.selected),
              (mk) => mk.key,
              (mk) => this._mark(o, mk, lane.y, mk.primary && mk.id === tab.mark),
            )}${repeat(
              clusters,
              (k) => slots.get(k.key)!,
              (k) => this._cluster(o, k, lane.y, lane.label, k.key === tab.cluster),
            )}</g>`;
          })}
        </g></g></g>
      </svg>
    </div>`;
  }

  /**
   * The node each of a lane's clusters is drawn in. Clusters are cells of a
   * grid that changes at every zoom step, so their keys change too: rather
   * than a new node per new key, a new cluster takes the node of one that is
   * gone (in the same order, so nodes rarely move), and only a cluster that
   * was drawn before keeps its own. The focused cluster's node is never
   * given away (it is removed, and focus moves on as for any removed mark).
   */
  private _slotsFor(laneId: string, clusters: readonly ClusterLayout[], focused: string | null): Map<string, number> {
    const prev = this._slots.get(laneId);
    const next = new Map<string, number>();
    const keys = new Set(clusters.map((k) => k.key));
    const free: number[] = [];
    if (prev) for (const [key, slot] of prev) if (!keys.has(key) && key !== focused) free.push(slot);
    let f = 0;
    for (const k of clusters) next.set(k.key, prev?.get(k.key) ?? free[f++] ?? this._nextSlot++);
    this._slots.set(laneId, next);
    return next;
  }

  /** "3 Jun", cached per hour (cluster names ask for hundreds per frame). */
  private _shortDay(t: number, locale: string, zone: string): string {
    const key = `${locale}|${zone}|${Math.floor(t / 3_600_000)}`;
    let text = this._dayNames.get(key);
    if (text === undefined) {
      if (this._dayNames.size > 5_000) this._dayNames.clear();
      this._dayNames.set(key, (text = formatter(locale, { timeZone: zone, day: 'numeric', month: 'short' }).format(t)));
    }
    return text;
  }

  private _cluster(o: ChartViewOptions, k: ClusterLayout, laneY: number, lane: string, tabbable: boolean) {
    const focusable = k.primaryCount > 0;
    const zone = o.zone.zone;
    // Clusters change with every zoom step: their names must be cheap (no formatRange per frame).
    const [a, b] = [this._shortDay(k.start, o.locale, zone), this._shortDay(Math.max(k.start, k.end - 1), o.locale, zone)];
    return svg`<g
      part="cluster"
      class="cluster"
      data-key=${k.key}
      data-count=${k.count}
      data-primary=${k.primaryCount}
      transform="translate(${fromOrigin(k.x, o.layout.frame.originX)} ${k.y - laneY})"
      role=${focusable ? 'button' : nothing}
      tabindex=${focusable ? (tabbable ? '0' : '-1') : nothing}
      aria-hidden=${focusable ? nothing : 'true'}
      @click=${o.keys.onClusterClick}
      @keydown=${o.keys.onKey}
    >
      <rect class="hit" x=${-Math.max(k.width, 24) / 2} y="-12" width=${Math.max(k.width, 24)} height="24"></rect>
      <rect class="pill" x=${-k.width / 2} y="-10" width=${k.width} height="20" rx="10"></rect>
      <text text-anchor="middle" dy="0.35em">${k.label}</text>
      <title>${o.m.cluster(k.count, a === b ? a : `${a} – ${b}`, lane)}</title>
    </g>`;
  }

  private _name(o: ChartViewOptions, e: TimelineEvent): string {
    const cached = this._names.get(e.id);
    if (cached !== undefined) return cached;
    const { chronology: c, lang } = o;
    const who = e.actors
      .slice(0, 3)
      .map((a) => pickText(c.actorsById.get(a.id)?.shortName ?? c.actorsById.get(a.id)?.name, lang))
      .join(', ');
    // An annotated event's note is part of its name: screen reader users get it too.
    const note = e.annotation ? pickText(e.annotation, lang) : '';
    const name = [pickText(e.title, lang), formatShortDate(e, o.locale, eventZone(e, o.zone), o.m), who, note].filter(Boolean).join('. ');
    this._names.set(e.id, name);
    return name;
  }

  private _mark(o: ChartViewOptions, m: PositionedEvent, laneY: number, tabbable: boolean) {
    const selected = m.id === o.selected;
    const color = m.color ? markColor(m.color) : 'var(--_accent)';
    const link = m.primary && this._links.get(m.id);
    const classes = `mark ${m.primary ? 'primary' : 'secondary'} ${selected ? 'selected' : ''} ${m.approximate ? 'approx' : ''} ${o.matches?.has(m.id) ? 'match' : ''}`;
    const label = markLabel(
      m,
      selected,
      pickText(m.event.title, o.lang),
      [o.layout.plotLeft, o.layout.plotRight].sort((a, b) => a - b) as [number, number],
    );
    // The link is the mark's sibling, not its child: focusing the mark scrolls
    // only the mark into view, not the whole line down to its other lanes.
    const t = `translate(${fromOrigin(m.x, o.layout.frame.originX)} ${m.y - laneY})`;
    // The name comes from <title> (SVG's own naming): it starts with the full
    // title, so a shortened visible label is still the start of the name, and
    // pointer users get the full title as a tooltip.
    return svg`${link ? svg`<g class="link-at" transform=${t}><line part="link" class="link" x1="0" x2="0" y1=${link.y1 - m.y} y2=${link.y2 - m.y}></line></g>` : nothing}<g
      part="event"
      class=${classes}
      data-id=${m.id}
      transform=${t}
      role=${m.primary ? 'button' : nothing}
      tabindex=${m.primary ? (tabbable ? '0' : '-1') : nothing}
      aria-hidden=${m.primary ? nothing : 'true'}
      aria-expanded=${m.primary ? (selected ? 'true' : 'false') : nothing}
      @click=${(e: MouseEvent) => o.onSelect((e.currentTarget as Element).getAttribute('data-id')!)}
      @keydown=${o.keys.onKey}
    >
      ${markShape(m, color)}${o.status?.glyph(o, m, color)}
      ${label.text !== null ? svg`<text x=${label.x} dy="0.35em" text-anchor=${label.anchor === 'end' ? 'end' : nothing}>${label.text}</text>` : nothing}
      <title>${m.primary ? this._name(o, m.event) : pickText(m.event.title, o.lang)}${o.status?.suffix(o, m)}</title>
    </g>`;
  }
}
