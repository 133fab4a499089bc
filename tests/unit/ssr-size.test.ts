// @vitest-environment node
// The server-rendered June chronology (issue 17's size check, measured by
// bench/ssr-size.mjs): what the HTML must carry whatever its size, so that a
// smaller rendering cannot get there by leaving content out. By default the
// chart view is the JSON plus an outline of the events (src/ssr/outline.ts).
import { describe, expect, test } from 'vitest';
import json from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import type { ChronologyInput } from '../../src/schema/index.js';
import { renderTimelineToString } from '../../src/ssr/index.js';
import { ssrParts } from '../../bench/ssr-size.mjs';

const data = json as ChronologyInput;
const titleOf = (t: string | Record<string, string>) => (typeof t === 'string' ? t : (t.en ?? Object.values(t)[0]!));
/** The text of an HTML fragment as a reader sees it (entities decoded). */
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');

describe('the server-rendered June chronology (defaults)', async () => {
  const html = await renderTimelineToString(data);
  const scripts = [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)];
  const markup = unescape(html.replace(/<script type="application\/json">[\s\S]*?<\/script>/g, ''));

  test('carries the chronology once, as JSON that parses to the same data', () => {
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]![1]!)).toEqual(data);
  });

  test('readers without scripts get every event: its date, title and first link, in the outline', () => {
    expect(data.events).toHaveLength(80);
    for (const e of data.events) expect(scripts[0]![1]).toContain(JSON.stringify(titleOf(e.title)).slice(1, -1));
    const items = [...markup.matchAll(/<li><time datetime="([^"]+)">([^<]+)<\/time> (?:<a href="([^"]+)">)?([^<]+)/g)];
    expect(items).toHaveLength(80);
    for (const e of data.events) {
      const item = items.find((m) => m[4] === titleOf(e.title));
      expect(item, titleOf(e.title)).toBeDefined();
      expect(item![1]).toBe(e.start);
      expect(item![3]).toBe(e.sources?.find((s) => /^https?:/.test(s.url))?.url);
    }
  });

  test('the chart is drawn in the browser: no shadow root, no chart markup, the default box until the element is defined', () => {
    expect(html).not.toContain('shadowrootmode');
    expect(markup).not.toMatch(/<svg/);
    expect(html).toContain('<style>:where(event-timeline:not(:defined)){display:block;height:min(80vh,40rem);overflow:auto}</style>');
    // Nothing hydrates: no Lit part markers.
    expect(html).not.toContain('<!--lit-');
  });

  test('is at most 60 % of the rendering with the chart markup, with the same JSON', async () => {
    const full = ssrParts(await renderTimelineToString(data, { chartMarkup: true }));
    const p = ssrParts(html);
    expect(p.json).toBe(full.json);
    expect(p.total).toBeLessThanOrEqual(0.6 * full.total);
  });

  test('a summary (content only the JSON carries) appears once', () => {
    const summary = data.events.find((e) => typeof e.summary === 'string' && e.summary.length > 200)!.summary as string;
    expect(html.split(JSON.stringify(summary).slice(1, -1)).length - 1).toBe(1);
    expect(markup).not.toContain(summary);
  });

  test('its size splits into JSON, styles, hydration comments and markup', () => {
    const p = ssrParts(html);
    expect(p.total).toBe(Buffer.byteLength(html));
    expect(p.json + p.styles + p.comments + p.markup).toBe(p.total);
    expect(p.json).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(data)));
  });
});
