import type { LocalizedText } from './chronology-schema.js';

/** Bidi controls: embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * A field's text with its bidi controls balanced, so that they act inside
 * the field only: an opener the text leaves open is closed at its end, and a
 * closer that closes nothing of the text's own is dropped. (A title starting
 * with RLO would otherwise reverse whatever is written after it: the next
 * actor's name, the next column, our own "(warning)".) Text without bidi
 * controls is returned as it is.
 */
export function isolateBidi(text: string): string {
  if (!BIDI.test(text)) return text;
  // The openers still open, innermost last: 'e' for an embedding or override, 'i' for an isolate.
  const open: string[] = [];
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c === 0x202c) {
      // PDF closes the innermost embedding, if it is not outside an open isolate.
      if (open[open.length - 1] !== 'e') continue;
      open.pop();
    } else if (c === 0x2069) {
      // PDI closes the innermost isolate and every embedding opened inside it.
      const i = open.lastIndexOf('i');
      if (i < 0) continue;
      open.length = i;
    } else if (c >= 0x202a && c <= 0x202e) open.push('e');
    else if (c >= 0x2066 && c <= 0x2068) open.push('i');
    out += ch;
  }
  for (let i = open.length - 1; i >= 0; i--) out += open[i] === 'e' ? '\u202c' : '\u2069';
  return out;
}

/**
 * Picks the best string of a localized text for a language: an exact match
 * (`fa-IR`), then the base language (`fa`), then `fallback` (English by
 * default), then the first entry. Plain strings are returned as they are.
 */
export function pickText(text: LocalizedText | undefined, lang = 'en', fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return isolateBidi(text);
  const key = pickLang(text, lang, fallback);
  return key === undefined ? '' : isolateBidi(text[key] ?? '');
}

/** The language of the string `pickText` would choose, for a `lang` attribute. */
export function pickLang(text: LocalizedText | undefined, lang = 'en', fallback = 'en'): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const lower = lang.toLowerCase();
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((k) => k.toLowerCase() === tag);
  return find(lower) ?? find(lower.split('-')[0]!) ?? find(fallback.toLowerCase()) ?? keys[0];
}
