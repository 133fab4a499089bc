// @vitest-environment node
// The server-rendered June chronology (issue 17's size check, measured by
// bench/ssr-size.mjs): what the HTML must carry whatever its size, so that a
// smaller rendering cannot get there by leaving content out.
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

  test('all 80 titles are in the HTML, and the chart names its marks by title', () => {
    expect(data.events).toHaveLength(80);
    for (const e of data.events) expect(scripts[0]![1]).toContain(JSON.stringify(titleOf(e.title)).slice(1, -1));
    const titled = data.events.filter((e) => markup.includes(titleOf(e.title)));
    // Marks in view are named by their <title>; the rest are in "+N" clusters, which name their count.
    expect(titled.length).toBeGreaterThan(20);
    expect(markup).toMatch(/<svg[^>]*part="chart"/);
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
