/**
 * Search over a chronology: text folded so that a reader finds what they
 * mean whatever case, accents or script variant they type. Pure, no DOM.
 *
 * - `foldForSearch(text, lang?)`: the comparable form of a text.
 * - `createSearchIndex(chronology)` → `(query, lang?) => ids`: the folded text
 *   of every event, built once; `searchEvents(chronology, query, lang?)` for
 *   a single search.
 *
 * What is searched, per event: the title and summary (every language of a
 * localized field, so a reader of the English page who types Persian still
 * finds the event), its place (name, city, country), its actors (name,
 * short name, native name, role in the event), and, when the event has them,
 * `statements[].text` and `statements[].actor`'s names. Fields that are
 * absent are skipped: the function takes any object with these optional
 * fields, so it keeps working as the schema grows.
 */
import type { LocalizedText } from '../schema/chronology-schema.js';

/** Combining marks (accents, Arabic harakat and Hebrew points are all `\p{M}`). */
const MARKS = /\p{M}+/gu;
/**
 * Removed outright: tatweel (ـ U+0640), zero-width non-joiner and joiner,
 * zero-width space, left-to-right and right-to-left marks, soft hyphen, BOM.
 */
const INVISIBLE = /[\u0640\u200b-\u200f\u00ad\ufeff\u2066-\u2069\u202a-\u202e]/g;

/** Persian and Arabic letter variants, each mapped to one form. */
const LETTERS: Record<string, string> = {
  // yeh: Arabic ي, alef maksura ى, Persian ی, yeh with hamza ئ → ی
  '\u064a': '\u06cc',
  '\u0649': '\u06cc',
  '\u0626': '\u06cc',
  // kaf: Arabic ك → Persian ک
  '\u0643': '\u06a9',
  // alef with madda, hamza above, hamza below, wasla → alef
  '\u0622': '\u0627',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0671': '\u0627',
  // teh marbuta ة → heh ه; heh goal ہ and ae ە (Urdu, Kurdish) → heh
  '\u0629': '\u0647',
  '\u06c1': '\u0647',
  '\u06d5': '\u0647',
  // waw with hamza ؤ → waw
  '\u0624': '\u0648',
  // Turkish dotless ı → i (so `ISTANBUL` lower-cased for Turkish still finds `Istanbul`); Greek final ς → σ
  '\u0131': 'i',
  '\u03c2': '\u03c3',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Arabic-Indic (٠–٩) and extended Arabic-Indic (۰–۹, Persian) digits → ASCII digits. */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const digit = (c: string) => String((c.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660));

/** Punctuation and symbols, treated as spaces so `U.S.` and `Al-Udeid` match `us` and `al udeid`. */
const PUNCT = /[\p{P}\p{S}\s]+/gu;

/**
 * The form of `text` that searches compare: lower-cased for `lang` (so
 * Turkish `İ` is `i`), accents and other combining marks removed (é → e,
 * Arabic tashkeel), Persian and Arabic letter variants made one (ي/ى/ی,
 * ك/ک, أ/إ/آ/ا, ة/ه, ؤ/و; also Turkish ı/i and Greek ς/σ), tatweel and
 * zero-width joiners removed,
 * Arabic-Indic digits made ASCII, and punctuation runs made one space.
 *
 * Letters that are not variants of one another stay apart: `ø`, `ß`
 * and `ł` are not decomposed by Unicode and are kept as they are.
 *
 * @example
 * foldForSearch('Téhéran') === foldForSearch('TEHERAN'); // 'teheran'
 * foldForSearch('علي') === foldForSearch('علی'); // Arabic and Persian yeh
 */
export function foldForSearch(text: string, lang?: string): string {
  let lower: string;
  try {
    lower = lang ? text.toLocaleLowerCase(lang) : text.toLowerCase();
  } catch {
    lower = text.toLowerCase(); // an invalid language tag
  }
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTER_RE, (c) => LETTERS[c]!)
    .replace(DIGITS, digit)
    .replace(PUNCT, ' ')
    .trim();
}

/** A localized text's strings, every language (empty for none). */
const allText = (t: LocalizedText | undefined): string[] => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t));

/** What search reads of an actor. */
export interface SearchableActor {
  id: string;
  name: LocalizedText;
  shortName?: LocalizedText;
  nativeName?: { text: string };
}

/** What search reads of an event: every field but `id` optional. */
export interface SearchableEvent {
  id: string;
  title?: LocalizedText;
  summary?: LocalizedText;
  location?: { name?: LocalizedText; city?: string; country?: string };
  actors?: readonly { id: string; role?: LocalizedText }[];
  /** Quotes and paraphrases, when the event has them (`actor` is an actor id). */
  statements?: readonly { actor?: string; text?: LocalizedText }[];
}

/** What search reads of a chronology. */
export interface SearchableChronology {
  events: readonly SearchableEvent[];
  actors?: readonly SearchableActor[];
}

/** The strings of an actor that find it. */
const actorText = (a: SearchableActor | undefined): string[] =>
  a ? [...allText(a.name), ...allText(a.shortName), ...(a.nativeName ? [a.nativeName.text] : [])] : [];

/** Every searchable string of an event. */
function eventText(e: SearchableEvent, actors: ReadonlyMap<string, SearchableActor>): string[] {
  const out = [...allText(e.title), ...allText(e.summary)];
  if (e.location) out.push(...allText(e.location.name), e.location.city ?? '', e.location.country ?? '');
  for (const ref of e.actors ?? []) out.push(ref.id, ...actorText(actors.get(ref.id)), ...allText(ref.role));
  for (const s of e.statements ?? []) {
    out.push(...allText(s.text));
    if (s.actor) out.push(...actorText(actors.get(s.actor)));
  }
  return out;
}

/** A prepared search: `(query, lang?)` → the ids of the matching events, in the chronology's order. */
export type SearchIndex = (query: string, lang?: string) => string[];

/**
 * Folds every event's text once and returns the search function. A query
 * matches an event when every word of the folded query occurs in the
 * event's folded text (anywhere: `tehr` finds Tehran). An empty query (or
 * one of only punctuation) matches every event.
 *
 * Texts are folded without a language (the Unicode default lower-casing),
 * the query with `lang`; the two agree because the only letters the
 * languages lower-case differently (Turkish `I` → `ı`) are folded together.
 */
export function createSearchIndex(chronology: SearchableChronology): SearchIndex {
  const actors = new Map((chronology.actors ?? []).map((a) => [a.id, a]));
  const haystacks = chronology.events.map(
    (e) =>
      ` ${eventText(e, actors)
        .map((s) => foldForSearch(s))
        .join(' ')} `,
  );
  const ids = chronology.events.map((e) => e.id);
  return (query, lang) => {
    const words = new Set(foldForSearch(query, lang).split(' ').filter(Boolean));
    if (words.size === 0) return [...ids];
    const out: string[] = [];
    haystacks.forEach((h, i) => {
      for (const w of words) if (!h.includes(w)) return;
      out.push(ids[i]!);
    });
    return out;
  };
}

/**
 * The ids of the events that match `query` (see `createSearchIndex`), in
 * the order of `chronology.events`. For repeated searches over the same
 * chronology (a search box), build the index once with `createSearchIndex`.
 *
 * @example
 * searchEvents(june, 'araghchi moscow'); // ['araghchi-arrives-moscow', …]
 */
export function searchEvents(chronology: SearchableChronology, query: string, lang?: string): string[] {
  return createSearchIndex(chronology)(query, lang);
}
