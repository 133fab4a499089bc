// Screenshots of the June 2025 chronology as a reader sees it: an article
// page (text above and below the element) at several widths, light and dark,
// in English and Persian. Needs `npm run build` first (it loads the CDN
// bundle and the shipped JSON from dist/), and Chromium (tests/find-chrome.mjs).
//
//   node scripts/screenshots.mjs                 → docs/images/*.png
//   node scripts/screenshots.mjs --out /tmp/shots --widths 1200,390 --only en
//
// Options: --out DIR, --widths 1200,768,390, --only en|fa, --themes light,dark,
// --select <event id> (opens its details), --full (whole page, not the first screen),
// --src <path served from the repository> (another chronology, e.g. /tests/fixtures/timelinejs/eras.json),
// --attrs '<more attributes of the element>' (e.g. 'axis-breaks="3d"').
// Serves the repository on 127.0.0.1 only, on a free port.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../tests/find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const out = resolve(opt('out', join(root, 'docs/images')));
const widths = opt('widths', '1200,768,390').split(',').map(Number);
const themes = opt('themes', 'light,dark').split(',');
const langs = opt('only', 'en,fa').split(',');
const select = opt('select', '');
const src = opt('src', '/dist/data/june-2025-diplomacy.json');
const full = args.includes('--full');
const attrs = opt('attrs', '');

if (!existsSync(join(root, 'dist/cdn/chronoline.min.js'))) {
  console.error('screenshots: dist/cdn/chronoline.min.js is missing; run `npm run build` first.');
  process.exit(1);
}

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};

/** An article page around one element, like a news site would have it. */
const page = (lang) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; font-family: Georgia, serif; line-height: 1.5; color: light-dark(#1a1a1a, #ececec); background: light-dark(#fff, #121212); }
  main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
  event-timeline { font-family: system-ui, sans-serif; margin-block: 1rem; }
</style>
<script type="module" src="/dist/cdn/chronoline.min.js"></script>
</head>
<body><main>
<h1>${lang === 'fa' ? 'عراقچی در مسکو' : 'Araghchi in Moscow, after the US strikes'}</h1>
<p>${lang === 'fa' ? 'دیپلماسی جنگ اسرائیل و ایران، ژوئن ۲۰۲۵.' : 'The diplomacy of the Israel–Iran war, June 2025. The paragraph before the graphic.'}</p>
<event-timeline id="june" src="${src}"${select ? ` selected="${select}"` : ''}${attrs ? ` ${attrs}` : ''}></event-timeline>
<p>${lang === 'fa' ? 'پاراگراف بعد.' : 'The paragraph after the graphic.'}</p>
</main></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/page.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(page(url.searchParams.get('lang') ?? 'en'));
  }
  const file = join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
mkdirSync(out, { recursive: true });
try {
  for (const lang of langs)
    for (const width of widths)
      for (const theme of themes) {
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 844 : 900 },
          colorScheme: theme,
          deviceScaleFactor: 1,
        });
        const p = await context.newPage();
        p.on('pageerror', (e) => console.error(`page error (${lang} ${width} ${theme}):`, e.message));
        await p.goto(`http://127.0.0.1:${port}/page.html?lang=${lang}`);
        await p.waitForFunction(() => {
          const t = document.querySelector('event-timeline');
          return t?.shadowRoot && t.chronology && !t.shadowRoot.querySelector('.status');
        });
        await p.evaluate(() => document.querySelector('event-timeline').updateComplete);
        await p.waitForTimeout(300);
        const name = `june-${width}-${theme}${lang === 'en' ? '' : `-${lang}`}.png`;
        const el = await p.$('event-timeline');
        const box = await el.boundingBox();
        if (full) await p.screenshot({ path: join(out, name), fullPage: true });
        // The element, or its first 2,000 px when it is taller (the phone's list of every event).
        else if (box.height > 2000) await p.screenshot({ path: join(out, name), fullPage: true, clip: { ...box, height: 2000 } });
        else await el.screenshot({ path: join(out, name) }).catch(() => p.screenshot({ path: join(out, name) }));
        console.log(`${name}: element ${Math.round(box.width)}×${Math.round(box.height)} px`);
        await context.close();
      }
} finally {
  await browser.close();
  server.close();
}
