import { define } from '../../dom/define.js';
import { TopicBadge } from './topic-badge.component.js';

export { TopicBadge };
define('topic-badge', TopicBadge);

declare global {
  interface HTMLElementTagNameMap {
    'topic-badge': TopicBadge;
  }
}
