// A large `src` body is parsed off the page's main thread (issue 21): the
// body goes to a module worker (src/load/json-worker.ts), whose answer
// arrives in batches of events, each received in a task of its own. Spies
// on `Worker` and `JSON.parse` check the structure (who parsed, in how many
// messages); no timing is asserted (the longest task is measured by
// `node bench/huge-src.mjs`, in docs/benchmarks.md). Without a worker, or
// when its script cannot load, the body is parsed here as before.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { generateChronology } from '../../bench/generate.mjs';
import { summarize, SUMMARY_SLICE } from '../../src/layout/summary.js';
import { EVENTS_PER_MESSAGE, OFF_THREAD_FROM } from '../../src/load/off-thread.js';

const BIG = 100_000;

/** Counts what happens to workers and to `JSON.parse` of large strings on this thread, until `restore()`. */
function spy(make?: (url: string | URL, options?: WorkerOptions) => Worker) {
  const RealWorker = globalThis.Worker;
  const realParse = JSON.parse;
  const s = { started: 0, messages: 0, terminated: 0, bigParsesHere: 0, restore: () => {} };
  class SpyWorker extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      s.started++;
      this.addEventListener('message', () => s.messages++);
    }
    override terminate() {
      s.terminated++;
      super.terminate();
    }
  }
  globalThis.Worker = make
    ? (function (url: string | URL, options?: WorkerOptions) {
        s.started++;
        return make(url, options);
      } as unknown as typeof Worker)
    : SpyWorker;
  JSON.parse = function (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
    if (typeof text === 'string' && text.length >= OFF_THREAD_FROM) s.bigParsesHere++;
    return realParse.call(JSON, text, reviver);
  } as typeof JSON.parse;
  s.restore = () => {
    globalThis.Worker = RealWorker;
    JSON.parse = realParse;
  };
  return s;
}

async function mount() {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** A `blob:` URL of `text` served as JSON (loadJson accepts blob: URLs). */
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('<event-timeline src> with a large body', function () {
  this.timeout(300_000);
  let s: ReturnType<typeof spy> | undefined;
  afterEach(() => s?.restore());

  it(`${BIG.toLocaleString('en')} events: parsed in a worker, received in batches, none of it parsed on the main thread`, async () => {
    const el = await mount();
    s = spy();
    const loaded = oneEvent(el, 'data-load');
    el.src = `/__test/chronology?title=Big&events=${BIG}`;
    const ev = (await loaded) as CustomEvent<{ events: number; problems: number }>;
    expect(ev.detail.events).to.equal(BIG);
    expect(el.chronology!.title).to.equal('Big');
    expect(el.chronology!.events[BIG - 1]!.id).to.be.a('string');
    expect(s.started, 'workers started').to.equal(1);
    expect(s.bigParsesHere, 'large JSON.parse calls on the main thread').to.equal(0);
    // The head, then the events in batches: each a task of its own on this thread.
    expect(s.messages, 'messages from the worker').to.equal(1 + Math.ceil(BIG / EVENTS_PER_MESSAGE));
    expect(s.terminated, 'the worker is stopped when done').to.equal(1);
  });

  it('a small body is parsed here: no worker', async () => {
    const el = await mount();
    s = spy();
    const loaded = oneEvent(el, 'data-load');
    el.src = '/__test/chronology?title=Small&events=20';
    expect(((await loaded) as CustomEvent<{ events: number }>).detail.events).to.equal(20);
    expect(s.started).to.equal(0);
  });

  it('a large body that is not JSON: the parser’s error, from the worker, in the error state', async () => {
    const el = await mount();
    s = spy();
    const failed = oneEvent(el, 'data-error');
    el.format = 'json';
    const bad = '{"schemaVersion": 1, "events": [' + '{"id": "a"},'.repeat(OFF_THREAD_FROM / 10) + ']';
    el.src = blobUrl(bad);
    const ev = (await failed) as CustomEvent<{ kind: string; message: string }>;
    expect(ev.detail.kind).to.equal('not-json');
    // The same words as JSON.parse here.
    let here = '';
    try {
      JSON.parse('[1,]');
    } catch (e) {
      here = (e as Error).message;
    }
    expect(here).to.match(/JSON/);
    expect(ev.detail.message).to.match(/JSON/);
    expect(s.started).to.equal(1);
    expect(s.bigParsesHere).to.equal(0);
  });

  it('no Worker in the page: the body is parsed on the main thread, and shown', async () => {
    const el = await mount();
    s = spy();
    const RealWorker = globalThis.Worker;
    (globalThis as { Worker?: unknown }).Worker = undefined;
    try {
      const loaded = oneEvent(el, 'data-load');
      el.src = `/__test/chronology?title=Big&events=${BIG / 10}`;
      expect(((await loaded) as CustomEvent<{ events: number }>).detail.events).to.equal(BIG / 10);
    } finally {
      globalThis.Worker = RealWorker;
    }
    expect(s.bigParsesHere).to.equal(1);
  });

  it('a worker that cannot load its script (as under a CSP that forbids it): parsed here instead, and shown', async () => {
    const el = await mount();
    const Real = globalThis.Worker;
    s = spy((_url, options) => new Real('/no-such-worker.js', options));
    const loaded = oneEvent(el, 'data-load');
    el.src = `/__test/chronology?title=Big&events=${BIG / 10}`;
    expect(((await loaded) as CustomEvent<{ events: number }>).detail.events).to.equal(BIG / 10);
    expect(s.started).to.equal(1);
    expect(s.bigParsesHere).to.equal(1);
  });

  it('a worker refused at once (the constructor throws, as for another origin or Trusted Types): parsed here instead', async () => {
    const el = await mount();
    s = spy(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const loaded = oneEvent(el, 'data-load');
    el.src = `/__test/chronology?title=Big&events=${BIG / 10}`;
    expect(((await loaded) as CustomEvent<{ events: number }>).detail.events).to.equal(BIG / 10);
    expect(s.started).to.equal(1);
    expect(s.bigParsesHere).to.equal(1);
  });

  it('a new src while the worker parses: the worker is stopped and the old body never shown', async () => {
    const el = await mount();
    s = spy();
    const shown: string[] = [];
    el.addEventListener('data-load', () => shown.push(String(el.chronology!.title)));
    const started = new Promise<void>((resolve) => {
      const check = () => (s!.started ? resolve() : setTimeout(check, 0));
      check();
    });
    el.src = `/__test/chronology?title=Big&events=${BIG}`;
    await started;
    const small = oneEvent(el, 'data-load');
    el.src = '/__test/chronology?title=Small&events=5';
    await small;
    expect(s.terminated, 'the worker was stopped').to.equal(1);
    // Long enough for the big parse to have finished, had it gone on: another worker parses the same body.
    const other = await mount();
    const otherLoaded = oneEvent(other, 'data-load');
    other.src = `/__test/chronology?title=Big&events=${BIG}`;
    await otherLoaded;
    expect(shown).to.deep.equal(['Small']);
  });
});

describe('<event-timeline> after a large chronology is read', function () {
  this.timeout(300_000);

  it('counts the summary in slices after the first render with the data: a line holds its place, then the sentence summarize() gives', async () => {
    const el = await mount();
    const rendered = oneEvent(el, 'rendered');
    el.data = generateChronology(BIG, 2) as EventTimeline['data'];
    await rendered;
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="summary"]'), 'not yet counted').to.equal(null);
    expect(root.querySelector('.chronology-summary[aria-hidden="true"]'), 'its place held').to.exist;
    let beats = 0;
    let on = true;
    const beat = () => {
      beats++;
      if (on) setTimeout(beat, 0);
    };
    setTimeout(beat, 0);
    const summary = await until(() => root.querySelector('[part="summary"]'));
    on = false;
    // A pause per slice of events (the first may come before the heartbeat starts); in one piece, no timer would have run.
    expect(beats, 'timers that ran while it was counted').to.be.at.least(Math.ceil(BIG / SUMMARY_SLICE) - 2);
    expect(summary.textContent!.trim()).to.equal(summarize(el.chronology!, { lang: 'en', zone: 'UTC' }));
    expect(root.querySelectorAll('[part~="event"], [part~="cluster"]').length, 'marks and clusters drawn').to.be.greaterThan(0);
  });
});

/** Resolves once `get` answers something (checked after every task). */
async function until<T>(get: () => T | null | undefined): Promise<T> {
  for (;;) {
    const v = get();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 0));
  }
}
