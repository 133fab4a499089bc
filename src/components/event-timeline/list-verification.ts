/**
 * "Who says so" in the list view: each event's status word, its "new"
 * marker (live stories, `remember-visit`) and its corrections as dated
 * notes, and a "Corrections" section after the list that gathers them all.
 */
import { css, html, nothing } from 'lit';
import type { SpannedEvent } from '../../layout/timeline-layout.js';
import type { TimelineEvent } from '../../schema/parse.js';
import { pickLang, pickText } from '../../schema/text.js';
import { correctionText, type VerificationContext } from './details-verification.js';
import { statusKey, statusWord } from './status-marks.js';

/** An event's status word, "new" marker, conflicting reports and corrections, in its list item. */
export const renderItemVerification = (e: TimelineEvent, o: FreshContext) =>
  html`${renderStatusLine(e, o, 'item-status')}${renderNotes(e, o)}`;

/** What the status line reads: the verification context and the events not seen yet. */
export type FreshContext = VerificationContext & { fresh?: ReadonlySet<string> };

/** The status word ("Claimed by Iran", after its key) and the "new" marker, in a `<p>` of class `cls` (nothing for an event with neither). */
export function renderStatusLine(e: TimelineEvent, o: FreshContext, cls: string) {
  const bits = statusBits(e, o);
  return bits === nothing ? nothing : html`<p class=${cls}>${bits}</p>`;
}

/** The status word after its key, and the "new" marker, as phrasing content (nothing for an event with neither). */
export function statusBits(e: TimelineEvent, o: FreshContext) {
  const word = statusWord(e, o.chronology, o.m, o.lang);
  return word || o.fresh?.has(e.id)
    ? html`${word ? html`<span class="status-word" data-status=${e.status!}>${statusKey(e.status!)}${word}</span>` : nothing}
      ${o.fresh?.has(e.id) ? html`<span class="new-badge">${o.m.newMark}</span>` : nothing}`
    : nothing;
}

/** The conflicting reports and the corrections as dated notes ("Corrected 23 June 2025: …"). */
export function renderNotes(e: TimelineEvent, o: VerificationContext) {
  return html`${
    e.disputes.length
      ? html`<ul class="item-disputes" aria-label=${o.m.disputes}>
          ${e.disputes.map((d) => html`<li dir="auto" lang=${pickLang(d.text, o.lang) ?? nothing}>${pickText(d.text, o.lang)}</li>`)}
        </ul>`
      : nothing
  }${e.corrections.map((k) => html`<p class="item-correction" dir="auto">${correctionText(k, o)}</p>`)}`;
}

/** The "Corrections" section: every correction of the events listed, by event (nothing when there is none). */
export function renderCorrections(items: readonly SpannedEvent[], o: VerificationContext) {
  const corrected = items.filter((it) => it.event.corrections.length);
  if (!corrected.length) return nothing;
  return html`<section class="corrections-section" aria-labelledby="corrections-heading">
    <h3 id="corrections-heading">${o.m.corrections}</h3>
    <ul>
      ${corrected.map(
        ({ event: e }) =>
          html`<li data-id=${e.id}>
            <strong dir="auto" lang=${pickLang(e.title, o.lang) ?? nothing}>${pickText(e.title, o.lang)}</strong>
            ${e.corrections.map((k) => html`<p dir="auto">${correctionText(k, o)}</p>`)}
          </li>`,
      )}
    </ul>
  </section>`;
}

/** Styles of the list's verification parts (adopted with the list view's). */
export const listVerificationStyles = css`
  .item-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0 0 0.2rem;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .status-word {
    display: inline-flex;
    align-items: center;
    gap: 0.2rem;
  }
  .new-badge {
    padding: 0 0.4rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_text);
    font-size: 0.75rem;
    text-transform: uppercase;
  }
  .item-disputes {
    margin: 0 0 0.25rem;
    padding-inline-start: 1.1rem;
    font-size: 0.875rem;
  }
  .corrections-section {
    margin-block: 1.25rem;
    font-size: 0.875rem;
  }
  .corrections-section h3 {
    margin: 0 0 0.35rem;
    font-size: 0.9375rem;
  }
  .corrections-section ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  .corrections-section p {
    margin: 0.15rem 0 0.4rem;
  }
`;
