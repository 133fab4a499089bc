// Issue 3, "Accessible by construction": the chart's keyboard model, driven
// with real key presses (Playwright through @web/test-runner-commands).
import { expect, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import {
  deepActiveElement,
  focusedMarkId,
  frames,
  loadDataset,
  markOf,
  markXY,
  marks,
  mountTimeline,
  smallChronology,
  sr,
  waitFor,
} from './helpers.js';

const STRIKES = 'us-strikes-fordow-natanz-isfahan';

type Ev = NonNullable<EventTimeline['chronology']>['events'][number];

/**
 * The June 2025 chronology in a 1000 px column, grown to its data (CSS
 * `height: auto`: every event drawn as a mark, none in a "+N" cluster, as
 * the tests of the marks' order expect), axis in UTC (so that a
 * calendar day's span starts at its `start.instant` and "sorted by start" is
 * simply sorted by `start.instant`), with a button before and after it.
 */
async function datasetTimeline(groupBy: 'actor' | 'none' = 'actor') {
  const data = await loadDataset();
  const el = await mountTimeline(html`<div>
    <button id="before">before</button>
    <div style="width: 1000px">
      <event-timeline view="chart" time-zone="UTC" group-by=${groupBy} style="height: auto" .data=${data}></event-timeline>
    </div>
    <button id="after">after</button>
  </div>`);
  return el;
}

/** An event's title in English (titles may be localized objects). */
const titleOf = (e: Ev): string =>
  typeof e.title === 'string' ? e.title : ((e.title as Record<string, string>).en ?? Object.values(e.title)[0]!);

/** Events in time order: the chronology sorted (stably) by start. */
const byStart = (el: EventTimeline): Ev[] => [...el.chronology!.events].sort((a, b) => a.start.instant - b.start.instant);

/** Waits for the effects of a key press (focus moves after an update, sometimes after a pan). */
async function settle(el: EventTimeline) {
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
}

async function press(el: EventTimeline, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

/** Focuses a mark with a real key press afterwards being possible (the mark is focused by script, as a click would). */
async function focusMark(el: EventTimeline, id: string) {
  const m = markOf(el, id);
  expect(!!m, `mark ${id}`).to.be.true;
  (m as unknown as HTMLElement).focus();
  await settle(el);
  expect(focusedMarkId(el)).to.equal(id);
}

/** Presses Tab until `match` holds for the focused element; returns it. */
async function tabTo(match: (a: Element) => boolean, what: string, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActiveElement();
    if (a && match(a)) return a;
  }
  throw new Error(`Tab never reached ${what}`);
}

const inRange = (el: EventTimeline, t: number) => t >= +el.range!.start && t <= +el.range!.end;
const span = (el: EventTimeline) => +el.range!.end - +el.range!.start;

describe('issue 3: keyboard', () => {
  // Wide enough for the 1000 px charts, so focusing a mark never scrolls the page sideways.
  let viewport = { width: 0, height: 0 };
  before(async () => {
    viewport = { width: window.innerWidth, height: window.innerHeight };
    await setViewport({ width: 1280, height: 900 });
  });
  after(async () => {
    await setViewport(viewport);
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('has one Tab stop in the chart: Tab from before the element passes exactly one mark, the next Tab leaves the chart', async () => {
    const el = await datasetTimeline();
    const before = document.getElementById('before')!;
    const after = document.getElementById('after')!;
    before.focus();
    const stops: Element[] = [];
    for (let i = 0; i < 120; i++) {
      await sendKeys({ press: 'Tab' });
      const a = deepActiveElement();
      if (!a || a === after) break;
      stops.push(a);
    }
    expect(deepActiveElement() === after, `Tab reaches the button after the element (${stops.length} stops)`).to.be.true;
    const markStops = stops.map((s, i) => [s, i] as const).filter(([s]) => s.matches('.mark'));
    expect(
      markStops.map(([s]) => s.getAttribute('data-id')),
      'marks among the Tab stops',
    ).to.have.length(1);
    const [mark, at] = markStops[0]!;
    // The one stop is the first event in time (nothing focused yet).
    expect(mark.getAttribute('data-id')).to.equal(byStart(el)[0]!.id);
    const next = stops[at + 1] ?? after;
    expect(next.closest('svg'), 'the Tab after the mark is outside the chart').to.equal(null);

    // Shift+Tab from after the element comes back to that same single stop.
    after.focus();
    for (let i = 0; i < 120 && !deepActiveElement()?.matches('.mark'); i++) await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()?.getAttribute('data-id')).to.equal(mark.getAttribute('data-id'));
  });

  it('moves to the next and previous event in time with ArrowRight and ArrowLeft', async () => {
    const el = await datasetTimeline();
    const order = byStart(el).map((e) => e.id);
    await focusMark(el, order[0]!);
    const visited = [order[0]];
    for (let i = 1; i < 20; i++) {
      await press(el, 'ArrowRight');
      visited.push(focusedMarkId(el)!);
    }
    expect(visited).to.deep.equal(order.slice(0, 20));
    const back = [];
    for (let i = 0; i < 5; i++) {
      await press(el, 'ArrowLeft');
      back.push(focusedMarkId(el));
    }
    expect(back).to.deep.equal(order.slice(14, 19).reverse());
    // Focus moved, the selection did not.
    expect(el.hasAttribute('selected')).to.be.false;
    // The focused mark is the chart's one Tab stop now.
    expect(
      marks(el)
        .filter((m) => m.getAttribute('tabindex') === '0')
        .map((m) => m.getAttribute('data-id')),
    ).to.deep.equal([order[14]]);
  });

  it("handles a key pressed at the first focus, before the keys' module has loaded (its default action prevented at once)", async () => {
    const el = await datasetTimeline();
    const order = byStart(el).map((e) => e.id);
    const mark = markOf(el, order[0]!) as unknown as HTMLElement;
    mark.focus();
    // In the same task as the first focus: the module's import() cannot have resolved yet.
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    mark.dispatchEvent(key);
    expect(key.defaultPrevented, 'the page does not scroll').to.be.true;
    await settle(el);
    expect(focusedMarkId(el)).to.equal(order[1]);
  });

  it('stays on the first event with ArrowLeft and on the last with ArrowRight', async () => {
    const el = await datasetTimeline();
    const order = byStart(el).map((e) => e.id);
    await focusMark(el, order[0]!);
    await press(el, 'ArrowLeft');
    expect(focusedMarkId(el)).to.equal(order[0]);
    await press(el, 'End');
    await press(el, 'ArrowRight');
    expect(focusedMarkId(el)).to.equal(order.at(-1));
  });

  it('moves to the nearest event in the lane above and below with ArrowUp and ArrowDown', async () => {
    const el = await datasetTimeline('actor');
    // Lanes top to bottom, and each event's primary mark with its lane and x.
    const bands = [...sr(el).querySelectorAll('[part=lane]')].map((b) => ({
      y0: +b.getAttribute('y')!,
      y1: +b.getAttribute('y')! + +b.getAttribute('height')!,
    }));
    expect(bands.length).to.be.at.least(3);
    const laneOfY = (y: number) => bands.findIndex((b) => y > b.y0 && y < b.y1);
    const primaries = marks(el)
      .filter((m) => m.getAttribute('role') === 'button')
      .map((m) => ({ id: m.getAttribute('data-id')!, lane: laneOfY(markXY(m).y), x: markXY(m).x }));
    expect(primaries).to.have.length(80);
    const expectedNeighbour = (id: string, dir: -1 | 1) => {
      const from = primaries.find((p) => p.id === id)!;
      for (let lane = from.lane + dir; lane >= 0 && lane < bands.length; lane += dir) {
        const inLane = primaries.filter((p) => p.lane === lane);
        if (!inLane.length) continue;
        const best = Math.min(...inLane.map((p) => Math.abs(p.x - from.x)));
        return { lane, ids: inLane.filter((p) => Math.abs(Math.abs(p.x - from.x) - best) < 0.5).map((p) => p.id), best };
      }
      return null;
    };
    // Start from an event in a middle lane (with lanes above and below).
    const start = primaries.find(
      (p) => p.lane > 0 && p.lane < bands.length - 1 && expectedNeighbour(p.id, -1) && expectedNeighbour(p.id, 1),
    )!;
    expect(!!start, 'an event in a middle lane').to.be.true;

    for (const [key, dir] of [
      ['ArrowDown', 1],
      ['ArrowUp', -1],
    ] as const) {
      const want = expectedNeighbour(start.id, dir)!;
      await focusMark(el, start.id);
      await press(el, key);
      const got = focusedMarkId(el);
      expect(want.ids, `${key} from ${start.id} (lane ${start.lane}) goes to the nearest event in lane ${want.lane}`).to.include(got);
    }

    // Repeated ArrowDown walks down the lanes, one lane at a time, to the last one and stays there.
    await focusMark(el, primaries.find((p) => p.lane === 0)!.id);
    const lanes = [0];
    for (let i = 0; i < bands.length + 1; i++) {
      await press(el, 'ArrowDown');
      lanes.push(primaries.find((p) => p.id === focusedMarkId(el))!.lane);
    }
    for (let i = 1; i < lanes.length; i++) expect(lanes[i]).to.be.at.least(lanes[i - 1]!);
    expect(lanes.at(-1)).to.equal(Math.max(...primaries.map((p) => p.lane)));
  });

  it('goes to the first and last event with Home and End', async () => {
    const el = await datasetTimeline();
    const order = byStart(el).map((e) => e.id);
    await focusMark(el, order[30]!);
    await press(el, 'End');
    expect(focusedMarkId(el)).to.equal(order.at(-1));
    await press(el, 'Home');
    expect(focusedMarkId(el)).to.equal(order[0]);
  });

  it('goes to the first event of the next and previous day with events with PageDown and PageUp', async () => {
    const el = await datasetTimeline();
    const events = byStart(el);
    // The display zone is UTC: an event's day is the UTC date of its start.
    const day = (e: Ev) => new Date(e.start.instant).toISOString().slice(0, 10);
    const days = [...new Set(events.map(day))];
    const firstOf = (d: string) => events.find((e) => day(e) === d)!.id;
    // Start from an event that is not the first of its day, on a day with days around it.
    const i = events.findIndex(
      (e, k) => k > 0 && day(events[k - 1]!) === day(e) && days.indexOf(day(e)) > 0 && days.indexOf(day(e)) < days.length - 1,
    );
    expect(i, 'an event that is not the first of its day').to.be.greaterThan(0);
    const d = days.indexOf(day(events[i]!));

    await focusMark(el, events[i]!.id);
    await press(el, 'PageDown');
    expect(focusedMarkId(el), 'PageDown').to.equal(firstOf(days[d + 1]!));
    await press(el, 'PageDown');
    expect(focusedMarkId(el), 'PageDown again').to.equal(firstOf(days[d + 2] ?? days[d + 1]!));

    await focusMark(el, events[i]!.id);
    await press(el, 'PageUp');
    expect(focusedMarkId(el), 'PageUp').to.equal(firstOf(days[d - 1]!));
  });

  it('zooms in with + and out with - around the focused event, which stays in range and keeps focus', async () => {
    const el = await datasetTimeline();
    const full = span(el);
    const strikes = el.chronology!.events.find((e) => e.id === STRIKES)!;
    await focusMark(el, STRIKES);

    const zoomedIn = oneEvent(el, 'range-change');
    await press(el, '+');
    await zoomedIn;
    await settle(el);
    const inSpan = span(el);
    expect(inSpan, 'span after +').to.be.closeTo(full / 2, full * 0.02);
    expect(inRange(el, strikes.start.instant), 'the focused event is in the range after +').to.be.true;
    expect(focusedMarkId(el), 'focus after +').to.equal(STRIKES);

    await press(el, '+');
    expect(span(el)).to.be.closeTo(inSpan / 2, full * 0.02);
    expect(inRange(el, strikes.start.instant)).to.be.true;
    expect(focusedMarkId(el)).to.equal(STRIKES);

    const zoomedOut = oneEvent(el, 'range-change');
    await press(el, '-');
    await zoomedOut;
    await settle(el);
    expect(span(el), 'span after -').to.be.closeTo(inSpan, full * 0.02);
    expect(inRange(el, strikes.start.instant), 'the focused event is in the range after -').to.be.true;
    expect(focusedMarkId(el), 'focus after -').to.equal(STRIKES);
  });

  it('resets the zoom to the full extent with 0', async () => {
    const el = await datasetTimeline();
    const full = el.range!;
    await focusMark(el, STRIKES);
    await press(el, '+');
    await press(el, '+');
    expect(span(el)).to.be.lessThan((+full.end - +full.start) / 3);
    const reset = oneEvent(el, 'range-change');
    await press(el, '0');
    await reset;
    await settle(el);
    expect(+el.range!.start).to.equal(+full.start);
    expect(+el.range!.end).to.equal(+full.end);
    expect(focusedMarkId(el), 'focus stays on a mark after the reset').to.equal(STRIKES);
  });

  for (const key of ['Enter', 'Space'] as const) {
    it(`selects the focused event with ${key}: event-select, the selected attribute, the details panel`, async () => {
      const el = await datasetTimeline();
      await focusMark(el, STRIKES);
      expect(!!sr(el).querySelector('section.details'), 'details panel').to.be.false;
      const selected = oneEvent(el, 'event-select');
      await sendKeys({ press: key });
      expect((await selected).detail).to.deep.equal({ id: STRIKES });
      await settle(el);
      expect(el.getAttribute('selected')).to.equal(STRIKES);
      const details = sr(el).querySelector('section.details');
      expect(!!details, 'details panel').to.be.true;
      expect(details!.querySelector('h3')!.textContent).to.equal(titleOf(el.chronology!.events.find((e) => e.id === STRIKES)!));
      expect(markOf(el, STRIKES)!.getAttribute('aria-expanded')).to.equal('true');
      expect(focusedMarkId(el), 'focus stays on the event').to.equal(STRIKES);
      expect(window.scrollY, `${key} does not scroll the page`).to.equal(0);
    });
  }

  it('closes the details with Escape on the mark; focus stays on the event', async () => {
    const el = await datasetTimeline();
    await focusMark(el, STRIKES);
    await press(el, 'Enter');
    expect(!!sr(el).querySelector('section.details')).to.be.true;
    await press(el, 'Escape');
    expect(el.hasAttribute('selected')).to.be.false;
    expect(!!sr(el).querySelector('section.details'), 'details panel').to.be.false;
    expect(focusedMarkId(el)).to.equal(STRIKES);
    expect(markOf(el, STRIKES)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes the details with Escape inside the panel (on the close button) and returns focus to the event', async () => {
    const el = await datasetTimeline();
    await focusMark(el, STRIKES);
    await press(el, 'Enter');
    // The next Tab stop after the chart's one stop is the panel's close button.
    await sendKeys({ press: 'Tab' });
    const close = deepActiveElement();
    expect(
      close?.matches('section.details button.close'),
      `Tab after the mark lands on the close button, not ${close?.outerHTML.slice(0, 80)}`,
    ).to.be.true;
    await press(el, 'Escape');
    await settle(el);
    expect(el.hasAttribute('selected')).to.be.false;
    expect(!!sr(el).querySelector('section.details'), 'details panel').to.be.false;
    expect(focusedMarkId(el)).to.equal(STRIKES);
  });

  it('closes the details with Escape from a source link inside the panel and returns focus to the event', async () => {
    const el = await datasetTimeline();
    await focusMark(el, STRIKES);
    await press(el, 'Enter');
    const link = sr(el).querySelector<HTMLAnchorElement>('section.details a[href]')!;
    expect(!!link).to.be.true;
    link.focus();
    await press(el, 'Escape');
    await settle(el);
    expect(!!sr(el).querySelector('section.details'), 'details panel').to.be.false;
    expect(focusedMarkId(el)).to.equal(STRIKES);
  });

  it('operates the details close button with Enter, and focus returns to the event', async () => {
    const el = await datasetTimeline();
    await focusMark(el, STRIKES);
    await press(el, 'Space');
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.matches('button.close')).to.be.true;
    await press(el, 'Enter');
    await settle(el);
    expect(el.hasAttribute('selected')).to.be.false;
    expect(!!sr(el).querySelector('section.details'), 'details panel').to.be.false;
    expect(focusedMarkId(el)).to.equal(STRIKES);
  });

  it('focus follows into the view: zoomed in, End pans so the last event is in range and focused', async () => {
    const el = await datasetTimeline();
    const last = byStart(el).at(-1)!;
    el.zoomBy(8);
    await settle(el);
    expect(inRange(el, last.start.instant), 'the last event starts out of view').to.be.false;
    const tabStop = marks(el).find((m) => m.getAttribute('tabindex') === '0')!;
    expect(!!tabStop).to.be.true;
    await focusMark(el, tabStop.getAttribute('data-id')!);
    const zoomed = span(el);
    await press(el, 'End');
    await waitFor(() => focusedMarkId(el) === last.id, `focus on the last event ${last.id}`);
    expect(inRange(el, last.start.instant), 'the last event is in the range').to.be.true;
    expect(span(el), 'panned, not zoomed out').to.be.closeTo(zoomed, zoomed * 0.05);
  });

  /**
   * A narrow chart (one lane, no label column), zoomed in 16×, with focus on
   * the date-time event in view farthest from the centre (or the rightmost);
   * `p` is its place in the view (0 left edge, 1 right edge).
   */
  async function zoomedNarrowChart(pick: 'farthest' | 'rightmost') {
    const el = await mountTimeline(html`<div style="width: 300px">
      <event-timeline view="chart" time-zone="UTC" group-by="none" style="height: auto" .data=${await loadDataset()}></event-timeline>
    </div>`);
    el.zoomBy(16);
    await settle(el);
    const [v0, v1] = [+el.range!.start, +el.range!.end];
    const place = (e: Ev) => (e.start.instant - v0) / (v1 - v0);
    const instants = el.chronology!.events.filter(
      (e) => !e.end && e.start.offsetMinutes !== undefined && place(e) > 0.02 && place(e) < 0.98 && markOf(el, e.id),
    );
    expect(instants.length, 'instants in view').to.be.greaterThan(0);
    const score = (e: Ev) => (pick === 'rightmost' ? place(e) : Math.abs(place(e) - 0.5));
    const ev = instants.reduce((a, b) => (score(b) > score(a) ? b : a));
    const id = ev.id;
    await focusMark(el, id);
    const b = markOf(el, id)!.querySelector('.shape')!.getBoundingClientRect();
    return { el, id, p: place(ev), x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }

  const expectFocusOnAMark = (el: EventTimeline) => {
    const a = sr(el).activeElement;
    expect(!!a, 'something in the element has focus').to.be.true;
    expect(a!.matches('.mark.primary') && !!a!.closest('svg.chart'), `focus is on a mark in the chart, not on ${a?.outerHTML.slice(0, 80)}`)
      .to.be.true;
  };

  it('keeps focus on a mark when a programmatic zoom takes the focused mark out of the DOM (windowing)', async () => {
    const { el, id, p } = await zoomedNarrowChart('farthest');
    // Zooming k× around the centre puts the mark past the rendered margin (0.15 of a view beyond each edge): it is not rendered.
    expect(Math.abs(p - 0.5), 'the mark is away from the centre').to.be.greaterThan(0.25);
    const before = el.range!;
    const k = Math.min(4.5, 1.25 / Math.abs(p - 0.5));
    el.zoomBy(k);
    await settle(el);
    await frames(2);
    const ev = el.chronology!.events.find((e) => e.id === id)!;
    expectFocusOnAMark(el);
    const mid = (r: { start: Date; end: Date }) => (+r.start + +r.end) / 2;
    const after = el.range!;
    expect(
      Math.abs(mid(after) - mid(before)) < (+after.end - +after.start) * 0.01,
      `the view stays where zoomBy(${k.toFixed(2)}) put it (centred on ${new Date(mid(before)).toISOString()}), not moved by the focus change: now ${after.start.toISOString()} – ${after.end.toISOString()}, focus on ${focusedMarkId(el)}`,
    ).to.be.true;
    expect(
      !!markOf(el, id),
      `the focused mark left the DOM (${id} at ${ev.start.iso}; view ${before.start.toISOString()} – ${before.end.toISOString()}, then ${el.range!.start.toISOString()} – ${el.range!.end.toISOString()}; focus on ${focusedMarkId(el)})`,
    ).to.be.false;
    expectFocusOnAMark(el);
  });

  it('keeps focus on a mark when a drag pans the focused mark out of the DOM, and the view follows the drag', async () => {
    const { el, id, p, x, y } = await zoomedNarrowChart('rightmost');
    // Drag to the right, starting on the focused mark (mousedown keeps it focused): the view moves to
    // earlier times by more than a view, and the mark goes out of the rendered window (the view ± 0.15 of a view).
    expect(p, 'the mark is in the right half of the view').to.be.greaterThan(0.5);
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await sendMouse({ type: 'down' });
    expect(focusedMarkId(el), 'the mark keeps focus on mousedown').to.equal(id);
    const starts = [+el.range!.start];
    const log = [`start ${el.range!.start.toISOString()}`];
    for (let dx = 50; dx <= 450; dx += 50) {
      await sendMouse({ type: 'move', position: [Math.round(x + dx), Math.round(y)] });
      await el.updateComplete;
      starts.push(+el.range!.start);
      log.push(`+${dx}px: ${el.range!.start.toISOString()} focus ${focusedMarkId(el)}`);
    }
    await sendMouse({ type: 'up' });
    await settle(el);
    await frames(2);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]! < starts[i - 1]!, `each step of the drag moves the view to earlier times:\n${log.join('\n')}`).to.be.true;
    expect(!!markOf(el, id), 'the focused mark left the DOM').to.be.false;
    expectFocusOnAMark(el);
  });

  it('keeps focus on a mark when data changes to a chronology without the focused event', async () => {
    const el = await datasetTimeline();
    await focusMark(el, STRIKES);
    const next = smallChronology();
    el.data = next;
    await waitFor(() => el.chronology?.id === 'small' && marks(el).length > 0, 'the new data to render');
    await settle(el);
    await waitFor(() => sr(el).activeElement, 'focus to come back into the chart', 2000).catch(() => null);
    expectFocusOnAMark(el);
    const a = sr(el).activeElement;
    expect(next.events.map((e: { id: string }) => e.id)).to.include(a!.getAttribute('data-id'));
  });

  it('reaches the zoom buttons with Tab and operates them with Enter and Space', async () => {
    const el = await datasetTimeline();
    const full = span(el);
    document.getElementById('before')!.focus();
    const zoomIn = await tabTo((a) => a.getAttribute('aria-label') === 'Zoom in', 'the Zoom in button');
    expect(zoomIn.getRootNode() === sr(el)).to.be.true;
    let changed = oneEvent(el, 'range-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await settle(el);
    const afterEnter = span(el);
    expect(afterEnter).to.be.lessThan(full * 0.7);
    changed = oneEvent(el, 'range-change');
    await sendKeys({ press: 'Space' });
    await changed;
    await settle(el);
    expect(span(el)).to.be.lessThan(afterEnter * 0.7);

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Zoom out');
    const beforeOut = span(el);
    changed = oneEvent(el, 'range-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await settle(el);
    expect(span(el)).to.be.greaterThan(beforeOut * 1.3);

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Reset zoom');
    changed = oneEvent(el, 'range-change');
    await sendKeys({ press: 'Space' });
    await changed;
    await settle(el);
    expect(span(el)).to.equal(full);
  });

  it('reaches the view toggle with Tab and switches views with Enter and Space (aria-pressed follows)', async () => {
    const el = await datasetTimeline();
    document.getElementById('before')!.focus();
    const list = await tabTo((a) => a.matches('.view-toggle button[data-view=list]'), 'the List toggle');
    expect(list.getAttribute('aria-pressed')).to.equal('false');
    await press(el, 'Enter');
    await waitFor(() => sr(el).querySelector('.list .day-heading'), 'the list view');
    expect(!!sr(el).querySelector('svg.chart')).to.be.false;
    const [chartBtn, listBtn] = ['chart', 'list'].map((v) => sr(el).querySelector(`.view-toggle button[data-view=${v}]`)!);
    expect(listBtn!.getAttribute('aria-pressed')).to.equal('true');
    expect(chartBtn!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('view')).to.equal('list');
    // Focus is still on the toggle: Shift+Tab to Chart, Space.
    expect(deepActiveElement() === listBtn, 'focus stays on the List button').to.be.true;
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement() === chartBtn, 'Shift+Tab reaches the Chart button').to.be.true;
    await press(el, 'Space');
    await waitFor(() => marks(el).length > 0, 'the chart view');
    expect(!!sr(el).querySelector('.list')).to.be.false;
    expect(chartBtn!.getAttribute('aria-pressed')).to.equal('true');
    expect(listBtn!.getAttribute('aria-pressed')).to.equal('false');
  });

  it('reaches the topic badges in the filter bar with Tab and toggles a filter with Enter and Space', async () => {
    const el = await mountTimeline(html`<div>
      <button id="before">before</button>
      <div style="width: 900px"><event-timeline view="chart" group-by="none" .data=${smallChronology()}></event-timeline></div>
    </div>`);
    document.getElementById('before')!.focus();
    // The chart's filters are behind its "Filters" button (issue 15): Tab to it, Enter opens the panel.
    const filters = await tabTo((a) => a.matches('button.filter-toggle'), 'the Filters button');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(filters.getAttribute('aria-expanded')).to.equal('true');
    const badge = await tabTo((a) => a.matches('button[part~=badge]') && /Strikes/.test(a.textContent ?? ''), 'the Strikes badge');
    expect(badge.getAttribute('aria-pressed')).to.equal('false');
    let changed = oneEvent(el, 'filter-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.topics).to.deep.equal(['strikes']);
    await settle(el);
    expect(badge.getAttribute('aria-pressed')).to.equal('true');
    expect([...new Set(marks(el).map((m) => m.getAttribute('data-id')))].sort()).to.deep.equal(['e2', 'e5']);
    expect(deepActiveElement() === badge, 'focus stays on the badge').to.be.true;
    changed = oneEvent(el, 'filter-change');
    await sendKeys({ press: 'Space' });
    expect((await changed).detail.topics).to.deep.equal([]);
    await settle(el);
    expect(badge.getAttribute('aria-pressed')).to.equal('false');
    expect(new Set(marks(el).map((m) => m.getAttribute('data-id'))).size).to.equal(5);
  });
});
