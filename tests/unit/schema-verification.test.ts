// "Who says so" fields (issue 18): status, claimedBy, disputes, statements,
// corrections, updatedAt and the chronology's summary. Each valid shape is
// kept, each wrong shape is reported at its path, and every event that comes
// in is shown or reported (eventsIn = shown + left out).
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, test } from 'vitest';
import { parseChronology, type ParseResult } from '../../src/schema/index.js';
import { ChronologySchema, STATUSES } from '../../src/schema/chronology-schema.js';
import { leftOutEvents } from '../../src/schema/parse.js';
import { publisherOf } from '../../src/schema/verification.js';

type Json = Record<string, any>;

const SRC = { publisher: 'IRNA', url: 'https://en.irna.ir/news/1' };

/** A chronology with two actors, a plain event and `fields` on a second event. */
function withEvent(fields: Json, more: Json = {}): Json {
  return {
    schemaVersion: 1,
    id: 'c',
    title: 'C',
    actors: [
      { id: 'iran', name: 'Iran', kind: 'state' },
      { id: 'israel', name: 'Israel', kind: 'state' },
    ],
    events: [
      { id: 'plain', title: 'Plain', start: '2025-06-20' },
      { id: 'e', title: 'E', start: '2025-06-22', sources: [SRC], ...fields },
    ],
    ...more,
  };
}

/** eventsIn = events shown + events left out (named by error problems). */
function nothingLost(r: ParseResult) {
  expect(r.eventsIn).toBe(r.chronology!.events.length + leftOutEvents(r.problems).size);
}

const parse = (input: Json) => {
  const r = parseChronology(input);
  nothingLost(r);
  return r;
};
const eventE = (r: ParseResult) => r.chronology!.events.find((e) => e.id === 'e');

/** A wrong shape: the event is left out and one error names `path`. */
function rejects(fields: Json, path: string, message?: RegExp) {
  const r = parse(withEvent(fields));
  expect(eventE(r)).toBeUndefined();
  expect(r.chronology!.events.map((e) => e.id)).toEqual(['plain']);
  const errors = r.problems.filter((p) => p.severity === 'error');
  expect(errors.map((p) => p.path)).toContain(path);
  expect(errors.every((p) => p.eventId === 'e')).toBe(true);
  if (message) expect(errors.find((p) => p.path === path)!.message).toMatch(message);
}

/** A link that is not http(s), like an event's source's (links.ts): that source is left out with a warning at `path`; the rest stays. */
function refusesLink(fields: Json, path: string, message: RegExp) {
  const r = parse(withEvent(fields));
  expect(eventE(r)).toBeDefined();
  const warnings = r.problems.filter((p) => p.path === path);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatchObject({ severity: 'warning', eventId: 'e' });
  expect(warnings[0]!.message).toMatch(message);
  return eventE(r)!;
}

describe('status', () => {
  test.each(STATUSES)("'%s' is kept", (status) => {
    const r = parse(withEvent({ status }));
    expect(r.problems).toEqual([]);
    expect(eventE(r)!.status).toBe(status);
  });

  test('absent: no status, and the lists are empty', () => {
    const r = parse(withEvent({}));
    const e = eventE(r)!;
    expect(e.status).toBeUndefined();
    expect([e.claimedBy, e.disputes, e.statements, e.corrections]).toEqual([[], [], [], []]);
    expect(e.correction).toBeUndefined();
  });

  test.each([['rumoured'], ['Confirmed'], [''], [3], [null]])('%j is reported at events[1].status with the allowed values', (status) => {
    rejects({ status }, 'events[1].status', /confirmed, reported, claimed, disputed, denied/);
  });
});

describe('claimedBy', () => {
  test('known actor ids are kept in order', () => {
    const r = parse(withEvent({ status: 'claimed', claimedBy: ['israel', 'iran'] }));
    expect(r.problems).toEqual([]);
    expect(eventE(r)!.claimedBy).toEqual(['israel', 'iran']);
  });

  test('an unknown id is a warning at its path; the event and the other ids stay', () => {
    const r = parse(withEvent({ status: 'denied', claimedBy: ['iran', 'atlantis'] }));
    expect(r.problems).toEqual([
      { path: 'events[1].claimedBy[1]', message: expect.stringContaining("unknown actor 'atlantis'"), severity: 'warning', eventId: 'e' },
    ]);
    expect(eventE(r)!.claimedBy).toEqual(['iran']);
    expect(eventE(r)!.status).toBe('denied');
  });

  test('wrong shapes are reported at their path', () => {
    rejects({ claimedBy: 'iran' }, 'events[1].claimedBy');
    rejects({ claimedBy: ['iran', 'Not A Slug'] }, 'events[1].claimedBy[1]', /slug/);
    rejects({ claimedBy: [7] }, 'events[1].claimedBy[0]');
  });
});

describe('disputes', () => {
  test('text (plain or localized) and sources are kept; sources may be left out', () => {
    const disputes = [
      {
        text: 'Tolls differ: 4 or 5 dead.',
        sources: [SRC, { publisher: 'AP', url: 'https://apnews.com/x', title: 'T', date: '2025-06-24' }],
      },
      { text: { en: 'Times differ.', fa: 'زمان‌ها متفاوت است.' } },
    ];
    const r = parse(withEvent({ status: 'disputed', disputes }));
    expect(r.problems).toEqual([]);
    expect(eventE(r)!.disputes).toEqual([disputes[0], { text: disputes[1]!.text, sources: [] }]);
  });

  test('wrong shapes are reported at their path', () => {
    rejects({ disputes: { text: 'x' } }, 'events[1].disputes');
    rejects({ disputes: [{}] }, 'events[1].disputes[0].text', /missing/);
    rejects({ disputes: [{ text: '' }] }, 'events[1].disputes[0].text');
    rejects({ disputes: [{ text: 'x', sources: 'AP' }] }, 'events[1].disputes[0].sources');
    rejects({ disputes: [{ text: 'x', sources: [{ publisher: 'AP' }] }] }, 'events[1].disputes[0].sources[0].url', /missing/);
    const e = refusesLink(
      { disputes: [{ text: 'x', sources: [{ publisher: 'AP', url: 'javascript:alert(1)' }, SRC] }] },
      'events[1].disputes[0].sources[0].url',
      /javascript: URL.*left out/,
    );
    expect(e.disputes).toEqual([{ text: 'x', sources: [SRC] }]);
  });
});

describe('statements', () => {
  test('actor, text and source are kept; a URL alone becomes a source published by its host', () => {
    const statements = [
      { actor: 'iran', text: 'Said it would respond.', source: SRC },
      { actor: 'israel', text: { en: 'Said it struck sites.', ru: 'Заявил об ударах.' }, source: 'https://www.timesofisrael.com/a' },
      { actor: 'iran', text: 'No source given.' },
    ];
    const r = parse(withEvent({ statements }));
    expect(r.problems).toEqual([]);
    expect(eventE(r)!.statements).toEqual([
      statements[0],
      { actor: 'israel', text: statements[1]!.text, source: { publisher: 'timesofisrael.com', url: 'https://www.timesofisrael.com/a' } },
      statements[2],
    ]);
  });

  test('an unknown actor is a warning at statements[j]: that statement is left out, the event stays', () => {
    const r = parse(
      withEvent({
        statements: [
          { actor: 'atlantis', text: 'Hello.' },
          { actor: 'iran', text: 'Kept.' },
        ],
      }),
    );
    expect(r.problems).toEqual([
      { path: 'events[1].statements[0]', message: expect.stringContaining("unknown actor 'atlantis'"), severity: 'warning', eventId: 'e' },
    ]);
    expect(eventE(r)!.statements).toEqual([{ actor: 'iran', text: 'Kept.' }]);
  });

  test('wrong shapes are reported at their path', () => {
    rejects({ statements: [{ text: 'x' }] }, 'events[1].statements[0].actor', /missing/);
    rejects({ statements: [{ actor: 'iran' }] }, 'events[1].statements[0].text', /missing/);
    expect(
      refusesLink({ statements: [{ actor: 'iran', text: 'x', source: 'ftp://x.example/a' }] }, 'events[1].statements[0].source', /ftp: URL/)
        .statements,
    ).toEqual([{ actor: 'iran', text: 'x' }]);
    rejects({ statements: [{ actor: 'iran', text: 'x', source: 42 }] }, 'events[1].statements[0].source', /source .* or an http\(s\) URL/);
    rejects(
      { statements: [{ actor: 'iran', text: 'x', source: { url: 'https://x.example/' } }] },
      'events[1].statements[0].source.publisher',
      /missing/,
    );
    expect(
      refusesLink(
        { statements: [{ actor: 'iran', text: 'x', source: { publisher: 'P', url: 'javascript:alert(1)' } }] },
        'events[1].statements[0].source.url',
        /javascript: URL/,
      ).statements,
    ).toEqual([{ actor: 'iran', text: 'x' }]);
    rejects({ statements: 'said things' }, 'events[1].statements');
  });

  test('the statement source host: www. dropped, a bad URL as it is', () => {
    expect(publisherOf('https://www.reuters.com/world/x')).toBe('reuters.com');
    expect(publisherOf('https://tass.com/politics/1')).toBe('tass.com');
    expect(publisherOf('not a url')).toBe('not a url');
    expect(publisherOf('http://user@www.example.org:8080/x')).toBe('example.org');
  });
});

describe('corrections and updatedAt', () => {
  test('corrections are kept in order; the older single correction is read as the first', () => {
    const r = parse(
      withEvent({
        updatedAt: '2025-06-25T10:00:00+03:30',
        correction: { date: '2025-06-23', text: 'The time was wrong.' },
        corrections: [{ date: '2025-06-24', text: { en: 'The place was wrong.', fa: 'مکان نادرست بود.' } }, { text: 'Undated fix.' }],
      }),
    );
    expect(r.problems).toEqual([]);
    const e = eventE(r)!;
    expect(e.updatedAt).toBe('2025-06-25T10:00:00+03:30');
    expect(e.corrections).toEqual([
      { date: '2025-06-23', text: 'The time was wrong.' },
      { date: '2025-06-24', text: { en: 'The place was wrong.', fa: 'مکان نادرست بود.' } },
      { text: 'Undated fix.' },
    ]);
    // Kept for the renderers that read one correction: the last one.
    expect(e.correction).toEqual({ text: 'Undated fix.' });
  });

  test('a single correction alone is the one correction', () => {
    const e = eventE(parse(withEvent({ correction: { text: 'Fixed.' } })))!;
    expect(e.corrections).toEqual([{ text: 'Fixed.' }]);
    expect(e.correction).toEqual({ text: 'Fixed.' });
  });

  test('wrong shapes are reported at their path', () => {
    rejects({ corrections: { text: 'x' } }, 'events[1].corrections');
    rejects({ corrections: [{ date: '2025-06-23' }] }, 'events[1].corrections[0].text', /missing/);
    rejects({ corrections: [{ date: '23 June', text: 'x' }] }, 'events[1].corrections[0].date');
    rejects({ updatedAt: 'yesterday' }, 'events[1].updatedAt');
  });
});

describe('the chronology: summary and updatedAt', () => {
  test('a summary (plain or localized) and updatedAt are kept', () => {
    const r = parse(withEvent({}, { summary: { en: 'Two events.', ru: 'Два события.' }, updatedAt: '2025-06-30' }));
    expect(r.problems).toEqual([]);
    expect(r.chronology!.summary).toEqual({ en: 'Two events.', ru: 'Два события.' });
    expect(r.chronology!.updatedAt).toBe('2025-06-30');
  });

  test('a bad summary is reported at summary and left out; the events stay', () => {
    for (const summary of ['', 12, { en: '' }, {}]) {
      const r = parse(withEvent({}, { summary }));
      expect(r.problems.map((p) => p.path)).toContain(summary && typeof summary === 'object' && 'en' in summary ? 'summary.en' : 'summary');
      expect(r.chronology!.summary).toBeUndefined();
      expect(r.chronology!.events).toHaveLength(2);
    }
  });
});

describe('dev mode and the JSON Schema know the new fields', () => {
  const all = {
    status: 'claimed',
    claimedBy: ['iran'],
    disputes: [{ text: 'x', sources: [SRC] }],
    statements: [{ actor: 'iran', text: 'y', source: SRC }],
    corrections: [{ date: '2025-06-23', text: 'z' }],
    updatedAt: '2025-06-23',
  };

  test('no unknown-field warnings in dev mode', () => {
    const r = parseChronology(withEvent(all, { summary: 'S' }), { dev: true });
    expect(r.problems).toEqual([]);
  });

  test('the JSON Schema describes status, claimedBy, disputes, statements, corrections and summary', () => {
    const schema = toJsonSchema(ChronologySchema, { errorMode: 'ignore' }) as Json;
    const event = schema.properties.events.items;
    expect(event.properties.status.enum).toEqual([...STATUSES]);
    expect(event.properties.claimedBy.type).toBe('array');
    expect(event.properties.disputes.items.required).toEqual(['text']);
    expect(event.properties.statements.items.required).toEqual(['actor', 'text']);
    expect(event.properties.statements.items.properties.source.anyOf).toHaveLength(2);
    expect(event.properties.corrections.items.required).toEqual(['text']);
    for (const k of ['status', 'claimedBy', 'disputes', 'statements', 'corrections', 'correction']) expect(event.required).not.toContain(k);
    expect(schema.properties.summary).toBeDefined();
    expect(schema.required).not.toContain('summary');
  });
});
