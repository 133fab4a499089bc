import { describe, expect, it } from 'vitest';
import { parseChronology } from '../../src/schema/parse.js';
import { takeZoneAnnotations } from '../../src/schema/zone-annotations.js';

const chronology = (event: Record<string, unknown>) => ({
  schemaVersion: 1,
  id: 'c',
  title: 'C',
  events: [{ id: 'e', title: 'E', ...event }],
});

describe('RFC 9557 zones in event times', () => {
  it('a bracketed zone sets the event zone; the instant comes from the offset', () => {
    const r = parseChronology(
      chronology({ start: '2025-06-21T19:50-04:00[America/New_York]', end: '2025-06-21T21:00-04:00[America/New_York]' }),
    );
    expect(r.problems).toEqual([]);
    const e = r.chronology!.events[0]!;
    expect(e.timeZone).toBe('America/New_York');
    expect(e.start.instant).toBe(Date.UTC(2025, 5, 21, 23, 50));
    expect(e.start.iso).toBe('2025-06-21T19:50-04:00');
    expect(e.end!.instant).toBe(Date.UTC(2025, 5, 22, 1, 0));
  });

  it('keeps ~ and tags; a date with a zone names the place', () => {
    const r = parseChronology(chronology({ start: '2025-06-21[Asia/Tehran][u-ca=persian]~' }));
    expect(r.problems).toEqual([]);
    const e = r.chronology!.events[0]!;
    expect(e.timeZone).toBe('Asia/Tehran');
    expect(e.approximate).toBe(true);
    expect(e.precision).toBe('day');
  });

  it("the event's own timeZone wins, with a warning", () => {
    const r = parseChronology(chronology({ start: '2025-06-21T19:50-04:00[America/New_York]', timeZone: 'America/Toronto' }));
    expect(r.chronology!.events[0]!.timeZone).toBe('America/Toronto');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ path: 'events[0].start', severity: 'warning' });
    expect(r.problems[0]!.message).toContain('America/Toronto is kept');
  });

  it('a zone that disagrees with the offset: dropped with a warning, or an error when critical', () => {
    const soft = parseChronology(chronology({ start: '2025-06-21T19:50+03:30[America/New_York]' }));
    expect(soft.chronology!.events[0]!.timeZone).toBeUndefined();
    expect(soft.problems.map((p) => p.severity)).toEqual(['warning']);
    const hard = parseChronology(chronology({ start: '2025-06-21T19:50+03:30[!America/New_York]' }));
    expect(hard.chronology!.events).toHaveLength(0);
    expect(hard.problems[0]).toMatchObject({ path: 'events[0].start', severity: 'error' });
    expect(hard.problems[0]!.message).toContain('America/New_York');
  });

  it('an unknown zone is an error that names it', () => {
    const r = parseChronology(chronology({ start: '2025-06-21T19:50-04:00[Mars/Olympus]' }));
    expect(r.chronology!.events).toHaveLength(0);
    expect(r.problems[0]!.message).toContain('Mars/Olympus is not a time zone');
  });

  it('takeZoneAnnotations leaves plain events as they are (the same object)', () => {
    const e = { start: '2025-06-21T19:50-04:00', timeZone: 'UTC' };
    expect(takeZoneAnnotations(e, () => {})).toBe(e);
  });
});
