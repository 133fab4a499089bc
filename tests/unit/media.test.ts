import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseChronology } from '../../src/schema/parse.js';
import { mediaKind } from '../../src/schema/media-kind.js';
import { fromTimelineJS } from '../../src/import/timelinejs.js';
import { fromCSV } from '../../src/import/csv.js';
import { toCSV } from '../../src/export/csv.js';

const base = (media: unknown) => ({
  schemaVersion: 1,
  id: 'c',
  title: 'C',
  events: [{ id: 'a', title: 'A', start: '2024-01-01', media }],
});

describe('mediaKind()', () => {
  test.each([
    ['https://example.org/a.JPG?w=2', 'image'],
    ['https://www.youtube.com/watch?v=x', 'video'],
    ['http://youtu.be/lIvftGgps24', 'video'],
    ['https://vimeo.com/1', 'video'],
    ['https://example.org/clip.mp4', 'video'],
    ['https://soundcloud.com/a/b', 'audio'],
    ['https://example.org/a.mp3', 'audio'],
    ['https://www.google.com/maps/place/Paris', 'map'],
    ['https://maps.google.com/?q=Paris', 'map'],
    ['https://www.openstreetmap.org/#map=5/1/2', 'map'],
    ['https://x.com/a/status/1', 'post'],
    ['https://twitter.com/a/status/1', 'post'],
    ['https://www.instagram.com/p/x/', 'post'],
    ['https://en.wikipedia.org/wiki/X', 'link'],
    ['https://www.google.com/search?q=maps', 'link'],
  ])('%s is %s', (url, kind) => expect(mediaKind({ url })).toBe(kind));
  test('an explicit kind wins over the URL', () => expect(mediaKind({ url: 'https://example.org/a.jpg', kind: 'map' })).toBe('map'));
});

describe('parseChronology(): event media', () => {
  test('an image without alt is kept and reported as a warning at its path', () => {
    const r = parseChronology(base({ url: 'https://example.org/a.jpg', credit: 'Archive', caption: 'A caption' }));
    expect(r.chronology!.events[0]!.media).toEqual({ url: 'https://example.org/a.jpg', credit: 'Archive', caption: 'A caption' });
    expect(r.problems).toEqual([expect.objectContaining({ path: 'events[0].media.alt', severity: 'warning', eventId: 'a' })]);
  });
  test('an image with alt and a link card without alt give no problem', () => {
    expect(parseChronology(base({ url: 'https://example.org/a.jpg', alt: 'A photo' })).problems).toEqual([]);
    const card = parseChronology(base({ url: 'https://youtu.be/x', caption: { en: 'A film' } }));
    expect(card.problems).toEqual([]);
    expect(card.chronology!.events[0]!.media).toEqual({ url: 'https://youtu.be/x', caption: { en: 'A film' } });
  });
  test('an unknown kind is an error at media.kind; a javascript: URL is refused', () => {
    const r = parseChronology(base({ url: 'https://example.org/a', kind: 'iframe' }));
    expect(r.problems.map((p) => p.path)).toContain('events[0].media.kind');
    const js = parseChronology(base({ url: 'javascript:alert(1)', alt: 'x' }));
    expect(js.chronology!.events[0]!.media).toBeUndefined();
  });
});

describe('fromTimelineJS(): media on the real fixtures', () => {
  const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), 'utf8'));
  test('welcome.json: images keep alt, caption and credit; YouTube, Vimeo, SoundCloud, maps and posts become link cards', () => {
    const r = fromTimelineJS(fixture('welcome.json'), { baseUrl: 'https://timeline.knightlab.com/' });
    const events = r.chronology!.events;
    const kinds = new Set(events.filter((e) => e.media).map((e) => mediaKind(e.media!)));
    expect(kinds.has('image')).toBe(true);
    expect(kinds.has('video')).toBe(true);
    for (const e of events) if (e.media && mediaKind(e.media) === 'image') expect(e.media.alt).toBeTruthy();
    for (const e of events) if (e.media) expect(e.media.url).toMatch(/^https?:\/\//);
  });
});

describe('flat CSV: media columns', () => {
  test('toCSV writes media_url, alt, credit, caption and kind; fromCSV reads them back', () => {
    const r = parseChronology({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2024-01-01',
          media: { url: 'https://example.org/a.jpg', alt: 'A photo', credit: 'Archive', caption: 'Seen here' },
        },
        { id: 'b', title: 'B', start: '2024-01-02', media: { url: 'https://example.org/watch', kind: 'video', caption: 'A film' } },
      ],
    });
    const csv = toCSV(r.chronology!);
    expect(csv.split(/\r?\n/)[0]).toContain('media_url,media_alt,media_credit,media_caption,media_kind');
    const back = fromCSV(csv);
    expect(back.chronology!.events.map((e) => e.media)).toEqual([
      { url: 'https://example.org/a.jpg', alt: 'A photo', credit: 'Archive', caption: 'Seen here' },
      { url: 'https://example.org/watch', alt: 'B', caption: 'A film', kind: 'video' },
    ]);
  });
  test('an unknown media_kind is reported and read from the URL instead', () => {
    const r = fromCSV('id,title,start,media_url,media_kind\na,A,2024-01-01,https://youtu.be/x,hologram\n');
    expect(r.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining("'hologram' is not one of") }),
    );
    expect(mediaKind(r.chronology!.events[0]!.media!)).toBe('video');
  });
});

describe('JSON-LD: event media', () => {
  test('an image is the event image (caption, alt, credit); a video link is not an image', async () => {
    const { chronologyJsonLd } = await import('../../src/seo/json-ld.js');
    const r = parseChronology({
      schemaVersion: 1,
      id: 'c',
      title: 'C',
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2024-01-01',
          media: { url: 'https://example.org/a.jpg', alt: 'A photo', caption: 'Seen', credit: 'Archive' },
        },
        { id: 'b', title: 'B', start: '2024-01-02', media: { url: 'https://youtu.be/x' } },
      ],
    });
    const text = JSON.stringify(chronologyJsonLd(r.chronology!));
    expect(text).toContain(
      '"image":{"@type":"ImageObject","url":"https://example.org/a.jpg","caption":"Seen","description":"A photo","creditText":"Archive"}',
    );
    expect(text).not.toContain('youtu.be/x","caption');
    expect(text.match(/ImageObject/g)).toHaveLength(1);
  });
});
