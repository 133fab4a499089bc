import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromTimelineJS, type ImportProblem, type ImportResult } from '../../src/import/index.js';
import { parseChronology } from '../../src/schema/index.js';

const FIXTURES = new URL('../fixtures/timelinejs/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** Indexes of the input events that have an `error` problem (`events[3]…` → 3). */
function leftOutIndexes(problems: ImportProblem[], key = 'events'): Set<number> {
  const re = new RegExp(`^(?:timeline\\.)?${key}\\[(\\d+)\\]`);
  return new Set(problems.filter((p) => p.severity === 'error').flatMap((p) => (re.exec(p.path) ? [+re.exec(p.path)![1]!] : [])));
}

/** The converter's contract: valid schema input, and every event converted or reported. */
function expectSound(result: ImportResult, key = 'events') {
  expect(result.chronology).not.toBeNull();
  const parsed = parseChronology(result.chronology);
  expect(parsed.problems).toEqual([]);
  expect(parsed.chronology!.events.length).toBe(result.chronology!.events.length);
  const leftOut = leftOutIndexes(result.problems, key);
  expect(result.chronology!.events.length + leftOut.size).toBe(result.eventsIn);
  return parsed.chronology!;
}

/** A title slide, so that tests of exact problems do not also get "there is no title". */
const TITLE = { text: { headline: 'Test' } };
/** One slide in a minimal TimelineJS document. */
const one = (slide: Record<string, unknown>, options = {}) => fromTimelineJS({ title: TITLE, events: [slide] }, options);
const messagesAt = (r: ImportResult, path: string) => r.problems.filter((p) => p.path === path).map((p) => `${p.severity}: ${p.message}`);

describe('fromTimelineJS(fixture)', () => {
  test('welcome.json ({timeline: {slides}}): 17 of 17 events, valid, relative links reported', () => {
    const json = JSON.parse(fixture('welcome.json'));
    const r = fromTimelineJS(json);
    const c = expectSound(r, 'slides');
    expect(r.eventsIn).toBe(json.timeline.slides.length);
    expect(c.events).toHaveLength(17);
    // Relative links have nowhere to point without a base URL: dropped, with their path.
    expect(messagesAt(r, 'timeline.slides[1].text.text')).toEqual([
      `warning: the link '#make' ("generator tool") is a relative link and no baseUrl was given to resolve it: the link is dropped, its text kept`,
    ]);
    expect(messagesAt(r, 'timeline.slides[1].media.url')[0]).toMatch(/^warning: '\/static\/welcome\/step3.png' is a relative link/);
    expect(messagesAt(r, 'timeline.slides[16].text.text')).toHaveLength(1);
    // The image stays an image; the YouTube link becomes a video link card credited to its author.
    const welcome = r.chronology!.events[0]!;
    expect(welcome.media).toEqual({ url: json.timeline.slides[0].media.url, alt: 'Welcome to TimelineJS' });
    const youtube = r.chronology!.events.find((e) => e.title === 'YouTube video')!;
    expect(youtube.media).toEqual({
      url: 'http://youtu.be/lIvftGgps24',
      kind: 'video',
      credit: 'Georges Méliès',
      caption: 'Le portrait mystérieux',
    });
    // HTML paragraphs become text paragraphs; escaped markup stays text.
    expect(welcome.summary).toBe(
      "TimelineJS is an open-source tool that enables you to build visually-rich interactive timelines and is available in 40 languages.\n\nYou're looking at an example of one right now.\n\nClick on the arrow to the right to learn more.",
    );
    const quote = r.chronology!.events.find((e) => e.title === 'Blockquote')!;
    expect(quote.start).toBe('1950-02-07');
    expect(quote.summary).toContain(
      'This is an example of a blockquote.\n<blockquote>“Just use html blockquotes in the media field.”</blockquote>',
    );
    expect(quote.summary).toMatch(/\n\n“You have brains in your head\..*decide where to go\.” \(Dr\. Seuss\)$/);
  });

  test('welcome.json with baseUrl: relative media and links resolve', () => {
    const r = fromTimelineJS(fixture('welcome.json'), { baseUrl: 'https://timeline.knightlab.com/' });
    expectSound(r, 'slides');
    const easy = r.chronology!.events[1]!;
    expect(easy.media).toEqual({
      url: 'https://timeline.knightlab.com/static/welcome/step3.png',
      alt: 'Screenshot from TimelineJS Embed Generator tool (see below)',
      caption: 'Screenshot from TimelineJS Embed Generator tool (see below)',
    });
    expect(easy.sources).toEqual([
      { publisher: 'timeline.knightlab.com', title: 'generator tool', url: 'https://timeline.knightlab.com/#make' },
    ]);
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => p.path)).toEqual(['timeline.slides[2].media']);
  });

  test("eras.json: 20 of 20 events; its eras become the chronology's eras (bands), not topics", () => {
    const json = JSON.parse(fixture('eras.json'));
    const r = fromTimelineJS(json);
    const c = expectSound(r);
    expect(c.events).toHaveLength(json.events.length);
    expect(r.chronology!.title).toBe('Eras Test');
    expect(r.chronology!.description).toBe('Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages');
    expect(r.chronology!.topics).toEqual([]);
    expect(r.chronology!.eras).toEqual([
      { id: 'era-test-650-700', label: 'Era Test 650-700', start: '0650', end: '0700' },
      { id: 'era-test-600-650', label: 'Era Test 600-650', start: '0600', end: '0650' },
      { id: 'era-test-700-720', label: 'Era Test 700-720', start: '0700', end: '0720' },
    ]);
    // Parsed: each era from its start to the end of its last year.
    expect(c.eras!.map((e) => [e.id, new Date(e.from).getUTCFullYear(), new Date(e.to).getUTCFullYear()])).toEqual([
      ['era-test-650-700', 650, 701],
      ['era-test-600-650', 600, 651],
      ['era-test-700-720', 700, 721],
    ]);
    expect(c.events.every((e) => e.topics.length === 0)).toBe(true);
    expect(messagesAt(r, 'eras[2]')).toEqual([]);
    expect(r.problems.filter((p) => p.message.includes('not drawn'))).toEqual([]);
    // Years below 1000 are written with four digits; periods keep their end.
    expect(r.chronology!.events[0]).toMatchObject({ start: '0602', end: '0629', title: 'Last great Roman-Persian War.' });
    expect(r.chronology!.events[2]).toMatchObject({ start: '0622-08-09', end: '0622-08-23' });
    // Every background is reported with its path, none is silently lost.
    const withBackground = json.events.flatMap((e: { background?: unknown }, i: number) =>
      e.background ? [`events[${i}].background`] : [],
    );
    expect(r.problems.filter((p) => p.message.includes('backgrounds')).map((p) => p.path)).toEqual(withBackground);
    // Media links to Wikipedia become link cards.
    expect(r.chronology!.events[0]!.media).toEqual({ url: 'https://en.wikipedia.org/wiki/Roman-Persian_Wars', kind: 'link' });
  });
});

describe('fromTimelineJS(): dates', () => {
  test('precision follows the fields given; times get the offset of options.timeZone on that date', () => {
    const r = fromTimelineJS(
      {
        events: [
          { start_date: { year: 1951 }, text: { headline: 'year' } },
          { start_date: { year: '1943', month: '07' }, text: { headline: 'month' } },
          { start_date: { year: 2025, month: 6, day: 22 }, text: { headline: 'day' } },
          { start_date: { year: 2025, month: 6, day: 22, hour: 2 }, text: { headline: 'hour' } },
          { start_date: { year: 2025, month: 6, day: 22, hour: 2, minute: 10 }, text: { headline: 'minute' } },
          { start_date: { year: 2025, month: 6, day: 22, hour: 2, minute: 10, second: 5, millisecond: 250 }, text: { headline: 'ms' } },
        ],
      },
      { timeZone: 'Asia/Tehran' },
    );
    expectSound(r);
    const events = r.chronology!.events;
    expect(events.map((e) => e.start)).toEqual([
      '1951',
      '1943-07',
      '2025-06-22',
      '2025-06-22T02:00+03:30',
      '2025-06-22T02:10+03:30',
      '2025-06-22T02:10:05.250+03:30',
    ]);
    expect(events[3]!.precision).toBe('hour');
    const precisionOf = new Map(parseChronology(r.chronology).chronology!.events.map((e) => [e.title, e.precision]));
    expect(events.map((e) => precisionOf.get(e.title))).toEqual(['year', 'month', 'day', 'hour', 'minute', 'second']);
    expect(r.chronology!.timeZone).toBe('Asia/Tehran');
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  test('the default zone is UTC; daylight saving time is followed; a skipped clock time is reported', () => {
    const at = (m: number, d: number, h: number, min = 30, timeZone?: string) =>
      one({ start_date: { year: 2025, month: m, day: d, hour: h, minute: min }, text: { headline: 'x' } }, timeZone ? { timeZone } : {});
    expect(at(1, 15, 10).chronology!.events[0]!.start).toBe('2025-01-15T10:30Z');
    expect(at(1, 15, 10, 30, 'America/New_York').chronology!.events[0]!.start).toBe('2025-01-15T10:30-05:00');
    expect(at(7, 15, 10, 30, 'America/New_York').chronology!.events[0]!.start).toBe('2025-07-15T10:30-04:00');
    const gap = at(3, 9, 2, 30, 'America/New_York');
    expectSound(gap);
    expect(gap.chronology!.events[0]!.start).toBe('2025-03-09T02:30-05:00');
    expect(messagesAt(gap, 'events[0].start_date')).toEqual([
      'warning: that clock time does not exist in America/New_York on that day (the clocks moved forward): kept as 2025-03-09T02:30-05:00',
    ]);
  });

  test('a missing month or day under a finer field is filled in as TimelineJS does, and reported', () => {
    const r = one({ start_date: { year: 1900, day: 5 }, text: { headline: 'x' } });
    expectSound(r);
    expect(r.chronology!.events[0]!.start).toBe('1900-01-05');
    expect(messagesAt(r, 'events[0].start_date.month')).toEqual(['warning: is missing under a day: taken as 1, as TimelineJS does']);
  });

  test.each([
    [{ year: 2025, month: 13 }, 'events[0].start_date.month', '13 is not a valid month (1–12)'],
    [{ year: 2025, month: 2, day: 29 }, 'events[0].start_date.day', '2025-02 has no day 29'],
    [{ year: 'MMXXV' }, 'events[0].start_date.year', "'MMXXV' is not a whole number"],
    [{ year: 2025, hour: '9.5' }, 'events[0].start_date.hour', "'9.5' is not a whole number"],
    [{ year: -500 }, 'events[0].start_date.year', "year -500 is outside 0–9999, which the schema's ISO 8601 dates cannot express"],
    [{ month: 6 }, 'events[0].start_date.year', 'is missing: a TimelineJS date needs a year'],
    ['2025-06-01', 'events[0].start_date', 'must be a date object such as {"year": 2025, "month": 6}, not \'2025-06-01\''],
  ])('a bad start_date %j leaves the event out with an error at its path', (start_date, path, message) => {
    const r = fromTimelineJS({
      title: TITLE,
      events: [
        { start_date, text: { headline: 'bad' } },
        { start_date: { year: 2000 }, text: { headline: 'good' } },
      ],
    });
    expectSound(r);
    expect(r.chronology!.events.map((e) => e.title)).toEqual(['good']);
    expect(r.problems).toEqual([{ path, message: `${message}: the event is left out`, severity: 'error' }]);
  });

  test('an event without start_date is left out and reported', () => {
    const r = one({ text: { headline: 'undated' } });
    expectSound(r);
    expect(r.problems).toEqual([
      { path: 'events[0].start_date', message: 'is missing: the event has no date and is left out', severity: 'error' },
    ]);
  });

  test('a bad or backwards end_date is dropped with a warning; the event stays', () => {
    const bad = one({ start_date: { year: 2000, month: 5 }, end_date: { year: 2000, month: 14 }, text: { headline: 'x' } });
    expectSound(bad);
    expect(bad.chronology!.events[0]).not.toHaveProperty('end');
    expect(messagesAt(bad, 'events[0].end_date.month')).toEqual(['warning: 14 is not a valid month (1–12): the end is dropped']);
    const backwards = one({ start_date: { year: 2000, month: 5 }, end_date: { year: 1999 }, text: { headline: 'x' } });
    expectSound(backwards);
    expect(backwards.chronology!.events[0]).not.toHaveProperty('end');
    expect(messagesAt(backwards, 'events[0].end_date')).toEqual(['warning: 1999 is before the start 2000-05: the end is dropped']);
    // Same year as a month start: the year's period reaches past the start, so it is kept.
    expect(
      one({ start_date: { year: 2000, month: 5 }, end_date: { year: 2000 }, text: { headline: 'x' } }).chronology!.events[0]!.end,
    ).toBe('2000');
  });

  test('a display_date saying "circa" marks the event approximate; any other is reported', () => {
    const r = fromTimelineJS({
      events: [
        { start_date: { year: 1900 }, display_date: 'c. 1900', text: { headline: 'a' } },
        { start_date: { year: 1900, display_date: 'about 1900' }, text: { headline: 'b' } },
        { start_date: { year: 1900 }, display_date: 'The turn of the century', text: { headline: 'c' } },
      ],
    });
    expectSound(r);
    expect(r.chronology!.events.map((e) => e.approximate ?? false)).toEqual([true, true, false]);
    expect(messagesAt(r, 'events[0].display_date')).toEqual(["info: 'c. 1900' marks the date approximate: approximate is set"]);
    expect(messagesAt(r, 'events[2].display_date')).toEqual([
      "warning: 'The turn of the century' is not kept: chronoline writes dates from start and end",
    ]);
  });
});

describe('fromTimelineJS(): text, links and media', () => {
  test('HTML entities and nested tags become plain text', () => {
    const r = one({
      start_date: { year: 2000 },
      text: {
        headline: 'Ada <b>&amp;</b> <i>Charles</i>',
        text: '<div><p>The <b>Analytical <i>Engine</i></b>&nbsp;&mdash; &#8220;a loom&#x201D; &lt;not a tag&gt;</p><ul><li>one</li><li>two</li></ul>last<br>line</div>',
      },
    });
    expectSound(r);
    expect(r.chronology!.events[0]!.title).toBe('Ada & Charles');
    expect(r.chronology!.events[0]!.summary).toBe('The Analytical Engine\u00a0— “a loom” <not a tag>\n\none\n\ntwo\n\nlast\nline');
    expect(r.problems).toEqual([]);
  });

  test('http(s) links become sources; javascript:, data: and relative links are dropped and reported, their text kept', () => {
    const r = one({
      start_date: { year: 2000 },
      text: {
        headline: 'Links',
        text:
          '<a href="https://example.org/report">the report</a>, ' +
          '<a href="JaVaScRiPt:alert(1)">click</a>, ' +
          '<a href="java&#x09;script:alert(2)">tab</a>, ' +
          '<a href="data:text/html,<script>alert(3)</script>">data</a>, ' +
          '<a href="mailto:a@example.org">mail</a> and ' +
          '<a href="/relative">rel</a>',
      },
    });
    expectSound(r);
    const e = r.chronology!.events[0]!;
    expect(e.summary).toBe('the report, click, tab, data, mail and rel');
    expect(e.sources).toEqual([{ publisher: 'example.org', title: 'the report', url: 'https://example.org/report' }]);
    expect(messagesAt(r, 'events[0].text.text')).toEqual([
      `warning: the link 'JaVaScRiPt:alert(1)' ("click") is a javascript: URL, which is never kept: the link is dropped, its text kept`,
      `warning: the link 'java\tscript:alert(2)' ("tab") is a javascript: URL, which is never kept: the link is dropped, its text kept`.replace(
        '\t',
        ' ',
      ),
      `warning: the link 'data:text/html,<script>alert(3)</script>' ("data") is a data: URL, which is never kept: the link is dropped, its text kept`,
      `warning: the link 'mailto:a@example.org' ("mail") is a mailto: link, not an http(s) URL: the link is dropped, its text kept`,
      `warning: the link '/relative' ("rel") is a relative link and no baseUrl was given to resolve it: the link is dropped, its text kept`,
    ]);
    expect(JSON.stringify(r.chronology)).not.toMatch(/javascript|data:/i);
  });

  test('scripts and images in text are removed and reported, never kept as text', () => {
    const r = one({
      start_date: { year: 2000 },
      text: { headline: 'x', text: 'before<script>alert("x")</script><img src="x" onerror="alert(1)">after<style>p{}</style>' },
    });
    expectSound(r);
    expect(r.chronology!.events[0]!.summary).toBe('beforeafter');
    expect(messagesAt(r, 'events[0].text.text')).toEqual([
      'warning: <script> is not text: it was removed',
      "warning: <img> (src 'x') is not text: it was removed",
      'warning: <style> is not text: it was removed',
    ]);
  });

  test('media: an image becomes media with alt, caption and credit; a video link a link card; the rest is reported', () => {
    const r = fromTimelineJS({
      events: [
        {
          start_date: { year: 2000 },
          text: { headline: 'img' },
          media: {
            url: 'https://example.org/a.JPG?w=2',
            caption: 'A <b>portrait</b>',
            credit: 'Archive',
            thumbnail: 'https://example.org/t.jpg',
          },
        },
        {
          start_date: { year: 2000 },
          text: { headline: 'video' },
          media: { url: 'https://vimeo.com/1', caption: 'A film', link: 'https://example.org/more', link_target: '_blank' },
        },
        { start_date: { year: 2000 }, text: { headline: 'bad' }, media: { url: 'javascript:alert(1)', caption: 'evil' } },
        { start_date: { year: 2000 }, text: { headline: 'embed' }, media: { url: '<iframe src="https://example.org/embed"></iframe>' } },
      ],
    });
    expectSound(r);
    const [img, video, bad, embed] = r.chronology!.events;
    expect(img!.media).toEqual({ url: 'https://example.org/a.JPG?w=2', alt: 'A portrait', credit: 'Archive', caption: 'A portrait' });
    expect(messagesAt(r, 'events[0].media.thumbnail')).toEqual([
      "warning: 'https://example.org/t.jpg' is not kept: chronoline shows no thumbnails",
    ]);
    expect(video!.media).toEqual({ url: 'https://vimeo.com/1', kind: 'video', caption: 'A film' });
    expect(video!.sources).toEqual([{ publisher: 'example.org', url: 'https://example.org/more' }]);
    expect(bad).not.toHaveProperty('media');
    expect(bad).not.toHaveProperty('sources');
    expect(messagesAt(r, 'events[2].media.url')).toEqual([
      "warning: 'javascript:alert(1)' is a javascript: URL, which is never kept: not kept",
    ]);
    expect(messagesAt(r, 'events[2].media')).toEqual(["warning: has no usable url, so its caption and credit ('evil') are not kept"]);
    expect(embed).not.toHaveProperty('media');
    expect(messagesAt(r, 'events[3].media.url')).toContain(
      `warning: embedded HTML '<iframe src="https://example.org/embed"></iframe>' is not kept: chronoline embeds no media`,
    );
  });

  test('groups become topics (one per group); unknown fields are reported; autolink is ignored', () => {
    const r = fromTimelineJS({
      events: [
        { start_date: { year: 2000 }, text: { headline: 'a' }, group: 'Politics', autolink: false, mood: 'grim' },
        { start_date: { year: 2001 }, text: { headline: 'b' }, group: 'Politics' },
        { start_date: { year: 2002 }, text: { headline: 'c' }, group: 'Économie' },
      ],
      scale: 'human',
      extra: { x: 1 },
    });
    const c = expectSound(r);
    expect(r.chronology!.topics).toEqual([
      { id: 'politics', label: 'Politics' },
      { id: 'economie', label: 'Économie' },
    ]);
    expect(c.eventCountByTopic.get('politics')).toBe(2);
    expect(r.problems).toEqual([
      { path: 'extra', message: `is not a TimelineJS field chronoline knows: '{"x":1}' is not kept`, severity: 'warning' },
      { path: 'events[0].mood', message: "is not a TimelineJS slide field chronoline knows: 'grim' is not kept", severity: 'warning' },
      { path: 'events[0].group', message: "group 'Politics' became topic 'politics'", severity: 'info' },
      { path: 'events[2].group', message: "group 'Économie' became topic 'economie'", severity: 'info' },
      { path: 'title', message: "there is no title: the chronology is called 'Untitled timeline'", severity: 'info' },
    ]);
  });

  test('ids: unique_id when it is a slug, else made one; repeats get a suffix; all reported', () => {
    const r = fromTimelineJS({
      events: [
        { unique_id: 'talks-1', start_date: { year: 2000 }, text: { headline: 'x' } },
        { unique_id: 'Talks Two!', start_date: { year: 2000 }, text: { headline: 'x' } },
        { unique_id: 'talks-1', start_date: { year: 2000 }, text: { headline: 'x' } },
        { start_date: { year: 2000 }, text: { headline: 'Same headline' } },
        { start_date: { year: 2000 }, text: { headline: 'Same headline' } },
      ],
    });
    expectSound(r);
    expect(r.chronology!.events.map((e) => e.id)).toEqual(['talks-1', 'talks-two', 'talks-1-2', 'same-headline', 'same-headline-2']);
    expect(r.problems.filter((p) => p.path.endsWith('unique_id')).map((p) => `${p.path}: ${p.message}`)).toEqual([
      "events[1].unique_id: 'Talks Two!' cannot be the id (it is not a slug of lower-case letters, digits and -): the id is 'talks-two'",
      "events[2].unique_id: 'talks-1' cannot be the id (another event has it): the id is 'talks-1-2'",
    ]);
  });

  test('a slide without headline takes its title from its text; with nothing to use, it is left out', () => {
    const r = fromTimelineJS({
      events: [
        { start_date: { year: 2000 }, text: { text: '<p>The treaty is signed. Then more happens.</p>' } },
        { start_date: { year: 2000 }, media: { url: 'https://example.org/x.png' } },
      ],
    });
    expectSound(r);
    expect(r.chronology!.events.map((e) => e.title)).toEqual(['The treaty is signed.']);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([
      {
        path: 'events[1].text.headline',
        message: 'is missing, and there is no text or caption to take a title from: the event is left out',
        severity: 'error',
      },
    ]);
  });

  test('the title slide gives the title and description; its media and links are reported', () => {
    const r = fromTimelineJS({
      title: {
        text: { headline: 'My <i>story</i>', text: 'About <a href="https://example.org/">it</a>' },
        media: { url: 'https://example.org/cover.jpg' },
      },
      events: [{ start_date: { year: 2000 }, text: { headline: 'x' } }],
    });
    expectSound(r);
    expect(r.chronology).toMatchObject({ id: 'my-story', title: 'My story', description: 'About it' });
    expect(r.problems.map((p) => p.path)).toEqual(['title.text', 'title.media.url']);
  });
});

describe('fromTimelineJS(): what cannot be read at all', () => {
  test.each([
    ['{ not json', '$', /^the text is not valid JSON/],
    [[1, 2], '$', /^TimelineJS data must be a JSON object, not an array$/],
    [{ title: {} }, 'events', /^is missing: TimelineJS data needs an events array$/],
    [{ events: {} }, 'events', /^must be an array of events$/],
    [{ timeline: { headline: 'x', date: [{ startDate: '2011,12,10' }] } }, 'timeline.date', /^this is TimelineJS 2 data/],
  ])('%j is fatal', (input, path, message) => {
    const r = fromTimelineJS(input);
    expect(r.chronology).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path, severity: 'fatal' });
    expect(r.problems[0]!.message).toMatch(message);
  });

  test('an unknown options.timeZone is fatal rather than a wrong offset', () => {
    const r = fromTimelineJS({ events: [] }, { timeZone: 'Mars/Olympus_Mons' });
    expect(r).toEqual({
      chronology: null,
      eventsIn: 0,
      problems: [
        {
          path: 'options.timeZone',
          severity: 'fatal',
          message: "'Mars/Olympus_Mons' is not an IANA time zone (such as UTC or Europe/Paris), so times of day cannot be given offsets",
        },
      ],
    });
  });

  test('a non-object event is left out and counted', () => {
    const r = fromTimelineJS({ events: [null, 'x', { start_date: { year: 2000 }, text: { headline: 'ok' } }] });
    expectSound(r);
    expect(r.problems.map((p) => `${p.severity} ${p.path}`)).toEqual(['error events[0]', 'error events[1]', 'info title']);
  });
});

describe('fromTimelineJS(arbitrary slides)', () => {
  const field = fc.oneof(fc.constant(undefined), fc.integer({ min: -20, max: 3000 }), fc.constantFrom('', '07', 'x', '1.5', ' 12 '));
  const date = fc.record(
    {
      year: field,
      month: field,
      day: field,
      hour: field,
      minute: field,
      second: field,
      millisecond: field,
      display_date: fc.constantFrom(undefined, 'c. 1900', 'then'),
    },
    { requiredKeys: [] },
  );
  const html = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '<p>a &amp; b</p>',
      '<a href="javascript:x()">j</a>',
      '<a href="https://example.org/a b">sp</a>',
      '<img src=x onerror=alert(1)>',
      '&#0;&#xD800;&bogus;',
      '<a href="//example.org/">proto-relative</a>',
    ),
  );
  const slide = fc.record(
    {
      start_date: fc.oneof(date, fc.constant(null)),
      end_date: date,
      text: fc.record({ headline: html, text: html }, { requiredKeys: [] }),
      media: fc.record({ url: fc.oneof(html, fc.webUrl()), caption: html, credit: html, alt: html }, { requiredKeys: [] }),
      group: fc.oneof(fc.string(), fc.constant('Group A')),
      unique_id: fc.oneof(fc.string(), fc.constantFrom('a', 'a', 'B b')),
      display_date: fc.string(),
    },
    { requiredKeys: [] },
  );

  test('always yields schema-valid input in which every event is converted or reported', () => {
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 8 }), fc.constantFrom('UTC', 'America/New_York', 'Asia/Tehran'), (events, timeZone) => {
        const r = fromTimelineJS({ events }, { timeZone });
        expectSound(r);
      }),
      { numRuns: 300 },
    );
  });
});
