// Each text field's bidi controls act inside the field only (issue "Hostile
// and huge inputs", finding 9): isolateBidi balances them.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isolateBidi, pickText } from '../../src/schema/text.js';
import { quote as importQuote } from '../../src/import/common.js';

const LRE = '\u202a',
  RLE = '\u202b',
  PDF = '\u202c',
  LRO = '\u202d',
  RLO = '\u202e';
const LRI = '\u2066',
  RLI = '\u2067',
  FSI = '\u2068',
  PDI = '\u2069';

/**
 * What the Unicode bidi algorithm leaves open after a text (UAX #9, X1–X8,
 * without the depth limit): the openers, innermost last. An independent
 * reading of the rules, written from the standard, not from isolateBidi.
 */
function stillOpen(text: string): string[] {
  const stack: { kind: 'e' | 'i' }[] = [];
  let overflowIsolates = 0;
  for (const ch of text) {
    if (ch === LRE || ch === RLE || ch === LRO || ch === RLO) stack.push({ kind: 'e' });
    else if (ch === LRI || ch === RLI || ch === FSI) stack.push({ kind: 'i' });
    else if (ch === PDI) {
      // X6a: a PDI with no matching isolate initiator is ignored; otherwise it pops
      // every embedding above the isolate and the isolate itself.
      let j = stack.length - 1;
      while (j >= 0 && stack[j]!.kind !== 'i') j--;
      if (j >= 0) stack.length = j;
      else overflowIsolates++;
    } else if (ch === PDF) {
      // X7: a PDF pops an embedding only if it is not the isolate's own level.
      if (stack.length && stack[stack.length - 1]!.kind === 'e') stack.pop();
    }
  }
  void overflowIsolates;
  return stack.map((s) => s.kind);
}

const controls = [LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI];
const bidiText = fc
  .array(fc.oneof(fc.constantFrom(...controls), fc.constantFrom('a', 'b', 'ا', 'ب', ' ', '1', ',')), { maxLength: 30 })
  .map((a) => a.join(''));

describe('isolateBidi', () => {
  test('leaves text without bidi controls as it is (the same string)', () => {
    const s = 'Putin meets Araghchi, پوتین و عراقچی';
    expect(isolateBidi(s)).toBe(s);
  });

  test('closes an override left open: RLO at the start of a name', () => {
    expect(isolateBidi(`${RLO}Evil`)).toBe(`${RLO}Evil${PDF}`);
    expect(isolateBidi(`${RLI}a${RLO}b`)).toBe(`${RLI}a${RLO}b${PDF}${PDI}`);
  });

  test('drops closers that close nothing of the field’s own (they would close a neighbour’s)', () => {
    expect(isolateBidi(`${PDI}${PDF}x`)).toBe('x');
    expect(isolateBidi(`${FSI}a${PDF}b${PDI}`)).toBe(`${FSI}ab${PDI}`);
  });

  test('property: nothing is left open after any field, and only bidi controls change', () => {
    fc.assert(
      fc.property(bidiText, (s) => {
        const out = isolateBidi(s);
        expect(stillOpen(out)).toEqual([]);
        const strip = (t: string) => t.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
        expect(strip(out)).toBe(strip(s));
        // A field followed by its neighbour: the neighbour starts at the outer level.
        expect(stillOpen(out + 'x')).toEqual([]);
        // Balanced text is a fixed point.
        expect(isolateBidi(out)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });

  test('pickText and the problem messages quote data balanced', () => {
    expect(stillOpen(pickText({ en: `${RLO}Tehran` }, 'en'))).toEqual([]);
    expect(stillOpen(pickText(`${RLE}x`))).toEqual([]);
    expect(stillOpen(importQuote(`${RLO}2025-06-23`))).toEqual([]);
  });
});
