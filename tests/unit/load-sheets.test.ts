import { describe, expect, test } from 'vitest';
import de from '../../src/i18n/de.js';
import { en } from '../../src/i18n/messages.js';
import { LoadError } from '../../src/load/load.js';
import { sheetsSource } from '../../src/load/sheets.js';
import { maybeSheetsLink } from '../../src/load/sheets-link.js';

const ID = '1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk';

describe('sheetsSource: src as a reporter pastes it', () => {
  test.each([
    [
      `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
      `https://docs.google.com/spreadsheets/d/${ID}/pub?gid=0&single=true&output=csv`,
    ],
    [`docs.google.com/spreadsheets/d/${ID}/pubhtml`, `https://docs.google.com/spreadsheets/d/${ID}/pub?output=csv`],
    ['v2:2PACX-1vTabc_def-123', 'https://docs.google.com/spreadsheets/d/e/2PACX-1vTabc_def-123/pub?output=csv'],
    [` ${ID}`, `https://docs.google.com/spreadsheets/d/${ID}/pub?output=csv`],
  ])('%s → %s', async (src, csv) => {
    expect(maybeSheetsLink(src)).toBe(true);
    expect(await sheetsSource(src, en)).toBe(csv);
  });

  test.each(['data/june.json', 'https://example.org/x.csv', '/timeline.json'])(
    '%s is fetched as it is, without loading the conversion',
    async (src) => {
      expect(maybeSheetsLink(src)).toBe(false);
      expect(await sheetsSource(src, en)).toBe(src);
    },
  );

  test.each([
    'https://evil.example/docs.google.com/x',
    'https://docs.google.com.evil.example/spreadsheets/d/x',
    'https://news.google.com/x.json',
  ])('%s names google.com but is not a Google Sheets link: fetched as it is', async (src) => {
    expect(await sheetsSource(src, en)).toBe(src);
  });

  test('a Google link that is not a sheet: a url LoadError that says what to do, in the catalog given', async () => {
    const src = 'https://docs.google.com/document/d/1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/edit';
    const e = await sheetsSource(src, en).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LoadError);
    expect((e as LoadError).kind).toBe('url');
    expect((e as LoadError).url).toBe(src);
    expect((e as LoadError).message).toContain('publish the sheet to the web, then paste its link');
    const g = (await sheetsSource('v2:not-a-key', de).catch((x: unknown) => x)) as LoadError;
    expect(g.message).toContain('Veröffentlichen Sie die Tabelle im Web');
  });
});
