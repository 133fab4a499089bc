import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { acledDate, fromACLED } from '../../src/import/acled.js';
import { parseChronology } from '../../src/schema/index.js';

const sample = readFileSync(new URL('../fixtures/acled/sample-synthetic.csv', import.meta.url), 'utf8');

describe("fromACLED (synthetic sample with ACLED's columns)", () => {
  const r = fromACLED(sample);
  const c = r.chronology!;
  const byId = (id: string) => c.events.find((e) => e.id === id)!;

  test('every row is an event or an error; the output is valid schema input', () => {
    expect(r.eventsIn).toBe(6);
    expect(c.events).toHaveLength(5);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([
      {
        path: 'row 7, column event_date',
        message: "'2025-02-30' is not a date (2025-06-13 or 13 June 2025): the row is left out",
        severity: 'error',
      },
    ]);
    const parsed = parseChronology(c);
    expect(parsed.problems).toEqual([]);
    expect(parsed.chronology!.events).toHaveLength(5);
  });

  test('the columns of the full export that are not mapped are listed once', () => {
    const info = r.problems.filter((p) => p.severity === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]!.message).toBe(
      'columns not mapped (kept out): assoc_actor_1, inter1, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, admin2, admin3, geo_precision, source_scale, tags',
    );
    expect(info[0]!.message).not.toMatch(/\bnotes\b|\bfatalities\b/);
  });

  test('a row: id, date, title, summary, place, actors, topics, source, updatedAt', () => {
    expect(byId('irn90001')).toEqual({
      id: 'irn90001',
      title: 'Air/drone strike in Tehran',
      start: '2025-06-13',
      summary: expect.stringMatching(
        /^SYNTHETIC SAMPLE\. On 13 June 2025.*Sources: Synthetic Wire; Example Daily\. Fatalities reported: 3\.$/,
      ),
      location: { name: 'Tehran', city: 'Tehran', country: 'Iran', lat: 35.6892, lon: 51.389 },
      actors: [{ id: 'military-forces-of-israel-2022' }, { id: 'military-forces-of-iran-1989' }],
      topics: ['explosions-remote-violence', 'political-violence'],
      sources: [{ publisher: 'ACLED', title: 'IRN90001', url: 'https://acleddata.com/' }],
      updatedAt: '2025-06-15T15:06:40Z',
    });
    expect(c.actors!.find((a) => a.id === 'military-forces-of-israel-2022')).toEqual({
      id: 'military-forces-of-israel-2022',
      name: 'Military Forces of Israel (2022-)',
      kind: 'state',
    });
    expect(c.actors!.find((a) => a.id === 'protesters-iran')!.kind).toBe('organization');
    expect(c.topics!.find((t) => t.id === 'explosions-remote-violence')!.label).toBe('Explosions/Remote violence');
  });

  test('time_precision: 1 exact day, 2 approximate day, 3 approximate month; "22 June 2025" dates', () => {
    expect(byId('irn90002')).toMatchObject({ start: '2025-06-14', approximate: true });
    expect(byId('irn90005')).toMatchObject({ start: '2025-06', approximate: true });
    expect(byId('irn90004')).toMatchObject({ start: '2025-06-22', location: { name: 'Fordow, Qom' } });
    expect(byId('irn90005').summary).not.toMatch(/Fatalities/); // empty fatalities: nothing said
  });

  test('quoted notes with commas and doubled quotes', () => {
    expect(byId('isr90003').summary).toMatch(/"several" people were hurt/);
  });

  test('acledDate', () => {
    expect(acledDate('2025-06-13')).toEqual([2025, 6, 13]);
    expect(acledDate('13 June 2025')).toEqual([2025, 6, 13]);
    expect(acledDate('3-Jun-2025')).toEqual([2025, 6, 3]);
    expect(acledDate('2025-02-29')).toBeNull();
    expect(acledDate('2024-02-29')).toEqual([2024, 2, 29]);
    expect(acledDate('13 Jum 2025')).toBeNull();
    expect(acledDate('')).toBeNull();
  });

  test('not ACLED, and bad cells', () => {
    expect(fromACLED('start,title\n2025-06-01,x').problems[0]).toMatchObject({ severity: 'fatal', path: 'row 1' });
    expect(fromACLED(42 as any).problems[0]!.severity).toBe('fatal');
    const bad = fromACLED(
      'event_id_cnty,event_date,year,location,latitude,longitude,timestamp,time_precision\nX1,2025-06-01,2024,Here,95,10,soon,7\n,2025-06-01,,There,,,,\nX1,2025-06-02,,There,,,,',
    );
    expect(bad.chronology!.events.map((e) => e.id)).toEqual(['x1', 'x1-2']);
    expect(bad.problems.map((p) => `${p.path}: ${p.severity}`)).toEqual([
      'row 2, column year: warning',
      'row 2, column time_precision: warning',
      'row 2, column latitude: warning',
      'row 2, column timestamp: warning',
      'row 3, column event_id_cnty: error',
      'row 4, column event_id_cnty: warning',
    ]);
    expect(parseChronology(bad.chronology).problems).toEqual([]);
  });
});
