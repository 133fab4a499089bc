// Regressions for what a page, a link or a feed can send (issue "Hostile and
// huge inputs"): a malformed #event= fragment, a malformed lang, a badge
// colour that is not a colour. Each used to blank the component or make it
// fetch; now each is ignored or falls back, and the chronology is shown.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline, TopicBadge } from '../../src/index.js';
import { smallChronology, sr } from './helpers.js';

async function mount(attrs: { link?: boolean; src?: string } = {}): Promise<EventTimeline> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement('event-timeline') as EventTimeline;
  el.view = 'chart';
  if (attrs.link) el.setAttribute('link-selection', '');
  const rendered = oneEvent(el, 'rendered');
  if (attrs.src) el.src = attrs.src;
  else el.data = smallChronology();
  wrap.append(el);
  await rendered;
  await el.updateComplete;
  return el;
}

describe('a crafted link', () => {
  const clean = () => history.replaceState(null, '', location.pathname + location.search);
  afterEach(clean);

  for (const hash of ['#event=%', '#event=%E0%A4%A', '#event=']) {
    it(`${hash} is ignored: the chronology loads from src and nothing is selected`, async () => {
      history.replaceState(null, '', hash);
      const el = await mount({ link: true, src: '/__test/chronology?title=Linked&events=5' });
      expect(el.selected).to.equal(null);
      expect(sr(el).querySelector('[part=error]')).to.equal(null);
      expect(sr(el).querySelectorAll('[part~=event]').length).to.be.greaterThan(0);
      // A later hashchange to a malformed link does not throw either.
      location.hash = '#event=%zz';
      await oneEvent(window, 'hashchange');
      expect(el.selected).to.equal(null);
      expect(el.chronology?.title).to.equal('Linked');
    });
  }
});

describe('a malformed lang', () => {
  for (const lang of ['en_US', 'x', 'i-klingon', 'constructor', '']) {
    it(`lang="${lang}" renders the chart (nearest valid language)`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 900px"></div>`);
      const el = document.createElement('event-timeline') as EventTimeline;
      el.view = 'chart';
      const rendered = oneEvent(el, 'rendered');
      el.data = smallChronology();
      wrap.append(el);
      await rendered;
      await el.updateComplete;
      expect(sr(el).querySelector('svg.chart')).to.not.equal(null);
      expect(sr(el).querySelectorAll('[part~=event]').length).to.be.greaterThan(0);
      // English interface strings (en_US reads as en-US → the English catalog).
      expect(sr(el).querySelector('[part=view-toggle]')?.textContent).to.match(/Chart/);
    });
  }
});

describe('<topic-badge> given a colour that is not a colour', () => {
  it('uses the default colour and requests nothing', async () => {
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: false });
    const badge = await fixture<TopicBadge>(html`<topic-badge></topic-badge>`);
    badge.topic = { id: 'x', label: 'X', color: 'url(/__test/log?key=badge-colour)' } as TopicBadge['topic'];
    await badge.updateComplete;
    const span = badge.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
    const style = getComputedStyle(span);
    expect(style.getPropertyValue('--_badge-color').trim()).to.equal('#595959');
    expect(style.backgroundImage).to.equal('none');
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    expect(requested.filter((u) => u.includes('badge-colour'))).to.deep.equal([]);
    const log = await (await fetch('/__test/log?key=badge-colour')).json();
    expect(log.requests).to.equal(0);
  });
});

describe('bidi controls in a field', () => {
  /** x of the first and last character of `text` inside `root` (in reading order of the string). */
  function charXs(root: ParentNode, text: string): [number, number] {
    const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(text);
      if (at < 0) continue;
      const rect = (i: number) => {
        const r = document.createRange();
        r.setStart(n!, i);
        r.setEnd(n!, i + 1);
        return r.getBoundingClientRect();
      };
      return [rect(at).left, rect(at + text.length - 1).left];
    }
    throw new Error(`no text ${text}`);
  }

  /** The chronology `c` in a list-view timeline 900 px wide, rendered. */
  async function listOf(c: unknown) {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('event-timeline') as EventTimeline;
    el.view = 'list';
    const rendered = oneEvent(el, 'rendered');
    el.data = c as EventTimeline['data'];
    wrap.append(el);
    await rendered;
    await el.updateComplete;
    return el;
  }

  it('an RLO at the start of an actor or a publisher does not reverse the fields after it', async () => {
    const c = smallChronology();
    c.actors[0].name = '\u202eAlice Adams';
    c.events[0].sources[0] = { publisher: '\u202eDaily One', title: 'They met', url: 'https://example.com/one' };
    const el = await listOf(c);
    const item = sr(el).querySelector('li.item[data-id="e1"]')!;
    // The neighbour of the reversed name reads left to right: its first letter is left of its last.
    const [b0, b1] = charXs(item, 'Bob Brown');
    expect(b0).to.be.lessThan(b1);
    const [t0, t1] = charXs(item, 'They met');
    expect(t0).to.be.lessThan(t1);
  });

  it('an RLO at the start of a topic or a place does not reverse the fields after it', async () => {
    const c = smallChronology();
    c.topics[2].label = '\u202eTrade'; // e3's topics read "Trade, Talks"
    c.events[2].location = { name: '\u202eHall', city: 'Lausanne' };
    const el = await listOf(c);
    const item = sr(el).querySelector('li.item[data-id="e3"]')!;
    const [p0, p1] = charXs(item, 'Lausanne');
    expect(p0, 'the city after the place name').to.be.lessThan(p1);
    const [t0, t1] = charXs(item, 'Talks');
    expect(t0, 'the topic after the first').to.be.lessThan(t1);
  });
});
