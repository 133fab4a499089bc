// The framework apps of the consumer test (tests/consumer/run.mjs calls
// `checkFrameworks`): Vue 3, Svelte 5 and React 19 (each with Vite), Next.js
// (app router: a server component with the React wrapper and
// chronoline/ssr.js, as a static export) and Astro (chronoline/ssr.js in the
// frontmatter, the element in a client script). Each app is a minimal folder
// beside this file; all of them resolve their packages from one install of
// ./package.json plus the packed tarball (one `npm install`, from the npm
// cache when it is warm). For each app:
//
// 1. its type checker (vue-tsc, svelte-check, tsc; next build's own check)
//    accepts the app, and reports a wrong `data` (42) in wrong/ (the template
//    types chronoline/vue, chronoline/svelte, chronoline/jsx; the wrapper's
//    props for Next.js);
// 2. the framework's own build succeeds (Next.js: without chronoline's
//    "already defined by another copy" warning);
// 3. in Chromium, `#t` loads the 80 events of the June chronology and draws
//    marks; a real click on a mark fires `event-select` (seen by the app's
//    own listener); the List button shows 80 items; no page errors.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const APPS = ['vue', 'svelte', 'react', 'next', 'astro'];
const HERE = new URL('.', import.meta.url).pathname;

/** Type checks: [command, args, config] for the app, and for its wrong/ folder (expected to fail on `data`). */
const CHECKERS = {
  vue: (p) => [
    [p('vue-tsc'), ['-p', 'tsconfig.json']],
    [p('vue-tsc'), ['-p', 'tsconfig.wrong.json']],
  ],
  svelte: (p) => [
    [p('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings']],
    [p('svelte-check'), ['--tsconfig', './tsconfig.wrong.json', '--output', 'machine']],
  ],
  react: (p) => [
    [p('tsc'), ['-p', 'tsconfig.json']],
    [p('tsc'), ['-p', 'tsconfig.wrong.json']],
  ],
  // next build runs the type check of the app itself (below); the wrong file with the same checker.
  next: (p) => [null, [p('tsc'), ['-p', 'tsconfig.wrong.json']]],
  astro: () => [null, null],
};

const BUILDS = {
  vue: (p) => [p('vite'), ['build', '--logLevel', 'warn']],
  svelte: (p) => [p('vite'), ['build', '--logLevel', 'warn']],
  react: (p) => [p('vite'), ['build', '--logLevel', 'warn']],
  next: (p) => [p('next'), ['build']],
  astro: (p) => [p('astro'), ['build', '--silent']],
};
/** Runs a command; returns {ok, out} (stdout and stderr together: a warning goes to stderr). */
function exec(cmd, args, cwd, timeout) {
  const r = spawnSync(cmd, args, {
    cwd,
    timeout,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: 'false', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', CI: '1' },
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`;
  return { ok: r.status === 0, out };
}

const OUT = { vue: 'dist', svelte: 'dist', react: 'dist', next: 'out', astro: 'dist' };

/**
 * @param {object} o
 * @param {string} o.tmp a temporary directory
 * @param {string} o.tarball path of the packed chronoline tarball
 * @param {Function} o.check (name, ok, detail) records a result
 * @param {Function} o.log progress line with the time so far
 * @param {Function} o.serve (dir) => Promise<http.Server>
 * @param {import('playwright-core').Browser} o.browser
 * @param {string[]} [o.apps] the apps to check (default: all)
 */
export async function checkFrameworks({ tmp, tarball, check, log, serve, browser, apps = APPS }) {
  const work = join(tmp, 'apps');
  cpSync(HERE, work, {
    recursive: true,
    filter: (src) => !/\/(node_modules|dist|out|\.next|\.astro)(\/|$)|\/(run|frameworks)\.mjs$/.test(src),
  });
  const install = exec(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', '--ignore-scripts', tarball],
    work,
    900_000,
  );
  if (!install.ok) throw new Error(`npm install of the apps failed:\n${install.out.slice(-3000)}`);
  log('installed the frameworks and the tarball for the apps (npm cache first, registry for what it lacks)');
  const bin = (name) => join(work, 'node_modules/.bin', name);

  for (const app of apps) {
    const dir = join(work, app);
    const [good, wrong] = CHECKERS[app](bin);
    const name = (cmd) => cmd.split('/').pop();
    if (good) {
      const r = exec(good[0], good[1], dir, 300_000);
      check(`${app}: ${name(good[0])} accepts the app`, r.ok, r.out.slice(-2000));
    }
    if (wrong) {
      const r = exec(wrong[0], wrong[1], dir, 300_000);
      // The error is about `data`: a number is not a chronology.
      const reported = !r.ok && /number'? is not assignable to type '?ChronologyData/.test(r.out);
      check(`${app}: ${name(wrong[0])} reports data={42} in wrong/`, reported, r.out.slice(-1500) || 'no error');
    }
    const [cmd, args] = BUILDS[app](bin);
    const built = exec(cmd, args, dir, 600_000);
    check(`${app}: ${name(cmd)} build${app === 'next' ? ' (with its type check)' : ''}`, built.ok, built.out.slice(-2500));
    if (app === 'next')
      check(
        'next: no "already defined by another copy" warning in the build',
        !/already defined by another copy/.test(built.out),
        built.out.slice(-1500),
      );
    log(`${app}: type-checked and built`);
    if (!built.ok || !existsSync(join(dir, OUT[app], 'index.html'))) continue;
    await inBrowser(app, join(dir, OUT[app]), { check, serve, browser });
    log(`${app}: checked in Chromium`);
  }
}

async function inBrowser(app, dir, { check, serve, browser }) {
  const server = await serve(dir);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${m.text()} (${m.location().url})`));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  try {
    const url = `http://127.0.0.1:${server.address().port}/`;
    await page.goto(url);
    if (app === 'next' || app === 'astro') {
      // chronoline/ssr.js's list: in the HTML as served, and once the element is defined in the browser.
      const html = await (await fetch(url)).text();
      const served = (html.match(/<li class="item\b/g) ?? []).length;
      check(`${app}: the server-rendered HTML holds chronoline/ssr.js's list (80 items)`, served === 80, `${served} items`);
      const upgraded = await page
        .waitForFunction(
          () => {
            const el = document.getElementById('s');
            return (
              customElements.get('event-timeline') &&
              el?.chronology?.events.length === 80 &&
              el.shadowRoot?.querySelectorAll('li.item').length
            );
          },
          null,
          { timeout: 30_000 },
        )
        .then((h) => h.jsonValue())
        .catch(() => 0);
      check(`${app}: the server-rendered element, defined in the browser, shows its 80 items once`, upgraded === 80, `${upgraded} items`);
    }
    const drawn = await page
      .waitForFunction(
        () => {
          const el = document.getElementById('t');
          return el?.chronology?.events.length === 80 && el.shadowRoot.querySelectorAll('g.mark.primary').length > 0;
        },
        null,
        { timeout: 30_000 },
      )
      .then(() => true)
      .catch(() => false);
    check(`${app}: <event-timeline> loads the 80 events and draws them`, drawn, 'no chart with 80 events');
    if (!drawn) return;

    const mark = page.locator('#t g.mark.primary').first();
    const id = await mark.getAttribute('data-id');
    await mark.click();
    const selected = await page
      .waitForFunction((id) => window.selected?.includes(id) && window.selected, id, { timeout: 10_000 })
      .then((h) => h.jsonValue())
      .catch(() => page.evaluate(() => window.selected));
    check(
      `${app}: a click on a mark fires event-select (${id})`,
      Array.isArray(selected) && selected.includes(id),
      JSON.stringify(selected),
    );

    if (app === 'react') {
      const wrapper = page.locator('#w g.mark.primary').first();
      const wid = await wrapper.getAttribute('data-id', { timeout: 10_000 }).catch(() => null);
      if (wid) await wrapper.click();
      const got = await page.evaluate(() => window.selected);
      check(
        'react: the wrapper <EventTimeline> draws and calls onEventSelect',
        !!wid && got?.includes(`wrapper:${wid}`),
        JSON.stringify(got),
      );
    }

    await page.locator('#t button[data-view="list"]').click();
    const items = await page
      .waitForFunction(() => document.getElementById('t')?.shadowRoot?.querySelectorAll('li.item').length || 0, null, { timeout: 10_000 })
      .then((h) => h.jsonValue())
      .catch(() => 0);
    check(`${app}: the List view shows the 80 events`, items === 80, `${items} items`);
    check(`${app}: no page errors`, errors.length === 0, errors.join('; '));
  } finally {
    await page.close();
    server.close();
  }
}
