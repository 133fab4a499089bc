/**
 * Vue templates: `<event-timeline>`, `<actor-card>` and `<topic-badge>` as
 * typed global components for `vue-tsc` and Volar. A wrong prop
 * (`:data="42"`, `group-by="lanes"`) is a type error; `@event-select`
 * gets an `EventSelectEvent`. Props are Vue's usual: `group-by` is
 * `groupBy`, numbers are bound (`:max-lanes="5"`). Add once, e.g. in `src/env.d.ts`:
 *
 *   /// <reference types="chronoline/vue" />
 *
 * (Vue still needs `compilerOptions.isCustomElement` to leave the tags to
 * the browser: see the guide.)
 */
import type { DefineComponent } from 'vue';
import type {
  ActorCardProps,
  EventTimelineEvents,
  EventTimelineProps,
  OnCamelEvents,
  TopicBadgeEvents,
  TopicBadgeProps,
} from '../template-types.js';

declare module 'vue' {
  interface GlobalComponents {
    'event-timeline': DefineComponent<EventTimelineProps & { export?: boolean } & OnCamelEvents<EventTimelineEvents>>;
    'actor-card': DefineComponent<ActorCardProps>;
    'topic-badge': DefineComponent<TopicBadgeProps & OnCamelEvents<TopicBadgeEvents>>;
  }
}

export {};
