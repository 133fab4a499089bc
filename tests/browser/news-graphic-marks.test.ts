// The June chronology at 1200 px, the rest of issue 16: day events drawn as
// their day, the selection (ring, raised mark, the rest dimmed, the whole
// title), lane names that fit, day-number ticks, the notes in accessible
// names, the brief's sources and corrections. Geometry from the rendered chart.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { frames, loadDataset, markOf, marks, renderTimeline, sr, waitFor } from './helpers.js';

const STRIKES = 'us-strikes-fordow-natanz-isfahan';

async function june(attrs: { groupBy?: string; width?: number; data?: unknown } = {}): Promise<EventTimeline> {
  const data = attrs.data ?? (await loadDataset());
  return renderTimeline(
    // Grown to its data (CSS height: auto): every event has its own mark; the default box gathers some into "+N".
    html`<div style="width: ${attrs.width ?? 1200}px">
      <event-timeline group-by=${attrs.groupBy ?? 'actor'} style="height: auto" .data=${data}></event-timeline>
    </div>`,
  );
}

/** The day ticks' lines (client x) and the width of one day, px, from two neighbouring ticks and their labels. */
function dayScale(el: EventTimeline) {
  const ticks = [...sr(el).querySelectorAll('.axis .tick')].map((t) => ({
    x: t.querySelector('line')!.getBoundingClientRect().x,
    day: +(t.querySelector('text:not(.period)')?.textContent ?? NaN),
  }));
  const [a, b] = ticks;
  return { ticks, dayPx: (b!.x - a!.x) / (b!.day - a!.day) };
}

describe('day events are drawn as their day', () => {
  it('at 1200 px (days ~37 px wide), every day event is a band from midnight to midnight in the display zone; instants are dots', async () => {
    const el = await june();
    const { ticks, dayPx } = dayScale(el);
    expect(dayPx).to.be.greaterThan(6);
    const byId = new Map(el.chronology!.events.map((e) => [e.id, e]));
    let bands = 0;
    for (const m of marks(el)) {
      const e = byId.get(m.getAttribute('data-id')!)!;
      const day = m.querySelector('.day');
      if (e.precision === 'day' && !e.end) {
        expect(day, `${e.id} drawn as a band`).to.exist;
        const box = day!.getBoundingClientRect();
        expect(box.width, `${e.id}: one day wide`).to.be.closeTo(dayPx, 1);
        // Its edges fall on midnights: a whole number of days from a day tick.
        const days = (box.left - ticks[0]!.x) / dayPx;
        expect(Math.abs(days - Math.round(days)) * dayPx, `${e.id}: starts at a midnight`).to.be.lessThan(1);
        bands++;
      } else if (e.precision !== 'day' && !e.end) {
        expect(day, `${e.id} (an instant) is not a band`).to.equal(null);
        expect(m.querySelector('.dot'), `${e.id} is a dot`).to.exist;
      }
    }
    expect(bands).to.be.greaterThan(40);
  });

  it('a 22 June event’s band starts one day after the tick of 21 June and ends at the tick of 23 June', async () => {
    const el = await june({ groupBy: 'none' });
    const { ticks, dayPx } = dayScale(el);
    const [t21, t23] = [ticks.find((t) => t.day === 21)!, ticks.find((t) => t.day === 23)!];
    const e = el.chronology!.events.find(
      (x) => x.precision === 'day' && !x.end && x.start.month === 6 && x.start.day === 22 && markOf(el, x.id),
    )!;
    expect(e, 'a day event on 22 June').to.exist;
    const box = markOf(el, e.id)!.querySelector('.day')!.getBoundingClientRect();
    expect(box.left).to.be.closeTo(t21.x + dayPx, 1);
    expect(box.right).to.be.closeTo(t23.x, 1);
  });

  it('the legend names the four marks: instant, day, period, approximate', async () => {
    const el = await june();
    const legend = sr(el).querySelector('.legend')!;
    expect([...legend.querySelectorAll('span')].map((s) => s.textContent!.trim())).to.deep.equal([
      'instant',
      'day',
      'period',
      'approximate',
    ]);
  });
});

describe('the phone chronology keeps its key', () => {
  it('at 360 px (days drawn as dots in the date rail) the key says "instant or day" and has no day band', async () => {
    const data = await loadDataset();
    const root = await fixture<HTMLElement>(html`<div style="width: 360px"><event-timeline .data=${data}></event-timeline></div>`);
    const el = root.querySelector('event-timeline') as EventTimeline;
    await waitFor(() => sr(el).querySelector('.phone-item, .list .item'), 'the phone chronology');
    await el.updateComplete;
    const legend = sr(el).querySelector('.legend')!;
    expect([...legend.querySelectorAll('span')].map((x) => x.textContent!.trim())).to.deep.equal([
      'instant or day',
      'period',
      'approximate',
    ]);
  });
});

describe('the selection: a ring, a raised mark, the rest dimmed, the whole title', () => {
  it('selecting a mark with a shortened label rings it, draws it last in its lane, shows its whole title and dims the others', async () => {
    const el = await june();
    const cut = marks(el).find((m) => m.getAttribute('role') === 'button' && m.querySelector(':scope > text')?.textContent?.endsWith('…'))!;
    expect(cut, 'a mark with a shortened label').to.exist;
    const id = cut.getAttribute('data-id')!;
    el.selected = id;
    await el.updateComplete;
    await frames(2);
    const m = markOf(el, id)!;
    const title = el.chronology!.events.find((e) => e.id === id)!.title;
    expect(m.querySelector(':scope > text')!.textContent).to.equal(typeof title === 'string' ? title : Object.values(title)[0]);
    // The ring: the hit area's outline, around the shape.
    const ring = m.querySelector('.hit')!;
    expect(getComputedStyle(ring).stroke).not.to.equal('none');
    expect(+getComputedStyle(ring).strokeWidth.replace('px', '')).to.be.at.least(2);
    const [r, s] = [ring.getBoundingClientRect(), m.querySelector('.shape')!.getBoundingClientRect()];
    expect(r.left).to.be.at.most(s.left);
    expect(r.right).to.be.at.least(s.right);
    expect(r.top).to.be.below(s.top);
    expect(r.bottom).to.be.above(s.bottom);
    // Raised: the last mark of its lane's group, with a shadow.
    const lane = m.parentElement!;
    expect([...lane.querySelectorAll(':scope > .mark')].pop()).to.equal(m);
    expect(getComputedStyle(m.querySelector('.shape')!).filter).to.include('drop-shadow');
    // Rings on the selected event's marks only (its echoes in other lanes too); the rest dimmed.
    const ringed = [...sr(el).querySelectorAll('.mark .hit')]
      .filter((x) => getComputedStyle(x).stroke !== 'none')
      .map((x) => x.closest('.mark')!.getAttribute('data-id'));
    expect(ringed.length).to.be.at.least(1);
    expect(new Set(ringed)).to.deep.equal(new Set([id]));
    const other = marks(el).find((x) => x.getAttribute('data-id') !== id)!;
    // The dimming fades in (a 150 ms transition where motion is welcome): read its end state.
    await Promise.all(
      other
        .querySelector('.shape')!
        .getAnimations()
        .map((a) => a.finished),
    );
    expect(+getComputedStyle(other.querySelector('.shape')!).opacity).to.be.below(1);
    expect(+getComputedStyle(m.querySelector('.shape')!).opacity).to.equal(1);
  });

  it('a whole title that would run off the plot goes to the other side of its mark (the US strikes, right of centre)', async () => {
    const el = await june();
    el.selected = STRIKES;
    await el.updateComplete;
    const t = markOf(el, STRIKES)!.querySelector(':scope > text')!;
    expect(t.textContent).to.equal("US bombers and submarine missiles pound Iran's nuclear facilities");
    // Inside the plot's clip (its rect is in the chart's coordinates).
    const clip = sr(el).querySelector('#plot-clip rect')!;
    const left = sr(el).querySelector('svg.chart')!.getBoundingClientRect().left + +clip.getAttribute('x')!;
    const box = t.getBoundingClientRect();
    expect(box.left).to.be.at.least(left);
    expect(box.right).to.be.at.most(left + +clip.getAttribute('width')!);
  });

  it('no selection: no ring, nothing dimmed', async () => {
    const el = await june();
    expect([...sr(el).querySelectorAll('.mark .hit')].filter((x) => getComputedStyle(x).stroke !== 'none')).to.have.length(0);
    for (const m of marks(el).slice(0, 20)) expect(+getComputedStyle(m.querySelector('.shape')!).opacity).to.equal(1);
  });
});

describe('lanes that fit', () => {
  for (const groupBy of ['actor', 'topic'] as const) {
    it(`group-by ${groupBy}: no lane name is shortened; each is whole on one or two lines, and whole in its accessible name`, async () => {
      const el = await june({ groupBy });
      const labels = [...sr(el).querySelectorAll('.lane-label')];
      expect(labels.length).to.be.greaterThan(3);
      const plotLeft = +sr(el).querySelector('#plot-clip rect')!.getAttribute('x')! + 8;
      const svgLeft = sr(el).querySelector('svg.chart')!.getBoundingClientRect().left;
      for (const t of labels) {
        const name = t.getAttribute('aria-label')!;
        expect(t.textContent, name).to.equal(name);
        expect(t.textContent).not.to.include('…');
        expect(t.querySelectorAll('tspan').length).to.be.at.most(2);
        // Inside the gutter.
        for (const part of t.querySelectorAll('tspan').length ? t.querySelectorAll('tspan') : [t])
          expect(part.getBoundingClientRect().right - svgLeft, name).to.be.at.most(plotLeft);
      }
      if (groupBy === 'topic') expect(labels.some((t) => t.querySelectorAll('tspan').length === 2)).to.equal(true);
    });
  }
});

describe('the axis: day numbers under the month', () => {
  it('minor ticks read "5 7 9 …" under "June 2025", never "Jun 5"', async () => {
    const el = await june();
    const days = [...sr(el).querySelectorAll('.axis .tick text:not(.period)')].map((t) => t.textContent!.trim());
    expect(days.length).to.be.greaterThan(8);
    for (const d of days) expect(d).to.match(/^\d{1,2}$/);
    const nums = days.map(Number);
    for (let i = 1; i < nums.length; i++) expect(nums[i]! - nums[i - 1]!).to.equal(nums[1]! - nums[0]!);
    expect([...sr(el).querySelectorAll('.axis .period')].map((t) => t.textContent)).to.deep.equal(['June 2025']);
  });
});

describe('notes for screen reader users', () => {
  it('an annotated event’s note is in its mark’s accessible name', async () => {
    const el = await june();
    for (const e of el.chronology!.events.filter((x) => x.annotation)) {
      const note = typeof e.annotation === 'string' ? e.annotation : (e.annotation as Record<string, string>).en!;
      expect(markOf(el, e.id)!.querySelector(':scope > title')!.textContent, e.id).to.include(note);
    }
    const plain = el.chronology!.events.find((x) => !x.annotation && markOf(el, x.id))!;
    expect(markOf(el, plain.id)!.querySelector(':scope > title')!.textContent).not.to.include('Truce begins');
  });
});

describe('the details read like a brief', () => {
  it('sources as "Publisher — title" links; a correction note, dated, for each correction', async () => {
    const data = await loadDataset();
    const ev = data.events.find((e: { id: string }) => e.id === STRIKES);
    ev.corrections = [
      { date: '2025-06-23', text: 'An earlier version gave the wrong time.' },
      { text: 'The list of sites was completed.' },
    ];
    const el = await june({ data });
    el.selected = STRIKES;
    await el.updateComplete;
    const details = await waitFor(() => sr(el).querySelector('[part=details]'), 'the details');
    const links = [...details.querySelectorAll('.sources a')].map((a) => a.textContent!.trim().replace(/\s+/g, ' '));
    // (A source without a title is its publisher alone.)
    expect(links).to.deep.equal(
      ev.sources.map((s: { publisher: string; title?: string }) => (s.title ? `${s.publisher} — ${s.title}` : s.publisher)),
    );
    expect(links.filter((t) => t.includes(' — ')).length).to.be.greaterThan(3);
    const notes = [...details.querySelectorAll('.correction p')].map((p) => p.textContent!.trim());
    expect(notes).to.deep.equal([
      'Corrected June 23, 2025: An earlier version gave the wrong time.',
      'Corrected: The list of sites was completed.',
    ]);
    expect(details.querySelector('.correction')!.getAttribute('role')).to.equal('note');
  });
});
