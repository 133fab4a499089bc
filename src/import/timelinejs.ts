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
 * | `media.url`, an image              | `media` (`alt` from `media.alt`, else caption or headline; `caption`, `credit`) |
 * | `media.url`, any other http(s) link | `media` with its `kind` (video, audio, map, post, link): a link card |
 * | `media.url`, a `<blockquote>`      | appended to the summary as a quotation                  |
 * | `media.link`                       | a source                                                |
 * | `group`                            | a topic (one per group; chronoline can lane by topic)   |
 * | `eras[]`                           | `eras[]`: bands behind the lanes, headings in the list  |
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
import { badTimeZone, fatal, isId, quote, slugify, type ImportProblem, type ImportResult } from './common.js';
import { htmlToText } from './html-text.js';
import { isBlank, isObject, report, type Ctx, type FieldPath, type SlideSet, type TimelineJSOptions } from './timelinejs-common.js';
import { convertEra, convertSlide, convertTitleSlide } from './timelinejs-slides.js';
import { MAX_DEPTH } from '../schema/limits.js';
import { nestsDeeper } from './bounds.js';

export type { FieldPath, SlideAt, SlideSet, TimelineJSOptions } from './timelinejs-common.js';

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
  const eraIds = new Set<string>();
  const eras = set.eras.map((s, i) => convertEra(s, i, ctx, eraIds)).filter((x) => x !== null);

  const title = head.title || options.title || 'Untitled timeline';
  if (!head.title && !options.title)
    report(
      ctx,
      set.title ? set.title.at('text.headline') : (set.titlePath ?? 'title'),
      'info',
      `there is no title: the chronology is called '${title}'`,
    );
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
      ...(eras.length ? { eras } : {}),
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
    problems.push({
      path: 'options.id',
      message: `${quote(wanted)} is not a slug of lower-case letters, digits and -: the id is '${id}'`,
      severity: 'warning',
    });
  }
  return id;
}

/** `events[3]` + `.start_date.year`. */
const jsonPath =
  (base: string): FieldPath =>
  (field) =>
    field ? `${base}.${field}` : base;

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
    return fatal(
      `${prefix}date`,
      'this is TimelineJS 2 data (timeline.date[]): only TimelineJS 3 JSON (events[] with start_date objects) can be imported',
    );
  }
  const eventsKey = root.events === undefined && Array.isArray(root.slides) ? 'slides' : 'events';
  const events = root[eventsKey];
  if (!Array.isArray(events)) {
    return fatal(
      `${prefix}${eventsKey}`,
      events === undefined ? 'is missing: TimelineJS data needs an events array' : 'must be an array of events',
    );
  }
  const problems: ImportProblem[] = [];
  const known = ['title', 'events', 'slides', 'eras', 'scale'];
  for (const [key, value] of Object.entries(root)) {
    if (!known.includes(key) && !isBlank(value)) {
      problems.push({
        path: `${prefix}${key}`,
        message: `is not a TimelineJS field chronoline knows: ${quote(value)} is not kept`,
        severity: 'warning',
      });
    }
  }
  if (root.scale === 'cosmological') {
    problems.push({
      path: `${prefix}scale`,
      message: "'cosmological' timelines are not supported: events outside years 0–9999 are left out",
      severity: 'warning',
    });
  }
  let eras: unknown[] = [];
  if (Array.isArray(root.eras)) eras = root.eras;
  else if (!isBlank(root.eras))
    problems.push({ path: `${prefix}eras`, message: 'must be an array of eras: not kept', severity: 'warning' });

  // Slides nested deeper than MAX_DEPTH are left out (nothing real nests so; reading them could overflow the stack).
  const tooDeep = (slide: unknown, path: string, what: string, severity: 'error' | 'warning') => {
    if (!nestsDeeper(slide, MAX_DEPTH)) return false;
    problems.push({
      path,
      message: `nests objects and arrays more than ${MAX_DEPTH} levels deep, past the limit: the ${what} is ${severity === 'error' ? 'left out' : 'not kept'}`,
      severity,
    });
    return true;
  };
  const slides = (list: unknown[], key: string, what: string) =>
    list.flatMap((slide, i) =>
      tooDeep(slide, `${prefix}${key}[${i}]`, what, 'error') ? [] : [{ slide, at: jsonPath(`${prefix}${key}[${i}]`) }],
    );
  const eventSlides = slides(events, eventsKey, 'event');
  const titleSlide =
    root.title === undefined || tooDeep(root.title, `${prefix}title`, 'title slide', 'warning')
      ? undefined
      : { slide: root.title, at: jsonPath(`${prefix}title`) };
  const result = convertSlides({ title: titleSlide, events: eventSlides, eras: slides(eras, 'eras', 'era') }, options);
  // The events left out for their depth came in too.
  return { ...result, problems: [...problems, ...result.problems], eventsIn: result.chronology ? events.length : result.eventsIn };
}
