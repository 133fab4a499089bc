// A large chronology in the page's inline JSON (issue 17, the phone profile):
// read after the task that defined the element, parsed in a task of its own
// and shown in the next, so that no single long task holds the page's load.
// A small one is still read at once.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { SPLIT_FROM } from '../../src/load/next-task.js';
import { loadDataset, smallChronology, sr } from './helpers.js';

/** An <event-timeline> with `data` as inline JSON, not yet in the page; `data-load` events recorded. */
function withInline(data: unknown) {
  const el = document.createElement('event-timeline') as EventTimeline;
  el.view = 'chart';
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  el.append(script);
  const loads: number[] = [];
  el.addEventListener('data-load', (e) => loads.push((e as CustomEvent<{ events: number }>).detail.events));
  return { el, loads, length: script.textContent.length };
}

const microtasks = async (n = 10) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('inline JSON: a large chronology is read in tasks of its own', () => {
  it('the June chronology: not parsed in the task that connects it; shown whole once read', async () => {
    const june = await loadDataset();
    const { el, loads, length } = withInline(june);
    expect(length).to.be.at.least(SPLIT_FROM);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const rendered = oneEvent(el, 'rendered');
    wrap.append(el);
    await microtasks();
    // Connected and updated (its empty box), but nothing read yet in this task.
    expect(loads).to.deep.equal([]);
    expect(sr(el).querySelector('svg.chart')).to.equal(null);
    await rendered;
    expect(loads).to.deep.equal([june.events.length]);
    expect(el.chronology?.events.length).to.equal(june.events.length);
    expect(sr(el).querySelector('svg.chart')).to.not.equal(null);
  });

  it('updateComplete waits for the read', async () => {
    const june = await loadDataset();
    const { el, loads } = withInline(june);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrap.append(el);
    await el.updateComplete;
    expect(loads).to.deep.equal([june.events.length]);
    expect(sr(el).querySelector('svg.chart')).to.not.equal(null);
  });

  it('removed before it is read: nothing is read; put back, it is', async () => {
    const june = await loadDataset();
    const { el, loads } = withInline(june);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrap.append(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(loads).to.deep.equal([]);
    const loaded = oneEvent(el, 'data-load');
    wrap.append(el);
    await loaded;
    expect(loads).to.deep.equal([june.events.length]);
  });

  it('parsed in one task, shown in the next: no task both parses and draws it', async () => {
    const june = await loadDataset();
    const { el, loads } = withInline(june);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const text = el.querySelector('script')!.textContent!;
    const parse = JSON.parse;
    let parsedAt = -1;
    let task = 0;
    JSON.parse = function (this: unknown, ...args: Parameters<typeof JSON.parse>) {
      if (args[0] === text && parsedAt < 0) parsedAt = task;
      return parse.apply(this, args);
    } as typeof JSON.parse;
    try {
      const tick = () => new Promise<void>((r) => setTimeout(() => (task++, r())));
      wrap.append(el);
      // Timers run in order: the element's read (queued on connection) runs before this one…
      await tick();
      expect(parsedAt, 'parsed in the task after the connection').to.equal(0);
      expect(loads, 'but not shown in it').to.deep.equal([]);
      expect(el.chronology).to.equal(null);
      // …and its showing (queued by the read) before the next.
      await tick();
      expect(loads).to.deep.equal([june.events.length]);
    } finally {
      JSON.parse = parse;
    }
    await el.updateComplete;
    expect(sr(el).querySelector('svg.chart')).to.not.equal(null);
  });

  it('a small chronology is read at once, in the task that connects it', async () => {
    const small = smallChronology();
    const { el, loads, length } = withInline(small);
    expect(length).to.be.below(SPLIT_FROM);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    wrap.append(el);
    expect(loads).to.deep.equal([small.events.length]);
  });
});

describe('inline JSON at a phone’s width (view="auto")', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('the phone chronology’s module is requested from the first render, before the data is read; no chart is built', async () => {
    const june = await loadDataset();
    const { el } = withInline(june);
    el.view = 'auto';
    const phone = () => (el as unknown as { _phone: { pending?: Promise<void> } })._phone.pending;
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const requested: boolean[] = [];
    el.addEventListener('data-load', () => requested.push(!!phone()));
    const rendered = oneEvent(el, 'rendered');
    wrap.append(el);
    await microtasks();
    expect(phone(), 'requested by the first render').to.be.an.instanceOf(Promise);
    await rendered;
    expect(requested).to.deep.equal([true]);
    await el.updateComplete;
    expect(sr(el).querySelectorAll('.phone-item').length).to.be.greaterThan(0);
    expect(sr(el).querySelector('svg.chart'), 'no chart at 390 px').to.equal(null);
    expect(sr(el).querySelector('[part~="event"]')).to.equal(null);
    // Wider, the chart is laid out and drawn from the same data.
    await setViewport({ width: 1200, height: 844 });
    await waitUntil(() => sr(el).querySelector('svg.chart'), 'the chart is drawn at 1200 px');
    await el.updateComplete;
    expect(sr(el).querySelectorAll('[part~="event"]').length).to.be.greaterThan(0);
    expect(sr(el).querySelector('.phone-item')).to.equal(null);
  });
});
