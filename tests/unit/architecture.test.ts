// The shape of the house (docs/ARCHITECTURE.md): folders import only
// downwards, no two folders import each other, nothing below components/
// reaches up to them, and no source file grows past 400 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Bottom to top: a folder may import from folders before it in this list (and from itself). */
const ORDER = [
  'i18n',
  'time',
  'schema',
  'layout',
  'import',
  'load',
  'events',
  'styles',
  'd3',
  'dom',
  'export',
  'seo',
  'components',
  'ssr',
  '.',
  'react',
];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** `components/event-timeline/x.ts` → `components`; `index.ts` → `.`. */
const folderOf = (file: string) => {
  const rel = relative(SRC, file);
  return rel.includes('/') ? rel.split('/')[0]! : '.';
};

/** Every relative import (static, dynamic, type-only, re-export) of a file, resolved to a path in src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s));
}

const all = files(SRC);
const edges = new Map<string, Set<string>>();
for (const f of all) {
  const from = folderOf(f);
  for (const target of importsOf(f)) {
    const to = folderOf(target);
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  }
}

describe('the folders of src/', () => {
  test('every folder is in the documented order', () => {
    const unknown = [...new Set(all.map(folderOf))].filter((f) => !ORDER.includes(f) && f !== 'data');
    expect(unknown).toEqual([]);
  });

  test('imports point only downwards (no cycle between folders)', () => {
    const upwards: string[] = [];
    for (const [from, tos] of edges) for (const to of tos) if (ORDER.indexOf(to) > ORDER.indexOf(from)) upwards.push(`${from} → ${to}`);
    expect(upwards).toEqual([]);
  });

  test('time/, schema/ and layout/ never import components/ or touch the DOM', () => {
    const bad: string[] = [];
    for (const f of all.filter((x) => ['time', 'schema', 'layout'].includes(folderOf(x)))) {
      const text = readFileSync(f, 'utf8');
      if (importsOf(f).some((t) => folderOf(t) === 'components')) bad.push(`${relative(SRC, f)} imports a component`);
      const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*|'[^'\n]*'/g, '');
      if (/\b(document|window|customElements)\.\w/.test(code)) bad.push(`${relative(SRC, f)} uses the DOM`);
      if (/from ['"]lit/.test(text)) bad.push(`${relative(SRC, f)} imports lit`);
    }
    expect(bad).toEqual([]);
  });

  test('no source file is over 400 lines (the shipped data and message catalogs aside)', () => {
    const catalogs = /src\/i18n\/(?!catalogs\.ts)[\w-]+\.ts$/;
    const long = all
      .filter((f) => !catalogs.test(f))
      .map((f) => [relative(SRC, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });
});
