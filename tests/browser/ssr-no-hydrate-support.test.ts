// Server-rendered <event-timeline> on a page that loads the component without
// Lit's hydrate support (@lit-labs/ssr-client/lit-element-hydrate-support.js),
// as a framework page easily does: the element renders afresh in place of the
// server's DOM, never beside it (Lit alone would keep the server's nodes and
// render a second copy after them).
import { expect } from '@open-wc/testing';
import type { EventTimeline } from '../../src/index.js';

describe('server-rendered <event-timeline> without hydrate support', () => {
  it('shows the list once: 80 items, not 160, and stays interactive', async () => {
    const res = await fetch('/__ssr/timeline?view=list');
    const host = document.createElement('div');
    host.style.width = '960px';
    document.body.append(host);
    host.setHTMLUnsafe(await res.text());
    const el = host.querySelector<EventTimeline>('event-timeline')!;
    expect(el.shadowRoot!.querySelectorAll('li.item').length).to.equal(80);
    const serverItem = el.shadowRoot!.querySelector('li.item');
    expect((globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport).to.equal(undefined);

    await import('../../src/components/event-timeline/event-timeline.js');
    await el.updateComplete;
    expect(el.chronology?.events.length).to.equal(80);
    expect(el.shadowRoot!.querySelectorAll('li.item').length).to.equal(80);
    expect(el.shadowRoot!.querySelectorAll('ol.days').length).to.equal(1);
    // Rendered afresh: the server's nodes are gone.
    expect(serverItem!.isConnected).to.be.false;
    host.remove();
  });
});
