import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fromMarkwhen } from '../../src/import/markwhen.js';
import { parseChronology } from '../../src/schema/index.js';
import { periodEnd } from '../../src/schema/parse.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/markwhen/${name}`, import.meta.url), 'utf8');
const sample = read('june-2025.mw');
const reference = JSON.parse(read('june-2025.reference.json')) as {
  header: Record<string, string>;
  events: { section: string; from: string; to: string; text: string; tags: string[] }[];
};

function sound(text: string, options = {}) {
  const r = fromMarkwhen(text, options);
  expect(r.chronology).not.toBeNull();
  const parsed = parseChronology(r.chronology);
  expect(parsed.problems).toEqual([]);
  return { r, c: parsed.chronology! };
}

describe('fromMarkwhen on the June sample', () => {
  const { r, c } = sound(sample);

  test('no problems; the header; every event the reference parser finds', () => {
    expect(r.problems).toEqual([]);
    expect(r.chronology!.title).toBe(reference.header.title);
    expect(r.chronology!.description).toBe(reference.header.description);
    expect(r.chronology!.timeZone).toBe('UTC');
    expect(r.eventsIn).toBe(reference.events.length);
    expect(r.chronology!.events).toHaveLength(reference.events.length);
  });

  test('same titles, tags, sections and times as @markwhen/parser 1.2.0', () => {
    const input = r.chronology!.events;
    reference.events.forEach((ref, k) => {
      const e = input[k]!;
      expect(e.title).toBe(ref.text);
      expect(e.topics).toEqual([...new Set([ref.section, ...ref.tags].map((t) => t.toLowerCase().replace(/\s+/g, '-')))]);
      const parsed = c.events.find((x) => x.id === e.id)!;
      expect(parsed.start.instant).toBe(Date.parse(ref.from));
      // The reference gives exclusive ends for days, and the instant itself for a time.
      const end = parsed.end ?? parsed.start;
      const endInstant = end.precision === 'day' ? periodEnd(end) : end.instant;
      expect(endInstant).toBe(Date.parse(ref.to));
    });
  });

  test('values as the schema writes them; descriptions, sources and sections', () => {
    const byTitle = (t: string) => r.chronology!.events.find((e) => (e.title as string).startsWith(t))!;
    expect(byTitle('Khamenei turns down')).toEqual({
      id: 'khamenei-turns-down-the-us-outline-and-says-enrichment-will', // slugs stop at 60 characters
      title: 'Khamenei turns down the US outline and says enrichment will go on',
      start: '2025-06-04',
      summary:
        "At the mausoleum of his predecessor, the supreme leader called the proposal contrary to Iran's self-reliance, without ending the talks.",
      topics: ['before-the-war', 'nuclear'],
      sources: [
        { publisher: 'bne IntelliNews', url: 'https://www.intellinews.com/iran-s-supreme-leader-rejects-us-nuclear-proposal-384387' },
      ],
    });
    expect(byTitle('The IAEA Board')).toMatchObject({ start: '2025-06-09', end: '2025-06-13' });
    expect(byTitle('US aircraft')).toMatchObject({ start: '2025-06-21T22:40Z', end: '2025-06-21T23:05Z' });
    expect(byTitle('Trump announces')).toMatchObject({ start: '2025-06-21T23:50:00Z' });
    expect(r.chronology!.topics!.find((t) => t.id === 'the-twelve-days')!.label).toBe('The twelve days');
  });
});

describe('fromMarkwhen: other syntax', () => {
  test('header lines without front matter; a zone; times in it; am/pm; slash dates; d/M/y', () => {
    const { r, c } = sound(
      [
        'title: Test',
        'timezone: Asia/Tehran',
        '',
        '2025-06-22 2:10am/2025-06-22 2:35am: Strikes',
        '06/23/2025: American date',
        '2025-06-24T07:30+03:30: With offset',
      ].join('\n'),
    );
    expect(r.chronology!.timeZone).toBe('Asia/Tehran');
    expect(r.chronology!.events.map((e) => [e.start, e.end])).toEqual([
      ['2025-06-22T02:10+03:30', '2025-06-22T02:35+03:30'],
      ['2025-06-23', undefined],
      ['2025-06-24T07:30+03:30', undefined],
    ]);
    expect(c.events[0]!.start.instant).toBe(Date.UTC(2025, 5, 21, 22, 40));
    const eu = fromMarkwhen('dateFormat: d/M/y\n23/06/2025: European date\n2025 - 2026: Years\n2025-06: A month');
    expect(eu.chronology!.events.map((e) => [e.start, e.end])).toEqual([
      ['2025-06-23', undefined],
      ['2025', '2026'],
      ['2025-06', undefined],
    ]);
    expect(fromMarkwhen('timezone: -5\n2025-01-01 12:00: Noon').chronology!.events[0]!.start).toBe('2025-01-01T12:00-05:00');
  });

  test('older group/section syntax, !ids, images, inline links, paragraphs', () => {
    const { r } = sound(
      [
        'group Talks #diplomacy',
        '2025-06-20: Geneva meeting !geneva',
        'Ministers met in [Geneva](https://example.org/geneva).',
        '',
        'A second paragraph, #extra tag.',
        '![The venue](https://example.org/venue.jpg)',
        'endGroup',
        '2025-06-20: Geneva meeting',
      ].join('\n'),
    );
    const [a, b] = r.chronology!.events;
    expect(a).toEqual({
      id: 'geneva',
      title: 'Geneva meeting',
      start: '2025-06-20',
      summary: 'Ministers met in Geneva.\n\nA second paragraph, tag.',
      topics: ['talks', 'extra'],
      sources: [{ publisher: 'example.org', title: 'Geneva', url: 'https://example.org/geneva' }],
      media: { url: 'https://example.org/venue.jpg', alt: 'The venue' },
    });
    expect(b).toMatchObject({ id: 'geneva-meeting', title: 'Geneva meeting' });
    expect(b!.topics).toBeUndefined();
  });

  test('what it does not read is reported, line by line; nothing throws', () => {
    const r = fromMarkwhen(
      [
        '---',
        'title: T',
        '---',
        'stray text',
        '2025-06-20: Fine',
        'June 23 2025: Month names',
        'after !fine 3 days: Relative',
        '2025-02-30: Impossible',
        '2025-06-25/2025-06-21: Backwards',
        '[bad](javascript:alert(1))',
      ].join('\n'),
    );
    expect(r.chronology!.events.map((e) => e.title)).toEqual(['Fine', 'Backwards']);
    expect(r.eventsIn).toBe(5);
    expect(r.problems.map((p) => `${p.path} ${p.severity}`)).toEqual([
      'line 4 warning',
      'line 6 error',
      'line 7 error',
      'line 8 error',
      'line 9 warning',
      'line 9 warning',
    ]);
    expect(r.chronology!.events[1]!.end).toBeUndefined();
    expect(parseChronology(r.chronology).problems).toEqual([]);
    expect(fromMarkwhen('---\ntitle: x').problems[0]!.severity).toBe('fatal');
    expect(fromMarkwhen(42 as any).problems[0]!.severity).toBe('fatal');
    expect(fromMarkwhen('', { timeZone: 'Nowhere' }).problems[0]!.severity).toBe('fatal');
    expect(fromMarkwhen('').chronology!.events).toEqual([]);
  });
});
