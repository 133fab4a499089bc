import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Chronology, ParseResult, Problem } from '../schema/parse.js';
import { unknownRefMessage } from '../schema/result.js';
import { parseShared } from '../schema/shared-parse.js';
import { enclosingTimeline, isTimeline, undefinedAncestor, type TimelineHost } from './enclosing-timeline.js';

/** An element that reads a chronology the way cards and badges do. */
export interface ChronologySourceHost extends ReactiveControllerHost, HTMLElement {
  /** Its own chronology input: JSON (object or text) or a parsed chronology. */
  data?: unknown;
  /** Id of a timeline to link to, instead of the one it sits in. */
  for?: string;
  /** Drawn and kept up to date by the timeline it is in (its filter bar): it listens to nothing. */
  managed?: boolean;
}

/** What a card or badge reads while its own `data` waits for the full parser. */
const LOADING: ParseResult = { chronology: null, problems: [], eventsIn: 0 };

/**
 * Where a card or badge gets its chronology, one rule for both: its own
 * `data` (parsed once per input object and shared, see `parseShared`; the
 * linked timeline's parsed form when it is the same object the timeline was
 * given), else the timeline it is linked to (`for="id"`) or sits in, under
 * whatever tag name. It follows that timeline's `data-load` and, through
 * `on`, whatever else the host listens for.
 */
export class ChronologySource implements ReactiveController {
  /** The timeline linked with `for`, or the one the host is inside. */
  timeline: TimelineHost | null = null;
  private _input: unknown;
  private _result: ParseResult | undefined;
  private _waitFor?: Promise<ParseResult>;
  /** Set while the host's own `data` waits for the full parser (the host's `updateComplete` waits for it). */
  pending?: Promise<void>;
  private _waitingFor: Element[] = [];

  /** The host's `updateComplete` (`update`: the one it inherits), once the full parser its own `data` waits for has run too. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    for (let p = this.pending; p; p = this.pending) {
      await p;
      done = await update();
    }
    return done;
  }

  constructor(
    private readonly host: ChronologySourceHost,
    /** Listeners added to the linked timeline (`data-load` always re-renders the host). */
    private readonly on: Record<string, EventListener> = {},
    /** Called after each (re)link, with the new timeline or null. */
    private readonly onLink?: (timeline: TimelineHost | null) => void,
  ) {
    host.addController(this);
    // `chronology` set before the element was upgraded is an own property hiding the accessor: hand it to `data`.
    if (Object.hasOwn(host, 'chronology')) {
      const value = (host as { chronology?: unknown }).chronology;
      delete (host as { chronology?: unknown }).chronology;
      host.data = value;
    }
  }

  hostConnected(): void {
    this.link();
  }

  hostDisconnected(): void {
    this.unlink();
  }

  private _onDataLoad = () => this.host.requestUpdate();

  /** Finds the timeline again (after connecting, or a change of `for`). */
  link(): void {
    this.unlink();
    const host = this.host;
    if (!host.isConnected && !isServer) return;
    let timeline: TimelineHost | null = null;
    const waiting: Element[] = [];
    if (host.for) {
      const target = (host.getRootNode() as Document | ShadowRoot).getElementById?.(host.for) ?? null;
      if (isTimeline(target)) timeline = target;
      // Not upgraded yet (a badge before its timeline in the page): look again once it is.
      else if (target && !isServer && target.localName.includes('-') && !customElements.get(target.localName)) waiting.push(target);
    } else {
      timeline = enclosingTimeline(host);
      if (!timeline && !isServer) for (let a = undefinedAncestor(host); a; a = undefinedAncestor(a)) waiting.push(a);
    }
    this._waitingFor = waiting;
    for (const el of waiting)
      void customElements.whenDefined(el.localName).then(() => {
        if (this._waitingFor.includes(el)) this.link();
      });
    if (timeline) {
      this.timeline = timeline;
      // (A badge the timeline draws and keeps up to date itself listens to nothing.)
      if (!host.managed) {
        timeline.addEventListener('data-load', this._onDataLoad);
        for (const [type, listener] of Object.entries(this.on)) timeline.addEventListener(type, listener);
      }
    }
    this.onLink?.(timeline);
    host.requestUpdate();
  }

  unlink(): void {
    this._waitingFor = [];
    const t = this.timeline;
    if (!t) return;
    t.removeEventListener('data-load', this._onDataLoad);
    for (const [type, listener] of Object.entries(this.on)) t.removeEventListener(type, listener);
    this.timeline = null;
  }

  /** The parse of the host's own `data` (undefined without one). */
  get own(): ParseResult | undefined {
    const input = this.host.data;
    if (input === undefined || input === null) return undefined;
    const t = this.timeline;
    // The object the timeline was given: its parsed form, not a second parse.
    if (t && t.data === input && t.chronology)
      return { chronology: t.chronology, problems: [...(t.problems ?? [])], eventsIn: t.chronology.events.length };
    if (input !== this._input || !this._result) {
      this._input = input;
      const r = parseShared(input);
      if (!(r instanceof Promise)) return (this._result = r);
      // The full parser is loading: nothing to read until it has, then render again.
      this._result = undefined;
      if (this._waitFor !== r)
        this.pending = (this._waitFor = r).then((result) => {
          if (this._input === input) this._result = result;
          this.pending = undefined;
          this.host.requestUpdate();
        });
      return LOADING;
    }
    return this._result;
  }

  /** The chronology to read: from the host's own `data`, else the timeline's (null while there is none). */
  get chronology(): Chronology | null {
    const own = this.own;
    return own ? own.chronology : (this.timeline?.chronology ?? null);
  }

  /**
   * The problems of the host's own `data` (the same list, paths and
   * sentences as a timeline's `problems`), plus one when `id` is not an
   * item of the chronology read. Empty while there is nothing to read.
   */
  problems(key: 'actors' | 'topics', id: string | undefined): Problem[] {
    const own = this.own;
    const problems = own ? [...own.problems] : [];
    const chronology = this.chronology;
    if (!id || !chronology) return problems;
    const found = key === 'actors' ? chronology.actorsById.has(id) : chronology.topicsById.has(id);
    if (found) return problems;
    // An item with that id that the parser left out: point to its problem, as the timeline does.
    const raw = rawItems(this.host.data ?? this.timeline?.data, key);
    const at = raw.findLastIndex((item) => (item as { id?: unknown } | null)?.id === id);
    problems.push({ path: key, message: unknownRefMessage(key, id, at >= 0 ? `${key}[${at}]` : undefined), severity: 'error' });
    return problems;
  }
}

/** The `actors` or `topics` array of a JSON input (object or text), for locating a left-out item. */
function rawItems(input: unknown, key: 'actors' | 'topics'): unknown[] {
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input);
    } catch {
      return [];
    }
  }
  const items = (input as Record<string, unknown> | null)?.[key];
  return Array.isArray(items) ? items : [];
}
