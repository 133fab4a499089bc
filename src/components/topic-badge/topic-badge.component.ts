import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { cssProps } from '../../styles/css-props.js';
import { ChronologySource } from '../../dom/chronology-source.js';
import { langFor } from '../../dom/enclosing-timeline.js';
import type { FilterChangeEvent } from '../../events/index.js';
import { fillForText, textColorOn } from '../../styles/text-color.js';
import { safeColor } from '../../schema/color.js';
import { emit } from '../../events/emit.js';
import type { ChronologyData, Topic } from '../../schema/chronology-schema.js';
import { readInlineJson } from '../../load/inline-json.js';
import { formatProblem, type Chronology, type Problem } from '../../schema/result.js';
import { pickText } from '../../schema/text.js';
import { styles } from './topic-badge.styles.js';

/**
 * A topic label in the topic's colour: a pill whose text contrast is at least
 * 4.5:1 whatever the colour. Inside an `<event-timeline>`, or linked to one
 * with `for`, it is a toggle button that filters the timeline to the active
 * topics; standalone, it is a plain label. The topic comes from `topic`, or
 * from `topic-id` and the chronology: its own `data` (the same chronology
 * JSON an `<event-timeline>` takes), else the linked or enclosing timeline's
 * (under any tag name). On a plain HTML page, give it `topic-id` and `for`,
 * or the topic's JSON in a `<script type="application/json">` child.
 *
 * Input that cannot be read never throws: the badge shows the id, marked
 * with ⚠, and the reason (the `error` part, visually hidden), and `problems`
 * lists what is wrong with the same paths and sentences as the timeline's.
 *
 * @summary A topic label that can filter a timeline.
 * @tag topic-badge
 *
 * @fires {TopicToggleEvent} topic-toggle - The badge was pressed or released: `{id, active}`.
 *
 * @csspart badge - The pill (a `button` when it filters, a `span` otherwise).
 * @csspart error - Why the topic cannot be shown (bad data, unknown `topic-id`); visually hidden, read by screen readers.
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

  /**
   * The chronology `topic-id` refers to, as the timeline's `data` takes it:
   * the JSON as an object (a JSON import as it is) or as text, or a parsed
   * `Chronology`. Not needed inside a timeline or linked to one with `for`.
   */
  @property({ attribute: false }) data?: ChronologyData | Chronology | null;

  /** Id of an `<event-timeline>` elsewhere on the page that this badge filters (and reads its topics from). */
  @property({ attribute: 'for' }) for?: string;

  /** Whether the topic filter is on. Reflected; managed by the linked timeline. */
  @property({ type: Boolean, reflect: true }) pressed = false;

  /**
   * Set by a timeline that draws the badge in its own filter bar: the badge is
   * a toggle button whose `pressed` the timeline sets, and it adds no
   * listener to the timeline (a press filters it, as any badge's does).
   * Read when the badge connects (not reactive). Not for pages: use `for`.
   */
  declare managed?: boolean;

  /** Language for the label (defaults to the page's). */
  @property() override lang = '';

  /**
   * The validated chronology the badge reads: its own `data`, parsed, else
   * the linked or enclosing timeline's (null while there is none). Setting it
   * is setting `data` (kept from earlier versions; takes a `Chronology` or
   * anything `data` takes).
   */
  get chronology(): Chronology | null {
    return this._source.chronology;
  }
  set chronology(value: ChronologyData | Chronology | null | undefined) {
    this.data = value;
  }

  /**
   * What is wrong with the badge's input: the problems of its own `data` (the
   * same paths and sentences as the timeline's `problems`) and a `topic-id`
   * that is not in the chronology. Empty when all is well.
   */
  get problems(): readonly Problem[] {
    return this.topic ? [] : this._source.problems('topics', this.topicId);
  }

  private _onFilterChange = (e: FilterChangeEvent) => {
    if (this._resolvedId) this.pressed = e.detail.topics.includes(this._resolvedId);
  };

  /** The timeline this badge filters (and reads from): `for`'s target, or the timeline it sits in. */
  private _source = new ChronologySource(this, { 'filter-change': this._onFilterChange as EventListener }, (timeline) => {
    if (timeline && this._resolvedId && Array.isArray(timeline.activeTopics))
      this.pressed = timeline.activeTopics.includes(this._resolvedId);
  });

  private get _resolvedId(): string | undefined {
    return this.topic?.id ?? this.topicId;
  }

  /** Also waits for the full parser when the own `data` needs it. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this._source.settled(() => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.topic) readInlineJson(this, 'topic', (value) => void (this.topic ??= value));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server (no connectedCallback): link to the timeline it renders in, to render the same button.
    if (isServer || changed.has('for')) this._source.link();
  }

  private _toggle() {
    const id = this._resolvedId;
    if (!id) return;
    const active = !this.pressed;
    this.pressed = active;
    this._source.timeline?.setTopicActive(id, active);
    emit(this, 'topic-toggle', { id, active });
  }

  override render() {
    const id = this.topicId;
    const chronology = this._source.chronology;
    const topic = this.topic ?? (id ? chronology?.topicsById.get(id) : undefined);
    if (!topic) {
      const problems = this.problems;
      // With a chronology, the id is not in it (the last problem); without one, its data could not be read (the first).
      const why = chronology ? problems.at(-1) : problems[0];
      if (!id && !why) return nothing;
      return html`<span part="badge" class="badge ${why ? 'unknown' : ''}" ${cssProps(this._colors('#595959'))}>${id ?? ''}</span>${
        why ? html`<span part="error" class="visually-hidden">${formatProblem(why)}</span>` : nothing
      }`;
    }
    const lang = langFor(this, this._source.timeline);
    const label = pickText(topic.label, lang);
    // `topic` may be set directly (not through the schema): a colour is used only if it is one.
    const colors = this._colors(safeColor(topic.color) ?? '#595959');
    const filters = !!this._source.timeline;
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
    // A palette colour made for marks (3.6:1) is darkened until its text reaches 4.5:1.
    const fill = fillForText(color);
    return { '--_badge-color': fill, '--_badge-text': textColorOn(fill) };
  }
}
