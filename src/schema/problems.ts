/**
 * Problems of a parse: the `Problem` type, JSON paths (`events[12].start`),
 * valibot issues as plain sentences, and the dev-mode report of unknown
 * fields. Shared by `parseChronology` and its helpers (loaded with it).
 */
import { isolateBidi } from './text.js';
import type * as v from 'valibot';
import { isObject, type Problem } from './result.js';

// (The Problem type and the helpers a component needs at first paint are in
// result.ts, which has no valibot; they are re-exported here.)
export { formatProblem, isObject, leftOutEvents, type Problem } from './result.js';

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

/** Schema wrappers that hold another schema (`v.optional(x)` and the like). */
const unwrap = (s: v.GenericSchema): v.GenericSchema => ('wrapped' in s ? unwrap(s.wrapped as v.GenericSchema) : s);

/** Dev mode: fields the schema does not know, as warnings (they are ignored either way). */
export function unknownFields(schema: v.GenericSchema, value: unknown, path: string, out: Problem[]): void {
  const s = unwrap(schema) as v.GenericSchema & { entries?: Record<string, v.GenericSchema>; item?: v.GenericSchema };
  if (s.type === 'object' && s.entries && isObject(value)) {
    for (const key of Object.keys(value)) {
      const at = pathTo(path, key);
      if (!Object.hasOwn(s.entries, key))
        out.push({
          path: at,
          // A chronology's periods of context are its `eras` (TimelineJS's name): say so to whoever wrote `periods`.
          message: `unknown field ${quote(key)} (ignored)${at === 'periods' ? ': periods of context are eras (id, label, start, end, color)' : ''}`,
          severity: 'warning',
        });
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
