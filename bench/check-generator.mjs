#!/usr/bin/env node
// Checks bench/generate.mjs against the built validator (dist/schema/index.js):
// every generated chronology must parse with zero problems and keep all its
// events, and the generator must be deterministic and match its documented
// shape. Needs `npm run build` first.
//
//   node bench/check-generator.mjs [--sizes 30,300,3000,10000,100000] [--seeds 1,2,3]
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { ACTORS, TOPICS, extentDays, generateChronology } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = resolve(root, 'dist/schema/index.js');
if (!existsSync(schemaPath)) {
  console.error('check-generator: dist/schema/index.js is missing. Run `npm run build` first.');
  process.exit(2);
}
const { parseChronology, formatProblem } = await import(pathToFileURL(schemaPath).href);

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1].split(',').map(Number) : fallback;
};
const sizes = arg('sizes', [0, 1, 30, 300, 3000, 10000, 100000]);
const seeds = arg('seeds', [1, 2, 42]);

let failures = 0;
const fail = (msg) => {
  failures++;
  console.error(`  FAIL ${msg}`);
};
const DAY = 86_400_000;

for (const n of sizes) {
  for (const seed of seeds) {
    const input = generateChronology(n, seed);
    const t0 = performance.now();
    const { chronology, problems, eventsIn } = parseChronology(input);
    const ms = performance.now() - t0;
    const tag = `n=${n} seed=${seed}`;
    if (!chronology) {
      fail(`${tag}: no chronology`);
      continue;
    }
    if (problems.length) fail(`${tag}: ${problems.length} problems, e.g. ${problems.slice(0, 3).map(formatProblem).join('; ')}`);
    if (eventsIn !== n || chronology.events.length !== n)
      fail(`${tag}: ${chronology.events.length}/${eventsIn} events kept, expected ${n}`);
    if (input.schemaVersion !== 1 || input.timeZone !== 'UTC' || !input.id || !input.title) fail(`${tag}: bad envelope`);
    if (chronology.actors.length < 8) fail(`${tag}: only ${chronology.actors.length} actors`);
    if (chronology.topics.length !== TOPICS.length || chronology.topics.some((t) => !/^#[0-9a-f]{6}$/i.test(t.color ?? '')))
      fail(`${tag}: topics without colours`);
    if (new Set(input.events.map((e) => e.id)).size !== n) fail(`${tag}: duplicate event ids`);
    for (const e of input.events) {
      if (e.actors.length < 1 || e.actors.length > 3 || new Set(e.actors.map((a) => a.id)).size !== e.actors.length) {
        fail(`${tag}: ${e.id} has ${e.actors.length} actors`);
        break;
      }
      if (e.topics.length < 1 || e.topics.length > 2 || new Set(e.topics).size !== e.topics.length) {
        fail(`${tag}: ${e.id} has ${e.topics.length} topics`);
        break;
      }
    }
    const ranges = input.events.filter((e) => e.end).length;
    const days = input.events.filter((e) => !e.end && /^\d{4}-\d{2}-\d{2}$/.test(e.start)).length;
    const instants = n - ranges - days;
    if (n >= 3000) {
      const share = ranges / n;
      if (share < 0.17 || share > 0.23) fail(`${tag}: ${(share * 100).toFixed(1)} % ranges, expected about 20 %`);
      if (Math.abs(days / n - 0.4) > 0.03 || Math.abs(instants / n - 0.4) > 0.03) fail(`${tag}: ${days} days / ${instants} instants`);
    }
    let extent = 0;
    if (n > 1) {
      const evs = chronology.events;
      extent = (evs[evs.length - 1].start.instant - evs[0].start.instant) / DAY;
      const want = extentDays(n);
      if (n >= 300 && (extent > want || extent < want * 0.9)) fail(`${tag}: events span ${extent.toFixed(1)} days, expected about ${want}`);
    }
    // Determinism: same inputs, same bytes; another seed, other data.
    if (seed === seeds[0] && n > 0) {
      if (JSON.stringify(generateChronology(n, seed)) !== JSON.stringify(input)) fail(`${tag}: not deterministic`);
      if (n >= 30 && JSON.stringify(generateChronology(n, seed + 1).events) === JSON.stringify(input.events))
        fail(`${tag}: seed has no effect`);
    }
    console.log(
      `ok n=${String(n).padStart(6)} seed=${String(seed).padStart(2)}: ${chronology.events.length} events (${ranges} ranges, ${instants} instants, ${days} days), ` +
        `${extent.toFixed(0)} days, ${ACTORS.length} actors, ${problems.length} problems, parsed in ${ms.toFixed(0)} ms`,
    );
  }
}

if (failures) {
  console.error(`check-generator: ${failures} failure(s)`);
  process.exit(1);
}
console.log('check-generator: all generated chronologies are valid');
