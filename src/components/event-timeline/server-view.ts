/**
 * The view under server rendering, and in the browser's render that
 * hydrates it. Plain Lit SSR (`render(html\`<event-timeline .data=${d}>\`)`
 * from `@lit-labs/ssr`, as Astro, Eleventy and Next.js integrations call it)
 * renders the list view: complete, readable without scripts, and free of the
 * chart's SVG `<title>` bindings, which `@lit-labs/ssr` cannot render unless
 * chronoline/ssr.js prepared it (lit/lit#4405; see src/ssr/svg-title.ts).
 * chronoline/ssr.js marks the elements it renders (`CHART_ON_SERVER`):
 * those show the chart or the list as `view` and `ssr-width` say.
 *
 * In the browser, the render that hydrates a server-rendered list keeps the
 * list (the DOM must match); the next render shows the view the element's
 * own width calls for.
 */
import { isServer, type LitElement, type ReactiveElement } from 'lit';

/**
 * The property chronoline/ssr.js binds on the elements it renders
 * (`.__chronolineChartOnServer=${true}` in its template): a property of that
 * element only, not a setting of the process, where plain Lit SSR may render
 * other timelines at the same time.
 */
export const CHART_ON_SERVER = '__chronolineChartOnServer';

type Marked = { [CHART_ON_SERVER]?: boolean };

/** `view` (already resolved against the width), or the list where the server rendered one (see above). */
export function serverView(host: ReactiveElement, view: 'chart' | 'list'): 'chart' | 'list' {
  if (view === 'list') return view;
  if (isServer) return (host as Marked)[CHART_ON_SERVER] ? view : 'list';
  return hydratingList(host) ? 'list' : view;
}

/**
 * True in the render that hydrates a server-rendered list (which must stay
 * the list: not the chart, not the phone chronology); the view the element's
 * width calls for comes in the next render.
 */
export function hydratingList(host: ReactiveElement): boolean {
  if (isServer || host.hasUpdated || !host.shadowRoot?.querySelector('[part~="list"]')) return false;
  void host.updateComplete.then(() => host.requestUpdate());
  return true;
}

/**
 * Before the first render: true when the shadow root holds server-rendered
 * DOM that Lit will hydrate (`@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * was loaded before Lit). Without that module Lit would render after the
 * server's nodes, showing everything twice: the server's nodes are removed
 * then, and the element renders afresh (false).
 */
export function hydrating(host: LitElement): boolean {
  const root = host.shadowRoot;
  if (host.hasUpdated || !root?.childElementCount) return false;
  if ((globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport) return true;
  root.replaceChildren();
  // Lit meant to render before the server's first node (now removed).
  host.renderOptions.renderBefore = null;
  return false;
}
