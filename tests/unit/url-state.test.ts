import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { utc } from '../../src/time/dates.js';
import { ID_PATTERN } from '../../src/schema/chronology-schema.js';
import { URL_ID_PATTERN, decodeUrlState, encodeUrlState, formatUrlTime, historyMode, type UrlState } from '../../src/load/url-state.js';

const H = 3_600_000;
const t = (iso: string) => Date.parse(iso);

describe('decodeUrlState', () => {
  test('the existing deep link #event=<id> still works, with or without an element id', () => {
    expect(decodeUrlState('#event=putin-araghchi-kremlin-meeting')).toEqual({ event: 'putin-araghchi-kremlin-meeting' });
    expect(decodeUrlState('#event=putin-araghchi-kremlin-meeting', 'june')).toEqual({ event: 'putin-araghchi-kremlin-meeting' });
    expect(decodeUrlState('event=a%20b')).toEqual({ event: 'a b' });
  });

  test('every field', () => {
    const s = decodeUrlState(
      '#event=e1&from=2025-06-20&to=2025-06-25T12:00Z&zone=Asia/Tehran&topics=diplomacy,nuclear&status=confirmed,disputed&group=topic&q=moscow+talks',
    );
    expect(s).toEqual({
      event: 'e1',
      from: t('2025-06-20T00:00Z'),
      to: t('2025-06-25T12:00Z'),
      zone: 'Asia/Tehran',
      topics: ['diplomacy', 'nuclear'],
      status: ['confirmed', 'disputed'],
      group: 'topic',
      q: 'moscow talks',
    });
    expect(decodeUrlState('#from=2025-06-22T02:10%2B03:30&to=2025-06-22T02:35+03:30')).toEqual({}); // `+` is a space: a bad `to` drops both
    expect(decodeUrlState('#from=2025-06-22T02:10%2B03:30&to=2025-06-22T02:35%2B03:30')).toEqual({
      from: t('2025-06-21T22:40Z'),
      to: t('2025-06-21T23:05Z'),
    });
  });

  test('two timelines keep separate state; prefixed names win over bare ones', () => {
    const hash = '#event=old&june.event=a&june.q=iran&july.event=b&july.group=actor&a.b.c.zone=UTC';
    expect(decodeUrlState(hash, 'june')).toEqual({ event: 'a', q: 'iran' });
    expect(decodeUrlState(hash, 'july')).toEqual({ event: 'b', group: 'actor' });
    expect(decodeUrlState(hash, 'a.b.c')).toEqual({ zone: 'UTC' }); // ids with dots: the field is after the last one
    expect(decodeUrlState(hash, 'other')).toEqual({ event: 'old' });
    expect(decodeUrlState(hash)).toEqual({ event: 'old' });
    expect(decodeUrlState('#my%20chart.q=x', 'my chart')).toEqual({ q: 'x' });
  });

  test('malformed input is ignored field by field, never thrown', () => {
    expect(decodeUrlState('#event=%')).toEqual({});
    expect(decodeUrlState('#event=%E0%A4%A&q=ok')).toEqual({ q: 'ok' });
    expect(decodeUrlState('#from=2025-13-01&to=2025-06-30')).toEqual({});
    expect(decodeUrlState('#from=2025-06-30&to=2025-06-01')).toEqual({}); // from after to
    expect(decodeUrlState('#from=2025-06-01')).toEqual({}); // a range needs both ends
    expect(decodeUrlState('#from=2025-06-01T10:00&to=2025-06-02')).toEqual({}); // no offset: names no instant
    expect(decodeUrlState('#zone=Mars/Olympus&group=country&topics=Not%20A%20Slug,ok&status=,')).toEqual({ topics: ['ok'] });
    expect(decodeUrlState('#section-2')).toEqual({});
    expect(decodeUrlState('#=&&&=x&event')).toEqual({});
    expect(decodeUrlState('#%zz.event=a', '%zz')).toEqual({});
    expect(decodeUrlState('')).toEqual({});
    expect(decodeUrlState(undefined as any)).toEqual({});
    expect(decodeUrlState('#q=+++')).toEqual({});
  });
});

describe('encodeUrlState', () => {
  test('writes fields in order, readably', () => {
    const hash = encodeUrlState('', {
      q: 'Araghchi, Moscow',
      event: 'e1',
      from: t('2025-06-20T00:00Z'),
      to: t('2025-06-25T12:00:30.250Z'),
      zone: 'America/New_York',
      topics: ['a', 'b'],
      group: 'none',
    });
    expect(hash).toBe(
      '#event=e1&from=2025-06-20&to=2025-06-25T12:00:30.250Z&zone=America/New_York&topics=a,b&group=none&q=Araghchi,%20Moscow',
    );
  });

  test('a timeline with an id: its own pairs are replaced, everything else kept', () => {
    const before = '#section-2&event=old&june.event=a&june.q=x&july.event=b&other=1';
    expect(encodeUrlState(before, { event: 'c' }, 'june')).toBe('#section-2&event=old&july.event=b&other=1&june.event=c');
    expect(encodeUrlState(before, {}, 'june')).toBe('#section-2&event=old&july.event=b&other=1');
    expect(encodeUrlState('#event=old', {})).toBe('');
    expect(encodeUrlState('#event=old', { event: 'new' })).toBe('#event=new');
    expect(encodeUrlState('', { event: 'x' }, 'my chart')).toBe('#my%20chart.event=x');
  });

  test('values that would not read back are left out', () => {
    expect(encodeUrlState('', { from: 10, to: 5 })).toBe('');
    expect(encodeUrlState('', { from: 10 })).toBe('');
    expect(encodeUrlState('', { from: -1e15, to: 0 })).toBe('');
    expect(encodeUrlState('', { q: '', topics: [], event: '' })).toBe('');
  });

  test('formatUrlTime: the shortest exact form', () => {
    expect(formatUrlTime(t('2025-06-21T00:00Z'))).toBe('2025-06-21');
    expect(formatUrlTime(t('2025-06-21T22:40Z'))).toBe('2025-06-21T22:40Z');
    expect(formatUrlTime(t('2025-06-21T22:40:05Z'))).toBe('2025-06-21T22:40:05Z');
  });
});

describe('round trips (property)', () => {
  const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-_.]{0,12}$/);
  const instant = fc.integer({ min: utc(0), max: utc(10000) - 1 }); // years 0000–9999
  const range = fc
    .tuple(instant, instant)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? [a, b] : [b, a]));
  const state: fc.Arbitrary<UrlState> = fc
    .record(
      {
        event: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }),
        range,
        zone: fc.constantFrom('UTC', 'Asia/Tehran', 'America/New_York', 'local', 'event'),
        topics: fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }),
        status: fc.uniqueArray(fc.constantFrom('confirmed', 'reported', 'claimed', 'disputed', 'denied'), { minLength: 1 }),
        group: fc.constantFrom('actor' as const, 'topic' as const, 'none' as const),
        q: fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => s.trim() !== ''),
      },
      { requiredKeys: [] },
    )
    .map(({ range: r, ...rest }) => (r ? { ...rest, from: r[0], to: r[1] } : rest));
  const key = fc.option(fc.string({ minLength: 1, maxLength: 10, unit: 'grapheme' }), { nil: undefined });

  test('decode(encode(state)) is the state', () => {
    fc.assert(
      fc.property(state, key, (s, k) => {
        expect(decodeUrlState(encodeUrlState('', s, k), k)).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  test('two timelines on one page: each reads back its own state', () => {
    fc.assert(
      fc.property(state, state, fc.constantFrom('', '#section-2', '#event=old&x=1'), (a, b, start) => {
        const hash = encodeUrlState(encodeUrlState(start, a, 'june'), b, 'july');
        if (Object.keys(a).length) expect(decodeUrlState(hash, 'june')).toEqual(a);
        if (Object.keys(b).length) expect(decodeUrlState(hash, 'july')).toEqual(b);
        // Writing one again replaces it, and leaves the other alone.
        const again = encodeUrlState(hash, a, 'july');
        if (Object.keys(a).length) expect(decodeUrlState(again, 'july')).toEqual(a);
        if (Object.keys(a).length) expect(decodeUrlState(again, 'june')).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  test('decoding any string never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), (hash, k) => {
        decodeUrlState(hash, k);
        decodeUrlState(encodeUrlState(hash, { q: 'x' }, k), k);
      }),
      { numRuns: 500 },
    );
  });
});

test("ids are checked with the schema's pattern", () => {
  expect(URL_ID_PATTERN.source).toBe(ID_PATTERN.source);
});

describe('historyMode', () => {
  test('push for choices, replace for the range alone, none when equal', () => {
    expect(historyMode({ event: 'a' }, { event: 'b' })).toBe('push');
    expect(historyMode({ q: 'ir' }, { q: 'iran' })).toBe('push');
    expect(historyMode({ event: 'a', from: 0, to: H }, { event: 'a', from: H, to: 2 * H })).toBe('replace');
    expect(historyMode({ event: 'a', from: 0, to: H }, { event: 'a', from: 0, to: H })).toBe('none');
  });
});
