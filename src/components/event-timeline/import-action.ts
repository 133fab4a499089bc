/**
 * Reading a `format` other than chronoline's JSON for `<event-timeline>`
 * (TimelineJS, CSV, Markwhen, ACLED): loaded with the importers on first
 * use (see load-controller.ts). What the importer could not map is listed
 * with the data's problems, its paths prefixed by the format.
 */
import { detectFormat, importChronology } from '../../import/index.js';
import type { Problem } from '../../schema/result.js';
import type { LoadSource } from './load-controller.js';

/** Converts `input` as `format` says (`auto`/`json`: as detected), with the importer's problems as the element lists them. */
export function imported(input: unknown, f: LoadSource['format'], baseUrl: string) {
  const format = f !== 'auto' && f !== 'json' ? f : detectFormat(input);
  const r = importChronology(input, format === 'unknown' ? 'auto' : format, { baseUrl });
  const problems: Problem[] = r.problems.map((p) => ({
    path: `${format}: ${p.path}`,
    message: p.message,
    severity: p.severity === 'info' ? 'warning' : p.severity,
  }));
  return { chronology: r.chronology, problems, eventsIn: r.eventsIn };
}
