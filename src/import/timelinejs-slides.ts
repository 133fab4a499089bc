/** One TimelineJS slide → an event; the title slide → the chronology's title; an era → an era (a band). */
import type { EraInput, TimelineEventInput } from '../schema/chronology-schema.js';
import type { TimePoint } from '../time/dates.js';
import { periodEnd } from '../schema/result.js';
import { isId, quote, slugify, uniqueId } from './common.js';
import {
  isBlank,
  isObject,
  readText,
  report,
  reportUnknownKeys,
  uniqueSources,
  type Ctx,
  type FieldPath,
  type SlideAt,
} from './timelinejs-common.js';
import { readDate, readDisplayDate } from './timelinejs-dates.js';
import { groupTopic, readMedia, reportBackground } from './timelinejs-media.js';

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
export function convertSlide({ slide, at }: SlideAt, index: number, ctx: Ctx): { event: TimelineEventInput; start: TimePoint } | null {
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
export function convertTitleSlide({ slide, at }: SlideAt, ctx: Ctx): { title?: string; description?: string } {
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

/** An era → one of the chronology's `eras`: a band behind the lanes (ids unique among `ids`). */
export function convertEra({ slide, at }: SlideAt, index: number, ctx: Ctx, ids: Set<string>): EraInput | null {
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
  const label = headline || `Era ${start.date.value} – ${end.date.value}`;
  const slug = slugify(headline);
  const id = uniqueId(/^era(-|$)/.test(slug) ? slug : `era-${slug || index + 1}`, ids);
  return { id, label, start: start.date.value, end: end.date.value, ...(body ? { description: body } : {}) };
}
