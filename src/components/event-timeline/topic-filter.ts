/**
 * The topic filter of `<event-timeline>`: the topics it is filtered to (an
 * empty set shows every event), changed by its API or by `<topic-badge>`s,
 * announced with `filter-change`; new data keeps the topics it still has.
 */
import type { ReactiveControllerHost } from 'lit';
import { emit } from '../../events/emit.js';
import type { Chronology } from '../../schema/parse.js';

export class TopicFilter {
  /** Replaced (never mutated) on each change: the layout compares it by identity. */
  active: ReadonlySet<string> = new Set();

  constructor(private host: ReactiveControllerHost & EventTarget) {}

  set(next: ReadonlySet<string>): void {
    if (next.size === this.active.size && [...next].every((t) => this.active.has(t))) return;
    this.active = next;
    this.host.requestUpdate();
    emit(this.host, 'filter-change', { topics: [...next] });
  }

  toggle(id: string, on: boolean): void {
    const next = new Set(this.active);
    if (on) next.add(id);
    else next.delete(id);
    this.set(next);
  }

  /** New data: the topics it no longer has are dropped (silently). */
  keep(c: Chronology): void {
    this.active = new Set([...this.active].filter((t) => c.topicsById.has(t)));
    this.host.requestUpdate();
  }
}
