import { define } from '../../dom/define.js';
import { ActorCard } from './actor-card.component.js';

export { ActorCard };
define('actor-card', ActorCard);

declare global {
  interface HTMLElementTagNameMap {
    'actor-card': ActorCard;
  }
}
