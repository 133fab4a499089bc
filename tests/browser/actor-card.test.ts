import { expect, fixture, html } from '@open-wc/testing';
import { formatProblem } from '../../src/schema/index.js';
import '../../src/index.js';
import { parseChronology, type Chronology } from '../../src/schema/index.js';
import type { ActorCard, EventTimeline } from '../../src/classes.js';
import { loadDataset, renderTimeline, smallChronology, sr } from './helpers.js';

/** The name as shown, without the native-script name after it. */
function shownName(card: Element): string {
  const name = sr(card).querySelector('[part=name]')!.cloneNode(true) as HTMLElement;
  name.querySelector('[part=native-name]')?.remove();
  return name.textContent!.replace(/\s+/g, ' ').trim();
}
const partText = (card: Element, part: string) =>
  sr(card).querySelector(`[part=${part}]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('<actor-card>', () => {
  let june: Chronology;
  before(async () => {
    const { chronology, problems } = parseChronology(await loadDataset());
    expect(problems).to.deep.equal([]);
    june = chronology!;
  });

  it('passes axe (an actor with a native-script name, from a chronology)', async () => {
    const el = await fixture<ActorCard>(html`<actor-card actor-id="abbas-araghchi" .chronology=${june}></actor-card>`);
    expect(sr(el).querySelector('[part=card]')).to.exist;
    await expect(el).to.be.accessible();
  });

  describe('from the .actor property', () => {
    const actor = {
      id: 'alice',
      name: 'Alice Adams',
      nativeName: { lang: 'fa', text: 'آلیس آدامز' },
      kind: 'person' as const,
      role: 'Envoy',
      country: 'Atlantis',
    };

    it('shows the name, native name, role, country, kind and initials', async () => {
      const el = await fixture<ActorCard>(html`<actor-card .actor=${actor}></actor-card>`);
      expect(shownName(el)).to.equal('Alice Adams');
      const native = sr(el).querySelector('[part=native-name]')!;
      expect(native.textContent).to.equal('آلیس آدامز');
      expect(native.getAttribute('lang')).to.equal('fa');
      expect(partText(el, 'meta')).to.equal('Envoy · Atlantis');
      expect(partText(el, 'count')).to.equal('Person');
      const avatar = sr(el).querySelector('[part=avatar]')!;
      expect(avatar.textContent!.trim()).to.equal('AA');
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows no event count without a chronology, and the given event-count and event-role', async () => {
      const el = await fixture<ActorCard>(html`<actor-card .actor=${actor}></actor-card>`);
      expect(partText(el, 'count')).to.not.match(/event/);
      el.eventCount = 3;
      el.eventRole = 'host';
      await el.updateComplete;
      expect(partText(el, 'count')).to.equal('Person · 3 events');
      expect(partText(el, 'meta')).to.equal('Envoy · Atlantis — host');
      expect(sr(el).querySelector('[part=meta] em')!.textContent).to.equal('host');
    });

    it('takes precedence over actor-id', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor-id="donald-trump" .chronology=${june} .actor=${actor}></actor-card>`);
      expect(shownName(el)).to.equal('Alice Adams');
    });

    it('shows an image only for an http(s) URL', async () => {
      const withImage = { ...actor, image: { url: 'https://example.com/alice.jpg', alt: 'Alice at a podium' } };
      const el = await fixture<ActorCard>(html`<actor-card .actor=${withImage}></actor-card>`);
      const img = sr(el).querySelector('[part=avatar] img')!;
      expect(img.getAttribute('src')).to.equal('https://example.com/alice.jpg');
      expect(img.getAttribute('alt')).to.equal('Alice at a podium');

      el.actor = { ...actor, image: { url: 'javascript:alert(1)', alt: 'x' } };
      await el.updateComplete;
      expect(sr(el).querySelector('[part=avatar] img')).to.not.exist;
      expect(sr(el).querySelector('[part=avatar]')!.textContent!.trim()).to.equal('AA');
    });

    it('picks the localized name for its lang', async () => {
      const el = await fixture<ActorCard>(
        html`<actor-card lang="fr" .actor=${{ ...actor, name: { en: 'Alice Adams', fr: 'Alice Adam' }, role: { en: 'Envoy', fr: 'Émissaire' } }}></actor-card>`,
      );
      expect(shownName(el)).to.equal('Alice Adam');
      expect(partText(el, 'meta')).to.contain('Émissaire');
    });
  });

  describe('from actor-id and .chronology', () => {
    it('shows the actor and the number of events it takes part in', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor-id="abbas-araghchi" .chronology=${june}></actor-card>`);
      expect(shownName(el)).to.equal('Abbas Araghchi');
      expect(partText(el, 'meta')).to.equal('Foreign Minister of Iran · Iran');
      expect(partText(el, 'count')).to.equal('Person · 20 events');
    });

    it('counts each actor’s own events', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor-id="donald-trump" .chronology=${june}></actor-card>`);
      expect(partText(el, 'count')).to.contain('24 events');
      el.actorId = 'vladimir-putin';
      await el.updateComplete;
      expect(shownName(el)).to.equal('Vladimir Putin');
      expect(partText(el, 'count')).to.contain('10 events');
      expect(el.getAttribute('actor-id')).to.equal('vladimir-putin');
    });

    it('uses the singular for one event', async () => {
      const { chronology } = parseChronology(smallChronology());
      const el = await fixture<ActorCard>(html`<actor-card actor-id="alice" .chronology=${chronology}></actor-card>`);
      expect(partText(el, 'count')).to.equal('Person · 2 events');
      const { chronology: one } = parseChronology({ ...smallChronology(), events: smallChronology().events.slice(0, 1) });
      el.chronology = one;
      await el.updateComplete;
      expect(partText(el, 'count')).to.equal('Person · 1 event');
    });

    it('shows the id when the actor is not in the chronology', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor-id="nobody-at-all" .chronology=${june}></actor-card>`);
      expect(sr(el).querySelector('[part=card]')!.textContent).to.contain('nobody-at-all');
      expect(sr(el).querySelector('[part=name]')).to.not.exist;
    });

    for (const [id, lang, text] of [
      ['abbas-araghchi', 'fa', 'عباس عراقچی'],
      ['benjamin-netanyahu', 'he', 'בנימין נתניהו'],
      ['vladimir-putin', 'ru', 'Владимир Путин'],
      ['xi-jinping', 'zh', '习近平'],
      ['badr-albusaidi', 'ar', 'بدر البوسعيدي'],
    ] as const) {
      it(`marks the native-script name of ${id} with lang="${lang}"`, async () => {
        const el = await fixture<ActorCard>(html`<actor-card actor-id=${id} .chronology=${june}></actor-card>`);
        const native = sr(el).querySelector('[part=native-name]')!;
        expect(native).to.exist;
        expect(native.textContent!.trim()).to.equal(text);
        expect(native.getAttribute('lang')).to.equal(lang);
        expect(native.getAttribute('dir')).to.equal('auto');
        // The Latin-script name itself is not marked as that language.
        expect(sr(el).querySelector('[part=name]')!.getAttribute('lang')).to.be.null;
      });
    }

    it('has no native-name part for an actor without one', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor-id="donald-trump" .chronology=${june}></actor-card>`);
      expect(sr(el).querySelector('[part=native-name]')).to.not.exist;
    });
  });

  describe('from actor-id and data: the chronology JSON, as the timeline takes it', () => {
    let json: any;
    before(async () => {
      json = await loadDataset();
    });

    it('renders the actor from the JSON object given to .chronology (as earlier versions documented it)', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor-id="abbas-araghchi"></actor-card>`);
      el.chronology = json;
      await el.updateComplete;
      expect(shownName(el)).to.equal('Abbas Araghchi');
      expect(partText(el, 'count')).to.equal('Person · 20 events');
      expect(el.chronology?.actorsById.get('abbas-araghchi')?.name).to.equal('Abbas Araghchi');
      expect(el.problems).to.deep.equal([]);
    });

    for (const [what, input] of [
      ['the JSON object', () => json],
      ['the JSON text', () => JSON.stringify(json)],
      ['a parsed Chronology', () => june],
    ] as const) {
      it(`renders the actor from .data = ${what}`, async () => {
        const el = await fixture<ActorCard>(html`<actor-card actor-id="vladimir-putin" .data=${input()}></actor-card>`);
        expect(shownName(el)).to.equal('Vladimir Putin');
        expect(partText(el, 'count')).to.equal('Person · 10 events');
      });
    }

    it('cards given the same object share one parse', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <actor-card actor-id="abbas-araghchi" .data=${json}></actor-card><actor-card actor-id="donald-trump" .data=${json}></actor-card>
      </div>`);
      const [a, b] = [...root.querySelectorAll<ActorCard>('actor-card')];
      expect(a!.chronology).to.exist;
      expect(a!.chronology).to.equal(b!.chronology);
    });

    it('inside a timeline given the same object, reads the timeline’s parsed chronology', async () => {
      const data = smallChronology();
      const el = await renderTimeline(
        html`<event-timeline .data=${data}><actor-card actor-id="alice" .data=${data}></actor-card></event-timeline>`,
      );
      const card = el.querySelector<ActorCard>('actor-card')!;
      await card.updateComplete;
      expect(card.chronology).to.equal(el.chronology);
      expect(shownName(card)).to.equal('Alice Adams');
    });

    for (const [what, input] of [
      ['a number', 42],
      ['text that is not JSON', '{"schemaVersion": 1, '],
      ['an array', []],
      ['an object without events', { schemaVersion: 1, id: 'x', title: 'X' }],
    ] as const) {
      it(`given ${what}, shows the id and the timeline’s reason, and lists the same problems (no exception)`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.error);
        window.addEventListener('error', onError);
        try {
          const el = await fixture<ActorCard>(html`<actor-card actor-id="abbas-araghchi" .data=${input}></actor-card>`);
          const timeline = await fixture<EventTimeline>(html`<event-timeline .data=${input}></event-timeline>`);
          await timeline.updateComplete;
          expect(el.problems.length).to.be.greaterThan(0);
          expect(el.problems).to.deep.equal(timeline.problems);
          expect(el.problems).to.deep.equal(parseChronology(input).problems);
          expect(el.chronology).to.be.null;
          expect(partText(el, 'card')).to.contain('abbas-araghchi');
          expect(partText(el, 'error')).to.contain(formatProblem(el.problems[0]!));
          expect(sr(el).querySelector('[part=name]')).to.not.exist;
          await expect(el).to.be.accessible();
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }

    it('an actor-id that is not in the chronology is a problem, in the words the timeline uses for an event’s reference', async () => {
      const el = await fixture<ActorCard>(html`<actor-card actor-id="nobody-at-all" .data=${smallChronology()}></actor-card>`);
      const refersToNobody = smallChronology();
      refersToNobody.events[0].actors = [{ id: 'nobody-at-all' }];
      const { problems } = parseChronology(refersToNobody);
      expect(el.problems.map((p) => p.message)).to.deep.equal([problems[0]!.message]);
      expect(el.problems[0]!.path).to.equal('actors');
      expect(partText(el, 'error')).to.contain("unknown actor 'nobody-at-all'");
    });

    it('an actor left out as invalid points to its problem, as the timeline does', async () => {
      const data = smallChronology();
      data.actors[1].kind = 'robot';
      const el = await fixture<ActorCard>(html`<actor-card actor-id="bob" .data=${data}></actor-card>`);
      const timelineProblems = parseChronology(data).problems;
      // Its own problem (actors[1].kind) comes first, then why the card shows no actor.
      expect(el.problems.slice(0, -1)).to.deep.equal(timelineProblems);
      const last = el.problems.at(-1)!;
      expect(last.message).to.equal("actor 'bob' was left out because it is invalid (see actors[1])");
      expect(timelineProblems.map((p) => p.message)).to.include(last.message);
    });

    it('with no actor-id and no actor, renders nothing and reports nothing', async () => {
      const el = await fixture<ActorCard>(html`<actor-card .data=${smallChronology()}></actor-card>`);
      expect(sr(el).querySelector('[part=card]')).to.not.exist;
      expect(el.problems).to.deep.equal([]);
    });
  });

  describe('linked to a timeline with for', () => {
    it('links when for is set after the card is on the page (as React sets props)', async () => {
      const el = await renderTimeline(html`<div><event-timeline id="late-for" .data=${smallChronology()}></event-timeline></div>`);
      const card = document.createElement('actor-card');
      card.actorId = 'bob';
      el.parentElement!.append(card); // connected, first update not yet run…
      card.for = 'late-for'; // …when the prop arrives
      await card.updateComplete;
      expect(shownName(card)).to.equal('Bob Brown');
    });

    it('reads the timeline’s chronology once it has loaded', async () => {
      const el = await renderTimeline(html`<div>
        <actor-card for="card-tl" actor-id="carol"></actor-card>
        <event-timeline id="card-tl" .data=${smallChronology()}></event-timeline>
      </div>`);
      const card = el.parentElement!.querySelector<ActorCard>('actor-card')!;
      await card.updateComplete;
      expect(shownName(card)).to.equal('Carol State');
      expect(card.chronology).to.equal(el.chronology);
      el.data = { ...smallChronology(), id: 'other', actors: [{ id: 'carol', name: 'Carol Again', kind: 'state' }] };
      await el.updateComplete;
      await card.updateComplete;
      expect(shownName(card)).to.equal('Carol Again');
    });
  });

  describe('inside an <event-timeline>', () => {
    it('gets the chronology from the timeline through context', async () => {
      const el = await renderTimeline(
        html`<event-timeline .data=${smallChronology()}><actor-card actor-id="bob"></actor-card></event-timeline>`,
      );
      const card = el.querySelector<ActorCard>('actor-card')!;
      await card.updateComplete;
      expect(shownName(card)).to.equal('Bob Brown');
      expect(partText(card, 'count')).to.equal('Person · 2 events');
    });

    it('in the details panel, shows the selected event’s actors with their roles in it', async () => {
      const el: EventTimeline = await renderTimeline(html`<event-timeline .data=${smallChronology()}></event-timeline>`);
      el.selected = 'e1';
      await el.updateComplete;
      const cards = [...sr(el).querySelectorAll<ActorCard>('[part=details] actor-card')];
      expect(cards.map((c) => c.getAttribute('actor-id'))).to.deep.equal(['alice', 'bob']);
      await Promise.all(cards.map((c) => c.updateComplete));
      expect(shownName(cards[0]!)).to.equal('Alice Adams');
      expect(partText(cards[0]!, 'meta')).to.contain('host');
      expect(partText(cards[1]!, 'count')).to.contain('2 events');
    });
  });
});
