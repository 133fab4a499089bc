/**
 * Times with RFC 9557 annotations in a chronology's events
 * (`2025-06-21T19:50-04:00[America/New_York]`, see time/rfc9557.ts): the
 * schema takes them; this gives the event its times without the brackets
 * and the zone they name as its `timeZone`. Only events the full parser
 * reads get here: the quick path refuses bracketed values.
 */
import { parseAnnotatedTime, splitZoneAnnotation } from '../time/rfc9557.js';

interface Timed {
  start?: string;
  end?: string;
  updatedAt?: string;
  timeZone?: string;
}

/**
 * The event with its `start`, `end` and `updatedAt` written without RFC
 * 9557 annotations, and `timeZone` set to the zone the start's (else the
 * end's) annotation names, unless the event gives `timeZone` itself (which
 * wins). A zone dropped because it disagrees with the offset, or one that
 * differs from the event's `timeZone`, is reported through `warn(field,
 * message)`. Values the schema refused never get here.
 */
export function takeZoneAnnotations<E extends Timed>(e: E, warn: (field: string, message: string) => void): E {
  if (!(e.start?.includes('[') || e.end?.includes('[') || e.updatedAt?.includes('['))) return e;
  const out: E = { ...e };
  let zone: string | undefined;
  for (const field of ['start', 'end', 'updatedAt'] as const) {
    const s = out[field];
    if (!s?.includes('[')) continue;
    const a = parseAnnotatedTime(s);
    if (typeof a === 'string') continue;
    out[field] = splitZoneAnnotation(s.trim()).value;
    if (a.warning) warn(field, a.warning);
    if (field === 'updatedAt' || !a.timeZone) continue;
    if (e.timeZone && a.timeZone !== e.timeZone)
      warn(field, `'${s}' names ${a.timeZone}, but the event's timeZone is ${e.timeZone}: ${e.timeZone} is kept`);
    zone ??= a.timeZone;
  }
  if (!e.timeZone && zone) out.timeZone = zone;
  return out;
}
