// Event media (issue 22): an image in the details panel (lazy, with its alt,
// caption and credit), small in the list and the phone chronology; links to
// video, audio, maps and posts as link cards (plain links: no iframes, no
// third-party scripts); only http(s) URLs. Images are served locally
// (tests/fixtures/media/photo.png): no network.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { fromTimelineJS } from '../../src/import/timelinejs.js';
import welcome from '../fixtures/timelinejs/welcome.json';
import { mountTimeline, sr, waitFor } from './helpers.js';

const PHOTO = new URL('/tests/fixtures/media/photo.png', location.href).href;

function mediaChronology() {
  const ev = (id: string, day: number, media: unknown) => ({
    id,
    title: `Event ${id}`,
    start: `2024-03-0${day}`,
    summary: 'What happened.',
    media,
  });
  return {
    schemaVersion: 1,
    id: 'media',
    title: 'Media',
    timeZone: 'UTC',
    events: [
      ev('photo', 1, { url: PHOTO, alt: 'A blue test card', credit: 'Photo: Test Archive', caption: 'The test card, as broadcast' }),
      ev('film', 2, {
        url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
        credit: 'Computer History Museum',
        caption: 'Jean Bartik on the ENIAC',
      }),
      ev('map', 3, { url: 'https://www.openstreetmap.org/#map=12/48.85/2.35', caption: 'Where it happened' }),
      ev('evil', 4, { url: 'javascript:alert(1)', alt: 'evil' }),
    ],
  };
}

async function select(el: EventTimeline, id: string) {
  el.selected = id;
  await el.updateComplete;
  return waitFor(() => sr(el).querySelector<HTMLElement>('[part=details]'), 'the details panel');
}

describe('event media', () => {
  before(() => setViewport({ width: 1200, height: 800 }));

  it('the details show the image lazily with its alt, caption and credit in a figure', async () => {
    const el = await mountTimeline(html`<div style="width: 1000px"><event-timeline .data=${mediaChronology()}></event-timeline></div>`);
    const details = await select(el, 'photo');
    const img = await waitFor(() => details.querySelector<HTMLImageElement>('figure.media img'), 'the image');
    expect(img.getAttribute('src')).to.equal(PHOTO);
    expect(img.alt).to.equal('A blue test card');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    const caption = details.querySelector('figure.media figcaption')!.textContent!;
    expect(caption).to.contain('The test card, as broadcast');
    expect(caption).to.contain('Photo: Test Archive');
    await waitFor(() => img.complete && img.naturalWidth > 0, 'the local image to load');
    await expect(el).to.be.accessible();
  });

  it('a large image in the floating panel keeps its caption and credit in view with the title (no scrolling to reach them)', async () => {
    const HOST = 'https://images.example/';
    const big = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500"><rect width="800" height="500" fill="#35608f"/></svg>';
    await executeServerCommand('route-answer', { prefix: HOST, body: big, contentType: 'image/svg+xml' });
    try {
      const data = mediaChronology();
      data.events[0]!.media = { url: `${HOST}big.svg`, alt: 'A wide photo', credit: 'Photo: Test Archive', caption: 'A caption' };
      const el = await mountTimeline(html`<div style="width: 1000px"><event-timeline view="chart" .data=${data}></event-timeline></div>`);
      const details = await select(el, 'photo');
      const img = await waitFor(() => details.querySelector<HTMLImageElement>('figure.media img'), 'the image');
      await waitFor(() => img.complete && img.naturalWidth === 800, 'the large image');
      await el.updateComplete;
      const panel = details.getBoundingClientRect();
      const caption = details.querySelector('figcaption')!.getBoundingClientRect();
      const title = details.querySelector('h3')!.getBoundingClientRect();
      expect(details.scrollTop).to.equal(0);
      expect(title.top, 'the title in view').to.be.at.least(panel.top);
      expect(caption.bottom, 'the credit inside the panel as first shown').to.be.at.most(panel.bottom);
      expect(img.getBoundingClientRect().height).to.be.greaterThan(100);
    } finally {
      await executeServerCommand('route-clear', { prefix: HOST });
    }
  });

  it('a video and a map are link cards: anchors with rel noopener, their kind and host; no iframe anywhere', async () => {
    const el = await mountTimeline(html`<div style="width: 1000px"><event-timeline .data=${mediaChronology()}></event-timeline></div>`);
    for (const [id, kind, host] of [
      ['film', 'Video', 'youtube.com'],
      ['map', 'Map', 'openstreetmap.org'],
    ]) {
      const details = await select(el, id!);
      const card = await waitFor(() => details.querySelector<HTMLAnchorElement>('a.media-card'), `the ${id} link card`);
      expect(card.rel.split(' ')).to.include('noopener');
      expect(card.href).to.match(/^https:\/\//);
      expect(card.textContent).to.contain(kind);
      expect(card.textContent).to.contain(host);
      expect(details.querySelector('img, iframe, video, audio, script')).to.equal(null);
      await expect(el).to.be.accessible();
    }
    expect(sr(el).querySelector('iframe')).to.equal(null);
    expect(document.querySelector('iframe')).to.equal(null);
  });

  it('a javascript: media URL is not rendered as a link or an image', async () => {
    const el = await mountTimeline(html`<div style="width: 1000px"><event-timeline .data=${mediaChronology()}></event-timeline></div>`);
    const details = await select(el, 'evil');
    expect(details.querySelector('.media, .media-card')).to.equal(null);
    expect([...sr(el).querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript:'))).to.be.false;
    expect(el.problems.some((p) => p.path === 'events[3].media.url')).to.be.true;
  });

  it('the list shows a small image and link cards', async () => {
    const el = await mountTimeline(
      html`<div style="width: 900px"><event-timeline view="list" .data=${mediaChronology()}></event-timeline></div>`,
    );
    const img = await waitFor(
      () => sr(el).querySelector<HTMLImageElement>('.list .item figure.media.small img'),
      'a small image in the list',
    );
    expect(img.alt).to.equal('A blue test card');
    expect(img.getAttribute('loading')).to.equal('lazy');
    await waitFor(() => img.complete && img.naturalWidth > 0, 'the local image to load');
    expect(img.getBoundingClientRect().width).to.be.at.most(161);
    expect(sr(el).querySelectorAll('.list a.media-card').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('the phone chronology shows a small image inside the disclosure', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await mountTimeline(html`<event-timeline .data=${mediaChronology()}></event-timeline>`);
      const item = await waitFor(() => sr(el).querySelector<HTMLLIElement>('.phone-item[data-id=photo]'), 'the phone item');
      // An event's details (the image with them) are drawn when it is first opened.
      expect(item.querySelector('details figure.media'), 'nothing drawn while closed').to.equal(null);
      item.querySelector<HTMLElement>('summary')!.click();
      await el.updateComplete;
      const img = item.querySelector<HTMLImageElement>('details figure.media.small img')!;
      expect(img, 'the image inside the disclosure').to.exist;
      expect(img.alt).to.equal('A blue test card');
      await waitFor(() => img.complete && img.naturalWidth > 0, 'the local image to load');
      expect(img.getBoundingClientRect().width).to.be.greaterThan(0).and.at.most(161);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1200, height: 800 });
    }
  });

  it("TimelineJS's welcome.json renders its images and its YouTube, Vimeo, SoundCloud, map and tweet link cards (URLs kept, not loaded)", async () => {
    const data = fromTimelineJS(welcome, { baseUrl: 'https://timeline.knightlab.com/' }).chronology!;
    const el = await mountTimeline(html`<div style="width: 900px"><event-timeline view="list" .data=${data}></event-timeline></div>`);
    await waitFor(() => sr(el).querySelector('.list a.media-card'), 'link cards');
    const kinds = [...sr(el).querySelectorAll<HTMLElement>('.list a.media-card')].map((a) => a.dataset.kind);
    for (const k of ['video', 'audio', 'map', 'post']) expect(kinds, k).to.include(k);
    for (const img of sr(el).querySelectorAll<HTMLImageElement>('.list figure.media img')) expect(img.alt).to.not.equal('');
    expect(sr(el).querySelector('iframe, script')).to.equal(null);
  });

  it('exportSVG() leaves images and link cards out and says so; without media it says nothing', async () => {
    const el = await mountTimeline(html`<div style="width: 1000px"><event-timeline .data=${mediaChronology()}></event-timeline></div>`);
    const svg = await el.exportSVG();
    expect(svg).to.contain('Images and media links are left out');
    expect(svg).to.not.contain('<image');
    expect(svg).to.not.contain('photo.png');
    const plain = mediaChronology();
    for (const e of plain.events) delete (e as { media?: unknown }).media;
    const bare = await mountTimeline(html`<div style="width: 1000px"><event-timeline .data=${plain}></event-timeline></div>`);
    expect(await bare.exportSVG()).to.not.contain('left out');
  });
});
