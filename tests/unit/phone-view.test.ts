// When the compact phone chronology stands in for the list, and how many
// events it shows before "Show all" (issue 15). Its rendering is tested in
// the browser (tests/browser/phone-view.test.ts).
import { describe, expect, test } from 'vitest';
import { compactView } from '../../src/components/event-timeline/phone-module.js';
import { defaultPhoneCount } from '../../src/components/event-timeline/phone-view.js';

describe('compactView', () => {
  test('view="auto" below the breakpoint, once measured, not printing', () => {
    expect(compactView('auto', false, 390, 520)).toBe(true);
    expect(compactView('auto', false, 519, 520)).toBe(true);
  });
  test('the full list or the chart otherwise', () => {
    expect(compactView('auto', false, 520, 520), 'at the breakpoint: the chart').toBe(false);
    expect(compactView('list', false, 390, 520), 'view="list"').toBe(false);
    expect(compactView('chart', false, 390, 520), 'view="chart"').toBe(false);
    expect(compactView('auto', true, 390, 520), 'printing').toBe(false);
    expect(compactView('auto', false, 0, 520), 'not measured (server rendering, hydration)').toBe(false);
    expect(compactView('auto', false, 390, 520, 0), 'phone-events="0"').toBe(false);
    expect(compactView('auto', false, 390, 520, 10)).toBe(true);
  });
});

describe('defaultPhoneCount', () => {
  test('about two screens of events: 14 at 844 px, more on taller screens, 5 to 30', () => {
    expect(defaultPhoneCount(844)).toBe(14);
    expect(defaultPhoneCount(667)).toBe(10);
    expect(defaultPhoneCount(1000)).toBeGreaterThan(defaultPhoneCount(844));
    expect(defaultPhoneCount(200)).toBe(5);
    expect(defaultPhoneCount(5000)).toBe(30);
  });
});
