import { EventCard } from './event-card.js';

EventCard.define();

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}

export { EventCard };
