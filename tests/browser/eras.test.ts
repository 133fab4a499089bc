// Issue 22, "Eras": periods of context as quiet labelled bands behind the
// lanes, headings in the list, and in the SVG export.
import { expect, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { intersects, marks, mountTimeline, smallChronology, sr, waitFor } from './helpers.js';

const ERAS = [
  { id: 'opening', label: 'Opening talks', start: '2025-06-01', end: '2025-06-04' },
  { id: 'escalation', label: { en: 'Escalation', fa: 'تشدید' }, start: '2025-06-05', end: '2025-06-10', color: '#b3261e' },
];
const withEras = () => ({ ...smallChronology(), eras: ERAS });

const axe = () =>
  (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> } }).axe;

async function chartWithEras(width = 1000): Promise<EventTimeline> {
  const el = await mountTimeline(
    html`<div style="width: ${width}px"><event-timeline view="chart" .data=${withEras()}></event-timeline></div>`,
  );
  await waitFor(() => sr(el).querySelectorAll('.eras .era').length === 2, 'the era bands');
  await el.updateComplete;
  return el;
}

const bandOf = (el: EventTimeline, id: string) => sr(el).querySelector<SVGGElement>(`.eras .era[data-id="${id}"]`)!;

describe('eras', () => {
  it('a chronology without eras draws no bands and does not load the eras module', async () => {
    const el = await mountTimeline(
      html`<div style="width: 1000px"><event-timeline view="chart" .data=${smallChronology()}></event-timeline></div>`,
    );
    expect(sr(el).querySelector('.eras')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((r) => /era-view/.test(r.name))).to.equal(false);
  });

  it('draws a band per era behind the marks, over the lane bands, spanning its start to its end in the time scale', async () => {
    const el = await chartWithEras();
    const svg = sr(el).querySelector('svg.chart')!;
    const group = svg.querySelector('.eras')!;
    // Paint order: after the lane bands, before the axis, notes, marks and clusters.
    for (const lane of svg.querySelectorAll('.lane-band'))
      expect(lane.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    for (const later of [svg.querySelector('.axis')!, ...marks(el)]) {
      expect(group.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING, 'drawn after the eras').to.not.equal(0);
    }
    expect(group.getAttribute('aria-hidden')).to.equal('true');
    // x extent: the layout's scale at the era's start and at the end of its last day.
    const l = (el as unknown as { _model: { layout: { domain: [number, number]; plotLeft: number; plotRight: number; height: number } } })
      ._model.layout;
    const x = (t: number) => l.plotLeft + ((t - l.domain[0]) / (l.domain[1] - l.domain[0])) * (l.plotRight - l.plotLeft);
    const clamp = (v: number) => Math.min(l.plotRight, Math.max(l.plotLeft, v));
    for (const [id, from, to] of [
      ['opening', Date.UTC(2025, 5, 1), Date.UTC(2025, 5, 5)],
      ['escalation', Date.UTC(2025, 5, 5), Date.UTC(2025, 5, 11)],
    ] as const) {
      const rect = bandOf(el, id).querySelector<SVGRectElement>('rect.era-band')!;
      expect(rect.x.baseVal.value, `${id} left`).to.be.closeTo(clamp(x(from)), 0.01);
      expect(rect.x.baseVal.value + rect.width.baseVal.value, `${id} right`).to.be.closeTo(clamp(x(to)), 0.01);
      expect(rect.height.baseVal.value).to.equal(l.height);
    }
    // Quiet: a low-opacity fill; the era's own colour when it has one.
    const esc = bandOf(el, 'escalation').querySelector('rect')!;
    expect(esc.getAttribute('fill')).to.equal('#b3261e');
    expect(getComputedStyle(esc).fill).to.equal('rgb(179, 38, 30)');
    expect(+getComputedStyle(esc).fillOpacity).to.be.below(0.2);
    expect(+getComputedStyle(bandOf(el, 'opening').querySelector('rect')!).fillOpacity).to.be.below(0.2);
  });

  it('era labels sit at the top inside their band, never over another label (ticks, lanes, notes, marks)', async () => {
    for (const width of [1000, 390]) {
      const el = await chartWithEras(width);
      const svg = sr(el).querySelector('svg.chart')!;
      const eraLabels = [...svg.querySelectorAll<SVGTextElement>('.eras text')];
      expect(eraLabels.length, `labels drawn at ${width} px`).to.be.greaterThan(0);
      const others = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => !t.closest('.eras') && t.getBBox().width > 0);
      for (const t of eraLabels) {
        const r = t.getBoundingClientRect();
        const band = t.closest('.era')!.querySelector('rect')!.getBoundingClientRect();
        expect(r.left, 'inside its band').to.be.at.least(band.left - 0.5);
        expect(r.right, 'inside its band').to.be.at.most(band.right + 0.5);
        expect(r.top - svg.getBoundingClientRect().top, 'at the top').to.be.below(6);
        for (const o of [...others, ...eraLabels.filter((u) => u !== t)]) {
          expect(intersects(r, o.getBoundingClientRect()), `'${t.textContent}' over '${o.textContent}' at ${width} px`).to.equal(false);
        }
      }
    }
  });

  it('zoom and pan move the bands with the time scale', async () => {
    const el = await chartWithEras();
    const before = bandOf(el, 'escalation').querySelector('rect')!.x.baseVal.value;
    el.zoomBy(2);
    await el.updateComplete;
    const after = bandOf(el, 'escalation').querySelector('rect')!.x.baseVal.value;
    expect(after).to.not.be.closeTo(before, 1);
  });

  it('the list view heads each era before the first day inside it', async () => {
    const el = await mountTimeline(html`<div style="width: 900px"><event-timeline view="list" .data=${withEras()}></event-timeline></div>`);
    const headings = [...sr(el).querySelectorAll<HTMLElement>('.list .era-heading')];
    expect(headings.map((h) => h.querySelector('.era-name')!.textContent)).to.deep.equal(['Opening talks', 'Escalation']);
    expect(headings.map((h) => h.nextElementSibling!.querySelector('time')!.getAttribute('datetime'))).to.deep.equal([
      '2025-06-01',
      '2025-06-05',
    ]);
    expect(headings[0]!.querySelector('.era-dates')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('June 1, 2025 – June 4, 2025');
    const result = await axe().run(el);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
  });

  it('the phone chronology (a narrow element) heads each era too, across the rail and the events', async () => {
    const el = await mountTimeline(html`<div style="width: 360px"><event-timeline view="auto" .data=${withEras()}></event-timeline></div>`);
    const headings = [...sr(el).querySelectorAll<HTMLElement>('.phone .era-heading')];
    expect(headings.map((h) => h.querySelector('.era-name')!.textContent)).to.deep.equal(['Opening talks', 'Escalation']);
    const day = headings[0]!.closest('.phone-day')!.getBoundingClientRect();
    expect(headings[0]!.getBoundingClientRect().width).to.be.closeTo(day.width, 1);
    const result = await axe().run(el);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
  });

  it('the SVG export draws the bands and their labels', async () => {
    const el = await chartWithEras();
    const doc = new DOMParser().parseFromString(await el.exportSVG(), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('Opening talks');
    const live = bandOf(el, 'escalation').querySelector('rect')!;
    const copy = [...doc.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === 'rgb(179, 38, 30)');
    expect(copy, 'the coloured band').to.not.equal(undefined);
    expect(+copy!.getAttribute('width')!).to.be.closeTo(live.width.baseVal.value, 0.01);
    expect(+copy!.getAttribute('fill-opacity')!).to.be.below(0.2);
  });

  it("TimelineJS's eras example (src, format detected) draws its eras as bands, not topics", async () => {
    const el = await mountTimeline(
      html`<div style="width: 1200px"><event-timeline view="chart" src="/__test/fixture/eras.json"></event-timeline></div>`,
    );
    await waitFor(() => sr(el).querySelector('.eras .era'), 'the era bands');
    expect(el.chronology!.eras!.map((e) => e.id)).to.deep.equal(['era-test-650-700', 'era-test-600-650', 'era-test-700-720']);
    expect(el.chronology!.topics).to.deep.equal([]);
    const drawn = [...sr(el).querySelectorAll('.eras .era')].map((g) => g.getAttribute('data-id'));
    expect(drawn).to.include.members(['era-test-600-650', 'era-test-650-700']);
    expect([...sr(el).querySelectorAll('.eras text')].map((t) => t.textContent)).to.include.members([
      'Era Test 600-650',
      'Era Test 650-700',
    ]);
    // 600–650 then 650–700: drawn edge to edge, the year 650 not tinted twice.
    const rects = [...sr(el).querySelectorAll<SVGRectElement>('.eras rect.era-band')]
      .map((r) => [r.x.baseVal.value, r.x.baseVal.value + r.width.baseVal.value] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < rects.length; i++)
      expect(rects[i]![0], `band ${i} starts where band ${i - 1} ends`).to.be.closeTo(rects[i - 1]![1], 0.01);
  });

  it('passes axe with eras in the chart', async () => {
    const el = await chartWithEras();
    const result = await axe().run(el);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).to.deep.equal([]);
  });
});
