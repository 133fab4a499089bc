// Issue 16, "labels that read", from the rendered June chronology at 1200 px:
// labels carry a halo, follow their mark in reading direction (flipped only
// at the far edge), and a mark without a label still has its whole title
// (tooltip on hover, accessible name on focus).
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { effectiveBackground, loadDataset, marks, parseColor, renderTimeline, sr } from './helpers.js';

async function june(groupBy: string): Promise<EventTimeline> {
  const data = await loadDataset();
  return renderTimeline(
    html`<div style="width: 1200px"><event-timeline group-by=${groupBy} style="height: auto" .data=${data}></event-timeline></div>`,
  );
}

const titleOf = (el: EventTimeline, id: string) => {
  const t = el.chronology!.events.find((e) => e.id === id)!.title;
  return typeof t === 'string' ? t : Object.values(t)[0]!;
};

for (const groupBy of ['actor', 'topic', 'none'] as const)
  describe(`labels that read (group-by ${groupBy})`, () => {
    let el: EventTimeline;
    beforeEach(async () => {
      el = await june(groupBy);
    });

    it('every label has a halo: painted stroke first, at least 3 px, in the colour behind it', () => {
      const page = effectiveBackground(sr(el).querySelector('svg.chart')!);
      const bands = [...sr(el).querySelectorAll('.lane-band')].map((b) => parseColor(getComputedStyle(b).fill));
      let n = 0;
      for (const m of marks(el)) {
        const t = m.querySelector(':scope > text');
        if (!t?.textContent) continue;
        const s = getComputedStyle(t);
        expect(s.paintOrder, m.getAttribute('data-id')!).to.match(/^stroke/);
        expect(parseFloat(s.strokeWidth)).to.be.at.least(3);
        // The halo is the page's or the lane band's colour (opaque), not a colour of its own.
        const halo = parseColor(s.stroke);
        expect(halo[3], 'opaque halo').to.equal(1);
        expect(
          [page, ...bands].some((c) => c.slice(0, 3).join() === halo.slice(0, 3).join()),
          `halo ${s.stroke}`,
        ).to.equal(true);
        n++;
      }
      expect(n).to.be.greaterThan(40);
    });

    it('a dot’s label follows it (left to right), on its other side only when it would run off the plot', () => {
      const plot = sr(el).querySelector('svg.chart')!.getBoundingClientRect();
      let flipped = 0;
      let after = 0;
      for (const m of marks(el)) {
        const t = m.querySelector(':scope > text');
        const dot = m.querySelector('.dot');
        if (!t?.textContent || !dot) continue;
        const [d, l] = [dot.getBoundingClientRect(), t.getBoundingClientRect()];
        if (l.left >= d.right - 0.5) after++;
        else {
          expect(l.right, `${m.getAttribute('data-id')}: a label before its dot`).to.be.at.most(d.left + 0.5);
          // Flipped: after the dot it would not have fitted.
          expect(d.right + 3 + l.width, `${m.getAttribute('data-id')}: flipped with room after it`).to.be.greaterThan(plot.right - 12);
          flipped++;
        }
      }
      expect(after).to.be.greaterThan(flipped);
    });

    it('a mark without a label keeps the whole title: its tooltip and (for its first mark) its accessible name', () => {
      let unlabelled = 0;
      for (const m of marks(el)) {
        if (m.querySelector(':scope > text')?.textContent) continue;
        const id = m.getAttribute('data-id')!;
        expect(m.querySelector('title')!.textContent, id).to.satisfy((s: string) => s.startsWith(titleOf(el, id)));
        if (m.classList.contains('primary')) expect(m.getAttribute('tabindex'), `${id} reachable by keyboard`).to.not.equal(null);
        unlabelled++;
      }
      // Grouped by actor, the echoes at least are unlabelled.
      if (groupBy === 'actor') expect(unlabelled).to.be.greaterThan(20);
    });
  });
