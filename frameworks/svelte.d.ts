/**
 * Svelte 5 templates: `<event-timeline>`, `<actor-card>` and `<topic-badge>`
 * as typed elements for `svelte-check` and the editor. A wrong value
 * (`data={42}`, `group-by="lanes"`) is a type error; `onevent-select`
 * gets an `EventSelectEvent`. Add once, e.g. in `src/app.d.ts`:
 *
 *   /// <reference types="chronoline/svelte" />
 *
 * Svelte sets what the element has as a property (`data`, `groupBy`) and the
 * rest as attributes, so both spellings are typed.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type {
  ActorCard,
  ActorCardAttributes,
  ActorCardProps,
  EventTimeline,
  EventTimelineAttributes,
  EventTimelineEvents,
  EventTimelineProps,
  OnEvents,
  TopicBadge,
  TopicBadgeAttributes,
  TopicBadgeEvents,
  TopicBadgeProps,
} from '../template-types.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'event-timeline': HTMLAttributes<EventTimeline> & EventTimelineProps & EventTimelineAttributes & OnEvents<EventTimelineEvents>;
    'actor-card': HTMLAttributes<ActorCard> & ActorCardProps & ActorCardAttributes;
    'topic-badge': HTMLAttributes<TopicBadge> & TopicBadgeProps & TopicBadgeAttributes & OnEvents<TopicBadgeEvents>;
  }
}

export {};
