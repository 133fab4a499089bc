import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../styles/css-props.js';
import { enclosingTimeline, langFor, type TimelineHost } from '../../dom/enclosing-timeline.js';
import type { FilterChangeEvent } from '../../events/index.js';
import { textColorOn } from '../../styles/color.js';
import { emit } from '../../events/emit.js';
import { TopicSchema, type Topic } from '../../schema/chronology-schema.js';
import { readInlineJson } from '../../load/inline-json.js';
import type { Chronology } from '../../schema/parse.js';
import { pickText } from '../../schema/text.js';
import { styles } from './topic-badge.styles.js';

/** What a linked timeline offers a badge outside it. */

/**
 * A topic label in the topic's colour: a pill whose text contrast is at least
 * 4.5:1 whatever the colour. Inside an `<event-timeline>`, or linked to one
 * with `for`, it is a toggle button that filters the timeline to the active
 * topics; standalone, it is a plain label. On a plain HTML page, give it
 * `topic-id` and `for`, or the topic's JSON in a `<script type="application/json">`
 * child.
 *
 * @summary A topic label that can filter a timeline.
 * @tag topic-badge
 *
 * @fires {TopicToggleEvent} topic-toggle - The badge was pressed or released: `{id, active}`.
 *
 * @csspart badge - The pill (a `button` when it filters, a `span` otherwise).
 *
 * @cssproperty [--chronoline-topic-badge-font-size=0.8125rem] - Size of the label.
 * @cssproperty --chronoline-font-family - Font (inherits by default).
 * @cssproperty --chronoline-color-accent - Focus ring colour.
 */
export class TopicBadge extends LitElement {
  static override styles = styles;

  /** The topic to show. Takes precedence over `topic-id`. */
  @property({ attribute: false }) topic?: Topic;

  /** Id of a topic in `chronology` (or in the enclosing timeline's chronology). */
  @property({ attribute: 'topic-id', reflect: true }) topicId?: string;

  /** The chronology `topic-id` refers to, when the badge is not inside a timeline. */
  @property({ attribute: false }) chronology?: Chronology | null;

  /** Id of an `<event-timeline>` elsewhere on the page that this badge filters. */
  @property({ attribute: 'for' }) for?: string;

  /** Whether the topic filter is on. Reflected; managed by the linked timeline. */
  @property({ type: Boolean, reflect: true }) pressed = false;

  /** Language for the label (defaults to the page's). */
  @property() override lang = '';

  /** The timeline this badge filters: `for`'s target, or the timeline it sits in. */
  @state() private _linked: TimelineHost | null = null;

  private _onFilterChange = (e: FilterChangeEvent) => {
    if (this._resolvedId) this.pressed = e.detail.topics.includes(this._resolvedId);
  };

  /** The linked timeline loaded data: the topic's label and colour may now be known. */
  private _onDataLoad = () => this.requestUpdate();

  private get _resolvedId(): string | undefined {
    return this.topic?.id ?? this.topicId;
  }

  private get _topic(): Topic | undefined {
    if (this.topic) return this.topic;
    const id = this.topicId;
    if (!id) return undefined;
    return (this.chronology ?? this._linked?.chronology)?.topicsById.get(id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.topic) this.topic = readInlineJson(this, TopicSchema);
    this._link();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unlink();
  }

  private _link() {
    this._unlink();
    if (!this.isConnected && !isServer) return;
    const el = this.for ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for) as TimelineHost | null) : enclosingTimeline(this);
    if (!el) return;
    this._linked = el;
    el.addEventListener('filter-change', this._onFilterChange as EventListener);
    el.addEventListener('data-load', this._onDataLoad);
    if (this._resolvedId && Array.isArray(el.activeTopics)) this.pressed = el.activeTopics.includes(this._resolvedId);
  }

  private _unlink() {
    this._linked?.removeEventListener('filter-change', this._onFilterChange as EventListener);
    this._linked?.removeEventListener('data-load', this._onDataLoad);
    this._linked = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server (no connectedCallback): link to the timeline it renders in, to render the same button.
    if (isServer || changed.has('for')) this._link();
  }

  private _toggle() {
    const id = this._resolvedId;
    if (!id) return;
    const active = !this.pressed;
    this.pressed = active;
    this._linked?.setTopicActive(id, active);
    emit(this, 'topic-toggle', { id, active });
  }

  override render() {
    const topic = this._topic;
    if (!topic) return this._resolvedId ? html`<span part="badge" class="badge" ${cssProps(this._colors('#595959'))}>${this._resolvedId}</span>` : nothing;
    const lang = langFor(this, this._linked);
    const label = pickText(topic.label, lang);
    const colors = this._colors(topic.color ?? '#595959');
    const filters = !!this._linked;
    if (!filters) return html`<span part="badge" class="badge" ${cssProps(colors)}>${label}</span>`;
    return html`<button
      part="badge"
      class="badge"
      type="button"
      aria-pressed=${this.pressed ? 'true' : 'false'}
      ${cssProps(colors)}
      @click=${this._toggle}
    >
      ${this.pressed ? html`<span class="check" aria-hidden="true">✓</span>` : nothing}${label}
    </button>`;
  }

  private _colors(color: string) {
    return { '--_badge-color': color, '--_badge-text': textColorOn(color) };
  }
}
