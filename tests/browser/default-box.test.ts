// The default box at desktop width (issue 15): the June chronology at
// 1280×800 with no height given, and at a given height, measured in the
// browser: the chart gets most of the box, no lane is clipped (or it is
// reachable by the chart's scroll), no mark covers another, and every event
// is a mark or counted in a "+N" cluster. The filters live behind one
// "Filters" button whose panel opens over the chart and moves nothing.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { deepActiveElement, frames, loadDataset, sr } from './helpers.js';

async function mount(style = ''): Promise<EventTimeline> {
  const data = await loadDataset();
  const rendered = oneEvent(document, 'rendered');
  const root = await fixture<HTMLElement>(html`<article style="max-width: 1280px; margin: 0 auto; font: 16px/1.5 Georgia, serif">
    <p>Text above the chronology.</p>
    <event-timeline style=${style} .data=${data}></event-timeline>
    <p>Text below the chronology.</p>
  </article>`);
  const el = root.querySelector('event-timeline') as EventTimeline;
  await rendered;
  await el.updateComplete;
  await frames(3);
  await el.updateComplete;
  return el;
}

const rect = (e: Element) => e.getBoundingClientRect();
const stageOf = (el: EventTimeline) => sr(el).querySelector<HTMLElement>('.stage')!;
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** The drawn shapes: one box per mark (its bar and edge, or dot, or day band) and one per "+N" pill. */
function shapes(el: EventTimeline): { what: string; box: DOMRect }[] {
  const out: { what: string; box: DOMRect }[] = [];
  for (const m of sr(el).querySelectorAll('.mark')) {
    const parts = [...m.querySelectorAll(':scope > .shape')].map(rect);
    if (!parts.length) continue;
    const [l, t, r, b] = [
      Math.min(...parts.map((p) => p.left)),
      Math.min(...parts.map((p) => p.top)),
      Math.max(...parts.map((p) => p.right)),
      Math.max(...parts.map((p) => p.bottom)),
    ];
    out.push({ what: `mark ${m.getAttribute('data-id')}`, box: new DOMRect(l, t, r - l, b - t) });
  }
  for (const k of sr(el).querySelectorAll('.cluster .pill'))
    out.push({ what: `cluster ${k.parentElement!.getAttribute('data-key')}`, box: rect(k) });
  return out;
}

/** Every lane's band and name lie in the stage's box, or within its scroll range when it scrolls. */
function expectLanesReachable(el: EventTimeline) {
  const stage = stageOf(el);
  const s = rect(stage);
  const scrolls = stage.scrollHeight > stage.clientHeight + 1;
  const labels = [...sr(el).querySelectorAll('[part~=lane-label]')];
  const bands = [...sr(el).querySelectorAll('.lane-band')];
  expect(labels.length, 'a name per lane').to.equal(bands.length);
  expect(labels.length).to.be.greaterThan(4);
  for (const [i, band] of bands.entries()) {
    const b = rect(band);
    const name = labels[i]!.textContent!.trim();
    const lb = rect(labels[i]!);
    // The name lies on its lane.
    expect(lb.top, `${name}: its name in its lane`).to.be.at.least(b.top - 1);
    expect(lb.bottom, `${name}: its name in its lane`).to.be.at.most(b.bottom + 1);
    if (scrolls) {
      expect(b.bottom - s.top + stage.scrollTop, `${name}: within the chart's scroll`).to.be.at.most(stage.scrollHeight + 1);
    } else {
      expect(b.top, `${name}: below the stage's top`).to.be.at.least(s.top - 1);
      expect(b.bottom, `${name}: above the stage's bottom (not clipped)`).to.be.at.most(s.bottom + 1);
      expect(b.bottom, `${name}: inside the element`).to.be.at.most(rect(el).bottom + 1);
    }
  }
}

function expectNoOverlap(el: EventTimeline) {
  const all = shapes(el);
  expect(all.length).to.be.greaterThan(20);
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++)
      expect(overlap(all[i]!.box, all[j]!.box), `${all[i]!.what} overlaps ${all[j]!.what}`).to.be.false;
}

/** Events drawn as (primary) marks in view, and the events counted in "+N" clusters. */
function counts(el: EventTimeline) {
  const marks = new Set([...sr(el).querySelectorAll('.mark.primary')].map((m) => m.getAttribute('data-id')));
  const clustered = [...sr(el).querySelectorAll('.cluster')].reduce((a, k) => a + Number(k.getAttribute('data-primary')), 0);
  return { marks: marks.size, clustered, pills: sr(el).querySelectorAll('.cluster').length };
}

async function check(style: string, expectHeight: (h: number) => void, minMarks: number): Promise<EventTimeline> {
  const el = await mount(style);
  const h = rect(el).height;
  expectHeight(h);
  const stage = stageOf(el);
  expect(stage.clientHeight / h, 'the chart gets at least 60 % of the element').to.be.at.least(0.6);
  expectLanesReachable(el);
  expectNoOverlap(el);
  const c = counts(el);
  expect(c.marks + c.clustered, 'marks + "+N" counts = the events shown').to.equal(el.chronology!.events.length);
  expect(c.marks, 'events drawn as marks').to.be.at.least(minMarks);
  // The toolbar is one line.
  const bar = sr(el).querySelector('[part=toolbar]')!;
  expect(rect(bar).height, 'one toolbar line').to.be.at.most(40);
  return el;
}

describe('the default box at desktop width: the June chronology at 1280×800', function () {
  this.timeout(60_000);
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  it('no height given: within 80 % of the viewport, the chart ≥ 60 % of it, every lane whole, no mark on another, every event a mark or in a "+N"', async () => {
    await check('', (h) => expect(h).to.be.within(400, 0.8 * 800 + 1), 32);
  });

  it('height: 600px: the box is 600 px and the same holds', async () => {
    await check('height: 600px', (h) => expect(h).to.be.closeTo(600, 1), 28);
  });

  it('a height too small for one row a lane: the chart scrolls inside the box, the last lane reachable', async () => {
    const el = await mount('height: 320px');
    expect(rect(el).height).to.be.closeTo(320, 1);
    const stage = stageOf(el);
    expect(stage.scrollHeight, 'the chart scrolls').to.be.greaterThan(stage.clientHeight);
    expectLanesReachable(el);
    stage.scrollTop = stage.scrollHeight;
    await frames(2);
    const labels = [...sr(el).querySelectorAll('[part~=lane-label]')];
    const last = rect(labels[labels.length - 1]!);
    expect(last.bottom, 'the last lane name, scrolled to').to.be.at.most(rect(stage).bottom + 1);
    expect(last.top).to.be.at.least(rect(stage).top - 1);
    const c = counts(el);
    expect(c.marks + c.clustered).to.equal(el.chronology!.events.length);
  });
});

describe('the Filters button', function () {
  this.timeout(60_000);
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
  });

  const button = (el: EventTimeline) => sr(el).querySelector<HTMLButtonElement>('.filter-toggle')!;
  const panel = (el: EventTimeline) => sr(el).querySelector<HTMLElement>('#filter-panel')!;

  it('opens the topic and status filters over the chart (nothing moves), by keyboard; Escape closes and returns focus', async () => {
    const el = await mount();
    const before = rect(el);
    const below = rect(el.nextElementSibling!);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(button(el).getAttribute('aria-controls')).to.equal('filter-panel');
    expect(button(el).textContent!.trim()).to.equal('Filters');
    expect(panel(el).hidden).to.be.true;

    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el).hidden).to.be.false;
    const p = rect(panel(el));
    expect(p.height, 'the panel shows').to.be.greaterThan(40);
    // Over the chart, inside the element's box: the element and the text below stay where they were.
    expect(p.top).to.be.at.least(before.top);
    expect(p.bottom).to.be.at.most(before.bottom);
    expect(rect(el).height).to.equal(before.height);
    expect(rect(el.nextElementSibling!).top).to.equal(below.top);
    expect(panel(el).querySelectorAll('[part=filters] topic-badge').length).to.be.greaterThan(10);
    expect(panel(el).querySelectorAll('[part=status-filters] .status-toggle').length).to.be.greaterThan(1);

    // Tab goes from the button into the panel: the first topic badge.
    await sendKeys({ press: 'Tab' });
    const first = panel(el).querySelector('topic-badge')!;
    expect(deepActiveElement()).to.equal(first.shadowRoot!.querySelector('button'));
    // A press filters, and the button counts it.
    const changed = oneEvent(el, 'filter-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.topics).to.have.length(1);
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Filters (1)');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(panel(el).hidden).to.be.true;
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(sr(el).activeElement).to.equal(button(el));
  });

  it('a status filter pressed in the panel counts too', async () => {
    const el = await mount();
    button(el).click();
    await el.updateComplete;
    panel(el).querySelector<HTMLButtonElement>('.status-toggle')!.click();
    await el.updateComplete;
    expect(el.statusFilter).to.be.a('string').and.not.empty;
    expect(button(el).textContent!.trim()).to.equal('Filters (1)');
  });
});
