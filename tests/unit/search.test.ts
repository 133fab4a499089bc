import { describe, expect, test } from 'vitest';
import { createSearchIndex, foldForSearch, searchEvents, type SearchableChronology } from '../../src/layout/search.js';
import { june } from './fixtures.js';

describe('foldForSearch', () => {
  test('Latin: case and accents', () => {
    expect(foldForSearch('Téhéran')).toBe('teheran');
    expect(foldForSearch('TEHERAN')).toBe('teheran');
    expect(foldForSearch('Türkiye')).toBe(foldForSearch('turkiye'));
    expect(foldForSearch('São Paulo, Ñuñoa')).toBe('sao paulo nunoa');
    expect(foldForSearch('ﬁnal')).toBe('final'); // compatibility ligature
  });

  test('locale-aware lower-casing agrees with the default one (Turkish I/İ/ı)', () => {
    expect(foldForSearch('ISTANBUL', 'tr')).toBe('istanbul');
    expect(foldForSearch('İstanbul', 'tr')).toBe('istanbul');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
    expect(foldForSearch('ΟΔΟΣ')).toBe(foldForSearch('οδοσ'));
    expect(foldForSearch('Teheran', 'not a tag!')).toBe('teheran');
  });

  test('Persian and Arabic yeh and kaf are one letter', () => {
    // عراقچی (Persian yeh) / عراقچي (Arabic yeh) / عراقچى (alef maksura)
    expect(foldForSearch('عراقچي')).toBe(foldForSearch('عراقچی'));
    expect(foldForSearch('عراقچى')).toBe(foldForSearch('عراقچی'));
    // کرملین (Persian kaf) / كرملين (Arabic kaf and yeh)
    expect(foldForSearch('كرملين')).toBe(foldForSearch('کرملین'));
  });

  test('Arabic diacritics, hamza forms, teh marbuta, tatweel and ZWNJ', () => {
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('أحمد')).toBe(foldForSearch('احمد'));
    expect(foldForSearch('إيران')).toBe(foldForSearch('ایران'));
    expect(foldForSearch('آمریکا')).toBe(foldForSearch('امریکا'));
    expect(foldForSearch('الدوحة')).toBe(foldForSearch('الدوحه'));
    expect(foldForSearch('طـــهران')).toBe(foldForSearch('طهران'));
    expect(foldForSearch('غنی‌سازی')).toBe(foldForSearch('غنیسازی')); // with and without ZWNJ
  });

  test('Persian and Arabic-Indic digits are ASCII digits; punctuation is a space', () => {
    expect(foldForSearch('۱۴۰۴')).toBe('1404');
    expect(foldForSearch('٢٠٢٥')).toBe('2025');
    expect(foldForSearch('U.S.-Iran')).toBe('u s iran');
  });
});

describe('searchEvents', () => {
  const chronology: SearchableChronology = {
    actors: [
      {
        id: 'abbas-araghchi',
        name: 'Abbas Araghchi',
        shortName: { en: 'Araghchi', fa: 'عراقچی', ru: 'Аракчи' },
        nativeName: { text: 'عباس عراقچی' },
      },
      { id: 'vladimir-putin', name: { en: 'Vladimir Putin', ru: 'Владимир Путин' } },
    ],
    events: [
      { id: 'geneva', title: 'Talks in Geneva', location: { name: 'Genève', country: 'Switzerland' }, actors: [{ id: 'abbas-araghchi' }] },
      {
        id: 'kremlin',
        title: { en: 'Putin receives Araghchi', fa: 'پوتین عراقچی را در کرملین پذیرفت', ru: 'Путин принял Аракчи в Кремле' },
        actors: [
          { id: 'vladimir-putin', role: 'host' },
          { id: 'abbas-araghchi', role: 'visitor' },
        ],
      },
      { id: 'strikes', title: 'Strikes on Fordow', summary: 'Bunker-busting bombs on the enrichment site.' },
      {
        id: 'quote',
        title: 'A statement',
        statements: [{ actor: 'vladimir-putin', text: { en: 'Unprovoked aggression', ru: 'Ничем не спровоцированная агрессия' } }],
      },
    ],
  };

  test('titles and summaries, every language', () => {
    expect(searchEvents(chronology, 'fordow')).toEqual(['strikes']);
    expect(searchEvents(chronology, 'ENRICHMENT')).toEqual(['strikes']);
    expect(searchEvents(chronology, 'кремле')).toEqual(['kremlin']);
    expect(searchEvents(chronology, 'كرملين')).toEqual(['kremlin']); // Arabic kaf and yeh find Persian کرملین
  });

  test('actors by name, short name, native name, role; places; statements', () => {
    expect(searchEvents(chronology, 'araghchi')).toEqual(['geneva', 'kremlin']);
    expect(searchEvents(chronology, 'عراقچي')).toEqual(['geneva', 'kremlin']); // Arabic yeh
    expect(searchEvents(chronology, 'Путин')).toEqual(['kremlin', 'quote']);
    expect(searchEvents(chronology, 'visitor')).toEqual(['kremlin']);
    expect(searchEvents(chronology, 'geneve')).toEqual(['geneva']);
    expect(searchEvents(chronology, 'switzerland')).toEqual(['geneva']);
    expect(searchEvents(chronology, 'unprovoked')).toEqual(['quote']);
    expect(searchEvents(chronology, 'агрессия')).toEqual(['quote']);
  });

  test('every word must match; empty query matches all; no match is empty', () => {
    expect(searchEvents(chronology, 'putin araghchi')).toEqual(['kremlin']);
    expect(searchEvents(chronology, '  ')).toEqual(['geneva', 'kremlin', 'strikes', 'quote']);
    expect(searchEvents(chronology, '—')).toHaveLength(4);
    expect(searchEvents(chronology, 'washington')).toEqual([]);
    expect(searchEvents({ events: [{ id: 'bare' }] }, 'x')).toEqual([]);
  });

  test('the shipped June chronology: Persian titles, with Arabic letters typed', () => {
    const search = createSearchIndex(june);
    const enrichment = search('غني‌سازي'); // Arabic yeh, with ZWNJ
    expect(enrichment).toContain('khamenei-rejects-us-enrichment-proposal');
    expect(search('غنیسازی')).toEqual(enrichment);
    expect(search('moscow araghchi').length).toBeGreaterThan(0);
    const order = june.events.map((e) => e.id);
    const hits = search('iran');
    expect(hits).toEqual(order.filter((id) => hits.includes(id)));
  });
});
