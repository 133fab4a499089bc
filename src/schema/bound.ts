/**
 * Raw events, actors and topics held to `LIMITS` before they are validated:
 * lists of actors, topics and sources cut to their limit and text fields cut
 * to `LIMITS.textLength`, each cut reported as a `warning` at its path. The
 * usual item is within every limit and is returned as it is, without a copy.
 */
import { LIMITS, cutText } from './limits.js';
import { isObject } from './problems.js';

type Warn = (path: string, message: string) => void;
type Rec = Record<string, unknown>;

const LISTS = [
  ['actors', LIMITS.actorsPerEvent],
  ['topics', LIMITS.topicsPerEvent],
  ['sources', LIMITS.sourcesPerEvent],
] as const;

/** The text fields of each kind of item (and of an event's parts), cut when longer than the limit. */
const EVENT_TEXTS = ['title', 'summary'] as const;
const ITEM_TEXTS = {
  event: EVENT_TEXTS,
  actor: ['name', 'shortName', 'role', 'description'],
  topic: ['label', 'description'],
  location: ['name'],
  media: ['alt', 'credit'],
  correction: ['text'],
  source: ['publisher', 'title'],
} as const;

/** True when a text (a string, or an object of strings by language) has a string past the limit. */
function tooLong(x: unknown): boolean {
  if (typeof x === 'string') return x.length > LIMITS.textLength;
  if (!isObject(x)) return false;
  for (const k in x) {
    const s = x[k];
    if (typeof s === 'string' && s.length > LIMITS.textLength) return true;
  }
  return false;
}

/** `o` with its text fields `keys` cut to the limit (reported), or `o` itself when none is too long. */
function cutTexts(o: Rec, keys: readonly string[], path: string, warn: Warn): Rec {
  let copy: Rec | undefined;
  for (const key of keys) {
    const x = o[key];
    if (!tooLong(x)) continue;
    copy ??= { ...o };
    warn(`${path}.${key}`, `is longer than ${LIMITS.textLength.toLocaleString('en')} characters: cut to that length`);
    copy[key] = typeof x === 'string' ? cutText(x) : Object.fromEntries(Object.entries(x as Rec).map(([k, s]) => [k, typeof s === 'string' ? cutText(s) : s]));
  }
  return copy ?? o;
}

/**
 * A raw event within the limits: the same object when it already is (the
 * usual case), else a shallow copy with its lists and texts cut.
 */
export function boundEvent(raw: unknown, path: string, warn: Warn): unknown {
  if (!isObject(raw)) return raw;
  let e: Rec = raw;
  for (const [key, max] of LISTS) {
    const list = e[key];
    if (!Array.isArray(list) || list.length <= max) continue;
    if (e === raw) e = { ...raw };
    e[key] = list.slice(0, max);
    warn(`${path}.${key}`, `has ${list.length.toLocaleString('en')} ${key}, more than the limit of ${max.toLocaleString('en')} an event: the first ${max.toLocaleString('en')} are kept`);
  }
  e = cutTexts(e, EVENT_TEXTS, path, warn);
  for (const part of ['location', 'media', 'correction'] as const) {
    const o = e[part];
    if (!isObject(o)) continue;
    const cut = cutTexts(o, ITEM_TEXTS[part], `${path}.${part}`, warn);
    if (cut !== o) e = { ...e, [part]: cut };
  }
  const sources = e.sources;
  if (Array.isArray(sources)) {
    let copy: unknown[] | undefined;
    for (let j = 0; j < sources.length; j++) {
      const s = sources[j];
      if (!isObject(s)) continue;
      const cut = cutTexts(s, ITEM_TEXTS.source, `${path}.sources[${j}]`, warn);
      if (cut !== s) (copy ??= [...sources])[j] = cut;
    }
    if (copy) e = { ...e, sources: copy };
  }
  return e;
}

/** A raw actor or topic with its texts within the limit (the same object when they are). */
export function boundItem(raw: unknown, path: string, kind: 'actor' | 'topic', warn: Warn): unknown {
  return isObject(raw) ? cutTexts(raw, ITEM_TEXTS[kind], path, warn) : raw;
}
