// Server rendering and hydration: the HTML comes from Node (chronoline/ssr.js,
// served by tests/ssr-routes.mjs), is parsed here with its declarative shadow
// roots, and the component then hydrates it: it keeps the server's DOM nodes
// and makes them interactive, with no hydration errors.
//
// The hydrate support must be evaluated before lit-element: it is this
// file's first import (each test file runs in its own page), and the
// component is imported only later, dynamically, once the server's DOM is in
// the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { collectPageErrors } from './page-errors.js';
import type { EventTimeline } from '../../src/index.js';

const MEETING = 'putin-araghchi-kremlin-meeting';

const errors = collectPageErrors();

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = () => (n-- > 0 ? requestAnimationFrame(step) : resolve());
    step();
  });

async function serverHtml(query: string): Promise<string> {
  const res = await fetch(`/__ssr/timeline?${query}`);
  expect(res.ok).to.be.true;
  return res.text();
}

describe('server-rendered <event-timeline> (chronoline/ssr.js)', () => {
  let host: HTMLDivElement;
  let list: EventTimeline;
  let chart: EventTimeline;
  // Nodes captured from the server's DOM before the component is defined.
  let listItem: Element;
  let listHeading: Element;
  let listRootNodes: Node[];
  let chartMark: Element;
  let chartSvg: Element;
  let badgeButton: Element;

  before(async () => {
    const [listHtml, chartHtml] = await Promise.all([serverHtml('view=list'), serverHtml('view=chart&width=960&markup=1')]);
    host = document.createElement('div');
    host.style.width = '960px';
    document.body.append(host);
    // setHTMLUnsafe parses declarative shadow roots (innerHTML would not).
    host.setHTMLUnsafe(`<section id="list">${listHtml}</section><section id="chart">${chartHtml}</section>`);
    list = host.querySelector('#list event-timeline')!;
    chart = host.querySelector('#chart event-timeline')!;
  });

  after(() => host.remove());

  it('arrives as declarative shadow DOM, complete before any script defines the element', () => {
    expect(customElements.get('event-timeline')).to.equal(undefined);
    expect(list.matches(':defined')).to.be.false;
    for (const el of [list, chart]) {
      expect(el.shadowRoot, 'shadow root attached by the parser').to.exist;
      expect(el.shadowRoot!.querySelector('style')).to.exist;
    }
    const items = list.shadowRoot!.querySelectorAll('ol.days li.item');
    expect(items.length).to.equal(80);
    listItem = list.shadowRoot!.querySelector(`li.item[data-id="${MEETING}"]`)!;
    listHeading = list.shadowRoot!.querySelector('time[datetime="2025-06-23"]')!.closest('h3')!;
    expect(listItem.querySelector('.item-title')!.textContent).to.contain('Putin meets Araghchi');
    listRootNodes = [...list.shadowRoot!.childNodes];
    chartSvg = chart.shadowRoot!.querySelector('svg.chart')!;
    expect(chartSvg.getAttribute('width')).to.equal('960');
    chartMark = chart.shadowRoot!.querySelector(`g.mark.primary[data-id="${MEETING}"]`)!;
    expect(chartMark, 'the meeting mark').to.exist;
    expect(chartMark.querySelector('title')!.textContent).to.contain('Putin meets Araghchi');
    expect(chart.shadowRoot!.querySelectorAll('.axis .tick').length).to.be.greaterThan(3);
    const badge = list.shadowRoot!.querySelector('topic-badge')!;
    expect(badge.hasAttribute('defer-hydration')).to.be.true;
    badgeButton = badge.shadowRoot!.querySelector('button[part="badge"]')!;
    expect(badgeButton, 'a nested badge, server-rendered as a button').to.exist;
    // The server's markup is visible: the list has a real layout box.
    expect(listItem.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('hydrates when the component loads: the same nodes, no errors', async () => {
    errors.length = 0;
    await import('../../src/components/event-timeline/event-timeline.js');
    expect(list.matches(':defined')).to.be.true;
    await Promise.all([list.updateComplete, chart.updateComplete]);
    expect(list.chronology?.events.length).to.equal(80);
    expect(list.shadowRoot!.querySelector(`li.item[data-id="${MEETING}"]`)).to.equal(listItem);
    expect(listItem.isConnected).to.be.true;
    expect(listHeading.isConnected).to.be.true;
    // Not re-rendered: the shadow root's top-level nodes (style, markers, content) are the server's.
    expect([...list.shadowRoot!.childNodes]).to.deep.equal(listRootNodes);
    expect(chart.shadowRoot!.querySelector('svg.chart')).to.equal(chartSvg);
    expect(chart.shadowRoot!.querySelector(`g.mark.primary[data-id="${MEETING}"]`)).to.equal(chartMark);
    // The nested badges hydrated too (their parent removed defer-hydration).
    const badge = list.shadowRoot!.querySelector('topic-badge')!;
    await (badge as any).updateComplete;
    expect(badge.hasAttribute('defer-hydration')).to.be.false;
    expect(badge.shadowRoot!.querySelector('button[part="badge"]')).to.equal(badgeButton);
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });

  it('keeps the nodes once the element is measured and laid out at its real width', async () => {
    await frames(4);
    await Promise.all([list.updateComplete, chart.updateComplete]);
    expect(chartMark.isConnected).to.be.true;
    expect(chart.shadowRoot!.querySelector(`g.mark.primary[data-id="${MEETING}"]`)).to.equal(chartMark);
    expect(listItem.isConnected).to.be.true;
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });

  it('marks are interactive: a click selects the event and opens its details', async () => {
    let selected: string | undefined;
    chart.addEventListener('event-select', (e) => (selected = (e as CustomEvent<{ id: string }>).detail.id), { once: true });
    (chartMark as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await chart.updateComplete;
    expect(selected).to.equal(MEETING);
    expect(chart.selected).to.equal(MEETING);
    expect(chartMark.getAttribute('aria-expanded')).to.equal('true');
    const details = chart.shadowRoot!.querySelector('[part="details"]');
    expect(details, 'details panel').to.exist;
    expect(details!.textContent).to.contain('Putin meets Araghchi');
    expect(chartMark.isConnected).to.be.true;
  });

  it('the hydrated list and its controls work: filters, view toggle', async () => {
    const badge = list.shadowRoot!.querySelector('topic-badge')!;
    (badge.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await list.updateComplete;
    expect(list.activeTopics.length).to.equal(1);
    expect(list.shadowRoot!.querySelectorAll('li.item').length).to.be.lessThan(80);
    list.activeTopics = [];
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('li.item').length).to.equal(80);
    (list.shadowRoot!.querySelector('button[data-view="chart"]') as HTMLButtonElement).click();
    await list.updateComplete;
    expect(list.view).to.equal('chart');
    expect(list.shadowRoot!.querySelector('svg.chart')).to.exist;
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });

  it('hydrates a right-to-left chart with its details panel open (Persian, actor cards)', async () => {
    errors.length = 0;
    // Parsed into a detached element (the element is defined now: it is
    // constructed, but renders nothing until connected), then put in the page,
    // where it hydrates. (Not Document.parseHTMLUnsafe: Chromium drops the
    // comments there, and Lit's hydration markers are comments.)
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(await serverHtml(`view=chart&width=960&lang=fa&selected=${MEETING}&markup=1`));
    const el = holder.querySelector('event-timeline') as EventTimeline;
    expect(el.hasUpdated).to.be.false;
    const root = el.shadowRoot!;
    expect(root.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const details = root.querySelector('[part="details"]')!;
    const card = details.querySelector('actor-card')!;
    expect(card.shadowRoot!.querySelector('[part="name"]')).to.exist;
    const mark = root.querySelector(`g.mark.primary[data-id="${MEETING}"]`)!;
    expect(mark.getAttribute('aria-expanded')).to.equal('true');
    // Narrower than the server's 960 px: after hydrating, it lays out again at its own width.
    const section = document.createElement('section');
    section.style.width = '800px';
    host.append(section);
    section.append(el);
    await el.updateComplete;
    expect(el.selected).to.equal(MEETING);
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(details);
    expect(el.shadowRoot!.querySelector(`g.mark.primary[data-id="${MEETING}"]`)).to.equal(mark);
    await (card as any).updateComplete;
    expect(card.hasAttribute('defer-hydration')).to.be.false;
    // Escape closes the details: the hydrated keyboard handler runs.
    (mark as SVGGElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="details"]')).to.equal(null);
    await frames(4);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.chart')!.getAttribute('width')).to.equal('800');
    expect(mark.isConnected).to.be.true;
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });
});
