// Deep links (link-selection) and printing (the list view, not a clipped chart).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { frames, smallChronology, sr } from './helpers.js';

async function mount(attrs: { link?: boolean } = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  el.view = 'chart';
  if (attrs.link) el.setAttribute('link-selection', '');
  const rendered = oneEvent(el, 'rendered');
  el.data = smallChronology();
  wrap.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

describe('<event-timeline link-selection>', () => {
  const clean = () => history.replaceState(null, '', location.pathname + location.search);
  afterEach(clean);

  it('opens the event named by #event=<id> when the data loads', async () => {
    history.replaceState(null, '', '#event=e3');
    const el = await mount({ link: true });
    expect(el.selected).to.equal('e3');
    expect(sr(el).querySelector('[part=details] h3')!.textContent).to.equal('Trade deal signed');
  });

  it('writes the selection into the URL and clears it when the details close', async () => {
    const el = await mount({ link: true });
    el.selectEvent('e2');
    await el.updateComplete;
    expect(location.hash).to.equal('#event=e2');
    el.selectEvent(null);
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });

  it('follows the URL when it changes (hashchange), and ignores ids it does not have', async () => {
    const el = await mount({ link: true });
    location.hash = '#event=e1';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(el.selected).to.equal('e1');
    location.hash = '#event=nope';
    await oneEvent(window, 'hashchange');
    expect(el.selected).to.equal('e1');
  });

  it('leaves the URL alone without the attribute', async () => {
    const el = await mount();
    el.selectEvent('e2');
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });
});

describe('<event-timeline> printing', () => {
  it('shows the list view between beforeprint and afterprint, then the chart again', async () => {
    const el = await mount();
    expect(sr(el).querySelector('svg.chart')).to.exist;
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    await frames();
    expect(sr(el).querySelector('svg.chart'), 'no chart in print').to.not.exist;
    const items = [...sr(el).querySelectorAll('.list li.item')].map((li) => li.getAttribute('data-id'));
    expect(items.sort()).to.deep.equal(el.chronology!.events.map((e) => e.id).sort());
    // The print stylesheet hides the controls, filters and legend.
    const controls = sr(el).querySelector('[part=controls]')!;
    expect(getComputedStyle(controls).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(controls).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(sr(el).querySelector('svg.chart')).to.exist;
  });
});
