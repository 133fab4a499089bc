import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, test } from 'vitest';
import { LIMITS, parseChronology, type Era } from '../../src/schema/index.js';
import { ChronologySchema } from '../../src/schema/chronology-schema.js';
import { quickChronology } from '../../src/schema/quick-chronology.js';
import { ERA_STRIP, layoutEras } from '../../src/layout/eras.js';
import { toJSON } from '../../src/export/json.js';
import { toCSV } from '../../src/export/csv.js';

const base = () => ({
  schemaVersion: 1,
  id: 'june',
  title: 'June',
  events: [{ id: 'a', title: 'A', start: '2025-06-13' }],
});
const withEras = (eras: unknown) => ({ ...base(), eras });
const messages = (eras: unknown) => parseChronology(withEras(eras)).problems.map((p) => `${p.severity} ${p.path}: ${p.message}`);

describe('eras in the schema', () => {
  test('valid eras are kept, with their instants (the end inclusive), colour and localized label', () => {
    const r = parseChronology(
      withEras([
        { id: 'war', label: { en: 'Twelve-day war', fa: 'جنگ دوازده روزه' }, start: '2025-06-13', end: '2025-06-24', color: '#c33' },
        { id: 'talks', label: 'Talks', start: '2025-06', end: '2025-07', description: 'Rounds in Muscat' },
      ]),
    );
    expect(r.problems).toEqual([]);
    expect(r.chronology!.eras).toEqual([
      {
        id: 'war',
        label: { en: 'Twelve-day war', fa: 'جنگ دوازده روزه' },
        start: '2025-06-13',
        end: '2025-06-24',
        from: Date.UTC(2025, 5, 13),
        to: Date.UTC(2025, 5, 25),
        color: '#c33',
      },
      {
        id: 'talks',
        label: 'Talks',
        start: '2025-06',
        end: '2025-07',
        from: Date.UTC(2025, 5, 1),
        to: Date.UTC(2025, 7, 1),
        description: 'Rounds in Muscat',
      },
    ]);
  });

  test('without eras the chronology has none (and the quick path reads it); with eras the full parser does', () => {
    expect(parseChronology(base()).chronology!.eras).toBeUndefined();
    expect(quickChronology(base())).toBeDefined();
    expect(quickChronology(withEras([]))).toBeUndefined();
    expect(parseChronology(withEras([])).chronology!.eras).toBeUndefined();
  });

  test('bad eras are reported at their paths and left out; the others and the events are kept', () => {
    const eras = [
      { id: 'ok', label: 'OK', start: '2025-06-01', end: '2025-06-02' },
      { id: 'Bad Id', label: 'x', start: '2025-06-01', end: '2025-06-02' },
      { id: 'no-label', start: '2025-06-01', end: '2025-06-02' },
      { id: 'bad-date', label: 'x', start: '2025-13-01', end: '2025-06-02' },
      { id: 'backwards', label: 'x', start: '2025-06-10', end: '2025-06-02' },
      { id: 'ok', label: 'again', start: '2025-06-01', end: '2025-06-02' },
      { id: 'colour', label: 'Colour', start: '2025-06-01', end: '2025-06-02', color: 'url(https://example.org/x)' },
      'era',
    ];
    const r = parseChronology(withEras(eras));
    expect(r.chronology!.events).toHaveLength(1);
    expect(r.chronology!.eras!.map((e: Era) => [e.id, e.color])).toEqual([
      ['ok', undefined],
      ['colour', undefined],
    ]);
    const paths = r.problems.map((p) => `${p.severity} ${p.path}`);
    expect(paths).toEqual([
      'error eras[1].id',
      'error eras[2].label',
      'error eras[3].start',
      'error eras[4].end',
      'error eras[5].id',
      'warning eras[6].color',
      'error eras[7]',
    ]);
    expect(messages(eras)).toContain("error eras[4].end: '2025-06-02' is before the start '2025-06-10': the era is left out");
    expect(messages(eras)).toContain("error eras[5].id: duplicate id 'ok'");
    expect(messages({ id: 'x' })).toEqual(['error eras: must be an array of eras']);
  });

  test('eras past LIMITS.eras: the first ones kept, the cut reported', () => {
    const eras = Array.from({ length: LIMITS.eras + 2 }, (_, i) => ({
      id: `e${i}`,
      label: `E${i}`,
      start: '2025-06-01',
      end: '2025-06-02',
    }));
    const r = parseChronology(withEras(eras));
    expect(r.chronology!.eras).toHaveLength(LIMITS.eras);
    expect(r.problems).toEqual([
      {
        path: 'eras',
        message: `has ${LIMITS.eras + 2} eras, past the limit of ${LIMITS.eras}: the first ${LIMITS.eras} are kept`,
        severity: 'warning',
      },
    ]);
  });

  test("the field is eras (TimelineJS's name): periods is not an alias; dev mode says what it is called", () => {
    const periods = [{ id: 'war', label: 'War', start: '2025-06-13', end: '2025-06-24' }];
    const r = parseChronology({ ...base(), periods }, { dev: true });
    expect(r.chronology!.eras).toBeUndefined();
    expect(r.problems.map((p) => `${p.severity} ${p.path}: ${p.message}`)).toEqual([
      "warning periods: unknown field 'periods' (ignored): periods of context are eras (id, label, start, end, color)",
    ]);
    expect(parseChronology({ ...base(), eras: periods }).chronology!.eras!.map((e) => e.id)).toEqual(['war']);
    // Elsewhere an unknown field gets no such hint.
    expect(parseChronology({ ...base(), period: 1 }, { dev: true }).problems[0]!.message).toBe("unknown field 'period' (ignored)");
  });

  test('the JSON Schema has eras (generated from the valibot schema)', () => {
    const js = toJsonSchema(ChronologySchema, { errorMode: 'ignore' }) as any;
    const era = js.properties.eras.items;
    expect(era.required).toEqual(['id', 'label', 'start', 'end']);
    expect(Object.keys(era.properties)).toEqual(['id', 'label', 'start', 'end', 'color', 'description']);
  });
});

describe('layoutEras', () => {
  const measure = (t: string) => t.length * 7;
  const era = (id: string, label: string, from: number, to: number): Era => ({ id, label, start: '', end: '', from, to });
  const l = { width: 1000, height: 300, plotLeft: 100, plotRight: 900, rtl: false, domain: [0, 800] as [number, number] };

  test('bands span their time in the scale, cut to the plot; bands out of view are left out', () => {
    const bands = layoutEras([era('a', 'Alpha', 100, 300), era('b', 'Beta', 700, 2000), era('c', 'Gone', 900, 950)], l, 'en', measure);
    expect(bands.map((b) => [b.id, b.x, b.width, b.y, b.height])).toEqual([
      ['a', 200, 200, 0, 300],
      ['b', 800, 100, 0, 300],
    ]);
    expect(bands.map((b) => [b.label, b.labelX, b.labelY, b.anchor])).toEqual([
      ['Alpha', 204, ERA_STRIP - 5, 'start'],
      ['Beta', 804, ERA_STRIP - 5, 'start'],
    ]);
  });

  test('labels never overlap: shortened to the room up to the next label, left out when too narrow', () => {
    const bands = layoutEras(
      [era('a', 'A long period of war', 0, 400), era('b', 'Overlapping talks', 20, 100), era('n', 'Narrow', 500, 510)],
      l,
      'en',
      measure,
    );
    const spans = bands.filter((b) => b.label).map((b) => [b.labelX, b.labelX + measure(b.label!)] as const);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] + 8);
    const byId = Object.fromEntries(bands.map((b) => [b.id, b]));
    expect(byId.a!.label).toBe('A long period of war');
    // Its band is 80 px wide, but the first label takes its start: it begins after that label.
    expect(byId.b!.labelX).toBe(104 + 140 + 8);
    expect(byId.b!.label).toBeNull();
    expect(byId.n!.label).toBeNull();
    expect(byId.n!.title).toBe('Narrow');
  });

  test('eras that meet are drawn edge to edge (TimelineJS: 600–650 then 650–700); a longer overlap is kept', () => {
    const read = (eras: unknown) => parseChronology(withEras(eras)).chronology!.eras!;
    const y = (year: number) => Date.UTC(year, 0, 1);
    const span = { ...l, domain: [y(600), y(720)] as [number, number] };
    const px = (t: number) => 100 + ((t - y(600)) / (y(720) - y(600))) * 800;
    const meet = read([
      { id: 'a', label: 'A', start: '0600', end: '0650' },
      { id: 'b', label: 'B', start: '0650', end: '0700' },
      { id: 'c', label: 'C', start: '0700', end: '0710' },
    ]);
    // As read, 'a' runs to the end of 650 and 'b' from its start: they share the year 650.
    expect(meet[0]!.to).toBeGreaterThan(meet[1]!.from);
    const bands = layoutEras(meet, span, 'en', measure);
    expect(bands.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.x).toBeCloseTo(bands[i - 1]!.x + bands[i - 1]!.width, 6);
    expect(bands[0]!.x).toBeCloseTo(px(y(600)), 6);
    expect(bands[1]!.x).toBeCloseTo(px(y(650)), 6);
    expect(bands[2]!.x + bands[2]!.width).toBeCloseTo(px(y(711)), 6); // the last one keeps its whole end year
    // An era that runs on past the next one's start by more than its end's unit keeps its full extent.
    const overlap = read([
      { id: 'war', label: 'War', start: '0600', end: '0660' },
      { id: 'talks', label: 'Talks', start: '0650', end: '0700' },
    ]);
    const [war, talks] = layoutEras(overlap, span, 'en', measure);
    expect(war!.x + war!.width).toBeCloseTo(px(y(661)), 6);
    expect(talks!.x).toBeCloseTo(px(y(650)), 6);
  });

  test("right to left: the mirror image, labels anchored at the band's right edge", () => {
    const bands = layoutEras([era('a', 'Alpha', 100, 300)], { ...l, rtl: true, plotLeft: 100, plotRight: 900 }, 'en', measure);
    expect(bands.map((b) => [b.x, b.width, b.labelX, b.anchor])).toEqual([[600, 200, 796, 'end']]);
  });
});

describe('eras in the data exports', () => {
  const eras = [{ id: 'war', label: 'War', start: '2025-06-13', end: '2025-06-24', color: '#c33' }];
  test('toJSON keeps the eras as written, and reads back to the same eras', () => {
    const c = parseChronology(withEras(eras)).chronology!;
    const json = JSON.parse(toJSON(c, []));
    expect(json.eras).toEqual(eras);
    const back = parseChronology(json, { dev: true });
    expect(back.problems).toEqual([]);
    expect(back.chronology!.eras).toEqual(c.eras);
  });

  test('toCSV leaves eras out (its rows are events)', () => {
    const c = parseChronology(withEras(eras)).chronology!;
    const csv = toCSV(c);
    expect(csv).not.toContain('War');
    expect(csv.split('\n')[0]).not.toMatch(/era/);
  });
});
