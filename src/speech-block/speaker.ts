/**
 * The speaker of a speech as `<speech-block>` shows it: the data it is drawn from, its initials when
 * there is no portrait, and its template (kept apart from the element's loading, collapsing and
 * measuring in speech-block.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { countryName } from '../internal/intl.js';
import type { ResolvedText } from '../model/text.js';
import type { Honorific } from '../model/types.js';

/** Initials for the portrait's stand-in: the first letters of the first and last capitalized words ("Liu Beimin" → "LB"). */
export function initials(name: string): string {
  // Format characters (a bidi control, a zero-width joiner) are not letters: "\u202eLiu Beimin" is "LB" too.
  const words = name
    .replace(/\p{Cf}/gu, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word));
  const first = [...(words[0] ?? name.trim())][0] ?? '';
  return words.length > 1 ? first + [...words.at(-1)!][0] : first;
}

export interface Speaker {
  name: ResolvedText;
  honorific: Honorific | undefined;
  role: ResolvedText | undefined;
  organization: ResolvedText | undefined;
  country: string | undefined;
  badge: ResolvedText | undefined;
  portrait: string | undefined;
  portraitAlt: ResolvedText | undefined;
}

/** The speaker's line: portrait (or initials), name (a heading where asked), representative badge, role, organisation, country. */
export function renderSpeaker(
  locale: string,
  onPortraitError: () => void,
  speaker: Speaker,
  name: unknown,
  headingAttrs: { role: 'heading'; level: string } | undefined,
): TemplateResult {
  const line = (part: string, value: ResolvedText | undefined) =>
    value ? html`<span part=${part} class=${part} lang=${ifDefined(value.lang)}>${value.text}</span>` : nothing;
  const country = speaker.country;
  return html`<div part="speaker" class="speaker"><span part="portrait" class="portrait">${
    speaker.portrait
      ? html`<img part="portrait-image" src=${speaker.portrait} alt=${speaker.portraitAlt?.text ?? ''} lang=${ifDefined(speaker.portraitAlt?.lang)} width="96" height="96" loading="lazy" decoding="async" @error=${onPortraitError}>`
      : html`<span part="monogram" class="monogram" aria-hidden="true">${initials(speaker.name.text)}</span>`
  }</span><div class="who"><p part="name" class="name" role=${ifDefined(headingAttrs?.role)} aria-level=${ifDefined(headingAttrs?.level)}>${name}</p>${line(
    'representative',
    speaker.badge,
  )}${line('role', speaker.role)}${line('organization', speaker.organization)}${
    country ? html`<span part="country" class="country" lang=${locale}>${countryName(country, locale)}</span>` : nothing
  }</div></div>`;
}
