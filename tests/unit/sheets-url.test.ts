import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sheetsCsvUrl, sheetsLinkProblem } from '../../src/import/sheets-url.js';
import * as importModule from '../../src/import/index.js';
import { fromCSV, importChronology, type ImportResult } from '../../src/import/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/timelinejs/${name}`, import.meta.url), 'utf8');

const urlOf = (input: string) => {
  const r = sheetsCsvUrl(input);
  if (r === null || 'error' in r) throw new Error(`no URL for ${input}: ${JSON.stringify(r)}`);
  return r.url;
};
const errorOf = (input: string) => {
  const r = sheetsCsvUrl(input);
  if (r === null || !('error' in r)) throw new Error(`no error for ${input}: ${JSON.stringify(r)}`);
  return r.error;
};
/** What TimelineJS's tests check of a CSV URL: the path ends in /pub and output=csv. */
const expectCsv = (url: string) => {
  const u = new URL(url);
  expect(u.origin).toBe('https://docs.google.com');
  expect(u.pathname).toMatch(/\/pub$/);
  expect(u.searchParams.get('output')).toBe('csv');
};

// The cases of TimelineJS3's src/js/core/__tests__/ConfigFactory.test.js (parseGoogleSpreadsheetURL and makeGoogleCSVURL).
describe('TimelineJS ConfigFactory.test.js cases', () => {
  test('bare sheet ID', () => {
    const url = urlOf('1cWqQBZCkX9GpzFtxCWHoqFXCHg-ylTVUWlnrdYMzKUI');
    expect(url).toBe('https://docs.google.com/spreadsheets/d/1cWqQBZCkX9GpzFtxCWHoqFXCHg-ylTVUWlnrdYMzKUI/pub?output=csv');
    expect(urlOf('1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk')).toMatch(/pub\?output=csv$/);
  });

  test('new-ish /d/<key>/pubhtml, with and without a worksheet gid', () => {
    expect(urlOf('https://docs.google.com/spreadsheets/d/1a8jYcSMWGXupicLJhtNAhkQfta8Fc5qKinDIJtroOAI/pubhtml')).toBe(
      'https://docs.google.com/spreadsheets/d/1a8jYcSMWGXupicLJhtNAhkQfta8Fc5qKinDIJtroOAI/pub?output=csv',
    );
    expect(urlOf('https://docs.google.com/spreadsheets/d/1a8jYcSMWGXupicLJhtNAhkQfta8Fc5qKinDIJtroOAI/pubhtml?gid=2066744085')).toBe(
      'https://docs.google.com/spreadsheets/d/1a8jYcSMWGXupicLJhtNAhkQfta8Fc5qKinDIJtroOAI/pub?gid=2066744085&single=true&output=csv',
    );
    expect(urlOf('https://docs.google.com/spreadsheets/d/1_7l1RsxQIodkOuKguCPMVQWgmQLGoPr7nBQa9l1k5_4/pubhtml')).toContain(
      '/d/1_7l1RsxQIodkOuKguCPMVQWgmQLGoPr7nBQa9l1k5_4/pub?output=csv',
    );
  });

  test('new new /d/e/2PACX-…/pubhtml, and its v2: key', () => {
    const key = '2PACX-1vTwrxBim-ruoMlLP9CnZIevWdP8rIatkV7XjNGXRSaMI94sNd-VbRF--W7A2kj6wfZhKUHWv1ur0Tb3';
    const csv = `https://docs.google.com/spreadsheets/d/e/${key}/pub?output=csv`;
    expect(urlOf(`https://docs.google.com/spreadsheets/d/e/${key}/pubhtml`)).toBe(csv);
    expect(urlOf(`v2:${key}`)).toBe(csv);
  });

  test('a /d/ URL that is already right, with /u/1/', () => {
    const url = urlOf('https://docs.google.com/spreadsheets/u/1/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/pub?output=csv');
    expectCsv(url);
    expect(url).toBe('https://docs.google.com/spreadsheets/u/1/d/1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk/pub?output=csv'); // unchanged
  });

  test('a /d/e/ URL that is already right', () => {
    const input =
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vQI-XgDRVhy1z0CSrHAvYk_Nz_6agyJQQvCCdS_hN-Vco0mUG6zYRqu-ToLAfgVMlCRRxH3YthpDSTX/pub?output=csv';
    expect(urlOf(input)).toBe(input);
  });

  test('a pubhtml Sheets URL with gid and single', () => {
    const url = urlOf(
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vSjoKQT3qQ8nWZw8bczMHrJdAnLN23WqifFrmZ-X5Bpt4P4uZK4Ebz3x3vA8Jok7u6NFi_yrrAnAccN/pubhtml?gid=0&single=true',
    );
    expectCsv(url);
    expect(new URL(url).searchParams.get('gid')).toBe('0');
  });

  test('a Google Docs document (not a sheet) is an error that says what to do', () => {
    expect(errorOf('https://docs.google.com/document/d/1qi4RH98Hce8jgH9rRXaOMBKNwfJ6LTgm0_10kPl-_WI/edit')).toMatch(
      /^This link is to a Google Docs document, not a spreadsheet\. .*Publish to web.*then paste its link\.$/,
    );
  });
});

describe('more link forms', () => {
  const id = '1cWqQBZCkX9GpzFtxCWHoqFXCHg-ylTVUWlnrdYMzKUI';
  test('/edit links, with the tab in the fragment or the query; /htmlview; no scheme; spaces around', () => {
    expect(urlOf(`https://docs.google.com/spreadsheets/d/${id}/edit`)).toBe(`https://docs.google.com/spreadsheets/d/${id}/pub?output=csv`);
    expect(urlOf(`https://docs.google.com/spreadsheets/d/${id}/edit#gid=1234`)).toBe(
      `https://docs.google.com/spreadsheets/d/${id}/pub?gid=1234&single=true&output=csv`,
    );
    expect(urlOf(`https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`)).toBe(
      `https://docs.google.com/spreadsheets/d/${id}/pub?output=csv`,
    );
    expect(urlOf(`https://docs.google.com/spreadsheets/d/${id}/edit?gid=7#gid=7`)).toContain('gid=7&single=true&output=csv');
    expect(urlOf(`https://docs.google.com/spreadsheets/d/${id}`)).toBe(`https://docs.google.com/spreadsheets/d/${id}/pub?output=csv`);
    expect(urlOf(`https://docs.google.com/spreadsheets/d/${id}/htmlview`)).toContain('/pub?output=csv');
    expect(urlOf(`  docs.google.com/spreadsheets/d/${id}/edit  `)).toBe(`https://docs.google.com/spreadsheets/d/${id}/pub?output=csv`);
    expect(urlOf(`https://docs.google.com/spreadsheets/u/0/d/${id}/edit`)).toBe(
      `https://docs.google.com/spreadsheets/d/${id}/pub?output=csv`,
    );
  });

  test('CSV exports that are already data are used as they are', () => {
    for (const u of [
      `https://docs.google.com/spreadsheets/d/${id}/export?format=csv&gid=0`,
      `https://docs.google.com/spreadsheets/d/${id}/gviz/tq?tqx=out:csv&sheet=Sheet1`,
    ])
      expect(urlOf(u)).toBe(u);
  });

  test('old key= links', () => {
    expect(urlOf('https://docs.google.com/spreadsheet/ccc?key=0Agl_Dv6iEbDadHdKcHlHcTB5bzhvbF9iTWwyMmJHdkE&usp=sharing')).toBe(
      'https://docs.google.com/spreadsheets/d/0Agl_Dv6iEbDadHdKcHlHcTB5bzhvbF9iTWwyMmJHdkE/pub?output=csv',
    );
    expect(urlOf('https://docs.google.com/spreadsheet/pub?key=0Agl_Dv6iEbDadHdKcHlHcTB5bzhvbF9iTWwyMmJHdkE&output=html')).toContain(
      '/d/0Agl_Dv6iEbDadHdKcHlHcTB5bzhvbF9iTWwyMmJHdkE/pub?output=csv',
    );
    expect(urlOf('https://spreadsheets.google.com/pub?key=0Agl_Dv6iEbDadHdKcHlHcTB5bzhvbF9iTWwyMmJHdkE')).toContain('output=csv');
  });

  test('other Google links, and malformed ones, are errors with what to do', () => {
    expect(errorOf('https://docs.google.com/presentation/d/1abcdefghijklmnopqrstuvwxyz/edit')).toMatch(/Google Slides, not a spreadsheet/);
    expect(errorOf('https://docs.google.com/forms/d/e/1FAIpQLSc/viewform')).toMatch(/Google Form/);
    expect(errorOf('https://drive.google.com/file/d/1abcdefghijklmnopqrstuvwxyz/view')).toMatch(/Google Drive link.*publish the sheet/);
    expect(errorOf('https://docs.google.com/spreadsheet/ccc')).toMatch(/no key=/);
    expect(errorOf('https://docs.google.com/spreadsheets/d/short/edit')).toMatch(/not to a spreadsheet/);
    expect(errorOf(`https://docs.google.com/spreadsheets/d/${id}/somethingnew`)).toMatch(/does not know/);
    expect(errorOf('v2:not-a-key')).toMatch(/v2: key/);
    expect(errorOf('   ')).toMatch(/empty/);
    expect(errorOf(42 as any)).toMatch(/text/);
    for (const e of [errorOf('https://docs.google.com/document/d/x/edit'), errorOf('v2:')]) expect(e).toMatch(/then paste its link/);
  });

  test('not Google at all: null (use as it is)', () => {
    for (const s of [
      'https://example.com/june.csv',
      'june-2025.json',
      'timeline',
      'data/sheet.csv',
      'javascript:alert(1)',
      'https://docs.google.com.evil.example/spreadsheets/d/x',
      'http://[::1',
      'ftp://docs.google.com/spreadsheets/d/1cWqQBZCkX9GpzFtxCWHoqFXCHg/edit',
    ]) {
      expect(sheetsCsvUrl(s)).toBeNull();
    }
  });
});

describe('the importer functions given a Sheets link instead of its data', () => {
  const id = '1cWqQBZCkX9GpzFtxCWHoqFXCHg-ylTVUWlnrdYMzKUI';
  const PACX = '2PACX-1vTwrxBim-ruoMlLP9CnZIevWdP8rIatkV7XjNGXRSaMI94sNd-VbRF--W7A2kj6wfZhKUHWv1ur0Tb3';
  const fatalOf = (r: ImportResult) => {
    expect(r.chronology).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.severity).toBe('fatal');
    return r.problems[0]!.message;
  };

  test('importChronology (auto and csv) and fromCSV name the published CSV to fetch, for every link form', () => {
    for (const [link, csv] of [
      [`https://docs.google.com/spreadsheets/d/e/${PACX}/pubhtml`, `https://docs.google.com/spreadsheets/d/e/${PACX}/pub?output=csv`],
      [
        `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`,
        `https://docs.google.com/spreadsheets/d/${id}/pub?gid=0&single=true&output=csv`,
      ],
      [`v2:${PACX}`, `https://docs.google.com/spreadsheets/d/e/${PACX}/pub?output=csv`],
      [` ${id}\n`, `https://docs.google.com/spreadsheets/d/${id}/pub?output=csv`],
    ] as const) {
      for (const r of [importChronology(link), importChronology(link, 'csv'), fromCSV(link)]) {
        const message = fatalOf(r);
        expect(message).toContain(`fetch its published CSV, ${csv}, and import that text`);
        expect(message).toMatch(/^this is a link to a Google Sheet, not its data/);
      }
      expect(sheetsLinkProblem(link)).toContain(csv);
    }
  });

  test('a Google Docs link: what to do, from importChronology and fromCSV', () => {
    const doc = 'https://docs.google.com/document/d/1qi4RH98Hce8jgH9rRXaOMBKNwfJ6LTgm0_10kPl-_WI/edit';
    for (const r of [importChronology(doc), fromCSV(doc)])
      expect(fatalOf(r)).toMatch(/Google Docs document, not a spreadsheet.*then paste its link/);
  });

  test('real data and other text are not taken for links', () => {
    const sheet = fixture('women-in-computing.csv');
    expect(sheetsLinkProblem(sheet)).toBeUndefined();
    expect(importChronology(sheet).chronology).not.toBeNull();
    for (const text of ['https://example.org/june.csv', 'start,title', 'Google Sheets is great', '{"events": []}', ''])
      expect(sheetsLinkProblem(text), text).toBeUndefined();
    expect(fatalOf(importChronology('https://example.org/june.csv'))).toMatch(/could not be recognised/);
  });

  test('sheetsCsvUrl and sheetsLinkProblem are public in chronoline/import.js', () => {
    expect(importModule.sheetsCsvUrl).toBe(sheetsCsvUrl);
    expect(importModule.sheetsLinkProblem).toBe(sheetsLinkProblem);
  });
});
