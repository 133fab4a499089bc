/**
 * Importers: TimelineJS 3 JSON and CSV (the TimelineJS sheet template or
 * chronoline's flat layout) → chronology input for `parseChronology`, with
 * every field they could not map reported. Pure: no DOM needed (HTML is
 * read with `DOMParser` when the runtime has one; see `html-text.ts`).
 *
 * @example
 * import { importChronology } from 'chronoline/import.js';
 * import { parseChronology } from 'chronoline/schema.js';
 * const imported = importChronology(await response.text(), 'auto', { timeZone: 'Europe/Paris' });
 * const { chronology, problems } = parseChronology(imported.chronology);
 *
 * @example
 * // A Google Sheets link as a reporter pastes it (ID, /edit, /pubhtml, /d/e/2PACX-…, v2:):
 * const r = sheetsCsvUrl(link); // { url } of the published CSV, { error } saying what to do, or null (not Google)
 * if (r && 'url' in r) imported = importChronology(await (await fetch(r.url)).text(), 'csv');
 */
import { csvLayout, csvParseHeader, fromCSV, type CsvOptions } from './csv.js';
import { fatal, quote, type ImportResult } from './common.js';
import { fromTimelineJS } from './timelinejs.js';
import { fromACLED } from './acled.js';
import { fromMarkwhen } from './markwhen.js';
import { sheetsLinkProblem } from './sheets-url.js';

export { fromTimelineJS, type TimelineJSOptions } from './timelinejs.js';
export { fromACLED, ACLED_COLUMNS, type AcledOptions } from './acled.js';
export { fromMarkwhen, type MarkwhenOptions } from './markwhen.js';
export { fromCSV, csvLayout, parseClock, type CsvOptions, type CsvLayout } from './csv.js';
export {
  htmlToText,
  htmlToTextDom,
  htmlToTextFallback,
  decodeEntities,
  type HtmlToText,
  type HtmlText,
  type HtmlLink,
  type HtmlDropped,
} from './html-text.js';
export { sheetsCsvUrl, sheetsLinkProblem } from './sheets-url.js';
export { checkUrl, slugify, type ImportProblem, type ImportResult, type CheckedUrl } from './common.js';

/** The formats `importChronology` reads. */
import { detectObject } from './detect.js';

export const IMPORT_FORMATS = ['chronoline', 'timelinejs', 'csv', 'acled', 'markwhen'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * Tells which format some input is in, for `format="auto"`: an object (or
 * JSON text) with `schemaVersion` or events with string `start`s is
 * `chronoline`; one with `start_date` objects, `timeline`, `eras` or a title
 * slide is `timelinejs`; CSV whose header has ACLED's `event_id_cnty` and
 * `event_date` is `acled`; text whose first line is a header either CSV
 * layout knows is `csv`. Anything else is `unknown` (Markwhen text is read
 * only when named).
 */
export function detectFormat(input: unknown): ImportFormat | 'unknown' {
  if (typeof input !== 'string') return isObject(input) ? detectObject(input) : 'unknown';
  const text = input.replace(/^\uFEFF/, '').trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return isObject(parsed) ? detectObject(parsed) : 'unknown';
    } catch {
      return 'unknown';
    }
  }
  const header = csvParseHeader(text);
  if (header?.includes('event_id_cnty') && header.includes('event_date')) return 'acled';
  return header && csvLayout(header) ? 'csv' : 'unknown';
}

/**
 * Reads a chronology in any format this library imports, for
 * `<event-timeline format="…">`. `chronoline` input is passed through (as
 * an object) for `parseChronology` to validate; `timelinejs`, `csv`,
 * `acled` and `markwhen` go through `fromTimelineJS`, `fromCSV`,
 * `fromACLED` and `fromMarkwhen`; `auto` asks `detectFormat`. Never
 * throws: what cannot be read is a `fatal` problem. A Google Sheets link
 * given instead of the sheet's text (any form `sheetsCsvUrl` reads) is a
 * `fatal` problem that names the published CSV to fetch; a Google link that
 * is not a published sheet, one that says what to do.
 *
 * @example
 * const { chronology, problems } = importChronology(text, 'auto');
 * const parsed = parseChronology(chronology); // validate, as for any input
 */
export function importChronology(input: unknown, format: ImportFormat | 'auto' = 'auto', options: CsvOptions = {}): ImportResult {
  const kind = format === 'auto' ? detectFormat(input) : format;
  switch (kind) {
    case 'timelinejs':
      return fromTimelineJS(input, options);
    case 'csv':
      return typeof input === 'string'
        ? fromCSV(input, options)
        : fatal('$', `CSV input must be text, not ${Array.isArray(input) ? 'an array' : typeof input}`);
    case 'acled':
    case 'markwhen':
      return typeof input !== 'string'
        ? fatal(
            '$',
            `${kind === 'acled' ? 'ACLED CSV' : 'Markwhen'} input must be text, not ${Array.isArray(input) ? 'an array' : typeof input}`,
          )
        : kind === 'acled'
          ? fromACLED(input)
          : fromMarkwhen(input, { timeZone: options.timeZone });
    case 'chronoline': {
      let data = input;
      if (typeof data === 'string') {
        try {
          data = JSON.parse(data);
        } catch (e) {
          return fatal('$', `the text is not valid JSON (${(e as Error).message})`);
        }
      }
      if (!isObject(data)) return fatal('$', `a chronology must be a JSON object, not ${quote(data)}`);
      const events = Array.isArray(data.events) ? data.events.length : 0;
      return { chronology: data as unknown as ImportResult['chronology'], problems: [], eventsIn: events };
    }
    case 'unknown': {
      const link = typeof input === 'string' ? sheetsLinkProblem(input) : undefined;
      if (link) return fatal('$', link);
      return fatal(
        '$',
        'the format could not be recognised: expected a chronoline chronology (schemaVersion 1), TimelineJS 3 JSON, or CSV with the TimelineJS sheet columns or chronoline columns (start, title, …)',
      );
    }
    default:
      return fatal('format', `${quote(format)} is not a format: use auto, ${IMPORT_FORMATS.join(', ')}`);
  }
}
