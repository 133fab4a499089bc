import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { enclosingTimeline, langFor } from '../../dom/enclosing-timeline.js';
import { catalog } from '../../i18n/catalogs.js';
import { en } from '../../i18n/messages.js';
import { ActorSchema, isHttpUrl, type Actor } from '../../schema/chronology-schema.js';
import { readInlineJson } from '../../load/inline-json.js';
import type { Chronology } from '../../schema/parse.js';
import { pickText } from '../../schema/text.js';
import { styles } from './actor-card.styles.js';


/**
 * A person, state or organization: name first (and the native-script name,
 * marked with its language), role and country second, what kind of actor it
 * is, and how many events of the chronology it takes part in. A neutral
 * initials avatar stands in when there is no image.
 *
 * Give it an `actor` object, or an `actor-id` and the `chronology` it belongs
 * to; inside an `<event-timeline>` the chronology is found automatically. On a
 * plain HTML page, put the actor's JSON in a `<script type="application/json">`
 * child.
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

  /** The chronology the actor belongs to: gives `actor-id` meaning and the event count. */
  @property({ attribute: false }) chronology?: Chronology | null;

  /** Overrides the number of events shown (otherwise counted from the chronology). */
  @property({ type: Number, attribute: 'event-count' }) eventCount?: number;

  /** Role in one event ("host", "guest"), shown after the actor's general role. */
  @property({ attribute: 'event-role' }) eventRole?: string;

  /** Language for localized fields (defaults to the page's). */
  @property() override lang = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.actor) this.actor = readInlineJson(this, ActorSchema);
  }

  private get _chronology(): Chronology | null | undefined {
    return this.chronology ?? enclosingTimeline(this)?.chronology;
  }

  private get _actor(): Actor | undefined {
    return this.actor ?? (this.actorId ? this._chronology?.actorsById.get(this.actorId) : undefined);
  }

  override render() {
    const actor = this._actor;
    if (!actor) return this.actorId ? html`<div part="card" class="card"><p class="meta">${this.actorId}</p></div>` : nothing;
    const lang = langFor(this, enclosingTimeline(this));
    let m = catalog(lang);
    // Another language's words load on first use: English until then.
    if (m instanceof Promise) {
      void m.then(() => this.requestUpdate());
      m = en;
    }
    const name = pickText(actor.name, lang);
    const role = pickText(actor.role, lang);
    const count = this.eventCount ?? this._chronology?.eventCountByActor.get(actor.id);
    const initials = name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .slice(0, 2)
      .join('') || name.slice(0, 1);
    const image = isHttpUrl(actor.image?.url) ? actor.image!.url : undefined;
    const meta = [role, actor.country && actor.country !== name ? actor.country : ''].filter(Boolean).join(' · ');
    return html`<div part="card" class="card">
      <div part="avatar" class="avatar" aria-hidden=${image ? nothing : 'true'}>
        ${image
          ? html`<img src=${image} alt=${pickText(actor.image!.alt, lang)} loading="lazy" />`
          : initials}
      </div>
      <div class="body">
        <p part="name" class="name" dir="auto">
          ${name}${actor.nativeName && actor.nativeName.text !== name
            ? html`<span class="native-wrap"><span part="native-name" class="native" lang=${actor.nativeName.lang} dir="auto">${actor.nativeName.text}</span></span>`
            : nothing}
        </p>
        ${meta || this.eventRole
          ? html`<p part="meta" class="meta" dir="auto">${meta}${this.eventRole ? html`${meta ? ' — ' : ''}<em>${this.eventRole}</em>` : nothing}</p>`
          : nothing}
        <p part="count" class="count">
          <span class="kind">${m.kinds[actor.kind] ?? actor.kind}</span>${count !== undefined
            ? ` · ${m.events(count)}`
            : nothing}
        </p>
      </div>
    </div>`;
  }
}
