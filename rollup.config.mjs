// Two builds from one source:
// 1. dist/: ESM per module with the dependencies and peer dependencies (lit,
//    d3-*, valibot, react) external (what `import 'chronoline'` gets; types
//    come from tsc). dist/react/index.js is `chronoline/react.js`.
// 2. dist/cdn/chronoline.min.js: one minified file with the timeline and
//    English, registering all three tags (what a <script type="module">
//    gets). What the ESM build loads on demand is an on-demand chunk here too,
//    in dist/cdn/chunks/, fetched relative to the bundle: the list view
//    (fetched right after the first render), the keys' actions (on the
//    chart's first focus), the other interface languages, the importers
//    behind `format`, and image export. The card's and the badge's classes
//    are dist/cdn/actor-card.js and dist/cdn/topic-badge.js, loaded when the
//    page or a timeline first has one (src/cdn.ts).
// After the ESM build, the JSON Schema is generated from the valibot schema
// and the shipped chronology copied; after the CDN build, its min+gzip size
// is printed and checked against the 40 KB budget (issue 17; 42 KB for a while
// after the features of issues 15–22; see docs/benchmarks.md).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import esbuild from 'rollup-plugin-esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

const BUDGET = 40 * 1024;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => external.some((d) => id === d || id.startsWith(`${d}/`));
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.json': 'json' } });

function schemaAndData() {
  return {
    name: 'chronoline-schema-and-data',
    async writeBundle() {
      const { toJsonSchema } = await import('@valibot/to-json-schema');
      const { ChronologySchema } = await import(`${process.cwd()}/dist/schema/chronology-schema.js?${Date.now()}`);
      const schema = {
        $id: 'https://unpkg.com/chronoline/dist/chronology.schema.json',
        title: 'chronoline chronology, schema version 1',
        ...toJsonSchema(ChronologySchema, { errorMode: 'ignore' }),
      };
      // An event needs a start, an end or both (the parser checks it; say so here too).
      schema.properties.events.items.anyOf = [{ required: ['start'] }, { required: ['end'] }];
      writeFileSync('dist/chronology.schema.json', JSON.stringify(schema, null, 2) + '\n');
      mkdirSync('dist/data', { recursive: true });
      copyFileSync('src/data/june-2025-diplomacy.json', 'dist/data/june-2025-diplomacy.json');
    },
  };
}

/**
 * The template type declarations for Vue, Svelte and React's JSX
 * (frameworks/*.d.ts, hand-written: they augment modules this project
 * does not install) go to dist/frameworks/ beside an empty module each, so
 * that `chronoline/vue`, `chronoline/svelte` and `chronoline/jsx` resolve
 * for bundlers and type checkers alike.
 */
function frameworkTypes() {
  return {
    name: 'chronoline-framework-types',
    writeBundle() {
      mkdirSync('dist/frameworks', { recursive: true });
      for (const name of ['vue', 'svelte', 'jsx']) {
        copyFileSync(`frameworks/${name}.d.ts`, `dist/frameworks/${name}.d.ts`);
        writeFileSync(`dist/frameworks/${name}.js`, `// Types only: see ${name}.d.ts.\nexport {};\n`);
      }
    },
  };
}

/** Empties dist/cdn before the CDN build: chunk names are hashed, so old ones would pile up (and be packed). */
function cleanCdn() {
  return {
    name: 'chronoline-clean-cdn',
    buildStart() {
      rmSync('dist/cdn', { recursive: true, force: true });
    },
  };
}

/**
 * The CDN bundle never animates zoom: replace d3-transition and
 * d3-interpolate; and it needs only the zoom gesture's part of d3-selection
 * (see each module's comment).
 */
const STUBS = {
  'd3-transition': './src/d3/transition-stub.ts',
  'd3-interpolate': './src/d3/interpolate-stub.ts',
  'd3-selection': './src/d3/selection-lite.ts',
  'd3-dispatch': './src/d3/dispatch-lite.ts',
};
function noTransitions() {
  return {
    name: 'chronoline-no-transitions',
    resolveId(id) {
      return id in STUBS ? new URL(STUBS[id], import.meta.url).pathname : null;
    },
  };
}

/**
 * The JSON worker (src/load/json-worker.ts) in the CDN build: emitted as
 * `chunks/json-worker.js`, and the URL off-thread.ts starts it from made
 * relative to whichever chunk off-thread.ts lands in. (The npm build keeps
 * `new URL('./json-worker.js', import.meta.url)`: dist/load/json-worker.js
 * is an entry of its own, next to dist/load/off-thread.js.)
 */
function jsonWorker() {
  const WORKER_URL = "new URL('./json-worker.js', import.meta.url)";
  return {
    name: 'chronoline-json-worker',
    transform(code, id) {
      if (!id.endsWith('/src/load/off-thread.ts')) return null;
      if (!code.includes(WORKER_URL)) throw new Error(`off-thread.ts no longer says ${WORKER_URL}: update rollup.config.mjs`);
      const ref = this.emitFile({
        type: 'chunk',
        id: new URL('./src/load/json-worker.ts', import.meta.url).pathname,
        fileName: 'chunks/json-worker.js',
      });
      return { code: code.replace(WORKER_URL, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`), map: null };
    },
  };
}

/** Minifies the CSS and HTML inside lit's css`` / html`` / svg`` literals. */
function minifyLiterals() {
  return {
    name: 'chronoline-minify-literals',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      // conservativeCollapse: whitespace becomes one space instead of vanishing, so
      // text such as html` · ${count}` keeps its spaces at template edges.
      const result = await minifyHTMLLiterals(code, { fileName: id, minifyOptions: { conservativeCollapse: true } });
      return result && { code: result.code, map: result.map };
    },
  };
}

/**
 * The list view's and the phone chronology's chunks without a waterfall: the
 * entry imports them at the first render (list-module.ts, phone-module.ts),
 * and each imports chunks of its own (what the two share: the event's texts,
 * the statuses, the media, the days). A browser learns of those only once
 * the view's chunk has arrived and been compiled, a round trip later (and a
 * main-thread task that may wait behind the data being read): so the entry's
 * `import()` of each view requests the chunks it imports at the same time,
 * `(import(dep), …, import(view))`: the same modules, evaluated in the same
 * order, only requested sooner. (Costs the entry a few bytes per chunk named.)
 */
function preloadViews() {
  const VIEWS = /\/src\/components\/event-timeline\/(list|phone)-view\.ts$/;
  return {
    name: 'chronoline-preload-views',
    renderDynamicImport({ chunk, targetModuleId, getTargetChunkImports }) {
      if (!chunk.isEntry || !VIEWS.test(targetModuleId ?? '')) return null;
      const deps = (getTargetChunkImports() ?? []).filter((d) => d.type === 'internal' && d.fileName !== chunk.fileName);
      return deps.length ? { left: `(${deps.map((d) => `import(${d.resolvedImportPath}),`).join('')}import(`, right: '))' } : null;
    },
  };
}

/**
 * Prints the CDN bundle's min+gzip size and fails the build above the
 * budget. (Should the CDN build ever emit chunks, those a page loads at
 * once count toward the budget, and the others are listed with the total.)
 */
function sizeBudget() {
  return {
    name: 'chronoline-size-budget',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const size = (c) => ({ file: c.fileName, min: Buffer.byteLength(c.code), gzip: gzipSync(c.code, { level: 9 }).length });
      const kb = (n) => (n / 1024).toFixed(1);
      const entry = chunks.find((c) => c.isEntry && c.fileName === 'chronoline.min.js');
      const initial = new Set([entry.fileName]);
      for (const name of initial) for (const dep of bundle[name].imports) initial.add(dep);
      const initialSizes = [...initial].map((n) => size(bundle[n]));
      const lazy = chunks.filter((c) => !initial.has(c.fileName)).map(size);
      const min = initialSizes.reduce((t, c) => t + c.min, 0);
      const gzip = initialSizes.reduce((t, c) => t + c.gzip, 0);
      const totalGzip = gzip + lazy.reduce((t, c) => t + c.gzip, 0);
      const line = `CDN bundle ${entry.fileName}: ${kb(min)} KB min, ${kb(gzip)} KB min+gzip (budget ${BUDGET / 1024} KB)`;
      console.log(line);
      for (const c of lazy) console.log(`  loaded on demand: ${c.file}: ${kb(c.min)} KB min, ${kb(c.gzip)} KB min+gzip`);
      console.log(`  everything: ${kb(totalGzip)} KB min+gzip`);
      writeFileSync(
        `${options.dir}/size.json`,
        JSON.stringify({ file: entry.fileName, min, gzip, budget: BUDGET, onDemand: lazy, totalGzip }, null, 2) + '\n',
      );
      if (gzip > BUDGET) throw new Error(`${line}: over budget`);
    },
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      classes: 'src/classes.ts',
      'schema/index': 'src/schema/index.ts',
      'layout/index': 'src/layout/index.ts',
      'import/index': 'src/import/index.ts',
      'seo/json-ld': 'src/seo/json-ld.ts',
      'ssr/index': 'src/ssr/index.ts',
      'components/event-timeline/event-timeline': 'src/components/event-timeline/event-timeline.ts',
      // The JSON worker (src/load/off-thread.ts starts it from ./json-worker.js).
      'load/json-worker': 'src/load/json-worker.ts',
      'components/actor-card/actor-card': 'src/components/actor-card/actor-card.ts',
      'components/topic-badge/topic-badge': 'src/components/topic-badge/topic-badge.ts',
      'react/index': 'src/react/index.ts',
      // The `node` export condition's entries (server rendering: src/ssr/setup.ts).
      server: 'src/server.ts',
      'react/server': 'src/react/server.ts',
    },
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      // The React wrappers are client components: Next.js's server components
      // may import them as they are. (A directive in the source is dropped by
      // rollup, which cannot tell where it stays meaningful: it is added here.)
      banner: (chunk) => (/^react\/(index|server)\.js$/.test(chunk.fileName) ? "'use client';" : ''),
    },
    plugins: [ts(), schemaAndData(), frameworkTypes()],
  },
  {
    // src/cdn.ts is src/index.ts without parseChronology: the full parser and
    // valibot are in dist/cdn/schema.js (what `chronoline/schema.js` exports),
    // the on-demand chunk the components load on first need only (see
    // src/schema/lazy-parse.ts), which a page may also import itself.
    input: 'src/cdn.ts',
    // The entry file may export more than src/cdn.ts (what the on-demand
    // chunks import from it): otherwise rollup makes it a one-line facade
    // over a shared chunk, and a page waits for two files before anything runs.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      entryFileNames: 'chronoline.min.js',
      // Files a page may import itself have fixed names: the parser, the card's and the badge's classes (see src/cdn.ts).
      chunkFileNames: (c) => {
        const id = c.facadeModuleId ?? '';
        if (id.endsWith('/src/schema/index.ts')) return 'schema.js';
        const component = /\/src\/components\/(actor-card|topic-badge)\/\1\.component\.ts$/.exec(id);
        // Hashes of 6 characters (rollup's default is 8): each chunk the entry names costs it fewer bytes. Rollup needs 7
        // from 64 hashed files on (it says so and fails the build); there are some 40.
        return component ? `${component[1]}.js` : 'chunks/[name]-[hash:6].js';
      },
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      cleanCdn(),
      noTransitions(),
      nodeResolve({ browser: true }),
      minifyLiterals(),
      jsonWorker(),
      preloadViews(),
      ts(),
      // (V8's `//# allFunctionsCalledOnLoad` compile hint was measured and left
      // out: on loopback it moved ~15–25 ms from the first render to the load,
      // and load + render together grew.)
      terser({
        ecma: 2022,
        module: true,
        compress: { passes: 5, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
        format: { comments: false },
      }),
      sizeBudget(),
    ],
  },
];
