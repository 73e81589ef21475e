export * from './types.js';
export { validateEvent, validateSpeech, describeValue } from './validate.js';
export type { Problem, ValidationResult } from './validate.js';
export { resolveText } from './text.js';
export type { ResolvedText } from './text.js';
export { summarizeParticipants, organizationsIn, leadPhoto } from './summary.js';
export type { ParticipantSummary } from './summary.js';
export { ISO_3166_ALPHA2, isCountryCode } from './iso-3166.js';
export { toJsonLd } from './json-ld.js';
