// Hostile text: a corpus of XSS payloads in every text field of a chronology
// (and hostile URLs in every link and image). Rendering the timeline,
// selecting every event, and rendering cards and badges must run no script,
// create no element or attribute from the data, and put no dangerous URL in
// the DOM; the refused URLs are reported as problems.
import { isolateBidi } from '../../src/schema/text.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { frames, renderTimeline, sr } from './helpers.js';

declare global {
  interface Window {
    __xss?: (tag: string) => void;
    __xssFlag?: unknown;
  }
}

/** Payloads report here when they run. */
const hits: string[] = [];
window.__xss = (tag: string) => void hits.push(tag);

/** Markup and script payloads: each calls __xss(tag) (or sets __xssFlag) if it ever runs. */
const TEXT_PAYLOADS = [
  `<script>__xss('script')</script>`,
  `<SCRIPT SRC=data:,__xss('script-src')></SCRIPT>`,
  `<img src=x onerror="__xss('img-onerror')">`,
  `<img src=x onerror=__xss('img-bare')//`,
  `<svg onload="__xss('svg-onload')"></svg>`,
  `<svg><script>__xss('svg-script')</script></svg>`,
  `<svg><animate onbegin="__xss('svg-animate')" attributeName="x" dur="1s"/></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="__xss('mathml')"></style></mglyph></table></mtext></math>`,
  `<math href="javascript:__xss('math-href')">click</math>`,
  `"><script>__xss('attr-breakout')</script>`,
  `'><img src=x onerror=__xss('single-breakout')>`,
  `</title><script>__xss('title-breakout')</script>`,
  `</text><foreignObject><img src=x onerror="__xss('foreign-object')"></foreignObject>`,
  `</style><script>__xss('style-breakout')</script>`,
  '${__xss("template-literal")}',
  '`;__xss("backtick");`',
  `{{constructor.constructor("__xss('angular')")()}}`,
  `<iframe src="javascript:__xss('iframe')"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss('srcdoc')</script>"></iframe>`,
  `<a href="javascript:__xss('anchor')">click me</a>`,
  `<details open ontoggle="__xss('details-ontoggle')">`,
  `<input autofocus onfocus="__xss('autofocus')">`,
  `<video><source onerror="__xss('video-source')"></video>`,
  `<object data="data:text/html,<script>parent.__xss('object')</script>"></object>`,
  `<embed src="javascript:__xss('embed')">`,
  `<body onload="__xss('body')">`,
  `<template><img src=x onerror="__xss('template')"></template>`,
  `<noscript><p title="</noscript><img src=x onerror=__xss('noscript')>">`,
  `<!--<img src=x onerror=__xss('comment')>-->`,
  `<img src=x onerror=&#95;&#95;xss('entities')>`,
  `&lt;script&gt;__xss('escaped')&lt;/script&gt;`,
  `\u003cimg src=x onerror=__xss('unicode-escape')\u003e`,
  `<div style="background:url(javascript:__xss('css-url'))">x</div>`,
  `<style>*{background:url("javascript:__xss('style-el')")}</style>`,
  `<base href="javascript:__xss('base')//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss('meta')">`,
  `<form><button formaction="javascript:__xss('formaction')">x</button></form>`,
  `javascript:__xss('text-js')`,
  `<x onclick=__xss('custom-tag')>click</x>`,
  `\u202e<img src=x onerror=__xss('rtl')>`,
];

/** URLs that must be refused (and reported): each would run or load something dangerous. */
const BAD_URLS = [
  `javascript:__xss('js-url')`,
  `JaVaScRiPt:__xss('mixed-case-url')`,
  `  javascript:__xss('leading-space-url')`,
  `jav\tascript:__xss('tab-url')`,
  `java\nscript:__xss('newline-url')`,
  `\u0001javascript:__xss('control-url')`,
  `javascript://%0A__xss('comment-url')`,
  `data:text/html,<script>__xss('data-url')</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5fX3hzcygnYjY0Jyk8L3NjcmlwdD4=`,
  `data:image/svg+xml,<svg onload="__xss('svg-data-url')"/>`,
  `vbscript:msgbox("xss")`,
  `file:///etc/passwd`,
  `blob:https://evil.example/1234`,
];

/** URLs that look hostile but are relative (harmless once resolved to http(s)): kept, not reported. */
const ODD_RELATIVE_URLS = [
  `jav&#x09;ascript:__xss('entity-url')`,
  `javascript&colon;__xss('colon-entity')`,
  `%6A%61vascript:__xss('percent')`,
];

const GOOD_IMAGE = 'https://example.com/a.png';

/** A chronology with a payload in every text field and a hostile URL in every link and image. */
function hostileChronology() {
  const payload = (i: number) => TEXT_PAYLOADS[i % TEXT_PAYLOADS.length]!;
  const localized = (i: number) => ({ en: payload(i), [payload(i + 1)]: payload(i + 2) });
  const n = TEXT_PAYLOADS.length;
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `actor-${i}`,
    name: i % 2 ? payload(i) : localized(i),
    shortName: payload(i + 3),
    nativeName: { lang: payload(i + 4), text: payload(i + 5) },
    kind: (['person', 'state', 'organization'] as const)[i % 3],
    role: localized(i + 6),
    country: payload(i + 7),
    description: payload(i + 8),
    image: { url: i % 3 === 0 ? GOOD_IMAGE : BAD_URLS[i % BAD_URLS.length]!, alt: payload(i + 9) },
  }));
  const topics = Array.from({ length: 6 }, (_, i) => ({
    id: `topic-${i}`,
    label: i % 2 ? payload(i + 10) : localized(i + 10),
    color: '#1f5fa8',
    description: payload(i + 11),
  }));
  const events = Array.from({ length: n }, (_, i) => ({
    id: `event-${i}`,
    title: i % 2 ? payload(i) : localized(i),
    summary: localized(i + 1),
    start: `2025-06-${String(1 + (i % 28)).padStart(2, '0')}`,
    location: { name: payload(i + 2), city: payload(i + 3), country: payload(i + 4) },
    actors: [
      { id: `actor-${i}`, role: payload(i + 5) },
      { id: `actor-${(i + 1) % n}`, role: localized(i + 6) },
    ],
    topics: [`topic-${i % 6}`],
    sources: [
      { publisher: payload(i + 7), title: localized(i + 8), url: BAD_URLS[i % BAD_URLS.length]! },
      { publisher: payload(i + 9), title: payload(i + 10), url: ODD_RELATIVE_URLS[i % ODD_RELATIVE_URLS.length]! },
      { publisher: payload(i + 11), url: `https://example.com/story?q=${encodeURIComponent(payload(i))}` },
    ],
    media: { url: BAD_URLS[(i + 3) % BAD_URLS.length]!, alt: payload(i + 12), credit: payload(i + 13) },
    correction: { text: localized(i + 14), date: '2025-06-30' },
  }));
  // Invalid events whose problems quote payloads: the problems list shows them.
  events.push(
    { id: 'bad-start', title: payload(0), start: payload(1) } as never,
    { id: payload(2), title: payload(3), start: '2025-06-02' } as never,
  );
  return {
    schemaVersion: 1,
    id: 'hostile',
    title: TEXT_PAYLOADS[0]!,
    description: localized(1),
    language: payload(2),
    timeZone: 'UTC',
    actors,
    topics,
    events,
  };
}

// ---------------------------------------------------------------- DOM checks

/** Every element in `root`, across every shadow root below it. */
function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element) {
    out.push(root);
    if (root.shadowRoot) walk(root.shadowRoot);
  }
  walk(root);
  return out;
}

/** Elements the components never create: if one exists, it came from data. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'math',
  'foreignobject',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'textarea',
  'select',
  'video',
  'audio',
  'source',
  'template',
  'noscript',
  'body',
  'x',
  'animate',
  'set',
  'use',
  'image',
]);
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'srcdoc', 'background'];

function checkDom(root: Element, ownElements: Element[] = []) {
  const elements = allElements(root);
  expect(elements.length).to.be.greaterThan(50);
  for (const el of elements) {
    // The component's own display-zone menu is a <select> (its options are validated zone names),
    // and its search box an <input type="search"> (no attribute of it comes from data).
    if (
      ownElements.includes(el) ||
      el.matches('[part~="zone-menu"] select, [part~="zone-menu"] option, input[part~="search"][type="search"]')
    )
      continue;
    const tag = el.localName.toLowerCase();
    expect(FORBIDDEN.has(tag), `<${tag}> in the DOM`).to.be.false;
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      expect(name.startsWith('on'), `${name} attribute on <${tag}>`).to.be.false;
      if (URL_ATTRS.includes(name)) {
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        expect(/^(javascript|data|vbscript|file|blob):/.test(value), `${name}="${attr.value}" on <${tag}>`).to.be.false;
        if (name === 'href' && tag === 'a') expect(attr.value, `<a href>`).to.match(/^https?:\/\//);
        if (name === 'src' && tag === 'img') expect(attr.value, `<img src>`).to.match(/^https?:\/\//);
      }
      // Inline styles are only the components' own custom properties (set through the CSSOM):
      // data never becomes a style declaration of its own.
      if (name === 'style' && el.getRootNode() instanceof ShadowRoot) {
        const style = (el as HTMLElement).style;
        for (let i = 0; i < style.length; i++) expect(style[i], `style property on <${tag}>: ${attr.value}`).to.match(/^--/);
        expect(getComputedStyle(el).backgroundImage, `background-image of <${tag}>`).to.equal('none');
      }
    }
    if (tag === 'a' && el.getAttribute('target') === '_blank') {
      const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
      expect(rel, 'rel of an external link').to.include.members(['noopener', 'noreferrer']);
    }
  }
  return elements;
}

/** Resolves after image loads and errors had a chance to fire. */
const settle = async () => {
  await frames(3);
  await new Promise((r) => setTimeout(r, 150));
};

type Updatable = Element & { updateComplete: Promise<unknown> };
async function updateAll(root: Element) {
  for (const el of allElements(root)) if ('updateComplete' in el) await (el as Updatable).updateComplete;
}

describe('hostile text and URLs (XSS corpus)', () => {
  beforeEach(() => {
    hits.length = 0;
    delete window.__xssFlag;
  });

  afterEach(() => {
    expect(hits, 'payloads that ran').to.deep.equal([]);
    expect(window.__xssFlag).to.equal(undefined);
  });

  it('renders the timeline with payloads in every field, selects every event, and nothing runs or becomes markup', async () => {
    const data = hostileChronology();
    const el = await renderTimeline(html`<event-timeline style="width: 1100px" .data=${data}></event-timeline>`);
    const root = sr(el);
    // The title is the payload, as text.
    expect(root.querySelector('[part=title]')!.textContent).to.equal(TEXT_PAYLOADS[0]);
    expect(el.chronology!.events).to.have.length(TEXT_PAYLOADS.length);

    for (const e of el.chronology!.events) {
      el.selected = e.id;
      await el.updateComplete;
      await updateAll(el);
      const details = root.querySelector('[part=details]');
      expect(details, `details of ${e.id}`).to.exist;
      // The event title, every actor card and every topic badge rendered their payload as text.
      const title = details!.querySelector('h3')!;
      // As text, with its bidi controls balanced (an RLO acts inside its field only).
      expect(title.textContent).to.equal(isolateBidi(typeof e.title === 'string' ? e.title : e.title.en!));
      const cards = [...details!.querySelectorAll<Updatable>('actor-card')];
      expect(cards.length).to.equal(2);
      for (const card of cards) expect(card.shadowRoot!.querySelector('[part=name]'), 'card name').to.exist;
      const badge = details!.querySelector<Updatable>('topic-badge')!;
      expect(badge.shadowRoot!.querySelector('[part=badge]')!.textContent!.trim().length).to.be.greaterThan(0);
      checkDom(el);
    }
    // The problems list (open it) quotes payloads as text.
    const problems = root.querySelector<HTMLDetailsElement>('[part=problems]')!;
    problems.open = true;
    await settle();
    expect(problems.textContent).to.contain(TEXT_PAYLOADS[1]);
    checkDom(el);
  });

  it('refuses every non-http(s) link and image, reports each as a problem with its path, and keeps the events', async () => {
    const data = hostileChronology();
    const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
    const reported = new Set(el.problems.filter((p) => p.severity === 'warning').map((p) => p.path));
    const expected = new Set<string>();
    data.events.forEach((e: any, i: number) => {
      if (!e.sources) return;
      expected.add(`events[${i}].sources[0].url`);
      expected.add(`events[${i}].media.url`);
    });
    data.actors.forEach((a, i) => {
      if (a.image.url !== GOOD_IMAGE) expected.add(`actors[${i}].image.url`);
    });
    expect([...reported].sort()).to.deep.equal([...expected].sort());
    for (const e of el.chronology!.events) {
      // Only the refused source is gone: the relative and the https ones stay, resolved to http(s).
      expect(e.sources).to.have.length(2);
      for (const s of e.sources) expect(s.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/|^https:\/\/example\.com\//);
      expect(e.media).to.equal(undefined);
    }
    for (const a of el.chronology!.actors) if (a.image) expect(a.image.url).to.equal(GOOD_IMAGE);
    // The two invalid events are left out and named; every other event is drawn.
    expect(el.problems.filter((p) => p.severity === 'error').map((p) => p.path)).to.deep.equal([
      `events[${TEXT_PAYLOADS.length}].start`,
      `events[${TEXT_PAYLOADS.length + 1}].id`,
    ]);
    const summary = sr(el).querySelector('[part=problems] summary')!.textContent!.trim();
    expect(summary).to.equal(`2 events could not be shown · ${expected.size} other problems`);
    // The links in the details panel are the kept ones, opened safely.
    el.selected = 'event-0';
    await el.updateComplete;
    const links = [...sr(el).querySelectorAll<HTMLAnchorElement>('[part=details] a')];
    expect(links.map((a) => a.protocol)).to.deep.equal(['http:', 'https:']);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    }
    await settle();
    checkDom(el);
  });

  it('renders payloads given to <actor-card> and <topic-badge> directly (no parser in between) as text, with no unsafe image', async () => {
    const actors = TEXT_PAYLOADS.map((p, i) => ({
      id: `a${i}`,
      name: p,
      kind: 'person' as const,
      role: p,
      country: p,
      nativeName: { lang: p, text: p },
      image: { url: BAD_URLS[i % BAD_URLS.length]!, alt: p },
    }));
    const topics = TEXT_PAYLOADS.map((p, i) => ({
      id: `t${i}`,
      label: p,
      color: i % 2 ? '#1f5fa8' : `#000;background:url(javascript:__xss('color'))`,
    }));
    const host = await fixture<HTMLDivElement>(html`<div>
      ${actors.map((a) => html`<actor-card .actor=${a} event-role=${a.name}></actor-card>`)}
      ${topics.map((t) => html`<topic-badge .topic=${t}></topic-badge>`)}
    </div>`);
    await updateAll(host);
    await settle();
    const cards = [...host.querySelectorAll('actor-card')];
    cards.forEach((card, i) => {
      expect(card.shadowRoot!.querySelector('[part=name]')!.textContent).to.contain(TEXT_PAYLOADS[i]);
      expect(card.shadowRoot!.querySelector('img'), 'no image from a refused URL').to.equal(null);
    });
    [...host.querySelectorAll('topic-badge')].forEach((badge, i) => {
      expect(badge.shadowRoot!.querySelector('[part=badge]')!.textContent!.trim()).to.equal(isolateBidi(TEXT_PAYLOADS[i]!).trim());
    });
    checkDom(host);
  });

  it('treats hostile inline JSON and a hostile src as data, not markup', async () => {
    const inline = JSON.stringify(hostileChronology()).replace(/</g, '\\u003c');
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const rendered = new Promise((r) => host.addEventListener('rendered', r, { once: true }));
    const timeline = document.createElement('event-timeline') as EventTimeline;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline;
    timeline.append(script);
    host.append(timeline);
    await rendered;
    expect(sr(timeline).querySelector('[part=title]')!.textContent).to.equal(TEXT_PAYLOADS[0]);

    const failed = new Promise<CustomEvent>((r) => host.addEventListener('data-error', (e) => r(e as CustomEvent), { once: true }));
    const bad = document.createElement('event-timeline') as EventTimeline;
    bad.src = `javascript:__xss('src')`;
    host.append(bad);
    const ev = await failed;
    expect(ev.detail.kind).to.equal('url');
    await bad.updateComplete;
    expect(sr(bad).querySelector('[part=error]')!.textContent).to.contain(`'javascript:__xss('src')' is not an http(s) URL`);
    await settle();
    // The page's own <script type="application/json"> is the only script: nothing was made from its text.
    checkDom(host, [script]);
  });

  // Last, so that payloads firing late cannot be blamed on another test.
  it('control: the same payloads do run, and checkDom does catch them, when inserted as HTML', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = TEXT_PAYLOADS.join('\n') + '<p>'.repeat(60);
    await settle();
    expect(hits).to.include.members(['img-onerror', 'foreign-object', 'details-ontoggle', 'unicode-escape']);
    expect(() => checkDom(host)).to.throw();
    host.remove();
    await settle();
    hits.length = 0;
  });
});
