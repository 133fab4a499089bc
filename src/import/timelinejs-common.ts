/**
 * What the TimelineJS converters share: their options and context, slide
 * paths, reports, and the text of an HTML field with its links.
 */
import type { TimelineEventInput, TopicInput } from '../schema/chronology-schema.js';
import { checkUrl, hostOf, quote, type ImportProblem } from './common.js';
import { type HtmlToText } from './html-text.js';
import { MAX_TEXT_LENGTH } from '../schema/limits.js';
import { cutText } from './bounds.js';

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

export type Source = NonNullable<TimelineEventInput['sources']>[number];
export type MediaInput = NonNullable<TimelineEventInput['media']>;

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

export interface Ctx {
  zone: string;
  baseUrl?: string;
  html: HtmlToText;
  problems: ImportProblem[];
  eventIds: Set<string>;
  topicIds: Set<string>;
  topics: TopicInput[];
  topicByGroup: Map<string, string>;
}

export const report = (ctx: Ctx, path: string, severity: ImportProblem['severity'], message: string) =>
  void ctx.problems.push({ path, message, severity });

export const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

export const isBlank = (x: unknown) => x === undefined || x === null || (typeof x === 'string' && x.trim() === '');

/** Reports keys of `obj` that are neither mapped nor ignored on purpose. */
export function reportUnknownKeys(
  obj: Record<string, unknown>,
  known: readonly string[],
  at: (key: string) => string,
  ctx: Ctx,
  what: string,
) {
  for (const [key, value] of Object.entries(obj)) {
    if (known.includes(key) || isBlank(value)) continue;
    report(ctx, at(key), 'warning', `is not a ${what} field chronoline knows: ${quote(value)} is not kept`);
  }
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

/** Text from an HTML field, and the sources its links became. */
export interface Text {
  text: string;
  sources: Source[];
}

const NO_TEXT: Text = { text: '', sources: [] };

/**
 * Plain text of a TimelineJS HTML field. Its http(s) links become sources;
 * other links and non-text elements (images, scripts) are reported.
 */
export function readText(value: unknown, path: string, ctx: Ctx): Text {
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
  let text = html.text;
  if (text.length > MAX_TEXT_LENGTH) {
    report(ctx, path, 'warning', `is longer than ${MAX_TEXT_LENGTH} characters (LIMITS.textLength): cut to that length`);
    text = cutText(text);
  }
  return { text, sources };
}

/** Sources without repeats (the same URL once, first wins). */
export function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && !!seen.add(s.url));
}
