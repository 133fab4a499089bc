import { isServer } from 'lit';
import type { Chronology, Problem } from '../schema/parse.js';

/** What cards and badges use of the `<event-timeline>` they sit in (or are linked to with `for`). */
export interface TimelineHost extends HTMLElement {
  /** The input the timeline was given (a card given the same object reads the timeline's parsed form). */
  readonly data?: unknown;
  readonly chronology: Chronology | null;
  readonly problems?: readonly Problem[];
  activeTopics: string[];
  setTopicActive(id: string, active: boolean): void;
}

/**
 * The mark every timeline carries on its prototype, whatever tag name its
 * class is registered under (`chronoline/classes.js`). A registered symbol,
 * so that two copies of the library on one page recognise each other's
 * timelines, and a brand rather than `instanceof` or the tag name, so that
 * this module needs nothing from the component (no import cycle).
 */
export const TIMELINE_BRAND: unique symbol = Symbol.for('chronoline.timeline') as never;

/** Marks a timeline class (called once, by the `EventTimeline` module). */
export function brandTimeline(ctor: { prototype: object }): void {
  Object.defineProperty(ctor.prototype, TIMELINE_BRAND, { value: true });
}

/** True for an `EventTimeline` (or a subclass) under any tag name. */
export const isTimeline = (node: unknown): node is TimelineHost =>
  !!node && typeof node === 'object' && (node as { [TIMELINE_BRAND]?: boolean })[TIMELINE_BRAND] === true;

/** The next node up: the parent, a shadow root's host, or (Lit SSR's DOM shim, which has no parentNode) the host an element renders in. */
const up = (n: Node): Node | null => n.parentNode ?? (n as ShadowRoot).host ?? (n as { __host?: Node }).__host ?? null;

/**
 * The `<event-timeline>` an element is inside: an ancestor in the light DOM
 * (a badge slotted into its filter bar) or across shadow roots (a card in its
 * details panel), whatever tag name the timeline is registered under. Cards
 * and badges find their chronology and filter this way, with no registration
 * and no context protocol.
 */
export function enclosingTimeline(el: Element): TimelineHost | null {
  for (let n = up(el); n; n = up(n)) if (isTimeline(n)) return n;
  return null;
}

/**
 * The nearest ancestor that is a custom element not yet defined (perhaps a
 * timeline whose class is registered after the card's): the caller waits for
 * its definition and looks again.
 */
export function undefinedAncestor(el: Element): Element | null {
  for (let n = up(el); n; n = up(n))
    if (n.nodeType === 1 && (n as Element).localName.includes('-') && !customElements.get((n as Element).localName)) return n as Element;
  return null;
}

/** The timeline `for="id"` names (in the element's document or shadow root), or null when that is not a timeline. */
export function timelineById(el: Element, id: string): TimelineHost | null {
  const target = (el.getRootNode() as Document | ShadowRoot).getElementById?.(id);
  return isTimeline(target) ? target : null;
}

/** The language for an element inside (or linked to) a timeline: its own, the timeline's, the page's. */
export const langFor = (el: HTMLElement, timeline: Element | null) =>
  el.lang ||
  (isServer ? timeline?.getAttribute('lang') : timeline?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang) ||
  'en';
