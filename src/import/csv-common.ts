/** What the two CSV layouts share: options, rows, paths, and reading the header row. */
import type { ActorInput, ActorKind, TopicInput } from '../schema/chronology-schema.js';
import { quote, type ImportProblem } from './common.js';
import type { TimelineJSOptions } from './timelinejs.js';

/** Options of `fromCSV`. */
export interface CsvOptions extends TimelineJSOptions {
  /** Actors the flat layout's `actors` column refers to. */
  actors?: ActorInput[];
  /** Topics the flat layout's `topics` column refers to. */
  topics?: TopicInput[];
  /** The kind given to actors that are not in `actors`. Default `organization`. */
  actorKind?: ActorKind;
}

/** The column layouts `fromCSV` reads. */
export type CsvLayout = 'timelinejs' | 'flat';

/** `End Year` → `end year`: how TimelineJS headers are compared. */
export const tlKey = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');
/** `Source URL` → `source_url`: how flat headers are compared. */
export const flatKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export const FLAT_ALIASES: Record<string, string> = {
  timezone: 'time_zone',
  zone: 'time_zone',
  location: 'place',
  longitude: 'lon',
  lng: 'lon',
  latitude: 'lat',
  source: 'source_url',
  sources: 'source_url',
  publisher: 'source_publisher',
};

/** The flat layout's columns, in the order `toCSV` writes them (localized ones go after their base column). */
export const FLAT_COLUMN_ORDER = [
  'id',
  'start',
  'end',
  'title',
  'summary',
  'precision',
  'approximate',
  'time_zone',
  'place',
  'city',
  'country',
  'lat',
  'lon',
  'actors',
  'topics',
  'source_url',
  'source_publisher',
  'source_title',
  'source_date',
  'media_url',
  'media_alt',
  'media_credit',
  'media_caption',
  'media_kind',
  'importance',
  'status',
  'claimed_by',
  'updated_at',
  'correction',
  'correction_date',
] as const;

export const FLAT_COLUMNS = new Set<string>(FLAT_COLUMN_ORDER);

/** `title_fa`, `summary_pt-br`: a localized text column and its language. */
export const LOCALIZED = /^(title|summary)_([a-z]{2,3}(?:[_-][a-z0-9]{2,8})*)$/;

export const flatName = (h: string) => {
  const k = flatKey(h);
  return FLAT_ALIASES[k] ?? k;
};
export const isFlatColumn = (name: string) => FLAT_COLUMNS.has(name) || LOCALIZED.test(name);

/**
 * Which layout a header row is in: `timelinejs` (has `Year` and
 * `Headline`), `flat` (has `start` and `title`), or null.
 */
export function csvLayout(headers: readonly string[]): CsvLayout | null {
  const tl = new Set(headers.map(tlKey));
  if (tl.has('year') && tl.has('headline')) return 'timelinejs';
  const flat = new Set(headers.map(flatName));
  if (flat.has('start') && (flat.has('title') || [...flat].some((h) => /^title_/.test(h)))) return 'flat';
  return null;
}

/** A data row: its spreadsheet number and cells. */
export interface Row {
  n: number;
  cells: string[];
}

export const isBlankRow = (cells: string[]) => cells.every((c) => c.trim() === '');

/** `row 4, column Year`, or `row 4` for the whole row. */
export const rowPath = (n: number, column?: string) => (column === undefined ? `row ${n}` : `row ${n}, column ${column}`);

/**
 * Reports what the header does not map: unknown or repeated columns (when
 * they hold any value), and cells past the last column. Returns, per
 * column index, the name it maps to (undefined when it is not kept).
 */
export function mapHeader(
  headers: string[],
  rows: Row[],
  name: (h: string) => string | undefined,
  problems: ImportProblem[],
  layout: string,
): (string | undefined)[] {
  const seen = new Set<string>();
  // Which columns hold a value in some row: one pass over the cells (not a pass over the rows per column).
  const filled = new Uint8Array(headers.length);
  for (const r of rows)
    for (let i = 0; i < headers.length && i < r.cells.length; i++) if (!filled[i] && r.cells[i]!.trim() !== '') filled[i] = 1;
  const hasValues = (i: number) => filled[i] === 1;
  const mapped = headers.map((h, i) => {
    const key = name(h);
    const path = rowPath(1, h.trim() || `${i + 1}`);
    if (key === undefined) {
      if (hasValues(i)) problems.push({ path, message: `is not a ${layout} column: its values are not kept`, severity: 'warning' });
      return undefined;
    }
    if (seen.has(key)) {
      if (hasValues(i)) problems.push({ path, message: `repeats an earlier column: its values are not kept`, severity: 'warning' });
      return undefined;
    }
    seen.add(key);
    return key;
  });
  for (const r of rows) {
    const extra = r.cells.slice(headers.length).filter((c) => c.trim() !== '');
    if (extra.length) {
      const shown =
        extra
          .slice(0, 5)
          .map((c) => quote(c, 30))
          .join(', ') + (extra.length > 5 ? ', …' : '');
      problems.push({
        path: rowPath(r.n),
        message: `has ${extra.length} value${extra.length === 1 ? '' : 's'} past the last column (${shown}): not kept`,
        severity: 'warning',
      });
    }
  }
  return mapped;
}
