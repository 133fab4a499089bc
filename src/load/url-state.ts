/**
 * A timeline's view in the page URL's fragment, as pure string functions
 * (no `location`, no `history`): the component reads `location.hash`, calls
 * these, and writes the result.
 *
 * ## Format
 *
 * The fragment is `&`-separated `name=value` pairs, values percent-encoded:
 *
 * ```
 * #event=putin-araghchi-kremlin-meeting&from=2025-06-20&to=2025-06-25T12:00Z&zone=Asia/Tehran&topics=diplomacy,nuclear&status=confirmed&group=topic&q=moscow
 * ```
 *
 * - `event`: the selected event's id.
 * - `from`, `to`: the visible time range, ISO 8601 in UTC (`2025-06-25T12:00Z`;
 *   a date alone is UTC midnight). Both or neither, `from` before `to`.
 * - `zone`: the display zone (`Asia/Tehran`, `UTC`, `local`, `event`).
 * - `topics`, `status`: filters, ids separated by `,`.
 * - `group`: lanes by `actor`, `topic` or `none`.
 * - `q`: the search text (`+` reads as a space).
 *
 * **Two timelines on one page** keep their state apart by prefixing the
 * names with the element's id and a dot: `#june.event=a&june.q=iran&july.event=b`.
 * The id is percent-encoded and may itself contain dots (the name after the
 * last dot is the field). A timeline without an id uses the bare names.
 *
 * **Existing links keep working**: the bare names are what a timeline reads
 * when the fragment has no names with its own prefix, so `#event=<id>` (the
 * deep link of `link-selection`) still opens the event in a timeline that
 * has an id. Once a timeline writes its prefixed state, that state wins.
 *
 * Reading never throws: a pair that is not percent-encoding (`#event=%`), a
 * bad date, an unknown zone or grouping, or an id that is not a slug is
 * ignored, field by field. Parts of the fragment that are not ours (an
 * anchor such as `#section-2`, another library's pairs) are kept as they are
 * when writing.
 */
import { parseTimeValue, utc } from '../time/dates.js';
import { isTimeZone } from '../time/zone.js';

/**
 * The schema's id pattern (`ID_PATTERN` in schema/chronology-schema.ts,
 * checked equal by the unit test), written here so that the component's
 * bundle does not take the schema module's definitions along with it.
 */
export const URL_ID_PATTERN = /^[a-z0-9][a-z0-9-_.]*$/;

/** Groupings a URL may name (the component's `group-by`). */
const GROUPS = ['actor', 'topic', 'none'] as const;

/** A timeline's view as the URL keeps it. Every field optional: absent means the timeline's default. */
export interface UrlState {
  /** The selected event's id. */
  event?: string;
  /** The visible range's start, UTC milliseconds (with `to`). */
  from?: number;
  /** The visible range's end, UTC milliseconds (with `from`). */
  to?: number;
  /** Display zone: an IANA name, `UTC`, `local` or `event`. */
  zone?: string;
  /** Topic ids of the topic filter. */
  topics?: string[];
  /** Statuses of the status filter (`confirmed`, `reported`, …). */
  status?: string[];
  /** Lanes: by `actor`, `topic` or `none`. */
  group?: (typeof GROUPS)[number];
  /** The search text. */
  q?: string;
}

/** The fields, in the order they are written. */
export const URL_STATE_FIELDS = ['event', 'from', 'to', 'zone', 'topics', 'status', 'group', 'q'] as const;
type Field = (typeof URL_STATE_FIELDS)[number];
const isField = (s: string): s is Field => (URL_STATE_FIELDS as readonly string[]).includes(s);

/** Instants the URL can carry: years 0000–9999 (what ISO 8601's four digits write). */
const MIN_TIME = utc(0);
const MAX_TIME = utc(10000) - 1;

/** `decodeURIComponent` with `+` as a space, or undefined for malformed encoding. */
function decode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Percent-encodes a value; keeps `,`, `:` and `/` readable (they mean nothing in a fragment pair). */
const encode = (s: string) => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');

/** `2025-06-25T12:00Z`: an instant as the shortest ISO 8601 UTC text that names it exactly. */
export function formatUrlTime(t: number): string {
  const iso = new Date(t).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.replace(/(:00)?\.000Z$/, 'Z');
}

/** An instant from a URL value (any ISO 8601 value the schema takes; a date is UTC midnight), or undefined. */
export function parseUrlTime(s: string): number | undefined {
  const p = parseTimeValue(s);
  return typeof p === 'string' || p.approximate ? undefined : p.instant;
}

/** One fragment pair, split: its prefix (element id, or null for a bare name), field and raw value. */
interface Pair {
  raw: string;
  key: string | null;
  field: Field | null;
  value: string;
}

function pairs(hash: string): Pair[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body) return [];
  return body.split('&').map((raw) => {
    const eq = raw.indexOf('=');
    const name = eq < 0 ? raw : raw.slice(0, eq);
    const value = eq < 0 ? '' : raw.slice(eq + 1);
    const dot = name.lastIndexOf('.');
    const fieldName = dot < 0 ? name : name.slice(dot + 1);
    if (eq < 0 || !isField(fieldName)) return { raw, key: null, field: null, value };
    if (dot < 0) return { raw, key: null, field: fieldName, value };
    const key = decode(name.slice(0, dot));
    return key ? { raw, key, field: fieldName, value } : { raw, key: null, field: null, value };
  });
}

const ids = (s: string) => {
  const list = s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => URL_ID_PATTERN.test(x));
  return [...new Set(list)];
};

/** Reads one field's value into `state`, or leaves it out when it does not make sense. */
function readField(state: UrlState, field: Field, raw: string): void {
  const value = decode(raw);
  if (value === undefined) return;
  switch (field) {
    case 'event':
      if (value) state.event = value;
      return;
    case 'from':
    case 'to': {
      const t = parseUrlTime(value.trim());
      if (t !== undefined) state[field] = t;
      return;
    }
    case 'zone':
      if (value === 'local' || value === 'event' || isTimeZone(value)) state.zone = value;
      return;
    case 'topics':
    case 'status': {
      const list = ids(value);
      if (list.length) state[field] = list;
      return;
    }
    case 'group':
      if ((GROUPS as readonly string[]).includes(value)) state.group = value as UrlState['group'];
      return;
    case 'q':
      if (value.trim()) state.q = value;
  }
}

/**
 * The state of the timeline with element id `key` (none: bare names) in a
 * URL fragment (`location.hash`, with or without its `#`). Never throws;
 * what cannot be read is left out (see the top of this module).
 *
 * @example
 * decodeUrlState('#event=kremlin-meeting', 'june'); // { event: 'kremlin-meeting' } (bare names: an old link)
 * decodeUrlState('#june.q=iran&july.q=oil', 'july'); // { q: 'oil' }
 */
export function decodeUrlState(hash: string, key?: string): UrlState {
  const all = typeof hash === 'string' ? pairs(hash) : [];
  const own = key ? all.filter((p) => p.field && p.key === key) : [];
  const chosen = own.length ? own : all.filter((p) => p.field && p.key === null);
  const state: UrlState = {};
  for (const p of chosen) readField(state, p.field!, p.value);
  if (state.from === undefined || state.to === undefined || !(state.from < state.to)) {
    delete state.from;
    delete state.to;
  }
  return state;
}

/** The pairs that write `state` (for element id `key`), in field order. */
function statePairs(state: UrlState, key?: string): string[] {
  const prefix = key ? `${encodeURIComponent(key)}.` : '';
  const out: string[] = [];
  const put = (field: Field, value: string | undefined) => value && out.push(`${prefix}${field}=${encode(value)}`);
  put('event', state.event);
  const range =
    state.from !== undefined && state.to !== undefined && state.from < state.to && state.from >= MIN_TIME && state.to <= MAX_TIME;
  if (range) {
    put('from', formatUrlTime(state.from!));
    put('to', formatUrlTime(state.to!));
  }
  put('zone', state.zone);
  put('topics', state.topics?.join(','));
  put('status', state.status?.join(','));
  put('group', state.group);
  put('q', state.q);
  return out;
}

/**
 * The fragment (with its `#`, or `''` when nothing is left) that keeps
 * `hash`'s other contents and writes `state` for the timeline with element
 * id `key`: that timeline's earlier pairs are replaced; other timelines'
 * pairs, bare pairs read by other timelines, and anything that is not ours
 * stay. A timeline without `key` replaces the bare pairs.
 *
 * Values are written as `decodeUrlState` reads them back: empty fields,
 * a range that is not `from < to` within years 0–9999, are left out.
 *
 * @example
 * encodeUrlState('#section-2', { event: 'a', q: 'iran' }, 'june'); // '#section-2&june.event=a&june.q=iran'
 */
export function encodeUrlState(hash: string, state: UrlState, key?: string): string {
  const kept = pairs(typeof hash === 'string' ? hash : '')
    .filter((p) => !(p.field && p.key === (key || null)))
    .map((p) => p.raw)
    .filter(Boolean);
  const body = [...kept, ...statePairs(state, key)].join('&');
  return body ? `#${body}` : '';
}

/**
 * How the component should record a change of state in the browser's
 * history, so that Back and Forward step between states the reader chose,
 * not between the frames of a pan:
 *
 * - `push`: the selection, a filter, the grouping, the zone or the search
 *   changed (a new entry);
 * - `replace`: only the visible range changed (zoom and pan update the
 *   current entry);
 * - `none`: nothing the URL keeps changed.
 *
 * (Typing in the search box is many changes: the component should push
 * once the reader pauses or presses Enter, and replace in between.)
 */
export function historyMode(before: UrlState, after: UrlState): 'push' | 'replace' | 'none' {
  const a = statePairs(before);
  const b = statePairs(after);
  const without = (list: string[]) => list.filter((p) => !/^(from|to)=/.test(p)).join('&');
  if (without(a) !== without(b)) return 'push';
  return a.join('&') === b.join('&') ? 'none' : 'replace';
}
