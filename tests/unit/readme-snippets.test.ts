// The README's JavaScript and TypeScript snippets compile, as written, in a
// strict TypeScript app: every ```js, ```ts, ```jsx and ```tsx block of
// README.md is checked as a module of an app with `strict: true` that
// imports `chronoline` (its package exports, mapped onto src/). JavaScript
// blocks are checked as TypeScript too: a TypeScript user pastes them as they
// are. Only the snippets' own errors count (src/ is type-checked on its own).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  exports: Record<string, string | { types: string }>;
};

/** `chronoline/…` → the source file the package entry's types are built from. */
function packagePaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.types;
    if (!file.startsWith('./dist/') || entry.includes('custom-elements')) continue;
    const source = file.replace('./dist/', 'src/').replace(/\.d\.ts$/, '.ts');
    paths[pkg.name + entry.slice(1)] = [join(root, source)];
  }
  return paths;
}

/** What a strict app (Vite's React + TypeScript template, say) has in its tsconfig. */
const appOptions: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  jsx: ts.JsxEmit.ReactJSX,
  resolveJsonModule: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
  paths: packagePaths(),
};

interface Snippet {
  lang: string;
  line: number;
  code: string;
}

/** The fenced code blocks of a Markdown text in the given languages. */
export function codeBlocks(markdown: string, langs: string[]): Snippet[] {
  const out: Snippet[] = [];
  const re = /^```(\w+)[^\n]*\n([\s\S]*?)^```/gm;
  for (let m; (m = re.exec(markdown));) {
    if (langs.includes(m[1]!)) out.push({ lang: m[1]!, line: markdown.slice(0, m.index).split('\n').length, code: m[2]! });
  }
  return out;
}

/** Type-checks snippets as the modules of one app; returns each one's errors as "line: message". */
function check(snippets: Snippet[]): string[][] {
  const files = new Map<string, string>();
  const names = snippets.map((s, i) => {
    // Inside the repository, so that `react` and its types resolve from node_modules as in an app.
    const name = join(root, 'tests', 'readme-app', `snippet-${i}.${s.lang.startsWith('j') ? s.lang.replace('j', 't') : s.lang}`);
    // `export {}`: a module even without imports (a bundler treats every file as one).
    files.set(name, `${s.code}\nexport {};\n`);
    return name;
  });
  const host = ts.createCompilerHost(appOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (f, v, ...rest) =>
    files.has(f) ? ts.createSourceFile(f, files.get(f)!, v, true) : getSourceFile.call(host, f, v, ...rest);
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
  host.readFile = (f) => files.get(f) ?? readFile.call(host, f);
  const program = ts.createProgram(names, appOptions, host);
  expect(program.getOptionsDiagnostics().map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  return names.map((name, i) => {
    const sf = program.getSourceFile(name)!;
    return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
      const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
      return `README.md:${snippets[i]!.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
  });
}

describe('README snippets in a strict TypeScript app', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippets = codeBlocks(readme, ['js', 'ts', 'jsx', 'tsx']);

  test('there are snippets to check, the npm and React ones among them', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    expect(snippets.some((s) => s.code.includes('timeline.data = june'))).toBe(true);
    expect(snippets.some((s) => s.code.includes('<EventTimeline'))).toBe(true);
  });

  // One program for all of them (and the controls below): building it is the slow part.
  test('each compiles as written, and the checker would see a wrong one', () => {
    const controls: Snippet[] = [
      // The shipped JSON, imported as the README imports it, is accepted…
      {
        lang: 'ts',
        line: 0,
        code: "import june from 'chronoline/data/june-2025-diplomacy.json' with { type: 'json' };\nimport type { ChronologyData } from 'chronoline';\nconst d: ChronologyData = june;\ndocument.createElement('event-timeline').data = d;",
      },
      // …and nonsense is not.
      { lang: 'ts', line: 0, code: "import 'chronoline';\ndocument.createElement('event-timeline').data = 42;" },
      { lang: 'ts', line: 0, code: "import 'chronoline';\ndocument.createElement('actor-card').data = { events: [] };" },
    ];
    const errors = check([...snippets, ...controls]);
    const [good, number, partial] = errors.slice(snippets.length);
    expect(errors.slice(0, snippets.length).flat()).toEqual([]);
    expect(good).toEqual([]);
    expect(number!.join()).toMatch(/'42' is not assignable/);
    expect(partial!.length).toBeGreaterThan(0);
  }, 120_000);
});
