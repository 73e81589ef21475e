import { ParticipantCountryMap } from './participant-country-map.js';

ParticipantCountryMap.define();

declare global {
  interface HTMLElementTagNameMap {
    'participant-country-map': ParticipantCountryMap;
  }
}

export { ParticipantCountryMap };
export { CountryFocusEvent, CountrySelectEvent } from './participant-country-map.js';
