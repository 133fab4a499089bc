import { isServer } from 'lit';
import type { Chronology } from '../schema/parse.js';

/** What cards and badges use of the `<event-timeline>` they sit in (or are linked to with `for`). */
export interface TimelineHost extends HTMLElement {
  readonly chronology: Chronology | null;
  activeTopics: string[];
  setTopicActive(id: string, active: boolean): void;
}

/**
 * The `<event-timeline>` an element is inside: an ancestor in the light DOM
 * (a badge slotted into its filter bar) or across shadow roots (a card in its
 * details panel). Cards and badges find their chronology and filter this way,
 * with no registration and no context protocol.
 */
export function enclosingTimeline(el: Element): TimelineHost | null {
  let n: Node | null = el;
  // `__host`: on the server, Lit SSR's DOM shim has no parentNode but sets the host an element renders in.
  while ((n = n.parentNode ?? (n as ShadowRoot).host ?? (n as { __host?: Node }).__host ?? null)) if ((n as Element).localName === 'event-timeline') return n as TimelineHost;
  return null;
}

/** The language for an element inside (or linked to) a timeline: its own, the timeline's, the page's. */
export const langFor = (el: HTMLElement, timeline: Element | null) =>
  el.lang || (isServer ? timeline?.getAttribute('lang') : timeline?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang) || 'en';
