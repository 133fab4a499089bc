// Robust on any news site: bad data is summarized and nothing is lost; large
// and odd but valid data renders; two copies of the library on one page;
// page styles do not leak in or out; moved in the DOM; hidden and shown again.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { EventTimeline } from '../../src/index.js';
import { frames, markOf, marks, renderTimeline, smallChronology, sr } from './helpers.js';

type LoadDetail = {
  events: number;
  eventsIn: number;
  problems: number;
  problemList: { path: string; message: string; severity: string }[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A chronology of `n` events on one day, with no actors or topics. */
function oneDay(n: number, title = 'One busy day') {
  return {
    schemaVersion: 1,
    id: 'busy',
    title,
    timeZone: 'UTC',
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      start: `2025-06-23T${String(Math.floor((i * 24) / n)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
    })),
  };
}

/** Window errors and unhandled rejections while `fn` runs. */
async function noErrorsDuring(fn: () => Promise<void>) {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await sleep(0);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(errors, 'window errors').to.deep.equal([]);
}

/** The width the chart is drawn at. */
const chartWidth = (el: Element) => Number(sr(el).querySelector('svg.chart')?.getAttribute('width'));

describe('robustness', () => {
  describe('bad data: a compact summary, nothing lost', () => {
    function withBadEvents() {
      const data = smallChronology();
      data.events[0].start = '2025-13-01'; // not a date
      data.events[2].actors = [{ id: 'nobody' }]; // unknown actor
      data.events.push({ id: 'no-title', start: '2025-06-20' }, { id: 'e2', title: 'Duplicate id', start: '2025-06-21' });
      data.events[1].sources.push({ publisher: 'Evil', url: 'javascript:alert(1)' }); // a refused link: the event stays
      return data;
    }

    it('says "4 events could not be shown · 1 other problem", opens to each problem with its JSON path, and draws the valid events', async () => {
      const loaded = oneEvent(document, 'data-load');
      const el = await renderTimeline(html`<event-timeline .data=${withBadEvents()}></event-timeline>`);
      const detail = (await loaded).detail as LoadDetail;
      expect(detail.events).to.equal(3);
      expect(detail.eventsIn).to.equal(7);
      expect(detail.problems).to.equal(5);
      expect(new Set(marks(el).map((m) => m.getAttribute('data-id')))).to.deep.equal(new Set(['e2', 'e4', 'e5']));

      const problems = sr(el).querySelector<HTMLDetailsElement>('[part=problems]')!;
      expect(problems.localName).to.equal('details');
      expect(problems.open, 'folded by default').to.be.false;
      const summary = problems.querySelector('summary')!;
      expect(summary.textContent!.trim()).to.equal('4 events could not be shown · 1 other problem');
      summary.click();
      await el.updateComplete;
      expect(problems.open).to.be.true;
      const items = [...problems.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal([
        "events[0].start: '2025-13-01' is not a date: there is no month 13",
        "events[1].sources[1].url: 'javascript:alert(1)' is a javascript: URL: only http(s) and relative URLs are used; the source was left out (warning)",
        "events[2].actors[0].id: unknown actor 'nobody': no actor in actors[] has this id",
        'events[5].title: is missing',
        "events[6].id: duplicate id 'e2': an earlier event already has it",
      ]);
      const paths = [...problems.querySelectorAll('li code')].map((c) => c.textContent);
      expect(paths).to.deep.equal([
        'events[0].start',
        'events[1].sources[1].url',
        'events[2].actors[0].id',
        'events[5].title',
        'events[6].id',
      ]);
      // The event whose link was refused is drawn, without that link.
      el.selected = 'e2';
      await el.updateComplete;
      expect([...sr(el).querySelectorAll('[part=details] a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.com/two',
      ]);
    });

    it('events in = events shown + events reported, in data-load and on the element', async () => {
      const data = withBadEvents();
      const loaded = oneEvent(document, 'data-load');
      const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
      const detail = (await loaded).detail as LoadDetail;
      const reported = new Set(
        detail.problemList
          .filter((p) => p.severity === 'error')
          .map((p) => /^events\[(\d+)\]/.exec(p.path)?.[1])
          .filter((x) => x !== undefined),
      );
      expect(detail.eventsIn).to.equal(data.events.length);
      expect(detail.eventsIn).to.equal(detail.events + reported.size);
      expect(el.chronology!.events.length).to.equal(detail.events);
      expect(el.problems).to.deep.equal(detail.problemList);
      const summary = sr(el).querySelector('[part=problems] summary')!.textContent!;
      expect(summary).to.contain(`${(detail.eventsIn - detail.events).toLocaleString('en')} events could not be shown`);
    });

    it('shows no problems part for valid data, and ignores unknown fields unless in dev mode', async () => {
      const data = smallChronology();
      data.events[0].sumary = 'typo';
      data.colour = 'red';
      const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
      expect(sr(el).querySelector('[part=problems]')).to.equal(null);
      expect(el.problems).to.deep.equal([]);
    });

    it('reports unknown fields as warnings in dev mode (globalThis.CHRONOLINE_DEV = true), still drawing every event', async () => {
      const data = smallChronology();
      data.events[0].sumary = 'typo';
      data.colour = 'red';
      globalThis.CHRONOLINE_DEV = true;
      try {
        const loaded = oneEvent(document, 'data-load');
        const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
        const detail = (await loaded).detail as LoadDetail;
        expect(detail.events).to.equal(5);
        expect(detail.eventsIn).to.equal(5);
        expect(el.problems.map((p) => [p.path, p.severity])).to.deep.equal([
          ['events[0].sumary', 'warning'],
          ['colour', 'warning'],
        ]);
        expect(sr(el).querySelector('[part=problems] summary')!.textContent!.trim()).to.equal('2 problems in the data');
        expect(sr(el).querySelector('[part=problems] li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          "events[0].sumary: unknown field 'sumary' (ignored) (warning)",
        );
      } finally {
        delete globalThis.CHRONOLINE_DEV;
      }
    });

    it('lists the first 200 of 1,000 problems and says how many more there are', async () => {
      const data = oneDay(1200);
      for (let i = 0; i < 1000; i++) data.events[i]!.start = 'not a date';
      const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
      const problems = sr(el).querySelector('[part=problems]')!;
      expect(problems.querySelector('summary')!.textContent!.trim()).to.equal('1,000 events could not be shown');
      const items = [...problems.querySelectorAll('li')];
      expect(items).to.have.length(201);
      expect(items[200]!.textContent!.trim()).to.equal('…and 800 more');
      expect(el.problems).to.have.length(1000);
      expect(el.chronology!.events).to.have.length(200);
    });

    it('fires data-error with the problems when nothing can be shown', async () => {
      const failed = oneEvent(document, 'data-error');
      const el = await fixture<EventTimeline>(html`<event-timeline .data=${{ schemaVersion: 1, title: 'No events' }}></event-timeline>`);
      const ev = (await failed) as CustomEvent<{ message: string; kind: string; problems: unknown[] }>;
      expect(ev.detail.kind).to.equal('data');
      expect(ev.detail.message).to.equal('events: is missing: a chronology needs an events array');
      expect(ev.detail.problems).to.have.length(1);
      await el.updateComplete;
      expect(sr(el).querySelector('[part=error]')!.textContent).to.contain('events: is missing');
      expect(sr(el).querySelector('[part=problems]'), 'the error says it all').to.equal(null);
    });
  });

  describe('large, odd but valid data', () => {
    it('0 events: says there are none, no marks, no error', async () => {
      await noErrorsDuring(async () => {
        const loaded = oneEvent(document, 'data-load');
        const el = await fixture<EventTimeline>(
          html`<event-timeline .data=${{ schemaVersion: 1, id: 'empty', title: 'Nothing yet', events: [] }}></event-timeline>`,
        );
        const detail = (await loaded).detail as LoadDetail;
        expect([detail.events, detail.eventsIn, detail.problems]).to.deep.equal([0, 0, 0]);
        await el.updateComplete;
        expect(sr(el).querySelector('.empty')!.textContent!.trim()).to.equal('No events to show.');
        expect(marks(el)).to.have.length(0);
        expect(sr(el).querySelector('[part=error]')).to.equal(null);
        expect(sr(el).querySelector('[part=title]')!.textContent!.trim()).to.equal('Nothing yet');
      });
    });

    it('1 event: one mark that can be selected', async () => {
      await noErrorsDuring(async () => {
        const el = await renderTimeline(html`<event-timeline style="width: 700px" .data=${oneDay(1, 'Just one')}></event-timeline>`);
        expect(new Set(marks(el).map((m) => m.getAttribute('data-id')))).to.deep.equal(new Set(['e0']));
        markOf(el, 'e0')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(sr(el).querySelector('[part=details] h3')!.textContent).to.equal('Event 0');
      });
    });

    it('5,000 events on one day: renders, zooms, and any event can be selected', async function () {
      this.timeout(60_000);
      await noErrorsDuring(async () => {
        const loaded = oneEvent(document, 'data-load');
        const t0 = performance.now();
        const el = await renderTimeline(html`<event-timeline style="width: 1000px" .data=${oneDay(5000)}></event-timeline>`);
        const ms = performance.now() - t0;
        const detail = (await loaded).detail as LoadDetail;
        expect([detail.events, detail.eventsIn, detail.problems]).to.deep.equal([5000, 5000, 0]);
        expect(el.chronology!.events).to.have.length(5000);
        expect(ms, 'first render time (ms)').to.be.lessThan(20_000);
        // Zoomed out, the day is one dense stretch: its events are drawn as marks or as "+N" cluster marks,
        // never as an empty chart.
        const shown = () => sr(el).querySelectorAll('[part~="event"], [part~="cluster"]').length;
        expect(shown(), 'event and cluster marks zoomed out').to.be.greaterThan(0);
        const before = el.range!;
        el.zoomBy(8);
        await el.updateComplete;
        await frames(2);
        // 3.5 events a minute are still a dense stretch zoomed in: "+N" clusters (no single mark is in view at any zoom).
        expect(+el.range!.end - +el.range!.start, 'zoomed in').to.be.lessThan((+before.end - +before.start) / 4);
        expect(shown(), 'event and cluster marks zoomed in').to.be.greaterThan(0);
        el.selected = 'e4321';
        await el.updateComplete;
        expect(sr(el).querySelector('[part=details] h3')!.textContent).to.equal('Event 4321');
      });
    });

    it('a 2,000-character title (with and without spaces) is shown in full, wrapped inside the element', async () => {
      const words = 'Talks in Geneva collapse as strikes begin '.repeat(60).slice(0, 2000);
      const oneWord = 'x'.repeat(2000);
      for (const title of [words, oneWord]) {
        const data = oneDay(3, title);
        data.events[1]!.title = title;
        const el = await renderTimeline(html`<div style="width: 600px"><event-timeline .data=${data}></event-timeline></div>`);
        expect(sr(el).querySelector('[part=title]')!.textContent).to.equal(title);
        el.selected = 'e1';
        await el.updateComplete;
        expect(sr(el).querySelector('[part=details] h3')!.textContent).to.equal(title);
        const host = el.getBoundingClientRect();
        for (const part of ['[part=title]', '[part=details] h3', '[part=chart]']) {
          const r = sr(el).querySelector(part)!.getBoundingClientRect();
          expect(r.right, `${part} right edge (${title === oneWord ? 'one word' : 'words'})`).to.be.at.most(host.right + 1);
        }
        expect(el.scrollWidth, 'no horizontal overflow').to.be.at.most(el.clientWidth + 1);
      }
    });

    it('events with no actors are drawn in every grouping', async () => {
      for (const groupBy of ['actor', 'topic', 'none']) {
        const el = await renderTimeline(html`<event-timeline group-by=${groupBy} .data=${oneDay(12, 'Nobody')}></event-timeline>`);
        const primary = new Set(
          marks(el)
            .filter((m) => m.getAttribute('role') === 'button')
            .map((m) => m.getAttribute('data-id')),
        );
        expect(primary.size, groupBy).to.equal(12);
      }
    });
  });

  describe('two copies of the library on one page', () => {
    const TAGS = ['event-timeline', 'actor-card', 'topic-badge'];
    const BRAND = Symbol.for('chronoline.version');
    type Branded = CustomElementConstructor & { [BRAND]?: string };

    /** Imports the CDN bundle as another copy and returns the console warnings it printed. */
    async function loadCopy(copy: string): Promise<string[]> {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        await noErrorsDuring(async () => {
          const url = `/dist/cdn/chronoline.min.js?copy=${copy}`;
          await import(/* @vite-ignore */ url);
        });
      } finally {
        console.warn = warn;
      }
      return warnings.map((w) => String(w[0]));
    }

    it('a second copy of the same version (a framework loading the package twice) throws nothing, keeps the first definitions, and says nothing', async () => {
      const first = TAGS.map((t) => customElements.get(t));
      expect(first[0]).to.equal(EventTimeline);
      expect(await loadCopy('robustness-same'), 'console warnings').to.deep.equal([]);
      expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
    });

    it('a copy of another version throws nothing, keeps the first definitions, and warns once', async () => {
      const first = TAGS.map((t) => customElements.get(t) as Branded);
      const versions = first.map((c) => c[BRAND]);
      // The page's first copy claims another version.
      for (const c of first) c[BRAND] = '0.0.1-other';
      let warnings: string[];
      try {
        warnings = await loadCopy('robustness-other');
      } finally {
        first.forEach((c, i) => (c[BRAND] = versions[i]));
      }
      expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
      expect(warnings, 'console warnings').to.have.length(1);
      expect(warnings[0]).to.match(/chronoline: <event-timeline> is already defined by another copy/);
      // The first definition still works.
      const el = await renderTimeline(html`<event-timeline .data=${smallChronology()}></event-timeline>`);
      expect(el).to.be.instanceOf(EventTimeline);
      expect(marks(el).length).to.be.greaterThan(0);
    });
  });

  describe('page styles do not leak in or out', () => {
    const HOSTILE = `
      * { color: rgb(255, 0, 0); line-height: 5; letter-spacing: 4px; }
      text, tspan { fill: rgb(255, 0, 0) !important; font-size: 40px !important; }
      svg, svg * { stroke: rgb(255, 0, 0) !important; stroke-width: 9px !important; }
      h2, h3, p, li, ul, summary, details, section, div, span { margin: 40px !important; padding: 30px !important; border: 5px solid red !important; }
      button { background: rgb(255, 255, 0) !important; font-size: 30px !important; }
      .title, .sub, .mark, .details, .lane-label, .head, .chart { color: rgb(255, 0, 0) !important; display: none !important; }
      [part], [part~="event"], [data-id] { visibility: hidden !important; }
    `;

    /** Computed styles of parts inside the timeline (and a card and a badge in its details). */
    function snapshot(el: EventTimeline) {
      const root = sr(el);
      const pick = (sel: string, props: string[]) => {
        const node = root.querySelector(sel);
        expect(node, sel).to.exist;
        const cs = getComputedStyle(node!);
        return Object.fromEntries(props.map((p) => [`${sel} ${p}`, cs.getPropertyValue(p)]));
      };
      const card = root.querySelector('[part=details] actor-card')!.shadowRoot!.querySelector('[part=name]')!;
      const badge = root.querySelector('[part=details] topic-badge')!.shadowRoot!.querySelector('[part=badge]')!;
      return {
        ...pick('[part=title]', ['color', 'margin-top', 'padding-top', 'display', 'visibility']),
        ...pick('.sub', ['color', 'margin-top']),
        ...pick('[part~=event] text', ['fill', 'font-size', 'stroke-width', 'visibility']),
        ...pick('[part~=event] .shape', ['stroke-width']),
        ...pick('[part=axis] text', ['fill', 'font-size']),
        ...pick('[part=lane-label]', ['fill', 'font-size']),
        ...pick('[part=controls] button', ['background-color', 'font-size']),
        ...pick('[part=details]', ['margin-top', 'padding-top', 'border-top-width', 'display']),
        ...pick('[part=details] h3', ['color', 'margin-top']),
        'card name color': getComputedStyle(card).color,
        'card name margin': getComputedStyle(card).marginTop,
        'badge background': getComputedStyle(badge).backgroundColor,
        'badge padding': getComputedStyle(badge).paddingTop,
      };
    }

    it('a hostile page stylesheet does not change anything inside the components', async () => {
      const el = await renderTimeline(
        html`<event-timeline style="width: 900px" selected="e1" .data=${smallChronology()}></event-timeline>`,
      );
      await Promise.all([...sr(el).querySelectorAll('actor-card, topic-badge')].map((c) => (c as EventTimeline).updateComplete));
      const before = snapshot(el);
      const style = document.createElement('style');
      style.textContent = HOSTILE;
      document.head.append(style);
      try {
        await frames(2);
        expect(snapshot(el)).to.deep.equal(before);
      } finally {
        style.remove();
      }
    });

    it('the components add no style to the page: page elements with the same tags and classes look the same', async () => {
      const page = await fixture<HTMLDivElement>(html`<div>
        <h2 class="title">Page title</h2>
        <p class="sub">Page text</p>
        <button class="retry">Page button</button>
        <details class="problems"><summary>Page summary</summary><ul><li>x</li></ul></details>
        <section class="details"><h3>Page h3</h3></section>
        <svg width="100" height="50"><g class="mark"><text class="lane-label" x="0" y="20">Page svg</text></g></svg>
      </div>`);
      const props = [
        'color',
        'font-size',
        'font-weight',
        'margin-top',
        'padding-top',
        'background-color',
        'border-top-width',
        'display',
        'fill',
        'line-height',
      ];
      const look = () =>
        [...page.querySelectorAll('*')].map((n) => {
          const cs = getComputedStyle(n);
          return `${n.localName}.${n.getAttribute('class') ?? ''}: ${props.map((p) => cs.getPropertyValue(p)).join(' | ')}`;
        });
      const sheets = () => [document.styleSheets.length, document.adoptedStyleSheets.length];
      const before = look();
      const sheetsBefore = sheets();
      const el = await renderTimeline(html`<event-timeline selected="e1" .data=${smallChronology()}></event-timeline>`);
      expect(sr(el).querySelector('[part=details]')).to.exist;
      expect(look()).to.deep.equal(before);
      expect(sheets()).to.deep.equal(sheetsBefore);
    });
  });

  describe('moved, hidden and shown', () => {
    it('survives being moved to another container, and renders at its new width', async () => {
      await noErrorsDuring(async () => {
        const host = await fixture<HTMLDivElement>(html`<div>
          <div class="a" style="width: 900px"></div>
          <div class="b" style="width: 520px"></div>
        </div>`);
        const el = document.createElement('event-timeline') as EventTimeline;
        el.data = smallChronology();
        const rendered = oneEvent(el, 'rendered');
        host.querySelector('.a')!.append(el);
        await rendered;
        expect(chartWidth(el)).to.equal(900);
        const ids = new Set(marks(el).map((m) => m.getAttribute('data-id')));
        host.querySelector('.b')!.append(el);
        for (let i = 0; i < 20 && chartWidth(el) !== 520; i++) await frames(1);
        expect(chartWidth(el)).to.equal(520);
        expect(new Set(marks(el).map((m) => m.getAttribute('data-id')))).to.deep.equal(ids);
        // Still interactive after the move: zoom and select.
        const changed = oneEvent(el, 'range-change');
        el.zoomBy(2);
        await changed;
        el.selected = 'e3';
        await el.updateComplete;
        expect(sr(el).querySelector('[part=details] h3')!.textContent).to.equal('Trade deal signed');
      });
    });

    it('hidden with display:none and shown again renders at its new width', async () => {
      await noErrorsDuring(async () => {
        const el = await renderTimeline(html`<div style="width: 900px"><event-timeline .data=${smallChronology()}></event-timeline></div>`);
        const box = el.parentElement!;
        expect(chartWidth(el)).to.equal(900);
        el.style.display = 'none';
        await frames(2);
        box.style.width = '600px';
        await frames(3);
        expect(chartWidth(el), 'unchanged while hidden').to.equal(900);
        el.style.display = '';
        for (let i = 0; i < 20 && chartWidth(el) !== 600; i++) await frames(1);
        expect(chartWidth(el)).to.equal(600);
        expect(Math.floor(el.getBoundingClientRect().width)).to.equal(600);
        expect(marks(el).length).to.be.greaterThan(0);
      });
    });

    it('a container hidden with display:none and shown again renders at its new width', async () => {
      const el = await renderTimeline(html`<div style="width: 1000px"><event-timeline .data=${smallChronology()}></event-timeline></div>`);
      const box = el.parentElement!;
      box.style.display = 'none';
      await frames(2);
      box.style.width = '650px';
      box.style.display = '';
      for (let i = 0; i < 20 && chartWidth(el) !== 650; i++) await frames(1);
      expect(chartWidth(el)).to.equal(650);
    });
  });
});
