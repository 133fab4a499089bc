/**
 * What the chart's keys and a cluster's activation do (see
 * keyboard-controller.ts): loaded when the chart first gets focus (or a
 * cluster is clicked), so that drawing it does not wait for them.
 */
import {
  clusterEntry,
  clusterSpan,
  clusterView,
  dayNeighbour,
  laneNeighbour,
  nearestInView,
  timeNeighbour,
} from '../../layout/key-targets.js';
import { clusterOf, itemIndex, itemOf, revealView } from '../../layout/navigation.js';
import type { ClusterLayout } from '../../layout/timeline-layout.js';
import { xOf } from '../../layout/zoom-view.js';
import type { KeyboardController } from './keyboard-controller.js';
import { MIN_VISIBLE_SPAN } from './zoom-controller.js';

/** The chart's keys, on the focused mark or cluster `el`. */
export function handleKey(nav: KeyboardController, e: KeyboardEvent, el: Element): void {
  const { host, model, zoom } = nav;
  const cluster = clusterAt(nav, el);
  const p = model.prepared;
  const [first, last] = cluster && p ? clusterSpan(p, cluster) : [0, 0];
  // A cluster stands for its members: it starts at the first and ends at the last.
  const id = cluster ? p?.items[first]?.event.id : el.getAttribute('data-id');
  if (!id || !p || e.altKey || e.ctrlKey || e.metaKey) return;
  const rtl = nav.rtl();
  let i = itemIndex(p).get(id) ?? 0;
  if (cluster && e.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) i = last;
  let target: string | undefined;
  switch (e.key) {
    case 'Enter':
    case ' ':
      e.preventDefault();
      if (cluster) void zoomIntoCluster(nav, cluster);
      else host.selectEvent(id);
      return;
    case 'Escape':
      if (host.selected) {
        e.preventDefault();
        host.selectEvent(null);
      }
      return;
    case '+':
    case '=':
    case '-':
    case '_':
      e.preventDefault();
      void zoomAround(nav, id, e.key === '+' || e.key === '=' ? 2 : 0.5);
      return;
    case '0':
      e.preventDefault();
      zoom.setView(null);
      return;
    case 'ArrowRight':
    case 'ArrowLeft':
      // Towards later events: right, or left when time runs right to left.
      target = timeNeighbour(p, i, (e.key === 'ArrowRight') !== rtl ? 1 : -1);
      break;
    case 'Home':
      target = p.items[0]?.event.id;
      break;
    case 'End':
      target = p.items[p.items.length - 1]?.event.id;
      break;
    case 'ArrowUp':
    case 'ArrowDown':
      target = laneNeighbour(p, id, e.key === 'ArrowUp' ? -1 : 1);
      break;
    case 'PageUp':
    case 'PageDown':
      target = dayNeighbour(p, i, e.key === 'PageUp' ? -1 : 1);
      break;
    default:
      return;
  }
  e.preventDefault();
  if (target) void focusEvent(nav, target);
}

/** The layout of cluster `el` (undefined for a mark). */
function clusterAt(nav: KeyboardController, el: Element): ClusterLayout | undefined {
  const key = el.getAttribute('data-key');
  return key === null ? undefined : nav.model.layout?.clusters.find((k) => k.key === key);
}

/** A click on a cluster zooms into it. */
export function clusterClick(nav: KeyboardController, el: Element): void {
  const k = clusterAt(nav, el);
  if (k) void zoomIntoCluster(nav, k);
}

/** Zooms to a cluster's time span and moves focus to its first event. */
export async function zoomIntoCluster(nav: KeyboardController, k: ClusterLayout): Promise<void> {
  const p = nav.model.prepared;
  const first = p && clusterEntry(p, k);
  nav.zoom.setView(clusterView(k, MIN_VISIBLE_SPAN));
  if (first) await focusEvent(nav, first);
}

/** Zooms by `factor` keeping the event where it is on screen. */
async function zoomAround(nav: KeyboardController, id: string, factor: number) {
  const { prepared: p, layout: l } = nav.model;
  const it = p && itemOf(p, id);
  if (!it || !l || !nav.zoom.attached) return;
  nav.zoom.zoomBy(factor, xOf(l, it.anchor));
  await focusEvent(nav, id);
}

/**
 * Moves keyboard focus to an event's mark, panning to it first when it is
 * outside the view (its cluster's when it is hidden in a crowd).
 */
export async function focusEvent(nav: KeyboardController, id: string): Promise<void> {
  const { host, model } = nav;
  const p = model.prepared;
  const it = p && itemOf(p, id);
  if (!p || !it) return;
  nav.setFocusId(id);
  nav.focusing = true;
  try {
    const v = revealView(it, model.view ?? p.extent, p.extent);
    if (v) nav.zoom.setView(v);
    await host.updateComplete;
    // Its own mark, or the "+N" cluster it is in at this zoom (Enter opens that).
    const l = model.layout;
    const cluster = l && clusterOf(p, l, id);
    const target = host.renderRoot.querySelector<SVGElement>(
      cluster ? `.cluster[data-key="${CSS.escape(cluster.key)}"]` : `.mark.primary[data-id="${CSS.escape(id)}"]`,
    );
    if (cluster) {
      // Re-render so the cluster holds the single Tab stop.
      host.requestUpdate();
      await host.updateComplete;
    }
    target?.focus();
  } finally {
    nav.focusing = false;
  }
}

/** After an update that removed the focused mark (windowing, new data): focus moves to the nearest one in view. */
export function keepFocus(nav: KeyboardController): void {
  const { prepared: p, layout: l } = nav.model;
  const order = nav.order;
  const moved = document.activeElement && document.activeElement !== document.body; // focus went elsewhere since (the module came late)
  if (!nav.hadFocus || nav.focusing || moved || nav.host.shadowRoot!.activeElement || !p || !l || !(order.length || l.clusters.length))
    return;
  const want = nav.focusId ?? nav.hadFocus;
  const id = order.includes(want) || clusterOf(p, l, want) || !order.length ? want : nearestInView(p, order, want);
  nav.hadFocus = null;
  // After this update: moving the Tab stop is another one.
  queueMicrotask(() => void focusEvent(nav, id));
}
