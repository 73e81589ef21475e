/**
 * The speaker of a speech as `<speech-block>` shows it: the data it is drawn from, its initials when
 * there is no portrait, and its template (kept apart from the element's loading, collapsing and
 * measuring in speech-block.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { countryName } from '../internal/intl.js';
import { styleProps } from '../internal/style-props.js';
import type { ResolvedText } from '../model/text.js';
import type { Honorific } from '../model/types.js';

/**
 * Lower-case words that belong to the surname they introduce or continue ("Sánchez de la Vega",
 * "da Silva", "van der Berg"): never initials of their own, and never a surname's start.
 */
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'e',
  'y',
  'i',
  'van',
  'von',
  'der',
  'den',
  'du',
  'le',
  'zu',
  'ten',
  'ter',
  'bin',
  'binti',
  'al',
]);

/** A name written in a script without spaces between family and given name (Han, kana, Hangul). */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Initials for the portrait's stand-in: the first given name's and the first surname's first
 * letters, in the order the name is written ("Liu Beimin" → "LB", "Danmarys Hernández" → "DH").
 * Particles join the surname they belong to and give no letter; with three or more name parts
 * the Spanish and Portuguese custom is assumed: one or two given names, then two surnames, so the
 * first surname is the one before the last ("María Fernanda Gutiérrez Sánchez de la Vega" → "MG",
 * "Gabriel García Márquez" → "GG"). A name in Chinese characters gives its first character, the
 * family name ("刘北民" → "刘"): two Han characters do not fit the circle and are not initials.
 * `family-first` (Person.nameOrder) keeps the written order: family name, then given name.
 */
export function initials(name: string, order?: 'given-first' | 'family-first'): string {
  // Format characters (a bidi control, a zero-width joiner) are not letters: "\u202eLiu Beimin" is "LB" too.
  const clean = name.replace(/\p{Cf}/gu, '').trim();
  const words = clean.split(/\s+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  const first = (word: string | undefined) => [...(word ?? '')][0] ?? '';
  if (words.length === 0) return first(clean);
  if (words.length === 1 || UNSPACED_SCRIPT.test(first(words[0]))) return first(words[0]);
  // Name parts: a particle (or a lower-case word) and the word after it join the part before
  // ("Sánchez de la Vega", "María del Carmen"), except after the first given name, where they
  // start the surname ("Ludwig van Beethoven"). A part's letter is its first capital's.
  const parts: string[][] = [];
  let joining = false;
  for (const word of words) {
    const particle = PARTICLES.has(word.toLowerCase()) || !/^\p{Lu}/u.test(word);
    if (joining || (particle && parts.length > 1)) parts.at(-1)!.push(word);
    else parts.push([word]);
    joining = particle;
  }
  const letter = (part: string[] | undefined) => first(part?.find((word) => /^\p{Lu}/u.test(word)) ?? part?.[0]);
  if (parts.length === 1) return letter(parts[0]);
  if (parts.length === 2 || order === 'family-first') return letter(parts[0]) + letter(parts[1]);
  // Three parts: one given name and two surnames ("Gabriel García Márquez"); four or more: the
  // first of the last two parts is the first surname.
  return letter(parts[0]) + letter(parts.length === 3 ? parts[1] : parts.at(-2));
}

/** `Photo.focus` as an `object-position` ("30% 20%"); undefined leaves the styles' crop (upper middle). */
export const focusPosition = (focus: { x: number; y: number } | undefined): string | undefined =>
  focus ? `${+(focus.x * 100).toFixed(2)}% ${+(focus.y * 100).toFixed(2)}%` : undefined;

export interface Speaker {
  name: ResolvedText;
  honorific: Honorific | undefined;
  role: ResolvedText | undefined;
  organization: ResolvedText | undefined;
  country: string | undefined;
  badge: ResolvedText | undefined;
  portrait: string | undefined;
  portraitAlt: ResolvedText | undefined;
  /** Person.nameOrder: which of the name's parts is the family name. */
  nameOrder?: 'given-first' | 'family-first' | undefined;
  /** Photo.focus: the point of the portrait the circle centres on. */
  focus?: { x: number; y: number } | undefined;
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
      ? html`<img part="portrait-image" src=${speaker.portrait}
        ${styleProps({ 'object-position': focusPosition(speaker.focus) })}
        alt=${speaker.portraitAlt?.text ?? ''}
        lang=${ifDefined(speaker.portraitAlt?.lang)}
        width="96" height="96" loading="lazy" decoding="async" @error=${onPortraitError}>`
      : html`<span part="monogram" class="monogram" aria-hidden="true">${initials(speaker.name.text, speaker.nameOrder)}</span>`
  }</span><div class="who"><p part="name" class="name" role=${ifDefined(headingAttrs?.role)} aria-level=${ifDefined(headingAttrs?.level)}>${name}</p>${line(
    'representative',
    speaker.badge,
  )}${line('role', speaker.role)}${line('organization', speaker.organization)}${
    country ? html`<span part="country" class="country" lang=${locale}>${countryName(country, locale)}</span>` : nothing
  }</div></div>`;
}
