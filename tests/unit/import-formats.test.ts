import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, detectFormat, importChronology } from '../../src/import/index.js';
import { parseChronology } from '../../src/schema/parse.js';

const acled = readFileSync(new URL('../fixtures/acled/sample-synthetic.csv', import.meta.url), 'utf8');
const markwhen = readFileSync(new URL('../fixtures/markwhen/june-2025.mw', import.meta.url), 'utf8');

describe('importChronology: acled and markwhen', () => {
  it('lists both formats', () => {
    expect(IMPORT_FORMATS).toEqual(expect.arrayContaining(['acled', 'markwhen']));
  });

  it('detects ACLED CSV by its columns; Markwhen text is not guessed', () => {
    expect(detectFormat(acled)).toBe('acled');
    expect(detectFormat('id,start,title\na,2025-06-01,A\n')).toBe('csv');
    expect(detectFormat(markwhen)).toBe('unknown');
  });

  it('reads the real samples to valid chronologies', () => {
    for (const [text, format] of [
      [acled, 'acled'],
      [acled, 'auto'],
      [markwhen, 'markwhen'],
    ] as const) {
      const r = importChronology(text, format);
      expect(r.chronology, format).toBeTruthy();
      const parsed = parseChronology(r.chronology);
      expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
      // Every event the importer wrote is valid (rows it could not convert are its own problems).
      expect(parsed.chronology!.events.length).toBe(r.chronology!.events.length);
      expect(parsed.chronology!.events.length).toBeGreaterThan(3);
    }
  });

  it('refuses non-text input with a sentence', () => {
    expect(importChronology({}, 'markwhen').problems[0]!.message).toBe('Markwhen input must be text, not object');
    expect(importChronology([], 'acled').problems[0]!.message).toBe('ACLED CSV input must be text, not an array');
  });
});
