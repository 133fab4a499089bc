/**
 * Server rendering: `<event-timeline>` as HTML with a declarative shadow
 * root (`<template shadowrootmode="open">`), rendered with `@lit-labs/ssr`
 * in Node, that the browser shows before any script runs and that the
 * component hydrates (keeps, and makes interactive) when it loads.
 *
 * @example
 * // server (Node)
 * import { renderTimelineToString } from 'chronoline/ssr.js';
 * const timeline = await renderTimelineToString(chronology, { view: 'list', lang: 'en' });
 * res.end(`<!doctype html><html lang="en"><body>${timeline}
 *   <script type="module">
 *     import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; // before lit
 *     import 'chronoline';
 *   </script></body></html>`);
 *
 * The chronology travels with the HTML as a `<script type="application/json">`
 * child of the element (the component reads it when it upgrades), so the
 * browser's first render matches the server's. `@lit-labs/ssr` is an
 * optional peer dependency: install it to use this module.
 */
// Before @lit-labs/ssr is loaded (below, on first use): it adjusts lit-html, which that module reads once.
import { restoreTitles } from './svg-title.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
// The list view and the interface languages, loaded on first use in the
// browser, must be there for the server's first (and only) render.
import './setup.js';
import '../components/event-timeline/event-timeline.js';
import { catalog, safeLang } from '../i18n/catalogs.js';
import { loadParser } from '../schema/lazy-parse.js';
import type { GroupBy } from '../layout/lanes.js';
import type { ChronologyData, ChronologyInput } from '../schema/chronology-schema.js';
import { chronologyJsonLd, jsonLdScript, jsonLdText } from '../seo/json-ld.js';

export interface RenderTimelineOptions {
  /** `chart`, `list` or `auto` (the default: the chart at `width` ≥ `list-breakpoint`, else the list). */
  view?: 'chart' | 'list' | 'auto';
  /**
   * Width in CSS px to lay the chart out at (the server cannot measure):
   * default 960. It becomes the element's `ssr-width`: the browser's first
   * render uses it too, then the element's real width.
   */
  width?: number;
  /** Language of the interface and of localized fields (the element's `lang`); default `en`. A malformed tag becomes the nearest valid one (`en_US` → `en-US`; `x` → `en`). */
  lang?: string;
  /** `ltr` or `rtl` (the element's `dir`); default: from `lang`. */
  dir?: 'ltr' | 'rtl';
  /** Display zone (`time-zone`): an IANA name, `UTC` or `event`. Avoid `local`: the server's zone is not the reader's. */
  timeZone?: string;
  /** Calendar of dates and axis labels (`calendar`). */
  calendar?: string;
  /** Lanes by `actor` (default), `topic` or `none` (`group-by`). */
  groupBy?: GroupBy;
  /** Most lanes (`max-lanes`). */
  maxLanes?: number;
  /** Id of the selected event: its details are rendered open (`selected`). */
  selected?: string;
  /** Hides the chronology's title (`hide-title`). */
  hideTitle?: boolean;
  /** `id` of the element. */
  id?: string;
  /**
   * Put the chronology in the element as `<script type="application/json">`
   * (default true), which the component reads when it upgrades. With
   * `false`, set the element's `data` property before it is defined, or
   * hydration has nothing to render.
   */
  embedData?: boolean;
  /**
   * The URL of the page the element goes in: relative links in the
   * chronology are resolved against it, as the browser will (written as the
   * element's `base-url`, so that the browser's first render matches the
   * server's and hydrates). Without it, relative links are left out on the
   * server and in the browser alike, each with a warning.
   */
  baseUrl?: string;
  /** Also put schema.org JSON-LD (`chronoline/json-ld.js`) before the element, for search engines. Default false. */
  jsonLd?: boolean;
}

// Loaded on first use (an optional peer dependency).
let ssr: Promise<typeof import('@lit-labs/ssr')> | undefined;
const prepare = () => (ssr ??= import('@lit-labs/ssr'));

/**
 * Renders `<event-timeline>` showing `chronology` to an HTML string, with
 * its shadow root as a declarative `<template shadowrootmode="open">`. The
 * list view and the chart (at `width`) are complete; zooming, selecting and
 * the details panel work once the component hydrates in the browser.
 */
export async function renderTimelineToString(chronology: ChronologyData, options: RenderTimelineOptions = {}): Promise<string> {
  const { render } = await prepare();
  const { view = 'auto', width = 960, embedData = true } = options;
  // A request's language as it comes (`en_US`, `x`) would make Intl throw: the nearest valid tag, else `en`.
  const lang = options.lang === undefined ? undefined : safeLang(options.lang);
  // The interface strings in `lang` (English is built in; others load once per
  // process), and the full parser, so that data the quick path does not take
  // renders with its problems in this one pass.
  if (lang) await catalog(lang);
  await loadParser();
  const data = typeof chronology === 'string' ? (JSON.parse(chronology) as ChronologyInput) : chronology;
  const json = embedData ? unsafeHTML(`<script type="application/json">${jsonLdText(data)}</script>`) : nothing;
  // One line: attributes that are `nothing` leave no gaps in the output.
  // `.__chronolineChartOnServer`: this element may show the chart on the
  // server, since this module renders SVG titles (svg-title.ts; see
  // components/event-timeline/server-view.ts).
  const template = html`<event-timeline .data=${data} .__chronolineChartOnServer=${true} view=${view} ssr-width=${width} base-url=${options.baseUrl ?? ''} id=${options.id ?? nothing} lang=${lang ?? nothing} dir=${options.dir ?? nothing} time-zone=${options.timeZone ?? nothing} calendar=${options.calendar ?? nothing} group-by=${options.groupBy ?? nothing} max-lanes=${options.maxLanes ?? nothing} selected=${options.selected ?? nothing} ?hide-title=${options.hideTitle}>${json}</event-timeline>`;
  let out: string;
  try {
    out = restoreTitles(await collectResult(render(template)));
  } catch (e) {
    if (/Unexpected final partIndex/.test(String(e)))
      throw new Error('chronoline/ssr.js: import it before anything imports @lit-labs/ssr (see src/ssr/svg-title.ts).', { cause: e });
    throw e;
  }
  return (options.jsonLd ? jsonLdScript(chronologyJsonLd(data)) : '') + out;
}
