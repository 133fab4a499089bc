import { describe, expect, test } from 'vitest';
import data from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import { parseChronology } from '../../src/schema/index.js';
import { chronologyJsonLd, jsonLdScript, jsonLdText, type JsonLd } from '../../src/seo/json-ld.js';

const june = parseChronology(data).chronology!;
const items = (ld: JsonLd) => (ld.itemListElement as JsonLd[]).map((li) => li.item as JsonLd);
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('chronologyJsonLd(june)', () => {
  const ld = chronologyJsonLd(june, { url: 'https://example.com/june' });
  const events = items(ld);
  const byId = new Map(events.map((e) => [String(e['@id']).split('#')[1], e]));

  test('is a schema.org ItemList of ListItems holding Events, in time order', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      '@id': 'https://example.com/june',
      name: 'Israel–Iran war diplomacy, June 2025',
      inLanguage: 'en',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: june.events.length,
    });
    const elements = ld.itemListElement as JsonLd[];
    expect(elements).toHaveLength(80);
    elements.forEach((li, i) => expect(li).toMatchObject({ '@type': 'ListItem', position: i + 1, item: { '@type': 'Event' } }));
    expect(events.map((e) => e['@id'])).toEqual(june.events.map((e) => `https://example.com/june#${e.id}`));
  });

  test('start and end dates are the values as written: dates stay dates, date-times keep their offsets', () => {
    const input = new Map(data.events.map((e) => [e.id, e]));
    for (const e of june.events) {
      const node = byId.get(e.id)!;
      expect(node.startDate).toBe(input.get(e.id)!.start.replace(/~$/, ''));
      expect(node.endDate).toBe((input.get(e.id) as { end?: string }).end?.replace(/~$/, ''));
      expect(String(node.startDate)).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?)?)?$/);
    }
    expect(byId.get('us-strikes-fordow-natanz-isfahan')).toMatchObject({
      name: "US bombers and submarine missiles pound Iran's nuclear facilities",
      startDate: '2025-06-22T02:10:00+03:30',
      endDate: '2025-06-22T02:35:00+03:30',
    });
  });

  test('location, topics, actors and sources', () => {
    const first = byId.get('khamenei-rejects-us-enrichment-proposal')!;
    expect(first.location).toEqual({
      '@type': 'Place',
      name: 'Mausoleum of Ruhollah Khomeini',
      address: { '@type': 'PostalAddress', addressLocality: 'Tehran', addressCountry: 'Iran' },
      geo: { '@type': 'GeoCoordinates', latitude: 35.6892, longitude: 51.389 },
    });
    expect(list(first.about as JsonLd[]).map((t) => [t['@type'], t.termCode])).toEqual([
      ['DefinedTerm', 'nuclear'],
      ['DefinedTerm', 'diplomacy'],
    ]);
    const performers = list(first.performer as JsonLd[]);
    expect(performers.map((p) => [p['@type'], p.name])).toEqual([
      ['Person', 'Ali Khamenei'],
      ['Country', 'United States'],
      ['Country', 'Oman'],
    ]);
    expect(performers[0]).toMatchObject({
      '@id': 'https://example.com/june#actor-ali-khamenei',
      jobTitle: 'Supreme Leader of Iran',
      nationality: { '@type': 'Country', name: 'Iran' },
    });
    const sources = list(first.subjectOf as JsonLd[]);
    expect(sources).toHaveLength(3);
    expect(sources[0]).toEqual({
      '@type': 'CreativeWork',
      url: 'https://www.theyeshivaworld.com/news/israel-news/2405959/khamenei-rejects-us-nuclear-proposal-vows-to-keep-enriching-uraniaum.html',
      name: 'Khamenei rejects US nuclear proposal, vows to keep enriching uranium',
      publisher: { '@type': 'Organization', name: 'The Yeshiva World' },
      datePublished: '2025-06-04',
    });
    // Every source of every event is there, and no event claims a report as its own url or identity.
    for (const e of june.events) {
      const node = byId.get(e.id)!;
      expect(list(node.subjectOf as JsonLd[]).map((s) => s.url)).toEqual(e.sources.map((s) => s.url));
      expect(node).not.toHaveProperty('sameAs');
      expect(node.url).toBe(`https://example.com/june#${e.id}`);
    }
  });

  test('actors go where their role says: hosts organize, targets are what the event is about', () => {
    const g7 = byId.get('g7-kananaskis-summit')!;
    expect(list(g7.organizer as JsonLd[]).map((a) => a.name)).toEqual(['Mark Carney']);
    expect(list(g7.performer as JsonLd[]).map((a) => a.name)).toContain('Donald Trump');
    const targeted = june.events.find((e) => e.actors.some((a) => a.role === 'target'))!;
    const target = targeted.actors.find((a) => a.role === 'target')!;
    const node = byId.get(targeted.id)!;
    expect(list(node.about as JsonLd[]).map((a) => a['@id'])).toContain(`https://example.com/june#actor-${target.id}`);
    expect(list(node.performer as JsonLd[]).map((a) => a['@id'])).not.toContain(`https://example.com/june#actor-${target.id}`);
  });
});

describe('chronologyJsonLd() options and input', () => {
  test('raw input is validated first and gives the same result', () => {
    expect(chronologyJsonLd(data as never)).toEqual(chronologyJsonLd(june));
  });

  test('without url, events have no @id or url; lang picks localized text', () => {
    const ld = chronologyJsonLd(june, { lang: 'fa' });
    const strike = items(ld).find((e) => e.startDate === '2025-06-22T02:10:00+03:30')!;
    expect(strike).not.toHaveProperty('@id');
    expect(strike).not.toHaveProperty('url');
    expect(strike.name).toBe('بمب‌افکن‌ها و موشک‌های زیردریایی آمریکا تأسیسات هسته‌ای ایران را کوبیدند');
    expect(ld.inLanguage).toBe('fa');
  });

  test('eventUrl and actorProperty override the defaults', () => {
    const ld = chronologyJsonLd(june, {
      eventUrl: (e) => `https://example.com/e/${e.id}`,
      actorProperty: (a) => (a.kind === 'person' ? 'attendee' : null),
    });
    const first = items(ld)[0]!;
    expect(first.url).toBe('https://example.com/e/khamenei-rejects-us-enrichment-proposal');
    expect(first).not.toHaveProperty('performer');
    expect(list(first.attendee as JsonLd[]).map((a) => a.name)).toEqual(['Ali Khamenei']);
  });

  test('a small chronology with media, an approximate date and no location', () => {
    const ld = chronologyJsonLd({
      schemaVersion: 1,
      id: 's',
      title: 'S',
      events: [{ id: 'a', title: 'A', start: '2025-06~', media: { url: 'https://example.org/p.jpg', alt: 'A photo', credit: 'Pool' } }],
    });
    expect(items(ld)).toEqual([
      {
        '@type': 'Event',
        name: 'A',
        startDate: '2025-06',
        image: { '@type': 'ImageObject', url: 'https://example.org/p.jpg', caption: 'A photo', creditText: 'Pool' },
      },
    ]);
  });

  test('dateModified is the latest update (the chronology, an event, a dated correction); corrections are CorrectionComments', () => {
    expect(chronologyJsonLd(june).dateModified).toBe('2025-07-02');
    const ld = chronologyJsonLd({
      schemaVersion: 1,
      id: 's',
      title: 'S',
      updatedAt: '2025-06-24',
      events: [
        { id: 'a', title: 'A', start: '2025-06-22', updatedAt: '2025-06-25T09:00:00+03:30~' },
        {
          id: 'b',
          title: 'B',
          start: '2025-06-23',
          corrections: [{ date: '2025-06-25T08:00:00Z', text: 'The time was wrong.' }, { text: { en: 'Undated.', fa: 'بی‌تاریخ.' } }],
        },
      ],
    });
    expect(ld.dateModified).toBe('2025-06-25T08:00:00Z');
    expect(items(ld)[1]!.subjectOf).toEqual([
      { '@type': 'CorrectionComment', text: 'The time was wrong.', datePublished: '2025-06-25T08:00:00Z' },
      { '@type': 'CorrectionComment', text: 'Undated.' },
    ]);
    expect(chronologyJsonLd({ schemaVersion: 1, id: 's', title: 'S', events: [] }).dateModified).toBeUndefined();
  });

  test('input that is not a chronology gives an empty list, not an exception', () => {
    expect(chronologyJsonLd({} as never)).toMatchObject({ '@type': 'ItemList', numberOfItems: 0, itemListElement: [] });
  });
});

describe('jsonLdScript()', () => {
  const hostile = {
    schemaVersion: 1 as const,
    id: 'x',
    title: 'Ends </script><script>window.pwned = 1</script> & <!-- comment',
    events: [{ id: 'a', title: '</SCRIPT><img src=x onerror=alert(1)>', summary: 'line\u2028separator', start: '2025' }],
  };

  test('no "<" survives inside the script, so nothing can close it; the JSON is unchanged', () => {
    const ld = chronologyJsonLd(hostile);
    const html = jsonLdScript(ld);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith('</script>')).toBe(true);
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
    expect(inner).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(inner)).toEqual(ld);
    expect(jsonLdText(ld)).toBe(inner);
  });
});
