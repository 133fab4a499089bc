// Issue 18, live stories in every format `src` loads in: with refresh="2", a
// chronoline JSON, CSV (chronoline's flat layout) or TimelineJS `src` that
// gains one event and corrects another is merged by id: the new event appears marked
// "new", the corrected one shows its new text (and, from CSV, its dated
// correction), zoom, selection and focus stay, and the reader is told once.
// The routes (tests/test-routes.mjs) answer version 1 first, then version 2.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { deepActiveElement, focusedMarkId, frames, markOf, mountTimeline, sr, waitFor } from './helpers.js';

const ROUTES = { json: '/__test/live', csv: '/__test/live-csv', timelinejs: '/__test/live-timelinejs' };

for (const format of ['json', 'csv', 'timelinejs'] as const) {
  describe(`live refresh of a ${format} src (issue 18)`, () => {
    it('merges the new and the corrected event, keeps zoom, selection and focus, and announces the batch once', async () => {
      const key = `${format}-${Math.random()}`;
      const el = await mountTimeline(
        html`<event-timeline style="width: 1000px" time-zone="UTC" refresh="2" src="${ROUTES[format]}?key=${key}"></event-timeline>`,
      );
      expect(el.chronology!.events.map((e) => e.id)).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
      expect(el.chronology!.events[1]!.title).to.equal('Live: event 1');
      el.zoomBy(1.6);
      await el.updateComplete;
      const range = el.range!;
      el.selectEvent('e2');
      await el.updateComplete;
      markOf(el, 'e3')!.focus();
      expect(focusedMarkId(el)).to.equal('e3');
      const node = markOf(el, 'e3');
      const said: string[] = [];
      const region = sr(el).querySelector('[aria-live=polite]')!;
      new MutationObserver(() => said.push(region.textContent!)).observe(region, { childList: true, characterData: true, subtree: true });
      await waitFor(() => el.chronology!.events.some((e) => e.id === 'e-new'), 'the refreshed chronology', 8000);
      await el.updateComplete;
      await frames(2);
      // The corrected event reads its new title, on its mark too.
      expect(el.chronology!.events.find((e) => e.id === 'e1')!.title).to.equal('Live: event 1 (updated)');
      expect(markOf(el, 'e1')!.querySelector('title')!.textContent).to.include('Live: event 1 (updated)');
      // What the reader had stays.
      expect(+el.range!.start).to.equal(+range.start);
      expect(+el.range!.end).to.equal(+range.end);
      expect(el.selected).to.equal('e2');
      expect(markOf(el, 'e3')).to.equal(node);
      expect(deepActiveElement()).to.equal(node);
      // Told once: the new event and the corrected one, in one announcement.
      const told = said.filter((t) => /new event|updated/.test(t));
      expect(told).to.deep.equal(['1 new event, latest Jun 10, 14:05; 1 event updated']);
      // The new event (after the zoomed span) is drawn, marked "new", once the reader zooms out.
      el.resetZoom();
      await el.updateComplete;
      await frames(2);
      expect(markOf(el, 'e-new'), 'the new event is drawn').to.exist;
      const fresh = [...sr(el).querySelectorAll('.mark')].filter((m) => m.querySelector('.new-mark')).map((m) => m.getAttribute('data-id'));
      expect(fresh).to.deep.equal(['e-new']);
      if (format === 'csv') {
        el.selectEvent('e1');
        await el.updateComplete;
        const details = await waitFor(() => sr(el).querySelector('[part=details] .correction p'), 'the correction in the details');
        expect(details.textContent).to.equal('Corrected June 11, 2025: The title said event 1 only.');
      }
    });
  });
}
