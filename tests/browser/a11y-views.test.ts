// Issue 3, "Accessible by construction": the list view, the auto view, the
// 320 px / 200 % text reflow, the live region, media emulation (reduced
// motion, forced colours) and progressive enhancement from plain HTML.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import {
  deepActiveElement,
  frames,
  loadDataset,
  markOf,
  marks,
  mountTimeline,
  resolveColor,
  smallChronology,
  sr,
  waitFor,
} from './helpers.js';

type Ev = NonNullable<EventTimeline['chronology']>['events'][number];
const titleOf = (e: Ev): string =>
  typeof e.title === 'string' ? e.title : ((e.title as Record<string, string>).en ?? Object.values(e.title)[0]!);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

let viewport = { width: 800, height: 600 };
before(() => {
  viewport = { width: window.innerWidth, height: window.innerHeight };
});
afterEach(async () => {
  await setViewport(viewport);
  document.documentElement.style.removeProperty('font-size');
});

describe('issue 3: list view', () => {
  it('renders an ordered list of days, each heading a <time datetime="YYYY-MM-DD">, with every event once and all its information', async () => {
    const data = smallChronology();
    const el = await mountTimeline(html`<div style="width: 900px"><event-timeline view="list" .data=${data}></event-timeline></div>`);
    const list = sr(el).querySelector('.list')!;
    expect(!!list, '.list').to.be.true;
    expect(!!sr(el).querySelector('svg.chart'), 'no chart in list view').to.be.false;
    const days = [...list.querySelectorAll(':scope > ol.days > li.day')];
    expect(list.querySelector(':scope > ol.days')!.localName).to.equal('ol');
    // Small chronology: five events on five distinct days (UTC).
    expect(days.map((d) => d.querySelector('h3.day-heading > time')!.getAttribute('datetime'))).to.deep.equal([
      '2025-06-01',
      '2025-06-03',
      '2025-06-05',
      '2025-06-07',
      '2025-06-10',
    ]);
    for (const d of days) {
      const t = d.querySelector('h3.day-heading > time[datetime]')!;
      expect(t.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(text(t)).to.not.equal('');
    }
    const items = [...list.querySelectorAll('ol.days > li.day > ol.items > li.item[data-id]')];
    expect(items.map((i) => i.getAttribute('data-id'))).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5']);
    const actorName = new Map(data.actors.map((a: { id: string; name: string }) => [a.id, a.name]));
    const topicLabel = new Map(data.topics.map((t: { id: string; label: string }) => [t.id, t.label]));
    for (const e of data.events) {
      const item = items.find((i) => i.getAttribute('data-id') === e.id)!;
      const itemText = text(item);
      const time = item.querySelector('time[datetime]')!;
      expect(time.getAttribute('datetime'), `${e.id} time`).to.equal(e.start);
      expect(text(item.querySelector('.item-title')), `${e.id} title`).to.equal(e.title);
      if (e.summary) expect(itemText).to.contain(e.summary);
      for (const a of e.actors) expect(itemText, `${e.id} actor ${a.id}`).to.contain(actorName.get(a.id));
      for (const t of e.topics) expect(itemText, `${e.id} topic ${t}`).to.contain(topicLabel.get(t));
      const links = [...item.querySelectorAll<HTMLAnchorElement>('a')];
      expect(
        links.map((a) => a.getAttribute('href')),
        `${e.id} sources`,
      ).to.deep.equal(e.sources.map((s: { url: string }) => s.url));
      for (const a of links) {
        expect(a.protocol).to.match(/^https?:$/);
        expect(a.rel.split(/\s+/)).to.include.members(['noopener', 'noreferrer']);
      }
      for (const s of e.sources) expect(itemText).to.contain(s.publisher);
    }
  });

  it('lists every one of the 80 events of the June 2025 chronology exactly once, under the day of its start', async () => {
    const data = await loadDataset();
    const el = await mountTimeline(
      html`<div style="width: 900px"><event-timeline view="list" time-zone="UTC" .data=${data}></event-timeline></div>`,
    );
    // The list shows 200 events a page: all 80 here.
    const items = [...sr(el).querySelectorAll('li.item[data-id]')];
    const ids = items.map((i) => i.getAttribute('data-id')!);
    expect(ids).to.have.length(80);
    expect(new Set(ids).size).to.equal(80);
    expect([...ids].sort()).to.deep.equal(data.events.map((e: { id: string }) => e.id).sort());
    for (const e of el.chronology!.events) {
      const item = items.find((i) => i.getAttribute('data-id') === e.id)!;
      const day = item.closest('li.day')!.querySelector('h3.day-heading > time')!.getAttribute('datetime');
      const want = e.start.offsetMinutes === undefined ? e.start.iso.slice(0, 10) : new Date(e.start.instant).toISOString().slice(0, 10);
      expect(day, `${e.id} (${e.start.iso}) is under its UTC day`).to.equal(want);
      expect(text(item.querySelector('.item-title'))).to.equal(titleOf(e));
    }
    const headings = [...sr(el).querySelectorAll('h3.day-heading > time')].map((t) => t.getAttribute('datetime'));
    expect(new Set(headings).size, 'one heading per day').to.equal(headings.length);
    expect([...headings].sort(), 'days in order').to.deep.equal(headings);
  });

  it('groups by the display zone: 2025-06-21T23:30-04:00 is on the 21st in New York and the 22nd in Tehran; a day event stays on its day', async () => {
    const data = {
      schemaVersion: 1,
      id: 'zones',
      title: 'Zones',
      actors: [{ id: 'a', name: 'A', kind: 'person' }],
      topics: [],
      events: [
        { id: 'late', title: 'Late evening in New York', start: '2025-06-21T23:30:00-04:00', actors: [{ id: 'a' }], sources: [] },
        { id: 'day', title: 'A whole day', start: '2025-06-21', actors: [{ id: 'a' }], sources: [] },
      ],
    };
    const dayOf = (el: EventTimeline, id: string) =>
      sr(el).querySelector(`li.item[data-id="${id}"]`)!.closest('li.day')!.querySelector('h3.day-heading > time')!.getAttribute('datetime');
    const ny = await mountTimeline(html`<event-timeline view="list" time-zone="America/New_York" .data=${data}></event-timeline>`);
    expect(dayOf(ny, 'late'), 'New York').to.equal('2025-06-21');
    expect(dayOf(ny, 'day'), 'day event, New York').to.equal('2025-06-21');
    const teh = await mountTimeline(html`<event-timeline view="list" time-zone="Asia/Tehran" .data=${data}></event-timeline>`);
    expect(dayOf(teh, 'late'), 'Tehran').to.equal('2025-06-22');
    expect(dayOf(teh, 'day'), 'day event, Tehran').to.equal('2025-06-21');
  });

  it('view="auto" shows the phone chronology (the compact list) when the element is narrower than list-breakpoint (400 px in a wide viewport) and the chart at 900 px', async () => {
    await setViewport({ width: 1280, height: 800 });
    const data = smallChronology();
    const narrow = await mountTimeline(html`<div style="width: 400px"><event-timeline .data=${data}></event-timeline></div>`);
    expect(narrow.view).to.equal('auto');
    await waitFor(() => sr(narrow).querySelector('.phone .phone-date'), 'the phone chronology at 400 px');
    expect(!!sr(narrow).querySelector('svg.chart'), 'no chart at 400 px').to.be.false;
    expect(sr(narrow).querySelector('.view-toggle button[data-view=list]')!.getAttribute('aria-pressed')).to.equal('true');

    const wide = await mountTimeline(html`<div style="width: 900px"><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    await waitFor(() => marks(wide).length > 0, 'the chart at 900 px');
    expect(!!sr(wide).querySelector('.list'), 'no list at 900 px').to.be.false;
    expect(sr(wide).querySelector('.view-toggle button[data-view=chart]')!.getAttribute('aria-pressed')).to.equal('true');

    // The breakpoint is the element's width, not the viewport's: 900 px with list-breakpoint 1000 → list.
    wide.listBreakpoint = 1000;
    await waitFor(() => sr(wide).querySelector('.phone .phone-date'), 'the phone chronology below a 1000 px breakpoint');
  });

  it('switches views with the toggle and sets aria-pressed', async () => {
    const el = await mountTimeline(html`<div style="width: 900px"><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    const btn = (v: string) => sr(el).querySelector<HTMLButtonElement>(`.view-toggle button[data-view=${v}]`)!;
    expect(btn('chart').getAttribute('aria-pressed')).to.equal('true');
    expect(btn('list').getAttribute('aria-pressed')).to.equal('false');
    btn('list').click();
    await waitFor(() => sr(el).querySelector('.list .day-heading'), 'the list');
    expect(btn('list').getAttribute('aria-pressed')).to.equal('true');
    expect(btn('chart').getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('view')).to.equal('list');
    btn('chart').click();
    await waitFor(() => marks(el).length > 0, 'the chart');
    expect(btn('chart').getAttribute('aria-pressed')).to.equal('true');
    expect(btn('list').getAttribute('aria-pressed')).to.equal('false');
    expect(!!sr(el).querySelector('.list')).to.be.false;
  });

  it('puts the chart summary and the "Show the events as a list" button before the SVG; the button shows the list and focuses the first day heading', async () => {
    const el = await mountTimeline(html`<div style="width: 900px"><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    const help = sr(el).querySelector('#chart-help')!;
    const svg = sr(el).querySelector('svg.chart')!;
    expect(!!help, '#chart-help').to.be.true;
    expect(!!(help.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING), '#chart-help comes before the SVG').to.be.true;
    expect(svg.getAttribute('aria-describedby')).to.equal('chart-help');
    expect(text(help)).to.match(/Showing 5 of 5 events/);
    const skip = [...help.querySelectorAll('button')].find((b) => text(b) === 'Show the events as a list')!;
    expect(!!skip, 'the skip button').to.be.true;
    // Reached by keyboard before any mark: focus it, press Enter.
    skip.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => sr(el).querySelector('.list .day-heading'), 'the list');
    await el.updateComplete;
    const first = sr(el).querySelector('.list .day-heading')!;
    await waitFor(() => sr(el).activeElement === first, 'focus on the first day heading', 1000).catch(() => null);
    expect(sr(el).activeElement === first, `focus is on the first day heading, not ${sr(el).activeElement?.outerHTML.slice(0, 80)}`).to.be
      .true;
    expect(sr(el).querySelector('.view-toggle button[data-view=list]')!.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('issue 3: 320 px and 200 % text', () => {
  async function at320(view: 'list' | 'chart') {
    await setViewport({ width: 320, height: 800 });
    const el = await mountTimeline(html`<event-timeline view=${view} .data=${await loadDataset()}></event-timeline>`);
    await frames(3);
    await el.updateComplete;
    return el;
  }
  const noOverflow = (el: EventTimeline, what: string) => {
    expect(document.documentElement.scrollWidth, `${what}: page scrollWidth`).to.be.at.most(320);
    expect(el.scrollWidth, `${what}: element scrollWidth vs clientWidth ${el.clientWidth}`).to.be.at.most(el.clientWidth);
  };

  for (const view of ['list', 'chart'] as const) {
    it(`has no horizontal overflow at 320 px in the ${view} view`, async () => {
      const el = await at320(view);
      expect(!!sr(el).querySelector(view === 'list' ? '.list .day-heading' : 'svg.chart')).to.be.true;
      noOverflow(el, view);
      if (view === 'chart') {
        el.selected = 'us-strikes-fordow-natanz-isfahan';
        await el.updateComplete;
        await frames(2);
        noOverflow(el, 'chart with the details open');
      }
    });
  }

  it('has no horizontal overflow and clips no text in the list at 320 px with text at 200 %', async () => {
    document.documentElement.style.fontSize = '200%';
    const el = await at320('list');
    await frames(2);
    noOverflow(el, 'list at 200 %');
    const clipped: string[] = [];
    const blocks = [
      ...sr(el).querySelectorAll<HTMLElement>(
        '.head, .head *, .list, .list li, .list h3, .list h4, .list p, .list dl, .list dl div, .list dd, .list dt, .filters',
      ),
    ];
    expect(blocks.length).to.be.greaterThan(100);
    for (const b of blocks) {
      if (b.clientWidth === 0) continue; // inline boxes
      if (b.scrollWidth > b.clientWidth + 1)
        clipped.push(`${b.localName}.${b.className} "${text(b).slice(0, 40)}" ${b.scrollWidth} > ${b.clientWidth}`);
      const r = b.getBoundingClientRect();
      if (r.right > 320 + 0.5 || r.left < -0.5)
        clipped.push(`${b.localName}.${b.className} "${text(b).slice(0, 40)}" spans ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    expect(clipped, 'boxes wider than their content box or outside the 320 px page').to.deep.equal([]);
    // The text really is bigger: a list title is at least 2 × 16 px.
    expect(parseFloat(getComputedStyle(sr(el).querySelector('.item-title')!).fontSize)).to.be.at.least(32);
  });
});

describe('issue 3: live region', () => {
  const live = (el: EventTimeline) => sr(el).querySelector('[role=status][aria-live=polite]')!;

  it('announces the selected event’s title and date', async () => {
    const el = await mountTimeline(
      html`<div style="width: 900px"><event-timeline view="chart" .data=${smallChronology()}></event-timeline></div>`,
    );
    expect(!!live(el), 'a polite status region').to.be.true;
    const selected = oneEvent(el, 'event-select');
    markOf(el, 'e2')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await selected;
    await el.updateComplete;
    const said = text(live(el));
    expect(said).to.contain('Strike on the depot');
    expect(said).to.match(/\b3 Jun|Jun 3\b/);
  });

  it('announces "Showing N of M events" after a zoom, with N the events in the new range', async () => {
    const el = await mountTimeline(
      html`<div style="width: 900px"><event-timeline view="chart" time-zone="UTC" .data=${await loadDataset()}></event-timeline></div>`,
    );
    const changed = oneEvent(el, 'range-change');
    el.zoomBy(4);
    await changed;
    await el.updateComplete;
    await frames(1);
    const said = text(live(el));
    const m = /Showing (\d+) of (\d+) events/.exec(said);
    expect(m, `live region says "${said}"`).to.not.equal(null);
    // In view: an event whose span (a day for day events, in UTC) meets the range.
    const [r0, r1] = [+el.range!.start, +el.range!.end];
    const DAY = 86_400_000;
    const inView = el.chronology!.events.filter((e) => {
      const calendar = e.start.offsetMinutes === undefined;
      const s = e.start.instant;
      const end = e.end ? (e.end.offsetMinutes === undefined ? e.end.instant + DAY : e.end.instant) : calendar ? s + DAY : s;
      return end >= r0 && s <= r1;
    }).length;
    expect(Number(m![2])).to.equal(80);
    expect(Number(m![1])).to.be.lessThan(80);
    expect(Number(m![1])).to.equal(inView);
  });
});

describe('issue 3: media emulation', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' });
  });

  const shape = (el: EventTimeline) => sr(el).querySelector<SVGElement>('.mark .shape')!;

  it('has no mark transitions with prefers-reduced-motion: reduce (and has them otherwise)', async () => {
    const el = await mountTimeline(
      html`<div style="width: 900px"><event-timeline view="chart" .data=${smallChronology()}></event-timeline></div>`,
    );
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(shape(el)).transitionDuration, 'no-preference').to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const s of sr(el).querySelectorAll('.mark, .mark *')) {
      for (const d of getComputedStyle(s).transitionDuration.split(','))
        expect(parseFloat(d), `${s.getAttribute('class')} transition`).to.equal(0);
      for (const d of getComputedStyle(s).animationDuration.split(','))
        expect(parseFloat(d), `${s.getAttribute('class')} animation`).to.equal(0);
    }
  });

  it('uses system colours in forced-colors mode: dots in CanvasText, the selected mark stroked in Highlight, the focus outline in Highlight', async () => {
    const el = await mountTimeline(
      html`<div style="width: 900px"><event-timeline view="chart" .data=${smallChronology()}></event-timeline></div>`,
    );
    await emulateMedia({ forcedColors: 'active' });
    await frames(1);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const canvasText = resolveColor('CanvasText');
    const highlight = resolveColor('Highlight');
    expect(canvasText).to.not.equal(highlight);
    // (A day event is a band when days are wide enough: shaped like a dot or not, the same colours.)
    const dot = markOf(el, 'e1')!.querySelector('.dot, .day')!;
    expect(getComputedStyle(dot).fill, 'dot fill').to.equal(canvasText);
    const bar = markOf(el, 'e4')!.querySelector('.bar')!;
    expect(getComputedStyle(bar).fill, 'bar fill').to.equal(canvasText);

    el.selected = 'e2';
    await el.updateComplete;
    expect(getComputedStyle(markOf(el, 'e2')!.querySelector('.dot, .day')!).stroke, 'selected dot stroke').to.equal(highlight);
    expect(getComputedStyle(markOf(el, 'e2')!.querySelector('.hit')!).stroke, 'selection ring').to.equal(highlight);

    // Keyboard focus (focus-visible): focus e1, ArrowRight to e3.
    (markOf(el, 'e1') as unknown as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await frames(1);
    const focused = sr(el).activeElement!;
    expect(focused.getAttribute('data-id')).to.equal('e2');
    expect(focused.matches(':focus-visible'), ':focus-visible').to.be.true;
    const cs = getComputedStyle(focused);
    expect(cs.outlineStyle).to.not.equal('none');
    expect(parseFloat(cs.outlineWidth)).to.be.at.least(2);
    expect(cs.outlineColor, 'focus outline colour').to.equal(highlight);
    expect(deepActiveElement() === focused).to.be.true;
  });
});

describe('issue 3: progressive enhancement from an <ol>', () => {
  const markup = `<ol aria-label="Talks in Moscow">
      <li id="kremlin-meeting" data-actors="Abbas Araghchi; Vladimir Putin" data-topics="Talks">
        <time datetime="2025-06-23T16:00+03:00">23 June, 16:00</time>
        <strong>Putin receives Araghchi in the Kremlin</strong>
        <p>They discuss the US strikes.</p>
        <a href="https://example.com/kremlin">Example News</a>
      </li>
      <li id="arrival" data-actors="Abbas Araghchi" data-topics="Talks; Travel">
        <time datetime="2025-06-22">22 June</time>
        <strong>Araghchi lands in Moscow</strong>
        <a href="https://example.com/arrival">Example Wire</a>
      </li>
      <li id="statement" data-actors="Vladimir Putin" data-topics="Statements">
        <time datetime="2025-06-24T09:30+03:00">24 June, 09:30</time>
        <strong>The Kremlin issues a statement</strong>
        <p>No details are given.</p>
        <a href="https://example.com/statement">Example Daily</a>
      </li>
    </ol>`;
  const json = {
    schemaVersion: 1,
    id: 'chronology',
    title: 'Talks in Moscow',
    actors: [
      { id: 'abbas-araghchi', name: 'Abbas Araghchi', kind: 'person' },
      { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person' },
    ],
    topics: [
      { id: 'talks', label: 'Talks' },
      { id: 'travel', label: 'Travel' },
      { id: 'statements', label: 'Statements' },
    ],
    events: [
      {
        id: 'kremlin-meeting',
        title: 'Putin receives Araghchi in the Kremlin',
        summary: 'They discuss the US strikes.',
        start: '2025-06-23T16:00+03:00',
        actors: [{ id: 'abbas-araghchi' }, { id: 'vladimir-putin' }],
        topics: ['talks'],
        sources: [{ publisher: 'Example News', url: 'https://example.com/kremlin' }],
      },
      {
        id: 'arrival',
        title: 'Araghchi lands in Moscow',
        start: '2025-06-22',
        actors: [{ id: 'abbas-araghchi' }],
        topics: ['talks', 'travel'],
        sources: [{ publisher: 'Example Wire', url: 'https://example.com/arrival' }],
      },
      {
        id: 'statement',
        title: 'The Kremlin issues a statement',
        summary: 'No details are given.',
        start: '2025-06-24T09:30+03:00',
        actors: [{ id: 'vladimir-putin' }],
        topics: ['statements'],
        sources: [{ publisher: 'Example Daily', url: 'https://example.com/statement' }],
      },
    ],
  };

  async function fromMarkup(view: 'chart' | 'list') {
    const loaded = oneEvent(document, 'data-load');
    const wrapper = await fixture<HTMLElement>(`<div style="width: 900px"><event-timeline view="${view}">${markup}</event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline') as EventTimeline;
    const ev = await loaded;
    expect(ev.detail.problems, `problems: ${JSON.stringify(el.problems)}`).to.equal(0);
    await waitFor(() => sr(el).querySelector('svg.chart [part~=event], .list .day-heading'), 'the timeline');
    await el.updateComplete;
    return el;
  }
  const fromJson = (view: 'chart' | 'list') =>
    mountTimeline(html`<div style="width: 900px"><event-timeline view=${view} .data=${structuredClone(json)}></event-timeline></div>`);

  const markSummary = (el: EventTimeline) =>
    marks(el)
      .filter((m) => m.getAttribute('role') === 'button')
      .map((m) => `${m.getAttribute('data-id')}: ${text(m.querySelector('title')).split('. ')[0]}`)
      .sort();
  const listSummary = (el: EventTimeline) =>
    [...sr(el).querySelectorAll('li.item')].map(
      (i) =>
        `${i.closest('li.day')!.querySelector('time')!.getAttribute('datetime')} ${i.getAttribute('data-id')} ${i.querySelector('time')!.getAttribute('datetime')}: ${text(i.querySelector('.item-title'))} | ${text(i.querySelector('.item-meta'))} | ${text(i.querySelector('.item-sources'))}`,
    );

  it('draws the same marks (ids and titles) as the equivalent JSON', async () => {
    const a = await fromMarkup('chart');
    const b = await fromJson('chart');
    expect(markSummary(a)).to.have.length(3);
    expect(markSummary(a)).to.deep.equal(markSummary(b));
    expect(a.chronology!.events.map((e) => [e.id, titleOf(e), e.start.iso])).to.deep.equal(
      b.chronology!.events.map((e) => [e.id, titleOf(e), e.start.iso]),
    );
    // The light-DOM list is not shown twice once upgraded.
    expect(a.querySelector('ol')!.getBoundingClientRect().height).to.equal(0);
  });

  it('lists the same items (ids, days, times, titles, actors, topics, sources) as the equivalent JSON', async () => {
    const a = await fromMarkup('list');
    const b = await fromJson('list');
    expect(listSummary(a)).to.have.length(3);
    expect(listSummary(a)).to.deep.equal(listSummary(b));
  });

  it('is readable before the component is defined (an iframe without the script)', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 400px';
    frame.srcdoc = `<!doctype html><html lang="en"><body><event-timeline>${markup}</event-timeline></body></html>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      expect(frame.contentWindow!.customElements.get('event-timeline'), 'not defined in the iframe').to.equal(undefined);
      const items = [...doc.querySelectorAll('event-timeline > ol > li')];
      expect(items).to.have.length(3);
      for (const li of items) {
        const r = li.getBoundingClientRect();
        expect(r.width, `${li.id} width`).to.be.greaterThan(0);
        expect(r.height, `${li.id} height`).to.be.greaterThan(0);
        expect(frame.contentWindow!.getComputedStyle(li).visibility).to.equal('visible');
        expect((li as HTMLElement).innerText).to.contain(text(li.querySelector('strong')));
        expect(text(li.querySelector('time'))).to.not.equal('');
      }
    } finally {
      frame.remove();
    }
  });
});
