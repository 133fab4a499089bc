import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { formatProblem, parseChronology, type Chronology } from '../../src/schema/index.js';
import type { EventTimeline, TopicBadge } from '../../src/classes.js';
import { fillForText } from '../../src/styles/text-color.js';
import {
  DATASET_URL,
  contrast,
  effectiveBackground,
  hexToRgb,
  idsOf,
  loadDataset,
  marks,
  parseColor,
  renderTimeline,
  smallChronology,
  sr,
} from './helpers.js';

const part = (b: Element) => sr(b).querySelector<HTMLElement>('[part=badge]')!;
const label = (b: Element) => part(b).textContent!.replace('✓', '').replace(/\s+/g, ' ').trim();

function textContrast(b: Element) {
  const p = part(b);
  return contrast(parseColor(getComputedStyle(p).color), effectiveBackground(p));
}

describe('<topic-badge>', () => {
  let june: Chronology;
  before(async () => {
    const { chronology, problems } = parseChronology(await loadDataset());
    expect(problems).to.deep.equal([]);
    june = chronology!;
  });

  it('passes axe (a plain label and a linked, pressed toggle)', async () => {
    const root = await renderTimeline(html`<div>
      <event-timeline id="axe-tl" hide-title .data=${smallChronology()}></event-timeline>
      <topic-badge topic-id="nuclear" .chronology=${june}></topic-badge>
      <topic-badge for="axe-tl" topic-id="talks"></topic-badge>
    </div>`);
    const wrapper = root.parentElement!;
    const linked = wrapper.querySelector<TopicBadge>('topic-badge[for]')!;
    part(linked).click();
    await linked.updateComplete;
    await expect(wrapper).to.be.accessible();
  });

  describe('from the .topic property', () => {
    it('shows the label in the topic colour as a plain label', async () => {
      const el = await fixture<TopicBadge>(html`<topic-badge .topic=${{ id: 'talks', label: 'Talks', color: '#1f5fa8' }}></topic-badge>`);
      const p = part(el);
      expect(p.localName, 'standalone badge is not a button').to.equal('span');
      expect(label(el)).to.equal('Talks');
      expect(parseColor(getComputedStyle(p).backgroundColor).slice(0, 3)).to.deep.equal(hexToRgb('#1f5fa8').slice(0, 3));
      expect(el.getAttribute('topic-id')).to.be.null;
    });

    it('does not toggle or fire topic-toggle when standalone', async () => {
      const el = await fixture<TopicBadge>(html`<topic-badge .topic=${{ id: 'talks', label: 'Talks', color: '#1f5fa8' }}></topic-badge>`);
      let fired = 0;
      el.addEventListener('topic-toggle', () => fired++);
      part(el).click();
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(el.pressed).to.be.false;
    });

    it('picks the localized label for its lang', async () => {
      const el = await fixture<TopicBadge>(
        html`<topic-badge lang="fa" .topic=${{ id: 'talks', label: { en: 'Talks', fa: 'مذاکرات' }, color: '#1f5fa8' }}></topic-badge>`,
      );
      expect(label(el)).to.equal('مذاکرات');
    });
  });

  describe('from topic-id and .chronology', () => {
    it('shows the topic’s label and colour', async () => {
      const el = await fixture<TopicBadge>(html`<topic-badge topic-id="nuclear" .chronology=${june}></topic-badge>`);
      expect(label(el)).to.equal('Nuclear programme');
      expect(parseColor(getComputedStyle(part(el)).backgroundColor).slice(0, 3)).to.deep.equal(
        hexToRgb(fillForText(june.topics.find((t) => t.id === 'nuclear')!.color!)).slice(0, 3),
      );
      el.topicId = 'ceasefire';
      await el.updateComplete;
      expect(label(el)).to.equal('Ceasefire');
    });

    it('shows the id when the topic is unknown', async () => {
      const el = await fixture<TopicBadge>(html`<topic-badge topic-id="no-such-topic" .chronology=${june}></topic-badge>`);
      expect(label(el)).to.equal('no-such-topic');
    });
  });

  describe('from topic-id and data: the chronology JSON, as the timeline takes it', () => {
    it('renders the topic from the JSON given to .data, or to .chronology (as earlier versions documented it)', async () => {
      const json = await loadDataset();
      const a = await fixture<TopicBadge>(html`<topic-badge topic-id="diplomacy" .data=${json}></topic-badge>`);
      expect(label(a)).to.equal('Diplomacy');
      const b = await fixture<TopicBadge>(html`<topic-badge topic-id="diplomacy"></topic-badge>`);
      b.chronology = json;
      await b.updateComplete;
      expect(label(b)).to.equal('Diplomacy');
      expect(b.chronology).to.equal(a.chronology);
      expect(b.problems).to.deep.equal([]);
      const c = await fixture<TopicBadge>(html`<topic-badge topic-id="diplomacy" .data=${JSON.stringify(json)}></topic-badge>`);
      expect(label(c)).to.equal('Diplomacy');
    });

    it('given data that is not a chronology, shows the id marked, lists the timeline’s problems and says why to screen readers', async () => {
      const input = { schemaVersion: 2, id: 'x', title: 'X', events: 'none' };
      const el = await fixture<TopicBadge>(html`<topic-badge topic-id="diplomacy" .data=${input}></topic-badge>`);
      const timeline = await fixture<EventTimeline>(html`<event-timeline .data=${input}></event-timeline>`);
      await timeline.updateComplete;
      expect(el.problems).to.deep.equal(timeline.problems);
      expect(el.problems).to.have.length(1);
      expect(label(el)).to.equal('diplomacy');
      expect(part(el).classList.contains('unknown')).to.be.true;
      expect(getComputedStyle(part(el), '::before').content).to.contain('⚠');
      expect(sr(el).querySelector('[part=error]')!.textContent).to.equal(formatProblem(el.problems[0]!));
      await expect(el).to.be.accessible();
    });

    it('an unknown topic-id is a problem, in the words the timeline uses', async () => {
      const el = await fixture<TopicBadge>(html`<topic-badge topic-id="no-such-topic" .data=${smallChronology()}></topic-badge>`);
      expect(el.problems).to.deep.equal([
        { path: 'topics', message: "unknown topic 'no-such-topic': no topic in topics[] has this id", severity: 'error' },
      ]);
      expect(label(el)).to.equal('no-such-topic');
      expect(sr(el).querySelector('[part=error]')!.textContent).to.contain("unknown topic 'no-such-topic'");
    });

    it('a known topic shows no error and reports no problem', async () => {
      const el = await fixture<TopicBadge>(html`<topic-badge topic-id="talks" .data=${smallChronology()}></topic-badge>`);
      expect(el.problems).to.deep.equal([]);
      expect(sr(el).querySelector('[part=error]')).to.not.exist;
      expect(part(el).classList.contains('unknown')).to.be.false;
    });
  });

  describe('contrast', () => {
    it('has text contrast ≥ 4.5:1 on every topic colour of the dataset (plain label)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="background: #ffffff">${june.topics.map((t) => html`<topic-badge topic-id=${t.id} .chronology=${june}></topic-badge>`)}</div>`,
      );
      const badges = [...wrapper.querySelectorAll<TopicBadge>('topic-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(badges).to.have.length(16);
      const low: string[] = [];
      badges.forEach((b, i) => {
        const topic = june.topics[i]!;
        // The pill really is in the topic's colour (a mid-tone darkened just enough for its text).
        expect(parseColor(getComputedStyle(part(b)).backgroundColor).slice(0, 3), topic.id).to.deep.equal(
          hexToRgb(fillForText(topic.color!)).slice(0, 3),
        );
        const ratio = textContrast(b);
        if (ratio < 4.5) low.push(`${topic.id} ${topic.color}: ${ratio.toFixed(2)}`);
      });
      expect(low).to.deep.equal([]);
    });

    it('has text contrast ≥ 4.5:1 in the timeline’s filter bar, pressed and not', async () => {
      const data = await loadDataset();
      const el: EventTimeline = await renderTimeline(
        html`<div style="background: #ffffff"><event-timeline .data=${data}></event-timeline></div>`,
      );
      const badges = [...sr(el).querySelectorAll<TopicBadge>('[part=filters] topic-badge')];
      expect(badges.length).to.be.at.least(10);
      const low: string[] = [];
      for (const b of badges) {
        await b.updateComplete;
        const before = textContrast(b);
        if (before < 4.5) low.push(`${b.topic?.id} off: ${before.toFixed(2)}`);
      }
      el.activeTopics = badges.map((b) => b.topic!.id);
      await el.updateComplete;
      for (const b of badges) {
        await b.updateComplete;
        expect(b.pressed, `${b.topic?.id} pressed`).to.be.true;
        const after = textContrast(b);
        if (after < 4.5) low.push(`${b.topic?.id} on: ${after.toFixed(2)}`);
      }
      expect(low).to.deep.equal([]);
    });
  });

  describe('linked to a timeline with for', () => {
    async function linkedSetup() {
      const el = await renderTimeline(html`<div>
        <event-timeline id="tl" group-by="none" .data=${smallChronology()}></event-timeline>
        <topic-badge for="tl" topic-id="strikes"></topic-badge>
      </div>`);
      const badge = el.parentElement!.querySelector<TopicBadge>('topic-badge')!;
      await badge.updateComplete;
      return { el, badge };
    }

    it('is a toggle button with the timeline’s topic label', async () => {
      const { badge } = await linkedSetup();
      expect(part(badge).localName).to.equal('button');
      expect(part(badge).getAttribute('aria-pressed')).to.equal('false');
      expect(label(badge)).to.equal('Strikes');
    });

    it('toggles pressed, fires topic-toggle and filters the timeline on click', async () => {
      const { el, badge } = await linkedSetup();
      const toggled = oneEvent(document, 'topic-toggle');
      const filtered = oneEvent(el, 'filter-change');
      part(badge).click();
      const ev = await toggled;
      expect(ev.target).to.equal(badge);
      expect(ev.bubbles && ev.composed).to.be.true;
      expect(ev.detail).to.deep.equal({ id: 'strikes', active: true });
      expect((await filtered).detail.topics).to.deep.equal(['strikes']);
      await badge.updateComplete;
      await el.updateComplete;
      expect(badge.pressed).to.be.true;
      expect(badge.hasAttribute('pressed')).to.be.true;
      expect(part(badge).getAttribute('aria-pressed')).to.equal('true');
      expect(el.activeTopics).to.deep.equal(['strikes']);
      expect([...idsOf(marks(el))].sort()).to.deep.equal(['e2', 'e5']);

      const untoggled = oneEvent(document, 'topic-toggle');
      part(badge).click();
      expect((await untoggled).detail).to.deep.equal({ id: 'strikes', active: false });
      await badge.updateComplete;
      await el.updateComplete;
      expect(badge.pressed).to.be.false;
      expect(el.activeTopics).to.deep.equal([]);
      expect(idsOf(marks(el)).size).to.equal(5);
    });

    it('follows filter changes made on the timeline', async () => {
      const { el, badge } = await linkedSetup();
      el.activeTopics = ['strikes', 'trade'];
      await el.updateComplete;
      await badge.updateComplete;
      expect(badge.pressed).to.be.true;
      el.setTopicActive('strikes', false);
      await el.updateComplete;
      await badge.updateComplete;
      expect(badge.pressed).to.be.false;
      expect([...idsOf(marks(el))]).to.deep.equal(['e3']);
    });

    it('shows the topic label once a timeline loaded from src has its data', async () => {
      const el = await renderTimeline(html`<div>
        <event-timeline id="tl-src" style="height: auto" src=${DATASET_URL}></event-timeline>
        <topic-badge for="tl-src" topic-id="military"></topic-badge>
      </div>`);
      const badge = el.parentElement!.querySelector<TopicBadge>('topic-badge')!;
      await badge.updateComplete;
      expect(label(badge)).to.equal('Military operations');
      expect(parseColor(getComputedStyle(part(badge)).borderTopColor).slice(0, 3)).to.deep.equal(
        hexToRgb(fillForText('#ca5900')).slice(0, 3),
      );
      part(badge).click();
      await el.updateComplete;
      const military = june.events.filter((e) => e.topics.includes('military')).map((e) => e.id);
      expect([...idsOf(marks(el))].sort()).to.deep.equal([...military].sort());
    });
  });
});
