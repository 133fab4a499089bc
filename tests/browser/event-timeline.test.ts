import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import {
  DATASET_URL,
  click,
  countResizeObserverLoopErrors,
  frames,
  idsOf,
  intersects,
  loadDataset,
  markOf,
  markXY,
  offsetXY,
  marks,
  renderTimeline,
  smallChronology,
  sr,
} from './helpers.js';

const STRIKES = 'us-strikes-fordow-natanz-isfahan';
const MEETING = 'putin-araghchi-kremlin-meeting';

/** Replaces window.fetch for one test; returns a restore function. */
function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit, real?: typeof fetch) => Promise<Response>) {
  const real = window.fetch;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => impl(input, init, real)) as typeof fetch;
  return () => {
    window.fetch = real;
  };
}

const span = (r: { start: Date; end: Date }) => +r.end - +r.start;

describe('<event-timeline>', () => {
  let restoreFetch: (() => void) | null = null;
  afterEach(() => {
    restoreFetch?.();
    restoreFetch = null;
  });

  it('passes axe with the June 2025 chronology and an event selected', async () => {
    const data = await loadDataset();
    const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
    el.selected = STRIKES;
    await el.updateComplete;
    expect(sr(el).querySelector('[part=details]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders without window errors (no ResizeObserver loop error)', async () => {
    const counter = countResizeObserverLoopErrors();
    const data = await loadDataset();
    const el = await renderTimeline(html`<div style="width: 800px"><event-timeline .data=${data}></event-timeline></div>`);
    await frames(3);
    el.parentElement!.style.width = '500px';
    await frames(3);
    expect(counter.stop(), 'ResizeObserver loop errors on window').to.equal(0);
  });

  describe('data input', () => {
    it('renders from the .data property (an object)', async () => {
      const el = await renderTimeline(html`<event-timeline .data=${smallChronology()}></event-timeline>`);
      expect(sr(el).querySelector('[part=title]')!.textContent!.trim()).to.equal('A small chronology');
      expect([...idsOf(marks(el))].sort()).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5']);
      expect(el.chronology!.events).to.have.length(5);
    });

    it('renders from the .data property given as a JSON string', async () => {
      const el = await renderTimeline(html`<event-timeline .data=${JSON.stringify(smallChronology())}></event-timeline>`);
      expect(idsOf(marks(el)).size).to.equal(5);
    });

    it('renders from a src URL, showing [part=status] until the fetch resolves', async () => {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      const requested: string[] = [];
      restoreFetch = stubFetch(async (input, init, real) => {
        requested.push(String(input));
        await gate;
        return real!(input, init);
      });
      const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
      el.src = DATASET_URL;
      await el.updateComplete;
      const status = sr(el).querySelector('[part=status]');
      expect(status, 'status while loading').to.exist;
      expect(status!.getAttribute('role')).to.equal('status');
      expect(status!.textContent!.trim()).to.not.equal('');
      expect(marks(el)).to.have.length(0);
      expect(requested).to.deep.equal([DATASET_URL]);

      const rendered = oneEvent(el, 'rendered');
      release();
      await rendered;
      await el.updateComplete;
      expect(sr(el).querySelector('[part=status]'), 'status after loading').to.not.exist;
      // At the default height: every event drawn or in a "+N" cluster.
      const clustered = [...sr(el).querySelectorAll('[part=cluster]')].reduce((n, k) => n + Number(k.getAttribute('data-primary')), 0);
      expect(idsOf(marks(el).filter((m) => m.classList.contains('primary'))).size + clustered).to.equal(80);
    });

    it('shows the loading status right after the src attribute is set (no stub)', async () => {
      const el = await fixture<EventTimeline>(html`<event-timeline></event-timeline>`);
      // What the first update after the attribute drew: `updateComplete` also waits for the modules loaded while the
      // data loads, and a busy machine can fetch, parse and render the data meanwhile (status gone, `rendered` fired).
      let status: boolean | undefined;
      const first = { hostUpdated: () => (status ??= !!sr(el).querySelector('[part=status]')) };
      el.addController(first);
      const rendered = oneEvent(el, 'rendered');
      el.setAttribute('src', DATASET_URL);
      await el.updateComplete;
      el.removeController(first);
      expect(status).to.equal(true);
      await rendered;
      expect(sr(el).querySelector('[part=status]')).to.not.exist;
    });

    it('renders from an inline <script type="application/json"> child', async () => {
      const json = JSON.stringify(smallChronology());
      const rendered = oneEvent(document, 'rendered');
      const wrapper = await fixture<HTMLDivElement>(
        `<div><event-timeline group-by="topic"><script type="application/json">${json}</script></event-timeline></div>`,
      );
      const el = wrapper.querySelector('event-timeline')!;
      await rendered;
      await el.updateComplete;
      expect(el.chronology!.id).to.equal('small');
      expect(idsOf(marks(el)).size).to.equal(5);
      // Grouped by topic: a lane per used primary topic.
      const labels = [...sr(el).querySelectorAll('[part=lane-label]')].map((t) => t.textContent!.trim());
      expect(labels).to.deep.equal(['Talks', 'Strikes', 'Trade']);
    });

    it('prefers .data over src', async () => {
      const requested: string[] = [];
      restoreFetch = stubFetch((input, init, real) => {
        requested.push(String(input));
        return real!(input, init);
      });
      const el = await renderTimeline(html`<event-timeline src=${DATASET_URL} .data=${smallChronology()}></event-timeline>`);
      expect(el.chronology!.id).to.equal('small');
      expect(requested).to.deep.equal([]);
    });
  });

  describe('lifecycle events', () => {
    it('fires data-load with counts, bubbling and composed to the document', async () => {
      const loaded = oneEvent(document, 'data-load');
      const el = await fixture<EventTimeline>(html`<event-timeline .data=${smallChronology()}></event-timeline>`);
      const ev = await loaded;
      expect(ev.target).to.equal(el);
      expect(ev.bubbles).to.be.true;
      expect(ev.composed).to.be.true;
      expect(ev.detail.events).to.equal(5);
      expect(ev.detail.problems).to.equal(0);
    });

    it('fires rendered on the document once the marks are in the DOM', async () => {
      let marksAtEvent = -1;
      const rendered = new Promise<CustomEvent>((resolve) =>
        document.addEventListener(
          'rendered',
          (e) => {
            marksAtEvent = marks(e.target as Element).length;
            resolve(e as CustomEvent);
          },
          { once: true },
        ),
      );
      const el = await fixture<EventTimeline>(html`<event-timeline .data=${smallChronology()}></event-timeline>`);
      const ev = await rendered;
      expect(ev.target).to.equal(el);
      expect(ev.bubbles && ev.composed).to.be.true;
      expect(ev.detail.events).to.equal(5);
      expect(marksAtEvent).to.be.at.least(5);
    });
  });

  describe('the June 2025 chronology', () => {
    for (const groupBy of ['actor', 'topic', 'none'] as const) {
      it(`accounts for every one of the 80 events when zoomed out, grouped by ${groupBy}: its own mark or one "+N" cluster`, async () => {
        const data = await loadDataset();
        const el = await renderTimeline(
          html`<div style="width: 1000px"><event-timeline group-by=${groupBy} .data=${data}></event-timeline></div>`,
        );
        expect(el.chronology!.events).to.have.length(80);
        const primaries = marks(el).filter((m) => m.classList.contains('primary'));
        const shown = idsOf(primaries);
        expect(shown.size, 'one primary mark per event').to.equal(primaries.length);
        const clustered = [...sr(el).querySelectorAll('[part=cluster]')].reduce((n, k) => n + Number(k.getAttribute('data-primary')), 0);
        expect(shown.size + clustered, 'marks + clustered events').to.equal(80);
        // Every mark's id is an event of the data.
        const ids = new Set(data.events.map((e: { id: string }) => e.id));
        expect([...shown].filter((id) => !ids.has(id))).to.deep.equal([]);
        expect(sr(el).querySelectorAll('[part=lane]').length).to.be.at.least(1);
      });
    }

    it('puts the Putin–Araghchi meeting in both leaders’ lanes, joined by a link', async () => {
      const data = await loadDataset();
      const el = await renderTimeline(
        html`<div style="width: 1000px"><event-timeline style="height: auto" .data=${data}></event-timeline></div>`,
      );
      const lanes = [...sr(el).querySelectorAll('.lane-group')].map((g) => {
        const band = g.querySelector('[part=lane]')!;
        const y = +band.getAttribute('y')!;
        return { label: g.querySelector('[part=lane-label]')?.textContent?.trim() ?? '', y0: y, y1: y + +band.getAttribute('height')! };
      });
      const laneOf = (name: string) => {
        const l = lanes.find((x) => x.label === name);
        expect(l, `lane ${name} among ${lanes.map((x) => x.label).join(', ')}`).to.exist;
        return l!;
      };
      const meeting = [...sr(el).querySelectorAll(`[part~=event][data-id="${MEETING}"]`)].map(markXY);
      expect(meeting.length).to.be.at.least(2);
      for (const name of ['Putin', 'Araghchi']) {
        const lane = laneOf(name);
        expect(
          meeting.some((p) => p.y > lane.y0 && p.y < lane.y1),
          `a meeting mark in the ${name} lane`,
        ).to.be.true;
      }
      const x = meeting[0]!.x;
      const ys = meeting.map((p) => p.y);
      const link = [...sr(el).querySelectorAll('[part=link]')].find(
        (l) =>
          Math.abs(+l.getAttribute('x1')! + offsetXY(l).x - x) < 0.5 &&
          Math.abs(+l.getAttribute('x2')! + offsetXY(l).x - x) < 0.5 &&
          +l.getAttribute('y1')! + offsetXY(l).y <= Math.min(...ys) + 0.5 &&
          +l.getAttribute('y2')! + offsetXY(l).y >= Math.max(...ys) - 0.5,
      );
      expect(link, 'a [part=link] line joining the meeting marks').to.exist;
    });

    it('draws lanes with part=lane and part=lane-label, and an axis with part=axis', async () => {
      const data = await loadDataset();
      const el = await renderTimeline(html`<div style="width: 1000px"><event-timeline .data=${data}></event-timeline></div>`);
      const bands = sr(el).querySelectorAll('[part=lane]');
      const labels = [...sr(el).querySelectorAll('[part=lane-label]')].map((t) => t.textContent!.trim());
      // max-lanes defaults to 8: seven actors and "Others".
      expect(bands.length).to.equal(8);
      expect(labels).to.have.length(8);
      expect(labels).to.include.members(['Trump', 'Araghchi', 'Putin', 'Others']);
      const axis = sr(el).querySelector('[part=axis]')!;
      expect(axis).to.exist;
      const tickTexts = [...axis.querySelectorAll('text')].map((t) => t.textContent!.trim()).filter(Boolean);
      expect(tickTexts.length).to.be.at.least(3);
    });
  });

  describe('labels', () => {
    function assertNoLabelOverlap(el: EventTimeline, except?: string) {
      const rows = new Map<number, { id: string; box: DOMRect; text: string }[]>();
      const describeLabel = (l: { id: string; box: DOMRect; text: string }) =>
        `${l.id} "${l.text}" [${Math.round(l.box.left)}–${Math.round(l.box.right)}]`;
      for (const m of marks(el)) {
        const text = m.querySelector(':scope > text');
        if (!text || !text.textContent || m.getAttribute('data-id') === except) continue;
        const y = Math.round(markXY(m).y);
        const box = text.getBoundingClientRect();
        if (box.width === 0) continue;
        (rows.get(y) ?? rows.set(y, []).get(y)!).push({ id: m.getAttribute('data-id')!, box, text: text.textContent });
      }
      let labelled = 0;
      const clashes: string[] = [];
      for (const row of rows.values()) {
        labelled += row.length;
        for (let i = 0; i < row.length; i++)
          for (let j = i + 1; j < row.length; j++)
            if (intersects(row[i]!.box, row[j]!.box)) clashes.push(`${describeLabel(row[i]!)} × ${describeLabel(row[j]!)}`);
      }
      // Enough labels for the check to mean something (dense stretches are "+N" clusters).
      expect(labelled, 'labelled marks').to.be.at.least(3);
      expect(clashes, 'overlapping labels').to.deep.equal([]);
    }

    for (const width of [1000, 600]) {
      for (const groupBy of ['actor', 'none'] as const) {
        it(`do not overlap within a row at ${width}px (group-by ${groupBy})`, async () => {
          const data = await loadDataset();
          const el = await renderTimeline(
            html`<div style="width: ${width}px"><event-timeline group-by=${groupBy} .data=${data}></event-timeline></div>`,
          );
          expect(el.getBoundingClientRect().width).to.equal(width);
          assertNoLabelOverlap(el);
        });
      }
    }

    // The selected event's label is its whole title, drawn last over its dimmed
    // neighbours (issue 16): the other labels still never overlap.
    it('do not overlap when an event is selected (its label turns bold and whole, on top)', async () => {
      const data = await loadDataset();
      const el = await renderTimeline(html`<div style="width: 1000px"><event-timeline .data=${data}></event-timeline></div>`);
      const labelled = marks(el)
        .filter((m) => m.getAttribute('role') === 'button' && m.querySelector(':scope > text'))
        .map((m) => m.getAttribute('data-id')!);
      expect(labelled.length).to.be.greaterThan(5);
      for (const id of labelled) {
        el.selected = id;
        await el.updateComplete;
        assertNoLabelOverlap(el, id);
      }
    });
  });

  describe('selection', () => {
    async function selectStrikes() {
      const data = await loadDataset();
      const el = await renderTimeline(
        html`<div style="width: 1000px"><event-timeline style="height: auto" .data=${data}></event-timeline></div>`,
      );
      click(markOf(el, STRIKES)!);
      await el.updateComplete;
      const details = sr(el).querySelector<HTMLElement>('[part=details]')!;
      expect(details, 'details panel').to.exist;
      return { data, el, details, text: details.textContent!.replace(/\s+/g, ' ') };
    }

    it('selects an event on click: selected reflects the id, event-select fires with {id}', async () => {
      const data = await loadDataset();
      const el = await renderTimeline(
        html`<div style="width: 1000px"><event-timeline style="height: auto" .data=${data}></event-timeline></div>`,
      );
      const mark = markOf(el, STRIKES)!;
      expect(mark).to.exist;
      expect(mark.getAttribute('aria-expanded')).to.equal('false');
      expect(sr(el).querySelector('[part=details]')).to.not.exist;

      const selected = oneEvent(document, 'event-select');
      click(mark);
      const ev = await selected;
      expect(ev.detail).to.deep.equal({ id: STRIKES });
      expect(ev.composed && ev.bubbles).to.be.true;
      await el.updateComplete;
      expect(el.selected).to.equal(STRIKES);
      expect(el.getAttribute('selected')).to.equal(STRIKES);
      expect(markOf(el, STRIKES)!.getAttribute('aria-expanded')).to.equal('true');
      expect(sr(el).querySelector('[part=details]')).to.exist;
    });

    it('shows the title and summary in the details', async () => {
      const { data, details, text } = await selectStrikes();
      expect(details.querySelector('h3')!.textContent!.trim()).to.equal(
        "US bombers and submarine missiles pound Iran's nuclear facilities",
      );
      const summary = data.events.find((e: { id: string }) => e.id === STRIKES).summary as string;
      expect(text).to.contain(summary);
    });

    it('shows the date with the event’s own zone in the details (GMT+3:30 for the US strikes)', async () => {
      const { text } = await selectStrikes();
      expect(text).to.match(/June 22, 2025|22 June 2025/);
      expect(text).to.match(/\b0?2:10\b/);
      expect(text).to.contain('GMT+3:30');
    });

    it('shows an actor-card for each actor in the details', async () => {
      const { details } = await selectStrikes();
      // (The statements under "Who said what" have their actors' cards too.)
      const cards = [...details.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('.actors actor-card')];
      expect(cards.map((c) => c.getAttribute('actor-id'))).to.deep.equal([
        'united-states',
        'donald-trump',
        'pete-hegseth',
        'dan-caine',
        'iran',
        'aeoi',
      ]);
      await Promise.all(cards.map((c) => c.updateComplete));
      const trump = cards[1]!;
      expect(trump.shadowRoot!.querySelector('[part=name]')!.textContent).to.contain('Donald Trump');
      expect(trump.shadowRoot!.querySelector('[part=count]')!.textContent).to.contain('24 events');
      expect(trump.shadowRoot!.querySelector('[part=meta]')!.textContent).to.contain('ordered strikes');
    });

    it('shows a topic-badge for each topic in the details', async () => {
      const { details } = await selectStrikes();
      const badges = [...details.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('topic-badge')];
      expect(badges.map((b) => b.getAttribute('topic-id'))).to.deep.equal(['military', 'nuclear']);
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(badges[0]!.shadowRoot!.querySelector('[part=badge]')!.textContent).to.contain('Military operations');
      expect(badges[1]!.shadowRoot!.querySelector('[part=badge]')!.textContent).to.contain('Nuclear programme');
    });

    it('lists the sources as http(s) links with rel="noopener noreferrer"', async () => {
      const { details } = await selectStrikes();
      const links = [...details.querySelectorAll<HTMLAnchorElement>('.sources a[href^=http]')];
      expect(links).to.have.length(9);
      // Every link of the details (the statements' sources too) opens safely.
      for (const a of details.querySelectorAll<HTMLAnchorElement>('a[href]'))
        expect(a.rel.split(/\s+/)).to.include.members(['noopener', 'noreferrer']);
      expect(links.map((a) => a.getAttribute('href'))).to.include(
        'https://www.hurriyetdailynews.com/us-strikes-on-iran-nuclear-sites-210590',
      );
      expect(links.find((a) => a.href.includes('hurriyet'))!.textContent).to.contain('Hurriyet Daily News (AFP)');
    });

    it('shows the date in the event’s own zone when the axis follows another zone', async () => {
      const data = await loadDataset();
      const el = await renderTimeline(html`<event-timeline time-zone="UTC" style="height: auto" .data=${data}></event-timeline>`);
      click(markOf(el, STRIKES)!);
      await el.updateComplete;
      const text = sr(el).querySelector('[part=details]')!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('GMT+3:30'); // Tehran, the event's own zone
      expect(text).to.match(/UTC: .*(June 21, 2025|21 June 2025).*(22:40|10:40)/); // and the display zone's time
    });

    it('closes the details with the close button', async () => {
      const el = await renderTimeline(html`<event-timeline .data=${smallChronology()}></event-timeline>`);
      click(markOf(el, 'e1')!);
      await el.updateComplete;
      sr(el).querySelector<HTMLButtonElement>('[part=details] button.close')!.click();
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.be.false;
      expect(sr(el).querySelector('[part=details]')).to.not.exist;
    });
  });

  describe('keyboard', () => {
    async function smallTimeline() {
      return renderTimeline(
        html`<div style="width: 900px"><event-timeline group-by="none" .data=${smallChronology()}></event-timeline></div>`,
      );
    }

    it('has one tabbable mark (roving tabindex)', async () => {
      const el = await smallTimeline();
      const tabbable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
      expect(tabbable.map((m) => m.getAttribute('data-id'))).to.deep.equal(['e1']);
    });

    it('selects the focused mark with Enter', async () => {
      const el = await smallTimeline();
      markOf(el, 'e2')!.focus();
      expect(sr(el).activeElement?.getAttribute('data-id')).to.equal('e2');
      const selected = oneEvent(el, 'event-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.id).to.equal('e2');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('e2');
      expect(sr(el).querySelector('[part=details] h3')!.textContent).to.equal('Strike on the depot');
    });

    it('selects the focused mark with Space', async () => {
      const el = await smallTimeline();
      markOf(el, 'e3')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('e3');
      expect(window.scrollY, 'Space must not scroll the page').to.equal(0);
    });

    it('moves focus to the next and previous event with ArrowRight and ArrowLeft', async () => {
      const el = await smallTimeline();
      markOf(el, 'e1')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(sr(el).activeElement?.getAttribute('data-id')).to.equal('e2');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(sr(el).activeElement?.getAttribute('data-id')).to.equal('e3');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(sr(el).activeElement?.getAttribute('data-id')).to.equal('e2');
      // Focus moved, selection did not.
      expect(el.hasAttribute('selected')).to.be.false;
      // The focused mark is now the tabbable one.
      expect(markOf(el, 'e2')!.getAttribute('tabindex')).to.equal('0');
      expect(markOf(el, 'e1')!.getAttribute('tabindex')).to.equal('-1');
    });

    it('closes the details with Escape and returns focus to the mark', async () => {
      const el = await smallTimeline();
      markOf(el, 'e4')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const close = sr(el).querySelector<HTMLButtonElement>('[part=details] button.close')!;
      expect(close).to.exist;
      close.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.hasAttribute('selected')).to.be.false;
      expect(sr(el).querySelector('[part=details]')).to.not.exist;
      expect(sr(el).activeElement?.getAttribute('data-id')).to.equal('e4');
    });
  });

  describe('src errors', () => {
    it('shows [part=error] with the reason and a Retry button for a 404, and fires data-error', async () => {
      const url = '/tests/fixtures/no-such-chronology.json';
      const failed = oneEvent(document, 'data-error');
      const el = await fixture<EventTimeline>(html`<event-timeline src=${url}></event-timeline>`);
      const ev = await failed;
      expect(ev.target).to.equal(el);
      expect(ev.detail.message).to.contain('404');
      await el.updateComplete;
      const error = sr(el).querySelector('[part=error]')!;
      expect(error).to.exist;
      expect(error.textContent).to.contain('404');
      expect(error.textContent).to.contain(url);
      const retry = [...error.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Retry');
      expect(retry, 'Retry button').to.exist;
      expect(sr(el).querySelector('[part=status]')).to.not.exist;
      expect(marks(el)).to.have.length(0);
    });

    it('loads again on Retry', async () => {
      const url = '/tests/fixtures/flaky-chronology.json';
      let calls = 0;
      restoreFetch = stubFetch(async (input, init, real) => {
        if (!String(input).endsWith('flaky-chronology.json')) return real!(input, init);
        calls++;
        if (calls === 1) return new Response('gone', { status: 503, statusText: 'Service Unavailable' });
        return new Response(JSON.stringify(smallChronology()), { headers: { 'Content-Type': 'application/json' } });
      });
      const failed = oneEvent(document, 'data-error');
      const el = await fixture<EventTimeline>(html`<event-timeline src=${url}></event-timeline>`);
      expect((await failed).detail.message).to.contain('503');
      await el.updateComplete;
      const rendered = oneEvent(el, 'rendered');
      sr(el).querySelector<HTMLButtonElement>('[part=error] button')!.click();
      await rendered;
      await el.updateComplete;
      expect(calls).to.equal(2);
      expect(sr(el).querySelector('[part=error]')).to.not.exist;
      expect(idsOf(marks(el)).size).to.equal(5);
    });

    it("says 'not JSON' for a URL that serves HTML", async () => {
      const failed = oneEvent(document, 'data-error');
      const el = await fixture<EventTimeline>(html`<event-timeline src="/tests/fixtures/not-a-chronology.html"></event-timeline>`);
      const ev = await failed;
      expect(ev.detail.message).to.contain('not JSON');
      await el.updateComplete;
      expect(sr(el).querySelector('[part=error]')!.textContent).to.contain('not JSON');
    });

    it('reports JSON that is not a chronology (no events array)', async () => {
      const failed = oneEvent(document, 'data-error');
      const el = await fixture<EventTimeline>(html`<event-timeline src="/package.json"></event-timeline>`);
      const ev = await failed;
      expect(ev.detail.message).to.match(/events/);
      await el.updateComplete;
      expect(sr(el).querySelector('[part=error]')!.textContent).to.contain('events');
      expect(marks(el)).to.have.length(0);
    });
  });

  describe('invalid data', () => {
    it('draws the good events and lists the bad one with its path', async () => {
      const data = smallChronology();
      data.events[1].start = '2025-13-01';
      const loaded = oneEvent(document, 'data-load');
      const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
      const ev = await loaded;
      expect(ev.detail.events).to.equal(4);
      expect(ev.detail.problems).to.equal(1);
      expect([...idsOf(marks(el))].sort()).to.deep.equal(['e1', 'e3', 'e4', 'e5']);
      const problems = sr(el).querySelector('[part=problems]')!;
      expect(problems).to.exist;
      const items = [...problems.querySelectorAll('li')];
      expect(items).to.have.length(1);
      expect(items[0]!.textContent).to.contain('events[1].start');
      expect(items[0]!.textContent).to.contain('2025-13-01');
      expect(el.problems).to.have.length(1);
      expect(el.problems[0]!.eventId).to.equal('e2');
    });

    it('lists an event with an unknown actor and still draws the rest', async () => {
      const data = smallChronology();
      data.events[2].actors = [{ id: 'nobody' }];
      const el = await renderTimeline(html`<event-timeline .data=${data}></event-timeline>`);
      expect(idsOf(marks(el)).has('e3')).to.be.false;
      expect(idsOf(marks(el)).size).to.equal(4);
      expect(sr(el).querySelector('[part=problems]')!.textContent).to.contain('events[2].actors[0].id');
    });
  });

  describe('topic filtering', () => {
    it('filters the chart to a topic pressed in the filter bar, and back', async () => {
      const el = await renderTimeline(html`<event-timeline group-by="none" .data=${smallChronology()}></event-timeline>`);
      const badges = [
        ...sr(el).querySelectorAll<HTMLElement & { pressed: boolean; updateComplete: Promise<unknown> }>('[part=filters] topic-badge'),
      ];
      expect(badges).to.have.length(3);
      await Promise.all(badges.map((b) => b.updateComplete));
      const strikes = badges.find((b) => b.shadowRoot!.textContent!.includes('Strikes'))!;
      expect(strikes).to.exist;
      const button = strikes.shadowRoot!.querySelector<HTMLButtonElement>('button[part=badge]')!;
      expect(button, 'filter badge is a button').to.exist;
      expect(button.getAttribute('aria-pressed')).to.equal('false');

      const changed = oneEvent(document, 'filter-change');
      button.click();
      expect((await changed).detail.topics).to.deep.equal(['strikes']);
      await el.updateComplete;
      await strikes.updateComplete;
      expect(strikes.pressed).to.be.true;
      expect(strikes.hasAttribute('pressed')).to.be.true;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect([...idsOf(marks(el))].sort()).to.deep.equal(['e2', 'e5']);
      expect(el.activeTopics).to.deep.equal(['strikes']);

      const changedBack = oneEvent(document, 'filter-change');
      button.click();
      expect((await changedBack).detail.topics).to.deep.equal([]);
      await el.updateComplete;
      await strikes.updateComplete;
      expect(strikes.pressed).to.be.false;
      expect(idsOf(marks(el)).size).to.equal(5);
    });

    it('shows only events with the pressed topic in the June 2025 chronology', async () => {
      const data = await loadDataset();
      const el = await renderTimeline(
        html`<div style="width: 1000px"><event-timeline style="height: auto" .data=${data}></event-timeline></div>`,
      );
      const badge = [...sr(el).querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('[part=filters] topic-badge')].find(
        (b) => (b as unknown as { topic?: { id: string } }).topic?.id === 'ceasefire',
      )!;
      expect(badge).to.exist;
      await badge.updateComplete;
      badge.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      const want = data.events.filter((e: { topics: string[] }) => e.topics.includes('ceasefire')).map((e: { id: string }) => e.id);
      expect(want.length).to.be.greaterThan(2);
      expect([...idsOf(marks(el))].sort()).to.deep.equal([...want].sort());
    });
  });

  describe('zoom', () => {
    async function datasetTimeline() {
      const data = await loadDataset();
      return renderTimeline(html`<div style="width: 1000px"><event-timeline style="height: auto" .data=${data}></event-timeline></div>`);
    }
    const zoomButton = (el: EventTimeline, label: string) =>
      sr(el).querySelector<HTMLButtonElement>(`[part=controls] button[aria-label="${label}"]`)!;
    const resetButton = (el: EventTimeline) =>
      [...sr(el).querySelectorAll<HTMLButtonElement>('[part=controls] button')].find((b) => b.textContent!.trim() === 'Reset zoom')!;

    it('zooms in with the Zoom in button (range-change with a smaller span) and back with Reset', async () => {
      const el = await datasetTimeline();
      const full = el.range!;
      expect(full.start).to.be.instanceOf(Date);

      const changed = oneEvent(document, 'range-change');
      zoomButton(el, 'Zoom in').click();
      const ev = await changed;
      expect(ev.detail.start).to.be.instanceOf(Date);
      expect(ev.detail.end).to.be.instanceOf(Date);
      expect(span(ev.detail)).to.be.lessThan(span(full));
      expect(span(ev.detail)).to.be.closeTo(span(full) / 1.6, span(full) * 0.02);
      expect(ev.detail.start.getTime()).to.be.at.least(full.start.getTime());
      expect(ev.detail.end.getTime()).to.be.at.most(full.end.getTime());
      await el.updateComplete;
      expect(+el.range!.start).to.equal(+ev.detail.start);

      const reset = oneEvent(document, 'range-change');
      resetButton(el).click();
      const back = await reset;
      expect(+back.detail.start).to.equal(+full.start);
      expect(+back.detail.end).to.equal(+full.end);
      await el.updateComplete;
      expect(idsOf(marks(el)).size).to.equal(80);
    });

    it('zooms out again with the Zoom out button', async () => {
      const el = await datasetTimeline();
      const full = span(el.range!);
      zoomButton(el, 'Zoom in').click();
      zoomButton(el, 'Zoom in').click();
      await el.updateComplete;
      const zoomed = span(el.range!);
      const changed = oneEvent(el, 'range-change');
      zoomButton(el, 'Zoom out').click();
      const ev = await changed;
      expect(span(ev.detail)).to.be.greaterThan(zoomed);
      expect(span(ev.detail)).to.be.lessThan(full);
    });

    // Ctrl + wheel since issue 15: a plain wheel scrolls the page (article-page.test.ts).
    it('zooms with Ctrl + the mouse wheel on the chart', async () => {
      const el = await datasetTimeline();
      const full = span(el.range!);
      const svgEl = sr(el).querySelector('svg[part=chart]')!;
      const box = svgEl.getBoundingClientRect();
      const changed = oneEvent(el, 'range-change');
      svgEl.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: -500,
          deltaMode: 0,
          ctrlKey: true,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
      const ev = await changed;
      expect(span(ev.detail)).to.be.lessThan(full * 0.75);
    });

    it('keeps only the events in view (plus a margin) in the DOM when zoomed far in', async () => {
      const el = await datasetTimeline();
      const full = el.range!;
      const before = marks(el).length;
      for (let i = 0; i < 6; i++) el.zoomBy(1.6);
      await el.updateComplete;
      const r = el.range!;
      const s = span(r);
      expect(s).to.be.lessThan(span(full) / 10);
      const after = marks(el);
      expect(after.length).to.be.greaterThan(0);
      expect(after.length).to.be.lessThan(before / 2);
      const DAY = 86_400_000;
      const lo = +r.start - s / 2 - DAY;
      const hi = +r.end + s / 2 + DAY;
      const byId = new Map(el.chronology!.events.map((e) => [e.id, e]));
      for (const id of idsOf(after)) {
        const e = byId.get(id)!;
        const start = e.start.instant;
        const end = (e.end ?? e.start).instant + DAY;
        expect(end >= lo && start <= hi, `${id} is far outside the view`).to.be.true;
      }
    });
  });

  describe('layout', () => {
    for (const withDetails of [false, true]) {
      it(`the chart does not overflow horizontally at 360px${withDetails ? ' with the details open' : ''}`, async () => {
        const data = await loadDataset();
        const el = await renderTimeline(
          html`<div id="narrow" style="width: 360px; overflow: auto"><event-timeline view="chart" .data=${data}></event-timeline></div>`,
        );
        if (withDetails) {
          el.selected = MEETING;
          await el.updateComplete;
          expect(sr(el).querySelector('[part=details]')).to.exist;
        }
        await frames(2);
        const wrapper = el.parentElement!;
        expect(el.getBoundingClientRect().width).to.be.at.most(360);
        expect(wrapper.scrollWidth, 'wrapper scrollWidth').to.be.at.most(wrapper.clientWidth);
        expect(el.scrollWidth, 'host scrollWidth').to.be.at.most(el.clientWidth);
        expect(+sr(el).querySelector('svg[part=chart]')!.getAttribute('width')!).to.be.at.most(360);
      });
    }
  });
});
