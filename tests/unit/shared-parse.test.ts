import { afterEach, describe, expect, expectTypeOf, test } from 'vitest';
import data from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import { parseChronology, type ChronologyData, type ChronologyInput, type ChronologyJson } from '../../src/schema/index.js';
import { unknownRefMessage } from '../../src/schema/parse.js';
import { isParsedChronology, parseShared as parseSharedOrLater } from '../../src/schema/shared-parse.js';
import type { ParseResult } from '../../src/schema/result.js';

/** parseShared, which is synchronous here: this file imports the full parser, so nothing waits for it. */
const parseShared = (input: unknown): ParseResult => {
  const r = parseSharedOrLater(input);
  if (r instanceof Promise) throw new Error('parseShared waited for the full parser');
  return r;
};

const small = () => ({
  schemaVersion: 1,
  id: 'small',
  title: 'Small',
  actors: [{ id: 'alice', name: 'Alice', kind: 'person' }],
  events: [{ id: 'e1', title: 'One', start: '2025-06-01', actors: [{ id: 'alice' }] }],
});

describe('parseShared: one parse per input object', () => {
  afterEach(() => {
    globalThis.CHRONOLINE_DEV = undefined;
  });

  test('the same object gives the same result; an equal copy is parsed again', () => {
    const input = small();
    const a = parseShared(input);
    expect(parseShared(input)).toBe(a);
    expect(a.chronology!.actorsById.get('alice')?.name).toBe('Alice');
    const b = parseShared(small());
    expect(b).not.toBe(a);
    expect(b).toEqual(a);
  });

  test('gives what parseChronology gives, problems included', () => {
    for (const input of [
      small(),
      { ...small(), events: [{ id: 'bad', title: 'x', start: '2025-13-01' }] },
      42,
      null,
      '{',
      '[]',
      { events: 'no' },
    ])
      expect(parseShared(input)).toEqual(parseChronology(input));
  });

  test('a parsed chronology passes through, not parsed again', () => {
    const { chronology } = parseChronology(small());
    expect(isParsedChronology(chronology)).toBe(true);
    expect(isParsedChronology(small())).toBe(false);
    const r = parseShared(chronology);
    expect(r.chronology).toBe(chronology);
    expect(r.problems).toEqual([]);
  });

  test('dev mode is part of the key (it adds warnings)', () => {
    const input = { ...small(), sumary: 'typo' };
    expect(parseShared(input).problems).toEqual([]);
    globalThis.CHRONOLINE_DEV = true;
    expect(parseShared(input).problems.map((p) => p.path)).toEqual(['sumary']);
  });
});

test('unknownRefMessage is the sentence the parser uses for an event’s reference', () => {
  const missing = parseChronology({ ...small(), events: [{ id: 'e1', title: 'One', start: '2025-06-01', actors: [{ id: 'bob' }] }] });
  expect(missing.problems[0]!.message).toBe(unknownRefMessage('actors', 'bob'));
  const rejected = parseChronology({
    ...small(),
    actors: [{ id: 'alice', name: 'Alice', kind: 'cat' }],
  });
  expect(rejected.problems.map((p) => p.message)).toContain(unknownRefMessage('actors', 'alice', 'actors[0]'));
});

describe('types: what `data` accepts', () => {
  test('a JSON import (literals widened) is a ChronologyJson and so ChronologyData; the written shape too', () => {
    expectTypeOf(data).toExtend<ChronologyJson>();
    expectTypeOf(data).toExtend<ChronologyData>();
    expectTypeOf<ChronologyInput>().toExtend<ChronologyJson>();
    expectTypeOf<string>().toExtend<ChronologyData>();
  });

  test('nonsense is not', () => {
    expectTypeOf<number>().not.toExtend<ChronologyData>();
    expectTypeOf<{ id: string }>().not.toExtend<ChronologyData>();
    expectTypeOf<{ schemaVersion: string; id: string; title: string; events: [] }>().not.toExtend<ChronologyData>();
  });
});

test('parseShared takes the quick path and waits for the full parser only when it must (before parse.ts has loaded)', async () => {
  const { vi } = await import('vitest');
  vi.resetModules();
  vi.doMock('../../src/schema/index.js', async () => {
    await new Promise((r) => setTimeout(r, 10));
    return vi.importActual('../../src/schema/index.js');
  });
  try {
    const fresh = await import('../../src/schema/shared-parse.js');
    const plain = fresh.parseShared(small());
    expect(plain).not.toBeInstanceOf(Promise);
    const bad = { ...small(), events: [{ id: 'bad', title: 'x', start: '2025-13-01' }] };
    const later = fresh.parseShared(bad);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toEqual(parseChronology(bad));
    // Remembered, and synchronous from now on.
    expect(fresh.parseShared(bad)).toEqual(parseChronology(bad));
    expect(fresh.parseShared({ ...bad })).not.toBeInstanceOf(Promise);
  } finally {
    vi.doUnmock('../../src/schema/index.js');
    vi.resetModules();
  }
});
