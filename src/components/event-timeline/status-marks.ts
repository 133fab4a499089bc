/**
 * Verification status on the chart: a mark treatment per status, drawn by
 * shape, never by colour alone, over the mark's usual dot or bar:
 *
 * - `confirmed`: solid (as events without a status: most events are confirmed, and a mark on each would be noise);
 * - `reported`: outlined and half filled;
 * - `claimed`: hollow, with a tick;
 * - `disputed`: hollow and hatched (diagonal stripes);
 * - `denied`: hollow and crossed out.
 *
 * Events without a status are drawn as always. The status word ("Claimed by
 * Iran") ends the mark's accessible name; the legend has an entry per status
 * in the data, and a filter bar lets readers show some statuses only.
 *
 * Loaded with the list view's module (on demand): until it arrives, marks are
 * drawn without their status treatment.
 */
import { css, html, nothing, svg } from 'lit';
import { emit } from '../../events/emit.js';
import type { Messages } from '../../i18n/messages.js';
import type { PositionedEvent } from '../../layout/timeline-layout.js';
import { STATUSES } from '../../schema/patterns.js';
import type { Chronology, TimelineEvent } from '../../schema/parse.js';
import { pickText } from '../../schema/text.js';

/** A status, or `none` for events that carry none (a filter entry). */
export type StatusKey = (typeof STATUSES)[number] | 'none';

/** The status word of an event: "Confirmed", "Claimed by Iran", "Denied by Israel"; empty without a status. */
export function statusWord(e: TimelineEvent, c: Chronology, m: Messages, lang: string): string {
  const s = e.status;
  if (!s) return '';
  const who = () =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      e.claimedBy.map((id) => pickText(c.actorsById.get(id)?.shortName ?? c.actorsById.get(id)?.name, lang) || id),
    );
  return s === 'claimed' ? m.statusClaimed(who()) : s === 'denied' ? m.statusDenied(who()) : statusLabel(s, m);
}

/** The word of a status alone (the legend's and the filter's): "Claimed", "No status given". */
export function statusLabel(s: StatusKey, m: Messages): string {
  switch (s) {
    case 'confirmed':
      return m.statusConfirmed;
    case 'reported':
      return m.statusReported;
    case 'claimed':
      return m.statusClaimed('');
    case 'disputed':
      return m.statusDisputed;
    case 'denied':
      return m.statusDenied('');
    default:
      return m.statusNone;
  }
}

/** The statuses the chronology's events carry, in the schema's order, with `none` last when some carry none. */
export function statusesIn(c: Chronology): StatusKey[] {
  let out = statusCache.get(c);
  if (!out) statusCache.set(c, (out = readStatuses(c)));
  return out;
}

/** `statusesIn` per chronology: every render asks, and a pass over 100,000 events is not free. */
const statusCache = new WeakMap<Chronology, StatusKey[]>();

function readStatuses(c: Chronology): StatusKey[] {
  const seen = new Set<StatusKey>(c.events.map((e) => e.status ?? 'none'));
  const out: StatusKey[] = STATUSES.filter((s) => seen.has(s));
  if (out.length && seen.has('none')) out.push('none');
  return out;
}

const f = (n: number) => Math.round(n * 100) / 100;

/**
 * Diagonal stripes (/) across the box [x0, x1] × [-h, h], each clipped to the
 * box (for a bar) or to the circle of radius `h` around 0 (for a dot), every
 * `gap` px: a path.
 */
export function hatchPath(x0: number, x1: number, h: number, gap: number, round: boolean): string {
  let d = '';
  // Each stripe is the line x + y = k.
  for (let k = x0 - h + gap / 2; k < x1 + h; k += gap) {
    let a: [number, number];
    let b: [number, number];
    if (round) {
      // x + y = k on the circle x² + y² = h²: |k|/√2 < h.
      const dist = Math.abs(k) / Math.SQRT2;
      if (dist >= h - 0.5) continue;
      const half = Math.sqrt(h * h - dist * dist) / Math.SQRT2;
      a = [k / 2 - half, k / 2 + half];
      b = [k / 2 + half, k / 2 - half];
    } else {
      // From y = h (x = k - h) to y = -h (x = k + h), cut to x0 … x1.
      const xa = Math.max(x0, k - h);
      const xb = Math.min(x1, k + h);
      if (xb - xa < 1) continue;
      a = [xa, k - xa];
      b = [xb, k - xb];
    }
    d += `M${f(a[0])} ${f(a[1])}L${f(b[0])} ${f(b[1])}`;
  }
  return d;
}

/**
 * What a status adds over a mark's shape, in the mark's colour: for a dot
 * (radius `r`) or a bar (from `x` over `width`, 18 px tall). Nothing for a
 * confirmed event (solid, as drawn) or one without a status.
 */
export function statusGlyph(status: TimelineEvent['status'], kind: 'point' | 'range', color: string, x = 0, width = 0, r = 6) {
  if (!status || status === 'confirmed') return nothing;
  const h = kind === 'point' ? r : 9;
  // Every other status makes a dot hollow: a face over it, outlined in its colour.
  const face = kind === 'point' ? svg`<circle class="status-glyph face" r=${r} stroke=${color}></circle>` : nothing;
  const [x0, x1] = kind === 'point' ? [-r, r] : [x, x + width];
  let d: string;
  switch (status) {
    case 'reported':
      // The lower half filled.
      return kind === 'point'
        ? svg`${face}<path class="status-glyph half" d="M${-r} 0A${r} ${r} 0 0 0 ${r} 0Z" fill=${color}></path>`
        : svg`<rect class="status-glyph half" x=${x0} y="0" width=${width} height=${h} fill=${color}></rect>`;
    case 'claimed': {
      // A tick: in the dot, or at the bar's start.
      const cx = kind === 'point' ? 0 : x0 + Math.min(9, width / 2);
      d = `M${f(cx - 3.5)} 0.5L${f(cx - 1)} 3L${f(cx + 3.5)} -2.5`;
      break;
    }
    case 'disputed':
      d = hatchPath(x0, x1, h, kind === 'point' ? 4 : 5, kind === 'point');
      break;
    case 'denied':
      d =
        kind === 'point'
          ? `M-4 -4L4 4M-4 4L4 -4`
          : `M${f(x0)} ${-h}L${f(x0 + Math.min(width, 18))} ${h}M${f(x0)} ${h}L${f(x0 + Math.min(width, 18))} ${-h}M${f(x0)} 0L${f(x1)} 0`;
      break;
  }
  return svg`${face}<path class="status-glyph ${status}" d=${d} fill="none" stroke=${color}></path>`;
}

/** What the chart's hooks read. */
interface ChartContext {
  chronology: Chronology;
  m: Messages;
  lang: string;
  /** Events not seen yet (live stories, `remember-visit`). */
  fresh?: ReadonlySet<string>;
}

/**
 * The chart's hooks: `glyph`, what a mark gets over its shape (the status
 * treatment, and "new" above an unseen event); `suffix`, what ends its
 * accessible name ("Claimed by Iran. new").
 */
export const chartStatus = {
  glyph: (o: ChartContext, mk: PositionedEvent, color: string) => {
    // An echo stays quiet: its status is shown on the event's own (primary) mark.
    if (!mk.primary) return nothing;
    // As the bar is drawn (mark-view.ts): from its start towards x2, leftwards when mirrored.
    const width = Math.max(Math.abs(mk.x2 - mk.x), 3);
    const x = mk.x2 < mk.x ? -width : 0;
    return svg`${statusGlyph(mk.event.status, mk.kind, color, x, width)}${
      o.fresh?.has(mk.id)
        ? svg`<text class="new-mark" x=${mk.kind === 'point' ? 0 : x + 6} y="-12" text-anchor=${mk.kind === 'point' ? 'middle' : nothing}>${o.m.newMark}</text>`
        : nothing
    }`;
  },
  suffix: (o: ChartContext, mk: PositionedEvent) =>
    [statusWord(mk.event, o.chronology, o.m, o.lang), mk.primary && o.fresh?.has(mk.id) ? o.m.newMark : '']
      .filter(Boolean)
      .map((s) => `. ${s}`)
      .join(''),
};
export type ChartStatus = typeof chartStatus;

/** One legend key: the dot of a status, drawn as on the chart. */
export const statusKey = (s: StatusKey) =>
  html`<svg width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true"
    ><g class="mark status-${s}"
      ><circle class="shape dot key-dot" r="6"></circle>${statusGlyph(s === 'none' ? undefined : s, 'point', 'currentColor')}</g
    ></svg
  >`;

/** The key to the status marks: an entry per status in the data (nothing when no event has one). */
export function renderStatusLegend(c: Chronology, m: Messages) {
  const keys = statusesIn(c).filter((s) => s !== 'none');
  return keys.length
    ? html`<div part="legend" class="legend status-legend" aria-hidden="true">
        ${keys.map((s) => html`<span class="status-key" data-status=${s}>${statusKey(s)}${statusLabel(s, m)}</span>`)}
      </div>`
    : nothing;
}

/** Below the chart (`keys`) or the list: the status legend (chart only) and the status filter bar. */
export const renderStatusBar = (c: Chronology, m: Messages, host: StatusHost, keys: boolean) =>
  html`${keys ? renderStatusLegend(c, m) : nothing}${renderStatusFilter(c, m, host)}`;

/** The element whose `statusFilter` the status filter bar sets. */
export interface StatusHost extends HTMLElement {
  statusFilter?: string;
  activeTopics: string[];
}

/** The statuses a `status-filter` value names. */
export const parseStatusFilter = (value: string | undefined) => new Set(value?.match(/[^\s,]+/g));

/**
 * The status filter bar: a toggle button per status in the data (like the
 * topic badges: pressed = shown; none pressed = all shown). A press sets the
 * element's `statusFilter` and fires `filter-change` with `statuses`.
 */
export function renderStatusFilter(c: Chronology, m: Messages, host: StatusHost) {
  const statuses = statusesIn(c);
  if (!statuses.length) return nothing;
  const active = parseStatusFilter(host.statusFilter);
  const toggle = (s: string, on: boolean) => {
    if (on) active.add(s);
    else active.delete(s);
    host.statusFilter = [...active].join(' ');
    emit(host, 'filter-change', { topics: host.activeTopics, statuses: [...active] });
  };
  return html`<div part="status-filters" class="filters status-filters" role="group" aria-label=${m.filterStatus}>
    <span class="filters-label" aria-hidden="true">${m.filterStatus}:</span>
    ${statuses.map((s) => {
      const on = active.has(s);
      return html`<button type="button" class="status-toggle" data-status=${s} aria-pressed=${on ? 'true' : 'false'} @click=${() => toggle(s, !on)}>
        ${statusKey(s)}${statusLabel(s, m)}
      </button>`;
    })}
  </div>`;
}

/** Styles of the status marks, keys and filter (adopted with the list view's). */
export const statusStyles = css`
  .status-glyph.face {
    fill: var(--_bg);
    stroke-width: 1.5;
  }
  .mark.selected .status-glyph.face {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .status-glyph {
    stroke-width: 1.5;
    stroke-linecap: round;
    pointer-events: none;
  }
  .status-glyph.half {
    stroke: none;
  }
  .has-selection .mark:not(.selected) .status-glyph {
    opacity: 0.45;
  }
  .legend .status-key,
  .status-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    color: var(--_text);
  }
  .key-dot {
    fill: currentColor;
  }
  .status-filters {
    margin-block: 0.25rem;
  }
  .status-toggle {
    min-height: 32px;
    padding: 0.15rem 0.6rem 0.15rem 0.35rem;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_bg);
    font: inherit;
    font-size: 0.8125rem;
    cursor: pointer;
  }
  .status-toggle[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .status-toggle:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .mark .new-mark {
    fill: var(--_accent);
    font-size: 0.6875rem;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .status-glyph {
      stroke: CanvasText;
    }
    .status-glyph.half {
      fill: CanvasText;
    }
  }
`;
