// @vitest-environment node
// Server rendering (chronoline/ssr.js) in plain Node: no DOM globals at all,
// so any use of document/window by the components during SSR throws here.
import { describe, expect, test } from 'vitest';
import json from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import type { ChronologyInput } from '../../src/schema/index.js';
import { renderTimelineToString } from '../../src/ssr/index.js';

/** The sample chronology as authors write it (a JSON import types schemaVersion as number, not 1). */
const data = json as ChronologyInput;

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

/** The element's own shadow root (the first declarative template), without nested elements' ones. */
function shadowOf(html: string): string {
  const start = html.indexOf('<template shadowroot');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start);
}

describe('renderTimelineToString', () => {
  test('runs without DOM globals', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  describe('list view', async () => {
    const html = await renderTimelineToString(data, { view: 'list' });
    const shadow = shadowOf(html);

    test('is an <event-timeline> with a declarative open shadow root holding its styles', () => {
      expect(html).toMatch(/^<!--lit-part [^>]*-->(<!--lit-node 0-->)?<event-timeline [^>]*view="list"[^>]*ssr-width="960"/);
      expect(html).toContain('<template shadowroot="open" shadowrootmode="open"><style>');
      // The list's own styles (adopted lazily in the browser) are in the server's <style>.
      expect(shadow).toContain('.day-heading');
    });

    test('has an ordered list of days with one <li> per event (80)', () => {
      expect(shadow).toMatch(/<div class="list" part="list">\s*<ol class="days">/);
      expect(count(shadow, /<li class="item\b/g)).toBe(80);
      expect(count(shadow, /<h3 class="day-heading"/g)).toBeGreaterThan(10);
      expect(shadow).toMatch(/<h3 class="day-heading" tabindex="-1"><!--lit-node \d+--><time datetime="2025-06-23">/);
      expect(shadow).toContain('data-id="putin-araghchi-kremlin-meeting"');
    });

    test('carries the chronology as inline JSON for hydration', () => {
      const m = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html);
      expect(m).not.toBeNull();
      expect(JSON.parse(m![1]!)).toEqual(data);
    });

    test('renders the topic badges of the filter bar as buttons, like the browser', () => {
      expect(shadow).toMatch(/<topic-badge [^>]*defer-hydration[^>]*><template shadowroot="open" shadowrootmode="open">/);
      expect(shadow).toMatch(/<button\s+part="badge"/);
    });
  });

  describe('who says so (issue 18)', async () => {
    const ids = (pred: (e: (typeof data.events)[number]) => unknown) => data.events.filter(pred).map((e) => e.id);
    const disputed = data.events.find((e) => e.status === 'disputed' && e.disputes?.length && e.statements?.length)!;
    const list = shadowOf(await renderTimelineToString(data, { view: 'list' }));
    const details = shadowOf(await renderTimelineToString(data, { view: 'chart', width: 1000, selected: disputed.id, chartMarkup: true }));

    test('the list carries each status word, the disputes and the summary in words', () => {
      expect(count(list, /<span class="status-word" data-status="/g)).toBe(ids((e) => e.status).length);
      expect(count(list, /data-status="disputed">/g)).toBe(ids((e) => e.status === 'disputed').length);
      expect(list).toMatch(/Claimed by [^<]*Kowsari/);
      const text = disputed.disputes![0]!.text;
      expect(list).toContain(typeof text === 'string' ? text : text.en);
      expect(list).toMatch(/<p part="summary" class="chronology-summary" dir="auto"><!--lit-part-->80 events, /);
    });

    test("the details carry the status line, the disputes and who said what, with the actors' cards", () => {
      expect(details).toMatch(/<p class="status-line" data-status="disputed">/);
      expect(details).toContain('Who said what');
      const st = disputed.statements![0]!;
      expect(details).toContain(typeof st.text === 'string' ? st.text : st.text.en);
      expect(details).toMatch(new RegExp(`<li class="statement" data-actor="${st.actor}">`));
      expect(details).toMatch(new RegExp(`<actor-card [^>]*actor-id="${st.actor}"`));
    });
  });

  test('text is text: a title with <script> is escaped', async () => {
    const evil: ChronologyInput = {
      schemaVersion: 1,
      id: 'xss',
      title: 'X <img src=x onerror=alert(1)>',
      timeZone: 'UTC',
      actors: [{ id: 'a', name: '<b>A</b>', kind: 'person' }],
      topics: [],
      events: [{ id: 'e1', title: '<script>alert(1)</script>', start: '2025-06-23', actors: [{ id: 'a' }], topics: [], sources: [] }],
    };
    for (const view of ['list', 'chart'] as const) {
      const html = await renderTimelineToString(evil, { view });
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>A</b>');
      // The only script is the inline JSON, whose markup characters are escaped.
      expect(count(html, /<script/g)).toBe(1);
      expect(html).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    }
  });

  describe('chart view with its markup (chartMarkup)', async () => {
    const html = await renderTimelineToString(data, { view: 'chart', width: 1000, chartMarkup: true });
    const shadow = shadowOf(html);

    test('is an <svg> at the given width with marks, lanes and axis ticks', () => {
      expect(shadow).toMatch(/<svg[^>]*part="chart"[^>]*width="1000"/s);
      expect(count(shadow, /<g[^>]*part="event"/g)).toBeGreaterThan(20);
      expect(count(shadow, /class="tick\b/g)).toBeGreaterThan(3);
      expect(count(shadow, /part="lane"/g)).toBeGreaterThan(2);
    });

    test('marks are named by their SVG <title> (hydratable child parts)', () => {
      // The name, then its status word when it has one (a part of its own).
      expect(shadow).toMatch(
        /<title><!--lit-part-->Putin meets Araghchi in Moscow[^<]*<!--\/lit-part-->(<!--lit-part-->[^<]*<!--\/lit-part-->)?<\/title>/,
      );
      expect(shadow).toMatch(/<title><!--lit-part-->[^<]*<!--\/lit-part--><!--lit-part-->\. Disputed<!--\/lit-part--><\/title>/);
      expect(shadow).not.toContain('chronolinessrtitle');
    });

    test('no list view in the chart', () => {
      expect(shadow).not.toContain('class="item');
    });
  });

  test('view="auto" follows the width; options become attributes', async () => {
    const narrow = await renderTimelineToString(data, { width: 360, lang: 'en', timeZone: 'Europe/Moscow', id: 'june', hideTitle: true });
    expect(narrow).toMatch(/<event-timeline [^>]*id="june"[^>]*lang="en"[^>]*time-zone="Europe\/Moscow"[^>]*hide-title/);
    expect(count(shadowOf(narrow), /<li class="item\b/g)).toBe(80);
    expect(shadowOf(narrow)).not.toContain('part="title"');
    const wide = await renderTimelineToString(data, { width: 1200, chartMarkup: true });
    expect(shadowOf(wide)).toContain('part="chart"');
    // Without chartMarkup the chart is drawn in the browser: no shadow root, the outline instead.
    const outline = await renderTimelineToString(data, { width: 1200 });
    expect(outline).not.toContain('shadowrootmode');
    expect(count(outline, /<li><time datetime=/g)).toBe(80);
  });

  test('a selected event renders its details panel, with actor cards', async () => {
    const html = await renderTimelineToString(data, { view: 'chart', selected: 'putin-araghchi-kremlin-meeting', chartMarkup: true });
    expect(html).toMatch(/part="details"/);
    expect(html).toMatch(/<actor-card [^>]*actor-id="/);
  });

  test('JSON-LD can go with it', async () => {
    const html = await renderTimelineToString(data, { view: 'list', jsonLd: true, embedData: false });
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html).not.toContain('<script type="application/json">');
  });
});
