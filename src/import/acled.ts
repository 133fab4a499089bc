/**
 * A preset for ACLED's event CSV (the Armed Conflict Location & Event Data
 * export): its columns mapped to chronoline's schema, one event per row.
 *
 * | ACLED column | chronoline |
 * | --- | --- |
 * | `event_id_cnty` (`IRN1234`) | `id` (`irn1234`) |
 * | `event_date` (`2025-06-13`, or `13 June 2025`) and `time_precision` | `start`: 1 → the day; 2 → the day, `approximate` (ACLED: within the week); 3 → the month, `approximate` |
 * | `sub_event_type`, `location` | `title`: "Air/drone strike in Tehran" |
 * | `notes`, `source`, `fatalities` | `summary`: the notes, then "Sources: …" and "Fatalities reported: N" |
 * | `location`, `admin1`, `country`, `latitude`, `longitude` | `location` (`name` "Tehran, Tehran", `city`, `country`, `lat`, `lon`) |
 * | `actor1`, `actor2` | `actors` (ids are slugs of the names; the names become actors: kind `state` for "Military/Police Forces of …" and "Government of …", else `organization`) |
 * | `event_type`, `disorder_type` | `topics` (ids are slugs; labels as ACLED writes them) |
 * | `timestamp` (Unix seconds of ACLED's last edit) | `updatedAt` |
 * | `year` | checked against `event_date` |
 *
 * ACLED's `source` names publishers without links, and the schema's
 * sources need a URL, so each event cites ACLED itself (`options.sourceUrl`,
 * default `https://acleddata.com/`) with the row's id as title, and the
 * publishers are named in the summary. ACLED's terms ask users to credit
 * it: keep that source.
 *
 * Other columns of the full export (`iso`, `region`, `admin2`, `inter1`,
 * `civilian_targeting`, `tags`, …) are not mapped and are listed once, as
 * an `info` problem. A row without a usable id, date or location is an
 * `error` (left out); a bad coordinate or timestamp, a `warning`.
 */
import { csvParse } from 'd3-dsv';
import type { ActorInput, TimelineEventInput, TopicInput } from '../schema/chronology-schema.js';
import { daysInMonth } from '../time/dates.js';
import { fatal, quote, slugify, uniqueId, type ImportProblem, type ImportResult } from './common.js';

/** Options of `fromACLED`. */
export interface AcledOptions {
  /** The chronology's id and title. Default: `acled-import`, "ACLED events". */
  id?: string;
  title?: string;
  /** The URL each event cites for ACLED. Default `https://acleddata.com/`. */
  sourceUrl?: string;
}

/** The columns the preset maps. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'source',
  'notes',
  'fatalities',
  'timestamp',
] as const;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `2025-06-13`, `13 June 2025`, `13-June-2025`, `13 Jun 2025` → [year, month, day], or null. */
export function acledDate(text: string): [number, number, number] | null {
  const s = text.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const words = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(s);
  if (iso) [y, m, d] = [+iso[1]!, +iso[2]!, +iso[3]!];
  else if (words) {
    const month = words[2]!.toLowerCase();
    const i = MONTHS.findIndex((name) => name === month || (month.length >= 3 && name.startsWith(month)));
    if (i < 0) return null;
    [y, m, d] = [+words[3]!, i + 1, +words[1]!];
  } else return null;
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? [y, m, d] : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const STATE_ACTOR = /^(Military Forces of|Police Forces of|Government of)\b/i;

/**
 * Converts ACLED's event CSV (the columns above, as exported by ACLED's
 * data portal or API) to chronology input for `parseChronology`. Never
 * throws. Rows are numbered as in a spreadsheet (the header is row 1).
 *
 * @example
 * const { chronology, problems } = fromACLED(await file.text());
 */
export function fromACLED(text: string, options: AcledOptions = {}): ImportResult {
  if (typeof text !== 'string') return fatal('$', `CSV must be text, not ${quote(text)}`);
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const columns = rows.columns.map((c) => c.trim());
  const missing = ['event_id_cnty', 'event_date', 'location'].filter((c) => !columns.includes(c));
  if (missing.length)
    return fatal(
      'row 1',
      `the columns ${missing.join(', ')} are missing: this is not ACLED's event export (columns: ${columns
        .slice(0, 8)
        .map((c) => quote(c, 20))
        .join(', ')}…)`,
    );
  const problems: ImportProblem[] = [];
  const extra = columns.filter((c) => c && !(ACLED_COLUMNS as readonly string[]).includes(c));
  if (extra.length) problems.push({ path: 'row 1', message: `columns not mapped (kept out): ${extra.join(', ')}`, severity: 'info' });

  const sourceUrl = options.sourceUrl ?? 'https://acleddata.com/';
  const events: TimelineEventInput[] = [];
  const actors = new Map<string, ActorInput>();
  const topics = new Map<string, TopicInput>();
  const ids = new Set<string>();
  let eventsIn = 0;
  rows.forEach((raw, i) => {
    const n = i + 2;
    const cell = (c: string) => (raw[c] ?? '').trim();
    if (Object.values(raw).every((v) => !v?.trim())) return;
    eventsIn++;
    const at = (c?: string) => (c ? `row ${n}, column ${c}` : `row ${n}`);
    const leftOut = (c: string, why: string) =>
      void problems.push({ path: at(c), message: `${why}: the row is left out`, severity: 'error' });

    const rawId = cell('event_id_cnty');
    const base = slugify(rawId);
    if (!base) return leftOut('event_id_cnty', rawId ? `${quote(rawId)} cannot be made an id` : 'is empty');
    const id = uniqueId(base, ids);
    if (id !== base)
      problems.push({
        path: at('event_id_cnty'),
        message: `${quote(rawId)} repeats an earlier row: the id is '${id}'`,
        severity: 'warning',
      });
    const date = acledDate(cell('event_date'));
    if (!date) return leftOut('event_date', `${quote(cell('event_date'))} is not a date (2025-06-13 or 13 June 2025)`);
    const [y, m, d] = date;
    if (cell('year') && +cell('year') !== y)
      problems.push({
        path: at('year'),
        message: `${quote(cell('year'))} is not the year of event_date (${y}): event_date is used`,
        severity: 'warning',
      });
    const location = cell('location');
    if (!location) return leftOut('location', 'is empty');

    const precision = cell('time_precision');
    const event: TimelineEventInput = {
      id,
      title: `${cell('sub_event_type') || cell('event_type') || 'Event'} in ${location}`,
      start: `${pad(y, 4)}-${pad(m)}-${pad(d)}`,
    };
    if (precision === '2') event.approximate = true;
    else if (precision === '3') Object.assign(event, { start: `${pad(y, 4)}-${pad(m)}`, approximate: true });
    else if (precision && precision !== '1')
      problems.push({
        path: at('time_precision'),
        message: `${quote(precision)} is not 1, 2 or 3: the day is taken as exact`,
        severity: 'warning',
      });

    const summary = [cell('notes')];
    if (cell('source')) summary.push(`Sources: ${cell('source')}.`);
    const fatalities = cell('fatalities');
    if (fatalities && /^\d+$/.test(fatalities)) summary.push(`Fatalities reported: ${fatalities}.`);
    else if (fatalities)
      problems.push({ path: at('fatalities'), message: `${quote(fatalities)} is not a whole number: not kept`, severity: 'warning' });
    const summaryText = summary.filter(Boolean).join(' ');
    if (summaryText) event.summary = summaryText;

    const admin1 = cell('admin1');
    const country = cell('country');
    const loc: NonNullable<TimelineEventInput['location']> = {
      name: admin1 && admin1 !== location ? `${location}, ${admin1}` : location,
      city: location,
    };
    if (country) loc.country = country;
    const lat = Number(cell('latitude'));
    const lon = Number(cell('longitude'));
    if (
      cell('latitude') &&
      cell('longitude') &&
      Number.isFinite(lat) &&
      Number.isFinite(lon) &&
      Math.abs(lat) <= 90 &&
      Math.abs(lon) <= 180
    )
      Object.assign(loc, { lat, lon });
    else if (cell('latitude') || cell('longitude'))
      problems.push({
        path: at('latitude'),
        message: `${quote(`${cell('latitude')}, ${cell('longitude')}`)} is not a latitude and longitude: not kept`,
        severity: 'warning',
      });
    event.location = loc;

    const refs: NonNullable<TimelineEventInput['actors']> = [];
    for (const c of ['actor1', 'actor2']) {
      const name = cell(c);
      const actorId = slugify(name);
      if (!name || !actorId || refs.some((r) => r.id === actorId)) continue;
      if (!actors.has(actorId)) actors.set(actorId, { id: actorId, name, kind: STATE_ACTOR.test(name) ? 'state' : 'organization' });
      refs.push({ id: actorId });
    }
    if (refs.length) event.actors = refs;
    const topicIds: string[] = [];
    for (const c of ['event_type', 'disorder_type']) {
      const label = cell(c);
      const topicId = slugify(label);
      if (!topicId || topicIds.includes(topicId)) continue;
      if (!topics.has(topicId)) topics.set(topicId, { id: topicId, label });
      topicIds.push(topicId);
    }
    if (topicIds.length) event.topics = topicIds;
    event.sources = [{ publisher: 'ACLED', title: rawId, url: sourceUrl }];

    const ts = cell('timestamp');
    if (ts && /^\d{9,11}$/.test(ts)) event.updatedAt = new Date(+ts * 1000).toISOString().replace('.000Z', 'Z');
    else if (ts)
      problems.push({ path: at('timestamp'), message: `${quote(ts)} is not a Unix time in seconds: not kept`, severity: 'warning' });
    events.push(event);
  });
  const title = options.title ?? 'ACLED events';
  const id = slugify(options.id ?? '') || 'acled-import';
  return {
    chronology: { schemaVersion: 1, id, title, timeZone: 'UTC', events, actors: [...actors.values()], topics: [...topics.values()] },
    problems,
    eventsIn,
  };
}
