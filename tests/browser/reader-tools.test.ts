// Issue 19, "Reader tools": the search box, the data download and exports,
// link-state (the view in the URL), by mouse and keyboard, and axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { fromCSV } from '../../src/import/csv.js';
import { decodeUrlState } from '../../src/load/url-state.js';
import { click, frames, markOf, mountTimeline, smallChronology, sr, waitFor } from './helpers.js';

const PAGE = 'width: 1000px; background: #ffffff; color: #1a1a1a';

const box = (el: EventTimeline) => sr(el).querySelector<HTMLInputElement>('input[part=search]')!;
const live = (el: EventTimeline) => sr(el).querySelector('[role=status][aria-live=polite]')!.textContent!.trim();
const matched = (el: EventTimeline) => [...sr(el).querySelectorAll('.mark.primary.match')].map((m) => m.getAttribute('data-id')).sort();

async function mount(t: ReturnType<typeof html>) {
  const el = await mountTimeline(t);
  await waitFor(() => box(el), 'the search box');
  await el.updateComplete;
  return el;
}

/** Clicks the middle of an element with the real mouse. */
async function mouseClick(target: Element) {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** Resolves with the next download the page starts (the temporary `<a download>`), without saving it. */
function nextDownload(): Promise<{ name: string; text: string; type: string; head: number[] }> {
  return new Promise((resolve) => {
    const on = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName !== 'a' || !a.download) return;
      e.preventDefault();
      document.removeEventListener('click', on, true);
      void fetch(a.href)
        .then((r) => r.blob())
        .then(async (blob) =>
          resolve({
            name: a.download,
            text: await blob.text(),
            type: blob.type,
            head: [...new Uint8Array(await blob.slice(0, 3).arrayBuffer())],
          }),
        );
    };
    document.addEventListener('click', on, true);
  });
}

describe('search', () => {
  it('typing in the box highlights the matches in the chart, dims the rest, announces the count and fires search-change', async () => {
    const el = await mount(html`<div style=${PAGE}><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    const changes: { query: string; matches: string[] }[] = [];
    el.addEventListener('search-change', (e) => changes.push(e.detail));
    await mouseClick(box(el));
    expect(sr(el).activeElement).to.equal(box(el));
    await sendKeys({ type: 'STRIKE' });
    await waitFor(() => matched(el).length === 2, 'two matches');
    expect(el.search).to.equal('STRIKE');
    expect(matched(el)).to.deep.equal(['e2', 'e5']);
    expect(sr(el).querySelector('.plot')!.classList.contains('searching')).to.be.true;
    expect(getComputedStyle(markOf(el, 'e1')!).opacity).to.equal('0.3');
    expect(getComputedStyle(markOf(el, 'e2')!).opacity).to.equal('1');
    expect(live(el)).to.equal('2 of 5 events');
    expect(changes.at(-1)).to.deep.equal({ query: 'STRIKE', matches: ['e2', 'e5'] });

    // Enter: the next match after the selection, in time order, then around again.
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.selected === 'e2', 'e2 selected');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.selected === 'e5', 'e5 selected');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.selected === 'e2', 'back to e2');
    expect(sr(el).activeElement, 'focus stays in the box').to.equal(box(el));

    // Escape clears.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.search).to.equal('');
    expect(box(el).value).to.equal('');
    expect(matched(el)).to.deep.equal([]);
    expect(sr(el).querySelector('.plot.searching')).to.equal(null);
    expect(changes.at(-1)).to.deep.equal({ query: '', matches: [] });
  });

  it('searches actors, places and summaries across accents and scripts; the attribute sets it and the list shows it', async () => {
    const c = smallChronology();
    c.events[2].summary = { en: 'Signed in Téhéran.', fa: 'امضا در تهران' };
    c.events[2].location = { name: 'Kremlin', city: 'Moscow' };
    const el = await mount(html`<div style=${PAGE}><event-timeline view="list" search="آلیس" .data=${c}></event-timeline></div>`);
    await waitFor(() => sr(el).querySelector('.list.searching'), 'the list searching');
    const listMatches = () => [...sr(el).querySelectorAll('.list .item.match')].map((li) => li.getAttribute('data-id'));
    // Alice's native name (Persian) finds her events.
    expect(listMatches()).to.deep.equal(['e1', 'e4']);
    const dim = sr(el).querySelector('.list .item[data-id=e2]')!;
    expect(getComputedStyle(dim).color).to.not.equal(getComputedStyle(sr(el).querySelector('.list .item[data-id=e1]')!).color);
    el.setAttribute('search', 'teheran');
    await el.updateComplete;
    expect(listMatches()).to.deep.equal(['e3']);
    el.search = 'تهران moscow';
    await el.updateComplete;
    expect(listMatches()).to.deep.equal(['e3']);
    el.search = 'nothing like this';
    await el.updateComplete;
    expect(listMatches()).to.deep.equal([]);
    expect(live(el)).to.equal('0 of 5 events');
  });

  it('Enter pans the chart to a match out of view', async () => {
    const el = await mount(html`<div style=${PAGE}><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    for (let i = 0; i < 4; i++) el.zoomBy(1.6);
    await el.updateComplete;
    await frames(2);
    const first = Date.UTC(2025, 5, 1);
    const inView = () => +el.range!.start <= first && first <= +el.range!.end;
    expect(inView(), 'e1 starts out of view').to.be.false;
    box(el).focus();
    await sendKeys({ type: 'first meeting' });
    await waitFor(() => matched(el).length === 0 && sr(el).querySelector('.plot.searching'), 'searching');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.selected === 'e1', 'e1 selected');
    await waitFor(() => inView(), 'e1 in view');
    await waitFor(() => markOf(el, 'e1')?.classList.contains('match'), 'e1 drawn as a match');
  });
});

describe('the data to take away', () => {
  it('exportCSV(), exportJSON() and exportICS() give the current view: topic filter and search applied', async () => {
    const c = smallChronology();
    c.events[0].title = '=HYPERLINK("http://evil.example")';
    const el = await mount(html`<div style=${PAGE}><event-timeline .data=${c}></event-timeline></div>`);
    el.activeTopics = ['talks'];
    await el.updateComplete;
    let csv = await el.exportCSV();
    let back = fromCSV(csv, { actors: el.chronology!.actors, topics: el.chronology!.topics });
    expect(back.chronology!.events.map((e) => e.id)).to.deep.equal(['e1', 'e3', 'e4']);
    expect(csv).to.contain(`'=HYPERLINK`);
    el.search = 'bob';
    await el.updateComplete;
    csv = await el.exportCSV();
    back = fromCSV(csv, { actors: el.chronology!.actors, topics: el.chronology!.topics });
    expect(back.chronology!.events.map((e) => e.id)).to.deep.equal(['e1', 'e3']);
    const json = JSON.parse(await el.exportJSON());
    expect(json.events.map((e: { id: string }) => e.id)).to.deep.equal(['e1', 'e3']);
    expect(json.actors.map((a: { id: string }) => a.id).sort()).to.deep.equal(['alice', 'bob', 'carol']);
    const ics = await el.exportICS();
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20250601');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20250605');
  });

  it('the "Download data" menu saves CSV, JSON and iCalendar, by mouse and by keyboard', async () => {
    const plain = await mount(html`<div style=${PAGE}><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    expect(sr(plain).querySelector('[part=download-data]'), 'only with export').to.equal(null);
    const el = await mount(html`<div style=${PAGE}><event-timeline export .data=${smallChronology()}></event-timeline></div>`);
    const menu = sr(el).querySelector<HTMLDetailsElement>('details[part=download-data]')!;
    expect(menu.closest('[part=controls]')).to.exist;
    const summary = menu.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Download data');

    // Mouse: open, pick CSV.
    await mouseClick(summary);
    expect(menu.open).to.be.true;
    let got = nextDownload();
    await mouseClick(menu.querySelector('button[data-format=csv]')!);
    let file = await got;
    expect(file.name).to.equal('small.csv');
    expect(file.type).to.equal('text/csv;charset=utf-8');
    expect(file.head, 'a UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(file.text).to.equal(await el.exportCSV());
    expect(menu.open, 'closed after a choice').to.be.false;

    // Keyboard: focus the summary, Enter opens, Tab to JSON, Enter saves; then iCalendar.
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(menu.open).to.be.true;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(sr(el).activeElement!.getAttribute('data-format')).to.equal('json');
    got = nextDownload();
    await sendKeys({ press: 'Enter' });
    file = await got;
    expect(file.name).to.equal('small.json');
    expect(JSON.parse(file.text).events).to.have.length(5);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    got = nextDownload();
    await sendKeys({ press: 'Enter' });
    file = await got;
    expect(file.name).to.equal('small.ics');
    // Escape closes the open menu and returns to its button.
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(menu.open).to.be.true;
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.be.false;
    expect(sr(el).activeElement).to.equal(summary);
    expect(file.text.startsWith('BEGIN:VCALENDAR\r\n')).to.be.true;
    expect(document.querySelector('a[download]'), 'the temporary link is gone').to.equal(null);
  });
});

describe('link-state: the view in the URL', () => {
  const clean = () => history.replaceState(null, '', location.pathname + location.search);
  afterEach(clean);

  it('restores the selection, range, zone, topics, grouping and search from the URL', async () => {
    history.replaceState(
      null,
      '',
      '#june.event=e3&june.from=2025-06-02&june.to=2025-06-06T12:00Z&june.zone=Asia/Tehran&june.topics=talks&june.group=topic&june.q=bob',
    );
    const el = await mount(
      html`<div style=${PAGE}><event-timeline id="june" link-state .data=${smallChronology()}></event-timeline></div>`,
    );
    await waitFor(() => el.selected === 'e3', 'the linked event selected');
    await el.updateComplete;
    expect(el.timeZone).to.equal('Asia/Tehran');
    expect(el.activeTopics).to.deep.equal(['talks']);
    expect(el.groupBy).to.equal('topic');
    expect(el.search).to.equal('bob');
    expect(box(el).value).to.equal('bob');
    expect(el.range!.start.toISOString()).to.equal('2025-06-02T00:00:00.000Z');
    expect(el.range!.end.toISOString()).to.equal('2025-06-06T12:00:00.000Z');
    expect(matched(el)).to.deep.equal(['e1', 'e3']);
    expect(sr(el).querySelector('[part=details]'), 'the details are open').to.exist;
  });

  it('opening a link adds no history entry, even when it names defaults or a range beyond the data', async () => {
    history.replaceState(null, '', '#event=e2&group=actor&from=2020-01-01&to=2025-06-04');
    const start = history.length;
    const el = await mount(html`<div style=${PAGE}><event-timeline link-state .data=${smallChronology()}></event-timeline></div>`);
    await waitFor(() => el.selected === 'e2', 'restored');
    await el.updateComplete;
    await frames(2);
    expect(history.length).to.equal(start);
    // The entry now says what is shown: no `group` (the default), the range clamped to the data.
    await waitFor(() => !location.hash.includes('group='), 'the default grouping dropped');
    const { from } = decodeUrlState(location.hash);
    expect(from).to.be.at.least(Date.UTC(2025, 5, 1) - 86_400_000);
    // A deliberate change after it is still an entry of its own.
    el.selectEvent('e3');
    await waitFor(() => location.hash.includes('event=e3'), 'the new selection');
    expect(history.length).to.equal(start + 1);
  });

  it('ignores a malformed fragment, field by field', async () => {
    history.replaceState(null, '', '#event=%&from=yesterday&to=2025-06-04&zone=Mars/Base&q=trade');
    const el = await mount(html`<div style=${PAGE}><event-timeline link-state .data=${smallChronology()}></event-timeline></div>`);
    await waitFor(() => el.search === 'trade', 'the search restored');
    expect(el.selected).to.equal(null);
    expect(el.timeZone).to.equal(undefined);
    const full = el.chronology!.events;
    expect(el.range!.start.getTime()).to.be.at.most(full[0]!.start.instant);
  });

  it('two timelines on one page keep separate state under their ids', async () => {
    history.replaceState(null, '', '#section-2&a.event=e2&b.event=e4&b.q=strike');
    const root = await fixture<HTMLElement>(html`<div style=${PAGE}>
      <event-timeline id="a" link-state .data=${smallChronology()}></event-timeline>
      <event-timeline id="b" link-state .data=${smallChronology()}></event-timeline>
    </div>`);
    const [a, b] = [...root.querySelectorAll('event-timeline')] as EventTimeline[];
    await waitFor(() => a!.selected === 'e2' && b!.selected === 'e4', 'both restored');
    expect(a!.search).to.equal('');
    expect(b!.search).to.equal('strike');
    // The reader selects in the first: its pairs change, the second's and the anchor stay.
    await waitFor(() => markOf(a!, 'e5'), 'a mark');
    click(markOf(a!, 'e5')!);
    await waitFor(() => location.hash.includes('a.event=e5'), 'the URL follows the first timeline');
    expect(location.hash).to.contain('section-2');
    expect(location.hash).to.contain('b.event=e4');
    expect(location.hash).to.contain('b.q=strike');
    expect(b!.selected).to.equal('e4');
  });

  it('deliberate changes are history entries, pans and zooms are not; Back restores', async () => {
    clean();
    const el = await mount(html`<div style=${PAGE}><event-timeline link-state .data=${smallChronology()}></event-timeline></div>`);
    const start = history.length;
    // Zoom: the range replaces the current entry.
    el.zoomBy(1.6);
    await waitFor(() => location.hash.includes('from='), 'the range in the URL');
    expect(history.length).to.equal(start);
    const zoomed = location.hash;
    // A click on a mark: one new entry.
    await waitFor(() => markOf(el, 'e3'), 'a mark');
    await mouseClick(markOf(el, 'e3')!);
    await waitFor(() => location.hash.includes('event=e3'), 'the selection in the URL');
    expect(history.length).to.equal(start + 1);
    // Typing a search: one entry for the whole word.
    box(el).focus();
    await sendKeys({ type: 'trade' });
    await waitFor(() => location.hash.includes('q=trade'), 'the search in the URL');
    expect(history.length).to.equal(start + 2);
    // Back: the selection without the search; Back again: the zoomed view with nothing selected.
    history.back();
    await waitFor(() => el.search === '', 'the search undone');
    expect(el.selected).to.equal('e3');
    history.back();
    await waitFor(() => el.selected === null, 'the selection undone');
    expect(location.hash).to.equal(zoomed);
    const { from, to } = decodeUrlState(zoomed);
    expect([+el.range!.start, +el.range!.end], 'the zoomed range back').to.deep.equal([from, to]);
    // Forward: the selection again.
    history.forward();
    await waitFor(() => el.selected === 'e3', 'the selection redone');
  });
});

describe('axe on the reader tools', () => {
  type AxeResult = { violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] };
  const axe = () => (window as unknown as { axe: { run(c: unknown): Promise<AxeResult> } }).axe;
  for (const [theme, style] of [
    ['light', PAGE],
    ['dark', 'width: 1000px; color-scheme: dark; background: #121212; color: #e8e8e8'],
  ] as const) {
    for (const view of ['chart', 'list'] as const) {
      it(`0 violations with a search and the download menu open (${theme}, ${view})`, async () => {
        if (theme === 'dark') document.documentElement.style.background = '#121212';
        try {
          const el = await mount(
            html`<div style=${style}><event-timeline export view=${view} search="strike" .data=${smallChronology()}></event-timeline></div>`,
          );
          await waitFor(() => sr(el).querySelector('.searching'), 'the search shown');
          sr(el).querySelector<HTMLDetailsElement>('details[part=download-data]')!.open = true;
          await el.updateComplete;
          const r = await axe().run(el.parentElement);
          const text = r.violations
            .flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)} ${n.failureSummary}`))
            .join('\n');
          expect(r.violations.length, text).to.equal(0);
        } finally {
          document.documentElement.style.removeProperty('background');
        }
      });
    }
  }
});

describe('more ways in', () => {
  it('format="markwhen" reads a Markwhen file from src', async () => {
    const el = await mountTimeline(
      html`<div style=${PAGE}><event-timeline format="markwhen" src="/tests/fixtures/markwhen/june-2025.mw"></event-timeline></div>`,
    );
    expect(el.chronology, 'a chronology').to.exist;
    expect(el.chronology!.events.length).to.be.greaterThan(3);
    expect(el.chronology!.events.some((e) => e.topics.includes('nuclear'))).to.be.true;
    expect(sr(el).querySelector('[part=error]')).to.equal(null);
  });

  it('format="acled" reads ACLED CSV, and format="auto" recognises it', async () => {
    for (const format of ['acled', 'auto']) {
      const el = await mountTimeline(
        html`<div style=${PAGE}><event-timeline format=${format} src="/tests/fixtures/acled/sample-synthetic.csv"></event-timeline></div>`,
      );
      expect(el.chronology, `a chronology (${format})`).to.exist;
      expect(el.chronology!.events.map((e) => e.id)).to.include('irn90001');
      expect(el.chronology!.events.find((e) => e.id === 'irn90001')!.location!.city).to.equal('Tehran');
    }
  });

  it('a bracketed RFC 9557 zone sets the event zone the details show', async () => {
    const c = smallChronology();
    c.events[1].start = '2025-06-03T06:00-04:00[America/New_York]';
    const el = await mount(html`<div style=${PAGE}><event-timeline time-zone="event" .data=${c}></event-timeline></div>`);
    await waitFor(() => el.chronology?.events.find((e) => e.id === 'e2')?.timeZone === 'America/New_York', 'the zone');
    const e2 = el.chronology!.events.find((e) => e.id === 'e2')!;
    expect(e2.start.instant).to.equal(Date.UTC(2025, 5, 3, 10, 0));
    el.selectEvent('e2');
    await el.updateComplete;
    await waitFor(() => sr(el).querySelector('[part=details]'), 'the details');
    expect(sr(el).querySelector('[part=details]')!.textContent).to.match(/06:00|6:00/);
  });
});

describe('a relative axis', () => {
  const tickLabels = (el: EventTimeline) => [...sr(el).querySelectorAll('.axis .tick text:not(.period)')].map((t) => t.textContent!.trim());

  it('pivot="<event id>" labels the ticks as time before and after that event, and back to dates without it', async () => {
    const el = await mount(html`<div style=${PAGE}><event-timeline pivot="e3" .data=${smallChronology()}></event-timeline></div>`);
    await waitFor(() => tickLabels(el).includes('0d'), 'a 0d tick');
    const labels = tickLabels(el);
    expect(labels).to.include('-2d');
    expect(labels).to.include('+2d');
    expect(
      labels.every((s) => /^[+-]?\d+(\.\d)?d$/.test(s)),
      labels.join(' '),
    ).to.be.true;
    // Zoomed in, the unit follows the ticks' step.
    for (let i = 0; i < 8; i++) el.zoomBy(1.6);
    await el.updateComplete;
    await waitFor(() => tickLabels(el).some((s) => s.endsWith('h')), 'hour labels');
    el.resetZoom();
    el.pivot = 'e1';
    await el.updateComplete;
    await waitFor(() => tickLabels(el).includes('+4d'), 'counted from e1');
    el.pivot = undefined;
    await el.updateComplete;
    expect(
      tickLabels(el).some((s) => /Jun|^\d+$/.test(s)),
      tickLabels(el).join(' '),
    ).to.be.true;
    expect(tickLabels(el).some((s) => /d$/.test(s))).to.be.false;
  });
});

describe('search on a phone', () => {
  it('the phone chronology marks the matches and mutes the rest', async () => {
    const el = await mountTimeline(
      html`<div style="width: 380px"><event-timeline search="strike" .data=${smallChronology()}></event-timeline></div>`,
    );
    await waitFor(() => sr(el).querySelector('.phone.searching'), 'the phone chronology searching');
    const ids = [...sr(el).querySelectorAll('.phone-item.match')].map((li) => li.getAttribute('data-id'));
    expect(ids).to.deep.equal(['e2', 'e5']);
    const style = (id: string) => getComputedStyle(sr(el).querySelector(`.phone-item[data-id=${id}]`)!);
    expect(style('e1').color).to.not.equal(style('e2').color);
    expect(box(el), 'the search box is there').to.exist;
  });
});
