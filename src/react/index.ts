/**
 * React wrappers for the three components (`chronoline/react.js`), made with
 * `@lit/react`: element properties are props (`data`, `groupBy`, `actor`,
 * `topic`, …) and the DOM events are typed callbacks (`onEventSelect`, …).
 * Importing this module registers the tags. Needs `react` (18 or newer), an
 * optional peer dependency; the CDN bundle does not include it.
 *
 * @example
 * import { EventTimeline } from 'chronoline/react.js';
 * <EventTimeline data={june} groupBy="topic" onEventSelect={(e) => setSelected(e.detail.id)} />
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import '../components/event-timeline/event-timeline.js';
import '../components/actor-card/actor-card.js';
import '../components/topic-badge/topic-badge.js';
import { ActorCard as ActorCardElement, EventTimeline as EventTimelineElement, TopicBadge as TopicBadgeElement } from '../classes.js';
import type {
  DataErrorEvent,
  DataLoadEvent,
  EventSelectEvent,
  FilterChangeEvent,
  RangeChangeEvent,
  RenderedEvent,
  SearchChangeEvent,
  TopicToggleEvent,
} from '../events/index.js';

/** `<event-timeline>` as a React component. */
export const EventTimeline = createComponent({
  react: React,
  tagName: 'event-timeline',
  elementClass: EventTimelineElement,
  displayName: 'EventTimeline',
  events: {
    onEventSelect: 'event-select' as EventName<EventSelectEvent>,
    onRangeChange: 'range-change' as EventName<RangeChangeEvent>,
    onDataLoad: 'data-load' as EventName<DataLoadEvent>,
    onDataError: 'data-error' as EventName<DataErrorEvent>,
    onRendered: 'rendered' as EventName<RenderedEvent>,
    onFilterChange: 'filter-change' as EventName<FilterChangeEvent>,
    onSearchChange: 'search-change' as EventName<SearchChangeEvent>,
  },
});

/** `<actor-card>` as a React component. */
export const ActorCard = createComponent({
  react: React,
  tagName: 'actor-card',
  elementClass: ActorCardElement,
  displayName: 'ActorCard',
});

/** `<topic-badge>` as a React component. */
export const TopicBadge = createComponent({
  react: React,
  tagName: 'topic-badge',
  elementClass: TopicBadgeElement,
  displayName: 'TopicBadge',
  events: {
    onTopicToggle: 'topic-toggle' as EventName<TopicToggleEvent>,
  },
});

export type EventTimelineProps = React.ComponentProps<typeof EventTimeline>;
export type ActorCardProps = React.ComponentProps<typeof ActorCard>;
export type TopicBadgeProps = React.ComponentProps<typeof TopicBadge>;
export type * from '../events/index.js';
