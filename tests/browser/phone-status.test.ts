// Issue 18 in the phone chronology (390 px, view="auto"): each event's status
// word under its title and in its disclosure's accessible name, the chart's
// status treatment over its mark, the status key and the status filter bar on
// top (the same toggles as the chart's), the conflicting reports and dated
// corrections when an event opens, and "new" for an unseen event.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { EventTimeline } from '../../src/index.js';
import { visitKey } from '../../src/load/live.js';
import { frames, mountTimeline, smallChronology, sr, waitFor } from './helpers.js';

const STATUSES = ['confirmed', 'reported', 'claimed', 'disputed', 'denied'] as const;

/** The small chronology with one event per status (e1 … e5), a dispute and a correction, and e6 without a status. */
function verified(): any {
  const c = smallChronology();
  c.events.push({ id: 'e6', title: 'Talks resume', start: '2025-06-12', actors: [{ id: 'alice' }], topics: ['talks'], sources: [] });
  STATUSES.forEach((s, i) => (c.events[i].status = s));
  c.events[2].claimedBy = ['carol'];
  c.events[4].claimedBy = ['bob'];
  c.events[3].disputes = [{ text: 'Alice says 12 people were there', sources: [{ publisher: 'Wire A', url: 'https://a.example/1' }] }];
  c.events[0].corrections = [{ date: '2025-06-23', text: 'The meeting was on 1 June, not 2 June.' }];
  return c;
}

const item = (el: EventTimeline, id: string) => sr(el).querySelector<HTMLLIElement>(`.phone-item[data-id="${id}"]`);
const shownIds = (el: EventTimeline) => [...sr(el).querySelectorAll<HTMLLIElement>('.phone-item')].map((li) => li.dataset.id!);

/** A timeline at phone width, once the phone chronology shows its events with their status words. */
async function phone(data: unknown, rememberVisit = false) {
  const el = await mountTimeline(html`<event-timeline .data=${data} ?remember-visit=${rememberVisit}></event-timeline>`);
  await waitFor(() => sr(el).querySelector('.phone-item .phone-status'), 'the phone chronology with status words', 6000);
  await el.updateComplete;
  await frames(2);
  return el;
}

describe('the phone chronology says who says so (390 px)', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows each status word after the time, in the disclosure’s name, and the chart’s status mark on the rail', async () => {
    const el = await phone(verified());
    expect(sr(el).querySelector('.list'), 'the phone view, not the list').to.equal(null);
    const words: Record<string, string> = {
      e1: 'Confirmed',
      e2: 'Reported',
      e3: 'Claimed by Carol State',
      e4: 'Disputed',
      e5: 'Denied by Bob',
    };
    const glyphs = new Set<string>();
    for (const [id, word] of Object.entries(words)) {
      const li = item(el, id)!;
      const status = li.querySelector('summary .phone-status')!;
      expect(status.textContent!.trim(), id).to.equal(word);
      expect(status.querySelector('.status-word svg'), `${id}: the status key before the word`).to.exist;
      // In the summary: the disclosure's accessible name carries it with the title.
      expect(li.querySelector('summary')!.textContent!.replace(/\s+/g, ' ')).to.include(word);
      // The chart's treatment over the mark: confirmed is the solid dot, every other status draws over it, each differently.
      const g = [...li.querySelectorAll('.phone-mark .status-glyph')].map(
        (x) => `${x.localName}:${x.getAttribute('d') ?? x.getAttribute('r')}`,
      );
      if (id === 'e1') expect(g.length, id).to.equal(0);
      else expect(g.length, id).to.be.greaterThan(0);
      glyphs.add(g.join('|'));
    }
    expect(glyphs.size).to.equal(5);
    // Events without a status read as before: no word, no glyph.
    const plain = item(el, 'e6')!;
    expect(plain.querySelector('.phone-status')).to.equal(null);
    expect(plain.querySelector('.status-glyph')).to.equal(null);
  });

  it('has the status key above the events and the status filter behind the "Filters" button; a toggle filters them and fires filter-change', async () => {
    const el = await phone(verified());
    const keys = [...sr(el).querySelectorAll<HTMLElement>('.phone-top .status-legend .status-key')].map((k) => k.dataset.status);
    expect(keys, 'the key to the statuses on top').to.deep.equal(STATUSES);
    expect(sr(el).querySelector('[part=status-filters]'), 'the status filter waits behind the button').to.equal(null);
    sr(el).querySelector<HTMLButtonElement>('.phone-top button.filter-toggle')!.click();
    await el.updateComplete;
    const bar = sr(el).querySelector('.phone-top [part=status-filters]')!;
    expect(bar, 'the status filter bar on top').to.exist;
    expect(bar.getAttribute('role')).to.equal('group');
    const first = sr(el).querySelector('.phone-item')!;
    expect(bar.getBoundingClientRect().bottom).to.be.at.most(first.getBoundingClientRect().top);
    // A toggle per status in the data, and "no status given" for the events without one, each keyed by its mark as drawn.
    const toggles = [...bar.querySelectorAll<HTMLButtonElement>('button.status-toggle')];
    expect(toggles.map((b) => b.dataset.status)).to.deep.equal([...STATUSES, 'none']);
    expect(toggles.map((b) => b.querySelectorAll('svg .status-glyph').length > 0)).to.deep.equal([false, true, true, true, true, false]);
    // Targets as large as WCAG 2.5.8 asks, at least.
    for (const b of toggles) expect(b.getBoundingClientRect().height, 'a target size').to.be.at.least(24);
    const all = shownIds(el).length;
    const changes: unknown[] = [];
    el.addEventListener('filter-change', (e) => changes.push((e as CustomEvent).detail));
    const confirmed = bar.querySelector<HTMLButtonElement>('button[data-status=confirmed]')!;
    confirmed.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['e1']);
    expect(sr(el).querySelector('.phone-top button[data-status=confirmed]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(el.statusFilter).to.equal('confirmed');
    expect(changes).to.deep.equal([{ topics: [], statuses: ['confirmed'] }]);
    sr(el).querySelector<HTMLButtonElement>('.phone-top button[data-status=disputed]')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['e1', 'e4']);
    // The attribute works here too, and clearing it shows every event again.
    el.setAttribute('status-filter', 'none');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['e6']);
    el.statusFilter = '';
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(all);
  });

  it('an opened event shows its conflicting reports and dated corrections', async () => {
    const el = await phone(verified());
    const disputed = item(el, 'e4')!;
    disputed.querySelector('summary')!.click();
    await frames(1);
    expect([...disputed.querySelectorAll('.phone-body .item-disputes li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Alice says 12 people were there',
    ]);
    expect(disputed.querySelector('.phone-notes-head')!.textContent).to.equal('Reports differ');
    const corrected = item(el, 'e1')!;
    corrected.querySelector('summary')!.click();
    await frames(1);
    expect(corrected.querySelector('.phone-body .item-correction')!.textContent).to.equal(
      'Corrected June 23, 2025: The meeting was on 1 June, not 2 June.',
    );
  });

  it('marks the events added since the last visit "new" (remember-visit)', async () => {
    const c = verified();
    c.id = 'phone-visit';
    localStorage.setItem(
      visitKey(c.id),
      JSON.stringify({ at: Date.now() - 60_000, ids: c.events.map((e: any) => e.id).filter((id: string) => id !== 'e2') }),
    );
    try {
      const el = await phone(c, true);
      await waitFor(() => sr(el).querySelector('.phone-item .new-badge'), 'the new marker');
      const marked = [...sr(el).querySelectorAll<HTMLLIElement>('.phone-item')].filter((li) => li.querySelector('summary .new-badge'));
      expect(marked.map((li) => li.dataset.id)).to.deep.equal(['e2']);
      expect(marked[0]!.querySelector('summary')!.textContent!.replace(/\s+/g, ' ')).to.match(/Reported new/i);
    } finally {
      localStorage.removeItem(visitKey(c.id));
    }
  });
});
