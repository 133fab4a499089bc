// Live stories (issue 18): merging a refreshed chronology by id, and what is new since the last visit.
import { describe, expect, test } from 'vitest';
import { MAX_REMEMBERED, mergeChronology, readVisit, recordVisit, sinceVisit, visitKey } from '../../src/load/live.js';
import { parseChronology, type Chronology } from '../../src/schema/index.js';
import data from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };

type Json = Record<string, any>;
const parse = (input: Json): Chronology => {
  const r = parseChronology(input);
  expect(r.problems).toEqual([]);
  return r.chronology!;
};
const copy = (): Json => structuredClone(data);

describe('mergeChronology', () => {
  test('one new and one changed event: added and changed by id; the others keep their objects', () => {
    const before = parse(copy());
    const input = copy();
    input.events.push({
      id: 'late-news',
      title: 'Late news',
      start: '2025-06-30T14:05:00+03:30',
      sources: [{ publisher: 'IRNA', url: 'https://en.irna.ir/x' }],
    });
    const ceasefire = input.events.find((e: Json) => e.id === 'ceasefire-takes-effect');
    ceasefire.status = 'disputed';
    ceasefire.updatedAt = '2025-06-30';
    const after = parse(input);
    const r = mergeChronology(before, after);
    expect(r.added).toEqual(['late-news']);
    expect(r.changed).toEqual(['ceasefire-takes-effect']);
    expect(r.removed).toEqual([]);
    expect(r.chronology.events.map((e) => e.id)).toEqual(after.events.map((e) => e.id));
    const old = new Map(before.events.map((e) => [e.id, e]));
    for (const e of r.chronology.events) {
      if (e.id === 'late-news' || e.id === 'ceasefire-takes-effect') expect(old.get(e.id)).not.toBe(e);
      else expect(e).toBe(old.get(e.id));
    }
    expect(r.chronology.events.find((e) => e.id === 'ceasefire-takes-effect')!.status).toBe('disputed');
  });

  test('removed events, events moved in the input (not changed), and the same data twice', () => {
    const before = parse(copy());
    const input = copy();
    const [first] = input.events.splice(0, 1);
    input.events.reverse();
    const after = parse(input);
    const r = mergeChronology(before, after);
    expect(r.removed).toEqual([first.id]);
    expect(r.added).toEqual([]);
    expect(r.changed).toEqual([]);
    // A new input position is taken from the new load.
    for (const e of r.chronology.events) expect(e.inputIndex).toBe(after.events.find((x) => x.id === e.id)!.inputIndex);
    const again = mergeChronology(before, parse(copy()));
    expect([again.added, again.changed, again.removed]).toEqual([[], [], []]);
    expect(again.chronology.events.every((e, i) => e === before.events[i])).toBe(true);
  });

  test('a change anywhere in an event counts: a statement, a source, a localized title, a time', () => {
    const before = parse(copy());
    const edits: [string, (e: Json) => void][] = [
      ['putin-araghchi-kremlin-meeting', (e) => (e.statements = [...(e.statements ?? []), { actor: 'vladimir-putin', text: 'Added.' }])],
      ['us-strikes-fordow-natanz-isfahan', (e) => (e.sources[0].date = '2025-06-23')],
      ['trump-announces-ceasefire', (e) => (e.title = { ...e.title, fa: 'عنوان تازه' })],
      ['iran-missiles-al-udeid', (e) => (e.start = '2025-06-23T19:45:00+03:00')],
    ];
    for (const [id, edit] of edits) {
      const input = copy();
      edit(input.events.find((e: Json) => e.id === id));
      const r = mergeChronology(before, parse(input));
      expect(r.changed, id).toEqual([id]);
      expect(r.added).toEqual([]);
    }
  });

  test('no previous chronology: every event is added', () => {
    const c = parse(copy());
    const r = mergeChronology(null, c);
    expect(r.added).toEqual(c.events.map((e) => e.id));
    expect(r.chronology).toBe(c);
  });
});

describe('remember-visit', () => {
  const c = parse(copy());

  test('a first visit marks nothing; the next one marks only what was added, and what was updated since', () => {
    expect(sinceVisit(c, null)).toEqual({ added: [], updated: [] });
    const visit = recordVisit(c, Date.UTC(2025, 6, 3, 12));
    expect(visit.ids).toHaveLength(80);
    const input = copy();
    input.events.push({ id: 'new-one', title: 'New', start: '2025-07-03' });
    input.events.find((e: Json) => e.id === 'tehran-state-funeral').updatedAt = '2025-07-04T09:00:00+03:30';
    input.events.find((e: Json) => e.id === 'grossi-iran-could-enrich-in-months').updatedAt = '2025-07-03';
    const next = parse(input);
    expect(sinceVisit(next, visit)).toEqual({ added: ['new-one'], updated: ['tehran-state-funeral'] });
  });

  test('stored and read back; anything else read as no visit, without throwing', () => {
    const visit = recordVisit(c, 1_750_000_000_000);
    expect(readVisit(JSON.stringify(visit))).toEqual(visit);
    expect(readVisit(JSON.stringify({ at: 5 }))).toEqual({ at: 5 });
    for (const bad of [
      null,
      undefined,
      '',
      '{',
      'null',
      '7',
      '[]',
      '{"at":"x"}',
      '{"at":1,"ids":[1]}',
      '{"at":1,"ids":"a"}',
      '{"at":1e999}',
    ])
      expect(readVisit(bad), String(bad)).toBeNull();
    expect(visitKey('june-2025-diplomacy')).toBe('chronoline:visit:june-2025-diplomacy');
  });

  test('past the limit of remembered ids, updatedAt alone says what is new', () => {
    const many = parse({
      schemaVersion: 1,
      id: 'big',
      title: 'Big',
      events: Array.from({ length: MAX_REMEMBERED + 1 }, (_, i) => ({
        id: `e${i}`,
        title: 'E',
        start: '2025-06-01',
        ...(i === 7 ? { updatedAt: '2025-07-02' } : {}),
      })),
    });
    const visit = recordVisit(many, Date.UTC(2025, 6, 1));
    expect(visit.ids).toBeUndefined();
    expect(sinceVisit(many, visit)).toEqual({ added: ['e7'], updated: [] });
  });
});
