// Issue 5, "Honest time and many languages": the display-zone menu moves
// marks and ticks, each event in its own zone, calendars on the axis, the
// interface in the reader's language, and right-to-left mirroring.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { click, deepActiveElement, focusedMarkId, frames, loadDataset, markOf, marks, mountTimeline, sr, waitFor } from './helpers.js';

const STRIKES = 'us-strikes-fordow-natanz-isfahan';

/** The June 2025 events from 20 to 25 June: close enough for day (or finer) ticks at 1000 px. */
async function lateJune() {
  const data = await loadDataset();
  const events = data.events.filter((e: { start: string }) => e.start >= '2025-06-20' && e.start < '2025-06-25');
  return { ...data, events };
}

/** Where something is drawn, in screen px (whatever groups and transforms it sits in). */
const screenX = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.left + r.width / 2;
};
const ticks = (el: Element) =>
  [...sr(el).querySelectorAll('.axis .tick')].map((t) => ({
    x: screenX(t.querySelector('line')!),
    label: t.querySelector('text')?.textContent ?? '',
  }));
/** The axis's text: the day numbers and, above them, the months and years (the period tier). */
const axisText = (el: Element) => [...sr(el).querySelectorAll('.axis .tick text')].map((t) => t.textContent).join(' ');
/** The screen x of an event's mark: its dot, or the start edge of its bar. */
const markX = (el: Element, id: string) => screenX(markOf(el, id)!.querySelector('.dot, .bar-edge')!);
const zoneLabel = (el: Element) => sr(el).querySelector('.axis text.zone')?.textContent;
const select = (el: Element) => sr(el).querySelector<HTMLSelectElement>('[part=zone-menu] select')!;

/** Picks a zone in the menu as a reader would (a change event from the select). */
async function pickZone(el: EventTimeline, value: string) {
  const s = select(el);
  s.value = value;
  const changed = oneEvent(el, 'zone-change');
  s.dispatchEvent(new Event('change', { bubbles: true }));
  const ev = await changed;
  await el.updateComplete;
  return ev;
}

describe('display zone', () => {
  it('the menu lists the chronology’s zone, the events’ zones, UTC, each event’s own and the reader’s', async () => {
    const el = await mountTimeline(html`<event-timeline .data=${await lateJune()} style="width: 1000px" view="chart"></event-timeline>`);
    const values = [...select(el).options].map((o) => o.value);
    expect(values).to.include.members(['Asia/Tehran', 'America/New_York', 'Europe/Moscow', 'UTC', 'event', 'local']);
    expect(select(el).value).to.equal('Asia/Tehran');
    // A labelled control: its name comes from the <label>.
    expect(select(el).closest('label')!.textContent).to.contain('Time zone');
  });

  it('switching Tehran → New York moves the ticks to New York’s midnights and the strikes across the 22 June line', async () => {
    const el = await mountTimeline(
      html`<event-timeline .data=${await lateJune()} style="width: 1000px; height: auto" view="chart" group-by="none"></event-timeline>`,
    );
    const strikesX = () => markX(el, STRIKES);
    const tickAt = (label: RegExp) => ticks(el).find((t) => label.test(t.label));
    expect(zoneLabel(el)).to.equal('GMT+3:30');
    // Tehran: 02:10 on the 22nd, after that day's midnight tick.
    const tehran22 = tickAt(/^22 Jun|^Jun 22/)!;
    expect(strikesX()).to.be.greaterThan(tehran22.x);
    const tehranX = strikesX();

    const ev = await pickZone(el, 'America/New_York');
    expect(ev.detail).to.deep.equal({ timeZone: 'America/New_York' });
    expect(el.timeZone).to.equal('America/New_York');
    expect(zoneLabel(el)).to.equal('GMT-4');
    // New York: 18:40 on the 21st, before the 22nd's midnight tick.
    const ny22 = tickAt(/^22 Jun|^Jun 22/)!;
    expect(strikesX()).to.be.lessThan(ny22.x);
    // Day events keep their calendar days, so the axis starts at New York's midnight: the
    // days line up as before, and the strikes (an instant) move 7.5 hours (+3:30 to −4:00) earlier on it.
    const dayPx = tickAt(/^23 Jun|^Jun 23/)!.x - ny22.x;
    expect(tehranX - strikesX()).to.be.closeTo((7.5 / 24) * dayPx, 2);
    expect(sr(el).querySelector('.sub')!.textContent).to.contain('America/New York (GMT-4)');
  });

  it('time-zone="event": every event’s dates in its own zone (list days too); the axis follows the chronology', async () => {
    const el = await mountTimeline(
      html`<event-timeline .data=${await lateJune()} style="width: 1000px" view="list" time-zone="event"></event-timeline>`,
    );
    const item = (id: string) => sr(el).querySelector(`.list li.item[data-id="${id}"]`)!;
    // The strikes under 22 June in Tehran's time; Trump's ceasefire post under 23 June in Washington's.
    expect(item(STRIKES).closest('li.day')!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-22');
    expect(item(STRIKES).querySelector('.item-time')!.textContent).to.contain('GMT+3:30');
    const announce = item('trump-announces-ceasefire');
    expect(announce.closest('li.day')!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-23');
    expect(announce.querySelector('.item-time')!.textContent).to.match(/GMT-4/);
    // In Tehran's zone the same post is on the 24th.
    el.timeZone = 'Asia/Tehran';
    await el.updateComplete;
    expect(item('trump-announces-ceasefire').closest('li.day')!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-06-24');
  });

  it('the details panel gives the event’s local time and the display zone’s when they differ', async () => {
    const el = await mountTimeline(
      html`<event-timeline lang="en-GB" .data=${await lateJune()} style="width: 1000px" view="chart" time-zone="UTC"></event-timeline>`,
    );
    el.selectEvent(STRIKES);
    await el.updateComplete;
    const dateline = sr(el).querySelector('[part=details] .dateline')!.textContent!.replace(/\s+/g, ' ');
    expect(dateline).to.match(/02:10.*GMT\+3:30/);
    expect(dateline).to.match(/UTC: .*22:40/);
  });
});

describe('languages and calendars', () => {
  it('lang="ru": the interface from the Russian catalog, localized titles in Russian, marked with their language', async () => {
    const el = await mountTimeline(
      html`<event-timeline lang="ru" .data=${await lateJune()} style="width: 1000px" view="chart"></event-timeline>`,
    );
    expect(sr(el).querySelector('[data-view="list"]')!.textContent!.trim()).to.match(/^[А-Яа-яЁё ]+$/);
    expect(sr(el).querySelector('.controls button')!.getAttribute('aria-label')).to.match(/[А-Яа-я]/);
    const m = markOf(el, STRIKES)!;
    expect(m.querySelector('title')!.textContent).to.match(/^[^A-Za-z]*[А-Яа-я]/);
    el.selectEvent(STRIKES);
    await el.updateComplete;
    const h = sr(el).querySelector('#details-title')!;
    expect(h.getAttribute('lang')).to.equal('ru');
    expect(h.textContent).to.match(/[А-Яа-я]/);
  });

  it('lang="fa": Persian calendar on the axis (Tir), Persian digits, right to left', async () => {
    const data = await loadDataset();
    const el = await mountTimeline(html`<event-timeline lang="fa" .data=${data} style="width: 1000px" view="chart"></event-timeline>`);
    expect(sr(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const labels = axisText(el);
    expect(labels).to.contain('تیر');
    expect(labels).to.match(/[۰-۹]/);
    expect(labels).not.to.match(/ژوئن|ژوئیه/);
    // calendar="gregory" keeps Persian words but Gregorian months.
    el.setAttribute('calendar', 'gregory');
    await el.updateComplete;
    expect(axisText(el)).to.match(/ژوئن|ژوئیه/);
  });

  it('calendar="hebrew" and calendar="islamic-umalqura" label the axis in those calendars, as Intl does', async () => {
    const data = await loadDataset();
    const el = await mountTimeline(
      html`<event-timeline lang="en" calendar="hebrew" .data=${data} style="width: 1000px" view="chart"></event-timeline>`,
    );
    expect(axisText(el)).to.match(/Sivan|Tamuz|Tammuz/);
    el.setAttribute('calendar', 'islamic-umalqura');
    await el.updateComplete;
    expect(axisText(el)).to.match(/Dhuʻl-Hijjah|Muharram|Dhu/);
  });

  it('an event with only an end is drawn at its end and dated "until …"', async () => {
    const data = {
      schemaVersion: 1,
      id: 'end-only',
      title: 'End only',
      events: [
        { id: 'a', title: 'Talks start', start: '2025-06-20' },
        { id: 'deadline', title: 'Two-week window closes', end: '2025-06-24' },
      ],
    };
    const el = await mountTimeline(html`<event-timeline .data=${data} style="width: 1000px" view="list"></event-timeline>`);
    expect(sr(el).querySelector('li.item[data-id="deadline"] .item-time')!.textContent!.trim()).to.match(/^until .*24/);
    expect(
      sr(el).querySelector('li.item[data-id="deadline"]')!.closest('li.day')!.querySelector('time')!.getAttribute('datetime'),
    ).to.equal('2025-06-24');
  });
});

describe('ranges across midnight', () => {
  it('the list gives both dates for a range that ends the next day, and times alone for one within a day', async () => {
    const data = {
      schemaVersion: 1,
      id: 'night',
      title: 'Night',
      timeZone: 'Europe/Moscow',
      events: [
        { id: 'night', title: 'Talks through the night', start: '2025-06-20T22:00:00+03:00', end: '2025-06-21T03:00:00+03:00' },
        { id: 'day', title: 'Talks in the day', start: '2025-06-21T10:00:00+03:00', end: '2025-06-21T12:00:00+03:00' },
      ],
    };
    const el = await mountTimeline(html`<event-timeline lang="en-GB" .data=${data} style="width: 1000px" view="list"></event-timeline>`);
    const text = (id: string) => sr(el).querySelector(`li.item[data-id="${id}"] .item-time`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text('night')).to.match(/20 June.*22:00.*21 June.*03:00/);
    expect(text('day')).to.equal('10:00–12:00 GMT+3');
  });
});

describe('every catalog in the browser', () => {
  for (const lang of ['en', 'fa', 'ar', 'he', 'ru', 'fr', 'de', 'es']) {
    it(`lang="${lang}": every key is filled, and the chart and list speak it`, async () => {
      const m = (
        lang === 'en' ? await import('../../src/i18n/messages.js').then((x) => x.en) : (await import(`../../src/i18n/${lang}.ts`)).default
      ) as Record<string, unknown>;
      const { en } = await import('../../src/i18n/messages.js');
      expect(Object.keys(m).sort()).to.deep.equal(Object.keys(en).sort());
      const el = await mountTimeline(
        html`<event-timeline lang=${lang} .data=${await lateJune()} style="width: 1000px" view="chart"></event-timeline>`,
      );
      const root = sr(el);
      expect(root.querySelector('.controls button')!.getAttribute('aria-label')).to.equal(m.zoomIn);
      expect(root.querySelector('[data-view="chart"]')!.textContent!.trim()).to.equal(m.viewChart);
      expect(root.querySelector('[part=zone-menu] span')!.textContent).to.equal(m.timeZone);
      expect(root.textContent).not.to.match(/undefined|\[object /);
      el.view = 'list';
      await el.updateComplete;
      expect(root.querySelector('[data-view="list"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(root.querySelector('.list')!.textContent).not.to.match(/undefined|\[object /);
    });
  }
});

describe('right to left', () => {
  it('dir="rtl" mirrors the chart: later events to the left, lane labels on the right, and ArrowLeft moves forward in time', async () => {
    const data = await lateJune();
    const el = await mountTimeline(
      html`<div dir="rtl"><event-timeline .data=${data} style="width: 1000px; height: auto" view="chart" time-zone="UTC"></event-timeline></div>`,
    );
    expect(sr(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const strikes = markX(el, STRIKES);
    const ceasefire = markX(el, 'ceasefire-takes-effect');
    expect(ceasefire).to.be.lessThan(strikes);
    const width = +sr(el).querySelector('svg.chart')!.getAttribute('width')!;
    for (const label of sr(el).querySelectorAll('.lane-label')) {
      expect(+label.getAttribute('x')!).to.be.greaterThan(width / 2);
      expect(label.getAttribute('text-anchor')).to.equal('end');
    }
    // Ticks run right to left too.
    const xs = ticks(el).map((t) => t.x);
    expect(xs[0]).to.be.greaterThan(xs[xs.length - 1]!);
    // Keyboard: from the strikes, ArrowLeft goes to the next event in time.
    const order = el.chronology!.events.map((e) => e.id);
    markOf(el, STRIKES)!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => focusedMarkId(el) !== STRIKES && focusedMarkId(el), 'focus to move');
    expect(order.indexOf(focusedMarkId(el)!)).to.equal(order.indexOf(STRIKES) + 1);
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => focusedMarkId(el) === STRIKES, 'focus back on the strikes');
    expect(deepActiveElement()?.getAttribute('data-id')).to.equal(STRIKES);
  });

  it('a right-to-left language mirrors without a dir attribute; dir="ltr" on the page keeps it left to right', async () => {
    const data = await lateJune();
    const rtl = await mountTimeline(
      html`<event-timeline lang="he" .data=${data} style="width: 1000px" view="chart" time-zone="UTC"></event-timeline>`,
    );
    expect(markX(rtl, 'ceasefire-takes-effect')).to.be.lessThan(markX(rtl, STRIKES));
    const ltr = await mountTimeline(
      html`<div dir="ltr"><event-timeline lang="he" .data=${data} style="width: 1000px" view="chart" time-zone="UTC"></event-timeline></div>`,
    );
    expect(markX(ltr, 'ceasefire-takes-effect')).to.be.greaterThan(markX(ltr, STRIKES));
  });

  it('a mirrored chart still zooms and pans: the view keeps the same events in view, and clicking selects', async () => {
    const data = await lateJune();
    const el = await mountTimeline(
      html`<event-timeline dir="rtl" .data=${data} style="width: 1000px" view="chart" time-zone="UTC"></event-timeline>`,
    );
    const before = el.range!;
    el.zoomBy(2);
    await el.updateComplete;
    await frames(2);
    const after = el.range!;
    const mid = (r: { start: Date; end: Date }) => (+r.start + +r.end) / 2;
    expect(+after.end - +after.start).to.be.closeTo((+before.end - +before.start) / 2, 60_000);
    expect(mid(after)).to.be.closeTo(mid(before), 60_000);
    const shown = marks(el).filter((m) => m.getAttribute('role') === 'button');
    expect(shown.length).to.be.greaterThan(0);
    click(shown[0]!);
    await el.updateComplete;
    expect(el.selected).to.equal(shown[0]!.getAttribute('data-id'));
  });
});
