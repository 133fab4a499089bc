// A web-test-runner plugin that serves React as ES modules, for
// tests/browser/react.test.ts. react and react-dom are CommonJS packages,
// which the dev server's nodeResolve cannot serve to the browser (and
// @rollup/plugin-commonjs is not installed). So imports of `react`,
// `react-dom` and `react-dom/client` (from the tests and from src/react/) are
// rewritten to /__react/<name>.js, built in memory by esbuild on first request:
// one build with code splitting, so all three share a single copy of React.
// Nothing is written to disk. @lit/react itself is ESM and takes React as an
// argument, so it is served as usual.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const MODULES = { react: 'react', 'react-dom': 'react-dom', 'react-dom/client': 'react-dom-client' };
const PREFIX = '/__react/';

/**
 * An ESM entry re-exporting a CommonJS module: default, and every named
 * export. The names are read in a child process: loading React inside the
 * test runner trips over its patched console.
 */
function entry(specifier) {
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: process.cwd(), encoding: 'utf8' })).filter(
    (n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default',
  );
  return (
    `import * as m from ${JSON.stringify(specifier)};\nconst c = m.default ?? m;\nexport default c;\n` +
    names.map((n) => `export const ${n} = c[${JSON.stringify(n)}];`).join('\n')
  );
}

let built = null;
function build() {
  built ??= esbuild
    .build({
      entryPoints: Object.values(MODULES).map((out) => ({ in: `virtual:${out}`, out })),
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      outdir: '/react-esm',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
      plugins: [
        {
          name: 'virtual-entries',
          setup(b) {
            b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path.slice('virtual:'.length), namespace: 'react-entry' }));
            b.onLoad({ filter: /.*/, namespace: 'react-entry' }, (args) => {
              const specifier = Object.keys(MODULES).find((k) => MODULES[k] === args.path);
              return { contents: entry(specifier), resolveDir: process.cwd(), loader: 'js' };
            });
          },
        },
      ],
    })
    .then((r) => new Map(r.outputFiles.map((f) => [f.path.slice('/react-esm/'.length), f.text])));
  return built;
}

export function reactEsmPlugin() {
  return {
    name: 'chronoline-react-esm',
    resolveImport({ source }) {
      if (source in MODULES) return `${PREFIX}${MODULES[source]}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const body = (await build()).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
