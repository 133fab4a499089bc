/**
 * What the live region says when a gesture ends (see live-region.ts): in
 * the zoom gesture's module, since only a gesture ends on a new range.
 */
import type { Messages } from '../../i18n/messages.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import { formatter } from '../../time/intl.js';

/** "Showing 12 of 64 events, 3 June – 9 June": the range a gesture ended on (nothing before a layout). */
export function rangeText(
  { layout: l, prepared: p }: { layout: TimelineLayout | null; prepared: PreparedTimeline | null },
  i18n: { locale: string; m: Messages },
): string {
  if (!l || !p) return '';
  const f = formatter(i18n.locale, { timeZone: p.timeZone, day: 'numeric', month: 'short' });
  return `${i18n.m.showing(l.inView, l.total)}, ${f.formatRange(l.domain[0], l.domain[1])}`;
}
