// Created and removed 1,000 times (with data, rendered, an event selected):
// the number of live ResizeObservers (and other observers), of listeners on
// window and document, of intervals, and the retained memory must not grow.
//
// Counting is done by instrumenting the constructors and methods (no CDP),
// installed before any element exists; the counters hold no reference to
// what they count. Memory: WeakRefs to every element created must all be
// collected after window.gc() (Chromium runs with --js-flags=--expose-gc,
// see tests/find-chrome.mjs), and performance.memory.usedJSHeapSize (with
// --enable-precise-memory-info) must come back to within a few MB.

// ---------------------------------------------------------------- instrumentation (before any element exists)

const counts = { observers: 0, listeners: 0, intervals: 0 };

/** Counts live observers of a kind: constructed and observing, minus disconnected. */
function countObservers<T extends { new (...args: any[]): { observe(...a: any[]): void; disconnect(): void } }>(Base: T): T {
  const observing = new WeakSet<object>();
  return class extends Base {
    override observe(...args: any[]) {
      if (!observing.has(this)) {
        observing.add(this);
        counts.observers++;
      }
      return super.observe(...args);
    }
    override disconnect() {
      if (observing.has(this)) {
        observing.delete(this);
        counts.observers--;
      }
      return super.disconnect();
    }
  };
}
window.ResizeObserver = countObservers(window.ResizeObserver);
window.MutationObserver = countObservers(window.MutationObserver);
window.IntersectionObserver = countObservers(window.IntersectionObserver as any) as any;

/** Net listeners on the page-wide targets, counted the way the DOM dedupes them (type, listener, capture). */
const GLOBAL_TARGETS = () => [window, document, document.documentElement, document.body];
const registered = new WeakMap<object, Set<string>>();
const keyOf = (target: object, type: string, options?: boolean | AddEventListenerOptions | EventListenerOptions) => {
  const capture = typeof options === 'boolean' ? options : !!options?.capture;
  return `${GLOBAL_TARGETS().indexOf(target as any)}|${type}|${capture}`;
};
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (type: string, listener: any, options?: any) {
  if (listener && GLOBAL_TARGETS().includes(this as any) && !(typeof options === 'object' && options?.once)) {
    const set = registered.get(listener) ?? new Set<string>();
    registered.set(listener, set);
    const key = keyOf(this, type, options);
    if (!set.has(key)) {
      set.add(key);
      counts.listeners++;
    }
  }
  return add.call(this, type, listener, options);
};
EventTarget.prototype.removeEventListener = function (type: string, listener: any, options?: any) {
  if (listener && GLOBAL_TARGETS().includes(this as any)) {
    const set = registered.get(listener);
    const key = keyOf(this, type, options);
    if (set?.delete(key)) counts.listeners--;
  }
  return remove.call(this, type, listener, options);
};

const liveIntervals = new Set<number>();
const setInt = window.setInterval;
const clearInt = window.clearInterval;
window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = setInt(handler, ms, ...args);
  liveIntervals.add(id);
  counts.intervals = liveIntervals.size;
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) liveIntervals.delete(id);
  counts.intervals = liveIntervals.size;
  return clearInt(id);
}) as typeof window.clearInterval;

// ---------------------------------------------------------------- the test

import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';
import { loadDataset, smallChronology } from './helpers.js';

const imported = import('../../src/index.js');

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Forces full collections (and lets WeakRefs, which live to the end of a task, clear). */
async function collect() {
  for (let i = 0; i < 4; i++) {
    // An asynchronous major GC runs in its own task, with no JavaScript on the
    // stack: Blink's conservative stack scan then has nothing to mistake for
    // a pointer to a removed element (a synchronous gc() sometimes keeps one).
    await (window.gc as unknown as (o: { type: string; execution: string }) => Promise<void>)({ type: 'major', execution: 'async' });
    await sleep(20);
  }
}

const heap = () => performance.memory!.usedJSHeapSize;
const MB = 1024 * 1024;
const snapshot = () => ({ ...counts });

describe('create and remove 1,000 times: no growth', () => {
  let container: HTMLDivElement;
  let june: unknown;

  before(async () => {
    await imported;
    expect(typeof window.gc, 'window.gc (Chromium needs --js-flags=--expose-gc, see tests/find-chrome.mjs)').to.equal('function');
    expect(performance.memory, 'performance.memory').to.exist;
    june = await loadDataset();
    container = document.createElement('div');
    container.style.width = '1000px';
    document.body.append(container);
  });

  after(() => container.remove());

  /** One cycle: create, give data, select an event, attach, wait for the full render, remove. */
  async function cycle(data: unknown, selected: string, refs: WeakRef<Element>[]) {
    const el = document.createElement('event-timeline') as EventTimeline;
    el.data = data as EventTimeline['data'];
    el.selected = selected;
    const rendered = new Promise((r) => el.addEventListener('rendered', r, { once: true }));
    container.append(el);
    await rendered;
    await el.updateComplete;
    refs.push(new WeakRef(el));
    el.remove();
  }

  it('the instrumentation counts what it should (control)', async () => {
    const before = snapshot();
    const ro = new ResizeObserver(() => {});
    ro.observe(document.body);
    const f = () => {};
    window.addEventListener('resize', f);
    window.addEventListener('resize', f); // deduped by the DOM
    expect(snapshot()).to.deep.equal({ ...before, observers: before.observers + 1, listeners: before.listeners + 1 });
    ro.disconnect();
    window.removeEventListener('resize', f);
    expect(snapshot()).to.deep.equal(before);
    // GC does collect an element nothing refers to, and keeps one something refers to.
    const kept = document.createElement('div');
    const keptRef = new WeakRef(kept);
    const goneRef = (() => new WeakRef(document.createElement('div')))();
    await collect();
    expect(goneRef.deref(), 'collected').to.equal(undefined);
    expect(keptRef.deref(), 'kept').to.equal(kept);
  });

  it('with the June 2025 chronology and an event selected (actor cards, topic badges): observers, listeners and memory back to baseline', async function () {
    this.timeout(400_000);
    const small = smallChronology();
    // Warm up: first renders fill caches (Lit templates, Intl formatters) that are not leaks.
    const warm: WeakRef<Element>[] = [];
    for (let i = 0; i < 30; i++) await cycle(i % 2 ? june : small, i % 2 ? 'us-strikes-fordow-natanz-isfahan' : 'e1', warm);
    await collect();
    const baseCounts = snapshot();
    const baseHeap = heap();

    const refs: WeakRef<Element>[] = [];
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) {
      // Mostly the full chronology; a fresh parse every time either way.
      await cycle(i % 4 === 3 ? small : june, i % 4 === 3 ? 'e3' : 'putin-araghchi-kremlin-meeting', refs);
      if (i === 499) {
        // Halfway: nothing has piled up so far.
        expect(snapshot(), 'counts after 500').to.deep.equal(baseCounts);
      }
    }
    const elapsed = performance.now() - t0;
    expect(refs).to.have.length(1000);

    await collect();
    const aliveAt = refs.map((r, i) => (r.deref() ? i : -1)).filter((i) => i >= 0);
    const alive = aliveAt.length;
    const grown = (heap() - baseHeap) / MB;
    // Reported in the test log for a reader.
    console.log(
      `leak test: 1000 cycles in ${(elapsed / 1000).toFixed(1)} s; elements still alive ${alive}${alive ? ` (#${aliveAt.join(', #')})` : ''}; heap growth ${grown.toFixed(2)} MB`,
    );
    expect(snapshot(), 'live observers, page-wide listeners and intervals').to.deep.equal(baseCounts);
    // Now and then the browser holds a few removed elements a little longer
    // (seen: 0 to 3 of 1,000, at random places and among the last two, still
    // in flight); a leak would keep hundreds.
    expect(alive, 'removed elements still in memory').to.be.at.most(5);
    expect(grown, 'heap growth after GC, MB').to.be.lessThan(3);
  });

  it('while loading from src (removed before or after the answer): no pending request, listener or element left', async function () {
    this.timeout(60_000);
    await collect();
    const baseCounts = snapshot();
    const baseHeap = heap();
    const refs: WeakRef<Element>[] = [];
    for (let i = 0; i < 200; i++) {
      const el = document.createElement('event-timeline') as EventTimeline;
      el.src = `/__test/chronology?ms=${i % 2 ? 0 : 200}&title=Leak${i}`;
      container.append(el);
      if (i % 2) await new Promise((r) => el.addEventListener('rendered', r, { once: true }));
      else await sleep(5); // removed while the request is in flight
      refs.push(new WeakRef(el));
      el.remove();
    }
    await sleep(300); // past the slow answers' time
    await collect();
    expect(snapshot()).to.deep.equal(baseCounts);
    expect(refs.filter((r) => r.deref() !== undefined).length, 'removed elements still in memory').to.be.at.most(5);
    expect((heap() - baseHeap) / MB, 'heap growth after GC, MB').to.be.lessThan(3);
  });
});
