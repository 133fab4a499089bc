// A large chronology loads without freezing the page (issue 21): while
// 100,000 events are parsed, timers keep firing (a heartbeat counts them;
// no timing threshold), and a load that is replaced or whose element is
// removed stops.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { generateChronology } from '../../bench/generate.mjs';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { PARSE_SLICE } from '../../src/schema/parse.js';
import { SLICED_FROM } from '../../src/schema/lazy-parse.js';
import { smallChronology } from './helpers.js';

const BIG = 100_000;
let big: unknown;
before(() => {
  big = generateChronology(BIG, 2);
});

/** Counts setTimeout(0) heartbeats until stopped. */
function heartbeat() {
  const h = { count: 0, on: true };
  const beat = () => {
    h.count++;
    if (h.on) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  return h;
}

/** Resolves once the heartbeat has fired `n` more times. */
const beats = (h: { count: number }, n: number) =>
  new Promise<void>((resolve) => {
    const until = h.count + n;
    const check = () => (h.count >= until ? resolve() : setTimeout(check, 0));
    check();
  });

async function mountEmpty() {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  wrap.append(el);
  await el.updateComplete;
  return { wrap, el };
}

describe('<event-timeline> with a large chronology', function () {
  this.timeout(300_000);

  it(`data of ${BIG.toLocaleString('en')} events: timers keep firing while it is parsed`, async () => {
    expect(BIG).to.be.greaterThan(SLICED_FROM);
    const { el } = await mountEmpty();
    const loaded = oneEvent(el, 'data-load');
    const h = heartbeat();
    el.data = big as EventTimeline['data'];
    const ev = (await loaded) as CustomEvent<{ events: number }>;
    h.on = false;
    expect(ev.detail.events).to.equal(BIG);
    // One pause per slice; a parse in one piece would let none through between setting data and data-load.
    expect(h.count, 'heartbeats during the load').to.be.greaterThan(BIG / PARSE_SLICE / 4);
  });

  it(`src of ${BIG.toLocaleString('en')} events: timers keep firing while it loads, and it is shown`, async () => {
    const { el } = await mountEmpty();
    const loaded = oneEvent(el, 'data-load');
    const h = heartbeat();
    el.src = `/__test/chronology?title=Big&events=${BIG}`;
    const ev = (await loaded) as CustomEvent<{ events: number }>;
    h.on = false;
    expect(ev.detail.events).to.equal(BIG);
    expect(el.chronology!.title).to.equal('Big');
    expect(h.count, 'heartbeats during the load').to.be.greaterThan(BIG / PARSE_SLICE / 4);
  });

  it('new data during a large parse: the large one is stopped and never shown', async () => {
    const { el } = await mountEmpty();
    const shown: number[] = [];
    el.addEventListener('data-load', (e) => shown.push((e as CustomEvent<{ events: number }>).detail.events));
    const h = heartbeat();
    el.data = big as EventTimeline['data'];
    await beats(h, 3); // parsing (no data-load yet)
    expect(shown).to.deep.equal([]);
    const small = oneEvent(el, 'data-load');
    el.data = smallChronology();
    await small;
    // The clock: a second element parsing the same large data from now on; the first, had it gone on, would have finished first.
    const other = await mountEmpty();
    const otherLoaded = oneEvent(other.el, 'data-load');
    other.el.data = big as EventTimeline['data'];
    await otherLoaded;
    h.on = false;
    expect(shown).to.deep.equal([5]);
    expect(el.chronology!.events.length).to.equal(5);
  });

  it('removed during a large parse: the parse stops; put back, it loads again', async () => {
    const { wrap, el } = await mountEmpty();
    const shown: number[] = [];
    el.addEventListener('data-load', (e) => shown.push((e as CustomEvent<{ events: number }>).detail.events));
    const h = heartbeat();
    el.data = big as EventTimeline['data'];
    await beats(h, 3);
    el.remove();
    const other = await mountEmpty();
    const otherLoaded = oneEvent(other.el, 'data-load');
    other.el.data = big as EventTimeline['data'];
    await otherLoaded;
    expect(shown, 'nothing shown while removed').to.deep.equal([]);
    expect(el.chronology).to.equal(null);
    const again = oneEvent(el, 'data-load');
    wrap.append(el);
    await again;
    h.on = false;
    expect(shown).to.deep.equal([BIG]);
  });
});
