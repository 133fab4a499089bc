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
import { parseChronology } from '../schema/parse.js';
import { ShellRenderer, renderOutline } from './outline.js';
import { shownView } from '../components/event-timeline/size-controller.js';

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
  /**
   * Also server-render the chart's markup (its SVG, shown before scripts run), as well as the JSON it is drawn
   * from. Default false: the chart view is sent as the element holding the JSON and an outline of the events (an
   * `<ol>` of dates, titles and links, for readers without scripts and crawlers) in a box of the chart's default
   * height, and the chart is drawn in the browser from the JSON (about half the bytes; see src/ssr/outline.ts).
   * The list view is always server-rendered in full.
   */
  chartMarkup?: boolean;
  /** Also put schema.org JSON-LD (`chronoline/json-ld.js`) before the element, for search engines. Default false. */
  jsonLd?: boolean;
}

// Loaded on first use (an optional peer dependency).
let ssr: Promise<typeof import('@lit-labs/ssr')> | undefined;
const prepare = () => (ssr ??= import('@lit-labs/ssr'));

/**
 * Renders `<event-timeline>` showing `chronology` to an HTML string. The
 * list view comes with its shadow root as a declarative `<template
 * shadowrootmode="open">`, complete, and hydrates. The chart view comes as
 * the element holding the chronology's JSON and an outline of its events
 * (dates, titles, links) in the chart's box, and is drawn in the browser;
 * with `chartMarkup` its SVG (at `width`) is server-rendered too. Zooming,
 * selecting and the details panel work once the component runs.
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
    out =
      // The list (`view` list, or `auto` below the default list-breakpoint, 520) is rendered in full; so is the chart with `chartMarkup`.
      shownView(view, false, width, 520) === 'list' || options.chartMarkup
        ? restoreTitles(await collectResult(render(template)))
        : // Nothing here hydrates (the element renders afresh): Lit's part markers are left out (text is escaped, and the JSON escapes `<`).
          (await collectResult(render(await shell(data, { ...options, lang, view }, json), { elementRenderers: [ShellRenderer] })))
            .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '')
            .replace(/<event-timeline +/, '<event-timeline ');
  } catch (e) {
    if (/Unexpected final partIndex/.test(String(e)))
      throw new Error('chronoline/ssr.js: import it before anything imports @lit-labs/ssr (see src/ssr/svg-title.ts).', { cause: e });
    throw e;
  }
  return (options.jsonLd ? jsonLdScript(chronologyJsonLd(data)) : '') + out;
}

/** The chart view without its markup (see `chartMarkup`): the element's light DOM, the JSON and the outline. */
async function shell(data: unknown, o: RenderTimelineOptions, json: unknown) {
  const { chronology } = parseChronology(data, { baseUrl: o.baseUrl });
  const outline = chronology
    ? renderOutline(chronology, { lang: o.lang ?? 'en', m: await catalog(o.lang ?? 'en'), timeZone: o.timeZone, hideTitle: o.hideTitle })
    : nothing;
  return html`<event-timeline view=${o.view!} base-url=${o.baseUrl ?? ''} id=${o.id ?? nothing} lang=${o.lang ?? nothing} dir=${o.dir ?? nothing} time-zone=${o.timeZone ?? nothing} calendar=${o.calendar ?? nothing} group-by=${o.groupBy ?? nothing} max-lanes=${o.maxLanes ?? nothing} selected=${o.selected ?? nothing} ?hide-title=${o.hideTitle}>${json}${outline}</event-timeline>`;
}
