/**
 * Links and images of untrusted events and actors (an event's sources, its
 * media, its statements' sources and its disputes' sources): http(s) URLs are kept,
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
/** A statement whose source (a URL alone, or a source) is plain. */
const plainStatement = (st: unknown) =>
  !isObject(st) || (typeof st.source === 'string' ? SIMPLE_HTTP_URL.test(st.source) : plain(st.source));
/** A dispute whose sources are plain. */
const plainDispute = (d: unknown) => !isObject(d) || !Array.isArray(d.sources) || d.sources.every(plain);
/** An event's lists of statements and disputes, each item plain. */
const plainLists = (raw: Record<string, unknown>) =>
  (!Array.isArray(raw.statements) || raw.statements.every(plainStatement)) &&
  (!Array.isArray(raw.disputes) || raw.disputes.every(plainDispute));

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
    (kind === 'event' ? plain(raw.media) && (!Array.isArray(raw.sources) || raw.sources.every(plain)) && plainLists(raw) : plain(raw.image))
  )
    return same;
  const copy: Record<string, unknown> = { ...raw };
  let changed = false;
  const refused: { sources: Set<number>; keys: string[]; statements: Set<number>; disputes: Map<number, Set<number>> } = {
    sources: new Set(),
    keys: [],
    statements: new Set(),
    disputes: new Map(),
  };
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
  if (kind === 'event' && Array.isArray(raw.statements)) {
    // A statement's source may be a URL alone: screened as a source's URL, and left out (the statement kept) when refused.
    copy.statements = raw.statements.map((st, j) => {
      if (!isObject(st)) return st;
      const path = `${base}.statements[${j}].source`;
      let next: unknown;
      if (typeof st.source === 'string') {
        const r = screenUrl(st.source, baseUrl);
        if ('why' in r) warn(path, `${r.why}; the source was left out`);
        next = 'href' in r ? r.href : REFUSED_URL;
      } else next = screen(st.source, path, 'source').next;
      if (next === st.source) return st;
      if (isObject(next) ? next.url === REFUSED_URL : next === REFUSED_URL) refused.statements.add(j);
      changed = true;
      return { ...st, source: next };
    });
  }
  if (kind === 'event' && Array.isArray(raw.disputes)) {
    copy.disputes = raw.disputes.map((d, j) => {
      if (!isObject(d) || !Array.isArray(d.sources)) return d;
      const sources = d.sources.map((item, k) => {
        const r = screen(item, `${base}.disputes[${j}].sources[${k}]`, 'source');
        if (r.refused) refused.disputes.set(j, (refused.disputes.get(j) ?? new Set()).add(k));
        return r.next;
      });
      if (sources.every((x, k) => x === (d.sources as unknown[])[k])) return d;
      changed = true;
      return { ...d, sources };
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
      if (refused.statements.size && Array.isArray(o.statements))
        o.statements = o.statements.map((st: Record<string, unknown>, j) => {
          if (!refused.statements.has(j)) return st;
          const { source: _, ...rest } = st;
          return rest;
        });
      if (refused.disputes.size && Array.isArray(o.disputes))
        o.disputes = o.disputes.map((d: Record<string, unknown>, j) => {
          const out = refused.disputes.get(j);
          return out && Array.isArray(d.sources) ? { ...d, sources: d.sources.filter((_, k) => !out.has(k)) } : d;
        });
      return o as typeof out;
    },
  };
}
