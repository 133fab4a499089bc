import type { LocalizedText } from './chronology-schema.js';

/**
 * Picks the best string of a localized text for a language: an exact match
 * (`fa-IR`), then the base language (`fa`), then `fallback` (English by
 * default), then the first entry. Plain strings are returned as they are.
 */
export function pickText(text: LocalizedText | undefined, lang = 'en', fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const key = pickLang(text, lang, fallback);
  return key === undefined ? '' : (text[key] ?? '');
}

/** The language of the string `pickText` would choose, for a `lang` attribute. */
export function pickLang(text: LocalizedText | undefined, lang = 'en', fallback = 'en'): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const lower = lang.toLowerCase();
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((k) => k.toLowerCase() === tag);
  return find(lower) ?? find(lower.split('-')[0]!) ?? find(fallback.toLowerCase()) ?? keys[0];
}
