/**
 * The chronology schema, version 1: one valibot definition from which the
 * TypeScript types, the runtime validator and the published JSON Schema
 * (`dist/chronology.schema.json`) all come.
 */
import * as v from 'valibot';
import { isTimeZone } from '../time/zone.js';
import { PRECISIONS, TIME_VALUE_PATTERN } from '../time/dates.js';
import { parseAnnotatedTime } from '../time/rfc9557.js';

import { ACTOR_KINDS, HTTP_URL, ID_PATTERN, STATUSES } from './patterns.js';

/** What an event's media is: an image is shown, the rest are link cards. */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'map', 'post', 'link'] as const;

export { ACTOR_KINDS, ID_PATTERN, SIMPLE_HTTP_URL, STATUSES, isHttpUrl } from './patterns.js';

const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be a slug of lower-case letters, digits, "-", "_" or "."'),
  v.description('A stable slug (lower-case letters, digits, "-", "_", ".").'),
);

/** A plain string, or a map from BCP 47 language tag to string. */
export const LocalizedTextSchema = v.union(
  [
    v.pipe(v.string(), v.minLength(1, 'must not be empty')),
    v.pipe(
      v.record(v.string(), v.pipe(v.string(), v.minLength(1, 'must not be empty'))),
      v.check((o) => Object.keys(o).length > 0, 'must have at least one language'),
    ),
  ],
  'must be a non-empty string or an object of language → string',
);

/** The sentence `parseTimeValue` gives for a bad value, as a valibot message; it reads a value with space around it, which the schema does not take. */
const whyNotTime = (issue: { input: unknown }) => {
  const t = parseAnnotatedTime(issue.input);
  return typeof t === 'string' ? t : 'has space around the date';
};

/** `TIME_VALUE_PATTERN` with RFC 9557 annotations allowed after the value: a zone (`[America/New_York]`), then `[key=value]` tags. */
export const ANNOTATED_TIME_PATTERN = `${TIME_VALUE_PATTERN.slice(0, -1)}(\\[!?[^\\[\\]]+\\])*~?$`;

const TimeValue = v.pipe(
  v.string('must be a date string'),
  v.regex(new RegExp(ANNOTATED_TIME_PATTERN), whyNotTime),
  v.check((s) => typeof parseAnnotatedTime(s) !== 'string', whyNotTime),
  v.description(
    "ISO 8601 date (2025-06-23, 2025-06, 2025) or date-time with a UTC offset (2025-06-22T02:10:00+03:30); a trailing ~ marks it approximate. An RFC 9557 zone may follow a start or end (2025-06-21T19:50-04:00[America/New_York]): it is the event's time zone unless `timeZone` names one.",
  ),
);

const HttpUrl = v.pipe(
  v.string('must be a URL string'),
  v.regex(HTTP_URL, 'must be an http(s) URL'),
  v.description('An absolute http: or https: URL.'),
);

const TimeZone = v.pipe(
  v.string(),
  v.check(isTimeZone, 'is not an IANA time zone'),
  v.description('An IANA time zone name such as Asia/Tehran, or UTC.'),
);

export const SourceSchema = v.object({
  publisher: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  title: v.optional(LocalizedTextSchema),
  url: HttpUrl,
  date: v.optional(TimeValue),
});

export const ActorRefSchema = v.object({
  id: Id,
  role: v.optional(LocalizedTextSchema),
});

export const LocationSchema = v.object({
  name: LocalizedTextSchema,
  city: v.optional(v.string()),
  country: v.optional(v.string()),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
});

export const MediaSchema = v.object({
  url: HttpUrl,
  alt: LocalizedTextSchema,
  credit: v.optional(v.string()),
});

/**
 * An event's media: an image (shown with its `alt`, `credit` and `caption`)
 * or a link to a video, audio, map or post (shown as a link card, never
 * embedded). `kind` is read from the URL when absent (see media-kind.ts); an
 * image without `alt` is kept and reported as a warning.
 */
export const EventMediaSchema = v.object({
  url: HttpUrl,
  alt: v.optional(LocalizedTextSchema),
  credit: v.optional(v.string()),
  caption: v.optional(LocalizedTextSchema),
  kind: v.optional(v.picklist(MEDIA_KINDS, `must be one of ${MEDIA_KINDS.join(', ')}`)),
});

export const CorrectionSchema = v.object({
  date: v.optional(TimeValue),
  text: LocalizedTextSchema,
});

/** Conflicting reports about an event: what differs, and who reports what. */
export const DisputeSchema = v.object({
  text: LocalizedTextSchema,
  sources: v.optional(v.array(SourceSchema)),
});

/** What an actor said about an event, and where it was reported (a source, or only its URL). */
export const StatementSchema = v.object({
  actor: Id,
  text: LocalizedTextSchema,
  source: v.optional(v.union([HttpUrl, SourceSchema], 'must be a source ({publisher, url}) or an http(s) URL')),
});

export const EventSchema = v.object({
  id: Id,
  title: LocalizedTextSchema,
  summary: v.optional(LocalizedTextSchema),
  /** A short note drawn on the chart beside a thin rule across the lanes: for the moments the story turns on. */
  annotation: v.optional(LocalizedTextSchema),
  /** Required unless the event has only an `end` (known only as "until …"). */
  start: v.optional(TimeValue),
  end: v.optional(TimeValue),
  precision: v.optional(v.picklist(PRECISIONS, `must be one of ${PRECISIONS.join(', ')}`)),
  approximate: v.optional(v.boolean()),
  timeZone: v.optional(TimeZone),
  location: v.optional(LocationSchema),
  actors: v.optional(v.array(ActorRefSchema), []),
  topics: v.optional(v.array(Id), []),
  sources: v.optional(v.array(SourceSchema), []),
  media: v.optional(EventMediaSchema),
  importance: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
  status: v.optional(v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`)),
  /** Who claims it (status `claimed`) or denies it (`denied`): actor ids. */
  claimedBy: v.optional(v.array(Id)),
  disputes: v.optional(v.array(DisputeSchema)),
  statements: v.optional(v.array(StatementSchema)),
  updatedAt: v.optional(TimeValue),
  /** One correction (the older form; read as the first of `corrections`). */
  correction: v.optional(CorrectionSchema),
  corrections: v.optional(v.array(CorrectionSchema)),
});

export const ActorSchema = v.object({
  id: Id,
  name: LocalizedTextSchema,
  shortName: v.optional(LocalizedTextSchema),
  nativeName: v.optional(v.object({ lang: v.string(), text: v.string() })),
  kind: v.picklist(ACTOR_KINDS, `must be one of ${ACTOR_KINDS.join(', ')}`),
  role: v.optional(LocalizedTextSchema),
  country: v.optional(v.string()),
  description: v.optional(LocalizedTextSchema),
  image: v.optional(MediaSchema),
});

export const TopicSchema = v.object({
  id: Id,
  label: LocalizedTextSchema,
  color: v.optional(v.pipe(v.string(), v.hexColor('must be a hex colour such as #1f5fa8'))),
  description: v.optional(LocalizedTextSchema),
});

/** A period of context (an era) drawn as a quiet labelled band behind the lanes, and as a heading in the list. */
export const EraSchema = v.object({
  id: Id,
  label: LocalizedTextSchema,
  /** First day (or moment) of the period. */
  start: TimeValue,
  /** Last day (or moment) of the period, inclusive: `2025-06-24` runs to the end of that day. */
  end: TimeValue,
  color: v.optional(v.pipe(v.string(), v.hexColor('must be a hex colour such as #1f5fa8'))),
  description: v.optional(LocalizedTextSchema),
});

export const ChronologySchema = v.object({
  schemaVersion: v.literal(1, 'must be 1'),
  id: Id,
  title: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  /** A summary in words, shown instead of the one generated from the events. */
  summary: v.optional(LocalizedTextSchema),
  language: v.optional(v.string()),
  timeZone: v.optional(TimeZone),
  updatedAt: v.optional(TimeValue),
  events: v.array(EventSchema),
  actors: v.optional(v.array(ActorSchema), []),
  topics: v.optional(v.array(TopicSchema), []),
  /** Periods of context, drawn as bands behind the lanes (see `EraSchema`). */
  eras: v.optional(v.array(EraSchema)),
});

/** Text that may be localized: a string or `{ "en": …, "fa": … }`. */
export type LocalizedText = v.InferInput<typeof LocalizedTextSchema>;
/** One event as authors write it. */
export type TimelineEventInput = v.InferInput<typeof EventSchema>;
/** A person, state or organization as authors write it. */
export type ActorInput = v.InferInput<typeof ActorSchema>;
/** A topic as authors write it. */
export type TopicInput = v.InferInput<typeof TopicSchema>;
/** A period of context (era) as authors write it. */
export type EraInput = v.InferInput<typeof EraSchema>;
/** A whole chronology as authors write it (the JSON file). */
export type ChronologyInput = v.InferInput<typeof ChronologySchema>;

/**
 * `T` with every literal type widened to its primitive and arrays made
 * read-only: what TypeScript infers for the same data read from a JSON file.
 */
type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? readonly Widened<U>[]
        : T extends object
          ? { [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * A chronology as TypeScript types a JSON file imported with
 * `import june from './june.json' with { type: 'json' }`: the shape of
 * {@link ChronologyInput} with its literal types widened
 * (`"schemaVersion": 1` is a `number`, `"precision": "day"` a `string`), so
 * that a JSON import can be given to `data` as it is. The values are checked
 * when the data is read, like any input.
 */
export type ChronologyJson = Widened<ChronologyInput>;

/** What the components' `data` accepts: a chronology object (as written or as a JSON import types it) or its JSON text. */
export type ChronologyData = ChronologyInput | ChronologyJson | string;
export type Source = v.InferOutput<typeof SourceSchema>;
export type ActorRef = v.InferOutput<typeof ActorRefSchema>;
export type EventLocation = v.InferOutput<typeof LocationSchema>;
export type Media = v.InferOutput<typeof MediaSchema>;
/** An event's media (an image, or a link card's video, audio, map or post). */
export type EventMedia = v.InferOutput<typeof EventMediaSchema>;
/** `image`, `video`, `audio`, `map`, `post` or `link`. */
export type MediaKind = (typeof MEDIA_KINDS)[number];
export type Correction = v.InferOutput<typeof CorrectionSchema>;
/** `confirmed`, `reported`, `claimed`, `disputed` or `denied`. */
export type Status = (typeof STATUSES)[number];
/** A dispute as authors write it (`sources` may be left out). */
export type DisputeInput = v.InferInput<typeof DisputeSchema>;
/** A statement as authors write it (`source` may be a URL alone). */
export type StatementInput = v.InferInput<typeof StatementSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
