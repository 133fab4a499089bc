// Shared helpers for the browser tests (not a test file itself).
import { fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { EventTimeline } from '../../src/index.js';

export const DATASET_URL = '/src/data/june-2025-diplomacy.json';

let datasetCache: Promise<any> | null = null;
/** The shipped June 2025 chronology, fetched from the test server (a fresh copy each call). */
export async function loadDataset(): Promise<any> {
  datasetCache ??= fetch(DATASET_URL).then((r) => {
    if (!r.ok) throw new Error(`dataset fetch failed: ${r.status}`);
    return r.json();
  });
  return structuredClone(await datasetCache);
}

/** A small chronology: three actors, three topics, five events on distinct days. */
export function smallChronology(): any {
  return {
    schemaVersion: 1,
    id: 'small',
    title: 'A small chronology',
    timeZone: 'UTC',
    actors: [
      {
        id: 'alice',
        name: 'Alice Adams',
        shortName: 'Alice',
        kind: 'person',
        role: 'Envoy',
        country: 'Atlantis',
        nativeName: { lang: 'fa', text: 'آلیس' },
      },
      { id: 'bob', name: 'Bob Brown', shortName: 'Bob', kind: 'person', role: 'Minister', country: 'Borduria' },
      { id: 'carol', name: 'Carol State', kind: 'state', country: 'Carolia' },
    ],
    topics: [
      { id: 'talks', label: 'Talks', color: '#1f5fa8' },
      { id: 'strikes', label: 'Strikes', color: '#b3261e' },
      { id: 'trade', label: 'Trade', color: '#ffd54f' },
    ],
    events: [
      {
        id: 'e1',
        title: 'First meeting',
        summary: 'Alice and Bob meet for the first time.',
        start: '2025-06-01',
        actors: [{ id: 'alice', role: 'host' }, { id: 'bob' }],
        topics: ['talks'],
        sources: [{ publisher: 'Daily One', title: 'They met', url: 'https://example.com/one' }],
      },
      {
        id: 'e2',
        title: 'Strike on the depot',
        start: '2025-06-03T10:00:00+00:00',
        actors: [{ id: 'carol' }],
        topics: ['strikes'],
        sources: [{ publisher: 'Wire', url: 'https://example.com/two' }],
      },
      {
        id: 'e3',
        title: 'Trade deal signed',
        start: '2025-06-05',
        actors: [{ id: 'bob' }, { id: 'carol' }],
        topics: ['trade', 'talks'],
        sources: [{ publisher: 'Ledger', url: 'https://example.com/three' }],
      },
      {
        id: 'e4',
        title: 'Second round of talks',
        start: '2025-06-07',
        end: '2025-06-09',
        actors: [{ id: 'alice' }],
        topics: ['talks'],
        sources: [{ publisher: 'Daily One', url: 'https://example.com/four' }],
      },
      {
        id: 'e5',
        title: 'Another strike',
        start: '2025-06-10T22:00:00+00:00',
        actors: [{ id: 'carol' }],
        topics: ['strikes'],
        sources: [{ publisher: 'Wire', url: 'https://example.com/five' }],
      },
    ],
  };
}

/**
 * Renders a template holding one `<event-timeline>` (possibly wrapped) and
 * waits for that timeline's `rendered` event. The listener is attached to the
 * document before the fixture exists, so a fast render is not missed.
 */
export async function renderTimeline(template: TemplateResult): Promise<EventTimeline> {
  const rendered = oneEvent(document, 'rendered');
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'event-timeline' ? root : root.querySelector('event-timeline')) as EventTimeline;
  const ev = await rendered;
  if (ev.target !== el) throw new Error('rendered came from another element');
  await el.updateComplete;
  return el;
}

export const sr = (el: Element) => el.shadowRoot!;

/** All event marks in a timeline. */
export const marks = (el: Element) => [...sr(el).querySelectorAll<SVGGElement>('[part~="event"]')];

/** The mark of an event: the primary (focusable) one by default. */
export const markOf = (el: Element, id: string) =>
  sr(el).querySelector<SVGGElement>(`[part~="event"][data-id="${CSS.escape(id)}"][role="button"]`) ??
  sr(el).querySelector<SVGGElement>(`[part~="event"][data-id="${CSS.escape(id)}"]`);

const translateOf = (g: Element) => /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(g.getAttribute('transform') ?? '');

/** Where an element's own coordinates start in the chart's: the sum of its ancestors' `translate(x y)` up to the SVG. */
export function offsetXY(el: Element): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let g = el.parentElement; g && g.localName !== 'svg'; g = g.parentElement) {
    const t = translateOf(g);
    if (t) [x, y] = [x + +t[1]!, y + +t[2]!];
  }
  return { x, y };
}

/** `translate(x y)` of a mark, in the chart's coordinates (marks are drawn in translated groups). */
export function markXY(m: Element): { x: number; y: number } {
  const t = translateOf(m);
  if (!t) throw new Error(`no translate on mark ${m.getAttribute('data-id')}`);
  const o = offsetXY(m);
  return { x: o.x + +t[1]!, y: o.y + +t[2]! };
}

export function click(target: Element) {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
}

export const idsOf = (ms: Element[]) => new Set(ms.map((m) => m.getAttribute('data-id')!));

export const intersects = (a: DOMRect, b: DOMRect, tol = 0.5) =>
  a.left < b.right - tol && b.left < a.right - tol && a.top < b.bottom - tol && b.top < a.bottom - tol;

/** Waits for a few animation frames (ResizeObserver callbacks and the re-render they cause). */
export async function frames(n = 2) {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
}

// ---------------------------------------------------------------- colour

export function parseColor(c: string): [number, number, number, number] {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(c);
  if (!m) throw new Error(`cannot parse colour ${c}`);
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4];
  return [+m[1]!, +m[2]!, +m[3]!, a];
}

function lum([r, g, b]: [number, number, number, number]) {
  const ch = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
}

export function contrast(a: [number, number, number, number], b: [number, number, number, number]) {
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/** The colour actually behind an element: its own background or the first opaque one of its ancestors (across shadow roots), white at the top. */
export function effectiveBackground(el: Element): [number, number, number, number] {
  let node: Element | null = el;
  const layers: [number, number, number, number][] = [];
  while (node) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  let out: [number, number, number, number] = [255, 255, 255, 1];
  for (const [r, g, b, a] of layers.reverse()) {
    out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a), 1];
  }
  return out;
}

export function hexToRgb(hex: string): [number, number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
}

// ---------------------------------------------------------------- ResizeObserver loop errors

const RO_LOOP = /ResizeObserver loop/;

/** Counts "ResizeObserver loop" error events on window until stopped. */
export function countResizeObserverLoopErrors(): { stop: () => number } {
  let n = 0;
  const on = (e: ErrorEvent) => {
    if (RO_LOOP.test(e.message)) n++;
  };
  window.addEventListener('error', on);
  return {
    stop: () => {
      window.removeEventListener('error', on);
      return n;
    },
  };
}

// ---------------------------------------------------------------- accessibility tests (issue 3)

/** Polls `cond` once a frame until it returns something truthy; fails with `what` after `timeout` ms. */
export async function waitFor<T>(cond: () => T, what: string, timeout = 4000): Promise<NonNullable<T>> {
  const t0 = performance.now();
  for (;;) {
    const v = cond();
    if (v) return v as NonNullable<T>;
    if (performance.now() - t0 > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await frames(1);
  }
}

/**
 * Renders a template holding one `<event-timeline>` (possibly wrapped) and
 * waits until its data is loaded and it shows its content: marks in the chart
 * view, day headings in the list view or the phone chronology (where
 * `rendered` is not fired), or the empty/error message.
 */
export async function mountTimeline(template: TemplateResult): Promise<EventTimeline> {
  const loaded = new Promise<void>((resolve) => {
    const on = () => resolve();
    document.addEventListener('data-load', on, { once: true });
    document.addEventListener('data-error', on, { once: true });
  });
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'event-timeline' ? root : root.querySelector('event-timeline')) as EventTimeline;
  await loaded;
  await waitFor(
    () => sr(el).querySelector('svg.chart [part~="event"], .list .day-heading, .phone .phone-date, .empty, [part=error]'),
    'the timeline to show its chart or list',
  );
  await el.updateComplete;
  await frames(2);
  return el;
}

/** The focused element, looked up through open shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let a: Element | null = root.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** The event id of the focused mark of a timeline, or null when focus is not on one of its marks. */
export function focusedMarkId(el: Element): string | null {
  const a = sr(el).activeElement;
  return a?.matches('.mark') ? a.getAttribute('data-id') : null;
}

/** A CSS colour (a system colour like CanvasText or Highlight too) as this document computes it. */
export function resolveColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}
