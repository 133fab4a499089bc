/**
 * schema.org JSON-LD for a chronology, for search engines and link
 * previews: an `ItemList` of `ListItem`s, each holding an `Event`.
 *
 * | chronoline                 | schema.org                                                        |
 * | -------------------------- | ----------------------------------------------------------------- |
 * | chronology title, description, language | `ItemList` `name`, `description`, `inLanguage` |
 * | updatedAt (the chronology's, its events', dated corrections) | `ItemList` `dateModified`: the latest of them |
 * | event title / summary      | `Event` `name` / `description`                                    |
 * | start / end                | `startDate` / `endDate` as written: dates stay dates, date-times keep their offset |
 * | location                   | `location`: `Place` with `address` (`PostalAddress`) and `geo` (`GeoCoordinates`) |
 * | topics                     | `about`: `DefinedTerm` (`name`, `termCode` = the topic id)        |
 * | actors                     | `Person`, `Organization`, or `Country` (states), as `organizer` when their role says host, organiser, chair or convener; in `about` when it says target, subject, killed, victim or addressee; else `performer` |
 * | sources                    | `subjectOf`: `CreativeWork` with `url`, `name`, `publisher`, `datePublished` |
 * | media (an image)           | `image`: `ImageObject` (caption, else alt; credit)                |
 * | corrections                | `subjectOf`: `CorrectionComment` with `text` and `datePublished`  |
 *
 * Not mapped: `status`, `disputes` and `statements` (schema.org's
 * `eventStatus` means scheduled or cancelled, and a paraphrase is not a
 * `Quotation`).
 *
 * Sources go in `subjectOf` ("a CreativeWork about this thing"), not in
 * `url` or `sameAs`, which would claim the report *is* the event. An event's
 * `url` and `@id` are the page's own anchor for it when `options.url` (or
 * `options.eventUrl`) is given.
 */
import { parseChronology, type Chronology, type TimelineEvent } from '../schema/parse.js';
import type { Actor, ActorRef, ChronologyData, LocalizedText } from '../schema/chronology-schema.js';
import { pickText } from '../schema/text.js';
import { mediaKind } from '../schema/media-kind.js';
import { parseTimeValue } from '../time/dates.js';

/** A JSON-LD node. */
export type JsonLd = { [key: string]: unknown };

/** Where an actor goes in an `Event`. `null` leaves it out. */
export type ActorProperty = 'performer' | 'organizer' | 'attendee' | 'about' | null;

/** Options of `chronologyJsonLd`. */
export interface JsonLdOptions {
  /** Language to pick from localized text. Default: the chronology's `language`, else `en`. */
  lang?: string;
  /** The URL of the page showing the chronology: the list's `@id`, and `url#event-id` for each event. */
  url?: string;
  /** An event's own URL (overrides the one made from `url`); return undefined for none. */
  eventUrl?: (event: TimelineEvent) => string | undefined;
  /** Where an actor goes (default: by its role; see the table at the top of this module). */
  actorProperty?: (actor: Actor, ref: ActorRef, event: TimelineEvent) => ActorProperty;
}

const ORGANIZER = /\b(host|organi[sz]er|chair|conven(er|or|ing))/i;
const SUBJECT = /\b(target|subject|killed|victim|addressee)/i;

/** The default `actorProperty`: by the actor's role in the event. */
export function defaultActorProperty(_actor: Actor, ref: ActorRef): ActorProperty {
  const role = pickText(ref.role);
  if (ORGANIZER.test(role)) return 'organizer';
  if (SUBJECT.test(role)) return 'about';
  return 'performer';
}

const TYPE_OF_KIND: Record<Actor['kind'], string> = { person: 'Person', organization: 'Organization', state: 'Country' };

/** Drops keys whose value is undefined, an empty string or an empty array. */
function compact(node: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/** One value, or an array when there are several (how JSON-LD is usually written). */
const oneOrMany = (items: JsonLd[]) => (items.length === 1 ? items[0] : items.length ? items : undefined);

function actorNode(actor: Actor, text: (t: LocalizedText | undefined) => string, pageUrl?: string): JsonLd {
  const type = TYPE_OF_KIND[actor.kind];
  const alternate = [actor.shortName ? text(actor.shortName) : '', actor.nativeName?.text ?? ''].filter(Boolean);
  return compact({
    '@type': type,
    '@id': pageUrl ? `${pageUrl}#actor-${actor.id}` : undefined,
    name: text(actor.name),
    alternateName: alternate.length > 1 ? alternate : alternate[0],
    // The role (`Foreign Minister of Iran`) is a job title for people; the long
    // description is left out, as the node repeats in every event the actor is in.
    jobTitle: type === 'Person' ? text(actor.role) : undefined,
    description: type !== 'Person' ? text(actor.role) : undefined,
    nationality: type === 'Person' && actor.country ? { '@type': 'Country', name: actor.country } : undefined,
    image: actor.image
      ? compact({ '@type': 'ImageObject', url: actor.image.url, caption: text(actor.image.alt), creditText: actor.image.credit })
      : undefined,
  });
}

function eventNode(e: TimelineEvent, c: Chronology, options: JsonLdOptions, text: (t: LocalizedText | undefined) => string): JsonLd {
  const own = options.eventUrl ? options.eventUrl(e) : options.url ? `${options.url}#${e.id}` : undefined;
  const where = options.actorProperty ?? defaultActorProperty;
  const byProperty: Record<'performer' | 'organizer' | 'attendee' | 'about', JsonLd[]> = {
    performer: [],
    organizer: [],
    attendee: [],
    about: [],
  };
  for (const ref of e.actors) {
    const actor = c.actorsById.get(ref.id);
    const property = actor ? where(actor, ref, e) : null;
    if (actor && property) byProperty[property].push(actorNode(actor, text, options.url));
  }
  const topics = e.topics.flatMap((id) => {
    const t = c.topicsById.get(id);
    return t ? [compact({ '@type': 'DefinedTerm', name: text(t.label), termCode: t.id, description: text(t.description) })] : [];
  });
  const loc = e.location;
  return compact({
    '@type': 'Event',
    '@id': own,
    url: own,
    name: text(e.title),
    description: text(e.summary),
    startDate: e.start.iso,
    endDate: e.end?.iso,
    location: loc
      ? compact({
          '@type': 'Place',
          name: text(loc.name),
          address:
            loc.city || loc.country
              ? compact({ '@type': 'PostalAddress', addressLocality: loc.city, addressCountry: loc.country })
              : undefined,
          geo:
            loc.lat !== undefined && loc.lon !== undefined
              ? { '@type': 'GeoCoordinates', latitude: loc.lat, longitude: loc.lon }
              : undefined,
        })
      : undefined,
    about: oneOrMany([...topics, ...byProperty.about]),
    organizer: oneOrMany(byProperty.organizer),
    performer: oneOrMany(byProperty.performer),
    attendee: oneOrMany(byProperty.attendee),
    subjectOf: oneOrMany([
      ...e.sources.map((s) =>
        compact({
          '@type': 'CreativeWork',
          url: s.url,
          name: text(s.title),
          publisher: { '@type': 'Organization', name: s.publisher },
          datePublished: s.date?.replace(/~$/, ''),
        }),
      ),
      ...e.corrections.map((k) => compact({ '@type': 'CorrectionComment', text: text(k.text), datePublished: k.date?.replace(/~$/, '') })),
    ]),
    // Only an image is the event's `image` (a video, map or post link is not).
    image:
      e.media && mediaKind(e.media) === 'image'
        ? compact({
            '@type': 'ImageObject',
            url: e.media.url,
            caption: text(e.media.caption ?? e.media.alt),
            description: e.media.caption && e.media.alt ? text(e.media.alt) : undefined,
            creditText: e.media.credit,
          })
        : undefined,
  });
}

/** The latest of the chronology's, its events' and its dated corrections' times, as written (without `~`). */
function lastModified(c: Chronology): string | undefined {
  let best: string | undefined;
  let at = -Infinity;
  const consider = (value: string | undefined) => {
    const t = value === undefined ? undefined : parseTimeValue(value);
    if (t && typeof t !== 'string' && t.instant > at) [best, at] = [value, t.instant];
  };
  consider(c.updatedAt);
  for (const e of c.events) {
    consider(e.updatedAt);
    for (const k of e.corrections) consider(k.date);
  }
  return best?.replace(/~$/, '');
}

/** True for a chronology `parseChronology` has already normalized. */
const isNormalized = (c: Chronology | ChronologyData): c is Chronology => (c as Chronology).actorsById instanceof Map;

/**
 * The schema.org JSON-LD of a chronology: an `ItemList` whose `ListItem`s
 * hold one `Event` each, in time order. Takes a chronology from
 * `parseChronology`, or raw input, which it validates first (invalid events
 * are left out, as the components leave them out).
 *
 * @example
 * const ld = chronologyJsonLd(chronology, { url: 'https://example.com/june-2025' });
 * document.head.insertAdjacentHTML('beforeend', jsonLdScript(ld));
 */
export function chronologyJsonLd(chronology: Chronology | ChronologyData, options: JsonLdOptions = {}): JsonLd {
  const c = isNormalized(chronology) ? chronology : parseChronology(chronology).chronology;
  const lang = options.lang ?? c?.language ?? 'en';
  const text = (t: LocalizedText | undefined) => pickText(t, lang);
  const events = c?.events ?? [];
  const list = compact({
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': options.url,
    url: options.url,
    name: c ? text(c.title) : undefined,
    description: c ? text(c.description) : undefined,
    inLanguage: options.lang ?? c?.language,
    dateModified: c ? lastModified(c) : undefined,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: events.length,
  });
  // Kept when empty: an empty list is still a list.
  list.itemListElement = events.map((e, i) => ({ '@type': 'ListItem', position: i + 1, item: eventNode(e, c!, options, text) }));
  return list;
}

/**
 * JSON text safe to put inside a `<script>` element: `<`, `>` and `&` are
 * written as `\u003c`, `\u003e`, `\u0026` (so no `</script>` or `<!--` can
 * appear), and U+2028/U+2029 as escapes too. It is still the same JSON.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A `<script type="application/ld+json">` element as HTML text, for
 * server-side rendering or `insertAdjacentHTML`. Its content is
 * `jsonLdText(value)`, which cannot end the script early.
 */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${jsonLdText(value)}</script>`;
}
