// Plain Lit SSR and hydration: the HTML comes from Node with @lit-labs/ssr's
// own render(html`<event-timeline .data=${june}>`) and no helper (the
// /__ssr/plain route of tests/ssr-routes.mjs), as Astro's, Eleventy's and
// Next.js's Lit integrations make it. It holds the list view with every
// title; the component hydrates it (keeps the server's nodes, no errors), then
// shows the chart its real width calls for.
//
// The hydrate support must be evaluated before lit-element: it is this file's
// first import, and the component is imported later, once the server's DOM is in.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { collectPageErrors } from './page-errors.js';
import json from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import type { EventTimeline } from '../../src/index.js';

const MEETING = 'putin-araghchi-kremlin-meeting';

const errors = collectPageErrors();

const titleOf = (t: string | Record<string, string>) => (typeof t === 'string' ? t : t.en!);

describe('plain @lit-labs/ssr <event-timeline .data=${june}> (no helper)', () => {
  let host: HTMLDivElement;
  let el: EventTimeline;
  let item: Element;
  let rootNodes: Node[];

  before(async () => {
    const res = await fetch('/__ssr/plain');
    expect(res.ok).to.be.true;
    host = document.createElement('div');
    host.style.width = '960px';
    document.body.append(host);
    host.setHTMLUnsafe(await res.text());
    el = host.querySelector('event-timeline')!;
  });

  after(() => host.remove());

  it('arrives as declarative shadow DOM holding the list with all 80 titles', () => {
    expect(customElements.get('event-timeline')).to.equal(undefined);
    const items = [...el.shadowRoot!.querySelectorAll('ol.days li.item')];
    expect(items.length).to.equal(80);
    const shown = new Set(items.map((li) => li.querySelector('.item-title')!.textContent!.trim()));
    const missing = json.events.map((e) => titleOf(e.title as string | Record<string, string>)).filter((t) => !shown.has(t));
    expect(missing).to.deep.equal([]);
    item = el.shadowRoot!.querySelector(`li.item[data-id="${MEETING}"]`)!;
    expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
    rootNodes = [...el.shadowRoot!.childNodes];
  });

  it('hydrates: the data property (as the page’s own hydration would set it), the same nodes, no errors', async () => {
    errors.length = 0;
    // What `hydrate()` of the page's template does for `.data=${june}`: the property, set before the element upgrades.
    (el as unknown as { data: unknown }).data = json;
    await import('../../src/components/event-timeline/event-timeline.js');
    // The render that hydrates is checked as it ends: `updateComplete` also waits for the reader's tools, whose
    // arrival renders again, and that render shows the chart the 960 px width calls for (the next test).
    // (Identity checks as booleans: a failed DOM comparison would make the reporter walk the whole DOM.)
    let hydrated: { view: string; sameItem: boolean; sameRoot: boolean } | undefined;
    el.addController({
      hostUpdated: () =>
        void (hydrated ??= {
          view: el.shadowRoot!.querySelector('[part~=chart],[part~=list]')?.getAttribute('part') ?? '',
          sameItem: el.shadowRoot!.querySelector(`li.item[data-id="${MEETING}"]`) === item,
          sameRoot:
            [...el.shadowRoot!.childNodes].every((n, i) => n === rootNodes[i]) && el.shadowRoot!.childNodes.length === rootNodes.length,
        }),
    });
    await el.updateComplete;
    expect(el.chronology?.events.length).to.equal(80);
    expect(hydrated).to.deep.equal({ view: 'list', sameItem: true, sameRoot: true });
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });

  it('then shows the chart at its real width, and a click on a mark fires event-select', async () => {
    let mark: SVGGElement | null = null;
    for (let i = 0; i < 100 && !mark; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      mark = el.shadowRoot!.querySelector<SVGGElement>(`g.mark.primary[data-id="${MEETING}"]`);
    }
    const s = el as unknown as { _size: { width: number }; _currentView(): string };
    expect(
      mark,
      `the meeting mark (width ${s._size.width}, view ${s._currentView()}, ${el.shadowRoot!.querySelector('[part~=chart],[part~=list]')?.getAttribute('part')})`,
    ).to.exist;
    const selected: string[] = [];
    el.addEventListener('event-select', (e) => selected.push((e as CustomEvent<{ id: string }>).detail.id));
    mark!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(selected).to.deep.equal([MEETING]);
    expect(errors, errors.join('\n')).to.deep.equal([]);
  });
});
