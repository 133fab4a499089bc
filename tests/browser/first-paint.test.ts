// First paint (issue 17): the chart's DOM is built once. Before its room in
// the box is known, the first render draws an empty box of the chart's height
// (SizeController.probe); the next update, before the frame is painted, draws
// the chart: fitted to the box when it overflowed, else as laid out.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { generateChronology } from '../../bench/generate.mjs';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { frames, sr } from './helpers.js';

/** Mounts the element (at its default height, or a CSS `height`) and records the chart nodes added and removed until `rendered`. */
async function mount(data: unknown, height?: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  el.view = 'chart';
  if (height) el.style.height = height;
  const seen = { charts: 0, marksAdded: 0, marksRemoved: 0, probesAtRendered: -1 };
  const count = (nodes: NodeList, sel: string) =>
    [...nodes].reduce((n, x) => n + (x instanceof Element ? +x.matches(sel) + x.querySelectorAll(sel).length : 0), 0);
  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      seen.charts += count(r.addedNodes, 'svg.chart');
      seen.marksAdded += count(r.addedNodes, '.mark');
      seen.marksRemoved += count(r.removedNodes, '.mark');
    }
  };
  const mo = new MutationObserver(record);
  const rendered = oneEvent(el, 'rendered').then(() => {
    record(mo.takeRecords());
    seen.probesAtRendered = sr(el).querySelectorAll('.plot.placeholder').length;
  });
  el.data = data as EventTimeline['data'];
  wrap.append(el);
  mo.observe(el.shadowRoot!, { childList: true, subtree: true });
  await rendered;
  await frames();
  mo.disconnect();
  return { el, seen };
}

describe('first paint: the chart is built once', () => {
  it('in the default box, which 300 events overflow: drawn once, fitted, no mark built then removed', async () => {
    const { el, seen } = await mount(generateChronology(300, 1));
    const root = sr(el);
    const stage = root.querySelector<HTMLElement>('.stage')!;
    expect(seen.charts).to.equal(1);
    expect(seen.marksRemoved).to.equal(0);
    expect(seen.marksAdded).to.equal(root.querySelectorAll('.mark').length);
    expect(seen.probesAtRendered).to.equal(0);
    expect(root.querySelector('.plot.placeholder')).to.equal(null);
    // Fitted to the box: shorter than the same chart laid out in a box that grows with it, with some events gathered into clusters.
    const natural = await mount(generateChronology(300, 1), 'auto');
    const height = (x: EventTimeline) => sr(x).querySelector<SVGSVGElement>('svg.chart')!.height.baseVal.value;
    expect(height(el)).to.be.below(height(natural.el));
    // The first layout stopped below the box (size-controller.ts probeBound); the chart drawn has every lane.
    const lanes = (x: EventTimeline) => sr(x).querySelectorAll('.lane-band').length;
    expect(lanes(el)).to.equal(lanes(natural.el));
    expect(lanes(el)).to.be.above(3);
    expect(root.querySelectorAll('.cluster').length).to.be.above(0);
    expect(stage.clientHeight).to.be.above(0);
  });

  it('in a box that grows with the chart (height: auto): drawn once, as laid out', async () => {
    const { el, seen } = await mount(generateChronology(30, 1), 'auto');
    const root = sr(el);
    const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
    expect(seen.charts).to.equal(1);
    expect(seen.marksRemoved).to.equal(0);
    expect(root.querySelector('.plot.placeholder')).to.equal(null);
    // Not fitted: the stage is as tall as the chart.
    const stage = root.querySelector<HTMLElement>('.stage')!;
    expect(Math.abs(stage.clientHeight - svg.getBoundingClientRect().height)).to.be.below(2);
  });

  it('300 events in a box that grows with the chart (height: auto): no first layout stopped short, every lane drawn, as tall as laid out', async () => {
    const { el, seen } = await mount(generateChronology(300, 1), 'auto');
    const root = sr(el);
    const svg = root.querySelector<SVGSVGElement>('svg.chart')!;
    expect(seen.charts).to.equal(1);
    expect(seen.marksRemoved).to.equal(0);
    const fixed = await mount(generateChronology(300, 1), '5000px');
    expect(root.querySelectorAll('.lane-band').length).to.equal(sr(fixed.el).querySelectorAll('.lane-band').length);
    expect(svg.height.baseVal.value).to.equal(sr(fixed.el).querySelector<SVGSVGElement>('svg.chart')!.height.baseVal.value);
    expect(svg.height.baseVal.value).to.be.above(1000);
    const stage = root.querySelector<HTMLElement>('.stage')!;
    expect(Math.abs(stage.clientHeight - svg.getBoundingClientRect().height)).to.be.below(2);
  });

  it('new data later is drawn in place (no probe box again)', async () => {
    const { el } = await mount(generateChronology(30, 1));
    const root = sr(el);
    const svg = root.querySelector('svg.chart');
    const probes: number[] = [];
    const mo = new MutationObserver(() => probes.push(root.querySelectorAll('.plot.placeholder').length));
    mo.observe(root, { childList: true, subtree: true });
    const rendered = oneEvent(el, 'rendered');
    el.data = generateChronology(40, 2) as EventTimeline['data'];
    await rendered;
    mo.disconnect();
    expect(root.querySelector('svg.chart')).to.equal(svg);
    expect(probes.every((n) => n === 0)).to.equal(true);
  });
});

describe('first paint: what an element waiting for its data prepares meanwhile', () => {
  /** The chart's marks as drawn: id, position and (possibly shortened) label. */
  const drawn = (el: EventTimeline) =>
    [...sr(el).querySelectorAll('.mark')].map(
      (m) => `${m.getAttribute('data-id')} ${m.getAttribute('transform')} ${m.querySelector('text')?.textContent ?? ''}`,
    );

  it('the label font measured while waiting gives the layout the same widths: the same chart as with the data at once', async () => {
    const data = generateChronology(60, 3);
    const atOnce = await mount(data);
    // Connected with no data: once its empty box is painted it measures its label font (text-measure.ts `warm`).
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.view = 'chart';
    wrap.append(el);
    await frames(3);
    const rendered = oneEvent(el, 'rendered');
    el.data = data as EventTimeline['data'];
    await rendered;
    const labels = drawn(el).filter((d) => d.includes('…'));
    expect(labels.length).to.be.above(0);
    expect(drawn(el)).to.deep.equal(drawn(atOnce.el));
  });

  it('a measure after the warm-up equals one without it, and the warm-up caches no width', async () => {
    const { TextMeasure } = await import('../../src/dom/text-measure.js');
    const host = await fixture<HTMLDivElement>(html`<div style="font-family: serif"></div>`);
    const warmed = new TextMeasure();
    warmed.warm(host);
    expect((warmed as unknown as { _cache: Map<string, number> })._cache.size).to.equal(0);
    const cold = new TextMeasure();
    cold.resolve(host, true);
    warmed.resolve(host, true);
    const text = 'Talks resume in Geneva';
    expect(warmed.measure(text)).to.equal(cold.measure(text));
    expect(warmed.measure(text)).to.be.above(text.length * 3);
  });
});
