/**
 * The timeline draws `<actor-card>`s in its details panel and
 * `<topic-badge>`s in its filter bar. A page that registered the classes
 * under names of its own (`chronoline/classes.js`) may have left those two
 * names free: then they are registered here, once, for the timeline's own
 * use (as subclasses, since a class can have one name only). A name that is
 * already taken is left as it is.
 */
import { ActorCard } from '../actor-card/actor-card.component.js';
import { TopicBadge } from '../topic-badge/topic-badge.component.js';

let done = false;

export function defineInnerTags(): void {
  if (done || typeof customElements === 'undefined') return;
  done = true;
  if (!customElements.get('actor-card')) customElements.define('actor-card', class extends ActorCard {});
  if (!customElements.get('topic-badge')) customElements.define('topic-badge', class extends TopicBadge {});
}
