// The CDN bundle under a strict Content-Security-Policy: examples/csp.html
// (script-src 'self'; style-src 'self'; require-trusted-types-for 'script')
// loaded in an iframe must see zero securitypolicyviolation events while the
// timeline loads its data, renders, zooms and shows an event's details (with
// actor cards and topic badges). Controls check that the policy is really
// enforced on that page and that violations are really recorded.
import { expect } from '@open-wc/testing';
import { openCspPage, type CspWindow } from './csp-page.js';
import { frames } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(get: () => T | null | undefined | false, what: string, ms = 10_000): Promise<T> {
  const t0 = performance.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('examples/csp.html: a strict Content-Security-Policy', () => {
  let iframe: HTMLIFrameElement;
  let win: CspWindow;
  let doc: Document;

  before(async () => {
    iframe = await openCspPage();
    win = iframe.contentWindow as CspWindow;
    doc = iframe.contentDocument!;
  });

  after(() => iframe.remove());

  const timeline = () =>
    doc.querySelector('event-timeline') as
      | (HTMLElement & {
          updateComplete: Promise<unknown>;
          selected: string | null;
          chronology: { events: { id: string; actors: unknown[]; topics: unknown[] }[] };
        })
      | null;
  /** The violations recorded since the `from`-th one. */
  const violations = (from = 0) =>
    win.chronolineCspViolations.slice(from).map((v) => `${v.directive}: ${v.blocked || 'inline'} ${v.source} ${v.sample}`);
  const recorded = () => win.chronolineCspViolations.length;

  it('declares the policy in a meta tag and records violations from the start', () => {
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.match(/script-src 'self'( 'report-sample')?;/);
    expect(policy).to.match(/style-src 'self'( 'report-sample')?;/);
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.not.contain('unsafe-inline');
    expect(policy).to.not.contain('unsafe-eval');
    expect(win.chronolineCspViolations).to.be.an('array');
  });

  it('renders the June 2025 chronology from the CDN bundle with zero violations', async () => {
    const el = await until(() => timeline(), '<event-timeline>');
    await until(() => win.customElements.get('event-timeline'), 'the bundle to register <event-timeline>');
    const marks = await until(() => {
      const m = el.shadowRoot?.querySelectorAll('[part~="event"]');
      return m && m.length > 0 ? m : null;
    }, 'the marks');
    // Each event drawn or in a "+N" cluster (the default height leaves some in clusters).
    const drawn = new Set([...marks].filter((m) => m.classList.contains('primary')).map((m) => m.getAttribute('data-id'))).size;
    const clustered = [...el.shadowRoot!.querySelectorAll('[part=cluster]')].reduce(
      (n, k) => n + Number(k.getAttribute('data-primary')),
      0,
    );
    expect(drawn + clustered).to.equal(80);
    await frames(3);
    expect(violations()).to.deep.equal([]);
  });

  it('selects an event (details, actor cards, topic badges), zooms and filters with zero violations', async () => {
    const from = recorded();
    const el = timeline()!;
    const root = el.shadowRoot!;
    // A drawn mark of an event with actors and topics (cards and badges in its details).
    const rich = new Set(el.chronology.events.filter((e) => e.actors.length && e.topics.length).map((e) => e.id));
    const mark = [...root.querySelectorAll<SVGGElement>('[part~="event"][role="button"]')].find((m) =>
      rich.has(m.getAttribute('data-id')!),
    )!;
    expect(mark, 'a mark of an event with actors and topics').to.exist;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const details = await until(() => root.querySelector('[part=details]'), 'the details panel');
    const cards = [...details.querySelectorAll('actor-card')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    expect(cards.length).to.be.greaterThan(0);
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards[0]!.shadowRoot!.querySelector('[part=name]')!.textContent!.trim().length).to.be.greaterThan(0);
    const badges = [...details.querySelectorAll('topic-badge')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    expect(badges.length).to.be.greaterThan(0);
    await Promise.all(badges.map((b) => b.updateComplete));
    // Zoom in with the button, then filter by a topic from the filter bar.
    const zoomIn = root.querySelector<HTMLButtonElement>('[part=controls] button');
    zoomIn?.click();
    await el.updateComplete;
    const filter = root.querySelector('[part=filters] topic-badge') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    if (filter) {
      await filter.updateComplete;
      filter.shadowRoot!.querySelector<HTMLButtonElement>('button')?.click();
      await el.updateComplete;
    }
    await frames(3);
    await sleep(100);
    expect(violations(from)).to.deep.equal([]);
    expect(doc.getElementById('csp-report')!.textContent).to.equal('No Content-Security-Policy violations so far.');
    // The dynamic colours (topic badges, the details panel) were applied, not blocked.
    const pill = badges[0]!.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
    expect(pill.style.getPropertyValue('--_badge-color')).to.match(/^#[0-9a-f]{6}$/i);
    expect((details as HTMLElement).style.getPropertyValue('--_detail-color')).to.match(/^#[0-9a-f]{6}$/i);
  });

  it('switches to the list view and back with zero violations', async () => {
    const from = recorded();
    const el = timeline()!;
    el.setAttribute('view', 'list');
    await el.updateComplete;
    await frames(2);
    el.setAttribute('view', 'chart');
    await el.updateComplete;
    await frames(2);
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.greaterThan(0);
    expect(violations(from)).to.deep.equal([]);
  });

  // Issue 21, finding 8: DOMParser.parseFromString is a Trusted Types sink; the
  // importers give it their string through a policy of their own, `chronoline`.
  it('imports TimelineJS text with < and & (through the chronoline Trusted Types policy) with zero violations', async () => {
    const from = recorded();
    const el = doc.createElement('event-timeline') as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    el.setAttribute('view', 'list');
    el.data = {
      title: { text: { headline: 'Imported' } },
      events: [
        {
          start_date: { year: 2025, month: 6, day: 1 },
          // &check; is decoded by DOMParser only (the tokenizer knows the common entities): the DOM path ran.
          text: {
            headline: 'Ada &amp; <b>Charles</b>',
            text: '<p>1 &lt; 2 &hellip; &check; <a href="https://example.org/x">a link</a></p>',
          },
        },
      ],
    };
    doc.body.append(el);
    const text = await until(() => {
      const t = el.shadowRoot?.textContent ?? '';
      return t.includes('Ada & Charles') ? t : null;
    }, 'the imported title');
    expect(text).to.contain('1 < 2 … ✓ a link');
    expect(text).to.not.contain('&amp;');
    expect(violations(from)).to.deep.equal([]);
    el.remove();
  });

  // Controls: the same page does refuse what the policy forbids, and says so.
  describe('controls: the policy is enforced on that page', () => {
    afterEach(() => {
      win.chronolineCspViolations.length = 0;
    });

    it('refuses a string for innerHTML (Trusted Types) and records a violation', async () => {
      const div = doc.createElement('div');
      expect(() => {
        div.innerHTML = '<b>x</b>';
      }).to.throw(/TrustedHTML/);
      await until(
        () => win.chronolineCspViolations.some((v) => v.directive === 'require-trusted-types-for'),
        'the Trusted Types violation',
      );
    });

    it('refuses a style attribute set from script and records a violation', async () => {
      const p = doc.createElement('p');
      doc.body.append(p);
      p.setAttribute('style', 'color: rgb(255, 0, 0)');
      await until(() => win.chronolineCspViolations.some((v) => v.directive === 'style-src-attr'), 'the style-src-attr violation');
      expect(win.getComputedStyle(p).color).to.not.equal('rgb(255, 0, 0)');
      p.remove();
    });

    it('refuses a script from another source (even through a Trusted Types policy) and records a violation', async () => {
      (win as unknown as { ran?: boolean }).ran = false;
      const tt = (win as unknown as { trustedTypes: { createPolicy(n: string, p: object): { createScriptURL(s: string): string } } })
        .trustedTypes;
      const policy = tt.createPolicy('csp-test', { createScriptURL: (u: string) => u });
      const s = doc.createElement('script');
      s.src = policy.createScriptURL('data:text/javascript,window.ran=true');
      doc.body.append(s);
      await until(() => win.chronolineCspViolations.some((v) => v.directive === 'script-src-elem'), 'the script-src-elem violation');
      expect((win as unknown as { ran?: boolean }).ran).to.equal(false);
      s.remove();
    });

    it('allows custom properties set through the CSSOM (how dynamic colours can be applied)', async () => {
      const p = doc.createElement('p');
      doc.body.append(p);
      p.style.setProperty('--_badge-color', '#1f5fa8');
      p.style.setProperty('color', 'rgb(0, 128, 0)');
      await frames(2);
      expect(p.style.getPropertyValue('--_badge-color')).to.equal('#1f5fa8');
      expect(win.getComputedStyle(p).color).to.equal('rgb(0, 128, 0)');
      expect(violations()).to.deep.equal([]);
      p.remove();
    });

    it('shows the violations on the page', async () => {
      const p = doc.createElement('p');
      doc.body.append(p);
      p.setAttribute('style', 'color: red');
      await until(
        () =>
          /violation/.test(doc.getElementById('csp-report')!.textContent!) && !/^No /.test(doc.getElementById('csp-report')!.textContent!),
        'the report',
      );
      p.remove();
    });
  });
});
