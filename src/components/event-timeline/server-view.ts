/**
 * The view under server rendering, and in the browser's render that
 * hydrates it. Plain Lit SSR (`render(html\`<event-timeline .data=${d}>\`)`
 * from `@lit-labs/ssr`, as Astro, Eleventy and Next.js integrations call it)
 * renders the list view: complete, readable without scripts, and free of the
 * chart's SVG `<title>` bindings, which `@lit-labs/ssr` cannot render unless
 * chronoline/ssr.js prepared it (lit/lit#4405; see src/ssr/svg-title.ts).
 * chronoline/ssr.js marks the elements it renders (`allowChartOnServer`):
 * those show the chart or the list as `view` and `ssr-width` say.
 *
 * In the browser, the render that hydrates a server-rendered list keeps the
 * list (the DOM must match); the next render shows the view the element's
 * own width calls for.
 */
import { isServer, type ReactiveElement } from 'lit';

/** A global symbol: every copy of the library (Next.js loads one per bundle layer) reads the same mark. */
const CHART_ON_SERVER = Symbol.for('chronoline.chartOnServer');

type Marked = { [CHART_ON_SERVER]?: boolean };

/** Lets the element render the chart on the server (chronoline/ssr.js, which renders SVG titles). */
export function allowChartOnServer(element: object): void {
  (element as Marked)[CHART_ON_SERVER] = true;
}

/** `view` (already resolved against the width), or the list where the server rendered one (see above). */
export function serverView(host: ReactiveElement, view: 'chart' | 'list'): 'chart' | 'list' {
  if (view === 'list') return view;
  if (isServer) return (host as Marked)[CHART_ON_SERVER] ? view : 'list';
  if (host.hasUpdated || !host.shadowRoot?.querySelector('[part~="list"]')) return view;
  // Hydrating the server's list: the chart in the next render.
  void host.updateComplete.then(() => host.requestUpdate());
  return 'list';
}
