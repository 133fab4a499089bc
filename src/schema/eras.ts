/**
 * The chronology's eras (periods of context): each checked alone against
 * the schema, with its problems at `eras[i]…`; a bad one is left out, the
 * others kept. A colour that is not a hex colour is reported and dropped
 * (the era keeps the default fill).
 */
import * as v from 'valibot';
import { EraSchema, type LocalizedText } from './chronology-schema.js';
import { safeColor } from './color.js';
import { MAX_ERAS } from './limits.js';
import { isObject, issuesToProblems, quote, type Problem } from './problems.js';
import { periodEnd } from './result.js';
import { parseAnnotatedTime } from '../time/rfc9557.js';

/** An era after validation. */
export interface Era {
  id: string;
  label: LocalizedText;
  /** `start` and `end` as written. */
  start: string;
  end: string;
  /** The instants the band runs from and to (UTC ms): the start, and the end of the `end`'s day, month or year. */
  from: number;
  to: number;
  color?: string;
  description?: LocalizedText;
}

/** The valid eras of `raw` (the chronology's `eras` field), each problem pushed to `problems`. */
export function readEras(raw: unknown, problems: Problem[]): Era[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ path: 'eras', message: 'must be an array of eras', severity: 'error' });
    return [];
  }
  if (raw.length > MAX_ERAS) {
    problems.push({
      path: 'eras',
      message: `has ${raw.length} eras, past the limit of ${MAX_ERAS}: the first ${MAX_ERAS} are kept`,
      severity: 'warning',
    });
  }
  const out: Era[] = [];
  const ids = new Set<string>();
  raw.slice(0, MAX_ERAS).forEach((item: unknown, i) => {
    const path = `eras[${i}]`;
    if (isObject(item) && item.color !== undefined && safeColor(item.color) === undefined) {
      problems.push({
        path: `${path}.color`,
        message: `${quote(String(item.color))} is not a hex colour: the default fill is used`,
        severity: 'warning',
      });
      item = { ...item, color: undefined };
    }
    const r = v.safeParse(EraSchema, item);
    if (!r.success) return void problems.push(...issuesToProblems(path, r.issues));
    const e = r.output;
    if (ids.has(e.id)) return void problems.push({ path: `${path}.id`, message: `duplicate id '${e.id}'`, severity: 'error' });
    const a = parseAnnotatedTime(e.start);
    const b = parseAnnotatedTime(e.end);
    if (typeof a === 'string' || typeof b === 'string') return; // (The schema checked both.)
    const [start, to] = [a.point, periodEnd(b.point)];
    if (to <= start.instant) {
      return void problems.push({
        path: `${path}.end`,
        message: `${quote(e.end)} is before the start ${quote(e.start)}: the era is left out`,
        severity: 'error',
      });
    }
    ids.add(e.id);
    out.push({
      id: e.id,
      label: e.label,
      start: e.start,
      end: e.end,
      from: start.instant,
      to,
      ...(e.color ? { color: e.color } : {}),
      ...(e.description ? { description: e.description } : {}),
    });
  });
  return out;
}
