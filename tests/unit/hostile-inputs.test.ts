// Issue 21, "Hostile and huge inputs": the importers and the parser on
// generated inputs at 1k, 10k and (where a unit test can afford it on a busy
// 2-core machine) 100k items, with repeated titles, shared slugs, eras over
// every event, deep nesting and many actors, topics and sources per event.
// Nothing throws, and everything is shown or reported: eventsIn = shown +
// reported. No timing is asserted here (bench/inputs.mjs prints the times);
// the slow tests carry generous time limits instead.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as gen from '../../bench/hostile.mjs';
import { fromCSV, fromTimelineJS, htmlToTextFallback, type ImportResult } from '../../src/import/index.js';
import { quote, uniqueId } from '../../src/import/common.js';
import { LIMITS, parseChronology, safeColor, type ParseResult } from '../../src/schema/index.js';
import { leftOutEvents } from '../../src/schema/parse.js';
import { cutText, nestsDeeper } from '../../src/import/bounds.js';
import { looksLikeTable } from '../../src/load/load.js';
import { readFragment } from '../../src/load/fragment.js';
import { catalog, catalogLang, safeLang } from '../../src/i18n/catalogs.js';
import { en } from '../../src/i18n/messages.js';
import { stripNonXml } from '../../src/export/xml-chars.js';

/** Generous: these run on a loaded 2-core machine. */
const SLOW = 120_000;

/** The input items an import result names in `error` problems (a row, a slide): each was left out. */
function leftOutImported(r: ImportResult): Set<string> {
  const out = new Set<string>();
  for (const p of r.problems) {
    const m = p.severity === 'error' ? /^(row \d+|(?:timeline\.)?(?:events|slides)\[\d+\])/.exec(p.path) : null;
    if (m) out.add(m[1]!);
  }
  return out;
}

/** Nothing lost through the importer, then through the parser. */
function accounted(r: ImportResult): ParseResult {
  expect(r.chronology, r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).not.toBeNull();
  expect(r.eventsIn).toBe(r.chronology!.events.length + leftOutImported(r).size);
  const parsed = parseChronology(r.chronology);
  return checkParsed(parsed);
}

function checkParsed(parsed: ParseResult): ParseResult {
  expect(parsed.chronology).not.toBeNull();
  expect(parsed.eventsIn).toBe(parsed.chronology!.events.length + leftOutEvents(parsed.problems).size);
  for (const e of parsed.chronology!.events) {
    expect(e.actors.length).toBeLessThanOrEqual(LIMITS.actorsPerEvent);
    expect(e.topics.length).toBeLessThanOrEqual(LIMITS.topicsPerEvent);
    expect(e.sources.length).toBeLessThanOrEqual(LIMITS.sourcesPerEvent);
  }
  return parsed;
}

describe.each([1_000, 10_000])('at %i items', (n) => {
  test(
    'CSV rows with one title: every row an event, ids unique',
    () => {
      const r = fromCSV(gen.csvSameTitle(n));
      const ids = r.chronology!.events.map((e) => e.id);
      expect(new Set(ids).size).toBe(n);
      expect(ids.slice(0, 3)).toEqual(['talks-resume-in-geneva', 'talks-resume-in-geneva-2', 'talks-resume-in-geneva-3']);
      expect(accounted(r).chronology!.events).toHaveLength(n);
    },
    SLOW,
  );

  test(
    'TimelineJS sheet rows with one headline',
    () => {
      const r = fromCSV(gen.csvSheetSameHeadline(n));
      expect(accounted(r).chronology!.events).toHaveLength(n);
    },
    SLOW,
  );

  test(
    'TimelineJS slides with one headline and shared unique_ids',
    () => {
      const r = fromTimelineJS(gen.tljsSameHeadline(n));
      const parsed = accounted(r);
      expect(parsed.chronology!.events).toHaveLength(n);
      expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    },
    SLOW,
  );

  test(
    'TimelineJS eras over every event: eras kept up to LIMITS.eras, the cut reported, no topics given',
    () => {
      const r = fromTimelineJS(gen.tljsOverlappingEras(n));
      const parsed = accounted(r);
      expect(parsed.chronology!.events).toHaveLength(n >> 1);
      for (const e of r.chronology!.events) expect(e.topics ?? []).toEqual([]);
      expect(parsed.chronology!.eras).toHaveLength(Math.min(r.chronology!.eras!.length, LIMITS.eras));
      if (r.chronology!.eras!.length > LIMITS.eras)
        expect(parsed.problems).toContainEqual(expect.objectContaining({ path: 'eras', severity: 'warning' }));
    },
    SLOW,
  );

  test(
    'TimelineJS nested n deep: the deep slide is reported and left out, the other kept (no RangeError)',
    () => {
      const r = fromTimelineJS(gen.tljsDeep(n));
      expect(r.eventsIn).toBe(2);
      expect(r.chronology!.events.map((e) => e.title)).toEqual(['Shallow']);
      expect(r.problems).toContainEqual(expect.objectContaining({ path: 'events[0]', severity: 'error' }));
      accounted(r);
    },
    SLOW,
  );

  test(
    "TimelineJS text of '<div>' × n and '<p>x</p>' × n",
    () => {
      expect(accounted(fromTimelineJS(gen.tljsText(gen.divs(n)))).chronology!.events).toHaveLength(1);
      const r = fromTimelineJS(gen.tljsText(gen.paragraphs(n)));
      // Cut to LIMITS.textLength by the importer (reported).
      const whole = Array(n).fill('x').join('\n\n');
      expect(r.chronology!.events[0]!.summary).toBe(cutText(whole));
      if (whole.length > LIMITS.textLength)
        expect(r.problems).toContainEqual(expect.objectContaining({ path: 'events[0].text.text', severity: 'warning' }));
      accounted(r);
    },
    SLOW,
  );

  test(
    'parse: shared ids, bad dates and a bad colour: each event shown or reported',
    () => {
      const parsed = checkParsed(parseChronology(gen.chronologySharedIds(n)));
      expect(parsed.problems.some((p) => p.message.includes('[object Object]'))).toBe(false);
      // The topic with a bad colour keeps its events.
      expect(parsed.chronology!.events.some((e) => e.topics.includes('bad-colour'))).toBe(true);
    },
    SLOW,
  );

  test(
    'parse and CSV: n actors, topics and sources on one event: kept up to the limits, reported',
    () => {
      const parsed = checkParsed(parseChronology(gen.chronologyManyPerEvent(n)));
      const crowded = parsed.chronology!.events.find((e) => e.id === 'crowded')!;
      expect(crowded.actors).toHaveLength(Math.min(n, LIMITS.actorsPerEvent));
      expect(crowded.topics).toHaveLength(Math.min(n, LIMITS.topicsPerEvent));
      expect(crowded.sources).toHaveLength(Math.min(n, LIMITS.sourcesPerEvent));
      for (const key of ['actors', 'topics', 'sources'])
        expect(parsed.problems).toContainEqual(expect.objectContaining({ path: `events[0].${key}`, severity: 'warning' }));
      const csv = fromCSV(gen.csvManyPerRow(n));
      const event = accounted(csv).chronology!.events[0]!;
      expect(event.actors).toHaveLength(LIMITS.actorsPerEvent);
      expect(csv.chronology!.actors).toHaveLength(LIMITS.actorsPerEvent);
    },
    SLOW,
  );
});

// 100,000 CSV rows or TimelineJS slides take 10 s or more on a loaded 2-core
// machine: they are in the benchmark (npm run bench:inputs), not here.
describe('at 100,000 items (the cases fast enough for a unit test)', () => {
  test(
    "markup: '<'.repeat(300,000) through the tokenizer, nesting 100,000 deep",
    () => {
      expect(htmlToTextFallback(gen.lessThans(300_000)).text).toBe('<'.repeat(300_000));
      expect(htmlToTextFallback(gen.divs(100_000)).text).toBe('');
      expect(fromTimelineJS(gen.tljsDeep(100_000)).chronology!.events).toHaveLength(1);
    },
    SLOW,
  );

  test(
    'parse: 100,000 topics, actors and sources on one event',
    () => {
      checkParsed(parseChronology(gen.chronologyManyPerEvent(100_000)));
    },
    SLOW,
  );
});

describe('generated mixtures (fast-check): nothing throws, everything shown or reported', () => {
  const mixture = fc.record({
    n: fc.integer({ min: 0, max: 300 }),
    titles: fc.integer({ min: 1, max: 4 }),
    eras: fc.integer({ min: 0, max: 150 }),
    depth: fc.integer({ min: 0, max: 300 }),
    perEvent: fc.integer({ min: 0, max: 700 }),
    html: fc.constantFrom('', '<div>', '<p>x</p>', '<', '&amp;', '<a href="javascript:x">y</a>', '<b id=1>'),
    htmlRepeat: fc.integer({ min: 0, max: 400 }),
  });

  test(
    'fromTimelineJS, then parseChronology',
    () => {
      fc.assert(
        fc.property(mixture, (m) => {
          const events = Array.from({ length: m.n }, (_, i) => ({
            start_date: { year: 2020 + (i % 5), month: (i % 12) + 1 },
            text: { headline: `Title ${i % m.titles}`, text: m.html.repeat(m.htmlRepeat) },
            ...(i % 4 === 0 ? { unique_id: `id-${i % m.titles}` } : {}),
            ...(i === 1 ? { extra: JSON.parse('['.repeat(m.depth) + ']'.repeat(m.depth) || 'null') } : {}),
          }));
          const eras = Array.from({ length: m.eras }, (_, i) => ({
            start_date: { year: 2019 + (i % 3) },
            end_date: { year: 2026 },
            text: { headline: `Era ${i % m.titles}` },
          }));
          accounted(fromTimelineJS({ events, eras }));
        }),
        { numRuns: 40 },
      );
    },
    SLOW,
  );

  test(
    'fromCSV (both layouts), then parseChronology',
    () => {
      fc.assert(
        fc.property(mixture, (m) => {
          const ids = Array.from({ length: m.perEvent }, (_, i) => `x${i % (m.titles * 50)}`).join(';');
          const flat =
            'start,title,actors,topics\n' +
            Array.from({ length: m.n }, (_, i) => `2025-0${(i % 9) + 1}-01,Title ${i % m.titles},${ids},${ids}\n`).join('');
          accounted(fromCSV(flat));
          // (Eras are rows that are not events: they are tried through TimelineJS JSON above.)
          const sheet =
            'Year,Month,Headline,Text\n' +
            Array.from(
              { length: m.n },
              (_, i) => `2025,${(i % 12) + 1},Title ${i % m.titles},"${m.html.repeat(Math.min(m.htmlRepeat, 50)).replace(/"/g, '""')}"\n`,
            ).join('');
          const r = fromCSV(sheet);
          if (r.chronology) accounted(r);
        }),
        { numRuns: 40 },
      );
    },
    SLOW,
  );

  test(
    'parseChronology on chronologies with many per event, shared ids and long texts',
    () => {
      fc.assert(
        fc.property(mixture, fc.integer({ min: 0, max: 3 }), (m, long) => {
          const c = gen.chronologyManyPerEvent(m.perEvent) as { events: Record<string, unknown>[] };
          for (let i = 0; i < m.n; i++)
            c.events.push({
              id: `e${i % (m.titles * 40)}`,
              title: long === 3 && i === 0 ? 'x'.repeat(LIMITS.textLength + 5) : `T${i}`,
              start: i % 7 === 0 ? ' 2025-01-01' : '2025-01-01',
            });
          checkParsed(parseChronology(c));
        }),
        { numRuns: 40 },
      );
    },
    SLOW,
  );
});

describe('limits and the pieces that hold them', () => {
  test(
    'events past LIMITS.events are each reported and left out',
    () => {
      // Cheap events (invalid ones, left out quickly) up to the limit, then three good ones past it.
      const events: unknown[] = Array(LIMITS.events).fill(0);
      events.push(...[1, 2, 3].map((i) => ({ id: `e${i}`, title: 'E', start: '2025-01-01' })));
      const parsed = checkParsed(parseChronology({ schemaVersion: 1, id: 'big', title: 'Big', events }));
      expect(parsed.chronology!.events).toHaveLength(0);
      expect(parsed.problems).toHaveLength(LIMITS.events + 3);
      expect(parsed.problems.filter((p) => /past the limit/.test(p.message))).toEqual(
        [1, 2, 3].map((i) => ({
          path: `events[${LIMITS.events + i - 1}]`,
          message: 'is past the limit of 200000 events: left out',
          severity: 'error',
          eventId: `e${i}`,
        })),
      );
    },
    2 * SLOW,
  );

  test('an imported text past LIMITS.textLength is cut, with a warning at its path', () => {
    const long = 'a'.repeat(LIMITS.textLength + 10);
    const tl = fromTimelineJS({ events: [{ start_date: { year: 2025 }, text: { headline: long, text: 'short' } }] });
    expect(tl.chronology!.events[0]!.title).toHaveLength(LIMITS.textLength);
    expect(tl.problems).toContainEqual(expect.objectContaining({ path: 'events[0].text.headline', severity: 'warning' }));
    const csv = fromCSV(`start,title,summary\n2025-01-01,Short,${long}\n`);
    expect(csv.chronology!.events[0]!.summary).toHaveLength(LIMITS.textLength);
    expect(csv.problems).toContainEqual(expect.objectContaining({ path: 'row 2, column summary', severity: 'warning' }));
    expect(cutText('ab\u{1F600}cd', 4)).toBe('ab…'); // a surrogate pair is not split
  });

  test('nestsDeeper is iterative, stops early, and survives cycles', () => {
    expect(nestsDeeper(JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)), 100)).toBe(true);
    expect(nestsDeeper({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestsDeeper({ a: [{ b: [] }] }, 3)).toBe(true);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(nestsDeeper(cyclic, 100)).toBe(false);
  });

  test('a date with space around it says so (not "[object Object]")', () => {
    const parsed = parseChronology({ schemaVersion: 1, id: 'c', title: 'C', events: [{ id: 'e', title: 'E', start: ' 2025-06-01 ' }] });
    expect(parsed.problems).toEqual([{ path: 'events[0].start', message: 'has space around the date', severity: 'error', eventId: 'e' }]);
  });

  test('uniqueId numbers each base on from where it stopped, skipping ids already taken', () => {
    const used = new Set(['a-3', 'b']);
    expect(['a', 'a', 'a', 'a', 'b', 'b'].map((x) => uniqueId(x, used))).toEqual(['a', 'a-2', 'a-4', 'a-5', 'b-2', 'b-3']);
  });

  test('quote() never throws on deep, cyclic or huge values', () => {
    expect(quote(JSON.parse('['.repeat(5000) + ']'.repeat(5000)))).toBe("'[…]'");
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => quote(cyclic)).not.toThrow();
    expect(quote(Object.create(null))).toBe("'{}'");
    expect(quote(' x'.repeat(1e6))).toHaveLength(62);
  });
});

describe('safeColor: colours only', () => {
  test.each([['#1f5fa8'], ['#C33'], ['#1f5fa880'], ['#abcd']])('%j is a colour', (c) => expect(safeColor(c)).toBe(c));
  test.each([
    ['url(https://example.org/x)'],
    ['red'],
    ['#1f5fa8;background:url(x)'],
    ['var(--x)'],
    ['#12345'],
    [' #1f5fa8'],
    [12],
    [null],
    [undefined],
    [{ toString: () => '#fff' }],
  ])('%j is not', (c) => expect(safeColor(c)).toBeUndefined());
});

describe('safeLang: the nearest valid tag, never a throw', () => {
  test.each([
    ['en_US', 'en-US'],
    ['EN-us', 'en-US'],
    ['fa_IR', 'fa-IR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['fa-IR-!!', 'fa-IR'],
    ['de-DE-u-ca-gregory', 'de-DE-u-ca-gregory'],
    ['x', 'en'],
    ['i-klingon', 'en'],
    ['constructor', 'en'],
    ['__proto__', 'en'],
    ['', 'en'],
    [' ', 'en'],
    ['x-private', 'en'],
  ])('%j → %j', (lang, want) => expect(safeLang(lang)).toBe(want));

  test('anything at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (x) => {
        const tag = safeLang(x);
        expect(() => new Intl.DateTimeFormat(tag)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  test('catalogLang and catalog take malformed tags (English)', () => {
    expect(catalogLang('constructor')).toBe('en');
    expect(catalogLang('fa_IR')).toBe('fa');
    expect(catalogLang('i-klingon')).toBe('en');
    expect(catalog('constructor')).toBe(en);
    expect(catalog('toString')).toBe(en);
  });

  test(
    "renderTimelineToString(c, { lang: 'en_US' }) renders (lang en-US), and 'x' renders in English",
    async () => {
      const { renderTimelineToString } = await import('../../src/ssr/index.js');
      const data = { schemaVersion: 1 as const, id: 'c', title: 'C', events: [{ id: 'e', title: 'E', start: '2025-06-01' }] };
      expect(await renderTimelineToString(data, { lang: 'en_US', view: 'list' })).toContain('lang="en-US"');
      for (const lang of ['x', 'i-klingon', 'constructor'])
        expect(await renderTimelineToString(data, { lang, view: 'list' })).toContain('lang="en"');
    },
    SLOW,
  );
});

describe('readFragment: #event=… read defensively', () => {
  test.each([
    ['#event=us-strikes', 'us-strikes'],
    ['#event=caf%C3%A9', 'café'],
    ['#other', null],
    ['', null],
  ])('%j → %j', (hash, event) => expect(readFragment(hash).event).toBe(event));

  test.each([['#event=%'], ['#event=%E0%A4%A'], ['#event='], [`#event=${'a'.repeat(5000)}`]])('%j is ignored, with a reason', (hash) => {
    const f = readFragment(hash);
    expect(f.event).toBeNull();
    expect(f.problem).toMatch(/ignored$/);
  });

  test('never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string().map((s) => `#event=${s}`),
          fc.anything(),
        ),
        (h) => void readFragment(h),
      ),
      { numRuns: 500 },
    );
  });
});

describe('load: a body that is not JSON is sniffed in one pass', () => {
  const OLD = /^[^\n{[]*[,;\t][^\n]*\r?\n\S/;
  test('looksLikeTable agrees with the expression it replaces', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a,;\t{[\n\r x]{0,40}$/), (s) => {
        expect(looksLikeTable(s)).toBe(OLD.test(s));
      }),
      { numRuns: 2000 },
    );
  });
  test("200,000 characters of 'a,a,…' are not a table", () => {
    expect(looksLikeTable(gen.commaLine(200_000))).toBe(false);
    expect(looksLikeTable('a,b\n1,2\n')).toBe(true);
  });
});

describe('export: characters XML forbids', () => {
  test('are left out; the others stay', () => {
    expect(stripNonXml('a\u001b[31mb\u0000c\u0007d\ufffe\uffff')).toBe('a[31mbcd');
    expect(stripNonXml('tab\tnl\ncr\r é 😀 \u0085')).toBe('tab\tnl\ncr\r é 😀 \u0085');
    expect(stripNonXml('lone \ud800 and \udc00 pair \ud83d\ude00')).toBe('lone  and  pair 😀');
  });
});
