import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const rootDir = fileURLToPath(new URL('../', import.meta.url));

ensureManifest();

/**
 * The project compiles Lit's decorators as legacy (TypeScript
 * `experimentalDecorators`) decorators with `useDefineForClassFields: false`
 * (see tsconfig.json). Storybook's Vite must do the same: Vite 8 does not lower
 * standard decorators, and define-semantics class fields would shadow Lit's
 * reactive accessors.
 */
const legacyCompilerOptions = {
  experimentalDecorators: true,
  useDefineForClassFields: false,
} as const;

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  // The guides (stories/docs/*.mdx) first, then the components' stories.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
  },
  // The sample dataset, served at /data/june-2025-diplomacy.json for `src` stories.
  // A local image for the media stories, at /media/photo.png.
  staticDirs: [
    { from: '../src/data', to: '/data' },
    { from: '../tests/fixtures/media', to: '/media' },
  ],
  async viteFinal(viteConfig) {
    const { version } = await import('vite');
    const major = Number.parseInt(version, 10);
    if (major >= 8) {
      // Vite 8 transforms TypeScript with Oxc; `esbuild` options are ignored there.
      viteConfig.oxc = {
        ...(viteConfig.oxc || {}),
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      };
    } else {
      const esbuild = viteConfig.esbuild || {};
      const raw = typeof esbuild.tsconfigRaw === 'object' ? esbuild.tsconfigRaw : {};
      viteConfig.esbuild = {
        ...esbuild,
        tsconfigRaw: {
          ...raw,
          compilerOptions: { ...(raw.compilerOptions || {}), ...legacyCompilerOptions },
        },
      };
    }
    viteConfig.plugins = [...(viteConfig.plugins ?? []), keepSourceSideEffects()];
    // Storybook's web-components renderer imports `lit/directive-helpers.js`,
    // which the dev server would otherwise serve unbundled next to the
    // pre-bundled `lit`: two copies of lit-html ("Multiple versions of Lit
    // loaded"). Pre-bundle it with the rest of lit.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    return viteConfig;
  },
};

/**
 * package.json's `sideEffects` names only files in dist/, so a bundler that
 * compiles the TypeScript sources treats every src/ module as side-effect
 * free and drops `import '../src/index.js'` — and with it the
 * `customElements.define` calls. Stories use the sources, so mark them as
 * having side effects (this only affects the Storybook build).
 */
function keepSourceSideEffects(): Plugin {
  return {
    name: 'chronoline:keep-src-side-effects',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(srcDir) || !/\.[cm]?[jt]s$/.test(file)) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

/**
 * The docs tables (attributes, properties, events, slots, CSS custom
 * properties, parts) come from dist/custom-elements.json, which
 * `npm run analyze` writes (`npm run build-storybook` runs it first).
 * `npm run storybook` does not: when the manifest is missing or older than a
 * component's source, write it here, so the docs never show a stale API. If
 * the analyzer fails, say so and go on (the stories still work, with only
 * their own argTypes).
 */
function ensureManifest(): void {
  const manifest = join(rootDir, 'dist', 'custom-elements.json');
  const mtime = (file: string) => {
    try {
      return statSync(file).mtimeMs;
    } catch {
      return -1;
    }
  };
  const componentsDir = join(srcDir, 'components');
  let newest = 0;
  for (const entry of readdirSync(componentsDir, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.component.ts')) newest = Math.max(newest, mtime(join(componentsDir, entry)));
  }
  if (mtime(manifest) >= newest) return;
  const run = spawnSync('npm', ['run', '--silent', 'analyze'], { cwd: rootDir, stdio: 'inherit' });
  if (run.status !== 0)
    console.warn('chronoline: `npm run analyze` failed; the docs pages will lack the tables from dist/custom-elements.json.');
}

export default config;
