/**
 * Bidi isolation for data inside our own text.
 *
 * A name, a city, a code or any other string from the data that sits in a sentence or a list
 * with other text must not change how that other text reads. An unclosed U+202E (right-to-left
 * override) in one photographer's name would otherwise reverse the rest of the credit line, and
 * a name in Arabic or Hebrew letters can pull the punctuation and digits after it to its side.
 *
 * Where the string has an element of its own, that element gets `dir="auto"` (HTML isolates
 * every element with a `dir` attribute, and a shadow tree's user-agent rules cannot be undone
 * by the page). Where the string goes into a message as text (`msg(str\`...${x}...\`)`), or
 * into one text node with others, `isolate()` wraps it in U+2068 FIRST STRONG ISOLATE and
 * U+2069 POP DIRECTIONAL ISOLATE, the plain-text equivalent: the isolate closes every embedding
 * and override left open inside it.
 */

/**
 * Characters that can affect the text around them: right-to-left letters (Hebrew, Arabic,
 * Syriac, Thaana, NKo, Samaritan, Mandaic, their presentation forms, and the right-to-left
 * blocks of the supplementary planes) and the bidi formatting characters (marks, embeddings,
 * overrides, isolates). A string without any of them reads the same isolated or not.
 */
const AFFECTS_NEIGHBOURS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** True when `text` could change how the text around it reads. */
export const needsIsolation = (text: string): boolean => AFFECTS_NEIGHBOURS.test(text);

/**
 * `text` isolated from the text around it, for use inside a message or a joined string. Left as
 * it is when isolation changes nothing (the usual case), so that copied text and text
 * comparisons carry no invisible characters.
 */
export const isolate = (text: string): string => (needsIsolation(text) ? `\u2068${text}\u2069` : text);
