/**
 * "Who says so" in the phone chronology (issue 18): each event's mark on
 * the rail (`phoneMark`, as the chart draws it) with the chart's status
 * treatment over it, the status word and the
 * "new" marker after its time (in the disclosure's name, so a screen
 * reader hears it with the title), the conflicting reports and dated
 * corrections when it opens; above the events, the status key and (behind
 * the "Filters" button, phone-filters.ts) the status filter bar the chart and
 * the list have (its toggles keyed as the marks are). Everything is reused from
 * status-marks.ts and list-verification.ts; this module only places it.
 */
import { css, html, nothing, svg } from 'lit';
import type { SpannedEvent } from '../../layout/layout-types.js';
import { listVerificationStyles, renderNotes, statusBits } from './list-verification.js';
import { statusGlyph, statusStyles } from './status-marks.js';
import type { ViewContext } from './body-view.js';
import { markColor } from '../../styles/color.js';

/** The status treatment over a phone mark (a dot of radius 6, or the 10 × 18 period bar): nothing without a status. */
export const phoneGlyph = (it: SpannedEvent, color: string) =>
  statusGlyph(it.event.status, it.kind === 'point' ? 'point' : 'range', color, -5, 10, 6);

/** The event's mark, as the chart draws it: a dot, or a period's bar with its starting edge; hollow and dashed when approximate. */
export function phoneMark(it: SpannedEvent, colors: ReadonlyMap<string, string>) {
  const e = it.event;
  const topic = e.topics[0];
  const hex = topic ? colors.get(topic) : undefined;
  const color = hex ? markColor(hex) : 'var(--_accent)';
  const approx = e.approximate ? 'approx' : '';
  return html`<svg class="phone-mark ${it.kind} ${approx}" width="16" height="22" viewBox="-8 -11 16 22" aria-hidden="true">
    ${
      it.kind === 'point'
        ? svg`<circle class="dot" r="6" fill=${color} stroke=${e.approximate ? color : nothing}></circle>`
        : svg`<rect class="bar" x="-5" y="-9" width="10" height="18" rx="3" fill=${color} stroke=${color}></rect>
              <rect class="bar-edge" x="-5" y="-9" width="10" height="3" fill=${color} stroke=${e.approximate ? color : nothing}></rect>`
    }${phoneGlyph(it, color)}
  </svg>`;
}

/** After the time: the status word and "new" (nothing for an event with neither). */
export function phoneStatus(it: SpannedEvent, o: ViewContext) {
  const bits = statusBits(it.event, o);
  return bits === nothing ? nothing : html`<span class="phone-status">${bits}</span>`;
}

/** In the opened event, before its sources: its conflicting reports (under "Reports differ") and its dated corrections. */
export const phoneNotes = (it: SpannedEvent, o: ViewContext) =>
  html`${it.event.disputes.length ? html`<p class="phone-notes-head">${o.m.disputes}</p>` : nothing}${renderNotes(it.event, o)}`;

/** The phone's status styles, with the status marks' and the list notes' own. */
export const phoneStatusStyles = css`
  ${statusStyles}
  ${listVerificationStyles}
  .phone-time {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
  }
  .phone-notes-head {
    margin: 0.35rem 0 0.1rem;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .phone-status {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
    color: var(--_text);
  }
`;
