/**
 * The topic filter bar when a chronology has more topics in use than it
 * holds (`LEGEND_TOPICS`): the topics with the most events, in the
 * chronology's order, plus any the filter is on, then a "+N more" button that
 * shows `LEGEND_TOPICS` more. Rare, so it travels with the list's module
 * (loaded right after the first render), not in the first-paint bundle;
 * until it arrives the bar shows the first `LEGEND_TOPICS` topics.
 */
import { html } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { Topic } from '../../schema/chronology-schema.js';
import type { Chronology } from '../../schema/parse.js';
import { LEGEND_TOPICS } from './legend-view.js';

/** How many badges each chronology's bar shows (raised by "+N more"; forgotten with the chronology). */
const shown = new WeakMap<Chronology, number>();

/**
 * Of the topics in use (`used`, in the chronology's order), the `limit` with
 * the most events (ties: the earlier) and the active ones, in the
 * chronology's order, and how many are left out. n·log n.
 */
export function legendTopics(c: Chronology, used: readonly Topic[], limit: number, active: ReadonlySet<string>) {
  const count = (t: Topic) => c.eventCountByTopic.get(t.id) ?? 0;
  if (used.length <= limit) return { topics: [...used], hidden: 0 };
  const cut = used.map(count).sort((a, b) => b - a)[limit - 1]!; // the limit-th highest count
  let ties = limit - used.filter((t) => count(t) > cut).length; // places left for topics with `cut` events: the earlier ones
  const topics = used.filter((t) => count(t) > cut || (count(t) === cut && ties-- > 0) || active.has(t.id));
  return { topics, hidden: used.length - topics.length };
}

/** The badges' topics and the "+N more" button for a bar of more than `LEGEND_TOPICS` topics. */
export function legendOverflow(c: Chronology, used: readonly Topic[], active: ReadonlySet<string>, m: Messages) {
  const { topics, hidden } = legendTopics(c, used, shown.get(c) ?? LEGEND_TOPICS, active);
  const more = (e: Event) => {
    shown.set(c, (shown.get(c) ?? LEGEND_TOPICS) + LEGEND_TOPICS);
    (((e.currentTarget as Element).getRootNode() as ShadowRoot).host as Element & { requestUpdate(): void }).requestUpdate();
  };
  return [
    topics,
    hidden ? html`<button class="more-topics" type="button" @click=${more}>${m.moreTopics(hidden)}</button>` : undefined,
  ] as const;
}
