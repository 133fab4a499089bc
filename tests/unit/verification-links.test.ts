// Issue 18: the "who says so" lists are held to their limits (bound.ts) and
// their links screened like an event's sources (links.ts): http(s) only,
// relative ones resolved, anything else left out and reported, the rest kept.
import { describe, expect, test } from 'vitest';
import { LIMITS, parseChronology } from '../../src/schema/index.js';

const chronology = (event: Record<string, unknown>) => ({
  schemaVersion: 1,
  id: 'c',
  title: 'C',
  timeZone: 'UTC',
  actors: [{ id: 'a', name: 'A', kind: 'state' }],
  events: [{ id: 'e', title: 'E', start: '2025-06-01', ...event }],
});

describe('links of statements and disputes', () => {
  test('a javascript: statement source (a URL alone) is left out and reported; the statement and the event stay', () => {
    const r = parseChronology(chronology({ statements: [{ actor: 'a', text: 'Said.', source: 'javascript:alert(1)' }] }));
    const e = r.chronology!.events[0]!;
    expect(e.statements).toEqual([{ actor: 'a', text: 'Said.' }]);
    expect(r.problems).toEqual([
      expect.objectContaining({
        path: 'events[0].statements[0].source',
        severity: 'warning',
        message: expect.stringMatching(/javascript: URL.*left out/),
      }),
    ]);
  });

  test('a data: URL in a statement source object is left out; an https one next to it is kept', () => {
    const r = parseChronology(
      chronology({
        statements: [
          { actor: 'a', text: 'One.', source: { publisher: 'P', url: 'data:text/html,<b>x</b>' } },
          { actor: 'a', text: 'Two.', source: { publisher: 'Q', url: 'https://q.example/2' } },
        ],
      }),
    );
    expect(r.chronology!.events[0]!.statements).toEqual([
      { actor: 'a', text: 'One.' },
      { actor: 'a', text: 'Two.', source: { publisher: 'Q', url: 'https://q.example/2' } },
    ]);
    expect(r.problems.map((p) => p.path)).toEqual(['events[0].statements[0].source.url']);
  });

  test('a dispute keeps its http(s) sources and loses a javascript: one (reported at its path)', () => {
    const r = parseChronology(
      chronology({
        status: 'disputed',
        disputes: [
          {
            text: 'Counts differ',
            sources: [
              { publisher: 'Evil', url: 'javascript:alert(1)' },
              { publisher: 'Good', url: 'https://good.example/1' },
            ],
          },
        ],
      }),
    );
    expect(r.chronology!.events[0]!.disputes).toEqual([
      { text: 'Counts differ', sources: [{ publisher: 'Good', url: 'https://good.example/1' }] },
    ]);
    expect(r.problems.map((p) => [p.path, p.severity])).toEqual([['events[0].disputes[0].sources[0].url', 'warning']]);
  });

  test('relative statement and dispute URLs are resolved against the base URL', () => {
    const r = parseChronology(
      chronology({
        statements: [{ actor: 'a', text: 'Said.', source: 'quotes/1.html' }],
        disputes: [{ text: 'D', sources: [{ publisher: 'P', url: '/d/2' }] }],
      }),
      { baseUrl: 'https://news.example/live/' },
    );
    const e = r.chronology!.events[0]!;
    expect(e.statements[0]!.source).toEqual({ publisher: 'news.example', url: 'https://news.example/live/quotes/1.html' });
    expect(e.disputes[0]!.sources[0]!.url).toBe('https://news.example/d/2');
    expect(r.problems).toEqual([]);
  });
});

describe('limits of the who-says-so lists', () => {
  for (const [key, limit, item] of [
    ['statements', LIMITS.statementsPerEvent, { actor: 'a', text: 'Said.' }],
    ['disputes', LIMITS.disputesPerEvent, { text: 'D' }],
    ['corrections', LIMITS.correctionsPerEvent, { text: 'C' }],
  ] as const) {
    test(`${key} past ${limit} are cut to the first ${limit}, with a warning at the list's path`, () => {
      const list = Array.from({ length: limit + 7 }, (_, i) => ({ ...item, text: `${item.text} ${i}` }));
      const r = parseChronology(chronology({ [key]: list }));
      const e = r.chronology!.events[0]! as unknown as Record<string, { text: string }[]>;
      expect(e[key]!.length).toBe(limit);
      expect(e[key]![limit - 1]!.text).toBe(`${item.text} ${limit - 1}`);
      expect(r.problems).toEqual([
        {
          path: `events[0].${key}`,
          severity: 'warning',
          message: `has ${limit + 7} ${key}, past the limit of ${limit}: the first ${limit} are kept`,
        },
      ]);
    });
  }

  test('lists within the limits but longer than 100 are read whole (the full parser takes them)', () => {
    const statements = Array.from({ length: 150 }, (_, i) => ({ actor: 'a', text: `S ${i}` }));
    const r = parseChronology(chronology({ statements }));
    expect(r.chronology!.events[0]!.statements.length).toBe(150);
    expect(r.problems).toEqual([]);
  });
});
