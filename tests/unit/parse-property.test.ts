// Property tests of parseChronology (fast-check): it never throws, whatever
// comes in, and every event that comes in is either shown or reported:
// eventsIn === chronology.events.length + the distinct events left out.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isHttpUrl } from '../../src/schema/chronology-schema.js';
import { parseChronology, type ParseResult, type Problem } from '../../src/schema/index.js';
import { leftOutEvents } from '../../src/schema/parse.js';

type Json = Record<string, any>;

const BASE = 'https://news.example/data/chronology.json';

/** Checks the shape of any result, and the accounting of events when there is a chronology. */
function checkResult(input: unknown, result: ParseResult): void {
  expect(Array.isArray(result.problems)).toBe(true);
  expect(Number.isInteger(result.eventsIn) && result.eventsIn >= 0).toBe(true);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeGreaterThan(0);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(['fatal', 'error', 'warning']).toContain(p.severity);
  }
  if (result.chronology === null) {
    expect(
      result.problems.some((p) => p.severity === 'fatal'),
      'a null chronology comes with a fatal problem',
    ).toBe(true);
    expect(result.eventsIn).toBe(0);
    return;
  }
  expect(result.problems.some((p) => p.severity === 'fatal')).toBe(false);
  const events = (typeof input === 'string' ? JSON.parse(input) : (input as Json)).events as unknown[];
  expect(result.eventsIn).toBe(events.length);
  const leftOut = leftOutEvents(result.problems);
  // Events in = events shown + events reported, always.
  expect(result.eventsIn).toBe(result.chronology.events.length + leftOut.size);
  const shownIndices = new Set(result.chronology.events.map((e) => e.inputIndex));
  expect(shownIndices.size).toBe(result.chronology.events.length);
  for (const i of shownIndices) expect(leftOut.has(i), `events[${i}] both shown and reported`).toBe(false);
  for (const i of leftOut) expect(i).toBeLessThan(events.length);
  // Shown events are well-formed and sorted by start; their links are http(s) only.
  let last = -Infinity;
  const ids = new Set<string>();
  for (const e of result.chronology.events) {
    expect(Number.isFinite(e.start.instant)).toBe(true);
    expect(e.start.instant).toBeGreaterThanOrEqual(last);
    last = e.start.instant;
    expect(ids.has(e.id), `duplicate shown id ${e.id}`).toBe(false);
    ids.add(e.id);
    for (const a of e.actors) expect(result.chronology.actorsById.has(a.id)).toBe(true);
    for (const t of e.topics) expect(result.chronology.topicsById.has(t)).toBe(true);
    for (const s of e.sources) expect(isHttpUrl(s.url), s.url).toBe(true);
    if (e.media) expect(isHttpUrl(e.media.url), e.media.url).toBe(true);
  }
  for (const a of result.chronology.actors) if (a.image) expect(isHttpUrl(a.image.url), a.image.url).toBe(true);
}

/** Parses without letting an exception escape unnoticed (fast-check reports the throwing input). */
function parseChecked(input: unknown, options?: Parameters<typeof parseChronology>[1]): ParseResult {
  const result = parseChronology(input, options);
  checkResult(input, result);
  return result;
}

// ---------------------------------------------------------------- near-valid chronologies

const ACTOR_IDS = ['iran', 'usa', 'russia', 'iaea', 'israel'];
const TOPIC_IDS = ['nuclear', 'diplomacy', 'military'];

const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.dictionary(fc.constantFrom('en', 'fa', 'ru', 'he', 'fr-CA'), fc.string({ minLength: 1, maxLength: 20 }), { minKeys: 1, maxKeys: 3 }),
);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const timeValue = fc
  .tuple(
    fc.integer({ min: 1990, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.constantFrom('year', 'month', 'day', 'minute', 'second'),
    fc.constantFrom('Z', '+03:30', '-04:00', '+00:00'),
    fc.boolean(),
  )
  .map(([y, mo, d, h, mi, precision, zone, approx]) => {
    const s =
      precision === 'year'
        ? `${y}`
        : precision === 'month'
          ? `${y}-${pad(mo)}`
          : precision === 'day'
            ? `${y}-${pad(mo)}-${pad(d)}`
            : precision === 'minute'
              ? `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${zone}`
              : `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:07${zone}`;
    return approx ? `${s}~` : s;
  });

/** Links as they come: mostly good, some relative, some hostile. */
const url = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.constantFrom('/a/b', '../up.html', '//cdn.example/x', 'story.html?x=1#y') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'jav\tascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'https://',
      'https://exa mple.com',
      'mailto:x@example.com',
    ),
  },
);

const actor = fc.record(
  {
    id: fc.constantFrom(...ACTOR_IDS),
    name: text,
    kind: fc.constantFrom('person', 'state', 'organization'),
    role: text,
    country: fc.string({ maxLength: 10 }),
    nativeName: fc.record({ lang: fc.constantFrom('fa', 'ru'), text: fc.string({ maxLength: 10 }) }),
    image: fc.record({ url, alt: text }),
  },
  { requiredKeys: ['id', 'name', 'kind'] },
);

const topic = fc.record(
  { id: fc.constantFrom(...TOPIC_IDS), label: text, color: fc.constantFrom('#1f5fa8', '#c33', '#000000') },
  { requiredKeys: ['id', 'label'] },
);

const event = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,6}$/),
    title: text,
    summary: text,
    start: timeValue,
    end: timeValue,
    precision: fc.constantFrom('year', 'month', 'day', 'hour', 'minute', 'second'),
    approximate: fc.boolean(),
    timeZone: fc.constantFrom('Asia/Tehran', 'Europe/Moscow', 'UTC', 'America/New_York'),
    location: fc.record(
      { name: text, country: fc.string({ maxLength: 8 }), lat: fc.double({ min: -90, max: 90, noNaN: true }) },
      { requiredKeys: ['name'] },
    ),
    actors: fc.array(fc.record({ id: fc.constantFrom(...ACTOR_IDS), role: text }, { requiredKeys: ['id'] }), { maxLength: 3 }),
    topics: fc.array(fc.constantFrom(...TOPIC_IDS), { maxLength: 2 }),
    sources: fc.array(
      fc.record({ publisher: fc.string({ minLength: 1, maxLength: 10 }), title: text, url }, { requiredKeys: ['publisher', 'url'] }),
      {
        maxLength: 3,
      },
    ),
    media: fc.record({ url, alt: text }),
    importance: fc.integer({ min: 1, max: 5 }),
    correction: fc.record({ text }),
  },
  { requiredKeys: ['id', 'title', 'start'] },
);

const chronology = fc.record({
  schemaVersion: fc.constant(1),
  id: fc.constant('prop'),
  title: text,
  timeZone: fc.constantFrom('Asia/Tehran', 'UTC'),
  actors: fc.array(actor, { maxLength: 6 }),
  topics: fc.array(topic, { maxLength: 4 }),
  events: fc.array(event, { maxLength: 12 }),
});

/** Every place in a JSON tree: the container and the key in it. */
function places(root: unknown): { parent: any; key: string | number }[] {
  const out: { parent: any; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((x, i) => (out.push({ parent: node, key: i }), walk(x)));
    else if (node && typeof node === 'object')
      for (const [k, x] of Object.entries(node)) {
        out.push({ parent: node, key: k });
        walk(x);
      }
  };
  walk(root);
  return out;
}

type Mutation = { at: number; op: 'set' | 'delete' | 'add' | 'stringify'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('set', 'delete', 'add', 'stringify'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(null, '', 0, -1, 1e308, [], {}, 'javascript:alert(1)', '2025-13-01', '__proto__'),
  ),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'start', 'url')),
});

function mutate(input: Json, mutations: Mutation[]): Json {
  const out = structuredClone(input);
  for (const m of mutations) {
    const all = places(out);
    if (!all.length) break;
    const { parent, key } = all[m.at % all.length]!;
    if (m.op === 'set') parent[key] = m.value;
    else if (m.op === 'stringify') parent[key] = JSON.stringify(parent[key]) ?? 'undefined';
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key])) {
      Object.defineProperty(parent[key], m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
  }
  return out;
}

// ---------------------------------------------------------------- properties

describe('parseChronology never throws', () => {
  test('on any JSON value (fc.jsonValue())', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        parseChecked(value);
        parseChecked(value, { dev: true, baseUrl: BASE });
      }),
      { numRuns: 500 },
    );
  });

  test('on any JSON text, and on any string at all', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
          fc.string({ unit: 'binary' }),
        ),
        (s) => {
          parseChecked(s);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('on objects whose events, actors and topics are arrays of arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.record({
          schemaVersion: fc.jsonValue({ maxDepth: 1 }),
          id: fc.jsonValue({ maxDepth: 1 }),
          title: fc.jsonValue({ maxDepth: 1 }),
          timeZone: fc.jsonValue({ maxDepth: 1 }),
          events: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 10 }),
          actors: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
          topics: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), fc.jsonValue({ maxDepth: 1 })),
        }),
        (input) => {
          parseChecked(input, { dev: true });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('on near-valid chronologies with random mutations (set, delete, add, stringify anywhere)', () => {
    fc.assert(
      fc.property(chronology, fc.array(mutation, { maxLength: 6 }), fc.boolean(), (input, mutations, dev) => {
        const mutated = mutate(input, mutations);
        parseChecked(mutated, { dev, baseUrl: BASE });
        parseChecked(JSON.stringify(mutated), { dev, baseUrl: BASE });
      }),
      { numRuns: 250 },
    );
  });
});

describe('events in = events shown + events reported', () => {
  test('for generated chronologies (duplicate ids, unknown actors and topics, hostile links, bad ranges)', () => {
    fc.assert(
      fc.property(chronology, (input) => {
        const result = parseChecked(input, { baseUrl: BASE });
        expect(result.eventsIn).toBe(input.events.length);
        expect(result.eventsIn).toBe(result.chronology!.events.length + leftOutEvents(result.problems).size);
      }),
      { numRuns: 300 },
    );
  });

  test('and every left-out event is named by at least one error at events[i], every shown one by none', () => {
    fc.assert(
      fc.property(chronology, fc.array(mutation, { maxLength: 4 }), (input, mutations) => {
        const mutated = mutate(input, mutations);
        const result = parseChecked(mutated, { baseUrl: BASE });
        if (!result.chronology) return;
        const errorsAt = (i: number) =>
          result.problems.filter(
            (p: Problem) =>
              p.severity === 'error' &&
              (p.path === `events[${i}]` || p.path.startsWith(`events[${i}].`) || p.path.startsWith(`events[${i}][`)),
          );
        const shown = new Set(result.chronology.events.map((e) => e.inputIndex));
        for (let i = 0; i < result.eventsIn; i++) {
          if (shown.has(i)) expect(errorsAt(i), `events[${i}] shown`).toEqual([]);
          else expect(errorsAt(i).length, `events[${i}] left out`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('dev mode only adds warnings: the same events are shown with and without it', () => {
    fc.assert(
      fc.property(chronology, fc.array(mutation, { maxLength: 4 }), (input, mutations) => {
        const mutated = mutate(input, mutations);
        const plain = parseChronology(mutated, { baseUrl: BASE });
        const dev = parseChronology(mutated, { baseUrl: BASE, dev: true });
        expect(dev.chronology?.events.map((e) => e.id)).toEqual(plain.chronology?.events.map((e) => e.id));
        const notWarnings = (r: ParseResult) => r.problems.filter((p) => p.severity !== 'warning');
        expect(notWarnings(dev)).toEqual(notWarnings(plain));
        expect(dev.problems.length).toBeGreaterThanOrEqual(plain.problems.length);
      }),
      { numRuns: 200 },
    );
  });

  test('a refused link is always reported, and never reaches the output', () => {
    fc.assert(
      fc.property(chronology, (input) => {
        const result = parseChecked(input, { baseUrl: BASE });
        const refused = new Set(result.problems.filter((p) => p.severity === 'warning').map((p) => p.path));
        input.events.forEach((e: Json, i: number) => {
          (e.sources ?? []).forEach((s: Json, j: number) => {
            const ok = /^https?:$/.test(safeProtocol(s.url));
            expect(refused.has(`events[${i}].sources[${j}].url`), `${s.url}`).toBe(!ok);
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});

/** The protocol a URL parser gives a link resolved against BASE ('' when it is not a URL). */
function safeProtocol(u: string): string {
  try {
    return new URL(u, BASE).protocol;
  } catch {
    return '';
  }
}
