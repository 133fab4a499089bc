// Server rendering with relative links in the chronology (issue "Hostile
// and huge inputs", finding 7): the server and the browser must read them
// alike, or the browser's first render does not match the server's DOM and
// the chart stays inert. With `baseUrl` both resolve them against the page;
// without it both leave them out with the same warning.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { collectPageErrors } from './page-errors.js';
import type { EventTimeline } from '../../src/index.js';

const MEETING = 'putin-araghchi-kremlin-meeting';
const errors = collectPageErrors();

async function mountServerHtml(query: string): Promise<EventTimeline> {
  const res = await fetch(`/__ssr/timeline?${query}`);
  expect(res.ok).to.be.true;
  const host = document.createElement('div');
  host.style.width = '960px';
  document.body.append(host);
  host.setHTMLUnsafe(await res.text());
  return host.querySelector('event-timeline')!;
}

const sourceLinks = (el: EventTimeline) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`li.item[data-id="${MEETING}"] a`)].map((a) => a.getAttribute('href'));

describe('server-rendered <event-timeline> with relative links', () => {
  let resolved: EventTimeline;
  let unresolved: EventTimeline;
  let serverLinks: (string | null)[];
  let serverProblems: number;

  before(async () => {
    const base = 'https://news.example/world/2025/';
    resolved = await mountServerHtml(`view=list&relative=1&base=${encodeURIComponent(base)}`);
    unresolved = await mountServerHtml('view=list&relative=1');
    serverLinks = sourceLinks(resolved);
    serverProblems = unresolved.shadowRoot!.querySelectorAll('[part=problems] li').length;
    await import('../../src/index.js');
    await Promise.all([resolved.updateComplete, unresolved.updateComplete]);
  });

  it('with baseUrl: the server resolves the link against the page, and the browser keeps it', () => {
    expect(serverLinks).to.include('https://news.example/world/2025/stories/kremlin.html');
    expect(sourceLinks(resolved)).to.deep.equal(serverLinks);
    expect(resolved.problems.filter((p) => p.path.includes('sources'))).to.deep.equal([]);
  });

  it('without it: both leave the link out with the same warning', () => {
    expect(serverProblems).to.be.greaterThan(0);
    const warning = unresolved.problems.find((p) => p.path.includes('sources'));
    expect(warning?.message).to.match(/relative URL/);
    expect(sourceLinks(unresolved)).to.not.include('stories/kremlin.html');
  });

  it('hydrates: no errors, and the server-rendered list stays interactive', async () => {
    expect(errors.filter((e) => /hydrat|mismatch|Unexpected/i.test(e))).to.deep.equal([]);
    for (const el of [resolved, unresolved]) {
      const item = el.shadowRoot!.querySelector<HTMLElement>(`li.item[data-id="${MEETING}"]`)!;
      expect(item, 'the meeting in the list').to.exist;
      el.view = 'chart';
      await el.updateComplete;
      el.selectEvent(MEETING);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=details]')?.textContent).to.contain('Putin meets Araghchi');
    }
  });
});
