// A web-test-runner plugin that serves server-rendered timelines for
// tests/browser/ssr-hydration.test.ts: the HTML is made by Node with
// chronoline/ssr.js (src/ssr/index.ts), exactly as a server would.
//
//   /__ssr/timeline?view=list|chart|auto&width=W&lang=L&selected=ID&relative=1&base=URL
//       <event-timeline> with the shipped chronology, as HTML text
//
// src/ssr/index.ts is compiled on first request by esbuild (no build step
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
  /** @type {Promise<typeof import('../src/ssr/index.ts')> | undefined} */
  let renderer;
  const load = () =>
    (renderer ??= (async () => {
      const result = await esbuild.build({
        entryPoints: [`${rootDir}/src/ssr/index.ts`],
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'es2022',
        tsconfig: `${rootDir}/tsconfig.json`,
        write: false,
        logLevel: 'silent',
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
    })());

  return {
    name: 'chronoline-ssr-routes',
    serverStart({ config }) {
      rootDir = config.rootDir ?? rootDir;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path !== `${PREFIX}timeline`) return { body: 'unknown route', type: 'txt' };
      const q = context.URL.searchParams;
      const data = JSON.parse(readFileSync(`${rootDir}/src/data/june-2025-diplomacy.json`, 'utf8'));
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
      });
      // Plain text: the test parses it itself (and no dev-server plugin rewrites it).
      return { body: html, type: 'txt' };
    },
  };
}
