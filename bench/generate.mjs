// Seeded generator of synthetic chronologies for the benchmarks (and for any
// test that needs a large, valid data set). Plain ESM, no dependencies: it
// runs in Node and, unchanged, in the browser (the bench pages import it).
//
//   import { generateChronology } from './bench/generate.mjs';
//   const chronology = generateChronology(3000, 1); // 3,000 events, seed 1
//
// The same (n, seed) always gives the same object, byte for byte, on every
// machine (mulberry32 PRNG, no Date.now(), no Math.random(), no locale).
//
// Shape of the result (chronoline schema version 1, see
// src/schema/chronology-schema.ts); it parses with zero problems
// (bench/check-generator.mjs checks this against dist/schema/index.js):
// - `schemaVersion: 1`, `id` `bench-<n>-<seed>`, a `title`, `timeZone: 'UTC'`;
// - 12 actors (4 states, 4 people, 4 organizations) with `id`, `name`, `kind`;
//   how often each takes part is skewed (Zipf-like), like a real story;
// - 6 topics with `id`, `label` and a hex `color`;
// - `n` events with unique ids `ev-000001`… in time order, each with a
//   `title`, 1–3 actors (the first with a `role`), 1–2 topics, an
//   `importance` (1–5) and, for about half, a `summary` and one `source`:
//   - about 20 % are ranges (`start` + `end`): minute-precision date-times
//     (`2025-06-01T10:00:00+00:00`) lasting 1 hour to 2 days, or whole days
//     (`2025-06-01` to `2025-06-03`);
//   - about 40 % are instants (`2025-06-01T10:00:00+00:00`);
//   - about 40 % are calendar days (`2025-06-01`).
// - The events span from 30 days (n ≤ 30) to 365 days (n ≥ 100,000), growing
//   with log(n) in between (61 days at 300, 124 at 3,000, 180 at 10,000), starting on 2025-01-06 (UTC).

/** Start of every generated chronology (UTC midnight, a Monday). */
export const GENERATOR_EPOCH = Date.UTC(2025, 0, 6);

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * mulberry32: a tiny, fast, seeded 32-bit PRNG. Returns a function that gives
 * the next number in [0, 1) on each call.
 * @param {number} seed any integer
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How many days the events of an n-event chronology span: 30 at n ≤ 30, 365 at
 * n ≥ 100,000, log-linear in between (rounded to whole days).
 * @param {number} n
 * @returns {number}
 */
export function extentDays(n) {
  const lo = 30,
    hi = 100_000;
  if (n <= lo) return 30;
  if (n >= hi) return 365;
  const f = Math.log(n / lo) / Math.log(hi / lo);
  return Math.round(30 * Math.pow(365 / 30, f));
}

/** The 12 actors of every generated chronology. */
export const ACTORS = Object.freeze([
  { id: 'arandia', name: 'Republic of Arandia', kind: 'state' },
  { id: 'belmora', name: 'Kingdom of Belmora', kind: 'state' },
  { id: 'costavia', name: 'Costavia', kind: 'state' },
  { id: 'dravenia', name: 'Federation of Dravenia', kind: 'state' },
  { id: 'amina-sadeghi', name: 'Amina Sadeghi', shortName: 'Sadeghi', kind: 'person' },
  { id: 'boris-lindqvist', name: 'Boris Lindqvist', shortName: 'Lindqvist', kind: 'person' },
  { id: 'chen-wei', name: 'Chen Wei', kind: 'person' },
  { id: 'dolores-ibarra', name: 'Dolores Ibarra', shortName: 'Ibarra', kind: 'person' },
  { id: 'united-council', name: 'United Council', kind: 'organization' },
  { id: 'atomic-watch', name: 'Atomic Watch Agency', kind: 'organization' },
  { id: 'red-harbour', name: 'Red Harbour Relief', kind: 'organization' },
  { id: 'gulf-forum', name: 'Gulf Cooperation Forum', kind: 'organization' },
]);

/** The 6 topics of every generated chronology. */
export const TOPICS = Object.freeze([
  { id: 'diplomacy', label: 'Diplomacy', color: '#1f5fa8' },
  { id: 'military', label: 'Military', color: '#b3261e' },
  { id: 'nuclear', label: 'Nuclear programme', color: '#7a4fa3' },
  { id: 'economy', label: 'Economy and sanctions', color: '#2e7d32' },
  { id: 'humanitarian', label: 'Humanitarian', color: '#c77700' },
  { id: 'domestic', label: 'Domestic politics', color: '#00796b' },
]);

const VERBS = [
  'meets',
  'calls',
  'warns',
  'visits',
  'sanctions',
  'condemns',
  'proposes talks with',
  'signs accord with',
  'rejects offer from',
  'hosts',
];
const ROLES = ['host', 'speaker', 'guest', 'attacker', 'mediator', 'signatory'];
const PUBLISHERS = ['Example Wire', 'Daily Sample', 'Placeholder Post', 'Test Times'];

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** `2025-06-01` (UTC calendar day of an instant). */
function isoDay(ms) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `2025-06-01T10:00:00+00:00` (whole minutes). */
function isoMinute(ms) {
  const d = new Date(ms);
  return `${isoDay(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+00:00`;
}

/**
 * Picks `k` distinct indices in [0, weights.length) with probability
 * proportional to the weights.
 */
function pickDistinct(rand, weights, total, k) {
  const out = [];
  while (out.length < k) {
    let r = rand() * total;
    let i = 0;
    while (i < weights.length - 1 && r >= weights[i]) r -= weights[i++];
    if (!out.includes(i)) out.push(i);
  }
  return out;
}

/**
 * A valid chronoline chronology (schema version 1) with `n` events, the same
 * for the same `n` and `seed`. See the top of this file for its shape.
 *
 * @param {number} n number of events (an integer ≥ 0)
 * @param {number} [seed=1] PRNG seed
 * @returns {{
 *   schemaVersion: 1, id: string, title: string, description: string, language: string,
 *   timeZone: 'UTC', events: object[], actors: object[], topics: object[]
 * }}
 */
export function generateChronology(n, seed = 1) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`generateChronology: n must be an integer ≥ 0, not ${n}`);
  const rand = mulberry32(seed);
  const days = extentDays(n);
  const span = days * DAY;

  // Zipf-like activity: actor i is picked with weight 1 / (i + 1).
  const actorWeights = ACTORS.map((_, i) => 1 / (i + 1));
  const actorTotal = actorWeights.reduce((a, b) => a + b, 0);
  const topicWeights = TOPICS.map((_, i) => 1 / (i + 2));
  const topicTotal = topicWeights.reduce((a, b) => a + b, 0);

  // Start times first (sorted, so that ids follow time), then the rest.
  const starts = new Array(n);
  for (let i = 0; i < n; i++) starts[i] = GENERATOR_EPOCH + Math.floor((rand() * (span - DAY)) / MINUTE) * MINUTE;
  starts.sort((a, b) => a - b);

  const width = Math.max(6, String(n).length);
  const events = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = starts[i];
    const kindDraw = rand();
    const actorIdx = pickDistinct(rand, actorWeights, actorTotal, 1 + Math.floor(rand() * 3));
    const topicIdx = pickDistinct(rand, topicWeights, topicTotal, 1 + Math.floor(rand() * 2));
    const actors = actorIdx.map((a, j) =>
      j === 0 ? { id: ACTORS[a].id, role: ROLES[Math.floor(rand() * ROLES.length)] } : { id: ACTORS[a].id },
    );
    const first = ACTORS[actorIdx[0]];
    const other = actorIdx[1] !== undefined ? ACTORS[actorIdx[1]] : ACTORS[(actorIdx[0] + 1) % ACTORS.length];
    const verb = VERBS[Math.floor(rand() * VERBS.length)];
    const id = `ev-${pad(i + 1, width)}`;
    /** @type {Record<string, unknown>} */
    const event = {
      id,
      title: `${first.shortName ?? first.name} ${verb} ${other.shortName ?? other.name} (#${i + 1})`,
    };
    if (kindDraw < 0.2) {
      // A range: half date-times (1 hour to 2 days), half whole days (1–3 days).
      if (rand() < 0.5) {
        const length = HOUR + Math.floor((rand() * (2 * DAY - HOUR)) / MINUTE) * MINUTE;
        event.start = isoMinute(t);
        event.end = isoMinute(t + length);
      } else {
        event.start = isoDay(t);
        event.end = isoDay(t + (1 + Math.floor(rand() * 3)) * DAY);
      }
    } else if (kindDraw < 0.6) {
      event.start = isoMinute(t);
    } else {
      event.start = isoDay(t);
    }
    event.actors = actors;
    event.topics = topicIdx.map((k) => TOPICS[k].id);
    event.importance = 1 + Math.floor(rand() * 5);
    if (rand() < 0.5) {
      event.summary = `Synthetic event ${i + 1} of ${n}: ${first.name} and ${other.name} on ${TOPICS[topicIdx[0]].label.toLowerCase()}.`;
      event.sources = [{ publisher: PUBLISHERS[i % PUBLISHERS.length], url: `https://example.com/news/${id}`, date: isoDay(t) }];
    }
    events[i] = event;
  }

  return {
    schemaVersion: 1,
    id: `bench-${n}-${seed}`,
    title: `Synthetic chronology: ${n.toLocaleString('en-US')} events (seed ${seed})`,
    description: `Generated by bench/generate.mjs: ${n} events over ${days} days.`,
    language: 'en',
    timeZone: 'UTC',
    events,
    actors: ACTORS.map((a) => ({ ...a })),
    topics: TOPICS.map((t) => ({ ...t })),
  };
}
