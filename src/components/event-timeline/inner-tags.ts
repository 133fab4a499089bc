/**
 * The timeline draws `<actor-card>`s in its details panel and
 * `<topic-badge>`s in its filter bar and details. A page that registered the
 * classes under names of its own (`chronoline/classes.js`) may have left
 * those two names free: then they are registered here, once, when the
 * timeline first draws one (`defineTag`). A name that is already taken is
 * left as it is.
 *
 * The class is loaded then if it is not yet: the CDN entry carries neither
 * (neither is drawn at first paint: the chart's filter bar is behind its
 * Filters button, and the list views come in modules of their own). The
 * CDN entry also registers them with `defineTag` when the page has one.
 */
import { define } from '../../dom/define.js';

/** The tags the timeline draws, and how to load their classes. */
const CLASSES = {
  'actor-card': () => import('../actor-card/actor-card.component.js').then((m) => m.ActorCard),
  'topic-badge': () => import('../topic-badge/topic-badge.component.js').then((m) => m.TopicBadge),
};
export type InnerTag = keyof typeof CLASSES;

const loads = new Map<InnerTag, Promise<void>>();
const settled = new Set<InnerTag>();

/**
 * Makes sure `tag` is registered: as the class itself, or a subclass when
 * the page gave the class a name already (a class can have one name only).
 * Undefined when it is registered; else the promise of its registration
 * (loading its class on the first call).
 */
export function defineTag(tag: InnerTag): Promise<void> | undefined {
  if (settled.has(tag) || typeof customElements === 'undefined' || customElements.get(tag)) return;
  let load = loads.get(tag);
  if (!load)
    loads.set(
      tag,
      (load = CLASSES[tag]()
        .then((Class: CustomElementConstructor) => {
          try {
            define(tag, Class);
          } catch {
            define(tag, class extends Class {});
          }
        })
        // A chunk that failed to load leaves the tag undefined (the rest of the timeline works); not retried.
        .catch(() => {})
        .finally(() => settled.add(tag))),
    );
  return load;
}

/** A tag's class still loading (what the timeline's `updateComplete` waits for), if any. */
export function tagsLoading(): Promise<void> | undefined {
  for (const [tag, load] of loads) if (!settled.has(tag)) return load;
}
