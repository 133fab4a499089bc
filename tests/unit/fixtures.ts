// Shared fixtures of the layout and time unit tests.
import { expect } from 'vitest';
import data from '../../src/data/june-2025-diplomacy.json' with { type: 'json' };
import { parseChronology, type TimelineEvent } from '../../src/schema/index.js';

export const H = 3_600_000;
export const DAY = 24 * H;

/** The shipped June 2025 chronology, parsed. */
export const june = parseChronology(data).chronology!;
export const juneEvent = (id: string) => june.events.find((e) => e.id === id)!;

/** A one-event chronology parsed the way the component parses its data. */
export function event(fields: Record<string, unknown>): TimelineEvent {
  const { chronology, problems } = parseChronology({
    schemaVersion: 1,
    id: 'test',
    title: 'Test',
    events: [{ id: 'e', title: 'E', ...fields }],
  });
  expect(problems).toEqual([]);
  return chronology!.events[0]!;
}

/**
 * A chronology in UTC of two people, A and B, and one topic `t`: each event
 * gets id `e<i>`, topic `t` and actor A unless its fields say otherwise.
 */
export function twoActorChronology(events: Record<string, unknown>[]) {
  return parseChronology({
    schemaVersion: 1,
    id: 't',
    title: 'T',
    timeZone: 'UTC',
    actors: [
      { id: 'a', name: 'A', kind: 'person' },
      { id: 'b', name: 'B', kind: 'person' },
    ],
    topics: [{ id: 't', label: 'T', color: '#1f5fa8' }],
    events: events.map((e, i) => ({ id: `e${i}`, topics: ['t'], actors: [{ id: 'a' }], ...e })),
  }).chronology!;
}
