// Issue 18, "Who says so": status marks, legend and filter, the details'
// disputes, statements and corrections, the list's status words and
// corrections, the summary in words and remember-visit (live refresh: live-formats.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { visitKey } from '../../src/load/live.js';
import { frames, loadDataset, markOf, mountTimeline, smallChronology, sr, waitFor } from './helpers.js';

const STATUSES = ['confirmed', 'reported', 'claimed', 'disputed', 'denied'] as const;

/** The small chronology with one event per status (e1 … e5), disputes, statements and corrections. */
function verified(): any {
  const c = smallChronology();
  STATUSES.forEach((s, i) => (c.events[i].status = s));
  c.events[2].claimedBy = ['carol'];
  c.events[4].claimedBy = ['bob'];
  c.events[3].disputes = [
    { text: 'Alice says 12 people were there', sources: [{ publisher: 'Wire A', url: 'https://a.example/1' }] },
    { text: 'Carolia says 40', sources: [{ publisher: 'Wire B', url: 'https://b.example/2' }] },
  ];
  c.events[3].statements = [
    { actor: 'alice', text: 'We were never there.', source: 'https://news.example/alice' },
    { actor: 'bob', text: { en: 'It went well.', fa: 'خوب پیش رفت.' } },
  ];
  c.events[0].corrections = [{ date: '2025-06-23', text: 'The meeting was on 1 June, not 2 June.' }];
  return c;
}

/** Waits until the status treatments (loaded with the list's module) are drawn. */
const statusDrawn = (el: EventTimeline) => waitFor(() => sr(el).querySelector('.status-glyph'), 'the status marks');

const mount = async (data: unknown) => {
  const el = await mountTimeline(html`<event-timeline style="width: 1000px" .data=${data}></event-timeline>`);
  await statusDrawn(el);
  return el;
};

describe('verification status (issue 18)', () => {
  it('draws each status with its own shape, names it and keys it in the legend', async () => {
    const el = await mount(verified());
    const shapes = new Set<string>();
    for (const [i, s] of STATUSES.entries()) {
      const mk = markOf(el, `e${i + 1}`)!;
      // The shape: what the glyphs over the mark draw (elements and geometry), not their colour.
      const glyph = [...mk.querySelectorAll('.status-glyph')].map(
        (g) => `${g.localName}:${g.getAttribute('d') ?? g.getAttribute('r') ?? g.getAttribute('height')}`,
      );
      // Confirmed is the solid dot itself; every other status draws over it.
      if (s === 'confirmed') expect(glyph.length, s).to.equal(0);
      else expect(glyph.length, s).to.be.greaterThan(0);
      shapes.add(glyph.join('|'));
      const legend = sr(el).querySelector(`.status-legend .status-key[data-status=${s}]`);
      expect(legend, `legend entry for ${s}`).to.exist;
    }
    expect(shapes.size).to.equal(5);
    const name = (id: string) => markOf(el, id)!.querySelector('title')!.textContent!;
    expect(name('e1')).to.match(/Confirmed$/);
    expect(name('e2')).to.match(/Reported$/);
    expect(name('e3')).to.match(/Claimed by Carol State$/);
    expect(name('e4')).to.match(/Disputed$/);
    expect(name('e5')).to.match(/Denied by Bob$/);
    expect(sr(el).querySelector('.status-legend')!.textContent).to.include('Claimed').and.include('Denied').and.include('Reported');
  });

  it('leaves events without status as they were, with no status legend', async () => {
    const el = await mountTimeline(html`<event-timeline style="width: 1000px" .data=${smallChronology()}></event-timeline>`);
    await waitFor(() => sr(el).querySelector('.legend'), 'the legend');
    await frames(4);
    expect(sr(el).querySelectorAll('.status-glyph, .status-key, .status-filters').length).to.equal(0);
    expect(markOf(el, 'e1')!.querySelector('title')!.textContent).not.to.match(/Confirmed|Reported/);
  });

  it('filters by status with toggle buttons and the status-filter attribute', async () => {
    const el = await mount(verified());
    const bar = sr(el).querySelector('[part=status-filters]')!;
    expect(bar.getAttribute('role')).to.equal('group');
    const confirmed = bar.querySelector<HTMLButtonElement>('button[data-status=confirmed]')!;
    expect(confirmed.getAttribute('aria-pressed')).to.equal('false');
    const changes: unknown[] = [];
    el.addEventListener('filter-change', (e) => changes.push((e as CustomEvent).detail));
    confirmed.click();
    await el.updateComplete;
    expect(confirmed.getAttribute('aria-pressed')).to.equal('true');
    const shown = () => [...sr(el).querySelectorAll('.mark.primary')].map((m) => m.getAttribute('data-id')).sort();
    expect(shown()).to.deep.equal(['e1']);
    expect(changes).to.deep.equal([{ topics: [], statuses: ['confirmed'] }]);
    sr(el).querySelector<HTMLButtonElement>('button[data-status=disputed]')!.click();
    await el.updateComplete;
    expect(shown()).to.deep.equal(['e1', 'e4']);
    expect(el.statusFilter).to.equal('confirmed disputed');
    el.statusFilter = '';
    await el.updateComplete;
    expect(shown().length).to.equal(5);
    el.setAttribute('status-filter', 'denied, claimed');
    await el.updateComplete;
    expect(shown()).to.deep.equal(['e3', 'e5']);
    expect(sr(el).querySelector('button[data-status=claimed]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows the status, disputes, statements and corrections in the details', async () => {
    const el = await mount(verified());
    el.selectEvent('e4');
    await el.updateComplete;
    const d = await waitFor(() => sr(el).querySelector('[part=details]'), 'the details');
    expect(d.querySelector('.status-line')!.textContent).to.match(/Disputed/);
    const disputes = [...d.querySelectorAll('.disputes li')];
    expect(disputes.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Alice says 12 people were there (Wire A)',
      'Carolia says 40 (Wire B)',
    ]);
    expect(disputes[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://a.example/1');
    expect(d.textContent).to.include('Who said what');
    const statements = [...d.querySelectorAll('.statement')];
    expect(statements.map((s) => s.querySelector('actor-card')!.getAttribute('actor-id'))).to.deep.equal(['alice', 'bob']);
    expect(statements[0]!.querySelector('blockquote')!.textContent).to.equal('We were never there.');
    expect(statements[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/alice');
    expect(statements[0]!.querySelector('a')!.textContent).to.equal('news.example');
    el.selectEvent('e1');
    await el.updateComplete;
    const d1 = sr(el).querySelector('[part=details]')!;
    expect(d1.querySelector('.correction p')!.textContent).to.equal('Corrected June 23, 2025: The meeting was on 1 June, not 2 June.');
    expect(d1.querySelector('.status-line')!.textContent).to.equal('Confirmed');
  });

  it('gives the list a status word per event, correction notes and a Corrections section', async () => {
    const el = await mount(verified());
    el.view = 'list';
    await el.updateComplete;
    const item = (id: string) => sr(el).querySelector(`.list .item[data-id=${id}]`)!;
    expect(item('e3').querySelector('.item-status')!.textContent!.trim()).to.equal('Claimed by Carol State');
    expect(item('e5').querySelector('.item-status')!.textContent!.trim()).to.equal('Denied by Bob');
    expect(item('e1').querySelector('.item-correction')!.textContent).to.match(/^Corrected June 23, 2025: /);
    const section = sr(el).querySelector('.corrections-section')!;
    expect(section.querySelector('h3')!.textContent).to.equal('Corrections');
    expect([...section.querySelectorAll('li')].map((li) => li.getAttribute('data-id'))).to.deep.equal(['e1']);
  });
});

/** The June chronology's figures, counted here from the JSON: events, disputed, and the busiest day's count in its zone. */
function juneFigures(raw: any) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: raw.timeZone ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });
  const perDay = new Map<string, number>();
  for (const e of raw.events) {
    const key = /T/.test(e.start) ? day.format(new Date(e.start)) : e.start.slice(0, 10);
    if (key.length === 10) perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  return {
    count: raw.events.length as number,
    disputed: raw.events.filter((e: any) => e.status === 'disputed').length as number,
    busiest: Math.max(...perDay.values()),
  };
}

describe('summary in words (issue 18)', () => {
  for (const lang of ['en', 'fa', 'ru']) {
    it(`matches the data in ${lang}, before the chart`, async () => {
      const raw = await loadDataset();
      delete raw.summary;
      const f = juneFigures(raw);
      const el = await mountTimeline(html`<event-timeline lang=${lang} style="width: 1000px" .data=${raw}></event-timeline>`);
      const n = (x: number) => new Intl.NumberFormat(lang).format(x);
      // (The language's catalog arrives after the first render.)
      const summary = () => sr(el).querySelector('[part=summary]');
      await waitFor(() => summary()?.textContent?.includes(n(f.count)), 'the summary');
      const p = summary()!;
      const text = p.textContent!;
      expect(text).to.include(n(f.count));
      expect(text).to.include(n(f.busiest));
      if (f.disputed) expect(text).to.include(n(f.disputed));
      if (lang === 'fa') expect(text).to.match(/[۰-۹]/).and.not.match(/[0-9]/);
      if (lang === 'ru') expect(text).to.match(/[а-я]/);
      // First for screen readers: before the chart in document order.
      const chart = sr(el).querySelector('svg.chart')!;
      expect(p.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });
  }

  it('uses the chronology’s own summary when it has one', async () => {
    const c = verified();
    c.summary = { en: 'Five events, one of each kind.', fa: 'پنج رویداد.' };
    const el = await mount(c);
    expect(sr(el).querySelector('[part=summary]')!.textContent).to.equal('Five events, one of each kind.');
  });
});

describe('live stories (issue 18)', () => {
  afterEach(() => localStorage.removeItem(visitKey('test')));

  // refresh (JSON, CSV, TimelineJS): live-formats.test.ts.

  it('remember-visit marks only the events added since the last visit', async () => {
    const c = verified();
    c.id = 'test';
    localStorage.setItem(visitKey('test'), JSON.stringify({ at: Date.now() - 60_000, ids: ['e1', 'e2', 'e3'] }));
    const el = await mountTimeline(html`<event-timeline style="width: 1000px" view="list" remember-visit .data=${c}></event-timeline>`);
    await waitFor(() => sr(el).querySelector('.new-badge'), 'the new markers');
    const marked = [...sr(el).querySelectorAll('.item')].filter((i) => i.querySelector('.new-badge')).map((i) => i.getAttribute('data-id'));
    expect(marked).to.deep.equal(['e4', 'e5']);
    // This visit was recorded: the next one finds nothing new.
    expect(JSON.parse(localStorage.getItem(visitKey('test'))!).ids).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5']);
    // Opening an event marks it seen.
    el.view = 'chart';
    await waitFor(() => markOf(el, 'e5'), 'the chart');
    el.selectEvent('e4');
    await el.updateComplete;
    await statusDrawn(el);
    expect(markOf(el, 'e4')!.querySelector('.new-mark')).to.equal(null);
    expect(markOf(el, 'e5')!.querySelector('.new-mark')).to.exist;
  });
});

describe('<actor-card show-statements> (issue 18)', () => {
  it("lists the actor's statements across the chronology, in time order, with their sources", async () => {
    const raw = await loadDataset();
    const said = raw.events.flatMap((e: any) => (e.statements ?? []).filter((s: any) => s.actor === 'ali-khamenei').map(() => e.id));
    const root = await fixture<HTMLElement>(
      html`<div><actor-card actor-id="ali-khamenei" show-statements .data=${raw}></actor-card><actor-card actor-id="ali-khamenei" .data=${raw}></actor-card></div>`,
    );
    const [card, plain] = [...root.querySelectorAll('actor-card')];
    const list = () => card!.shadowRoot?.querySelectorAll('[part=statements] li') ?? [];
    await waitFor(() => list().length, 'the statements');
    const items = [...list()];
    expect(items.length).to.equal(said.length);
    // In the events' time order (the shipped data is in time order).
    expect(items.map((li) => li.getAttribute('data-event'))).to.deep.equal(said);
    for (const a of card!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=statements] a')) {
      expect(a.protocol).to.match(/^https?:$/);
      expect(a.rel).to.include('noopener');
    }
    await (plain as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(plain!.shadowRoot!.querySelector('[part=statements]')).to.equal(null);
  });
});
