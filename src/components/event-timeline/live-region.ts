/**
 * The polite live region of `<event-timeline>`: selection, range and list
 * changes are said once, even when the same words repeat.
 */
import { html, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { PreparedTimeline, TimelineLayout } from '../../layout/timeline-layout.js';
import { formatter } from '../../time/intl.js';

export class LiveRegion {
  private _text = '';

  constructor(private host: ReactiveControllerHost) {}

  /** Says `text` (a trailing no-break space toggles so that the same words are announced again). */
  say = (text: string): void => {
    if (!text) return;
    this._text = this._text === text ? text + '\u00a0' : text;
    this.host.requestUpdate();
  };

  render() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this._text}</div>`;
  }
}

/** "Showing 12 of 64 events, 3 June – 9 June": the range a gesture ended on (nothing before a layout). */
export function rangeText(
  { layout: l, prepared: p }: { layout: TimelineLayout | null; prepared: PreparedTimeline | null },
  i18n: { locale: string; m: Messages },
): string {
  if (!l || !p) return '';
  const f = formatter(i18n.locale, { timeZone: p.timeZone, day: 'numeric', month: 'short' });
  return `${i18n.m.showing(l.inView, l.total)}, ${f.formatRange(l.domain[0], l.domain[1])}`;
}
