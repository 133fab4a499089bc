// <event-timeline src> given a Google Sheets link as a reporter pastes it
// (a /pubhtml, /edit, /d/e/2PACX-… or v2: link): the component asks for the
// sheet's published CSV and renders what it answers. No network: Playwright
// answers docs.google.com (tests/route-commands.mjs) with the real TimelineJS
// example sheet (tests/fixtures/timelinejs/women-in-computing.csv).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { catalog } from '../../src/i18n/catalogs.js';
import { sr, waitFor } from './helpers.js';

const GOOGLE = 'https://docs.google.com/spreadsheets/';
const ID = '1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk';
const PACX = '2PACX-1vTvmFw3C7GQ5bBdbXQFHyq6ZKHJrG6JzJjNy3bRcGZcO8gBOdzQmJ3pFq7-SV2lzq1eO3s8d8N9Mjqk';

let sheet = '';
before(async () => {
  sheet = await (await fetch('/__test/fixture/women-in-computing.csv')).text();
  expect(sheet).to.match(/^Year,Month,Day/);
});
beforeEach(() => executeServerCommand('route-answer', { prefix: GOOGLE, body: sheet, contentType: 'text/csv; charset=utf-8' }));
afterEach(() => executeServerCommand('route-clear', { prefix: GOOGLE }));

const asked = () => executeServerCommand<string[], { prefix: string }>('route-log', { prefix: GOOGLE });

async function load(src: string) {
  const loaded = oneEvent(document, 'data-load');
  const el = await fixture<EventTimeline>(html`<event-timeline src=${src}></event-timeline>`);
  const ev = (await loaded) as CustomEvent<{ events: number }>;
  await el.updateComplete;
  return { el, detail: ev.detail };
}

describe('<event-timeline src> with a Google Sheets link', () => {
  const cases: [string, string][] = [
    [`${GOOGLE}d/e/${PACX}/pubhtml`, `${GOOGLE}d/e/${PACX}/pub?output=csv`],
    [`${GOOGLE}d/e/${PACX}/pubhtml?gid=0&single=true`, `${GOOGLE}d/e/${PACX}/pub?gid=0&single=true&output=csv`],
    [`${GOOGLE}d/${ID}/edit#gid=0`, `${GOOGLE}d/${ID}/pub?gid=0&single=true&output=csv`],
    [`${GOOGLE}d/${ID}/pubhtml`, `${GOOGLE}d/${ID}/pub?output=csv`],
    [`v2:${PACX}`, `${GOOGLE}d/e/${PACX}/pub?output=csv`],
    [ID, `${GOOGLE}d/${ID}/pub?output=csv`],
  ];
  for (const [src, csv] of cases)
    it(`requests the CSV export of ${src.length > 60 ? src.slice(0, 60) + '…' : src} and renders the sheet`, async () => {
      const { el, detail } = await load(src);
      expect(await asked()).to.deep.equal([csv]);
      expect(el.chronology, 'chronology').to.exist;
      // The sheet's title slide and its dated rows (12 rows, one of them the title).
      expect(sr(el).querySelector('[part=title]')?.textContent?.trim()).to.equal('Women in Computing');
      expect(detail.events).to.be.greaterThan(5);
      expect(el.chronology!.events.map((e) => e.title)).to.include('Ada Lovelace');
      expect(sr(el).querySelector('[part=error]')).to.equal(null);
    });

  it("renders the sheet's media: its image (answered locally) with alt, caption and credit; its YouTube video as a link card", async () => {
    const WIKIMEDIA = 'https://upload.wikimedia.org/';
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="#4a6fa5"/></svg>';
    await executeServerCommand('route-answer', { prefix: WIKIMEDIA, body: svg, contentType: 'image/svg+xml' });
    try {
      const loaded = oneEvent(document, 'data-load');
      const el = await fixture<EventTimeline>(
        html`<div style="width: 900px"><event-timeline view="list" src=${`${GOOGLE}d/e/${PACX}/pubhtml`}></event-timeline></div>`,
      ).then((d) => d.querySelector('event-timeline')!);
      await loaded;
      await el.updateComplete;
      const ada = await waitFor(() => sr(el).querySelector<HTMLElement>('.list .item[data-id="ada-lovelace"]'), 'the Ada Lovelace item');
      const img = ada.querySelector<HTMLImageElement>('figure.media img')!;
      expect(img.getAttribute('src')).to.match(/^https:\/\/upload\.wikimedia\.org\/.*Ada_Lovelace_portrait\.jpg$/);
      expect(img.alt).to.equal('Portrait by Alfred Edward Chalon');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(ada.querySelector('figcaption')!.textContent).to.contain('Wikimedia Commons');
      await waitFor(() => img.complete && img.naturalWidth > 0, 'the image, answered by the route');
      const card = [...sr(el).querySelectorAll<HTMLAnchorElement>('.list a.media-card')].find((a) => a.href.includes('youtube.com'));
      expect(card, 'the YouTube link card').to.exist;
      expect(card!.dataset.kind).to.equal('video');
      expect(sr(el).querySelector('iframe, script')).to.equal(null);
      expect(await asked()).to.deep.equal([`${GOOGLE}d/e/${PACX}/pub?output=csv`]);
    } finally {
      await executeServerCommand('route-clear', { prefix: WIKIMEDIA });
    }
  });

  it('says what to do with a link to a Google Docs document, and asks for nothing', async () => {
    const failed = oneEvent(document, 'data-error');
    const src = 'https://docs.google.com/document/d/1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/edit';
    const el = await fixture<EventTimeline>(html`<event-timeline src=${src}></event-timeline>`);
    const ev = (await failed) as CustomEvent<{ message: string; kind: string; url: string }>;
    await el.updateComplete;
    expect(ev.detail.kind).to.equal('url');
    expect(ev.detail.url).to.equal(src);
    expect(ev.detail.message).to.contain('publish the sheet to the web, then paste its link');
    expect(sr(el).querySelector('[part=error]')!.textContent).to.contain('publish the sheet to the web, then paste its link');
    expect(await asked()).to.deep.equal([]);
  });

  it('says it in the timeline’s language', async () => {
    // (A load that starts before the element has read its language speaks English, as every load error does: set src once it has.)
    await catalog('de');
    const el = await fixture<EventTimeline>(html`<event-timeline lang="de"></event-timeline>`);
    const failed = oneEvent(el, 'data-error');
    el.src = 'https://docs.google.com/presentation/d/1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/edit';
    const ev = (await failed) as CustomEvent<{ message: string }>;
    await el.updateComplete;
    expect(ev.detail.message).to.contain('Veröffentlichen Sie die Tabelle im Web');
    expect(sr(el).querySelector('[part=error]')!.textContent).to.contain('Veröffentlichen Sie die Tabelle im Web');
  });

  it('fetches a URL that is not Google as it is (no conversion)', async () => {
    const { el } = await load('/__test/fixture/women-in-computing.csv');
    expect(el.chronology!.title).to.equal('Women in Computing');
    expect(await asked()).to.deep.equal([]);
  });
});
