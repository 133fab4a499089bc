import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseChronology } from '../../src/schema/index.js';
import data from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };

const facts = JSON.parse(readFileSync(new URL('../fixtures/facts.json', import.meta.url), 'utf8'));

describe('src/data/june-2025-diplomacy.json', () => {
  const { chronology, problems } = parseChronology(data);

  test('parseChronology(dataset) reports 0 problems', () => {
    expect(problems).toEqual([]);
    expect(chronology).not.toBeNull();
  });

  test('has at least 60 events, 40 actors, and topics with colours', () => {
    expect(chronology!.events.length).toBeGreaterThanOrEqual(60);
    expect(chronology!.actors.length).toBeGreaterThanOrEqual(40);
    expect(chronology!.topics.length).toBeGreaterThan(0);
    for (const t of chronology!.topics) expect(t.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  test('every event has at least one http(s) source', () => {
    for (const e of chronology!.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url).toMatch(/^https?:\/\//);
    }
  });

  test('has no photos: no event media, no actor image (we have no licensed images; issue 22)', () => {
    const raw = data as { events: Record<string, unknown>[]; actors: Record<string, unknown>[] };
    expect(raw.events.filter((e) => 'media' in e).map((e) => e.id)).toEqual([]);
    expect(raw.actors.filter((a) => 'image' in a).map((a) => a.id)).toEqual([]);
    expect(chronology!.events.filter((e) => e.media).map((e) => e.id)).toEqual([]);
    expect(JSON.stringify(data)).not.toMatch(/\.(jpe?g|png|gif|webp|avif)\b/i);
  });

  test('keeps the fact sheet ids, start/end values with offsets, zones and places', () => {
    const byId = new Map(data.events.map((e) => [e.id, e]));
    for (const f of facts.events) {
      const e = byId.get(f.id);
      expect(e, f.id).toBeDefined();
      expect(e!.start).toBe(f.start);
      expect(e!.end ?? null).toBe(f.end ?? null);
      expect(e!.timeZone).toBe(f.timezone);
      expect(e!.location.name).toBe(f.location.place);
      expect(e!.actors.map((a) => a.id)).toEqual(f.actors.map((a: { id: string }) => a.id));
      expect(e!.sources.map((s) => s.url)).toEqual(f.sources.map((s: { url: string }) => s.url));
      if (f.precision === 'approximate') expect((e as { approximate?: boolean }).approximate).toBe(true);
      else expect(e!.precision).toBe(f.precision);
    }
  });

  test('titles are our own words, not the fact sheet titles', () => {
    const factTitles = new Map(facts.events.map((f: { id: string; title: string }) => [f.id, f.title]));
    for (const e of data.events) {
      const en = typeof e.title === 'string' ? e.title : e.title.en;
      expect(en).not.toBe(factTitles.get(e.id));
    }
  });

  test('actors have kind, role and country; native names carry a language', () => {
    for (const a of chronology!.actors) {
      expect(['person', 'state', 'organization']).toContain(a.kind);
      if (a.nativeName) expect(a.nativeName.lang).toMatch(/^[a-z]{2,3}(-[A-Za-z]+)?$/);
    }
    const withRole = chronology!.actors.filter((a) => a.role && a.country);
    expect(withRole.length).toBeGreaterThanOrEqual(40);
  });

  test('the US strikes fall on 21 June in Washington and 22 June in Tehran', () => {
    const strike = chronology!.events.find((e) => e.id === 'us-strikes-fordow-natanz-isfahan')!;
    expect(new Date(strike.start.instant).toISOString()).toBe('2025-06-21T22:40:00.000Z');
    const day = (zone: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(strike.start.instant);
    expect(day('America/New_York')).toBe('2025-06-21');
    expect(day('Asia/Tehran')).toBe('2025-06-22');
  });

  describe('who says so (issue 18)', () => {
    const byId = new Map(chronology!.events.map((e) => [e.id, e]));
    const factsById = new Map<string, any>(facts.events.map((f: { id: string }) => [f.id, f]));

    test('every event has a status; the ones resting on a single source are "reported"', () => {
      for (const e of chronology!.events) {
        expect(e.status, e.id).toBeDefined();
        if (e.sources.length === 1) expect(e.status, e.id).toBe('reported');
      }
    });

    test('every event the fact sheet notes conflicting reports on has a status and is not simply "reported"', () => {
      for (const f of facts.events.filter((x: { conflicts?: unknown[] }) => x.conflicts?.length)) {
        expect(['confirmed', 'claimed', 'disputed', 'denied'], f.id).toContain(byId.get(f.id)!.status);
      }
    });

    test("disputes and claims only where the fact sheet notes conflicts; their sources are the event's own", () => {
      for (const e of chronology!.events) {
        const f = factsById.get(e.id);
        if (e.disputes.length || e.status === 'disputed' || e.status === 'claimed') expect(f.conflicts?.length, e.id).toBeGreaterThan(0);
        if (e.status === 'disputed') expect(e.disputes.length, e.id).toBeGreaterThan(0);
        if (e.status === 'claimed' || e.status === 'denied') expect(e.claimedBy.length, e.id).toBeGreaterThan(0);
        const urls = new Set(e.sources.map((s) => s.url));
        for (const d of e.disputes) {
          expect(d.sources.length, e.id).toBeGreaterThan(0);
          for (const s of d.sources) expect(urls.has(s.url), `${e.id}: ${s.url}`).toBe(true);
          for (const c of f.conflicts) expect(d.text).not.toBe(c);
        }
      }
    });

    test("statements follow the fact sheet's (speaker, source) in our own words", () => {
      let count = 0;
      for (const f of facts.events) {
        const e = byId.get(f.id)!;
        const mine = e.statements.map((s) => [s.actor, s.source?.url]);
        expect(mine, f.id).toEqual((f.statements ?? []).map((s: { speaker: string; source_url: string }) => [s.speaker, s.source_url]));
        e.statements.forEach((s, j) => {
          expect(s.text, f.id).not.toBe(f.statements[j].paraphrase);
          expect(s.source!.publisher, f.id).toBe(e.sources.find((x) => x.url === s.source!.url)!.publisher);
        });
        count += e.statements.length;
      }
      expect(count).toBe(54);
    });

    test("events' updatedAt are on or before the chronology's", () => {
      for (const e of chronology!.events) if (e.updatedAt) expect(e.updatedAt <= chronology!.updatedAt!, e.id).toBe(true);
    });
  });
});
