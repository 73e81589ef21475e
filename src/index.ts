/**
 * event-highlights: every element, registered, plus the model and the language API.
 * Import `event-highlights/event-card` (and so on) instead to register one element only.
 */
export { EventCard } from './event-card/define.js';
export { PhotoCredit } from './photo-credit/define.js';
export { GroupPhoto } from './group-photo/define.js';
export { SpeechBlock } from './speech-block/define.js';
export { ParticipantCountryMap } from './participant-country-map/define.js';
export { AttendeeList } from './attendee-list/define.js';
export * from './model/index.js';
export { setLocale, currentLocale, matchLocale, supportedLocales, useHostLocalization, loadEventHighlightsTemplates } from './internal/locale.js';
export type { SupportedLocale } from './internal/locale.js';
export { safeUrl } from './internal/safe-url.js';
export {
  HighlightsEvent,
  CardOpenEvent,
  CountryEvent,
  CountryFocusEvent,
  CountrySelectEvent,
  LoadErrorEvent,
  PhotoToggleEvent,
  SpeechToggleEvent,
} from './internal/events.js';
export type { LoadErrorKind } from './internal/events.js';
