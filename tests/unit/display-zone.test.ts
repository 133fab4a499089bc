// The meaning of `time-zone`, worked out in one place (src/time/display-zone.ts).
import { describe, expect, test, vi } from 'vitest';
import { eventZone, readerZone, resolveDisplayZone } from '../../src/time/display-zone.js';

describe('resolveDisplayZone(setting, chronologyZone, warn)', () => {
  test('an IANA name or UTC is that zone', () => {
    expect(resolveDisplayZone('Asia/Tehran', 'Europe/Moscow')).toEqual({ zone: 'Asia/Tehran', perEvent: false, setting: 'Asia/Tehran' });
    expect(resolveDisplayZone('UTC', 'Europe/Moscow')).toEqual({ zone: 'UTC', perEvent: false, setting: 'UTC' });
  });
  test("`local` is the reader's zone; `event` keeps the chronology's for the axis and writes each event in its own", () => {
    expect(resolveDisplayZone('local', 'Asia/Tehran')).toEqual({ zone: readerZone(), perEvent: false, setting: 'local' });
    expect(resolveDisplayZone('event', 'Asia/Tehran')).toEqual({ zone: 'Asia/Tehran', perEvent: true, setting: 'event' });
    expect(resolveDisplayZone('event', undefined)).toEqual({ zone: 'UTC', perEvent: true, setting: 'event' });
  });
  test("no setting: the chronology's zone, then UTC (nothing to warn about)", () => {
    const warn = vi.fn();
    expect(resolveDisplayZone(undefined, 'Asia/Tehran', warn)).toEqual({ zone: 'Asia/Tehran', perEvent: false, setting: 'Asia/Tehran' });
    expect(resolveDisplayZone('', undefined, warn)).toEqual({ zone: 'UTC', perEvent: false, setting: 'UTC' });
    expect(warn).not.toHaveBeenCalled();
  });
  test("an invalid setting warns once and falls back to the chronology's zone", () => {
    const warn = vi.fn();
    expect(resolveDisplayZone('Mars/Olympus', 'Asia/Tehran', warn)).toEqual({
      zone: 'Asia/Tehran',
      perEvent: false,
      setting: 'Asia/Tehran',
    });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/time-zone="Mars\/Olympus" is not a time zone/);
  });
});

describe('eventZone(event, displayZone)', () => {
  test('an event\'s own zone only with time-zone="event", and only when it has one', () => {
    const perEvent = resolveDisplayZone('event', 'Asia/Tehran');
    const fixed = resolveDisplayZone('America/New_York', 'Asia/Tehran');
    expect(eventZone({ timeZone: 'Europe/Moscow' }, perEvent)).toBe('Europe/Moscow');
    expect(eventZone({}, perEvent)).toBe('Asia/Tehran');
    expect(eventZone({ timeZone: 'Europe/Moscow' }, fixed)).toBe('America/New_York');
  });
});
