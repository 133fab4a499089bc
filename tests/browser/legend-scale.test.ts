// The topic filter bar with huge topic counts (issue 21): 100,000 topics each
// used once draw at most LEGEND_TOPICS badges and a "+N more" button, and the
// bar's badges add no listener to the timeline (one delegated listener on the
// bar turns a press into a filter).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { generateChronology } from '../../bench/generate.mjs';
import '../../src/index.js';
import type { EventTimeline, TopicBadge } from '../../src/index.js';
import { LEGEND_TOPICS } from '../../src/components/event-timeline/legend-view.js';
import { frames, sr } from './helpers.js';

/** `n` events, each with a topic of its own (topic i used by event i). */
function oneTopicEach(n: number) {
  const c = generateChronology(n, 3) as { topics: unknown[]; events: { topics: string[] }[] };
  c.topics = c.events.map((_, i) => ({ id: `t${i}`, label: `Topic ${i}`, color: i % 2 ? '#1f5fa8' : '#b3261e' }));
  c.events.forEach((e, i) => (e.topics = [`t${i}`]));
  return c;
}

/** Counts the listeners added to `target` for each type while `during` runs. */
async function listenersAdded<T>(target: EventTarget, during: () => Promise<T>) {
  const counts = new Map<string, number>();
  const original = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: [never, never]) {
    if (this === target) counts.set(type, (counts.get(type) ?? 0) + 1);
    return original.call(this, type, ...rest);
  };
  try {
    return { result: await during(), counts };
  } finally {
    EventTarget.prototype.addEventListener = original;
  }
}

async function mount(data: unknown) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  el.view = 'chart';
  const { counts } = await listenersAdded(el, async () => {
    const rendered = oneEvent(el, 'rendered');
    el.data = data as EventTimeline['data'];
    wrap.append(el);
    await rendered;
    await frames();
    // The bar's overflow ("+N more") comes with the list's module, loaded right after the first render.
    if ((data as { topics: unknown[] }).topics.length > LEGEND_TOPICS)
      await waitUntil(() => moreButton(el), 'the "+N more" button', { timeout: 20_000 });
    await Promise.all(badges(el).map((b) => b.updateComplete));
  });
  return { el, counts };
}

const badges = (el: EventTimeline) => [...sr(el).querySelectorAll<TopicBadge>('[part=filters] topic-badge')];
const moreButton = (el: EventTimeline) => sr(el).querySelector<HTMLButtonElement>('[part=filters] .more-topics');
const label = (b: TopicBadge) => b.shadowRoot!.querySelector('[part=badge]')!.textContent!.replace('✓', '').trim();

describe('the topic filter bar with huge topic counts', function () {
  this.timeout(300_000);

  it('100,000 topics each used once: LEGEND_TOPICS badges, "+N more", no listener per badge', async () => {
    const { el, counts } = await mount(oneTopicEach(100_000));
    expect(el.chronology!.topics.length).to.equal(100_000);
    const shown = badges(el);
    expect(shown.length).to.equal(LEGEND_TOPICS);
    expect(moreButton(el)!.textContent!.trim()).to.equal(`+${(100_000 - LEGEND_TOPICS).toLocaleString('en')} more`);
    // The bar's badges listen to nothing on the timeline (they used to add data-load and filter-change each).
    expect(counts.get('data-load') ?? 0, 'data-load listeners').to.be.lessThan(3);
    expect(counts.get('filter-change') ?? 0, 'filter-change listeners').to.be.lessThan(3);

    // A press filters through the bar's one listener, and the timeline presses the badge.
    const b = shown[5]!;
    const id = b.topic!.id;
    const changed = oneEvent(el, 'filter-change');
    b.shadowRoot!.querySelector<HTMLButtonElement>('button[part=badge]')!.click();
    expect((await changed).detail.topics).to.deep.equal([id]);
    await el.updateComplete;
    await b.updateComplete;
    expect(el.activeTopics).to.deep.equal([id]);
    expect(b.pressed).to.be.true;
    expect(b.shadowRoot!.querySelector('button')!.getAttribute('aria-pressed')).to.equal('true');
    expect(sr(el).querySelectorAll('.mark.primary').length, 'one event left').to.equal(1);

    // "+N more" shows LEGEND_TOPICS more.
    moreButton(el)!.click();
    await el.updateComplete;
    expect(badges(el).length).to.equal(2 * LEGEND_TOPICS);
    expect(moreButton(el)!.textContent!.trim()).to.equal(`+${(100_000 - 2 * LEGEND_TOPICS).toLocaleString('en')} more`);
  });

  it('more topics than the bar holds: the most used ones, in the chronology’s order, and an active one kept', async () => {
    const c = generateChronology(900, 5) as { topics: { id: string; label: string; color: string }[]; events: { topics: string[] }[] };
    const n = LEGEND_TOPICS + 10;
    c.topics = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, label: `T${i}`, color: '#1f5fa8' }));
    // Topic i is used by i + 1 events: the LEGEND_TOPICS most used are the last ones.
    let k = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j <= i && k < c.events.length; j++) c.events[k++]!.topics = [`t${i}`];
    for (; k < c.events.length; k++) c.events[k]!.topics = [`t${n - 1}`];
    const { el } = await mount(c);
    const want = Array.from({ length: LEGEND_TOPICS }, (_, i) => `T${i + 10}`);
    expect(badges(el).map(label)).to.deep.equal(want);
    expect(moreButton(el)!.textContent!.trim()).to.equal('+10 more');
    // An active topic outside the top stays in the bar (pressed).
    el.activeTopics = ['t0'];
    await el.updateComplete;
    await Promise.all(badges(el).map((b) => b.updateComplete));
    expect(badges(el).map(label)).to.deep.equal(['T0', ...want]);
    expect(badges(el)[0]!.pressed).to.be.true;
    expect(moreButton(el)!.textContent!.trim()).to.equal('+9 more');
  });
});
