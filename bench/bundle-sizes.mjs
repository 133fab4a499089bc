// Which source modules take how many bytes of the CDN entry
// (dist/cdn/chronoline.min.js, after `npm run build`), from its source map.
// Each minified byte goes to the source of the mapping that covers it;
// "gzip" is that source's bytes gzipped on their own (an upper bound: the
// whole file compresses better than its parts), and "share" splits the
// entry's real gzip size in proportion to it.
// Usage: node bench/bundle-sizes.mjs [file.js] [--top N]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 40;
const file = args.find((a, i) => !a.startsWith('--') && i !== topAt + 1) ?? 'dist/cdn/chronoline.min.js';
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));

const lines = code.split('\n');
const parts = new Map(); // source → array of code pieces
const add = (source, text) => {
  if (!parts.has(source)) parts.set(source, []);
  parts.get(source).push(text);
};
await SourceMapConsumer.with(map, null, (consumer) => {
  const byLine = new Map();
  consumer.eachMapping((m) => {
    if (!byLine.has(m.generatedLine)) byLine.set(m.generatedLine, []);
    byLine.get(m.generatedLine).push(m);
  });
  lines.forEach((line, i) => {
    const ms = (byLine.get(i + 1) ?? []).sort((a, b) => a.generatedColumn - b.generatedColumn);
    let at = 0;
    let source = '(unmapped)';
    for (const m of ms) {
      if (m.generatedColumn > at) add(source, line.slice(at, m.generatedColumn));
      at = m.generatedColumn;
      source = m.source ?? '(unmapped)';
    }
    add(source, line.slice(at) + '\n');
  });
});

const clean = (s) => s.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
const total = { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
const rows = [...parts].map(([source, texts]) => {
  const text = texts.join('');
  return { source: clean(source), min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
});
const gzipSum = rows.reduce((t, r) => t + r.gzip, 0);
for (const r of rows) r.share = Math.round((r.gzip / gzipSum) * total.gzip);
rows.sort((a, b) => b.share - a.share);

const pad = (v, n) => String(v).padStart(n);
console.log(`${file}: ${total.min} B min, ${total.gzip} B min+gzip, ${rows.length} sources`);
console.log(`${pad('min B', 8)} ${pad('gzip B', 7)} ${pad('share B', 8)}  source`);
for (const r of rows.slice(0, top)) console.log(`${pad(r.min, 8)} ${pad(r.gzip, 7)} ${pad(r.share, 8)}  ${r.source}`);
const rest = rows.slice(top);
if (rest.length)
  console.log(
    `${pad(
      rest.reduce((t, r) => t + r.min, 0),
      8,
    )} ${pad('', 7)} ${pad(
      rest.reduce((t, r) => t + r.share, 0),
      8,
    )}  (${rest.length} more)`,
  );
// By folder / package.
const group = new Map();
for (const r of rows) {
  const key = r.source.startsWith('node_modules/')
    ? r.source
        .split('/')
        .slice(0, r.source.includes('/@') ? 3 : 2)
        .join('/')
    : r.source.split('/').slice(0, 2).join('/');
  const g = group.get(key) ?? { min: 0, share: 0 };
  g.min += r.min;
  g.share += r.share;
  group.set(key, g);
}
console.log('\nby folder or package:');
for (const [k, g] of [...group].sort((a, b) => b[1].share - a[1].share))
  console.log(`${pad(g.min, 8)} ${pad('', 7)} ${pad(g.share, 8)}  ${k}`);
