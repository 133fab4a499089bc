// Issue 19, "An axis that skips empty time": `axis-breaks` in real Chromium.
// A chronology with six empty months: the gap is a break of fixed width, the
// marks either side keep their order and do not overlap; zoom, pan and the
// keys work across it; the list and phone views are unchanged; axe finds nothing.
import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { focusedMarkId, frames, intersects, markOf, markXY, mountTimeline, sr, waitFor } from './helpers.js';

const PAGE = 'width: 1000px; background: #ffffff; color: #1a1a1a';
/** The break's width when the whole chronology is shown (BREAK_GAP in layout/broken-axis.ts). */
const GAP = 24;

/** Six days in March 2025, then nothing until six days in September. */
function gapChronology() {
  const day = (month: string, d: number, i: number) => ({ id: `${month}${d}`, title: `Talks ${i + 1}`, start: `2025-${month}-0${d}` });
  return {
    schemaVersion: 1,
    id: 'gap',
    title: 'Two rounds of talks',
    timeZone: 'UTC',
    events: [...[3, 4, 5, 6, 7, 8].map((d, i) => day('03', d, i)), ...[2, 3, 4, 5, 6, 7].map((d, i) => day('09', d, i + 6))],
  };
}
const MARCH = ['033', '034', '035', '036', '037', '038'];
const SEPTEMBER = ['092', '093', '094', '095', '096', '097'];

const breakRect = (el: EventTimeline) => sr(el).querySelector('.axis-break rect')?.getBoundingClientRect();
const shapeOf = (el: EventTimeline, id: string) => markOf(el, id)!.querySelector('.shape')!.getBoundingClientRect();
const centre = (r: DOMRect) => r.left + r.width / 2;

async function mount(attrs: 'breaks' | 'plain' = 'breaks', style = PAGE, view = 'auto') {
  const el =
    attrs === 'breaks'
      ? await mountTimeline(
          html`<div style=${style}><event-timeline axis-breaks view=${view} .data=${gapChronology()}></event-timeline></div>`,
        )
      : await mountTimeline(html`<div style=${style}><event-timeline view=${view} .data=${gapChronology()}></event-timeline></div>`);
  await el.updateComplete;
  return el;
}

describe('axis-breaks', () => {
  it('the six empty months are one break of fixed width, labelled; the marks either side keep their order and do not overlap', async () => {
    const el = await mount();
    await waitFor(() => breakRect(el), 'the break');
    expect(sr(el).querySelectorAll('.axis-break')).to.have.length(1);
    const gap = breakRect(el)!;
    expect(gap.width).to.be.closeTo(GAP, 0.5);
    expect(sr(el).querySelector('.axis-break text')!.textContent!.trim()).to.equal('— 6 months —');
    const ids = [...MARCH, ...SEPTEMBER];
    const shapes = ids.map((id) => shapeOf(el, id));
    for (const [i, r] of shapes.entries()) {
      if (i) expect(centre(r), ids[i]).to.be.greaterThan(centre(shapes[i - 1]!));
      if (i < MARCH.length) expect(r.right, ids[i]).to.be.at.most(gap.left);
      else expect(r.left, ids[i]).to.be.at.least(gap.right);
      for (const other of shapes.slice(0, i)) expect(intersects(r, other), `${ids[i]} overlaps`).to.be.false;
    }
    // Each side gets a good part of the plot (on a plain axis the six days are a few pixels).
    const march = centre(shapes[MARCH.length - 1]!) - centre(shapes[0]!);
    expect(march).to.be.greaterThan(100);
    // Ticks stay off the break, on both sides.
    const ticks = [...sr(el).querySelectorAll('.axis .tick line')].map((t) => t.getBoundingClientRect().left);
    expect(ticks.some((x) => x < gap.left) && ticks.some((x) => x > gap.right)).to.be.true;
    for (const x of ticks) expect(x <= gap.left + 0.5 || x >= gap.right - 0.5).to.be.true;

    const plain = await mount('plain');
    expect(sr(plain).querySelector('.axis-break')).to.equal(null);
    const p = [markOf(plain, MARCH[0]!), markOf(plain, MARCH[5]!)];
    // On a plain axis the March days are crowded into one "+N" or a few pixels.
    if (p[0] && p[1]) expect(centre(p[1].getBoundingClientRect()) - centre(p[0].getBoundingClientRect())).to.be.lessThan(march / 4);
    else expect(sr(plain).querySelector('.cluster')).to.not.equal(null);
  });

  it('zoom, pan and the keys work across the break', async () => {
    const el = await mount();
    await waitFor(() => breakRect(el), 'the break');
    // Keys: from the last March event, → goes over the break to the first September one.
    markOf(el, MARCH[5]!)!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => focusedMarkId(el) === SEPTEMBER[0], 'focus on the first September event');
    // + zooms around the focused mark (it stays put): both ends of the range move in, the break widens with the time around it.
    const whole = el.range!;
    const at = markXY(markOf(el, SEPTEMBER[0]!)!).x;
    await sendKeys({ press: '+' });
    await waitFor(() => +el.range!.start > +whole.start && +el.range!.end < +whole.end, 'a zoomed range');
    await el.updateComplete;
    await frames(2);
    expect(breakRect(el)!.width).to.be.closeTo(2 * GAP, 1);
    expect(markXY(markOf(el, SEPTEMBER[0]!)!).x).to.be.closeTo(at, 1);
    // Pan: drag the plot to the right, towards earlier time.
    const before = el.range!;
    const svg = sr(el).querySelector('svg.chart')!.getBoundingClientRect();
    const y = Math.round(svg.top + svg.height - 12);
    await sendMouse({ type: 'move', position: [Math.round(svg.left + svg.width / 2), y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 5; i++) await sendMouse({ type: 'move', position: [Math.round(svg.left + svg.width / 2 + i * 40), y] });
    await sendMouse({ type: 'up' });
    await waitFor(() => +el.range!.start < +before.start, 'the view panned to earlier time');
    // The panned view still shows both sides of the break with their order.
    el.resetZoom();
    await el.updateComplete;
    await frames(2);
    expect(breakRect(el)!.width).to.be.closeTo(GAP, 0.5);
    expect(centre(shapeOf(el, SEPTEMBER[0]!))).to.be.greaterThan(breakRect(el)!.right);
  });

  it('the list and the phone chronology are the same with or without it', async () => {
    const text = (el: EventTimeline) => sr(el).querySelector('.list, .phone')!.textContent!.replace(/\s+/g, ' ');
    const list = await mount('breaks', PAGE, 'list');
    const listPlain = await mount('plain', PAGE, 'list');
    expect(sr(list).querySelector('.axis-break')).to.equal(null);
    expect(text(list)).to.equal(text(listPlain));
    const phone = await mount('breaks', 'width: 380px');
    const phonePlain = await mount('plain', 'width: 380px');
    await waitFor(() => sr(phone).querySelector('.phone'), 'the phone chronology');
    expect(sr(phone).querySelector('.axis-break')).to.equal(null);
    expect(text(phone)).to.equal(text(phonePlain));
  });

  it('a value that is not a length is reported once and the automatic threshold used; a long one leaves the axis plain', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await mountTimeline(
        html`<div style=${PAGE}><event-timeline axis-breaks="soon" .data=${gapChronology()}></event-timeline></div>`,
      );
      await waitFor(() => breakRect(el), 'the break');
      el.zoomBy(1.5);
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes('axis-breaks="soon"'))).to.have.length(1);
      expect(warnings[0]).to.match(/expected a length such as 3d, 2w/);
      el.axisBreaks = '1y';
      await el.updateComplete;
      await frames(1);
      expect(sr(el).querySelector('.axis-break')).to.equal(null);
      el.axisBreaks = '2w';
      await el.updateComplete;
      await waitFor(() => breakRect(el), 'the break again');
      el.axisBreaks = undefined;
      await el.updateComplete;
      expect(sr(el).querySelector('.axis-break')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('axe: 0 violations with a break, light and dark', async () => {
    type AxeResult = { violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(c: unknown): Promise<AxeResult> } }).axe;
    for (const style of [PAGE, 'width: 1000px; color-scheme: dark; background: #121212; color: #e8e8e8']) {
      const el = await mount('breaks', style);
      await waitFor(() => breakRect(el), 'the break');
      const r = await axe.run(el.parentElement);
      const text = r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)} ${n.failureSummary}`)).join('\n');
      expect(r.violations.length, text).to.equal(0);
    }
  });
});
