// Time per item of the importers and the parser on hostile and huge inputs
// (issue 21), at 1k, 10k and 100k items, so growth is visible: a linear
// reader keeps its µs/item flat; a quadratic one multiplies it by 10 at
// each step. Node only (no DOM: TimelineJS HTML is read by the tokenizer).
//
//   npm run bench:inputs                        # 1k, 10k, 100k
//   npm run bench:inputs -- --sizes 1000,20000  # other sizes
//   npm run bench:inputs -- --src ../main/src   # another checkout's sources (before/after)
//   npm run bench:inputs -- --only eras,csv     # the cases whose name has one of these words
//
// The sources are bundled with esbuild on the fly (no build needed). A case
// that took more than --budget seconds (default 20) at one size is not run
// at the larger ones ("skipped").
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as gen from './hostile.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const src = resolve(arg('src', new URL('../src', import.meta.url).pathname));
const budget = Number(arg('budget', '20')) * 1000;
/** `--only eras,deep`: the cases whose name contains one of these words (case aside). */
const only = arg('only', '').toLowerCase().split(',').filter(Boolean);

const dir = mkdtempSync(join(tmpdir(), 'chronoline-inputs-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { fromCSV, fromTimelineJS, htmlToTextFallback } from ${JSON.stringify(join(src, 'import/index.ts'))};
export { parseChronology, leftOutEvents } from ${JSON.stringify(join(src, 'schema/parse.ts'))};
export * as load from ${JSON.stringify(join(src, 'load/load.ts'))};`,
);
const out = join(dir, 'bundle.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const lib = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

// Before the one-pass sniff, load.ts tested bodies with this expression.
const looksLikeTable = lib.load.looksLikeTable ?? ((text) => /^[^\n{[]*[,;\t][^\n]*\r?\n\S/.test(text));

/** name → [what n counts, make the input of n items, run it]. */
const CASES = {
  'CSV flat, same title': ['rows', gen.csvSameTitle, (t) => lib.fromCSV(t)],
  'CSV sheet, same headline': ['rows', gen.csvSheetSameHeadline, (t) => lib.fromCSV(t)],
  'CSV flat, n actors/topics/sources in a row': ['ids', gen.csvManyPerRow, (t) => lib.fromCSV(t)],
  'TimelineJS, same headline': ['slides', gen.tljsSameHeadline, (j) => lib.fromTimelineJS(j)],
  'TimelineJS, eras over every event': ['slides+eras', gen.tljsOverlappingEras, (j) => lib.fromTimelineJS(j)],
  'TimelineJS, nested n deep': ['levels', gen.tljsDeep, (t) => lib.fromTimelineJS(t)],
  "TimelineJS text '<div>' × n": ['tags', (n) => gen.tljsText(gen.divs(n)), (j) => lib.fromTimelineJS(j)],
  "TimelineJS text '<p>x</p>' × n": ['tags', (n) => gen.tljsText(gen.paragraphs(n)), (j) => lib.fromTimelineJS(j)],
  "HTML fallback '<' × n": ['chars', gen.lessThans, (h) => lib.htmlToTextFallback(h)],
  'parse, shared ids and bad dates': ['events', gen.chronologySharedIds, (c) => lib.parseChronology(c)],
  'parse, n actors/topics/sources on an event': ['per event', gen.chronologyManyPerEvent, (c) => lib.parseChronology(c)],
  "load sniff, 'a,a,…' body": ['chars', gen.commaLine, (t) => looksLikeTable(t)],
};

const fmt = (us) => (us >= 100 ? us.toFixed(0) : us >= 10 ? us.toFixed(1) : us.toFixed(2));
console.log(`chronoline input bench: µs per item (${src})`);
console.log(['case'.padEnd(44), ...sizes.map((n) => `n=${n.toLocaleString('en')}`.padStart(13)), '  unit'].join(''));
for (const [name, [unit, make, run]] of Object.entries(CASES)) {
  if (only.length && !only.some((w) => name.toLowerCase().includes(w))) continue;
  const cells = [];
  let skip = false;
  for (const n of sizes) {
    if (skip) {
      cells.push('skipped'.padStart(13));
      continue;
    }
    const input = make(n);
    // The smallest size: best of 3 (warms the code up); the larger ones: once.
    let best = Infinity;
    for (let r = 0; r < (n <= 1000 ? 3 : 1); r++) {
      const t0 = performance.now();
      try {
        run(input);
      } catch (e) {
        best = NaN;
        cells.push(`threw ${e.name}`.slice(0, 12).padStart(13));
        break;
      }
      best = Math.min(best, performance.now() - t0);
    }
    if (Number.isNaN(best)) continue;
    cells.push(fmt((best * 1000) / n).padStart(13));
    if (best > budget) skip = true;
  }
  console.log([name.padEnd(44), ...cells, `  µs/${unit.replace(/s$/, '')}`].join(''));
}
