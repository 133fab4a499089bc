// @vitest-environment node
// Plain Lit SSR, as Astro's, Eleventy's and Next.js's Lit integrations call
// it: @lit-labs/ssr imported first, then `chronoline` as Node resolves it
// (the `node` export condition: src/server.ts), and no helper.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { describe, expect, test } from 'vitest';
import json from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import '../../src/server.js';

const titleOf = (t: string | Record<string, string>, lang = 'en') => (typeof t === 'string' ? t : (t[lang] ?? t.en!));
const escape = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const ssr = (template: unknown) => collectResult(render(template));

describe('<event-timeline> under plain @lit-labs/ssr', () => {
  test('renders the June chronology as the list: all 80 titles, one item each', async () => {
    const out = await ssr(html`<event-timeline .data=${json}></event-timeline>`);
    expect(out).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect((out.match(/<li class="item\b/g) ?? []).length).toBe(80);
    const missing = json.events.filter((e) => !out.includes(escape(titleOf(e.title))));
    expect(missing.map((e) => e.id)).toEqual([]);
    // The list's styles, which the browser loads with its module, are in the server's <style>.
    expect(out).toContain('.day-heading');
  });

  test('a wide ssr-width or view="chart" still renders the list (the chart needs chronoline/ssr.js)', async () => {
    for (const out of [
      await ssr(html`<event-timeline .data=${json} ssr-width="1200"></event-timeline>`),
      await ssr(html`<event-timeline .data=${json} view="chart"></event-timeline>`),
    ]) {
      expect((out.match(/<li class="item\b/g) ?? []).length).toBe(80);
      expect(out).not.toContain('part="chart"');
    }
  });

  test('another interface language is there for the first render (no English stand-in)', async () => {
    const out = await ssr(html`<event-timeline .data=${json} lang="ru"></event-timeline>`);
    expect(out).toMatch(/<div class="list" part="list">/);
    // The view toggle in Russian (its catalog loads on demand in the browser).
    expect(out).toContain('aria-label="Вид"');
    expect(out).toMatch(/>\s*Список\s*</);
    expect(out).not.toContain('aria-label="View"');
  });
});
