// Hostile and huge inputs (issue 21), generated: the same for the same n.
// Shared by bench/inputs.mjs (time per item at 1k, 10k, 100k) and
// tests/unit/hostile-inputs.test.ts (nothing throws, everything is shown or
// reported). Each case names the function it feeds and makes its input of
// n items.

const TITLE = 'Talks resume in Geneva';

/** `n` CSV rows in chronoline's flat layout, all with the same title (and so the same slug). */
export const csvSameTitle = (n) =>
  'start,title,actors,topics\n' +
  Array.from({ length: n }, (_, i) => `2025-06-${String((i % 28) + 1).padStart(2, '0')},${TITLE},iran;usa,diplomacy\n`).join('');

/** `n` CSV rows in the TimelineJS sheet layout, all with the same headline. */
export const csvSheetSameHeadline = (n) =>
  'Year,Month,Day,Headline,Text,Group\n' +
  Array.from({ length: n }, (_, i) => `2025,6,${(i % 28) + 1},${TITLE},<p>Round ${i}</p>,Talks\n`).join('');

/** One flat CSV row with `n` actors, `n` topics and `n` source URLs. */
export const csvManyPerRow = (n) => {
  const ids = Array.from({ length: n }, (_, i) => `a${i}`).join(';');
  const urls = Array.from({ length: n }, (_, i) => `https://example.org/${i}`).join(' ');
  return `start,title,actors,topics,source_url\n2025-06-01,${TITLE},${ids},${ids},${urls}\n`;
};

/** TimelineJS JSON: `n` slides with the same headline (and some with the same unique_id). */
export const tljsSameHeadline = (n) => ({
  title: { text: { headline: 'Same headlines' } },
  events: Array.from({ length: n }, (_, i) => ({
    start_date: { year: 2025, month: 6, day: (i % 28) + 1 },
    text: { headline: TITLE, text: `Round ${i}` },
    ...(i % 3 === 0 ? { unique_id: 'talks' } : {}),
    group: `Group ${i % 5}`,
  })),
});

/** TimelineJS JSON: n/2 events and n/2 eras, every era spanning every event. */
export const tljsOverlappingEras = (n) => {
  const half = Math.max(1, n >> 1);
  return {
    events: Array.from({ length: half }, (_, i) => ({
      start_date: { year: 2025, month: 6, day: (i % 28) + 1 },
      text: { headline: `Event ${i}` },
    })),
    eras: Array.from({ length: half }, (_, i) => ({
      start_date: { year: 2000 },
      end_date: { year: 2030 },
      text: { headline: `Era ${i % 7}` },
    })),
  };
};

/** TimelineJS JSON text with one slide holding an unknown field nested `n` deep (about 2n characters). */
export const tljsDeep = (n) =>
  `{"events":[{"start_date":{"year":2025},"text":{"headline":"Deep"},"extra":${'['.repeat(n)}${']'.repeat(n)}},{"start_date":{"year":2025},"text":{"headline":"Shallow"}}]}`;

/** TimelineJS JSON with one slide whose text is `html`. */
export const tljsText = (html) => ({ events: [{ start_date: { year: 2025, month: 6, day: 1 }, text: { headline: 'HTML', text: html } }] });

/** `'<div>'.repeat(n)`, `'<p>x</p>'.repeat(n)`, `'<'.repeat(n)`: markup that browsers' parsers and naive tokenizers take long on. */
export const divs = (n) => '<div>'.repeat(n);
export const paragraphs = (n) => '<p>x</p>'.repeat(n);
export const lessThans = (n) => '<'.repeat(n);

/** A chronology with `n` events sharing few ids (every third a duplicate), long titles, and bad dates. */
export const chronologySharedIds = (n) => ({
  schemaVersion: 1,
  id: 'shared',
  title: 'Shared ids',
  topics: [
    { id: 'talks', label: 'Talks', color: '#1f5fa8' },
    { id: 'bad-colour', label: 'Bad', color: 'url(https://example.org/x)' },
  ],
  actors: [{ id: 'iran', name: 'Iran', kind: 'state' }],
  events: Array.from({ length: n }, (_, i) => ({
    id: i % 3 === 0 ? 'talks' : `talks-${i}`,
    title: TITLE,
    start: i % 10 === 7 ? ' 2025-06-01 ' : `2025-06-${String((i % 28) + 1).padStart(2, '0')}`,
    topics: [i % 2 ? 'talks' : 'bad-colour'],
    actors: [{ id: 'iran' }],
  })),
});

/** A chronology with one event that has `n` actors, `n` topics and `n` sources (all defined). */
export const chronologyManyPerEvent = (n) => {
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'person' }));
  const topics = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, label: `Topic ${i}` }));
  return {
    schemaVersion: 1,
    id: 'many',
    title: 'Many per event',
    actors,
    topics,
    events: [
      {
        id: 'crowded',
        title: 'Crowded',
        start: '2025-06-01',
        actors: actors.map((a) => ({ id: a.id })),
        topics: topics.map((t) => t.id),
        sources: Array.from({ length: n }, (_, i) => ({ publisher: `P${i % 50}`, url: `https://example.org/${i}` })),
      },
      { id: 'plain', title: 'Plain', start: '2025-06-02' },
    ],
  };
};

/** A body that is not JSON: `a,a,a,…` on one line, n characters. */
export const commaLine = (n) => 'a,'.repeat(n >> 1);
