// ESLint flat config: typescript-eslint, eslint-plugin-lit and eslint-plugin-wc
// over the library, stories, tests and the Node scripts. Template type checks
// (bindings against element properties) are lit-analyzer's job: `npm run lint:lit`.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default defineConfig(
  globalIgnores([
    'dist/**',
    'storybook-static/**',
    '**/node_modules/**',
    'reports/**',
    '**/custom-elements.json',
    // The consumer test's framework apps: their own packages and checkers (tests/consumer/frameworks.mjs).
    'tests/consumer/*/**',
  ]),
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts', 'tests/**/*.mjs', 'bench/**/*.mjs', 'scripts/**/*.mjs', '*.mjs'],
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: {
      // Our elements extend LitElement, not HTMLElement directly.
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // `_name` marks a parameter required by a signature but not read
      // (e.g. a Directive's render(_props) whose work happens in update()).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // LitElement (ReactiveElement) implements connectedCallback and
      // disconnectedCallback, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Minimal copies of d3-selection/d3-dispatch: they keep d3's calling
    // convention (callbacks get the node as `this` and d3's `arguments`) and
    // its untyped `event`/`target` arguments, so d3-zoom runs on them unchanged.
    files: ['src/d3/*-lite.ts'],
    rules: {
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      'prefer-rest-params': 'off',
    },
  },
  {
    // Tests mutate untyped JSON fixtures, reach into component internals and
    // monkey-patch DOM globals (observers, addEventListener), where `any` is
    // deliberate.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions.
    files: ['tests/browser/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
