/**
 * The head of `<event-timeline>`: the title, the events count and display
 * zone, and the controls (zoom buttons, download, the zone menu and the
 * Chart/List toggle).
 */
import { html, nothing } from 'lit';
import { emit } from '../../events/emit.js';
import type { Messages } from '../../i18n/messages.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import type { Chronology } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { readerZone, type DisplayZone } from '../../time/display-zone.js';
import { offsetName } from '../../time/zone.js';

export interface HeadOptions {
  chronology: Chronology;
  lang: string;
  m: Messages;
  /** The prepared data (the zone is named once there is some), its layout and the visible range. */
  model: { prepared: PreparedTimeline | null; layout: TimelineLayout | null; zone: DisplayZone; view: [number, number] | null };
  view: 'chart' | 'list';
  host: HeadHost;
  onDownload: () => void;
  /** The search box and the data download (once their module is loaded). */
  tools?: unknown;
}

/** What the head reads and calls on the element. */
export interface HeadHost extends HTMLElement {
  hideTitle: boolean;
  exportable: boolean;
  timeZone?: string;
  view: 'chart' | 'list' | 'auto';
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  zoomBy(factor: number): void;
  resetZoom(): void;
}

const zonesOf = new WeakMap<Chronology, Set<string>>();
const spaced = (zone: string) => zone.replace(/_/g, ' ');

export function renderHead(o: HeadOptions) {
  const { chronology: c, lang, m } = o;
  const { prepared: p, layout: l, zone, view } = o.model;
  // The zone's offset is named at the start of the view ("GMT+3:30").
  const at = (view ?? p?.extent ?? [Date.now()])[0]!;
  return html`<div class="head">
    <div>
      ${o.host.hideTitle ? nothing : html`<h2 part="title" class="title" lang=${pickLang(c.title, lang) ?? nothing}>${pickText(c.title, lang)}</h2>`}
      <p class="sub">${[m.events(l?.total ?? c.events.length), p ? zoneLabel(zone, at, lang, m) : ''].filter(Boolean).join(' · ')}</p>
    </div>
    ${
      c.events.length
        ? html`<div part="controls" class="controls">
          ${o.tools ?? nothing}
          ${
            o.view === 'chart'
              ? html`<button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => o.host.zoomBy(1.6)}>+</button>
                <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} @click=${() => o.host.zoomBy(1 / 1.6)}>−</button>
                <button type="button" @click=${() => o.host.resetZoom()}>${m.resetZoom}</button>
                ${o.host.exportable ? html`<button type="button" class="download" @click=${o.onDownload}>${m.download}</button>` : nothing}`
              : nothing
          }
          ${renderZoneMenu(o)}
          <span part="view-toggle" class="view-toggle" role="group" aria-label=${m.view}>
            ${(['chart', 'list'] as const).map(
              (v) =>
                html`<button type="button" data-view=${v} aria-pressed=${o.view === v ? 'true' : 'false'} @click=${() => void switchView(o.host, v)}>
                  ${v === 'chart' ? m.viewChart : m.viewList}
                </button>`,
            )}
          </span>
        </div>`
        : nothing
    }
  </div>`;
}

/** "In Asia/Tehran (GMT+3:30)", or with `time-zone="event"` "Time zone: each event's own · Asia/Tehran (GMT+3:30)". */
function zoneLabel(z: DisplayZone, at: number, lang: string, m: Messages) {
  const named = `${spaced(z.zone)} (${offsetName(at, z.zone, lang)})`;
  return z.perEvent ? `${m.timeZone}: ${m.zoneEvent} · ${named}` : `${m.inDisplayZone} ${named}`;
}

/**
 * The display-zone menu: the chronology's zone, the zones its events
 * happened in, each event's own, the reader's and UTC.
 */
function renderZoneMenu({ chronology: c, model, m, host }: HeadOptions) {
  // (Rendered on every zoom frame: the events' zones are looked up once per chronology.)
  let eventZones = zonesOf.get(c);
  if (!eventZones) {
    zonesOf.set(c, (eventZones = new Set()));
    for (const e of c.events) if (e.timeZone) eventZones.add(e.timeZone);
  }
  const zones = new Set<string>([c.timeZone ?? 'UTC', ...eventZones]);
  const current = model.zone.setting;
  if (current !== 'event' && current !== 'local') zones.add(current);
  zones.delete('UTC');
  const options: [string, string][] = [
    ...[...zones].sort().map((z): [string, string] => [z, spaced(z)]),
    ['UTC', 'UTC'],
    ['event', m.zoneEvent],
    ['local', m.zoneLocal(spaced(readerZone()))],
  ];
  return html`<label part="zone-menu" class="zone-menu"
    ><span>${m.timeZone}</span>
    <select @change=${(e: Event) => setZone(host, (e.target as HTMLSelectElement).value)}>
      ${options.map(([value, label]) => html`<option value=${value} ?selected=${value === current}>${label}</option>`)}
    </select></label
  >`;
}

/** The reader picked a zone in the menu. */
function setZone(host: HeadHost, timeZone: string) {
  host.timeZone = timeZone;
  emit(host, 'zone-change', { timeZone });
}

/** Switches between chart and list (overriding `auto`); `focusList` moves focus to the list's first heading (the chart's "skip to the list"). */
export async function switchView(host: HeadHost, view: 'chart' | 'list', focusList = false): Promise<void> {
  host.view = view;
  await host.updateComplete;
  if (focusList) host.renderRoot.querySelector<HTMLElement>('.day-heading')?.focus();
}
