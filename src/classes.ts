/**
 * The component classes without registering any tag: for pages that pick
 * their own tag names or scoped registries.
 *
 * @example
 * import { EventTimeline } from 'chronoline/classes.js';
 * customElements.define('news-timeline', class extends EventTimeline {});
 */
export { EventTimeline } from './components/event-timeline/event-timeline.component.js';
export { ActorCard } from './components/actor-card/actor-card.component.js';
export { TopicBadge } from './components/topic-badge/topic-badge.component.js';
export { enclosingTimeline, type TimelineHost } from './dom/enclosing-timeline.js';
export type * from './events/index.js';
