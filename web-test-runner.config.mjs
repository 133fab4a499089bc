// Browser tests: tests/browser/**/*.test.ts in the system Chrome/Chromium
// (found by tests/find-chrome.mjs), served from 127.0.0.1 only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import './tests/loopback.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_ARGS, findChrome } from './tests/find-chrome.mjs';
import { reactEsmPlugin } from './tests/react-esm.mjs';
import { testRoutesPlugin } from './tests/test-routes.mjs';
import { ssrRoutesPlugin } from './tests/ssr-routes.mjs';
import { routeCommandsPlugin } from './tests/route-commands.mjs';

const executablePath = findChrome();

/**
 * `import raw from './x.json'` (no import attributes, as the stories write it)
 * as a JS module: such imports are rewritten to `x.json?json-module`, served
 * as `export default <the JSON>`. Plain requests for .json (fetch) are
 * unchanged.
 */
function jsonModulePlugin() {
  let rootDir = process.cwd();
  return {
    name: 'chronoline-json-modules',
    serverStart({ config }) {
      rootDir = config.rootDir;
    },
    transformImport({ source }) {
      if (/^\.{1,2}\/.*\.json$/.test(source)) return `${source}?json-module`;
    },
    serve(context) {
      if (context.path.endsWith('.json') && context.URL.searchParams.has('json-module')) {
        const file = new URL(`.${decodeURIComponent(context.path)}`, `file://${rootDir}/`);
        return { body: `export default ${readFileSync(file, 'utf8')};`, type: 'js' };
      }
    },
  };
}

/**
 * Real input the @web/test-runner-commands set lacks, through the test
 * page's Playwright page and its CDP session: `input-wheel` ({x, y, deltaX,
 * deltaY, modifiers}: a mouse wheel notch at a point, with keys held) and
 * `input-touch-scroll` ({x, y, xDistance, yDistance}: one finger moved by
 * that much, Input.dispatchTouchEvent with touch emulation on, through the
 * browser's real touch pipeline, so touch-action applies; CDP's
 * synthesizeScrollGesture moved pointers but never scrolled the page here),
 * `input-touch-pinch` ({x, y, from, to}: two fingers on a horizontal line
 * around x, y, moved apart or together from `from` to `to` px between them,
 * the same way), and `a11y-names` (the role and name of every node in the
 * page's accessibility tree that is not ignored, from CDP's getFullAXTree).
 */
function inputCommandsPlugin() {
  return {
    name: 'chronoline-input-commands',
    async executeCommand({ command, payload, session }) {
      if (!['input-wheel', 'input-touch-scroll', 'input-touch-pinch', 'a11y-names'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'a11y-names') {
        const cdp = await page.context().newCDPSession(page);
        try {
          const { nodes } = await cdp.send('Accessibility.getFullAXTree');
          return nodes.filter((n) => !n.ignored && n.name?.value).map((n) => ({ role: n.role?.value ?? '', name: n.name.value }));
        } finally {
          await cdp.detach();
        }
      }
      if (command === 'input-wheel') {
        const { x, y, deltaX = 0, deltaY = 0, modifiers = [] } = payload;
        await page.mouse.move(x, y);
        for (const k of modifiers) await page.keyboard.down(k);
        await page.mouse.wheel(deltaX, deltaY);
        for (const k of modifiers) await page.keyboard.up(k);
        return true;
      }
      const cdp = await page.context().newCDPSession(page);
      try {
        // A touch screen, as on a phone or tablet (else the page does not scroll by touch).
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
        const steps = 12;
        if (command === 'input-touch-pinch') {
          const { x, y, from, to } = payload;
          const at = (i) => {
            const half = (from + ((to - from) * i) / steps) / 2;
            return {
              touchPoints: [
                { x: x - half, y, id: 1 },
                { x: x + half, y, id: 2 },
              ],
            };
          };
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', ...at(0) });
          for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', ...at(i) });
          await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
          return true;
        }
        const { x, y, xDistance = 0, yDistance = 0 } = payload;
        const at = (i) => ({ touchPoints: [{ x: x + (xDistance * i) / steps, y: y + (yDistance * i) / steps, id: 1 }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', ...at(0) });
        for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', ...at(i) });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await cdp.detach();
      }
      return true;
    },
  };
}

/** Writes passed/failed counts to reports/wtr.json for .ci/run's closing line. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
        else if (session.errors?.length) failed += session.errors.length;
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync('reports/wtr.json', JSON.stringify({ passed, failed, skipped }) + '\n');
    },
  };
}

/**
 * A module worker started from source (src/load/off-thread.ts:
 * `new URL('./json-worker.js', import.meta.url)`) is a request for a .js
 * file that exists only as .ts: serve the .ts (compiled by the esbuild
 * plugin), as the builds do with the compiled file.
 */
function tsForMissingJs(ctx, next) {
  const m = /^(\/src\/[\w/.-]+)\.js$/.exec(ctx.path);
  if (m && !existsSync(`.${m[1]}.js`) && existsSync(`.${m[1]}.ts`)) ctx.url = `${m[1]}.ts${ctx.querystring ? `?${ctx.querystring}` : ''}`;
  return next();
}

export default {
  files: ['tests/browser/**/*.test.ts'],
  middleware: [tsForMissingJs],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 1,
  // Time limits for a loaded 2-core CI machine (the tests' own waits aside).
  // Measured at a load average of 6.5: the slowest test with the default limit
  // took 4.4 s, the leak test 70 s (its own limit: 400 s), a test file 75 s.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 600_000,
  // testRoutesPlugin: /__test/ routes for the network tests (see tests/test-routes.mjs).
  // reactEsmPlugin: react and react-dom as ES modules for react.test.ts (see tests/react-esm.mjs).
  // ssrRoutesPlugin: /__ssr/ server-rendered timelines for ssr-hydration.test.ts (see tests/ssr-routes.mjs).
  // inputCommandsPlugin: real wheel and touch input for article-page.test.ts.
  // routeCommandsPlugin: answers requests to other hosts (docs.google.com) without the network (see tests/route-commands.mjs).
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    testRoutesPlugin(),
    jsonModulePlugin(),
    reactEsmPlugin(),
    ssrRoutesPlugin(),
    inputCommandsPlugin(),
    routeCommandsPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 30_000 } },
  // Each test page: the test framework, then tests/browser/lit-warnings.ts (a
  // test fails when Lit's development build issues a warning during it), then
  // the test file (imported by the framework).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module">import '${testFramework}'; import '/tests/browser/lit-warnings.ts';</script></body></html>`,
  reporters: [defaultReporter(), countsReporter()],
};
