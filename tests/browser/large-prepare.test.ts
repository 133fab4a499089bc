// A large chronology's chart is prepared in slices (issue 21): after the
// data is read, its spans and order, its lanes and its per-lane index are
// computed in tasks of their own (layout/prepare-slices.ts, loaded on
// demand), so timers and input run in between; the loading line shows
// meanwhile, `rendered` fires once it is drawn, and newer data, a new `src`
// or the element's removal stop it (no stale render). No timing is
// asserted: a setTimeout(0) heartbeat counts the tasks that ran between
// (one piece would let none run before `rendered`), and another element
// preparing the same data serves as the clock for "later".
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { generateChronology } from '../../bench/generate.mjs';
import { SLICED_FROM } from '../../src/schema/lazy-parse.js';
import { smallChronology } from './helpers.js';

const N = 4 * SLICED_FROM;

async function mount(view?: 'list') {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  if (view) el.view = view;
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/**
 * Counts setTimeout(0) callbacks from now on (each a task), and whether one
 * saw the loading line; `stop()` ends it and answers the count.
 */
function heartbeat(el: EventTimeline) {
  const h = { beats: 0, sawLoading: false, on: true };
  const beat = () => {
    if (!h.on) return;
    h.beats++;
    if (/Loading/i.test(el.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '')) h.sawLoading = true;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  return Object.assign(h, { stop: () => ((h.on = false), h.beats) });
}

/** The events drawn (an event in several lanes has a mark in each). */
const ids = (el: EventTimeline) =>
  [...new Set([...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('data-id')))].sort();
const laneLabels = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll('[part="lane-label"]')].map((l) => l.getAttribute('aria-label'));

/** Another element that prepares `data` from now on: when it has drawn it, a preparation begun before would have ended. */
async function clock(data: unknown) {
  const other = await mount();
  const drawn = oneEvent(other, 'rendered');
  other.data = data as EventTimeline['data'];
  await drawn;
}

describe('<event-timeline>: a large chronology prepared in slices', function () {
  this.timeout(300_000);

  it(`${N.toLocaleString('en')} events: timers run between data-load and rendered, with the loading line; then the chart`, async () => {
    const el = await mount();
    const loaded = oneEvent(el, 'data-load');
    el.data = generateChronology(N, 2) as EventTimeline['data'];
    await loaded; // read: from here on, prepared
    const h = heartbeat(el);
    await oneEvent(el, 'rendered');
    const beats = h.stop();
    // A pause after the spans, the lanes and the index (the heartbeat's first beat may come after the first):
    // prepared in one piece, no timer would have run before the render.
    expect(beats, 'tasks that ran while it was prepared').to.be.at.least(2);
    expect(h.sawLoading, 'the loading line meanwhile').to.equal(true);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="status"]'), 'no loading line once drawn').to.equal(null);
    expect(root.querySelectorAll('[part~="event"], [part~="cluster"]').length, 'marks and clusters drawn').to.be.greaterThan(0);
  });

  it('in the list view: rendered fires once the list is drawn, not while the data is prepared', async () => {
    const el = await mount('list');
    const loaded = oneEvent(el, 'data-load');
    el.data = generateChronology(N, 3) as EventTimeline['data'];
    await loaded;
    const h = heartbeat(el);
    await oneEvent(el, 'rendered');
    h.stop();
    expect(h.sawLoading, 'the loading line meanwhile').to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part="list"] li.item').length, 'list items drawn at rendered').to.be.greaterThan(0);
  });

  it('new data while it is prepared wins: the new data is drawn, and stays drawn after the large one would have been', async () => {
    const el = await mount();
    const big = generateChronology(N, 4);
    const loaded = oneEvent(el, 'data-load');
    el.data = big as EventTimeline['data'];
    await loaded;
    const small = oneEvent(el, 'rendered');
    el.data = smallChronology();
    await small;
    const drawn = ids(el);
    expect(drawn).to.deep.equal(el.chronology!.events.map((e) => e.id).sort());
    await clock(big);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(drawn);
    expect(el.chronology!.events.length).to.equal(5);
  });

  it('a new src while it is prepared wins: no stale render of the large data', async () => {
    const el = await mount();
    const big = generateChronology(N, 5);
    const loaded = oneEvent(el, 'data-load');
    el.data = big as EventTimeline['data'];
    await loaded;
    const small = oneEvent(el, 'rendered');
    el.data = undefined;
    el.src = '/__test/chronology?title=Small&events=5';
    await small;
    const title = () => el.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim();
    const drawn = ids(el);
    expect(title()).to.equal('Small');
    expect(drawn.length).to.be.within(1, 5);
    await clock(big);
    await el.updateComplete;
    expect(title()).to.equal('Small');
    expect(ids(el)).to.deep.equal(drawn);
  });

  it('removed while it is prepared, and put back: prepared again and drawn', async () => {
    const el = await mount();
    const loaded = oneEvent(el, 'data-load');
    el.data = generateChronology(N, 6) as EventTimeline['data'];
    await loaded;
    const parent = el.parentElement!;
    el.remove();
    const rendered = oneEvent(el, 'rendered');
    parent.append(el);
    await rendered;
    expect(el.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length).to.be.greaterThan(0);
    expect(el.chronology!.events.length).to.equal(N);
  });

  it('the same data grouped anew: prepared in slices again, the chart still drawn meanwhile (no loading line)', async () => {
    const el = await mount();
    const rendered = oneEvent(el, 'rendered');
    el.data = generateChronology(N, 7) as EventTimeline['data'];
    await rendered;
    await el.updateComplete;
    const before = laneLabels(el);
    const h = heartbeat(el);
    el.groupBy = 'topic';
    await new Promise((r) => setTimeout(r, 0)); // an update, and a slice
    expect(el.shadowRoot!.querySelector('[part="status"]'), 'no loading line').to.equal(null);
    expect(laneLabels(el), 'the chart as it was, meanwhile').to.deep.equal(before);
    await el.updateComplete;
    expect(h.stop(), 'tasks that ran while it was prepared').to.be.at.least(2);
    expect(h.sawLoading).to.equal(false);
    const after = laneLabels(el);
    const topics = new Set(el.chronology!.topics.map((t) => t.label));
    expect(after).to.not.deep.equal(before);
    expect(after.every((l) => topics.has(l!) || l === 'Others')).to.equal(true);
  });
});
