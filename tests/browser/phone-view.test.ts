// The compact phone chronology (issue 15): at 390×844 with view="auto", in an
// article page, the June chronology (80 events) takes about two screens, with
// the topic filters on top and a "Show all 80 events" button that names how
// many are hidden; every event stays reachable by keyboard and screen reader.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { defaultPhoneCount } from '../../src/components/event-timeline/phone-view.js';
import { pickText } from '../../src/schema/text.js';
import { markColor } from '../../src/styles/color.js';
import { frames, resolveColor, sr } from './helpers.js';

const SRC = '/__test/june?ms=500';
const VIEWPORT = { width: 390, height: 844 };
const para = (n: number) =>
  Array.from({ length: n }, (_, i) => html`<p>Paragraph ${i + 1} of the story, which the reader scrolls past on a phone.</p>`);

/** An article page at phone width around one timeline; resolves once the phone chronology (or the list) shows its events. */
async function article(timeline: TemplateResult = html`<event-timeline src=${SRC}></event-timeline>`) {
  const loaded = oneEvent(document, 'data-load');
  const root = await fixture<HTMLElement>(html`<article style="margin: 0 16px; font: 16px/1.5 Georgia, serif">
    <button id="before">Before</button>
    ${para(3)} ${timeline} ${para(10)}
    <button id="after">After</button>
  </article>`);
  const el = root.querySelector('event-timeline') as EventTimeline;
  await loaded;
  await waitUntil(() => sr(el).querySelector('.phone-item, .list .item'), 'the events are shown', { timeout: 5000 });
  await el.updateComplete;
  await frames(2);
  return el;
}

const items = (el: EventTimeline) => [...sr(el).querySelectorAll<HTMLLIElement>('.phone-item')];
const summaries = (el: EventTimeline) => [...sr(el).querySelectorAll<HTMLElement>('.phone-item > details > summary')];
const showAll = (el: EventTimeline) => sr(el).querySelector<HTMLButtonElement>('button.show-all');
const titleOf = (e: { title: unknown }) => pickText(e.title as never, 'en');
const filterToggle = (el: EventTimeline) => sr(el).querySelector<HTMLButtonElement>('.phone-top button.filter-toggle')!;
const filterPanel = (el: EventTimeline) => sr(el).querySelector<HTMLElement>('#phone-filter-panel')!;

/** Opens the filters with the "Filters" button; resolves once its badges are drawn and upgraded. */
async function openFilters(el: EventTimeline) {
  filterToggle(el).click();
  await openFilters.settle(el);
}
/** Once the panel is drawn: its badges' element defined and the badges drawn. */
openFilters.settle = async (el: EventTimeline) => {
  await el.updateComplete;
  await customElements.whenDefined('topic-badge');
  await Promise.all(
    [...sr(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('topic-badge')].map((b) => b.updateComplete),
  );
  await frames(1);
};
/** The first event's top at most this far below the element's top at 390 px (the head, the summary, the keys and the button: some 330 px; the topic badges on top took some 300 px more). */
const FIRST_EVENT_TOP = 360;

interface AxeResult {
  violations: { id: string; nodes: { html: string }[] }[];
}
/** axe-core (loaded above as a script that sets `window.axe`). */
const axeRunner = () => (window as unknown as { axe: { run(context: unknown): Promise<AxeResult> } }).axe;

/** Role and name of every node of the page's accessibility tree (CDP, through web-test-runner.config.mjs). */
const axNodes = () => executeServerCommand<{ role: string; name: string }[], undefined>('a11y-names');

describe('the phone chronology at 390×844', () => {
  before(async () => {
    await setViewport(VIEWPORT);
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => window.scrollTo(0, 0));

  it('is at most 2.5 screens tall by default, with the keys and a "Filters" button on top and a button naming the hidden events', async () => {
    const el = await article();
    expect(sr(el).querySelector('.list'), 'not the full list').to.equal(null);
    const h = el.getBoundingClientRect().height;
    expect(h, 'the element is about two screens tall').to.be.at.most(2.5 * VIEWPORT.height);
    expect(h, 'and shows more than one screen of events').to.be.greaterThan(VIEWPORT.height);
    const shown = items(el).length;
    expect(shown).to.be.within(5, 79);
    const btn = showAll(el)!;
    expect(btn.textContent!.trim()).to.equal(`Show all 80 events (${80 - shown} hidden)`);
    // The keys and the "Filters" button come first: above the first event, in the reading order too.
    const toggle = filterToggle(el);
    expect(toggle.getBoundingClientRect().bottom).to.be.at.most(items(el)[0]!.getBoundingClientRect().top);
    expect(toggle.compareDocumentPosition(items(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    // The topic filters wait behind the button: not drawn at first.
    expect(sr(el).querySelector('[part=filters]'), 'no topic filter bar at first').to.equal(null);
    expect(sr(el).querySelector('topic-badge')).to.equal(null);
    // The events shown are the first ones in time, each with its day on the rail.
    const events = [...el.chronology!.events].sort((a, b) => a.start.instant - b.start.instant);
    expect(sr(el).querySelectorAll('.phone-date').length).to.be.greaterThan(0);
    expect(new Set(items(el).map((li) => li.dataset.id))).to.deep.equal(new Set(events.slice(0, shown).map((e) => e.id)));
  });

  it('each event shows its time, title and the chart’s mark in its topic colour (dot, period bar, dashed when approximate)', async () => {
    const el = await article();
    const c = el.chronology!;
    const colors = new Map(c.topics.map((t) => [t.id, t.color]));
    for (const li of items(el)) {
      const e = c.events.find((x) => x.id === li.dataset.id)!;
      expect(li.querySelector('.phone-title')!.textContent!.trim()).to.equal(titleOf(e));
      expect(li.querySelector('.phone-time time')!.textContent!.trim()).not.to.equal('');
      const svgEl = li.querySelector('svg.phone-mark')!;
      const shape = svgEl.querySelector(e.end ? 'rect.bar' : 'circle.dot');
      expect(shape, `${e.id}: ${e.end ? 'a bar' : 'a dot'}`).not.to.equal(null);
      expect(svgEl.classList.contains('approx'), `${e.id}: approximate`).to.equal(!!e.approximate);
      const hex = colors.get(e.topics[0]!);
      if (hex) expect(shape!.getAttribute('fill')).to.equal(markColor(hex));
      const style = getComputedStyle(shape!);
      // Approximate: hollow (the background inside) with a dashed outline in the topic's colour, as in the chart.
      if (e.approximate) {
        expect(style.strokeDasharray, `${e.id}: dashed`).not.to.equal('none');
        expect(style.stroke, `${e.id}: outlined in its colour`).to.equal(hex ? resolveColor(markColor(hex)) : style.stroke);
        expect(style.stroke, `${e.id}: the outline shows`).not.to.equal(style.fill);
      }
    }
  });

  it('opens summary, actors and sources on demand (a disclosure per event)', async () => {
    const el = await article();
    const c = el.chronology!;
    const li = items(el).find((x) => {
      const e = c.events.find((y) => y.id === x.dataset.id)!;
      return e.summary && e.actors.length && e.sources.length;
    })!;
    const e = c.events.find((y) => y.id === li.dataset.id)!;
    const details = li.querySelector('details')!;
    const summary = pickText(e.summary!, 'en');
    const body = li.querySelector<HTMLElement>('.phone-body')!;
    expect(details.open).to.equal(false);
    expect(body.checkVisibility(), 'folded at first').to.equal(false);
    li.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter opens the event');
    expect(body.checkVisibility()).to.equal(true);
    expect(li.querySelector('.phone-summary')!.textContent!.trim()).to.equal(summary);
    const who = li.querySelector('.phone-meta dd')!.textContent!;
    expect(who).to.include(pickText(c.actorsById.get(e.actors[0]!.id)!.name, 'en'));
    const links = [...li.querySelectorAll<HTMLAnchorElement>('.phone-sources a')];
    expect(links.length).to.be.greaterThan(0);
    expect(links.every((a) => a.checkVisibility() && /^https?:/.test(a.href))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !details.open, 'Enter folds it again');
  });

  it('draws an event’s details when it is first opened (closed events carry their time and title only)', async () => {
    const el = await article();
    const [first, second] = items(el) as [HTMLLIElement, HTMLLIElement];
    const drawn = (li: HTMLLIElement) => li.querySelector('.phone-body')!.childElementCount;
    expect(
      items(el)
        .map(drawn)
        .filter((n) => n > 0),
      'no details drawn at first',
    ).to.deep.equal([]);
    first.querySelector('summary')!.click();
    // Drawn by the update that the click asks for, before the opened event is painted.
    await el.updateComplete;
    expect(first.querySelector('details')!.open).to.equal(true);
    expect(drawn(first)).to.be.greaterThan(0);
    expect(first.querySelector('.phone-sources a')).to.not.equal(null);
    expect(drawn(second)).to.equal(0);
    // Opened otherwise (by a script, or the browser's find in page): drawn once the toggle event comes.
    second.querySelector('details')!.open = true;
    await waitUntil(() => drawn(second) > 0, 'drawn on toggle');
    // Folded again, they stay drawn.
    first.querySelector('summary')!.click();
    await el.updateComplete;
    expect(first.querySelector('details')!.open).to.equal(false);
    expect(drawn(first)).to.be.greaterThan(0);
  });

  it('"Show all" puts every event in the DOM and the accessibility tree, moves focus to the first one that was hidden, and Tab reaches each', async () => {
    const el = await article();
    const before = items(el).length;
    const btn = showAll(el)!;
    btn.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !showAll(el), 'the button is gone');
    await el.updateComplete;
    const all = items(el);
    expect(all.length).to.equal(80);
    const titles = all.map((li) => li.querySelector('.phone-title')!.textContent!.trim());
    expect(new Set(titles)).to.deep.equal(new Set(el.chronology!.events.map(titleOf)));
    // Focus went on to the first newly shown event, not back to the top.
    await waitUntil(() => sr(el).activeElement === summaries(el)[before], 'focus on the first event that was hidden');
    await waitUntil(() => /Showing 80 of 80 events/.test(sr(el).querySelector('[aria-live]')?.textContent ?? ''), 'announced');
    // Every event's disclosure is in the accessibility tree, named by its time and title.
    const tree = (await axNodes())!;
    const missing = titles.filter((t) => !tree.some((n) => n.role === 'DisclosureTriangle' && n.name.includes(t)));
    expect(missing, 'titles missing from the accessibility tree').to.deep.equal([]);
    // Tab walks on through the rest, one stop per event, then leaves the element.
    const s = summaries(el);
    for (let i = before + 1; i < s.length; i++) {
      await sendKeys({ press: 'Tab' });
      expect(sr(el).activeElement, `Tab ${i - before}`).to.equal(s[i]);
    }
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.localName, 'the next Tab leaves the element').not.to.equal('event-timeline');
  });

  it('the topic filter on top filters the events, and the button counts what is left', async () => {
    const el = await article();
    const c = el.chronology!;
    await openFilters(el);
    const badge = sr(el).querySelector('.phone-top topic-badge')!;
    const button = badge.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    const topic = el.chronology!.topics.find((t) => pickText(t.label, 'en') === button.textContent!.trim())!;
    const changed = oneEvent(el, 'filter-change');
    button.click();
    await changed;
    await el.updateComplete;
    await frames(1);
    const withTopic = c.events.filter((e) => e.topics.includes(topic.id));
    const shownIds = items(el).map((li) => li.dataset.id!);
    expect(shownIds.every((id) => withTopic.some((e) => e.id === id))).to.equal(true);
    const hidden = withTopic.length - shownIds.length;
    if (hidden > 0) expect(showAll(el)!.textContent!.trim()).to.equal(`Show all ${withTopic.length} events (${hidden} hidden)`);
    else expect(showAll(el)).to.equal(null);
    expect(shownIds.length).to.be.greaterThan(0);
  });

  it('the first event comes near the top: above it, the head, the summary, the keys (readable) and the "Filters" button', async () => {
    const el = await article();
    const top = el.getBoundingClientRect().top;
    const first = items(el)[0]!.getBoundingClientRect().top - top;
    console.log(`first event ${first.toFixed(0)} px below the element's top`);
    expect(first, "the first event's top, px below the element's top").to.be.at.most(FIRST_EVENT_TOP);
    // The keys: the marks' and the statuses', each shown in full inside the element.
    const box = el.getBoundingClientRect();
    const keys = [...sr(el).querySelectorAll<HTMLElement>('.phone-keys .legend > span')];
    expect(keys.map((k) => k.textContent!.trim())).to.include.members(['instant or day', 'period', 'approximate', 'Confirmed', 'Disputed']);
    for (const k of keys) {
      const r = k.getBoundingClientRect();
      expect(k.checkVisibility() && r.width > 0, `${k.textContent!.trim()} shows`).to.equal(true);
      expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5, `${k.textContent!.trim()} fits`).to.equal(true);
      expect(parseFloat(getComputedStyle(k).fontSize), 'readable').to.be.at.least(12);
    }
    // A key for the eye only (laid out in the keys' line, still hidden from screen readers).
    const tree = await axNodes();
    expect(tree.filter((n) => ['instant or day', 'period', 'approximate'].includes(n.name.trim()))).to.deep.equal([]);
    expect(
      tree.some((n) => n.role === 'button' && n.name === 'Filters'),
      'the button, named',
    ).to.equal(true);
    // The button is a large enough target.
    expect(filterToggle(el).getBoundingClientRect().height).to.be.at.least(44);
    // Beside the keys, at the top of their block: the keys wrap on their side of it (no key left alone beside it).
    const button = filterToggle(el).getBoundingClientRect();
    expect(button.top, "the button's top, at the keys' first line").to.be.closeTo(
      Math.min(...keys.map((k) => k.getBoundingClientRect().top)),
      8,
    );
    for (const k of keys) expect(k.getBoundingClientRect().right, `${k.textContent!.trim()} on the keys' side`).to.be.at.most(button.left);
  });

  it('the "Filters" button opens the topic and status filters below it and counts the filters on; Escape closes them and focus returns', async () => {
    const el = await article();
    const c = el.chronology!;
    const toggle = filterToggle(el);
    const panel = filterPanel(el);
    expect(toggle.textContent!.trim()).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.checkVisibility(), 'closed at first').to.equal(false);
    const firstTop = items(el)[0]!.getBoundingClientRect().top;
    // Opened from the keyboard: the filters show between the button and the events.
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await openFilters.settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.checkVisibility(), 'open').to.equal(true);
    const used = c.topics.filter((t) => c.events.some((e) => e.topics.includes(t.id)));
    const badges = [...panel.querySelectorAll('[part=filters] topic-badge')];
    expect(badges.length, 'a badge per topic in use').to.equal(used.length);
    expect(panel.querySelectorAll('[part=status-filters] button.status-toggle').length, 'the status filter too').to.be.greaterThan(0);
    expect(panel.getBoundingClientRect().top).to.be.at.least(toggle.getBoundingClientRect().bottom);
    expect(panel.getBoundingClientRect().bottom).to.be.at.most(items(el)[0]!.getBoundingClientRect().top);
    expect(items(el)[0]!.getBoundingClientRect().top, 'the events move down below the open panel').to.be.greaterThan(firstTop);
    // Tab goes into the panel: its first badge; a press filters and the button counts it.
    await sendKeys({ press: 'Tab' });
    const badgeButton = badges[0]!.shadowRoot!.querySelector('button')!;
    expect(badges[0]!.shadowRoot!.activeElement, 'focus on the first badge').to.equal(badgeButton);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.activeTopics).to.have.length(1);
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
    sr(el).querySelector<HTMLButtonElement>('#phone-filter-panel button.status-toggle')!.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');
    // Escape closes the panel and gives focus back to the button; the element does not see the key.
    let escaped = false;
    el.addEventListener('keydown', () => (escaped = true), { once: true });
    badgeButton.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(escaped, 'Escape stays in the panel').to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.checkVisibility(), 'closed').to.equal(false);
    expect(sr(el).activeElement, 'focus back on the button').to.equal(toggle);
    // Closed, the filters stay on (and the events filtered); opened again, the pressed badge still says so.
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');
    await sendKeys({ press: 'Enter' });
    await openFilters.settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const pressed = [...panel.querySelectorAll<HTMLElement & { pressed: boolean }>('topic-badge')].filter((b) => b.pressed);
    expect(pressed).to.have.length(1);
    el.activeTopics = [];
    el.statusFilter = '';
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filters');
  });

  it('an event is drawn again when what it shows changes: the display zone, the selection, the language', async () => {
    const el = await article();
    const c = el.chronology!;
    const timed = items(el).find((li) => c.events.find((e) => e.id === li.dataset.id)!.start.offsetMinutes !== undefined)!;
    const time = () => timed.querySelector('.phone-time time')!.textContent!.trim();
    expect(time(), 'in the chronology’s zone').to.include('GMT+3:30');
    el.setAttribute('time-zone', 'UTC');
    await el.updateComplete;
    expect(time(), 'in UTC').not.to.include('GMT+3:30');
    const second = items(el)[1]!;
    el.selected = second.dataset.id!;
    await el.updateComplete;
    expect(second.classList.contains('selected')).to.equal(true);
    expect(second.querySelector('details')!.open, 'the selected event opens').to.equal(true);
    el.setAttribute('lang', 'fa');
    await el.updateComplete;
    const e = c.events.find((x) => x.id === second.dataset.id)!;
    expect(second.querySelector('.phone-title')!.textContent!.trim()).to.equal(pickText(e.title as never, 'fa'));
  });

  it('shows about two screens of events for the viewport it is in: 14 at 390×844, 10 at 390×667', async () => {
    expect(items(await article()).length).to.equal(defaultPhoneCount(844));
    await setViewport({ width: 390, height: 667 });
    try {
      expect(items(await article()).length).to.equal(defaultPhoneCount(667));
    } finally {
      await setViewport(VIEWPORT);
    }
  });

  it('phone-events sets how many events come first; 0 keeps the full list', async () => {
    const el = await article(html`<event-timeline src=${SRC} phone-events="7"></event-timeline>`);
    expect(items(el).length).to.equal(7);
    expect(showAll(el)!.textContent!.trim()).to.equal('Show all 80 events (73 hidden)');
    const off = await article(html`<event-timeline src=${SRC} phone-events="0"></event-timeline>`);
    expect(sr(off).querySelector('.phone')).to.equal(null);
    expect(sr(off).querySelectorAll('.list .item').length).to.equal(80);
  });

  it('view="list" keeps the full list at 390 px, and printing shows the full list', async () => {
    const list = await article(html`<event-timeline src=${SRC} view="list"></event-timeline>`);
    expect(sr(list).querySelector('.phone')).to.equal(null);
    expect(sr(list).querySelectorAll('.list .item').length).to.equal(80);

    const el = await article();
    expect(items(el).length).to.be.lessThan(80);
    window.dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => sr(el).querySelectorAll('.list .item').length === 80, 'the full list for printing');
    expect(sr(el).querySelector('.phone')).to.equal(null);
    window.dispatchEvent(new Event('afterprint'));
    await waitUntil(() => sr(el).querySelector('.phone'), 'the phone chronology again');
  });

  it('a selected event that would be hidden is shown, open, with the events before it; the button offers the rest', async () => {
    const el = await article();
    const first = items(el).length;
    // The chronology's order on the rail: every event shown (phone-events), read, and back to the default.
    el.phoneEvents = 1000;
    await el.updateComplete;
    const order = items(el).map((li) => li.dataset.id!);
    expect(order.length).to.equal(80);
    el.phoneEvents = undefined;
    await el.updateComplete;
    expect(items(el).length).to.equal(first);
    for (const at of [40, 79]) {
      el.selectEvent(order[at]!);
      await el.updateComplete;
      const li = sr(el).querySelector<HTMLLIElement>(`.phone-item[data-id="${order[at]}"]`);
      expect(li, `the selected event (#${at + 1}) is shown`).not.to.equal(null);
      expect(li!.querySelector('details')!.open, 'and open').to.equal(true);
      expect(items(el).map((x) => x.dataset.id)).to.deep.equal(order.slice(0, at + 1));
      if (at < 79) expect(showAll(el)!.textContent!.trim()).to.equal(`Show all 80 events (${79 - at} hidden)`);
      else expect(showAll(el)).to.equal(null);
    }
  });

  /** Each day on the rail as the eye reads it (the spans hidden from screen readers, which hear the whole date), by its key. */
  const railTexts = (el: EventTimeline) =>
    new Map(
      [...sr(el).querySelectorAll<HTMLTimeElement>('.phone-date time')].map((t) => [
        t.dateTime,
        [...t.querySelectorAll<HTMLElement>('[aria-hidden=true]')].filter((s) => s.checkVisibility()).map((s) => s.textContent!.trim()),
      ]),
    );

  it('names the year on every day when the chronology spans years (TimelineJS’s eras example, 602–698), within the rail', async () => {
    const el = await article(html`<event-timeline src="/__test/fixture/eras.json" phone-events="1000"></event-timeline>`);
    expect(items(el).length).to.equal(20);
    const rail = railTexts(el);
    // 9 Aug 622 (Muhammad's migration), 12 Dec 627, 8 Jun 632: day, month, year.
    expect(rail.get('0622-08-09')).to.deep.equal(['9', 'Aug', '622']);
    expect(rail.get('0627-12-12')).to.deep.equal(['12', 'Dec', '627']);
    expect(rail.get('0632-06-08')).to.deep.equal(['8', 'Jun', '632']);
    // Every day, month and year key names its year (years as written: 602, not 0602 nor 1602).
    for (const [key, text] of rail) expect(text, key).to.include(String(Number(key.slice(0, 4))));
    for (const y of sr(el).querySelectorAll<HTMLElement>('.rail-year')) {
      const date = y.closest('.phone-date')!.getBoundingClientRect();
      const r = y.getBoundingClientRect();
      expect(r.left >= date.left - 0.5 && r.right <= date.right + 0.5, `${y.textContent} within the rail`).to.equal(true);
      expect(y.scrollWidth, `${y.textContent} not cut`).to.be.at.most(y.clientWidth);
    }
    // The regular list says the year in its headings too.
    const list = await article(html`<event-timeline src="/__test/fixture/eras.json" view="list"></event-timeline>`);
    const headings = [...sr(list).querySelectorAll<HTMLTimeElement>('.day-heading time')];
    expect(headings.find((t) => t.dateTime === '0622-08-09')!.textContent).to.match(/\b622\b/);
    for (const t of headings) expect(t.textContent, t.dateTime).to.include(String(Number(t.dateTime.slice(0, 4))));
  });

  it('a chronology within one year (June 2025) names its year on the first day only, as the axis names it once', async () => {
    const el = await article();
    const rail = [...railTexts(el).values()];
    expect(rail.length).to.be.greaterThan(1);
    expect(rail[0]!.at(-1)).to.equal('2025');
    expect(
      rail.slice(1).every((t) => t.length === 2 && !t.includes('2025')),
      'the other days: day and month',
    ).to.equal(true);
    expect(sr(el).querySelectorAll('.rail-year').length).to.equal(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe with an event open (${scheme}, colour contrast included)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      document.documentElement.style.background = scheme === 'dark' ? '#121212' : '';
      document.documentElement.style.colorScheme = scheme;
      try {
        const el = await article();
        await Promise.all(
          [...sr(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('topic-badge')].map((b) => b.updateComplete),
        );
        items(el)[0]!.querySelector('details')!.open = true;
        await frames(1);
        const { violations } = await axeRunner().run(el);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(' | ')}`)).to.deep.equal([]);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
        document.documentElement.style.background = '';
        document.documentElement.style.colorScheme = '';
      }
    });
  }
});
