/**
 * Links and images of untrusted events and actors: http(s) URLs are kept,
 * relative ones resolved against the base URL, anything else (`javascript:`,
 * `data:` …) refused and reported, while the rest of the item is validated.
 */
import { SIMPLE_HTTP_URL, isHttpUrl } from './patterns.js';
import { isObject, quote } from './problems.js';

/**
 * Checks a link or image URL: http(s) URLs are kept as written, relative ones
 * are resolved against `base`. Returns the URL to use, or why it is refused.
 */
function screenUrl(url: string, base?: string): { href: string } | { why: string } {
  // The usual case, without a URL parser: an absolute http(s) URL with a host and no spaces or controls.
  if (SIMPLE_HTTP_URL.test(url)) return { href: url };
  // What a URL parser looks at: no tabs or newlines, no leading controls or spaces.
  const bare = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const absolute = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(bare);
  if (!absolute && !base) return { why: `${quote(url)} is a relative URL and there is no base URL to resolve it against` };
  let abs: URL;
  try {
    abs = absolute ? new URL(url) : new URL(url, base);
  } catch {
    return { why: `${quote(url)} is not a URL` };
  }
  if (abs.protocol !== 'http:' && abs.protocol !== 'https:') {
    return { why: `${quote(url)} is a ${abs.protocol} URL: only http(s) and relative URLs are used` };
  }
  return { href: isHttpUrl(url) ? url : abs.href };
}

/** The stand-in for a refused URL while the rest of its object is validated (it never reaches the output). */
const REFUSED_URL = 'https://refused.invalid/';

/**
 * Refused links and images in one raw event or actor: replaced by a stand-in
 * so the rest validates at the same paths (and is reported there), reported
 * as warnings, and taken out of the validated output by `strip`. Relative
 * URLs are replaced by their resolved form.
 */
const keep = <T>(out: T) => out;
/** An object without a URL, or with an absolute http(s) one that is used as written. */
const plain = (o: unknown) => !isObject(o) || typeof o.url !== 'string' || SIMPLE_HTTP_URL.test(o.url);

export function screenLinks(
  raw: unknown,
  base: string,
  baseUrl: string | undefined,
  warn: (path: string, message: string) => void,
  /** An event's links are `sources[].url` and `media.url`; an actor's, `image.url`; a topic has none. */
  kind: 'event' | 'actor' | 'topic',
): { input: unknown; strip: <T extends object>(out: T) => T } {
  const same = { input: raw, strip: keep };
  // The usual case, without a copy: no links, or only plain absolute http(s) ones (kept as written).
  if (
    !isObject(raw) ||
    kind === 'topic' ||
    (kind === 'event' ? plain(raw.media) && (!Array.isArray(raw.sources) || raw.sources.every(plain)) : plain(raw.image))
  )
    return same;
  const copy: Record<string, unknown> = { ...raw };
  let changed = false;
  const refused: { sources: Set<number>; keys: string[] } = { sources: new Set(), keys: [] };
  /** The object with its URL checked: the same object, a resolved copy, or a stand-in (`refused`). */
  const screen = (obj: unknown, path: string, what: string): { next: unknown; refused?: true } => {
    if (!isObject(obj) || typeof obj.url !== 'string') return { next: obj };
    const r = screenUrl(obj.url, baseUrl);
    if ('href' in r) return { next: r.href === obj.url ? obj : { ...obj, url: r.href } };
    warn(`${path}.url`, `${r.why}; the ${what} was left out`);
    return { next: { ...obj, url: REFUSED_URL }, refused: true };
  };
  if (kind === 'event' && Array.isArray(raw.sources)) {
    copy.sources = raw.sources.map((item, j) => {
      const r = screen(item, `${base}.sources[${j}]`, 'source');
      if (r.refused) refused.sources.add(j);
      if (r.next !== item) changed = true;
      return r.next;
    });
  }
  for (const key of kind === 'event' ? ['media'] : ['image']) {
    if (!(key in raw)) continue;
    const r = screen(raw[key], `${base}.${key}`, key);
    if (r.refused) refused.keys.push(key);
    if (r.next !== raw[key]) changed = true;
    copy[key] = r.next;
  }
  if (!changed) return same;
  return {
    input: copy,
    strip: (out) => {
      const o = { ...out } as Record<string, unknown>;
      if (refused.sources.size && Array.isArray(o.sources)) o.sources = o.sources.filter((_, j) => !refused.sources.has(j));
      for (const key of refused.keys) delete o[key];
      return o as typeof out;
    },
  };
}
