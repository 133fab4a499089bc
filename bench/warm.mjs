// First-run costs (issue 17): each library's page renders three chronologies
// of the same size, one after the other (seeds 1, 2, 3, each in a new
// element), and the ready time of each is recorded, as the bench times it
// (bench/pages/harness.mjs). The first render pays for the code running for
// the first time (compiled, its inline caches filled), the first text measure
// and the first Intl formatter; the third shows the work itself. Needs
// `npm run build` first (dist/cdn/chronoline.min.js). No assertion: figures
// for docs and notes.
//
//   node bench/warm.mjs [--sizes 30,300] [--pages 6] [--libs chronoline,timelines-chart] [--json out.json]
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../tests/find-chrome.mjs';
import { median } from './report.mjs';
import { startServer } from './server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
};
const SIZES = arg('--sizes', '30,300').split(',').map(Number);
const PAGES = Number(arg('--pages', 6));
const LIBS = arg('--libs', 'chronoline,timelines-chart').split(',');
const OUT = arg('--json', undefined);
const SEEDS = [1, 2, 3];

const server = await startServer(ROOT);
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
const results = [];
try {
  for (const n of SIZES) {
    // Pages of each library in turn, so that a busy spell of the machine falls on both.
    const ready = Object.fromEntries(LIBS.map((lib) => [lib, SEEDS.map(() => [])]));
    for (let p = 0; p < PAGES; p++) {
      for (const lib of LIBS) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
        try {
          await page.goto(`${server.origin}/bench/pages/${lib}.html`, { waitUntil: 'load' });
          await page.waitForFunction(() => window.bench);
          for (const [i, seed] of SEEDS.entries()) {
            await page.evaluate(
              ([count, s]) => {
                document.getElementById('host').replaceChildren();
                return window.bench.setup(count, s);
              },
              [n, seed],
            );
            const res = await page.evaluate(() => window.bench.render());
            ready[lib][i].push(res.readyMs);
          }
        } finally {
          await page.close();
        }
      }
    }
    for (const lib of LIBS) results.push({ lib, n, ready: ready[lib].map((runs) => ({ median: median(runs), runs })) });
  }
} finally {
  await browser.close();
  await server.close();
}

const fmt = (ms) => (ms === null ? '–' : ms.toFixed(1));
console.log(`Ready ms, median of ${PAGES} pages: the 1st, 2nd and 3rd chronology rendered in one page`);
console.log(['N', 'library', '1st', '2nd', '3rd'].join('\t'));
for (const r of results) console.log([r.n, r.lib, ...r.ready.map((x) => fmt(x.median))].join('\t'));
for (const n of SIZES) {
  const [a, b] = LIBS.slice(0, 2).map((lib) => results.find((r) => r.lib === lib && r.n === n));
  if (a && b)
    console.log(
      `${n}: ${a.lib} ÷ ${b.lib}: 1st ${(a.ready[0].median / b.ready[0].median).toFixed(2)}×, 3rd ${(a.ready[2].median / b.ready[2].median).toFixed(2)}×`,
    );
}
if (OUT) writeFileSync(OUT, JSON.stringify({ pages: PAGES, results }, null, 2) + '\n');
