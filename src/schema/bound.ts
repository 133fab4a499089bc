/**
 * Events held to `LIMITS` before they are validated: lists of actors, topics
 * and sources cut to their limit (disputes, statements and corrections: in
 * bound-verification.ts, for the full parser only), each cut reported as a `warning` at its
 * path. The usual event is within the limits and costs three reads.
 * (Text length is held by the importers, where long texts come from; the
 * parser's own cost is linear in the text.)
 */
import { MAX_ACTORS_PER_EVENT, MAX_SOURCES_PER_EVENT, MAX_TOPICS_PER_EVENT } from './limits.js';
import { isObject, type Problem } from './result.js';

type Rec = Record<string, unknown>;

/** `e`, or a copy with its list `key` cut to `max` (reported). */
export function cap(e: Rec, key: string, max: number, path: string, problems: Problem[]): Rec {
  const list = e[key];
  if (!Array.isArray(list) || list.length <= max) return e;
  problems.push({
    path: `${path}.${key}`,
    message: `has ${list.length} ${key}, past the limit of ${max}: the first ${max} are kept`,
    severity: 'warning',
  });
  return { ...e, [key]: list.slice(0, max) };
}

/** A raw event with its actors, topics and sources cut to the limits: the same object when they are within them. */
export function boundLists(raw: unknown, path: string, problems: Problem[]): unknown {
  if (!isObject(raw)) return raw;
  return cap(
    cap(cap(raw, 'actors', MAX_ACTORS_PER_EVENT, path, problems), 'topics', MAX_TOPICS_PER_EVENT, path, problems),
    'sources',
    MAX_SOURCES_PER_EVENT,
    path,
    problems,
  );
}
