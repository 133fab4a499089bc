/**
 * What a framework's template may write on the three tags, as types: the
 * properties (camelCase, as Vue and the React wrappers take them), the
 * attributes (kebab-case, as in HTML) and the events. `chronoline/vue`,
 * `chronoline/svelte` and `chronoline/jsx` hand these to Vue's
 * `GlobalComponents`, Svelte's `SvelteHTMLElements` and React's
 * `JSX.IntrinsicElements`, so that `:data="42"` or `group-by="lanes"` is a
 * type error in each framework's checker. Types only: nothing here runs.
 */
import type { ActorCard } from './components/actor-card/actor-card.component.js';
import type { EventTimeline } from './components/event-timeline/event-timeline.component.js';
import type { TopicBadge } from './components/topic-badge/topic-badge.component.js';
import type { ChronolineEventMap } from './events/index.js';

type Props<T, K extends keyof T> = { [P in K]?: T[P] };
/** A number attribute: written as a number or as its digits. */
type NumberAttr = number | `${number}`;

/** `<event-timeline>`'s properties, by property name. */
export type EventTimelineProps = Props<
  EventTimeline,
  | 'data'
  | 'src'
  | 'timeout'
  | 'groupBy'
  | 'selected'
  | 'timeZone'
  | 'calendar'
  | 'format'
  | 'maxLanes'
  | 'hideTitle'
  | 'view'
  | 'linkSelection'
  | 'listBreakpoint'
  | 'ssrWidth'
  | 'height'
  | 'wheelZoom'
  | 'baseUrl'
  | 'axisBreaks'
>;

/** `<event-timeline>`'s attributes whose names differ from their properties' (or have none). */
export interface EventTimelineAttributes {
  'group-by'?: EventTimeline['groupBy'];
  'time-zone'?: string;
  'max-lanes'?: NumberAttr;
  'hide-title'?: boolean;
  'link-selection'?: boolean;
  'list-breakpoint'?: NumberAttr;
  'ssr-width'?: NumberAttr;
  'wheel-zoom'?: EventTimeline['wheelZoom'];
  'base-url'?: string;
  'axis-breaks'?: string;
  /** Adds a "Download image" button. */
  export?: boolean;
}

/** `<actor-card>`'s properties. */
export type ActorCardProps = Props<ActorCard, 'actor' | 'actorId' | 'data' | 'for' | 'eventCount' | 'eventRole'>;
/** `<actor-card>`'s kebab-case attributes. */
export interface ActorCardAttributes {
  'actor-id'?: string;
  'event-count'?: NumberAttr;
  'event-role'?: string;
}

/** `<topic-badge>`'s properties. */
export type TopicBadgeProps = Props<TopicBadge, 'topic' | 'topicId' | 'data' | 'for' | 'pressed'>;
/** `<topic-badge>`'s kebab-case attributes. */
export interface TopicBadgeAttributes {
  'topic-id'?: string;
}

/** The events each tag fires (all bubble and are composed). */
export type EventTimelineEvents = Pick<
  ChronolineEventMap,
  'event-select' | 'range-change' | 'data-load' | 'data-error' | 'rendered' | 'filter-change' | 'zone-change'
>;
export type ActorCardEvents = Record<never, never>;
export type TopicBadgeEvents = Pick<ChronolineEventMap, 'topic-toggle'>;

/** Listeners as `on` + the event's name (`onevent-select`): how Svelte 5 and React 19 write a custom element's events. */
export type OnEvents<E> = { [K in keyof E & string as `on${K}`]?: (event: E[K]) => void };

/** Listeners as `on` + the event's name in camelCase (`onEventSelect`): how Vue types `@event-select`. */
export type OnCamelEvents<E> = { [K in keyof E & string as `on${Capitalize<CamelCase<K>>}`]?: (event: E[K]) => void };
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;

/**
 * The three tags as Svelte 5 and React 19 type them: each tag's element
 * class, and what its tag takes (properties, attributes and `on` + event
 * listeners). `chronoline/svelte` and `chronoline/jsx` add their own
 * framework's HTML attributes of the element.
 */
export interface TemplateTags {
  'event-timeline': { element: EventTimeline; takes: EventTimelineProps & EventTimelineAttributes & OnEvents<EventTimelineEvents> };
  'actor-card': { element: ActorCard; takes: ActorCardProps & ActorCardAttributes };
  'topic-badge': { element: TopicBadge; takes: TopicBadgeProps & TopicBadgeAttributes & OnEvents<TopicBadgeEvents> };
}

export type { EventTimeline, ActorCard, TopicBadge };
