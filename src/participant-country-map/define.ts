import { defineElement } from '../internal/define.js';
import { ParticipantCountryMap } from './participant-country-map.js';

defineElement('participant-country-map', ParticipantCountryMap);

declare global {
  interface HTMLElementTagNameMap {
    'participant-country-map': ParticipantCountryMap;
  }
}

export { ParticipantCountryMap };
export { CountryFocusEvent, CountrySelectEvent } from './participant-country-map.js';
