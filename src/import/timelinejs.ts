/**
 * TimelineJS 3 JSON → chronoline schema input.
 *
 * What maps to what (every other field is reported, never silently lost):
 *
 * | TimelineJS                         | chronoline                                              |
 * | ---------------------------------- | ------------------------------------------------------- |
 * | `title.text.headline` / `.text`    | chronology `title` / `description`                      |
 * | `events[]` (or `timeline.slides[]`) | `events[]`                                             |
 * | `unique_id`                        | event `id` (made a slug); else a slug of the headline   |
 * | `text.headline` / `text.text`      | `title` / `summary`, HTML turned into text              |
 * | `<a href>` in any text             | a source (`publisher` = the host name); other links reported |
 * | `start_date` / `end_date`          | `start` / `end`, with `precision` from the fields given |
 * | `hour`…`millisecond`               | a date-time with the offset of `options.timeZone`       |
 * | `display_date` saying "c.", "circa", "~" … | `approximate: true`; other display dates reported |
 * | `media.url`, an image              | `media` (`alt` from `media.alt`, else the caption; `credit`) |
 * | `media.url`, any other http(s) link | a source (`publisher` = credit or host, `title` = caption) |
 * | `media.url`, a `<blockquote>`      | appended to the summary as a quotation                  |
 * | `media.link`                       | a source                                                |
 * | `group`                            | a topic (one per group; chronoline can lane by topic)   |
 * | `eras[]`                           | a topic per era, given to the events that start in it   |
 * | `background`, `media.thumbnail`, unknown fields | reported (warning), not kept              |
 * | `autolink`, `media.link_target`    | ignored: presentation only                              |
 *
 * TimelineJS dates carry no zone (TimelineJS shows them in the reader's
 * zone). Times of day are read as wall-clock time in `options.timeZone`
 * (default `UTC`) and written with that zone's offset on that date; dates
 * without a time stay calendar dates. Years must be 0–9999 (the schema's
 * ISO 8601 dates): earlier or later events are reported and left out.
 *
 * Links are kept only as absolute http(s) URLs; relative ones resolve
 * against `options.baseUrl` when it is given. `javascript:`, `data:` and
 * other schemes are dropped and reported. TimelineJS 2 data
 * (`timeline.date[]`) is refused with a fatal problem.
 */
import type { TimelineEventInput, TopicInput } from '../schema/chronology-schema.js';
import { parseTimeValue, type Precision, type TimePoint } from '../time/dates.js';
import { periodEnd } from '../schema/parse.js';
import {
  badTimeZone,
  checkUrl,
  daysInMonth,
  fatal,
  hostOf,
  isId,
  quote,
  slugify,
  uniqueId,
  zonedValue,
  type ImportProblem,
  type ImportResult,
  type LocalFields,
} from './common.js';
import { htmlToText, type HtmlToText } from './html-text.js';

/** Options of `fromTimelineJS` (and of `fromCSV` for the TimelineJS sheet layout). */
export interface TimelineJSOptions {
  /** IANA zone the input's times of day are wall-clock times in. Default `UTC`. */
  timeZone?: string;
  /** The chronology id. Default: a slug of the title, else `timelinejs-import`. */
  id?: string;
  /** The chronology title when the input has no title slide. */
  title?: string;
  /** The chronology's language (BCP 47), written to `language`. */
  language?: string;
  /** Base URL to resolve relative links and media against. Without it they are reported and dropped. */
  baseUrl?: string;
  /** HTML → text. Default `htmlToText` (`DOMParser` when there is one, else the fallback tokenizer). */
  htmlToText?: HtmlToText;
}

type Source = NonNullable<TimelineEventInput['sources']>[number];
type MediaInput = NonNullable<TimelineEventInput['media']>;

/** Builds the path of a field of one slide: `events[3].start_date.year`, `row 4, column Year`. */
export type FieldPath = (field?: string) => string;

/** One TimelineJS slide (or era) to convert, with where it came from. */
export interface SlideAt {
  slide: unknown;
  at: FieldPath;
}

/** The slides of a timeline, wherever they came from (JSON or a sheet). */
export interface SlideSet {
  title?: SlideAt;
  /** Where a title slide would be, for the report when there is none. Default `title`. */
  titlePath?: string;
  events: SlideAt[];
  eras: SlideAt[];
}

interface Ctx {
  zone: string;
  baseUrl?: string;
  html: HtmlToText;
  problems: ImportProblem[];
  eventIds: Set<string>;
  topicIds: Set<string>;
  topics: TopicInput[];
  topicByGroup: Map<string, string>;
}

const report = (ctx: Ctx, path: string, severity: ImportProblem['severity'], message: string) =>
  void ctx.problems.push({ path, message, severity });

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

const isBlank = (x: unknown) => x === undefined || x === null || (typeof x === 'string' && x.trim() === '');

/** Reports keys of `obj` that are neither mapped nor ignored on purpose. */
function reportUnknownKeys(obj: Record<string, unknown>, known: readonly string[], at: (key: string) => string, ctx: Ctx, what: string) {
  for (const [key, value] of Object.entries(obj)) {
    if (known.includes(key) || isBlank(value)) continue;
    report(ctx, at(key), 'warning', `is not a ${what} field chronoline knows: ${quote(value)} is not kept`);
  }
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

/** Text from an HTML field, and the sources its links became. */
interface Text {
  text: string;
  sources: Source[];
}

const NO_TEXT: Text = { text: '', sources: [] };

/**
 * Plain text of a TimelineJS HTML field. Its http(s) links become sources;
 * other links and non-text elements (images, scripts) are reported.
 */
function readText(value: unknown, path: string, ctx: Ctx): Text {
  if (isBlank(value)) return NO_TEXT;
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value), sources: [] };
  if (typeof value !== 'string') {
    report(ctx, path, 'warning', `must be text (HTML), not ${Array.isArray(value) ? 'an array' : typeof value}: not kept`);
    return NO_TEXT;
  }
  const html = ctx.html(value);
  const sources: Source[] = [];
  for (const link of html.links) {
    const checked = checkUrl(link.href, ctx.baseUrl);
    if ('url' in checked) {
      const title = link.text && link.text !== link.href && link.text !== checked.url ? link.text : undefined;
      sources.push({ publisher: hostOf(checked.url), ...(title ? { title } : {}), url: checked.url });
    } else {
      const label = link.text ? ` ("${link.text}")` : '';
      report(ctx, path, 'warning', `the link ${quote(link.href)}${label} ${checked.reason}: the link is dropped, its text kept`);
    }
  }
  for (const d of html.dropped) {
    const src = d.src ? ` (src ${quote(d.src)})` : '';
    report(ctx, path, 'warning', `<${d.tag}>${src} is not text: it was removed`);
  }
  return { text: html.text, sources };
}

/** Sources without repeats (the same URL once, first wins). */
function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && !!seen.add(s.url));
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
type DateField = (typeof DATE_FIELDS)[number];
const RANGES: Record<DateField, [number, number]> = {
  year: [0, 9999],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
  second: [0, 59],
  millisecond: [0, 999],
};
const PRECISION_OF: Record<DateField, Precision> = {
  year: 'year',
  month: 'month',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
  millisecond: 'second',
};
/** What TimelineJS fills in for a missing field when a finer one is given. */
const FILL: Record<DateField, number> = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };

/** A whole number from a TimelineJS date field (`"08"`, `8`); undefined when blank; NaN when not a number. */
function wholeNumber(x: unknown): number | undefined {
  if (isBlank(x)) return undefined;
  if (typeof x === 'number') return Number.isInteger(x) ? x : NaN;
  if (typeof x === 'string' && /^[+-]?\d+$/.test(x.trim())) return parseInt(x.trim(), 10);
  return NaN;
}

/** A converted date: the schema value, its precision, and its parsed point. */
interface DateValue {
  value: string;
  precision: Precision;
  point: TimePoint;
}

/** Either a date, or where and why it could not be read. */
type DateRead = { date: DateValue } | { path: string; message: string };

/**
 * Reads a TimelineJS date object (`{year, month, day, hour, …}`). Missing
 * coarser fields under finer ones are filled in as TimelineJS does (month
 * 1, day 1, hour 0) and reported; impossible values are refused.
 */
function readDate(raw: unknown, at: FieldPath, key: string, ctx: Ctx): DateRead {
  if (!isObject(raw)) return { path: at(key), message: `must be a date object such as {"year": 2025, "month": 6}, not ${quote(raw)}` };
  reportUnknownKeys(raw, [...DATE_FIELDS, 'display_date', 'format'], (f) => at(`${key}.${f}`), ctx, 'TimelineJS date');
  if (!isBlank(raw.format)) report(ctx, at(`${key}.format`), 'warning', `${quote(raw.format)} is not kept: chronoline formats dates itself`);
  const given: Partial<Record<DateField, number>> = {};
  for (const f of DATE_FIELDS) {
    const n = wholeNumber(raw[f]);
    if (n === undefined) continue;
    const path = at(`${key}.${f}`);
    if (Number.isNaN(n)) return { path, message: `${quote(raw[f])} is not a whole number` };
    const [lo, hi] = RANGES[f];
    if (n < lo || n > hi) {
      return {
        path,
        message:
          f === 'year'
            ? `year ${n} is outside 0–9999, which the schema's ISO 8601 dates cannot express`
            : `${n} is not a valid ${f} (${lo}–${hi})`,
      };
    }
    given[f] = n;
  }
  if (given.year === undefined) return { path: at(`${key}.year`), message: 'is missing: a TimelineJS date needs a year' };
  const finest = DATE_FIELDS.filter((f) => given[f] !== undefined).at(-1)!;
  const fields: LocalFields = { year: given.year };
  for (const f of DATE_FIELDS.slice(1, DATE_FIELDS.indexOf(finest) + 1)) {
    if (given[f] === undefined && f !== 'second' && f !== 'minute') {
      report(ctx, at(`${key}.${f}`), 'warning', `is missing under a ${finest}: taken as ${FILL[f]}, as TimelineJS does`);
    }
    fields[f] = given[f] ?? FILL[f];
  }
  if (fields.day !== undefined && fields.day > daysInMonth(fields.year, fields.month!)) {
    return { path: at(`${key}.day`), message: `${fields.year}-${String(fields.month).padStart(2, '0')} has no day ${fields.day}` };
  }
  const zoned = zonedValue(fields, ctx.zone);
  if (zoned.skipped) {
    report(ctx, at(key), 'warning', `that clock time does not exist in ${ctx.zone} on that day (the clocks moved forward): kept as ${zoned.value}`);
  }
  return { date: { value: zoned.value, precision: PRECISION_OF[finest], point: parseTimeValue(zoned.value) as TimePoint } };
}

/** Display dates that say the date is approximate: "c. 1900", "circa", "about", "~1900", "1900?". */
const APPROXIMATE = /(^|[\s(])(c\.|ca\.?|circa|about|around|approx\.?|approximately|est\.?)(\s|$)|~|\?/i;

/**
 * TimelineJS display dates are free text that replace the date shown.
 * chronoline writes its own dates; one that says the date is approximate
 * sets `approximate`, any other is reported.
 */
function readDisplayDate(value: unknown, path: string, ctx: Ctx): boolean {
  if (isBlank(value)) return false;
  const text = readText(value, path, ctx).text;
  if (APPROXIMATE.test(text)) {
    report(ctx, path, 'info', `${quote(text)} marks the date approximate: approximate is set`);
    return true;
  }
  report(ctx, path, 'warning', `${quote(text)} is not kept: chronoline writes dates from start and end`);
  return false;
}

// ---------------------------------------------------------------------------
// Media, groups, backgrounds
// ---------------------------------------------------------------------------

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg|bmp)$/i;
const isImageUrl = (url: string) => IMAGE.test(new URL(url).pathname);

/** What a slide's media became. */
interface MediaOut {
  media?: MediaInput;
  /** The media link itself and `media.link`: the slide's main sources. */
  sources: Source[];
  /** Links in the caption, credit and title. */
  creditSources: Source[];
  /** A blockquote's text, to append to the summary. */
  quotation?: string;
}

/**
 * A slide's media: an image becomes `media`, another http(s) link a source,
 * a `<blockquote>` a quotation in the summary. What cannot be used is reported.
 */
function readMedia(raw: unknown, at: FieldPath, title: string, ctx: Ctx): MediaOut {
  if (isBlank(raw)) return { sources: [], creditSources: [] };
  if (!isObject(raw)) {
    report(ctx, at('media'), 'warning', `must be an object {url, caption, credit}, not ${quote(raw)}: not kept`);
    return { sources: [], creditSources: [] };
  }
  const f = (k: string) => at(`media.${k}`);
  reportUnknownKeys(raw, ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'], f, ctx, 'TimelineJS media');
  const caption = readText(raw.caption, f('caption'), ctx);
  const credit = readText(raw.credit, f('credit'), ctx);
  const mediaTitle = readText(raw.title, f('title'), ctx);
  const alt = readText(raw.alt, f('alt'), ctx);
  const out: MediaOut = { sources: [], creditSources: [...caption.sources, ...credit.sources, ...mediaTitle.sources] };
  if (!isBlank(raw.thumbnail)) report(ctx, f('thumbnail'), 'warning', `${quote(raw.thumbnail)} is not kept: chronoline shows no thumbnails`);
  if (!isBlank(raw.link)) {
    const link = typeof raw.link === 'string' ? checkUrl(raw.link, ctx.baseUrl) : { reason: 'is not a string' };
    if ('url' in link) out.sources.push({ publisher: hostOf(link.url), url: link.url });
    else report(ctx, f('link'), 'warning', `${quote(raw.link)} ${link.reason}: not kept`);
  }
  const lost = (why: string) => {
    const words = [caption.text, credit.text, mediaTitle.text].filter(Boolean).map((t) => quote(t)).join(', ');
    if (words) report(ctx, at('media'), 'warning', `${why}, so its caption and credit (${words}) are not kept`);
  };
  const url = typeof raw.url === 'string' ? raw.url.trim() : raw.url;
  if (isBlank(url)) {
    lost('has no url');
    return out;
  }
  if (typeof url !== 'string') {
    report(ctx, f('url'), 'warning', `must be a string, not ${quote(url)}: not kept`);
    lost('has no usable url');
    return out;
  }
  if (url.startsWith('<')) {
    const html = readText(url, f('url'), ctx);
    out.creditSources.push(...html.sources);
    if (/^<blockquote[\s>]/i.test(url) && html.text) {
      const quoted = /^["“«„‘']/.test(html.text) ? html.text : `“${html.text}”`;
      out.quotation = credit.text ? `${quoted} (${credit.text})` : quoted;
      report(ctx, f('url'), 'info', 'a blockquote: its text is appended to the summary as a quotation');
      if (caption.text) report(ctx, f('caption'), 'warning', `${quote(caption.text)} is not kept: a quotation has no caption`);
    } else {
      report(ctx, f('url'), 'warning', `embedded HTML ${quote(url)} is not kept: chronoline embeds no media`);
      lost('is embedded HTML');
    }
    return out;
  }
  const checked = checkUrl(url, ctx.baseUrl);
  if (!('url' in checked)) {
    report(ctx, f('url'), 'warning', `${quote(url)} ${checked.reason}: not kept`);
    lost('has no usable url');
    return out;
  }
  if (isImageUrl(checked.url)) {
    const altText = alt.text || caption.text || mediaTitle.text || title;
    out.media = { url: checked.url, alt: altText, ...(credit.text ? { credit: credit.text } : {}) };
    if (caption.text && altText !== caption.text) {
      report(ctx, f('caption'), 'warning', `${quote(caption.text)} is not kept: the image's alt text is ${quote(altText)}`);
    }
  } else {
    const sourceTitle = caption.text || mediaTitle.text;
    out.sources.unshift({ publisher: credit.text || hostOf(checked.url), ...(sourceTitle ? { title: sourceTitle } : {}), url: checked.url });
    if (alt.text) report(ctx, f('alt'), 'warning', `${quote(alt.text)} is not kept: the media is a link, not an image`);
  }
  return out;
}

/** The topic id for a TimelineJS group, created on first use. */
function groupTopic(raw: unknown, path: string, ctx: Ctx): string | undefined {
  const label = readText(raw, path, ctx).text;
  if (!label) return undefined;
  let id = ctx.topicByGroup.get(label);
  if (!id) {
    id = uniqueId(slugify(label) || 'group', ctx.topicIds);
    ctx.topicByGroup.set(label, id);
    ctx.topics.push({ id, label });
    report(ctx, path, 'info', `group ${quote(label)} became topic '${id}'`);
  }
  return id;
}

function reportBackground(raw: unknown, path: string, ctx: Ctx) {
  if (isBlank(raw)) return;
  const what = isObject(raw) ? (raw.url ?? raw.color ?? raw) : raw;
  if (isObject(raw) && Object.values(raw).every(isBlank)) return;
  report(ctx, path, 'warning', `${quote(what)} is not kept: chronoline draws no slide backgrounds`);
}

// ---------------------------------------------------------------------------
// Slides
// ---------------------------------------------------------------------------

const SLIDE_FIELDS = ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'unique_id', 'autolink', 'type'];

/** An event's id: its `unique_id` made a slug, else a slug of its title; never a repeat. */
function eventId(raw: unknown, title: string, index: number, at: FieldPath, ctx: Ctx): string {
  const wanted = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  const base = (isId(wanted) ? wanted : slugify(wanted)) || slugify(title) || `event-${index + 1}`;
  const id = uniqueId(base, ctx.eventIds);
  if (wanted && id !== wanted) {
    const why = isId(wanted) && base === wanted ? 'another event has it' : 'it is not a slug of lower-case letters, digits and -';
    report(ctx, at('unique_id'), 'warning', `${quote(wanted)} cannot be the id (${why}): the id is '${id}'`);
  }
  return id;
}

/** A title for a slide without a headline: the start of its text, else its caption. */
function fallbackTitle(text: string, caption: string): string {
  const from = text || caption;
  const sentence = /^(.{10,100}?[.!?])(\s|$)/.exec(from)?.[1] ?? from;
  return sentence.length > 100 ? `${sentence.slice(0, 99).replace(/\s+\S*$/, '')}…` : sentence;
}

/** Converts one event slide, or reports why it is left out (an `error` at the slide). */
function convertSlide({ slide, at }: SlideAt, index: number, ctx: Ctx): { event: TimelineEventInput; start: TimePoint } | null {
  if (!isObject(slide)) {
    report(ctx, at(), 'error', `must be an object (a TimelineJS slide), not ${quote(slide)}: left out`);
    return null;
  }
  // What decides whether the event can exist comes first, so a left-out event gets one error, not noise.
  if (isBlank(slide.start_date)) {
    report(ctx, at('start_date'), 'error', 'is missing: the event has no date and is left out');
    return null;
  }
  const start = readDate(slide.start_date, at, 'start_date', ctx);
  if (!('date' in start)) {
    report(ctx, start.path, 'error', `${start.message}: the event is left out`);
    return null;
  }
  const text = isObject(slide.text) || isBlank(slide.text) ? ((slide.text ?? {}) as Record<string, unknown>) : {};
  if (!isObject(slide.text) && !isBlank(slide.text)) {
    report(ctx, at('text'), 'warning', `must be an object {headline, text}, not ${quote(slide.text)}: not kept`);
  }
  reportUnknownKeys(text, ['headline', 'text'], (f) => at(`text.${f}`), ctx, 'TimelineJS text');
  const headline = readText(text.headline, at('text.headline'), ctx);
  const body = readText(text.text, at('text.text'), ctx);
  const captionGuess = isObject(slide.media) ? readText(slide.media.caption, at('media.caption'), { ...ctx, problems: [] }).text : '';
  let title = headline.text;
  if (!title) {
    title = fallbackTitle(body.text, captionGuess);
    if (!title) {
      report(ctx, at('text.headline'), 'error', 'is missing, and there is no text or caption to take a title from: the event is left out');
      return null;
    }
    report(ctx, at('text.headline'), 'info', `is missing: the title is taken from the text, ${quote(title)}`);
  }

  const event: TimelineEventInput = { id: eventId(slide.unique_id, title, index, at, ctx), title, start: start.date.value };
  if (start.date.precision === 'hour') event.precision = 'hour';
  reportUnknownKeys(slide, SLIDE_FIELDS, at, ctx, 'TimelineJS slide');

  if (!isBlank(slide.end_date)) {
    const end = readDate(slide.end_date, at, 'end_date', ctx);
    if (!('date' in end)) report(ctx, end.path, 'warning', `${end.message}: the end is dropped`);
    else if (periodEnd(end.date.point) <= start.date.point.instant) {
      report(ctx, at('end_date'), 'warning', `${end.date.value} is before the start ${start.date.value}: the end is dropped`);
    } else event.end = end.date.value;
  }

  let approximate = readDisplayDate(slide.display_date, at('display_date'), ctx);
  for (const key of ['start_date', 'end_date']) {
    const d = slide[key];
    if (isObject(d)) approximate = readDisplayDate(d.display_date, at(`${key}.display_date`), ctx) || approximate;
  }
  if (approximate) event.approximate = true;

  const media = readMedia(slide.media, at, title, ctx);
  const summary = [body.text, media.quotation].filter(Boolean).join('\n\n');
  if (summary) event.summary = summary;
  if (media.media) event.media = media.media;
  const sources = uniqueSources([...media.sources, ...headline.sources, ...body.sources, ...media.creditSources]);
  if (sources.length) event.sources = sources;

  const topic = groupTopic(slide.group, at('group'), ctx);
  if (topic) event.topics = [topic];
  reportBackground(slide.background, at('background'), ctx);
  return { event, start: start.date.point };
}

/** The chronology title and description from the title slide. Its links and media have nowhere to go. */
function convertTitleSlide({ slide, at }: SlideAt, ctx: Ctx): { title?: string; description?: string } {
  if (!isObject(slide)) {
    report(ctx, at(), 'warning', `must be an object (the title slide), not ${quote(slide)}: not kept`);
    return {};
  }
  reportUnknownKeys(slide, SLIDE_FIELDS, at, ctx, 'TimelineJS slide');
  const text = isObject(slide.text) ? slide.text : {};
  if (!isObject(slide.text) && !isBlank(slide.text)) {
    report(ctx, at('text'), 'warning', `must be an object {headline, text}, not ${quote(slide.text)}: not kept`);
  }
  reportUnknownKeys(text, ['headline', 'text'], (f) => at(`text.${f}`), ctx, 'TimelineJS text');
  const headline = readText(text.headline, at('text.headline'), ctx);
  const body = readText(text.text, at('text.text'), ctx);
  for (const s of [...headline.sources, ...body.sources]) {
    report(ctx, at('text'), 'warning', `the link ${s.url} is not kept: a chronology has no sources, only its events do (its text is kept)`);
  }
  if (isObject(slide.media) && !isBlank(slide.media.url)) {
    report(ctx, at('media.url'), 'warning', `${quote(slide.media.url)} is not kept: a chronology has no media, only its events do`);
  }
  for (const key of ['start_date', 'end_date', 'display_date', 'group']) {
    if (!isBlank(slide[key])) report(ctx, at(key), 'warning', `${quote(slide[key])} is not kept: the title slide is not an event`);
  }
  reportBackground(slide.background, at('background'), ctx);
  return { ...(headline.text ? { title: headline.text } : {}), ...(body.text ? { description: body.text } : {}) };
}

/** An era: a topic given to the events that start within it. */
interface Era {
  topicId: string;
  from: number;
  to: number;
  at: FieldPath;
}

function convertEra({ slide, at }: SlideAt, index: number, ctx: Ctx): Era | null {
  if (!isObject(slide)) {
    report(ctx, at(), 'error', `must be an object (a TimelineJS era), not ${quote(slide)}: left out`);
    return null;
  }
  const leftOut = (path: string, message: string) => {
    report(ctx, path, 'error', `${message}: the era is left out`);
    return null;
  };
  const start = readDate(slide.start_date, at, 'start_date', ctx);
  if (!('date' in start)) return leftOut(start.path, start.message);
  if (isBlank(slide.end_date)) return leftOut(at('end_date'), 'is missing: an era needs an end');
  const end = readDate(slide.end_date, at, 'end_date', ctx);
  if (!('date' in end)) return leftOut(end.path, end.message);
  if (end.date.point.instant <= start.date.point.instant) {
    return leftOut(at('end_date'), `${end.date.value} is not after the start ${start.date.value}`);
  }
  reportUnknownKeys(slide, SLIDE_FIELDS, at, ctx, 'TimelineJS era');
  const text = isObject(slide.text) ? slide.text : {};
  const headline = readText(text.headline, at('text.headline'), ctx).text;
  const body = readText(text.text, at('text.text'), ctx).text;
  const range = `${start.date.value} – ${end.date.value}`;
  const label = headline || `Era ${range}`;
  const slug = slugify(headline);
  const topicId = uniqueId(/^era(-|$)/.test(slug) ? slug : `era-${slug || index + 1}`, ctx.topicIds);
  ctx.topics.push({ id: topicId, label, description: body ? `${range}: ${body}` : range });
  return { topicId, from: start.date.point.instant, to: end.date.point.instant, at };
}

// ---------------------------------------------------------------------------
// The whole timeline
// ---------------------------------------------------------------------------

/**
 * Converts a set of TimelineJS slides, wherever they came from: the common
 * core of `fromTimelineJS` and `fromCSV`'s TimelineJS layout.
 */
export function convertSlides(set: SlideSet, options: TimelineJSOptions = {}, defaultId = 'timelinejs-import'): ImportResult {
  const zone = options.timeZone ?? 'UTC';
  const bad = badTimeZone(zone);
  if (bad) return bad;
  const ctx: Ctx = {
    zone,
    baseUrl: options.baseUrl,
    html: options.htmlToText ?? htmlToText,
    problems: [],
    eventIds: new Set(),
    topicIds: new Set(),
    topics: [],
    topicByGroup: new Map(),
  };
  const head = set.title ? convertTitleSlide(set.title, ctx) : {};
  const converted = set.events.map((s, i) => convertSlide(s, i, ctx)).filter((x) => x !== null);
  const eras = set.eras.map((s, i) => convertEra(s, i, ctx)).filter((x) => x !== null);
  for (const era of eras) {
    let n = 0;
    for (const { event, start } of converted) {
      if (start.instant < era.from || start.instant >= era.to) continue;
      event.topics = [...(event.topics ?? []), era.topicId];
      n++;
    }
    report(ctx, era.at(), 'info', `became topic '${era.topicId}', given to the ${n} event${n === 1 ? '' : 's'} that start within it (the era band itself is not drawn)`);
  }

  const title = head.title || options.title || 'Untitled timeline';
  if (!head.title && !options.title) report(ctx, set.title ? set.title.at('text.headline') : (set.titlePath ?? 'title'), 'info', `there is no title: the chronology is called '${title}'`);
  return {
    chronology: {
      schemaVersion: 1,
      id: chronologyId(options.id, title, defaultId, ctx.problems),
      title,
      ...(head.description ? { description: head.description } : {}),
      ...(options.language ? { language: options.language } : {}),
      timeZone: zone,
      events: converted.map((c) => c.event),
      topics: ctx.topics,
    },
    problems: ctx.problems,
    eventsIn: set.events.length,
  };
}

/** The chronology id: `options.id` when it is a slug, else a slug of the title, else `fallback`. */
export function chronologyId(wanted: string | undefined, title: string, fallback: string, problems: ImportProblem[]): string {
  if (wanted !== undefined && isId(wanted)) return wanted;
  const id = slugify(title) || fallback;
  if (wanted !== undefined) {
    problems.push({ path: 'options.id', message: `${quote(wanted)} is not a slug of lower-case letters, digits and -: the id is '${id}'`, severity: 'warning' });
  }
  return id;
}

/** `events[3]` + `.start_date.year`. */
const jsonPath = (base: string): FieldPath => (field) => (field ? `${base}.${field}` : base);

/**
 * Converts TimelineJS 3 JSON (an object or its text) to chronology input.
 * Accepts the JSON as TimelineJS loads it (`{title, events, eras}`), also
 * wrapped in `{timeline: …}` and with `slides` for `events`. Never throws:
 * what cannot be mapped is in `problems` with its JSON path (see the table
 * at the top of this module), and every input event is either converted or
 * reported with an `error`.
 *
 * @example
 * const { chronology, problems } = fromTimelineJS(json, { timeZone: 'America/Chicago' });
 * const { chronology: checked } = parseChronology(chronology);
 */
export function fromTimelineJS(json: unknown, options: TimelineJSOptions = {}): ImportResult {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (e) {
      return fatal('$', `the text is not valid JSON (${(e as Error).message})`);
    }
  }
  if (!isObject(data)) return fatal('$', `TimelineJS data must be a JSON object, not ${Array.isArray(data) ? 'an array' : quote(data)}`);
  let root = data;
  let prefix = '';
  if (isObject(root.timeline) && root.events === undefined) {
    root = root.timeline;
    prefix = 'timeline.';
  }
  if (Array.isArray(root.date) && root.events === undefined) {
    return fatal(`${prefix}date`, 'this is TimelineJS 2 data (timeline.date[]): only TimelineJS 3 JSON (events[] with start_date objects) can be imported');
  }
  const eventsKey = root.events === undefined && Array.isArray(root.slides) ? 'slides' : 'events';
  const events = root[eventsKey];
  if (!Array.isArray(events)) {
    return fatal(`${prefix}${eventsKey}`, events === undefined ? 'is missing: TimelineJS data needs an events array' : 'must be an array of events');
  }
  const problems: ImportProblem[] = [];
  const known = ['title', 'events', 'slides', 'eras', 'scale'];
  for (const [key, value] of Object.entries(root)) {
    if (!known.includes(key) && !isBlank(value)) {
      problems.push({ path: `${prefix}${key}`, message: `is not a TimelineJS field chronoline knows: ${quote(value)} is not kept`, severity: 'warning' });
    }
  }
  if (root.scale === 'cosmological') {
    problems.push({ path: `${prefix}scale`, message: "'cosmological' timelines are not supported: events outside years 0–9999 are left out", severity: 'warning' });
  }
  let eras: unknown[] = [];
  if (Array.isArray(root.eras)) eras = root.eras;
  else if (!isBlank(root.eras)) problems.push({ path: `${prefix}eras`, message: 'must be an array of eras: not kept', severity: 'warning' });

  const result = convertSlides(
    {
      title: root.title === undefined ? undefined : { slide: root.title, at: jsonPath(`${prefix}title`) },
      events: events.map((slide, i) => ({ slide, at: jsonPath(`${prefix}${eventsKey}[${i}]`) })),
      eras: eras.map((slide, i) => ({ slide, at: jsonPath(`${prefix}eras[${i}]`) })),
    },
    options,
  );
  return { ...result, problems: [...problems, ...result.problems] };
}
