/**
 * The "who says so" lists of a raw event held to `LIMITS` before the full
 * parser validates it, like bound.ts (a module of its own: the quick path,
 * in the first-paint bundle, leaves any list longer than 100 to the full
 * parser, so only the full parser needs this).
 */
import { cap } from './bound.js';
import { MAX_CORRECTIONS_PER_EVENT, MAX_DISPUTES_PER_EVENT, MAX_STATEMENTS_PER_EVENT } from './limits.js';
import { isObject, type Problem } from './result.js';

const LISTS = [
  ['disputes', MAX_DISPUTES_PER_EVENT],
  ['statements', MAX_STATEMENTS_PER_EVENT],
  ['corrections', MAX_CORRECTIONS_PER_EVENT],
] as const;

/**
 * A raw event with its disputes, statements and corrections cut to the
 * limits (the full parser's; the quick path leaves any list longer than 100
 * to it), each with bound.ts's `cap`: the same object when they are within them.
 */
export function boundVerification(raw: unknown, path: string, problems: Problem[]): unknown {
  if (!isObject(raw)) return raw;
  let e = raw;
  for (const [key, max] of LISTS) e = cap(e, key, max, path, problems);
  return e;
}
