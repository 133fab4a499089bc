// Two builds from one source:
// 1. dist/: ESM per module with lit, @lit/context, d3-* and valibot external
//    (what `import 'chronoline'` gets; types come from tsc).
// 2. dist/cdn/chronoline.min.js: one minified file with everything inlined,
//    registering all three tags (what a <script type="module"> gets).
// After the ESM build, the JSON Schema is generated from the valibot schema
// and the shipped chronology copied; after the CDN build, its min+gzip size
// is printed and checked against the 40 KB budget.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import esbuild from 'rollup-plugin-esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

const BUDGET = 40 * 1024;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = [...Object.keys(pkg.dependencies)];
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
      writeFileSync('dist/chronology.schema.json', JSON.stringify(schema, null, 2) + '\n');
      mkdirSync('dist/data', { recursive: true });
      copyFileSync('src/data/june-2025-diplomacy.json', 'dist/data/june-2025-diplomacy.json');
    },
  };
}

/** The CDN bundle never animates zoom: replace d3-transition and d3-interpolate (see the stubs' comments). */
const STUBS = {
  'd3-transition': './src/internal/d3-transition-stub.ts',
  'd3-interpolate': './src/internal/d3-interpolate-stub.ts',
};
function noTransitions() {
  return {
    name: 'chronoline-no-transitions',
    resolveId(id) {
      return id in STUBS ? new URL(STUBS[id], import.meta.url).pathname : null;
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
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true } });
      return result && { code: result.code, map: result.map };
    },
  };
}

function sizeBudget() {
  return {
    name: 'chronoline-size-budget',
    writeBundle(options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const min = Buffer.byteLength(chunk.code);
        const gz = gzipSync(chunk.code, { level: 9 }).length;
        const line = `CDN bundle ${name}: ${(min / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(1)} KB min+gzip (budget ${BUDGET / 1024} KB)`;
        console.log(line);
        writeFileSync(`${options.dir}/size.json`, JSON.stringify({ file: name, min, gzip: gz, budget: BUDGET }, null, 2) + '\n');
        if (gz > BUDGET) throw new Error(`${line}: over budget`);
      }
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
      'components/event-timeline/event-timeline': 'src/components/event-timeline/event-timeline.ts',
      'components/actor-card/actor-card': 'src/components/actor-card/actor-card.ts',
      'components/topic-badge/topic-badge': 'src/components/topic-badge/topic-badge.ts',
    },
    external: isExternal,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [ts(), schemaAndData()],
  },
  {
    input: 'src/index.ts',
    output: { dir: 'dist/cdn', entryFileNames: 'chronoline.min.js', format: 'es', sourcemap: true },
    plugins: [
      noTransitions(),
      nodeResolve({ browser: true }),
      minifyLiterals(),
      ts(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
      sizeBudget(),
    ],
  },
];
