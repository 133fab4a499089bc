/**
 * Interface languages. English is built in; the other catalogs are separate
 * modules loaded on first use, so a page pays only for the language it shows.
 */
import { en, type Messages } from './messages.js';
import { safeLang } from './lang.js';

export { safeLang } from './lang.js';

type Loader = () => Promise<{ default: Messages }>;

const loaders: Record<string, Loader> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fa: () => import('./fa.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  ru: () => import('./ru.js'),
};

/** The languages with an interface catalog. */
export const LANGUAGES = ['en', ...Object.keys(loaders)];

const loaded = new Map<string, Messages>([['en', en]]);
const pending = new Map<string, Promise<Messages>>();

/** The catalog's language for a BCP 47 tag: `fa-IR` → `fa`, `fa_IR` → `fa`; unknown or malformed (`x`, `constructor`) → `en`. */
export function catalogLang(lang: string): string {
  const base = safeLang(lang).split('-')[0]!; // (canonical: the language subtag is lower-case)
  return Object.hasOwn(loaders, base) ? base : 'en';
}

/**
 * The catalog for `lang` if it is loaded, else a promise of it (English if
 * it fails to load, so the interface never goes blank).
 */
export function catalog(lang: string): Messages | Promise<Messages> {
  const key = catalogLang(lang);
  const ready = loaded.get(key);
  if (ready) return ready;
  let p = pending.get(key);
  if (!p) {
    p = loaders[key]!().then(
      (m) => (loaded.set(key, m.default), m.default),
      () => en,
    );
    pending.set(key, p);
  }
  return p;
}

/** Makes a catalog available at once (server rendering loads them all ahead: see src/ssr/setup.ts). */
export function provideCatalog(lang: string, messages: Messages): void {
  loaded.set(catalogLang(lang), messages);
}

/** Right-to-left scripts among the interface languages and beyond. */
const RTL = /^(ar|fa|he|iw|ur|ps|ckb|dv|yi|sd|ug)(-|$)/i;

/** True when a language is written right to left. */
export const isRtlLang = (lang: string) => RTL.test(lang);
