import { describe, expect, test } from 'vitest';
import { en, num, type Messages } from '../../src/i18n/messages.js';
import ar from '../../src/i18n/ar.js';
import de from '../../src/i18n/de.js';
import es from '../../src/i18n/es.js';
import fa from '../../src/i18n/fa.js';
import fr from '../../src/i18n/fr.js';
import he from '../../src/i18n/he.js';
import ru from '../../src/i18n/ru.js';
import { pickText } from '../../src/schema/text.js';
import data from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };

const catalogs: Record<string, Messages> = { en, fa, ar, he, ru, fr, de, es };

const URL_ = 'https://news.example.org/data/june-2025.json';

/**
 * Sample arguments for every function key of `en`, and what each call must
 * show: every non-empty string argument as given, and numbers written the
 * locale's way (`expectNums`, when they are not the arguments themselves).
 */
const samples: Record<string, { args: unknown[]; expectNums?: number[] }> = {
  showing: { args: [12, 40] },
  searchCount: { args: [12, 80] },
  showAll: { args: [80, 60] },
  zoomHint: { args: [true] },
  cluster: { args: [12, '22–24 June 2025', 'Abbas Araghchi'] },
  events: { args: [12] },
  notShown: { args: [12] },
  problemsIn: { args: [12] },
  chartLabel: { args: ['Israel–Iran war diplomacy', 12] },
  otherProblems: { args: [12] },
  moreProblems: { args: [12] },
  moreTopics: { args: [12] },
  filterMenu: { args: [2] },
  loadBadUrl: { args: ['ftp://example.org/x.json'] },
  loadHttp: { args: [URL_, 404, 'Not Found'] },
  loadEmpty: { args: [URL_] },
  loadNotJson: { args: [URL_, 'Unexpected token < in JSON at position 0'] },
  loadHtml: { args: [URL_, 'Sign in – Example'] },
  loadNetwork: { args: [URL_] },
  loadCors: { args: [URL_] },
  loadOffline: { args: [URL_] },
  loadTimeout: { args: [URL_, 2500], expectNums: [2.5] },
  loadAborted: { args: [URL_] },
  loadNotSheet: { args: ['https://docs.google.com/document/d/1aBc/edit'] },
  zoneLocal: { args: ['Europe/Paris'] },
  sourceLine: { args: ['Reuters, AP, IRNA'] },
  until: { args: ['24 June 2025'] },
  statusClaimed: { args: ['Iran and Israel'] },
  statusDenied: { args: ['Iran'] },
  corrected: { args: ['23 June 2025', 'The time was wrong.'] },
  newEvents: { args: [3, '14:05'] },
  eventsUpdated: { args: [3] },
  summaryEvents: { args: [12, '4–29 June 2025'] },
  summaryBusiest: { args: ['22 June', 11] },
  summaryActors: { args: ['Araghchi, Trump and Iran'] },
  summaryDisputed: { args: [12] },
};

/** The noun a count takes, with the count itself removed. */
const noun = (m: Messages, lang: string, x: number) => m.events(x).replace(num(lang, x), '').trim();

describe('interface catalogs', () => {
  test('the samples cover every function of en', () => {
    const fns = Object.keys(en).filter((k) => typeof en[k as keyof Messages] === 'function');
    expect(Object.keys(samples).sort()).toEqual(fns.sort());
  });

  for (const [lang, m] of Object.entries(catalogs)) {
    describe(lang, () => {
      test("has exactly en's keys, with the same types and function arities", () => {
        expect(Object.keys(m).sort()).toEqual(Object.keys(en).sort());
        for (const key of Object.keys(en) as (keyof Messages)[]) {
          expect(typeof m[key], key).toBe(typeof en[key]);
          if (typeof en[key] === 'function')
            expect((m[key] as (...a: unknown[]) => string).length, key).toBe((en[key] as (...a: unknown[]) => string).length);
        }
        expect(Object.keys(m.kinds).sort()).toEqual(Object.keys(en.kinds).sort());
        expect(Object.keys(m.kinds).sort()).toEqual(['organization', 'person', 'state']);
      });

      test('has no empty strings', () => {
        for (const [key, value] of Object.entries(m)) if (typeof value === 'string') expect(value.trim(), key).not.toBe('');
        for (const [key, value] of Object.entries(m.kinds)) expect(value.trim(), `kinds.${key}`).not.toBe('');
      });

      for (const [key, { args, expectNums }] of Object.entries(samples)) {
        test(`${key}(${args.map((a) => JSON.stringify(a)).join(', ')}) shows its arguments`, () => {
          const out = (m[key as keyof Messages] as (...a: unknown[]) => string)(...args);
          expect(typeof out).toBe('string');
          expect(out.trim()).not.toBe('');
          for (const a of args) if (typeof a === 'string') expect(out, key).toContain(a);
          const nums = expectNums ?? args.filter((a): a is number => typeof a === 'number');
          for (const x of nums) expect(out, `${key}: ${num(lang, x)}`).toContain(num(lang, x));
        });
      }

      test('loadTimeout below a second shows milliseconds, locale-formatted', () => {
        expect(m.loadTimeout(URL_, 500)).toContain(num(lang, 500));
      });

      test('optional parts: no title, no lane, no status text', () => {
        const label = m.chartLabel('', 12);
        expect(label).toContain(num(lang, 12));
        expect(label).not.toMatch(/^[\s:]/);
        expect(m.cluster(12, 'June', '')).not.toMatch(/[,،]\s*[.]/);
        expect(m.loadHtml(URL_, '')).not.toMatch(/[«»"„“()]/);
        expect(m.loadHttp(URL_, 500, '')).not.toMatch(/\s{2}/);
        // A claim or denial with no one named, a correction with no date.
        for (const s of [m.statusClaimed(''), m.statusDenied(''), m.corrected('', 'Fixed.')]) expect(s).toBe(s.trim());
        expect(m.statusClaimed('')).not.toMatch(/[:،,]$/);
        expect(m.corrected('', 'Fixed.')).toContain('Fixed.');
        expect(m.corrected('', 'Fixed.')).not.toMatch(/\s{2}|\s[:]\s[:]/);
      });

      test('status words: five distinct statuses, and a claim names who claims', () => {
        const words = [m.statusConfirmed, m.statusReported, m.statusClaimed(''), m.statusDisputed, m.statusDenied(''), m.statusNone];
        expect(new Set(words).size).toBe(words.length);
        expect(m.statusClaimed('X')).not.toBe(m.statusDenied('X'));
      });

      test('a count of one and a count of many are written differently, except in Persian', () => {
        if (lang === 'fa') {
          // Persian nouns stay singular after numerals: only the digits change.
          expect(noun(m, lang, 1)).toBe(noun(m, lang, 5));
          expect(m.events(12)).not.toMatch(/[0-9]/);
          expect(m.showing(12, 40)).not.toMatch(/[0-9]/);
        } else {
          expect(noun(m, lang, 1)).not.toBe(noun(m, lang, 5));
        }
      });
    });
  }

  test('fa writes counts in Persian digits', () => {
    expect(num('fa', 12)).toBe('۱۲');
    expect(fa.showing(12, 40)).toContain('۱۲');
    expect(fa.showing(12, 40)).toContain('۴۰');
  });

  test('ru uses three forms: one (1, 21), few (3), many (5, 11)', () => {
    const forms = new Set([noun(ru, 'ru', 1), noun(ru, 'ru', 3), noun(ru, 'ru', 5)]);
    expect(forms.size).toBe(3);
    expect(noun(ru, 'ru', 21)).toBe(noun(ru, 'ru', 1));
    expect(noun(ru, 'ru', 11)).toBe(noun(ru, 'ru', 5));
    expect(noun(ru, 'ru', 22)).toBe(noun(ru, 'ru', 3));
    // After "из" the noun is genitive: singular for 1 and 21, plural for 5.
    const last = (s: string) => s.split(' ').at(-1);
    expect(last(ru.showing(1, 21))).toBe(last(ru.showing(1, 1)));
    expect(last(ru.showing(1, 21))).not.toBe(last(ru.showing(1, 5)));
    expect(last(ru.showing(1, 5))).not.toBe(noun(ru, 'ru', 3));
  });

  test('ar uses the dual for 2, the plural for 3–10 and the singular accusative for 11–99', () => {
    expect(noun(ar, 'ar', 2)).not.toBe(noun(ar, 'ar', 3));
    expect(noun(ar, 'ar', 2)).not.toBe(noun(ar, 'ar', 1));
    expect(ar.events(2)).not.toContain(num('ar', 2));
    expect(noun(ar, 'ar', 3)).toBe(noun(ar, 'ar', 10));
    expect(noun(ar, 'ar', 11)).not.toBe(noun(ar, 'ar', 3));
    expect(noun(ar, 'ar', 11)).toBe(noun(ar, 'ar', 99));
    expect(noun(ar, 'ar', 100)).not.toBe(noun(ar, 'ar', 11));
    // The dual takes its genitive ending after a preposition.
    expect(ar.showing(1, 2)).not.toContain(ar.events(2));
  });

  test('he has a form for two, different from one and from many', () => {
    expect(new Set([he.events(1), he.events(2), noun(he, 'he', 5)]).size).toBe(3);
    expect(he.events(2)).not.toBe(he.events(3).replace(num('he', 3), num('he', 2)));
  });

  test('de takes the dative plural after "von" and "mit"', () => {
    expect(de.showing(1, 40).split(' ')).not.toContain(noun(de, 'de', 40));
    expect(de.chartLabel('', 1)).toContain(de.events(1));
  });
});

const ARABIC = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const HEBREW = /[\u0590-\u05FF]/;
const HAN = /[\u4E00-\u9FFF]/;
const LATIN = /^[\p{Script=Latin}\p{P}\p{Zs}]+$/u;

const scriptOf: Record<string, RegExp> = { fa: ARABIC, ar: ARABIC, ur: ARABIC, ru: CYRILLIC, he: HEBREW, zh: HAN };

describe('src/data/june-2025-diplomacy.json translations', () => {
  const events = data.events as { id: string; title: string | Record<string, string> }[];
  const actors = data.actors as { id: string; name: unknown; nativeName?: { lang: string; text: string } }[];

  test('at least 15 event titles have Persian (Arabic script) and Russian (Cyrillic) versions', () => {
    const translated = events.filter((e) => typeof e.title === 'object' && e.title.fa && e.title.ru);
    expect(translated.length).toBeGreaterThanOrEqual(15);
    for (const e of translated) {
      const t = e.title as Record<string, string>;
      expect(t.en, e.id).toBeTruthy();
      expect(t.en, e.id).not.toMatch(/[\u0400-\u04FF\u0600-\u06FF]/);
      expect(t.fa, e.id).toMatch(ARABIC);
      expect(t.fa, e.id).not.toMatch(/[A-Za-z\u0400-\u04FF]/);
      expect(t.ru, e.id).toMatch(CYRILLIC);
      expect(t.ru, e.id).not.toMatch(ARABIC);
      expect(pickText(e.title, 'fa-IR'), e.id).toBe(t.fa);
      expect(pickText(e.title, 'de'), e.id).toBe(t.en);
    }
  });

  test('the key events are among the translated ones', () => {
    const ids = new Set(events.filter((e) => typeof e.title === 'object').map((e) => e.id));
    for (const id of [
      'israel-launches-operation-rising-lion',
      'iran-launches-true-promise-iii',
      'us-strikes-fordow-natanz-isfahan',
      'putin-araghchi-kremlin-meeting',
      'geneva-e3-eu-meet-araghchi',
      'trump-announces-ceasefire',
      'ceasefire-takes-effect',
      'iran-missiles-al-udeid',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  test("every actor's native name is written in its language's script", () => {
    let checked = 0;
    for (const a of actors) {
      if (!a.nativeName) continue;
      const { lang, text } = a.nativeName;
      const script = scriptOf[lang.split('-')[0]!] ?? LATIN;
      expect(text, `${a.id} (${lang})`).toMatch(script);
      for (const [other, re] of Object.entries(scriptOf))
        if (re !== script) expect(text, `${a.id} (${lang}) has ${other} script`).not.toMatch(re);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  test('Russian, Israeli, Iranian and Arab actors have their native names', () => {
    const native = new Map(actors.map((a) => [a.id, a.nativeName]));
    expect(native.get('vladimir-putin')).toEqual({ lang: 'ru', text: 'Владимир Путин' });
    expect(native.get('sergey-lavrov')).toEqual({ lang: 'ru', text: 'Сергей Лавров' });
    expect(native.get('benjamin-netanyahu')).toEqual({ lang: 'he', text: 'בנימין נתניהו' });
    expect(native.get('abbas-araghchi')?.lang).toBe('fa');
    expect(native.get('qatar')?.lang).toBe('ar');
    expect(native.get('oman')?.lang).toBe('ar');
  });
});
