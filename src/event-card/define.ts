import { defineElement } from '../internal/define.js';
import { EventCard } from './event-card.js';

defineElement('event-card', EventCard);

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}

export { EventCard };
