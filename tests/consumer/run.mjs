// Consumer test: the package as npm ships it, in a Vite app, in Chromium.
//
// 1. `npm pack` into a temporary directory (dist/ must be built);
// 2. a temporary Vite app whose main.js imports 'chronoline' and
//    'chronoline/react.js' and draws the June 2025 chronology
//    ('chronoline/data/june-2025-diplomacy.json') twice: as a plain
//    <event-timeline>, and with the React wrapper <EventTimeline>;
// 3. `npm install --offline` of the tarball (and react, react-dom at the
//    versions this project uses) into it, from the npm cache this project's
//    install filled; if npm says something is not cached (ENOTCACHED), again
//    with --prefer-offline, which fetches only what is missing;
// 4. `vite build <app>` with this project's Vite, the result served from
//    127.0.0.1 (ephemeral port) and opened in the system Chromium
//    (playwright-core): each timeline must draw marks, the React
//    onEventSelect must fire, and the page must throw no error.
//
// 5. the framework apps beside this file (tests/consumer/frameworks.mjs):
//    Vue 3, Svelte 5, React 19, Next.js (server component + chronoline/ssr.js)
//    and Astro, each type-checked (and a wrong `data` reported by its
//    checker), built with the framework's own build and checked in Chromium.
//
// Prints "consumer: N passed, N failed", writes reports/consumer.json
// ({passed, failed}) for .ci/run, and exits non-zero on any failure.
// Usage: node tests/consumer/run.mjs [--keep] [--apps=vue,next]
//   --keep leaves the temp dir; --apps checks only those framework apps
//   (--apps= none of them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../find-chrome.mjs';
import { APPS, checkFrameworks } from './frameworks.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const KEEP = process.argv.includes('--keep');
const appsArg = process.argv.find((a) => a.startsWith('--apps='));
const apps = appsArg ? appsArg.slice(7).split(',').filter(Boolean) : APPS;
const t0 = Date.now();
const log = (msg) => console.log(`consumer: ${msg} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const version = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

function finish(extraFailure) {
  if (extraFailure) {
    console.error(`consumer: ${extraFailure.stack ?? extraFailure}`);
    results.push({ name: 'setup', ok: false });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/consumer.json'), JSON.stringify({ passed, failed }) + '\n');
  console.log(`consumer: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

const run = (cmd, args, cwd, timeout = 120_000) =>
  execFileSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });

const MAIN_JS = `import 'chronoline';
import { EventTimeline } from 'chronoline/react.js';
import june from 'chronoline/data/june-2025-diplomacy.json';
import React from 'react';
import { createRoot } from 'react-dom/client';

const plain = document.createElement('event-timeline');
plain.id = 'plain';
plain.data = june;
document.querySelector('#plain-host').append(plain);

window.selected = [];
createRoot(document.querySelector('#react-host')).render(
  React.createElement(EventTimeline, {
    id: 'react',
    data: june,
    groupBy: 'topic',
    onEventSelect: (e) => window.selected.push(e.detail),
  }),
);
`;

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>chronoline consumer</title></head>
  <body style="width: 1000px">
    <div id="plain-host"></div>
    <div id="react-host"></div>
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
function serve(dir) {
  const server = http.createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const tmp = mkdtempSync(join(tmpdir(), 'chronoline-consumer-'));
let server;
let browser;
// A guard far above the ~5 min this takes on a warm npm cache (the builds of
// five frameworks on a loaded 2-core machine), well inside CI's limit.
const guard = setTimeout(() => {
  finish(new Error('timed out after 20 min'));
  process.exit(1);
}, 20 * 60_000);
try {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');

  const tarball = run('npm', ['pack', '--silent', '--pack-destination', tmp], ROOT).trim().split('\n').pop();
  log(`packed ${tarball}`);

  const app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'chronoline-consumer', private: true, type: 'module' }, null, 2));
  writeFileSync(join(app, 'index.html'), INDEX_HTML);
  writeFileSync(join(app, 'main.js'), MAIN_JS);

  const deps = [join(tmp, tarball), `react@${version('react')}`, `react-dom@${version('react-dom')}`];
  const npmArgs = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
  try {
    run('npm', [...npmArgs, '--offline', ...deps], app);
    log('installed the tarball into a Vite app (from the npm cache)');
  } catch (e) {
    // Something is not in the npm cache (an install without a lockfile needs the
    // registry's metadata, which `npm ci` may not have cached): fetch only what
    // is missing. Any other failure is a real one.
    if (!/\bENOTCACHED\b/.test(String(e.stderr))) throw e;
    run('npm', [...npmArgs, '--prefer-offline', ...deps], app);
    log('installed the tarball into a Vite app (what the npm cache lacked came from the registry)');
  }

  run(join(ROOT, 'node_modules/.bin/vite'), ['build', app, '--logLevel', 'warn'], ROOT);
  log('built it with vite');

  server = await serve(join(app, 'dist'));
  const url = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url);

  const markCount = (id) =>
    page
      .waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelectorAll('[part~="event"]').length || 0, id, {
        timeout: 20_000,
      })
      .then((h) => h.jsonValue())
      .catch(() => 0);

  const plain = await markCount('plain');
  check(`import 'chronoline': <event-timeline> draws the June 2025 chronology (${plain} marks)`, plain > 0, 'no marks');

  const react = await markCount('react');
  const selected = await page.evaluate(() => {
    document.getElementById('react')?.selectEvent?.('us-strikes-fordow-natanz-isfahan');
    return window.selected;
  });
  check(
    `chronoline/react.js: <EventTimeline> draws (${react} marks) and calls onEventSelect`,
    react > 0 && selected?.[0]?.id === 'us-strikes-fordow-natanz-isfahan',
    `marks ${react}, selected ${JSON.stringify(selected)}`,
  );
  check('no page errors', errors.length === 0, errors.join('; '));
  await page.close();

  await checkFrameworks({ tmp, tarball: join(tmp, tarball), check, log, serve, browser, apps });
  log('done');
  finish();
} catch (e) {
  finish(e.stderr ? new Error(`${e.message}\n${e.stdout ?? ''}${e.stderr}`) : e);
} finally {
  clearTimeout(guard);
  await browser?.close();
  server?.close();
  if (!KEEP) rmSync(tmp, { recursive: true, force: true });
  else console.log(`consumer: kept ${tmp}`);
}
