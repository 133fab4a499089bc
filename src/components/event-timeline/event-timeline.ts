import { define } from '../../dom/define.js';
import { ActorCard } from '../actor-card/actor-card.component.js';
import { TopicBadge } from '../topic-badge/topic-badge.component.js';
import { EventTimeline } from './event-timeline.component.js';

export { EventTimeline };
// The timeline renders cards and badges in its details panel: register them too.
define('event-timeline', EventTimeline);
define('actor-card', ActorCard);
define('topic-badge', TopicBadge);

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
