/**
 * Problems of a parse: the `Problem` type, JSON paths (`events[12].start`),
 * valibot issues as plain sentences, and the dev-mode report of unknown
 * fields. Shared by `parseChronology` and its helpers.
 */
import { isolateBidi } from './text.js';
import type * as v from 'valibot';

/** One thing wrong with the input, located by a JSON path. */
export interface Problem {
  /** Where: a JSON path such as `events[12].start` (`$` for the whole input). */
  path: string;
  /** What, in a plain sentence: `'2025-13-01' is not a date: there is no month 13`. */
  message: string;
  /**
   * - `fatal`: nothing could be shown.
   * - `error`: the item at `path` (the event, actor or topic containing it) was left out.
   * - `warning`: the item is kept; only the part at `path` was left out or
   *   ignored: a link or image that is not http(s) or relative (always
   *   reported), a field the schema does not know (reported in dev mode only).
   */
  severity: 'error' | 'fatal' | 'warning';
  /** The id of the event the problem is in, when that event has one (left out unless `severity` is `warning`). */
  eventId?: string;
}

/** `events[12].start`: a path and one more key (`["odd key"]` for keys that are not names). */
export const pathTo = (path: string, key: unknown): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(String(key))
      ? `${path ? path + '.' : ''}${String(key)}`
      : `${path}[${JSON.stringify(String(key))}]`;

/** `events[12].start` from a base and valibot's issue path. */
function joinPath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) path = pathTo(path, item.key);
  return path || '$';
}

/** A value quoted for a message, shortened when long (a data: URL can be megabytes). */
export const quote = (s: string) => `'${isolateBidi(s.length > 80 ? s.slice(0, 79) + '…' : s)}'`;

export const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

/** Schema wrappers that hold another schema (`v.optional(x)` and the like). */
const unwrap = (s: v.GenericSchema): v.GenericSchema => ('wrapped' in s ? unwrap(s.wrapped as v.GenericSchema) : s);

/** Dev mode: fields the schema does not know, as warnings (they are ignored either way). */
export function unknownFields(schema: v.GenericSchema, value: unknown, path: string, out: Problem[]): void {
  const s = unwrap(schema) as v.GenericSchema & { entries?: Record<string, v.GenericSchema>; item?: v.GenericSchema };
  if (s.type === 'object' && s.entries && isObject(value)) {
    for (const key of Object.keys(value)) {
      const at = pathTo(path, key);
      if (!Object.hasOwn(s.entries, key)) out.push({ path: at, message: `unknown field ${quote(key)} (ignored)`, severity: 'warning' });
      else unknownFields(s.entries[key]!, value[key], at, out);
    }
  } else if (s.type === 'array' && s.item && Array.isArray(value)) {
    value.forEach((x, i) => unknownFields(s.item!, x, `${path}[${i}]`, out));
  }
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing';
  // Our own messages are written as predicates ("must be …"); valibot's defaults are not.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  return `expected ${issue.expected ?? 'another value'} but got ${issue.received}`;
}

/**
 * A union of an object and something else (a statement's `source`: an
 * object or a URL) given an object: the object's own issues, at their
 * paths inside it, rather than one "must be a … or a …" at the union.
 */
function unionIssues(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !isObject(issue.input) || !issue.issues) return [issue];
  const inner = issue.issues.filter((i) => i.path?.length);
  return inner.length ? inner.map((i) => ({ ...i, path: [...(issue.path ?? []), ...i.path!] })) : [issue];
}

export function issuesToProblems(base: string, issues: v.BaseIssue<unknown>[], eventId?: string): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const issue of issues.flatMap(unionIssues)) {
    const path = joinPath(base, issue);
    if (seen.has(path)) continue; // one sentence per place is enough
    seen.add(path);
    out.push({ path, message: describe(issue), severity: 'error', ...(eventId ? { eventId } : {}) });
  }
  return out;
}

/**
 * The input indices of the events left out, from a parse's problems: the
 * `events[i]` named by `error` problems. `eventsIn` = events shown + this size.
 */
export function leftOutEvents(problems: readonly Problem[]): Set<number> {
  const out = new Set<number>();
  for (const p of problems) {
    const m = p.severity === 'error' ? /^events\[(\d+)\]/.exec(p.path) : null;
    if (m) out.add(Number(m[1]));
  }
  return out;
}

/** `events[12].start: '2025-13-01' is not a date`: a problem as one line. */
export const formatProblem = (p: Problem) => `${p.path}: ${p.message}`;
