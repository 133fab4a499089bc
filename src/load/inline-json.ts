/**
 * Reads and validates the JSON in an element's
 * `<script type="application/json">` child, for plain HTML pages that cannot
 * set properties. Problems are logged, never thrown: a broken card must not
 * break the page.
 */
import type { Actor, Topic } from '../schema/chronology-schema.js';
import { quickActor, quickTopic } from '../schema/quick-chronology.js';

/** The text of an element's own `<script type="application/json">` child, if it has one. */
export const inlineJsonText = (host: Element): string | undefined =>
  host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;

/**
 * The actor or topic in the host's inline JSON, given to `set`: at once when
 * it is in the plain form the quick path takes, else once the schema's
 * module has loaded and checked it (nothing is set when it is not valid).
 */
export function readInlineJson(host: Element, kind: 'actor', set: (value: Actor) => void): void;
export function readInlineJson(host: Element, kind: 'topic', set: (value: Topic) => void): void;
export function readInlineJson(host: Element, kind: 'actor' | 'topic', set: (value: never) => void): void {
  const text = inlineJsonText(host);
  if (text === undefined) return;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.warn(`chronoline: <${host.localName}> inline JSON is not valid JSON (${(e as Error).message})`);
    return;
  }
  const quick = kind === 'actor' ? quickActor(json) : quickTopic(json);
  if (quick) return set(quick as never);
  void import('../schema/check-item.js').then(({ checkItem }) => {
    const r = checkItem(kind as 'actor', json);
    if ('value' in r) return set(r.value as never);
    for (const line of r.problems) console.warn(`chronoline: <${host.localName}> inline JSON: ${line}`);
  });
}
