import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ChronologySource } from '../../dom/chronology-source.js';
import { langFor } from '../../dom/enclosing-timeline.js';
import { catalog } from '../../i18n/catalogs.js';
import { en } from '../../i18n/messages.js';
import type { Actor, ChronologyData } from '../../schema/chronology-schema.js';
import { isHttpUrl } from '../../schema/patterns.js';
import { readInlineJson } from '../../load/inline-json.js';
import { formatProblem, type Chronology, type Problem } from '../../schema/result.js';
import { pickText } from '../../schema/text.js';
import { styles } from './actor-card.styles.js';

/**
 * A person, state or organization: name first (and the native-script name,
 * marked with its language), role and country second, what kind of actor it
 * is, and how many events of the chronology it takes part in. A neutral
 * initials avatar stands in when there is no image.
 *
 * Give it an `actor` object, or an `actor-id` and the chronology it belongs
 * to: as `data`, the same chronology JSON an `<event-timeline>` takes (an
 * object, a JSON import or text), or through a timeline: inside an
 * `<event-timeline>`, or linked to one with `for`, it reads the timeline's
 * parsed chronology (under any tag name). On a plain HTML page, put the
 * actor's JSON in a `<script type="application/json">` child.
 *
 * Input that cannot be read never throws: the card shows the id and a short
 * reason (the `error` part), and `problems` lists what is wrong with the same
 * paths and sentences as the timeline's `problems`.
 *
 * @summary A person, state or organization from a chronology.
 * @tag actor-card
 *
 * @csspart card - The card's box.
 * @csspart avatar - The initials (or image) circle.
 * @csspart name - The name heading.
 * @csspart native-name - The native-script name.
 * @csspart meta - The role and country line.
 * @csspart count - The number of events.
 * @csspart statements - With `show-statements`: the list of what the actor said (each with its event and source).
 * @csspart error - Why the actor cannot be shown (bad data, unknown `actor-id`).
 *
 * @cssproperty [--chronoline-actor-card-font-size=0.875rem] - Base size of the card's text.
 * @cssproperty --chronoline-actor-card-background - Card background (defaults to the surface colour).
 * @cssproperty --chronoline-actor-card-avatar-background - Background of the initials circle.
 * @cssproperty --chronoline-font-family - Font (inherits by default).
 * @cssproperty --chronoline-color-text - Text colour.
 * @cssproperty --chronoline-color-muted - Secondary text colour.
 */
export class ActorCard extends LitElement {
  static override styles = styles;

  /** The actor to show. Takes precedence over `actor-id`. */
  @property({ attribute: false }) actor?: Actor;

  /** Id of an actor in `chronology` (or in the enclosing timeline's chronology). */
  @property({ attribute: 'actor-id', reflect: true }) actorId?: string;

  /**
   * The chronology the actor belongs to, as the timeline's `data` takes it:
   * the JSON as an object (a JSON import as it is) or as text, or a parsed
   * `Chronology`. Gives `actor-id` meaning and the event count. Cards given
   * the same object share one parse (and the timeline's, when it was given
   * that object too).
   */
  @property({ attribute: false }) data?: ChronologyData | Chronology | null;

  /** Id of an `<event-timeline>` on the page to read the chronology from, when the card is not inside one. */
  @property({ attribute: 'for' }) for?: string;

  /**
   * The validated chronology the card reads: its own `data`, parsed, else the
   * linked or enclosing timeline's (null while there is none). Setting it is
   * setting `data` (kept from earlier versions; takes a `Chronology` or anything
   * `data` takes).
   */
  get chronology(): Chronology | null {
    return this._source.chronology;
  }
  set chronology(value: ChronologyData | Chronology | null | undefined) {
    this.data = value;
  }

  /**
   * What is wrong with the card's input: the problems of its own `data` (the
   * same paths and sentences as the timeline's `problems`) and an `actor-id`
   * that is not in the chronology. Empty when all is well.
   */
  get problems(): readonly Problem[] {
    return this.actor ? [] : this._source.problems('actors', this.actorId);
  }

  /** Overrides the number of events shown (otherwise counted from the chronology). */
  @property({ type: Number, attribute: 'event-count' }) eventCount?: number;

  /** Role in one event ("host", "guest"), shown after the actor's general role. */
  @property({ attribute: 'event-role' }) eventRole?: string;

  /** Language for localized fields (defaults to the page's). */
  @property() override lang = '';

  /** Lists what the actor said across the chronology (its events' `statements`), each with its event and source. */
  @property({ type: Boolean, attribute: 'show-statements' }) showStatements = false;

  /** The statements' module (actor-statements.ts), loaded on first use. */
  private _said?: typeof import('./actor-statements.js');

  private _source = new ChronologySource(this);

  /** Also waits for the full parser when the own `data` needs it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._source.settled(() => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.actor) readInlineJson(this, 'actor', (value) => void (this.actor ??= value));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this._source.link();
  }

  override render() {
    const chronology = this._source.chronology;
    const actor = this.actor ?? (this.actorId ? chronology?.actorsById.get(this.actorId) : undefined);
    if (!actor) {
      const problems = this.problems;
      // With a chronology, the id is not in it (the last problem); without one, its data could not be read (the first).
      const why = chronology ? problems.at(-1) : problems[0];
      if (!this.actorId && !why) return nothing;
      return html`<div part="card" class="card">
        <div class="body">
          ${this.actorId ? html`<p class="meta">${this.actorId}</p>` : nothing}
          ${why ? html`<p part="error" class="error"><span aria-hidden="true">⚠ </span>${formatProblem(why)}</p>` : nothing}
        </div>
      </div>`;
    }
    const lang = langFor(this, this._source.timeline);
    let m = catalog(lang);
    // Another language's words load on first use: English until then.
    if (m instanceof Promise) {
      void m.then(() => this.requestUpdate());
      m = en;
    }
    const name = pickText(actor.name, lang);
    const role = pickText(actor.role, lang);
    const count = this.eventCount ?? chronology?.eventCountByActor.get(actor.id);
    const initials =
      name
        .split(/[\s-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .slice(0, 2)
        .join('') || name.slice(0, 1);
    const image = isHttpUrl(actor.image?.url) ? actor.image!.url : undefined;
    const meta = [role, actor.country && actor.country !== name ? pickText(actor.country) : ''].filter(Boolean).join(' · ');
    return html`<div part="card" class="card">
      <div part="avatar" class="avatar" aria-hidden=${image ? nothing : 'true'}>
        ${image ? html`<img src=${image} alt=${pickText(actor.image!.alt, lang)} loading="lazy" />` : initials}
      </div>
      <div class="body">
        <p part="name" class="name" dir="auto">
          ${name}${
            actor.nativeName && actor.nativeName.text !== name
              ? html`<span class="native-wrap"><span part="native-name" class="native" lang=${actor.nativeName.lang} dir="auto">${actor.nativeName.text}</span></span>`
              : nothing
          }
        </p>
        ${
          meta || this.eventRole
            ? html`<p part="meta" class="meta" dir="auto">${meta}${this.eventRole ? html`${meta ? ' — ' : ''}<em>${this.eventRole}</em>` : nothing}</p>`
            : nothing
        }
        <p part="count" class="count">
          <span class="kind">${m.kinds[actor.kind] ?? actor.kind}</span>${count !== undefined ? ` · ${m.events(count)}` : nothing}
        </p>
        ${
          this.showStatements && chronology
            ? (this._said?.renderStatements(chronology, actor.id, lang, m) ??
              void import('./actor-statements.js').then((s) => ((this._said = s), this.requestUpdate())))
            : nothing
        }
      </div>
    </div>`;
  }
}
