// The June chronology at 1200 px reads like a news graphic (issue 16): one
// label per event, no text over text, marks or link lines, labels inside the
// chart, most events labelled. Geometry from the rendered boxes.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { contrast, intersects, loadDataset, marks, parseColor, renderTimeline, sr } from './helpers.js';

interface Box {
  what: string;
  box: DOMRect;
}

const visible = (e: Element) => getComputedStyle(e).visibility === 'visible' && getComputedStyle(e).display !== 'none';

/** What a reader sees of the chart: labels (mark, lane, tick) with their event, mark shapes, visible link lines. */
export function chartBoxes(el: EventTimeline) {
  const labels: (Box & { id: string | null })[] = [];
  const shapes: (Box & { id: string })[] = [];
  for (const m of marks(el)) {
    const id = m.getAttribute('data-id')!;
    const t = m.querySelector(':scope > text');
    if (t?.textContent && visible(t)) labels.push({ what: `${id} "${t.textContent}"`, id, box: t.getBoundingClientRect() });
    for (const s of m.querySelectorAll('.shape')) if (visible(s)) shapes.push({ what: `mark ${id}`, id, box: s.getBoundingClientRect() });
  }
  for (const t of sr(el).querySelectorAll('.lane-label, .axis text'))
    if (t.textContent?.trim()) labels.push({ what: `"${t.textContent}"`, id: null, box: t.getBoundingClientRect() });
  const links = [...sr(el).querySelectorAll('[part=link]')]
    .filter(visible)
    .map((l) => ({ what: `link ${l.closest('.mark')?.getAttribute('data-id')}`, box: l.getBoundingClientRect() }));
  return { labels, shapes, links };
}

/** Pairs of a label and another label, another event's mark, or a visible link, that overlap. */
export function clashes(el: EventTimeline): string[] {
  const { labels, shapes, links } = chartBoxes(el);
  const out: string[] = [];
  // A link line is a zero-width box: widen it to its stroke.
  const thick = (b: DOMRect) => new DOMRect(b.x - 1, b.y, Math.max(b.width, 2), b.height);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    for (let j = i + 1; j < labels.length; j++) if (intersects(a.box, labels[j]!.box)) out.push(`${a.what} × ${labels[j]!.what}`);
    for (const s of shapes) if (s.id !== a.id && intersects(a.box, s.box)) out.push(`${a.what} × ${s.what}`);
    for (const k of links) if (intersects(a.box, thick(k.box))) out.push(`${a.what} × ${k.what}`);
  }
  return out;
}

describe('the June chronology at 1200 px reads like a news graphic', () => {
  for (const groupBy of ['actor', 'topic', 'none'] as const) {
    describe(`group-by ${groupBy}`, () => {
      let el: EventTimeline;
      let total: number;
      beforeEach(async () => {
        const data = await loadDataset();
        total = data.events.length;
        el = await renderTimeline(
          // Grown to its data (CSS height: auto): the labelling of every row; the default box thins labels to fit.
          html`<div style="width: 1200px"><event-timeline group-by=${groupBy} style="height: auto" .data=${data}></event-timeline></div>`,
        );
      });

      it('no label overlaps another label, another mark or a link line', () => {
        expect(clashes(el)).to.deep.equal([]);
      });

      it('every label is inside the chart', () => {
        const chart = sr(el).querySelector('svg.chart')!.getBoundingClientRect();
        const out = chartBoxes(el)
          .labels.filter(
            ({ box }) =>
              box.left < chart.left - 0.5 || box.right > chart.right + 0.5 || box.top < chart.top - 0.5 || box.bottom > chart.bottom + 0.5,
          )
          .map((l) => l.what);
        expect(out).to.deep.equal([]);
      });

      it('labels each event at most once, and at least 60 % of the events in view', () => {
        const labelled = new Map<string, number>();
        for (const l of chartBoxes(el).labels) if (l.id) labelled.set(l.id, (labelled.get(l.id) ?? 0) + 1);
        expect(
          [...labelled].filter(([, n]) => n > 1).map(([id]) => id),
          'headlines shown twice',
        ).to.deep.equal([]);
        // The whole chronology is in view at first.
        expect(labelled.size / total, `${labelled.size} of ${total} events labelled`).to.be.at.least(0.6);
      });
    });
  }
});

describe('colour, computed from the rendered chart', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`marks reach 3.5:1 (${scheme === 'dark' ? '4.5:1 in dark' : 'light'}) and labels 4.5:1 against the page and the lane bands (${scheme})`, async () => {
      const data = await loadDataset();
      const page = scheme === 'dark' ? '#121212' : '#ffffff';
      const el = await renderTimeline(
        html`<div style="width: 1200px; color-scheme: ${scheme}; background: ${page}"><event-timeline .data=${data}></event-timeline></div>`,
      );
      const bgs = [parseColor(getComputedStyle(el.parentElement!).backgroundColor)];
      for (const band of sr(el).querySelectorAll('.lane-band'))
        if (getComputedStyle(band).fillOpacity === '1') bgs.push(parseColor(getComputedStyle(band).fill));
      expect(bgs.length).to.be.greaterThan(1);
      const markMin = scheme === 'dark' ? 4.5 : 3.5;
      let worstMark = Infinity;
      let worstText = Infinity;
      for (const m of marks(el)) {
        const shape = m.querySelector<SVGElement>(m.classList.contains('approx') ? '.shape' : '.dot, .day, .bar-edge')!;
        const style = getComputedStyle(shape);
        const colour = parseColor(m.classList.contains('approx') ? style.stroke : style.fill);
        for (const bg of bgs) worstMark = Math.min(worstMark, contrast(colour, bg));
        const t = m.querySelector(':scope > text');
        if (t) for (const bg of bgs) worstText = Math.min(worstText, contrast(parseColor(getComputedStyle(t).fill), bg));
      }
      expect(worstMark, 'worst mark contrast').to.be.at.least(markMin);
      expect(worstText, 'worst label contrast').to.be.at.least(4.5);
      console.log(`${scheme}: worst mark ${worstMark.toFixed(2)}:1, worst label ${worstText.toFixed(2)}:1`);
    });
  }
});

describe('a two-tier axis', () => {
  const axisTexts = (el: EventTimeline) => [...sr(el).querySelectorAll('.axis .period')].map((t) => t.textContent!.trim());

  it('names the month and year above the days (Gregorian, English)', async () => {
    const data = await loadDataset();
    const el = await renderTimeline(html`<div style="width: 1200px"><event-timeline .data=${data}></event-timeline></div>`);
    expect(axisTexts(el)).to.deep.equal(['June 2025']);
    expect(sr(el).querySelector('.axis .zone')!.textContent).to.match(/GMT\+3:30/);
  });

  it('names the Persian months and year with lang=fa: Khordad 1404 and Tir 1404', async () => {
    const data = await loadDataset();
    const el = await renderTimeline(html`<div style="width: 1200px"><event-timeline lang="fa" .data=${data}></event-timeline></div>`);
    await el.updateComplete;
    const texts = axisTexts(el);
    expect(texts).to.have.length(2);
    // (The order of month and year is Intl's.)
    expect(texts[0]).to.include('خرداد').and.include('۱۴۰۴');
    expect(texts[1]).to.include('تیر').and.include('۱۴۰۴');
    // Neither runs into the other.
    const [a, b] = [...sr(el).querySelectorAll('.axis .period')].map((t) => t.getBoundingClientRect());
    expect(intersects(a!, b!)).to.equal(false);
  });
});
