// <event-timeline> as a guest in a news article (issue 15): text above and
// below one timeline whose data arrives after 500 ms, driven by real input
// (mouse wheel, touch gestures, Tab) through the browser.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { deepActiveElement, frames, sr } from './helpers.js';

const SRC = '/__test/june?ms=500';
const para = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      html`<p>
        Paragraph ${i + 1} of the story. Diplomats met again on Monday as the talks resumed, and the reader scrolls past this text on the way to the
        chronology and beyond it, as in any article page.
      </p>`,
  );

/** An article page: a button and paragraphs above, the timeline, paragraphs and a button below. */
async function article(timeline = html`<event-timeline src=${SRC}></event-timeline>`, opts: { wait?: boolean } = {}) {
  const rendered = oneEvent(document, 'rendered');
  const root = await fixture<HTMLElement>(html`<article style="max-width: 1280px; margin: 0 auto; font: 16px/1.5 Georgia, serif">
    <button id="before">Before</button>
    ${para(4)} ${timeline} ${para(30)}
    <button id="after">After</button>
  </article>`);
  const el = root.querySelector('event-timeline') as EventTimeline;
  if (opts.wait !== false) {
    await stalled(rendered, el, 'rendered');
    await stalled(el.updateComplete, el, 'updateComplete');
    await frames(2);
  }
  return el;
}

/**
 * `p`, or after 20 s an error that says where the element stands (once, on a
 * loaded machine, three tests of this file timed out waiting for the load;
 * this says which step did not come, instead of mocha's bare time-out).
 */
async function stalled<T>(p: Promise<T>, el: EventTimeline, what: string): Promise<T> {
  let timer = 0;
  const late = new Promise<never>((_, reject) => {
    timer = window.setTimeout(async () => {
      const frame = await Promise.race([
        new Promise((r) => requestAnimationFrame(() => r('yes'))),
        new Promise((r) => setTimeout(() => r('no'), 1000)),
      ]);
      const fetched = performance.getEntriesByType('resource').filter((e) => e.name.includes('/__test/june')).length;
      const state = {
        attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
        connected: el.isConnected,
        width: el.getBoundingClientRect().width,
        events: el.chronology?.events.length,
        viewport: `${innerWidth}×${innerHeight}`,
        fetchesDone: fetched,
        frameWithin1s: frame,
        shadow: sr(el).innerHTML.length,
      };
      reject(new Error(`no ${what} after 20 s: ${JSON.stringify(state)}`));
    }, 20_000);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

const svgOf = (el: EventTimeline) => sr(el).querySelector<SVGSVGElement>('svg.chart')!;
/** Scrolls the page so that the chart's middle is in the middle of the viewport; returns that point. */
async function centreChart(el: EventTimeline) {
  const b0 = svgOf(el).getBoundingClientRect();
  window.scrollBy(0, b0.top + b0.height / 2 - innerHeight / 2);
  await el.updateComplete;
  await frames(3);
  const b = svgOf(el).getBoundingClientRect();
  return { x: Math.round(b.left + b.width / 2), y: Math.round(Math.min(b.top + b.height / 2, innerHeight / 2)) };
}
/** The layout shift (CLS, shifts not caused by input) while `run` runs, from a PerformanceObserver. */
async function layoutShift(run: () => Promise<unknown>): Promise<number> {
  let cls = 0;
  const po = new PerformanceObserver((l) => {
    for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!e.hadRecentInput) cls += e.value;
  });
  po.observe({ type: 'layout-shift' });
  try {
    await run();
    // Entries of the last frames are delivered before takeRecords returns.
    for (const e of po.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!e.hadRecentInput) cls += e.value;
  } finally {
    po.disconnect();
  }
  return cls;
}
const rangeKey = (el: EventTimeline) => `${+el.range!.start}:${+el.range!.end}`;
const wheel = (p: { x: number; y: number }, deltaY: number, modifiers: string[] = []) =>
  executeServerCommand('input-wheel', { ...p, deltaY, modifiers });
const touchScroll = (p: { x: number; y: number }, xDistance: number, yDistance: number) =>
  executeServerCommand('input-touch-scroll', { ...p, xDistance, yDistance });

describe('<event-timeline> in an article page', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(() => window.scrollTo(0, 0));

  describe('wheel', () => {
    it('a plain wheel over the chart scrolls the page, leaves the range, and shows the hint until it fades', async () => {
      const el = await article();
      const p = await centreChart(el);
      const range = rangeKey(el);
      const y0 = scrollY;
      await wheel(p, 300);
      await waitUntil(() => scrollY > y0 + 100, 'the page scrolled');
      expect(rangeKey(el), 'the range is unchanged').to.equal(range);
      const hint = () => sr(el).querySelector('.zoom-hint');
      await waitUntil(() => hint(), 'the hint appears');
      expect(hint()!.textContent).to.match(/(Ctrl|⌘) \+ scroll to zoom/);
      await waitUntil(() => !hint(), 'the hint goes away', { timeout: 5000 });
    });

    it('Ctrl + wheel zooms the chart and does not scroll the page', async () => {
      const el = await article();
      const p = await centreChart(el);
      const full = +el.range!.end - +el.range!.start;
      const y0 = scrollY;
      const changed = oneEvent(el, 'range-change');
      await wheel(p, -300, ['Control']);
      const ev = await changed;
      expect(+ev.detail.end - +ev.detail.start).to.be.lessThan(full * 0.9);
      expect(scrollY).to.equal(y0);
      expect(sr(el).querySelector('.zoom-hint'), 'no hint for a zoom').to.equal(null);
    });

    it('wheel-zoom="always" keeps the wheel zooming (full-page applications)', async () => {
      const el = await article(html`<event-timeline src=${SRC} wheel-zoom="always"></event-timeline>`);
      const p = await centreChart(el);
      const y0 = scrollY;
      const changed = oneEvent(el, 'range-change');
      await wheel(p, -300);
      await changed;
      expect(scrollY).to.equal(y0);
    });
  });

  describe('touch', () => {
    it('a vertical one-finger swipe over the chart scrolls the page and leaves the range', async () => {
      const el = await article();
      const p = await centreChart(el);
      const range = rangeKey(el);
      const y0 = scrollY;
      await touchScroll(p, 0, -250); // the finger moves up: the page scrolls down
      await waitUntil(() => scrollY > y0 + 100, `the page scrolled (from ${y0})`);
      expect(rangeKey(el)).to.equal(range);
    });

    it('a horizontal one-finger drag pans the chart and leaves the page', async () => {
      const el = await article();
      el.zoomBy(4);
      await el.updateComplete;
      const p = await centreChart(el);
      const start = +el.range!.start;
      const span = +el.range!.end - start;
      const y0 = scrollY;
      const changed = oneEvent(el, 'range-change');
      // Finger moves right: earlier time comes into view.
      await touchScroll(p, 300, 0);
      const ev = await changed;
      expect(+ev.detail.start).to.be.lessThan(start);
      expect(+ev.detail.end - +ev.detail.start, 'a pan keeps the span').to.be.closeTo(span, span * 0.01);
      // Not scrolled by the drag (a few px of scroll anchoring when the panned range changes the chart's height).
      expect(scrollY).to.be.closeTo(y0, 12);
    });
  });

  describe('pinch', () => {
    const pinch = (p: { x: number; y: number }, from: number, to: number) => executeServerCommand('input-touch-pinch', { ...p, from, to });
    const span = (el: EventTimeline) => +el.range!.end - +el.range!.start;

    it('two fingers moving apart zoom in around them, and the page stays where it was', async () => {
      const el = await article();
      const p = await centreChart(el);
      const before = span(el);
      const at = el.range!.start.getTime() + before / 2;
      const y0 = scrollY;
      await pinch(p, 100, 300);
      await waitUntil(() => span(el) < before * 0.6, `the range narrowed (from ${before / 864e5} days to ${span(el) / 864e5})`);
      // Three times apart: about a third of the span, around the point between the fingers.
      expect(span(el)).to.be.closeTo(before / 3, before * 0.08);
      expect(+el.range!.start).to.be.lessThan(at);
      expect(+el.range!.end).to.be.greaterThan(at);
      expect(scrollY, 'the page did not scroll or zoom').to.equal(y0);
      expect(visualViewport!.scale, 'the page is not pinch-zoomed').to.equal(1);
    });

    it('two fingers moving together zoom out', async () => {
      const el = await article();
      el.zoomBy(4);
      await el.updateComplete;
      const p = await centreChart(el);
      const before = span(el);
      await pinch(p, 300, 150);
      await waitUntil(() => span(el) > before * 1.5, `the range widened (from ${before / 864e5} days to ${span(el) / 864e5})`);
      expect(span(el)).to.be.closeTo(before * 2, before * 0.16);
      expect(visualViewport!.scale).to.equal(1);
    });
  });

  describe('focus', () => {
    it('Tab makes one stop in the chart on the way in and one Tab leaves it', async () => {
      const el = await article();
      document.getElementById('before')!.focus();
      const stops: Element[] = [];
      for (let i = 0; i < 60; i++) {
        await sendKeys({ press: 'Tab' });
        const a = deepActiveElement();
        if (!a || a.id === 'after') break;
        stops.push(a);
      }
      const svg = svgOf(el);
      const inChart = stops.filter((s) => s === svg || svg.contains(s));
      expect(
        inChart.map((s) => s.localName + (s.getAttribute('data-id') ? `#${s.getAttribute('data-id')}` : '')),
        'Tab stops in the chart',
      ).to.have.length(1);
      const at = stops.indexOf(inChart[0]!);
      const next = stops[at + 1];
      expect(!next || !(next === svg || svg.contains(next)), 'the next Tab leaves the chart').to.be.true;
    });
  });

  describe('type and box model', () => {
    it('cards, badges and the chart share the page font; the page alignment and spacing stay out', async () => {
      const rendered = oneEvent(document, 'rendered');
      const root =
        await fixture<HTMLElement>(html`<div style="font: 15px/2.2 'Courier New', monospace; text-align: center; letter-spacing: 2px">
        <event-timeline src=${SRC}></event-timeline>
      </div>`);
      const el = root.querySelector('event-timeline') as EventTimeline;
      await rendered;
      el.selectEvent(el.chronology!.events.find((e) => e.actors.length && e.topics.length)!.id);
      await el.updateComplete;
      await waitUntil(() => sr(el).querySelector('actor-card') && sr(el).querySelector('topic-badge'), 'the details show cards and badges');
      const font = (e: Element) => getComputedStyle(e).fontFamily;
      const page = font(root);
      expect(page).to.match(/Courier New/);
      const card = sr(el).querySelector('actor-card')!;
      const badge = sr(el).querySelector('topic-badge')!;
      expect(font(sr(el).querySelector('svg.chart text')!), 'chart').to.equal(page);
      expect(font(card.shadowRoot!.querySelector('*:not(style)')!), 'card').to.equal(page);
      expect(font(badge.shadowRoot!.querySelector('button') ?? badge.shadowRoot!.querySelector('*:not(style)')!), 'badge').to.equal(page);
      const sub = sr(el).querySelector('.sub') ?? sr(el).querySelector('.title')!;
      expect(getComputedStyle(sub).textAlign, 'the page centres its text, not ours').to.equal('start');
      expect(getComputedStyle(sub).letterSpacing).to.equal('normal');
    });
  });

  describe('the box', () => {
    it('with a height given, no layout shift while loading at 1280×800 (CLS ≤ 0.02), within 80 % of the viewport', async () => {
      let cls = 0;
      const po = new PerformanceObserver((l) => {
        for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) cls += e.value;
      });
      po.observe({ type: 'layout-shift' });
      const el = await article(html`<event-timeline src=${SRC} height="600"></event-timeline>`);
      await frames(3);
      po.disconnect();
      const h = el.getBoundingClientRect().height;
      console.log(`1280×800: CLS ${cls.toFixed(4)}, height ${h}`);
      expect(cls).to.be.at.most(0.02);
      expect(h).to.be.at.most(800 * 0.8);
      expect(svgOf(el).getBoundingClientRect().bottom, 'the chart fits the box').to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
    });

    for (const [w, h] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      it(`without a height, no layout shift while loading at ${w}×${h} (CLS ≤ 0.02): the skeleton has the box's size`, async () => {
        await setViewport({ width: w, height: h });
        try {
          let el!: EventTimeline;
          let skeleton = 0;
          const cls = await layoutShift(async () => {
            const rendered = oneEvent(document, 'rendered');
            el = await article(undefined, { wait: false });
            await frames(2);
            expect(el.hasAttribute('data-loading'), 'still loading (the data comes after 500 ms)').to.be.true;
            expect(sr(el).querySelector('[part=status]'), 'the loading message').to.exist;
            skeleton = el.getBoundingClientRect().height;
            await rendered;
            await el.updateComplete;
            await frames(3);
          });
          const box = el.getBoundingClientRect();
          console.log(`${w}×${h} without a height: CLS ${cls.toFixed(4)}, skeleton ${skeleton} px, then ${box.height} px`);
          expect(cls).to.be.at.most(0.02);
          expect(el.hasAttribute('data-loading')).to.be.false;
          if (w >= el.listBreakpoint) {
            // The chart: the box of the default height from the first frame, within 80 % of the viewport.
            expect(box.height, 'the box keeps the height of the skeleton').to.be.closeTo(skeleton, 0.5);
            expect(box.height).to.be.at.most(h * 0.8);
            expect(svgOf(el).getBoundingClientRect().bottom, 'the chart fits the box').to.be.at.most(box.bottom + 0.5);
          } else {
            // The phone chronology: a skeleton of about its collapsed height (some two screens); what changes is below the fold.
            expect(skeleton).to.be.at.least(h);
            expect(box.height).to.be.at.least(h);
            expect(box.height, 'the phone chronology as tall as its skeleton, give or take half a screen').to.be.closeTo(skeleton, h / 2);
          }
        } finally {
          await setViewport({ width: 1280, height: 800 });
        }
      });
    }

    for (const [how, t] of [
      ['a CSS height', html`<event-timeline src=${SRC} style="height: 600px"></event-timeline>`],
      ['the height attribute', html`<event-timeline src=${SRC} height="600"></event-timeline>`],
    ] as const) {
      it(`honours ${how}: the box is 600 px, the chart fits it, every event stays reachable`, async () => {
        const el = await article(t);
        await frames(3);
        const box = el.getBoundingClientRect();
        expect(box.height).to.be.closeTo(600, 0.5);
        const svg = svgOf(el).getBoundingClientRect();
        expect(svg.bottom, 'the chart ends inside the box').to.be.at.most(box.bottom + 0.5);
        const marks = sr(el).querySelectorAll('[part~=event][role=button]').length;
        const clustered = [...sr(el).querySelectorAll('[part~=cluster]')].reduce((n, k) => n + Number(k.getAttribute('data-primary')), 0);
        expect(marks + clustered, 'drawn or in a "+N" cluster').to.equal(el.chronology!.events.length);
      });
    }

    it('the details open in view beside the selected event, wherever the page is scrolled', async () => {
      const el = await article();
      for (const where of ['top', 'bottom'] as const) {
        // The element only just in view at the top or at the bottom of the viewport.
        const b = sr(el).querySelector('.stage')!.getBoundingClientRect();
        window.scrollBy(0, where === 'top' ? b.bottom - 150 : b.top - innerHeight + 150);

        await frames(2);
        const inView = [...sr(el).querySelectorAll<SVGGElement>('[part~=event][role=button]')].find((m) => {
          const r = m.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
        expect(inView, `a mark in view (${where})`).to.exist;
        inView!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        await waitUntil(() => sr(el).querySelector('[part=details]'), 'details');
        const d = sr(el).querySelector('[part=details]')!.getBoundingClientRect();
        expect(d.top < innerHeight && d.bottom > 0, `the details intersect the viewport (${where}: ${d.top}–${d.bottom})`).to.be.true;
        el.selectEvent(null);
        await el.updateComplete;
      }
    });
  });
});
