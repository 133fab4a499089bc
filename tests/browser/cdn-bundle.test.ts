// The single-file CDN bundle (built by `npm run build` before the browser
// tests run) is what plain HTML pages load: check it registers all three
// tags (the card and the badge on first use, from their files beside it) and
// renders like the sources, minified templates included.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { generateChronology } from '../../bench/generate.mjs';
import { SLICED_FROM } from '../../src/schema/lazy-parse.js';

describe('dist/cdn/chronoline.min.js', () => {
  before(async () => {
    // A path on the test server; kept in a variable so esbuild leaves the import alone.
    const url = '/dist/cdn/chronoline.min.js';
    await import(/* @vite-ignore */ url);
  });

  // First: no test before it loads the full parser.
  it('draws a large chronology in the plain form (parsed in slices) without loading the full parser (schema.js)', async function () {
    this.timeout(120_000);
    const data = generateChronology(SLICED_FROM + 1, 3);
    const el = await fixture<HTMLElement & { data: unknown; problems: unknown[] }>(
      html`<event-timeline style="width: 1000px"></event-timeline>`,
    );
    const rendered = oneEvent(el, 'rendered');
    el.data = data;
    await rendered;
    expect(el.problems).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[part~="event"], [part~="cluster"]').length).to.be.greaterThan(0);
    const fetched = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    // The quick path's slices come in a small chunk of their own; the full parser (with valibot) stays unloaded.
    expect(
      fetched.some((p) => /^\/dist\/cdn\/chunks\/quick-slices-[\w-]+\.js$/.test(p)),
      fetched.join(' '),
    ).to.be.true;
    expect(fetched).not.to.include('/dist/cdn/schema.js');
  });

  it('registers <event-timeline> at once, and <actor-card> and <topic-badge> only once the page has one (their classes are not in the entry)', () => {
    expect(customElements.get('event-timeline')).to.be.a('function');
    for (const tag of ['actor-card', 'topic-badge']) expect(customElements.get(tag), tag).to.be.undefined;
  });

  it('an <actor-card> and a <topic-badge> added to the page load their classes, upgrade and render their inline JSON', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <actor-card
        ><script type="application/json">
          { "id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person", "role": "President of Russia", "country": "Russia" }
        </script></actor-card
      >
      <p><topic-badge><script type="application/json">{ "id": "nuclear", "label": "Nuclear programme", "color": "#8f4400" }</script></topic-badge></p>
    </div>`);
    await Promise.all([customElements.whenDefined('actor-card'), customElements.whenDefined('topic-badge')]);
    const card = root.querySelector('actor-card') as HTMLElement & { updateComplete: Promise<unknown> };
    const badge = root.querySelector('topic-badge') as HTMLElement & { updateComplete: Promise<unknown> };
    await card.updateComplete;
    await badge.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=name]')!.textContent!.trim()).to.equal('Vladimir Putin');
    expect(badge.shadowRoot!.querySelector('[part=badge]')!.textContent!.trim()).to.equal('Nuclear programme');
    // The classes, from the files beside the bundle, are the ones registered.
    const [cards, badges] = ['/dist/cdn/actor-card.js', '/dist/cdn/topic-badge.js'];
    expect(customElements.get('actor-card')).to.equal((await import(/* @vite-ignore */ cards)).ActorCard);
    expect(customElements.get('topic-badge')).to.equal((await import(/* @vite-ignore */ badges)).TopicBadge);
  });

  it('renders the June 2025 chronology from src with every event (drawn or in a "+N" cluster) and readable separators', async () => {
    // Listen first: updateComplete (which fixture() awaits) waits for the load, so `rendered` may come before fixture() returns.
    const rendered = oneEvent(document, 'rendered');
    const el = await fixture<HTMLElement>(
      html`<event-timeline src="/dist/data/june-2025-diplomacy.json" style="width: 1000px"></event-timeline>`,
    );
    await rendered;
    const root = el.shadowRoot!;
    const ids = new Set([...root.querySelectorAll('[part~="event"].primary')].map((m) => m.getAttribute('data-id')));
    const clustered = [...root.querySelectorAll('[part=cluster]')].reduce((n, k) => n + Number(k.getAttribute('data-primary')), 0);
    expect(ids.size + clustered).to.equal(80);
    expect(root.querySelector('.sub')!.textContent).to.match(/^80 events · Shown in Asia\/Tehran \(GMT\+3:30\)$/);
    await expect(el).to.be.accessible();
  });

  it('shows an actor card with its kind and event count separated by " · "', async () => {
    // Listen first: updateComplete (which fixture() awaits) waits for the load, so `rendered` may come before fixture() returns.
    const rendered = oneEvent(document, 'rendered');
    const el = await fixture<HTMLElement>(
      html`<event-timeline src="/dist/data/june-2025-diplomacy.json" selected="putin-araghchi-kremlin-meeting"></event-timeline>`,
    );
    await rendered;
    // The details panel comes in an on-demand chunk beside the bundle: updateComplete waits for it.
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const card = el.shadowRoot!.querySelector('actor-card[actor-id="vladimir-putin"]') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    const count = card.shadowRoot!.querySelector('[part=count]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(count).to.equal('Person · 10 events');
  });

  it('loads an interface language from its chunk beside the bundle (lang="fa": Persian buttons, right to left)', async () => {
    // Listen first: the catalog's load may let the first render finish before fixture() returns.
    const rendered = oneEvent(document, 'rendered');
    const el = await fixture<HTMLElement>(
      html`<event-timeline lang="fa" src="/dist/data/june-2025-diplomacy.json" style="width: 1000px"></event-timeline>`,
    );
    await rendered;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(root.querySelector('[data-view="list"]')!.textContent!.trim()).to.match(/[\u0600-\u06FF]/);
    expect(root.querySelector('.sub')!.textContent).to.match(/[۰-۹]/);
  });

  it('imports CSV from its chunk beside the bundle (format="csv")', async () => {
    const csv = 'id,title,start,end\nmoscow,Araghchi meets Putin,2025-06-23,\ngeneva,Geneva talks,2025-06-20,';
    const rendered = oneEvent(document, 'rendered');
    const el = await fixture<HTMLElement>(
      html`<event-timeline format="csv" src=${`data:text/csv,${encodeURIComponent(csv)}`} style="width: 1000px"></event-timeline>`,
    );
    await rendered;
    const ids = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('data-id'));
    expect(ids.sort()).to.deep.equal(['geneva', 'moscow']);
  });

  it('reads data the quick path does not take with the full parser from schema.js beside the bundle: the same problems, the rest drawn', async () => {
    const data = {
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [
        { id: 'good', title: 'Good', start: '2025-06-20' },
        { id: 'bad', title: 'Bad', start: '2025-13-01' },
      ],
    };
    // The first full render at the element's width (after the full parser's module has loaded).
    const rendered = oneEvent(document, 'rendered');
    const el = await fixture<HTMLElement & { data: unknown; problems: { path: string }[]; updateComplete: Promise<unknown> }>(
      html`<event-timeline .data=${data} style="width: 1000px"></event-timeline>`,
    );
    await rendered;
    await el.updateComplete;
    const url = '/dist/cdn/schema.js';
    const schema = await import(/* @vite-ignore */ url);
    expect(el.problems).to.deep.equal(schema.parseChronology(data, { baseUrl: document.baseURI }).problems);
    expect(el.problems.map((p) => p.path)).to.deep.equal(['events[1].start']);
    const ids = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('data-id'));
    expect(ids).to.deep.equal(['good']);
    // What chronoline/schema.js exports (the CDN entry leaves parseChronology to this file).
    for (const name of ['parseChronology', 'formatProblem', 'pickText', 'parseTimeValue', 'isTimeValue'])
      expect(schema[name], name).to.exist;
  });

  it('refuses to register a tag twice without throwing (the first definition wins)', async () => {
    const first = customElements.get('event-timeline');
    const url = '/dist/cdn/chronoline.min.js?copy=2';
    await import(/* @vite-ignore */ url);
    expect(customElements.get('event-timeline')).to.equal(first);
  });
});
