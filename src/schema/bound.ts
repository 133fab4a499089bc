/**
 * Events held to `LIMITS` before they are validated: lists of actors, topics,
 * sources, disputes, statements and corrections cut to their limit, each cut reported as a `warning` at its
 * path. The usual event is within the limits and costs three reads.
 * (Text length is held by the importers, where long texts come from; the
 * parser's own cost is linear in the text.)
 */
import {
  MAX_ACTORS_PER_EVENT,
  MAX_CORRECTIONS_PER_EVENT,
  MAX_DISPUTES_PER_EVENT,
  MAX_SOURCES_PER_EVENT,
  MAX_STATEMENTS_PER_EVENT,
  MAX_TOPICS_PER_EVENT,
} from './limits.js';
import { isObject, type Problem } from './result.js';

type Rec = Record<string, unknown>;

/** `e`, or a copy with its list `key` cut to `max` (reported). */
function cap(e: Rec, key: string, max: number, path: string, problems: Problem[]): Rec {
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

/**
 * A raw event with its disputes, statements and corrections cut to the
 * limits (the full parser's; the quick path leaves any list longer than 100
 * to it): the same object when they are within them.
 */
export function boundVerification(raw: unknown, path: string, problems: Problem[]): unknown {
  if (!isObject(raw)) return raw;
  return cap(
    cap(cap(raw, 'disputes', MAX_DISPUTES_PER_EVENT, path, problems), 'statements', MAX_STATEMENTS_PER_EVENT, path, problems),
    'corrections',
    MAX_CORRECTIONS_PER_EVENT,
    path,
    problems,
  );
}
