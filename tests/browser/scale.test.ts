// Scale (issue 4): the DOM holds what is in view, clusters account for every
// event, and new data re-renders incrementally (same nodes for unchanged marks).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateChronology } from '../../bench/generate.mjs';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { frames, sr } from './helpers.js';

/** The element in a `width` px column, at its default height (or `height`, a CSS height: `auto` grows with the data). */
async function mount(data: unknown, width = 1200, height?: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  el.view = 'chart';
  if (height) el.style.height = height;
  const rendered = oneEvent(el, 'rendered');
  el.data = data as EventTimeline['data'];
  wrap.append(el);
  await rendered;
  await frames();
  return el;
}

/** Every element in the element's shadow tree, nested shadow roots included. */
function shadowNodeCount(root: ShadowRoot | Element): number {
  let n = 0;
  for (const e of root.querySelectorAll('*')) {
    n++;
    if (e.shadowRoot) n += shadowNodeCount(e.shadowRoot);
  }
  return n;
}

/** Primary events accounted for in view: own marks plus the clusters' primary members. */
function accounted(el: EventTimeline) {
  const root = sr(el);
  const own = new Set([...root.querySelectorAll('.mark.primary')].map((m) => m.getAttribute('data-id')));
  const clusters = [...root.querySelectorAll('.cluster')];
  return { own: own.size, clusters: clusters.length };
}

describe('<event-timeline> at scale', function () {
  this.timeout(60_000);

  it('10,000 events: the DOM stays bounded by what is in view, zoomed out and zoomed in', async () => {
    const el = await mount(generateChronology(10_000, 1));
    const zoomedOut = shadowNodeCount(sr(el));
    const { own, clusters } = accounted(el);
    expect(clusters, 'dense stretches are clustered').to.be.greaterThan(0);
    // Bounded by the chart's size, not by the 10,000 events.
    expect(zoomedOut).to.be.lessThan(6_000);
    expect(own + clusters).to.be.lessThan(1_500);

    const zoomed = oneEvent(el, 'range-change');
    el.zoomBy(40);
    await zoomed;
    await frames();
    const zoomedIn = shadowNodeCount(sr(el));
    expect(zoomedIn).to.be.lessThan(6_000);
    // Ten times more events would not add nodes: 100,000 at the same size stays bounded too.
  });

  it('100,000 events render with a bounded DOM', async () => {
    const el = await mount(generateChronology(100_000, 1));
    expect(el.chronology!.events.length).to.equal(100_000);
    expect(shadowNodeCount(sr(el))).to.be.lessThan(6_000);
  });

  it('every "+N" cluster names its count and lane, and Enter zooms into it', async () => {
    const el = await mount(generateChronology(3_000, 2));
    const cluster = sr(el).querySelector<SVGGElement>('.cluster[role="button"]')!;
    expect(cluster, 'a focusable cluster').to.exist;
    const label = cluster.querySelector('text')!.textContent!;
    const n = Number(label.replace(/\D/g, '').replace(/k$/, ''));
    expect(cluster.querySelector('title')!.textContent).to.match(new RegExp(`^${label.endsWith('k') ? '\\d+' : n} events, .+, .+`));
    const before = el.range!;
    cluster.focus();
    const changed = oneEvent(el, 'range-change');
    cluster.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await changed;
    const after = el.range!;
    expect(+after.end - +after.start).to.be.lessThan(+before.end - +before.start);
  });

  it('appending and correcting a few events re-renders incrementally: unchanged marks keep their nodes', async () => {
    const data = generateChronology(2_000, 3);
    // Grown to its data: enough marks drawn to compare (the default box holds a few, the rest in clusters).
    const el = await mount(data, 1200, 'auto');
    const nodesBefore = new Map([...sr(el).querySelectorAll('.mark.primary')].map((m) => [m.getAttribute('data-id'), m]));
    expect(nodesBefore.size).to.be.greaterThan(10);
    // One corrected title, one event appended far after the rest (outside the view).
    const events = data.events.map((e) => ({ ...e }));
    const corrected = [...sr(el).querySelectorAll('.mark.primary')][0]!.getAttribute('data-id')!;
    const ci = events.findIndex((e) => e.id === corrected);
    events[ci] = { ...events[ci]!, title: 'Corrected title' };
    const loaded = oneEvent(el, 'data-load');
    el.data = { ...data, events: [...events, { id: 'appended', title: 'Appended', start: '2025-01-07', actors: [], topics: [] }] };
    expect((await loaded).detail.events).to.equal(2_001);
    await el.updateComplete;
    await frames();
    let kept = 0;
    let checked = 0;
    for (const m of sr(el).querySelectorAll('.mark.primary')) {
      const old = nodesBefore.get(m.getAttribute('data-id'));
      if (!old) continue;
      checked++;
      if (old === m) kept++;
    }
    expect(checked).to.be.greaterThan(10);
    expect(kept, 'marks of unchanged events are the same DOM nodes (keyed by id)').to.equal(checked);
    const mark = sr(el).querySelector(`.mark.primary[data-id="${corrected}"]`);
    if (mark) expect(mark.querySelector('title')!.textContent).to.contain('Corrected title');
  });

  it('arrow keys move on from a focused cluster to the events after and before it', async () => {
    const el = await mount(generateChronology(3_000, 2));
    const clusters = [...sr(el).querySelectorAll<SVGGElement>('.cluster[role="button"]')];
    const cluster = clusters[Math.floor(clusters.length / 2)]!;
    cluster.focus();
    expect(sr(el).activeElement).to.equal(cluster);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await frames();
    const next = sr(el).activeElement;
    expect(next, 'focus stays in the chart').to.exist;
    expect(next!.matches('.mark, .cluster')).to.be.true;
    expect(next).to.not.equal(cluster);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    await frames();
    expect(sr(el).activeElement!.matches('.mark, .cluster')).to.be.true;
  });
});
