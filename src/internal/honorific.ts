/**
 * A person's name with its honorific, as the reader's language writes it: "Ms. Liu Beimin",
 * "Sra. Liu Beimin", "Liu Beimin 女士". Shared by the elements that name people with an
 * honorific (`<speech-block>`'s speaker, `<attendee-list>`'s attendees).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { ResolvedText } from '../model/text.js';
import type { Honorific } from '../model/types.js';

/** Stands for the name inside the honorific messages, so translators place the honorific ("{0} 女士"). */
const NAME = '\u0001';

/** "Ms. {name}" in the reader's language, with the name's place marked by `NAME`. */
function honorificPattern(honorific: Honorific | undefined): string {
  switch (honorific) {
    case 'mr':
      return msg(str`Mr. ${NAME}`);
    case 'ms':
      return msg(str`Ms. ${NAME}`);
    case 'mrs':
      return msg(str`Mrs. ${NAME}`);
    case 'miss':
      return msg(str`Miss ${NAME}`);
    case 'dr':
      return msg(str`Dr. ${NAME}`);
    case 'prof':
      return msg(str`Prof. ${NAME}`);
    case 'his-excellency':
      return msg(str`His Excellency ${NAME}`);
    case 'her-excellency':
      return msg(str`Her Excellency ${NAME}`);
    default:
      return NAME;
  }
}

/**
 * "Ms. Liu Beimin", "Sra. Liu Beimin", "Liu Beimin 女士": the honorific placed by the translation
 * (part `honorific`, marked with the interface's language `ui`), the name as written.
 */
export function nameWithHonorific(name: ResolvedText, honorific: Honorific | undefined, ui: string): TemplateResult {
  const [before = '', after = ''] = honorificPattern(honorific).split(NAME);
  // A name written in Chinese characters takes a Chinese honorific without a space: 刘北敏女士.
  const tail = /[\u3400-\u9fff]$/.test(name.text) ? after.trimStart() : after;
  // The name is isolated (dir="auto"): a bidi control character or right-to-left letters in it do
  // not move the honorific, or the text around the name (see src/internal/bidi.ts).
  return html`${before ? html`<span part="honorific" lang=${ui}>${before}</span>` : nothing}<span lang=${ifDefined(name.lang)} dir="auto">${name.text}</span>${
    tail ? html`<span part="honorific" lang=${ui}>${tail}</span>` : nothing
  }`;
}
