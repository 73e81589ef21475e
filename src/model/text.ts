import type { Text } from './types.js';

export interface ResolvedText {
  text: string;
  /** Language of `text` when known, so the elements can mark it with `lang`. */
  lang: string | undefined;
}

const languageOf = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Picks the string of a `Text` for a reader. Fallback order:
 * 1. the exact locale (`pt-BR`);
 * 2. any entry of the same language (`pt`, `pt-PT`; `zh` or `zh-CN` for `zh-Hans`);
 * 3. English (`en`, then any `en-*`): a reader whose language is missing more likely reads
 *    English than the article's own language (a Spanish reader of a Chinese article);
 * 4. the article's own language (`documentLang`);
 * 5. the first entry.
 * A plain string is returned as it is, in the article's language.
 */
export function resolveText(text: Text | undefined, locale: string, documentLang?: string): ResolvedText | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'string') return { text, lang: documentLang };
  const entries = Object.entries(text).filter(([, value]) => typeof value === 'string' && value.trim() !== '');
  if (entries.length === 0) return undefined;
  const exact = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag.toLowerCase());
  const sameLanguage = (tag: string) => entries.find(([key]) => languageOf(key) === languageOf(tag));
  const hit =
    exact(locale) ??
    sameLanguage(locale) ??
    exact('en') ??
    sameLanguage('en') ??
    (documentLang ? (exact(documentLang) ?? sameLanguage(documentLang)) : undefined) ??
    entries[0]!;
  return { text: hit[1], lang: hit[0] };
}

/**
 * What shows nothing on its own: white space, control and format characters (zero-width space
 * and joiners, word joiner, BOM, bidi controls, soft hyphen: Unicode's Cc and Cf), the other
 * default-ignorable characters (variation selectors, Hangul fillers) and the blank Braille cell.
 */
const INVISIBLE = /[\p{White_Space}\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;
const VISIBLE = new RegExp(`[^${INVISIBLE.source.slice(1, -1)}]`, 'u');

/** Whether a string has at least one character that shows: not only spaces, zero-width or control characters. */
export const hasVisibleText = (value: string) => VISIBLE.test(value);

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** Writes every invisible character but the plain space as an escape: "\u200B", "\u{E0041}". */
export const escapeInvisible = (value: string) =>
  value.replace(INVISIBLE_ALL, (character) => {
    if (character === ' ') return character;
    const code = character.codePointAt(0)!.toString(16).toUpperCase();
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, '0')}`;
  });
