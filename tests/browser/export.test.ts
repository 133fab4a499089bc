// Issue 7, "Output": exportSVG(), exportPNG() and the `export` download button.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { click, frames, loadDataset, mountTimeline, renderTimeline, smallChronology, sr } from './helpers.js';

const THEMES = {
  light: 'width: 1000px; background: #ffffff; color: #1a1a1a',
  dark: 'width: 1000px; color-scheme: dark; background: #121212; color: #e8e8e8',
} as const;

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses as XML').to.equal(null);
  expect(doc.documentElement.localName).to.equal('svg');
  expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  return doc;
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

/** The live chart's marks and clusters, split by where their shapes are against the plot's clip (screen px). */
function liveMarks(el: EventTimeline) {
  const svg = sr(el).querySelector<SVGSVGElement>('svg[part=chart]')!;
  const box = svg.getBoundingClientRect();
  const k = box.width / svg.viewBox.baseVal.width;
  const clip = sr(el).querySelector<SVGRectElement>('clipPath rect')!;
  const c0 = box.left + clip.x.baseVal.value * k;
  const c1 = c0 + clip.width.baseVal.value * k;
  const inside: Element[] = [];
  const outside: Element[] = [];
  /** Across an edge of the view: partly in the image. */
  const edge: Element[] = [];
  for (const m of sr(el).querySelectorAll('[part~=event], [part~=cluster]')) {
    const shapes = [...m.querySelectorAll('.shape, .pill'), ...m.querySelectorAll('text')].map((s) => s.getBoundingClientRect());
    const shape = m.querySelector('.shape, .pill')!.getBoundingClientRect();
    if (shape.left >= c0 && shape.right <= c1) inside.push(m);
    else if (shapes.every((r) => r.right <= c0 || r.left >= c1)) outside.push(m);
    else edge.push(m);
  }
  return { inside, outside, edge };
}

const label = (m: Element) => m.querySelector('text')?.textContent ?? null;

describe('image export', () => {
  it('exportSVG(): a standalone SVG of the view, with the title, the in-view marks and the sources', async () => {
    const data = await loadDataset();
    const el = await renderTimeline(html`<div style=${THEMES.light}><event-timeline .data=${data}></event-timeline></div>`);
    // Zoomed in: the DOM holds marks in a margin on each side that the image must leave out.
    for (let i = 0; i < 3; i++) el.zoomBy(1.6);
    await el.updateComplete;
    await frames(2);
    const { inside, outside, edge } = liveMarks(el);
    expect(inside.length, 'marks in view').to.be.greaterThan(3);
    expect(outside.length, 'marks in the margin').to.be.greaterThan(0);

    const text = await el.exportSVG();
    expect(text).to.be.a('string');
    const doc = parseSvg(text);
    const root = doc.documentElement;
    const chart = sr(el).querySelector<SVGSVGElement>('svg[part=chart]')!;
    expect(+root.getAttribute('width')!).to.be.at.least(chart.viewBox.baseVal.width);
    expect(+root.getAttribute('height')!).to.be.greaterThan(chart.viewBox.baseVal.height);
    expect(root.getAttribute('viewBox')).to.equal(`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`);

    const all = texts(doc);
    const title = sr(el).querySelector('[part=title]')!.textContent!.trim();
    expect(all, 'the title').to.include(title);
    for (const m of inside) {
      const t = label(m);
      if (t) expect(all, `label of in-view ${m.getAttribute('data-id') ?? m.getAttribute('data-key')}`).to.include(t);
    }
    // Labels are not unique ("+2" clusters): one outside may also be on a mark in view or across its edge.
    const shown = new Set([...inside, ...edge].map(label));
    // Events' labels only: a "+N" just outside whose events are in the visible range is kept (it stands for them).
    for (const m of outside.filter((x) => x.matches('[part~=event]'))) {
      const t = label(m);
      if (t && !shown.has(t)) expect(all, `label of ${m.getAttribute('data-id')}, outside the view`).not.to.include(t);
    }
    // Lane labels and the axis are there too.
    for (const t of sr(el).querySelectorAll('[part~=lane-label], [part~=axis] text')) expect(all).to.include(t.textContent);

    // The source line: publishers of in-view events only, each once.
    const line = all.find((t) => t.startsWith('Sources: '));
    expect(line, 'a source line').to.be.a('string');
    const r = el.range!;
    const byId = new Map(el.chronology!.events.map((e) => [e.id, e]));
    const DAY = 86_400_000;
    const near = new Set<string>();
    for (const e of el.chronology!.events) {
      const [s, t] = [e.start.instant, (e.end ?? e.start).instant + DAY];
      if (t >= +r.start - DAY && s <= +r.end + DAY) for (const src of e.sources) near.add(src.publisher);
    }
    // Publishers with a comma in the name are separated by semicolons.
    const body = line!.slice('Sources: '.length).replace(/…$/, '');
    const named = body.split(body.includes('; ') ? '; ' : ', ').filter((p) => !/^\+\d/.test(p));
    expect(named.length).to.be.greaterThan(0);
    expect(new Set(named).size, 'no publisher twice').to.equal(named.length);
    for (const p of named.slice(0, -1)) expect(near.has(p), `${p} is the publisher of an event in view`).to.be.true;
    const inViewPublishers = new Set(
      inside.flatMap((m) => byId.get(m.getAttribute('data-id') ?? '')?.sources.map((s) => s.publisher) ?? []),
    );
    expect(named.some((p) => inViewPublishers.has(p))).to.be.true;

    // Nothing interactive or styled from outside.
    for (const node of doc.querySelectorAll('*')) {
      for (const a of node.attributes) {
        expect(a.name, `<${node.localName} ${a.name}>`).not.to.match(/^(class|part|style|tabindex|role|aria-.*|on.*)$/i);
      }
      expect(node.localName).not.to.be.oneOf(['script', 'foreignObject', 'image', 'style', 'a']);
    }
    expect(doc.querySelectorAll('title').length, 'one <title>: the image name').to.equal(1);
    expect(text).not.to.match(/var\(|light-dark\(|currentcolor/i);
    for (const node of doc.querySelectorAll('[fill], [stroke]')) {
      for (const a of ['fill', 'stroke']) {
        const v = node.getAttribute(a);
        if (v !== null)
          expect(v, `${a} of <${node.localName}>`).to.match(/^(none|rgb\(\d+, \d+, \d+\)|#[0-9a-f]{3,8}|url\(["']?#[\w-]+["']?\))$/i);
      }
    }
    // Every mark shape has a concrete fill; text has a fill and a size.
    for (const t of doc.querySelectorAll('text')) {
      expect(t.getAttribute('fill'), `fill of "${t.textContent}"`).to.match(/^rgb\(/);
      expect(+t.getAttribute('font-size')!, `size of "${t.textContent}"`).to.be.greaterThan(0);
    }
    expect(root.getAttribute('font-family')).to.equal(getComputedStyle(chart).fontFamily);
  });

  it('includes the "+N" clusters in view', async () => {
    // Fifty events on one day in one lane crowd into a cluster.
    const data = smallChronology();
    for (let i = 0; i < 50; i++) {
      data.events.push({
        id: `crowd-${i}`,
        title: `Crowd ${i}`,
        start: `2025-06-04T${String(Math.floor(i / 3)).padStart(2, '0')}:${String((i % 3) * 20).padStart(2, '0')}:00+00:00`,
        actors: [{ id: 'carol' }],
        topics: ['strikes'],
        sources: [{ publisher: `Crowd Press ${i % 4}`, url: 'https://example.com/c' }],
      });
    }
    const el = await renderTimeline(html`<div style=${THEMES.light}><event-timeline .data=${data}></event-timeline></div>`);
    const clusters = [...sr(el).querySelectorAll('[part~=cluster]')];
    expect(clusters.length, 'clusters in the live chart').to.be.greaterThan(0);
    const all = texts(parseSvg(await el.exportSVG()));
    for (const k of clusters) expect(all).to.include(k.querySelector('text')!.textContent);
    const line = all.find((t) => t.startsWith('Sources: '))!;
    expect(line).to.include('Crowd Press');
  });

  it('names every publisher of a small chronology once, most cited first', async () => {
    const el = await renderTimeline(html`<div style=${THEMES.light}><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    const all = texts(parseSvg(await el.exportSVG()));
    expect(all).to.include('A small chronology');
    expect(all).to.include('Sources: Daily One, Wire, Ledger');
  });

  it('follows the theme: the dark page colour behind, light text, the same content', async () => {
    const data = await loadDataset();
    const el = await renderTimeline(html`<div style=${THEMES.dark}><event-timeline .data=${data}></event-timeline></div>`);
    const wrapper = el.parentElement!;
    const dark = parseSvg(await el.exportSVG());
    const bgOf = (doc: Document) => doc.documentElement.querySelector(':scope > rect')!.getAttribute('fill');
    const titleFill = (doc: Document) => doc.documentElement.querySelector(':scope > text')!.getAttribute('fill');
    expect(bgOf(dark)).to.equal('rgb(18, 18, 18)');
    expect(titleFill(dark)).to.equal('rgb(236, 236, 236)');
    const liveLabel = sr(el).querySelector('[part~=event] text')!;
    expect(getComputedStyle(liveLabel).fill).to.equal('rgb(236, 236, 236)');

    wrapper.setAttribute('style', THEMES.light);
    await el.updateComplete;
    const light = parseSvg(await el.exportSVG());
    expect(bgOf(light)).to.equal('rgb(255, 255, 255)');
    expect(titleFill(light)).to.equal('rgb(26, 26, 26)');
    // Same drawing, other colours.
    expect(texts(light)).to.deep.equal(texts(dark));
    expect(light.querySelectorAll('*').length).to.equal(dark.querySelectorAll('*').length);

    // No page background: the element's own background token (dark under color-scheme: dark).
    wrapper.setAttribute('style', 'width: 1000px; color-scheme: dark');
    await el.updateComplete;
    expect(bgOf(parseSvg(await el.exportSVG()))).to.equal('rgb(18, 18, 18)');
  });

  // Issue 21, finding 10: a control character in the data made invalid XML, and exportPNG() blamed the CSP.
  it('exportSVG() leaves out the characters XML forbids, and exportPNG() draws it', async () => {
    const data = smallChronology();
    data.title = 'Esc\u001b and bell\u0007 in the title\uffff';
    data.events[0].title = 'First\u0000 meeting\u001b[31m';
    data.events[0].sources[0].publisher = 'Daily\u000b One\ud800';
    const el = await renderTimeline(html`<div style=${THEMES.light}><event-timeline .data=${data}></event-timeline></div>`);
    const text = await el.exportSVG();
    expect(text).to.not.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    const all = texts(parseSvg(text));
    expect(all).to.include('Esc and bell in the title');
    expect(all.join(' ')).to.contain('Daily One');
    const png = await el.exportPNG({ scale: 1 });
    expect(png.type).to.equal('image/png');
  });

  it('exportPNG(): a PNG of the SVG at `scale` times its size', async () => {
    const el = await renderTimeline(html`<div style=${THEMES.light}><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    const svg = parseSvg(await el.exportSVG()).documentElement;
    const [w, h] = [+svg.getAttribute('width')!, +svg.getAttribute('height')!];

    const png = await el.exportPNG();
    expect(png).to.be.instanceOf(Blob);
    expect(png.type).to.equal('image/png');
    const head = [...new Uint8Array(await png.slice(0, 8).arrayBuffer())];
    expect(head).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(w * 2);
    expect(bitmap.height).to.equal(h * 2);

    const one = await createImageBitmap(await el.exportPNG({ scale: 1 }));
    expect([one.width, one.height]).to.deep.equal([w, h]);
    // Something is drawn: the background's white and the title's dark pixels.
    const canvas = new OffscreenCanvas(one.width, one.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(one, 0, 0);
    const px = g.getImageData(0, 0, one.width, 60).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 100 && px[i + 3]! > 200) dark++;
    expect(px[3], 'opaque background').to.equal(255);
    expect(dark, 'dark title pixels').to.be.greaterThan(50);

    await expectRejects(el.exportPNG({ scale: 0 }), /scale/);
  });

  it('adds a "Download image" button with the export attribute, which downloads <id>.png', async () => {
    const plain = await renderTimeline(html`<div style=${THEMES.light}><event-timeline .data=${smallChronology()}></event-timeline></div>`);
    expect(downloadButton(plain)).to.equal(undefined);

    const el = await renderTimeline(
      html`<div style=${THEMES.light}><event-timeline export .data=${smallChronology()}></event-timeline></div>`,
    );
    expect(el.exportable).to.be.true;
    const button = downloadButton(el)!;
    expect(button, 'the download button').to.exist;
    expect(button.closest('[part=controls]')).to.exist;

    const got = new Promise<{ name: string; blob: Blob }>((resolve) => {
      const on = (e: Event) => {
        const a = e.target as HTMLAnchorElement;
        if (a.localName !== 'a' || !a.download) return;
        e.preventDefault(); // no real download
        document.removeEventListener('click', on, true);
        void fetch(a.href)
          .then((r) => r.blob())
          .then((blob) => resolve({ name: a.download, blob }));
      };
      document.addEventListener('click', on, true);
    });
    click(button);
    const { name, blob } = await got;
    expect(name).to.equal('small.png');
    expect([...new Uint8Array(await blob.slice(0, 4).arrayBuffer())]).to.deep.equal([137, 80, 78, 71]);
    expect(document.querySelector('a[download]'), 'the temporary link is gone').to.equal(null);

    el.exportable = false;
    await el.updateComplete;
    expect(downloadButton(el)).to.equal(undefined);
  });

  it('a download that fails is announced in the live region, not left as an unhandled rejection', async () => {
    const el = await renderTimeline(
      html`<div style=${THEMES.light}><event-timeline export .data=${smallChronology()}></event-timeline></div>`,
    );
    const original = URL.createObjectURL;
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    URL.createObjectURL = () => {
      throw new Error('blocked by the test');
    };
    try {
      click(downloadButton(el)!);
      const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
      for (let i = 0; i < 100 && !/blocked by the test/.test(live.textContent ?? ''); i++) await new Promise((r) => setTimeout(r, 20));
      expect(live.textContent).to.match(/blocked by the test/);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      URL.createObjectURL = original;
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('rejects with a clear message when there is no chart', async () => {
    const list = await mountTimeline(html`<event-timeline view="list" .data=${smallChronology()}></event-timeline>`);
    await expectRejects(list.exportSVG(), /no chart to export: the list view is shown/);
    await expectRejects(list.exportPNG(), /list view/);

    const empty = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
    await expectRejects(empty.exportSVG(), /no chart to export: no chronology is loaded/);

    const none = { ...smallChronology(), events: [] };
    const blank = await mountTimeline(html`<event-timeline .data=${none}></event-timeline>`);
    await expectRejects(blank.exportSVG(), /no chart to export: it has no events/);
  });

  it('writes data as text, never as markup', async () => {
    const data = smallChronology();
    data.title = '<img src=x onerror="alert(1)"> & "title"';
    data.events[0].title = '<script>alert(1)</script>';
    data.events[0].sources[0].publisher = '<b>Bold</b> & Co';
    const el = await renderTimeline(html`<div style=${THEMES.light}><event-timeline .data=${data}></event-timeline></div>`);
    const text = await el.exportSVG();
    const doc = parseSvg(text);
    expect(doc.querySelector('img, script, b')).to.equal(null);
    expect(texts(doc)).to.include(data.title);
    expect(texts(doc).some((t) => t.includes('<b>Bold</b> & Co'))).to.be.true;
  });
});

function downloadButton(el: EventTimeline) {
  return [...sr(el).querySelectorAll<HTMLButtonElement>('[part=controls] button')].find((b) => b.textContent!.trim() === 'Download image');
}

async function expectRejects(p: Promise<unknown>, message: RegExp) {
  let error: unknown;
  try {
    await p;
  } catch (e) {
    error = e;
  }
  expect(error, 'rejected').to.be.instanceOf(Error);
  expect((error as Error).message).to.match(message);
}
