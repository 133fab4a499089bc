// The single-file CDN bundle (built by `npm run build` before the browser
// tests run) is what plain HTML pages load: check it registers all three
// tags and renders like the sources, minified templates included.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

describe('dist/cdn/chronoline.min.js', () => {
  before(async () => {
    // A path on the test server; kept in a variable so esbuild leaves the import alone.
    const url = '/dist/cdn/chronoline.min.js';
    await import(/* @vite-ignore */ url);
  });

  it('registers <event-timeline>, <actor-card> and <topic-badge>', () => {
    for (const tag of ['event-timeline', 'actor-card', 'topic-badge']) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the June 2025 chronology from src with every event and readable separators', async () => {
    const el = await fixture<HTMLElement>(html`<event-timeline src="/dist/data/june-2025-diplomacy.json" style="width: 1000px"></event-timeline>`);
    await oneEvent(el, 'rendered');
    const root = el.shadowRoot!;
    const ids = new Set([...root.querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('data-id')));
    expect(ids.size).to.equal(80);
    expect(root.querySelector('.sub')!.textContent).to.match(/^80 events · Shown in Asia\/Tehran \(GMT\+3:30\)$/);
    await expect(el).to.be.accessible();
  });

  it('shows an actor card with its kind and event count separated by " · "', async () => {
    const el = await fixture<HTMLElement>(html`<event-timeline src="/dist/data/june-2025-diplomacy.json" selected="putin-araghchi-kremlin-meeting"></event-timeline>`);
    await oneEvent(el, 'rendered');
    const card = el.shadowRoot!.querySelector('actor-card[actor-id="vladimir-putin"]') as HTMLElement & { updateComplete: Promise<unknown> };
    await card.updateComplete;
    const count = card.shadowRoot!.querySelector('[part=count]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(count).to.equal('Person · 10 events');
  });

  it('refuses to register a tag twice without throwing (the first definition wins)', async () => {
    const first = customElements.get('event-timeline');
    const url = '/dist/cdn/chronoline.min.js?copy=2';
    await import(/* @vite-ignore */ url);
    expect(customElements.get('event-timeline')).to.equal(first);
  });
});
