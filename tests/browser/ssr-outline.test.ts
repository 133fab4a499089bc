// The server's default chart rendering (chronoline/ssr.js without
// chartMarkup, src/ssr/outline.ts): the element holds the chronology's JSON
// and an outline of its events, with no shadow root. Before any script runs
// the outline shows in the chart's default box; the component then draws
// the chart from the JSON in that same box (nothing on the page moves).
//
// The hydrate support is this file's first import, as on a site that
// hydrates other server-rendered elements: there is nothing to hydrate here.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { collectPageErrors } from './page-errors.js';
import type { EventTimeline } from '../../src/index.js';

const errors = collectPageErrors();

describe('server-rendered chart without its markup (the outline)', () => {
  let host: HTMLDivElement;
  let el: EventTimeline;
  let box: DOMRect;
  let below: HTMLParagraphElement;

  before(async () => {
    const res = await fetch('/__ssr/timeline?view=chart&width=960');
    expect(res.ok).to.be.true;
    host = document.createElement('div');
    host.style.width = '960px';
    document.body.append(host);
    host.setHTMLUnsafe(`${await res.text()}<p id="after">after the timeline</p>`);
    el = host.querySelector('event-timeline')!;
    below = host.querySelector('#after')!;
  });

  after(() => host.remove());

  it('before any script: no shadow root, every event readable in the outline, in the default box', () => {
    expect(customElements.get('event-timeline')).to.equal(undefined);
    expect(el.shadowRoot).to.equal(null);
    const items = [...el.querySelectorAll(':scope > ol > li')];
    expect(items.length).to.equal(80);
    const meeting = items.find((li) => li.textContent!.includes('Putin meets Araghchi'))!;
    expect(meeting.querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-23');
    expect(meeting.querySelector('a')!.href).to.match(/^https:/);
    expect(meeting.getBoundingClientRect().height).to.be.greaterThan(0);
    box = el.getBoundingClientRect();
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(box.height).to.be.closeTo(Math.min(0.8 * innerHeight, 40 * rem), 1);
    // The outline scrolls inside the box: the page below does not move with it.
    expect(el.scrollHeight).to.be.greaterThan(el.clientHeight);
  });

  it('then draws the chart from the JSON in the same box; a click on a mark fires event-select', async () => {
    errors.length = 0;
    const top = below.getBoundingClientRect().top;
    await import('../../src/components/event-timeline/event-timeline.js');
    let mark: SVGGElement | null = null;
    for (let i = 0; i < 100 && !mark; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      // Any event's mark: the default box gathers some events into "+N" clusters.
      mark = el.shadowRoot?.querySelector<SVGGElement>('g.mark.primary[data-id]') ?? null;
    }
    expect(mark, 'a mark').to.exist;
    expect(el.chronology?.events.length).to.equal(80);
    const now = el.getBoundingClientRect();
    expect(now.height).to.be.closeTo(box.height, 0.5);
    expect(below.getBoundingClientRect().top).to.be.closeTo(top, 0.5);
    // The outline stays in the light DOM, not shown (the shadow root has no default slot).
    expect(el.querySelector(':scope > ol > li')!.getClientRects().length).to.equal(0);
    const selected: string[] = [];
    el.addEventListener('event-select', (e) => selected.push((e as CustomEvent<{ id: string }>).detail.id));
    mark!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(selected).to.deep.equal([mark!.dataset.id]);
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });
});
