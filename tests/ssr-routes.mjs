// A web-test-runner plugin that serves server-rendered timelines for
// tests/browser/ssr-hydration.test.ts: the HTML is made by Node with
// chronoline/ssr.js (src/ssr/index.ts), exactly as a server would.
//
//   /__ssr/timeline?view=list|chart|auto&width=W&lang=L&selected=ID&relative=1&base=URL&markup=1
//       <event-timeline> with the shipped chronology, as HTML text
//       (markup=1: the chart's markup too, the `chartMarkup` option)
//   /__ssr/plain?width=W
//       the same with plain @lit-labs/ssr and no helper, as Lit SSR
//       integrations call it: render(html`<event-timeline .data=${june}>`)
//       after importing `chronoline` as Node resolves it (src/server.ts)
//
// src/ssr/index.ts (or src/server.ts) is compiled on first request by esbuild (no build step
// needed), with the packages left as imports so that Node loads lit's server
// build and @lit-labs/ssr from node_modules. The bundle is written under
// node_modules/.cache/ (a module must live inside the project for Node to
// resolve those imports), imported from there, and deleted.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const PREFIX = '/__ssr/';

export function ssrRoutesPlugin() {
  let rootDir = process.cwd();
  /** @type {Map<string, Promise<any>>} */
  const modules = new Map();
  const load = (entry = 'src/ssr/index.ts') => {
    if (!modules.has(entry)) modules.set(entry, build(entry));
    return modules.get(entry);
  };
  const build = (entry) =>
    (async () => {
      const result = await esbuild.build({
        entryPoints: [`${rootDir}/${entry}`],
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'es2022',
        tsconfig: `${rootDir}/tsconfig.json`,
        write: false,
        logLevel: 'silent',
        // The package's `sideEffects` list names dist/ files: these src/ files
        // would count as free of side effects, and the imports that register
        // the tags would be dropped.
        ignoreAnnotations: true,
      });
      const dir = `${rootDir}/node_modules/.cache/chronoline-ssr`;
      mkdirSync(dir, { recursive: true });
      const file = `${dir}/ssr-${process.pid}-${Date.now()}.mjs`;
      writeFileSync(file, result.outputFiles[0].text);
      try {
        return await import(pathToFileURL(file).href);
      } finally {
        rmSync(file, { force: true });
      }
    })();

  return {
    name: 'chronoline-ssr-routes',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const q = context.URL.searchParams;
      const data = JSON.parse(readFileSync(`${rootDir}/src/data/june-2025-diplomacy.json`, 'utf8'));
      if (context.path === `${PREFIX}plain`) {
        // The helper's module first: this process serves both routes, and the
        // helper must be evaluated before @lit-labs/ssr (src/ssr/svg-title.ts).
        await load();
        // Then @lit-labs/ssr, as an integration loads it, then the package.
        const { render } = await import('@lit-labs/ssr');
        const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
        const { html } = await import('lit');
        await load('src/server.ts');
        const width = q.get('width') ?? undefined;
        const template = width
          ? html`<event-timeline .data=${data} ssr-width=${width}></event-timeline>`
          : html`<event-timeline .data=${data}></event-timeline>`;
        return { body: await collectResult(render(template)), type: 'txt' };
      }
      if (context.path !== `${PREFIX}timeline`) return { body: 'unknown route', type: 'txt' };
      // relative=1: the Kremlin meeting's first source has a relative link (base=URL: the page it is resolved against).
      if (q.get('relative') === '1')
        data.events.find((e) => e.id === 'putin-araghchi-kremlin-meeting').sources[0].url = 'stories/kremlin.html';
      const { renderTimelineToString } = await load();
      const html = await renderTimelineToString(data, {
        view: q.get('view') ?? 'auto',
        width: q.has('width') ? Number(q.get('width')) : undefined,
        lang: q.get('lang') ?? undefined,
        selected: q.get('selected') ?? undefined,
        baseUrl: q.get('base') ?? undefined,
        chartMarkup: q.get('markup') === '1',
      });
      // Plain text: the test parses it itself (and no dev-server plugin rewrites it).
      return { body: html, type: 'txt' };
    },
  };
}
