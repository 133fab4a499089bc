// A large `src` under the strict Content-Security-Policy of examples/csp.html
// (script-src 'self'; require-trusted-types-for 'script'), with the CDN build
// (`npm run build` first): the body is parsed in the module worker
// (dist/cdn/chunks/json-worker.js, started through our `chronoline-worker`
// Trusted Types policy), with zero policy violations (issue 21).
import { expect } from '@open-wc/testing';
import { openCspPage, type CspWindow } from './csp-page.js';
import { EVENTS_PER_MESSAGE } from '../../src/load/off-thread.js';

const N = 20_000; // about 6 MB of JSON: past the 1 MB from which a worker parses

async function until<T>(get: () => T | null | undefined | false): Promise<T> {
  for (;;) {
    const v = get();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('examples/csp.html: a large src under a strict CSP with Trusted Types', function () {
  this.timeout(120_000);
  let iframe: HTMLIFrameElement;
  after(() => iframe?.remove());

  it('is parsed in the worker, shown, with zero violations', async () => {
    iframe = await openCspPage();
    const win = iframe.contentWindow as CspWindow;
    const doc = iframe.contentDocument!;
    await until(() => win.customElements.get('event-timeline'));
    // Count the workers the page starts and the messages they send.
    const seen = { started: 0, messages: 0, urls: [] as string[] };
    const Real = win.Worker;
    win.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        seen.started++;
        seen.urls.push(String(url));
        this.addEventListener('message', () => seen.messages++);
      }
    };
    const from = win.chronolineCspViolations.length;
    const el = doc.createElement('event-timeline') as HTMLElement & { chronology: { events: unknown[] } | null };
    const shown = new Promise<CustomEvent<{ events: number }>>((resolve) =>
      el.addEventListener('data-load', (e) => resolve(e as CustomEvent<{ events: number }>), { once: true }),
    );
    el.setAttribute('src', `/__test/chronology?title=Big&events=${N}`);
    doc.body.append(el);
    expect((await shown).detail.events).to.equal(N);
    expect(seen.started, 'workers started').to.equal(1);
    expect(seen.urls[0]).to.match(/\/dist\/cdn\/chunks\/json-worker\.js$/);
    expect(seen.messages).to.equal(1 + Math.ceil(N / EVENTS_PER_MESSAGE));
    await new Promise((r) => setTimeout(r, 100));
    expect(win.chronolineCspViolations.slice(from)).to.deep.equal([]);
    el.remove();
  });
});
