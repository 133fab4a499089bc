// Echoes (issue 16, "one label per event … echoed quietly elsewhere"): an
// event with several actors is labelled once, in its first lane; in its other
// lanes it is a small tick on the lane's baseline that claims no row. The line
// joining its marks shows only while it is hovered, focused or selected.
// Geometry from the rendered June chronology at 1200 px, grouped by actor.
import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { frames, intersects, loadDataset, markOf, marks, renderTimeline, sr } from './helpers.js';

const MEETING = 'putin-araghchi-kremlin-meeting';

async function june(): Promise<EventTimeline> {
  const data = await loadDataset();
  return renderTimeline(
    // Grown to its data (CSS height: auto): every event its own mark, none gathered into "+N".
    html`<div style="width: 1200px"><event-timeline group-by="actor" style="height: auto" .data=${data}></event-timeline></div>`,
  );
}

/** Each lane's band (client box) with its own marks (shapes and labels) and its echoes. */
function lanes(el: EventTimeline) {
  const bands = [...sr(el).querySelectorAll('.lane-band')].map((b) => b.getBoundingClientRect());
  const groups = [...sr(el).querySelectorAll('.lane-marks')];
  expect(groups).to.have.length(bands.length);
  return groups.map((g, i) => {
    const own = [...g.querySelectorAll(':scope > .mark.primary')];
    return {
      band: bands[i]!,
      own,
      boxes: own.flatMap((m) => [...m.querySelectorAll('.shape, :scope > text')].map((s) => s.getBoundingClientRect())),
      echoes: [...g.querySelectorAll(':scope > .mark.secondary')],
    };
  });
}

describe('echoes: an event’s marks outside its first lane', () => {
  let el: EventTimeline;
  beforeEach(async () => {
    el = await june();
  });

  it('are small unlabelled ticks on their lane’s baseline: below every mark and label of the lane, inside its band', () => {
    let n = 0;
    for (const { band, boxes, echoes } of lanes(el)) {
      const lowest = Math.max(band.top, ...boxes.map((b) => b.bottom));
      for (const echo of echoes) {
        const id = echo.getAttribute('data-id');
        expect(echo.querySelector(':scope > text'), `${id}: no label`).to.equal(null);
        const shape = echo.querySelector('.shape')!.getBoundingClientRect();
        expect(shape.height, `${id}: a thin tick`).to.be.at.most(7);
        expect(shape.top, `${id}: below the lane's rows`).to.be.at.least(lowest);
        expect(shape.bottom, `${id}: inside its lane`).to.be.at.most(band.bottom);
        n++;
      }
    }
    expect(n, 'echoes drawn').to.be.greaterThan(20);
  });

  it('claim no row and no height: each lane is as tall as its own marks’ rows and its padding', () => {
    for (const { band, own } of lanes(el)) {
      // Rows in use: the distinct centres of the lane's own marks (24 px apart).
      const rows = new Set(own.map((m) => Math.round(m.querySelector('.hit')!.getBoundingClientRect().top)));
      expect(band.height, `${rows.size} rows`).to.be.at.most(rows.size * 24 + 8 + 0.5);
    }
  });

  it('never cover a label or another event’s mark, and a click on a lane’s own mark reaches it, not an echo', () => {
    const labels = marks(el).flatMap((m) =>
      [...m.querySelectorAll(':scope > text')].map((t) => ({ id: m.getAttribute('data-id'), box: t.getBoundingClientRect() })),
    );
    for (const { own, echoes } of lanes(el)) {
      for (const echo of echoes) {
        const box = echo.querySelector('.shape')!.getBoundingClientRect();
        const id = echo.getAttribute('data-id');
        for (const l of labels) expect(intersects(box, l.box), `echo ${id} × label of ${l.id}`).to.equal(false);
        for (const m of own) {
          const s = m.querySelector('.shape')!.getBoundingClientRect();
          expect(intersects(box, s), `echo ${id} × mark ${m.getAttribute('data-id')}`).to.equal(false);
        }
      }
      for (const m of own) {
        // (elementFromPoint answers inside the viewport only.)
        m.scrollIntoView({ block: 'center' });
        const s = m.querySelector('.shape')!.getBoundingClientRect();
        const hit = sr(el)
          .elementFromPoint(s.left + Math.min(4, s.width / 2), s.top + s.height / 2)
          ?.closest('.mark');
        const what = hit ? `${hit.getAttribute('data-id')} (${hit.classList.contains('primary') ? 'own' : 'echo'})` : 'nothing';
        expect(what, 'under the pointer').to.equal(`${m.getAttribute('data-id')} (own)`);
      }
    }
  });

  it('the line joining an event’s marks is hidden at rest, and shown when its mark is hovered, focused or selected, from its label’s lane to its echoes', async () => {
    const link = () => markOf(el, MEETING)!.previousElementSibling!.querySelector('[part=link]')!;
    const shown = () => getComputedStyle(link()).display !== 'none';
    expect(
      [...sr(el).querySelectorAll('[part=link]')].filter((l) => getComputedStyle(l).display !== 'none'),
      'no link at rest',
    ).to.have.length(0);
    const mark = markOf(el, MEETING)!;
    mark.scrollIntoView({ block: 'center' });
    const s = mark.querySelector('.shape')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(s.left + s.width / 2), Math.round(s.top + s.height / 2)] });
    await frames(1);
    expect(shown(), 'hovered').to.equal(true);
    await sendMouse({ type: 'move', position: [0, 0] });
    await frames(1);
    expect(shown(), 'after the pointer leaves').to.equal(false);
    (mark as unknown as HTMLElement).focus();
    await frames(1);
    expect(shown(), 'focused').to.equal(true);
    (mark as unknown as HTMLElement).blur();
    el.selected = MEETING;
    await el.updateComplete;
    await frames(1);
    expect(shown(), 'selected').to.equal(true);
    // It runs from the labelled mark down to the lowest echo.
    const line = link().getBoundingClientRect();
    const ys = [...sr(el).querySelectorAll(`[part~=event][data-id="${MEETING}"] .shape`)].map((x) => x.getBoundingClientRect());
    expect(ys.length).to.be.at.least(2);
    expect(line.top).to.be.at.most(Math.min(...ys.map((b) => b.top + b.height / 2)) + 0.5);
    expect(line.bottom).to.be.at.least(Math.max(...ys.map((b) => b.top + b.height / 2)) - 0.5);
  });
});

describe('marks that mean what they say, echoes too', () => {
  it('an approximate event is dashed and hollow wherever it is drawn; a period is a bar (a line on the baseline as an echo)', async () => {
    const el = await june();
    const byId = new Map(el.chronology!.events.map((e) => [e.id, e]));
    let approx = 0;
    let periods = 0;
    for (const m of marks(el)) {
      const e = byId.get(m.getAttribute('data-id')!)!;
      const shape = m.querySelector('.dot, .day, .bar-edge')!;
      const s = getComputedStyle(shape);
      if (e.approximate) {
        expect(s.strokeDasharray, `${e.id} dashed`).to.not.equal('none');
        expect(s.fill, `${e.id} hollow: filled with the background, not its colour`).to.not.equal(s.stroke);
        approx++;
      } else expect(s.strokeDasharray, `${e.id} solid`).to.equal('none');
      if (e.end && !m.querySelector('.day')) {
        const box = m.querySelector('.bar-edge')!.getBoundingClientRect();
        // An echo: a thin line over the period (at least 3 px wide, for a period of minutes).
        if (m.classList.contains('secondary')) expect(box.height, `${e.id}: its echo, a thin line`).to.be.at.most(5);
        else expect(m.querySelector('.bar'), `${e.id}: a bar`).to.exist;
        periods++;
      }
    }
    expect(approx).to.be.greaterThan(2);
    expect(periods).to.be.greaterThan(2);
  });
});
