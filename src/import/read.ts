/**
 * Reading the input: plain text or HTML to a list of blocks in reading order (headings, text
 * lines, captions, images), and refusing what is no article text at all (empty, binary, huge).
 * HTML goes through htmlparser2's streaming parser: it runs in Node and in browsers without a DOM,
 * decodes every named character reference of HTML, and forgives the broken markup of pages saved
 * from a CMS.
 */
import { Parser } from 'htmlparser2';
import { safeUrl } from '../internal/safe-url.js';

export interface Block {
  /** `heading`: an HTML heading; `text`: a paragraph or a line of plain text; `caption`: a figure's caption; `image`: an <img>. */
  kind: 'heading' | 'text' | 'caption' | 'image';
  /** The text, white space collapsed ('' for an image). */
  text: string;
  /** An image's URL, resolved against the base URL when one was given. */
  src?: string;
  /** An image's URL as the markup prints it (the findings quote it). */
  printedSrc?: string;
  /** An image's alt text, when it has one. */
  alt?: string;
  /** Index of the <figure> the block is in, so an image and its caption can be paired. */
  figure?: number;
}

export interface ReadResult {
  blocks: Block[];
  /** The HTML page's <title>, when it has one. */
  pageTitle?: string;
  /** Whether the input was read as HTML (its text is then the decoded text, not the markup). */
  html?: boolean;
  /** Why the input cannot be read as an article: the draft stays empty. */
  refused?: string;
}

/** Larger inputs are refused rather than read: no article is a megabyte of text, and the editor's page must not freeze. */
export const MAX_INPUT = 2_000_000;

/** Elements whose content is never article text: site navigation, scripts, styles, forms, embedded documents. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'svg',
  'math',
  'object',
  'head',
]);
/** Site chrome that is skipped outside an <article> or <main> (inside one, a <header> holds the article's title). */
const CHROME = new Set(['header', 'footer', 'menu']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that end a line of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'td',
  'th',
  'blockquote',
  'section',
  'article',
  'main',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'tr',
  'table',
  'ul',
  'ol',
  'pre',
  'address',
  'center',
  'body',
  'html',
  'caption',
]);
const ROLES_SKIPPED = /^(navigation|banner|contentinfo|search|menu|menubar|complementary)$/;

/** Control characters that no text article contains (tab, line feed and carriage return are allowed). */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;
const LOOKS_LIKE_HTML = /<(?:!doctype|html|head|body|p|div|h[1-6]|br|img|article|section|main|figure|span|table)\b[^>]*>/i;

export function readInput(input: unknown, baseUrl?: string): ReadResult {
  if (typeof input !== 'string') return { blocks: [], refused: `the input is ${input === null ? 'null' : typeof input}, not text` };
  if (input.trim() === '') return { blocks: [], refused: 'the input is empty' };
  if (input.length > MAX_INPUT) return { blocks: [], refused: `the input has ${input.length} characters, more than the ${MAX_INPUT} an article can have` };
  const sample = input.slice(0, 8000);
  const controls = sample.match(BINARY)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length / 100) return { blocks: [], refused: 'the input is binary data, not text' };
  if (!(LOOKS_LIKE_HTML.test(sample) || LOOKS_LIKE_HTML.test(input))) return { blocks: readText(input) };
  // htmlparser2 keeps its stack of open elements with Array#unshift: 100,000 unclosed <div>s take it
  // seconds. No article nests that deep; such input is refused before it is parsed.
  if (nesting(input) > MAX_NESTING) return { blocks: [], refused: `the HTML nests elements more than ${MAX_NESTING} deep, which no article page does` };
  return readHtml(input, baseUrl);
}

const MAX_NESTING = 1000;
/** Elements that close themselves (void) or that the next of their kind closes (<p>, <li>): they never deepen the stack for long. */
const SHALLOW = new Set([
  ...'br img hr input meta link source wbr area base col embed param track p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup'.split(' '),
]);

/** How deep the input's elements nest at most, counting open and close tags (an estimate from the tags alone). */
function nesting(input: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of input.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (match[3] || SHALLOW.has(match[2]!.toLowerCase())) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Plain text: one block per non-empty line. */
function readText(input: string): Block[] {
  return input
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => clean(line))
    .filter((line) => line !== '')
    .map((text) => ({ kind: 'text' as const, text }));
}

const SPACE = '[\\s\\u00A0\\u3000\\u200B]+';
/** Collapses white space (no-break spaces included) and trims. */
export const clean = (text: string) => text.replace(new RegExp(SPACE, 'g'), ' ').trim();

/**
 * The text of `input` that `quoted` was read from, white space as printed (a no-break space, two
 * spaces): the importer reads text with its white space collapsed, and a finding quotes the input exactly.
 */
export function exactly(quoted: string, input: string): string {
  if (quoted === '' || input.includes(quoted)) return quoted;
  const pattern = quoted
    .split(' ')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(SPACE);
  return new RegExp(pattern).exec(input)?.[0] ?? quoted;
}

interface Collected extends Block {
  /** Whether the block was inside an <article> or <main>. */
  main: boolean;
}

function readHtml(input: string, baseUrl?: string): ReadResult {
  const blocks: Collected[] = [];
  let skipping = 0;
  const skipStack: string[] = [];
  let mainDepth = 0;
  let figureCount = 0;
  const figures: number[] = [];
  let text = '';
  let kind: Block['kind'] = 'text';
  let inTitle = false;
  let pageTitle = '';

  const flush = () => {
    for (const line of text.split('\n')) {
      const value = clean(line);
      if (value !== '') blocks.push({ kind, text: value, main: mainDepth > 0, ...(figures.length ? { figure: figures.at(-1)! } : {}) });
    }
    text = '';
    kind = 'text';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping > 0) {
          if (name === skipStack.at(-1)) skipStack.push(name);
          return;
        }
        if (name === 'title') inTitle = true;
        const role = attributes['role'] ?? '';
        if (
          SKIPPED.has(name) ||
          (CHROME.has(name) && mainDepth === 0) ||
          ROLES_SKIPPED.test(role) ||
          attributes['aria-hidden'] === 'true' ||
          'hidden' in attributes
        ) {
          if (name === 'head') return;
          if (!VOID.has(name)) {
            skipping = 1;
            skipStack.length = 0;
            skipStack.push(name);
          }
          return;
        }
        if (name === 'article' || name === 'main' || role === 'main') mainDepth += 1;
        if (name === 'br') {
          text += '\n';
          return;
        }
        if (HEADINGS.has(name) || BLOCKS.has(name)) flush();
        if (HEADINGS.has(name)) kind = 'heading';
        if (name === 'figcaption') kind = 'caption';
        if (name === 'figure') figures.push((figureCount += 1));
        if (name === 'img') {
          const printedSrc = attributes['src'] || attributes['data-src'] || attributes['data-original'] || '';
          const src = imageUrl(printedSrc, baseUrl);
          if (src) {
            flush();
            const alt = clean(attributes['alt'] ?? '');
            blocks.push({
              kind: 'image',
              text: '',
              src,
              printedSrc,
              ...(alt ? { alt } : {}),
              main: mainDepth > 0,
              ...(figures.length ? { figure: figures.at(-1)! } : {}),
            });
          }
        }
      },
      ontext(value) {
        if (skipping > 0) return;
        if (inTitle) pageTitle += value;
        // A line break in the markup is a space (a paragraph wrapped in the source); only <br> and blocks break lines.
        else text += value.replace(/[\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (skipping > 0) {
          if (name === skipStack.at(-1)) {
            skipStack.pop();
            if (skipStack.length === 0) skipping = 0;
          }
          return;
        }
        if (name === 'title') inTitle = false;
        if (HEADINGS.has(name) || BLOCKS.has(name)) flush();
        if (name === 'figure') figures.pop();
        if ((name === 'article' || name === 'main') && mainDepth > 0) mainDepth -= 1;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(input);
  parser.end();
  flush();
  // A page with an <article> or <main> keeps only what is inside it: the rest is the site around it.
  const inMain = blocks.some((block) => block.main && block.kind !== 'image');
  const kept = blocks.filter((block) => !inMain || block.main).map(({ main: _, ...block }) => block as Block);
  const title = clean(pageTitle);
  return { blocks: kept, html: true, ...(title ? { pageTitle: title } : {}) };
}

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track']);

/** Placeholder base for checking relative URLs without resolving them. */
const NO_BASE = 'https://relative.invalid/';

/** An image URL that is safe to show: resolved against `baseUrl` when given, kept relative otherwise. */
export function imageUrl(value: string, baseUrl?: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let base = NO_BASE;
  if (baseUrl) {
    try {
      base = new URL(baseUrl).href;
    } catch {
      // An unusable base leaves the URLs as printed.
    }
  }
  const safe = safeUrl(trimmed, 'image', base);
  if (!safe) return undefined;
  return base === NO_BASE && safe.startsWith(NO_BASE) ? trimmed : safe;
}
