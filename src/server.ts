/**
 * `chronoline` in Node (the `node` condition of the package's exports, which
 * server builds such as Vite's SSR, Astro and Next.js resolve): everything
 * `chronoline` exports, with the list view and the interface languages
 * loaded ahead (src/ssr/setup.ts), so that `<event-timeline>` renders under
 * plain `@lit-labs/ssr` (`render(html\`<event-timeline .data=${d}>\`)`).
 */
import './ssr/setup.js';

export * from './index.js';
