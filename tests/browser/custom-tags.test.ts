// The classes under other tag names (chronoline/classes.js registers none):
// cards and badges find a <my-timeline> they sit in or are linked to with
// `for`, render its actors and topics, and filter it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ActorCard, EventTimeline, TopicBadge } from '../../src/classes.js';
import { idsOf, marks, smallChronology, sr, waitFor } from './helpers.js';

customElements.define('my-timeline', class extends EventTimeline {});
customElements.define('my-card', class extends ActorCard {});
customElements.define('my-badge', class extends TopicBadge {});

const text = (el: Element, part: string) =>
  sr(el).querySelector(`[part=${part}]`)?.textContent?.replace('✓', '').replace(/\s+/g, ' ').trim() ?? null;
const badgePart = (b: Element) => sr(b).querySelector<HTMLElement>('[part=badge]')!;

/** A fixture with a <my-timeline> in it, once the timeline has rendered its data. */
async function render(template: ReturnType<typeof html>) {
  const rendered = oneEvent(document, 'rendered');
  const root = await fixture<HTMLElement>(template);
  const timeline = (root.localName === 'my-timeline' ? root : root.querySelector('my-timeline')) as EventTimeline;
  await rendered;
  await timeline.updateComplete;
  return { root, timeline };
}

describe('custom tag names (chronoline/classes.js)', () => {
  it('registers nothing itself: no <event-timeline>, <actor-card> or <topic-badge>', () => {
    expect(customElements.get('event-timeline')).to.be.undefined;
    expect(customElements.get('actor-card')).to.be.undefined;
    expect(customElements.get('topic-badge')).to.be.undefined;
  });

  it('a card and a badge inside <my-timeline> render its actor and topic, and the badge filters it', async () => {
    const { timeline } = await render(html`<my-timeline group-by="none" .data=${smallChronology()}>
      <my-card actor-id="bob"></my-card>
      <my-badge slot="filters" topic-id="strikes"></my-badge>
    </my-timeline>`);
    const card = timeline.querySelector<ActorCard>('my-card')!;
    const badge = timeline.querySelector<TopicBadge>('my-badge')!;
    await card.updateComplete;
    await badge.updateComplete;
    expect(text(card, 'name')).to.equal('Bob Brown');
    expect(text(card, 'count')).to.equal('Person · 2 events');
    expect(card.chronology).to.equal(timeline.chronology);
    expect(badgePart(badge).localName).to.equal('button');
    expect(text(badge, 'badge')).to.equal('Strikes');

    badgePart(badge).click();
    await timeline.updateComplete;
    await badge.updateComplete;
    expect(timeline.activeTopics).to.deep.equal(['strikes']);
    expect(badge.pressed).to.be.true;
    expect([...idsOf(marks(timeline))].sort()).to.deep.equal(['e2', 'e5']);
  });

  it("<my-timeline>'s own filter bar and details panel draw their badges and cards (the inner names are defined when the page left them free)", async () => {
    const { timeline } = await render(html`<my-timeline group-by="none" .data=${smallChronology()}></my-timeline>`);
    const badges = [...sr(timeline).querySelectorAll<TopicBadge>('[part=filters] topic-badge')];
    expect(badges.length).to.equal(3);
    await Promise.all(badges.map((b) => b.updateComplete));
    expect(badges.map((b) => text(b, 'badge'))).to.deep.equal(['Talks', 'Strikes', 'Trade']);
    timeline.selectEvent('e1');
    await timeline.updateComplete;
    const cards = await waitFor(() => {
      const found = [...sr(timeline).querySelectorAll<ActorCard>('[part=details] actor-card')];
      return found.length && found.every((c) => text(c, 'name')) ? found : null;
    }, 'the details show the actors as cards');
    expect(cards.length).to.equal(2);
    expect(text(cards[0]!, 'name')).to.match(/^Alice Adams/);
    expect(text(cards[1]!, 'name')).to.equal('Bob Brown');
  });

  it('a card and a badge linked with for="id" read <my-timeline>; the badge filters it and follows its filter', async () => {
    const { root, timeline } = await render(html`<div>
      <my-badge for="custom-tl" topic-id="trade"></my-badge>
      <my-card for="custom-tl" actor-id="alice"></my-card>
      <my-timeline id="custom-tl" group-by="none" .data=${smallChronology()}></my-timeline>
    </div>`);
    const card = root.querySelector<ActorCard>('my-card')!;
    const badge = root.querySelector<TopicBadge>('my-badge')!;
    await card.updateComplete;
    await badge.updateComplete;
    expect(text(card, 'name')).to.match(/^Alice Adams/);
    expect(text(badge, 'badge')).to.equal('Trade');
    expect(badgePart(badge).localName).to.equal('button');

    badgePart(badge).click();
    await timeline.updateComplete;
    expect([...idsOf(marks(timeline))]).to.deep.equal(['e3']);
    timeline.setTopicActive('trade', false);
    await badge.updateComplete;
    expect(badge.pressed).to.be.false;
  });

  it('a card whose timeline is defined after it finds the timeline once it is', async () => {
    const root = await fixture<HTMLElement>(html`<late-timeline group-by="none"><my-card actor-id="carol"></my-card></late-timeline>`);
    const card = root.querySelector<ActorCard>('my-card')!;
    await card.updateComplete;
    expect(text(card, 'name')).to.be.null;
    (root as EventTimeline & HTMLElement).data = smallChronology();
    customElements.define('late-timeline', class extends EventTimeline {});
    await waitFor(() => text(card, 'name') === 'Carol State', 'the card shows Carol');
    expect(text(card, 'count')).to.equal('State · 3 events');
  });

  it('a badge whose for="id" timeline is defined after it links to the timeline once it is', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <my-badge for="later-tl" topic-id="strikes"></my-badge>
      <later-timeline id="later-tl" group-by="none" .data=${smallChronology()}></later-timeline>
    </div>`);
    const badge = root.querySelector<TopicBadge>('my-badge')!;
    await badge.updateComplete;
    expect(text(badge, 'badge')).to.equal('strikes');
    const rendered = oneEvent(document, 'rendered');
    customElements.define('later-timeline', class extends EventTimeline {});
    await rendered;
    await waitFor(
      () => badgePart(badge).localName === 'button' && text(badge, 'badge') === 'Strikes',
      'the badge is a toggle with the label',
    );
    badgePart(badge).click();
    const timeline = root.querySelector<EventTimeline>('later-timeline')!;
    await timeline.updateComplete;
    expect([...idsOf(marks(timeline))].sort()).to.deep.equal(['e2', 'e5']);
  });

  it('takes a chronology set before the card was upgraded', async () => {
    const el = document.createElement('early-card') as ActorCard;
    el.setAttribute('actor-id', 'alice');
    (el as { chronology?: unknown }).chronology = smallChronology();
    document.body.append(el);
    try {
      customElements.define('early-card', class extends ActorCard {});
      await el.updateComplete;
      expect(text(el, 'name')).to.match(/^Alice Adams/);
      expect(el.chronology?.id).to.equal('small');
    } finally {
      el.remove();
    }
  });

  it('a badge whose for="id" names something that is not a timeline stays a plain label and does not throw', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <my-badge for="not-a-timeline" topic-id="talks" .data=${smallChronology()}></my-badge>
      <div id="not-a-timeline"></div>
    </div>`);
    const badge = root.querySelector<TopicBadge>('my-badge')!;
    await badge.updateComplete;
    expect(badgePart(badge).localName).to.equal('span');
    expect(text(badge, 'badge')).to.equal('Talks');
    badgePart(badge).click();
    expect(badge.pressed).to.be.false;
  });
});
