/**
 * URL checks: only http(s) and relative URLs are used; images may also be `data:image/*`
 * (not `data:image/svg+xml`, which can carry script when opened on its own).
 * Anything else (`javascript:`, `vbscript:`, `data:text/html`, ...) is refused.
 */
import { isServer } from 'lit';

export type UrlUse = 'link' | 'image' | 'fetch';

const SAFE_IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp|avif);/i;

/**
 * Relative URLs resolve against the page's base in the browser. A server render (`isServer`,
 * event-highlights/ssr) has no page: unless given a base, it checks a relative URL against a
 * stand-in and keeps it relative, as written, so that the browser resolves it as it would have.
 */
const SERVER_STAND_IN = 'https://relative.invalid/';
const pageBase = (): string | undefined => (isServer ? undefined : document.baseURI);

export function safeUrl(value: unknown, use: UrlUse, base: string | undefined = pageBase()): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (use === 'image' && SAFE_IMAGE_DATA.test(trimmed)) return trimmed;
  let url: URL;
  // The URL parser strips tabs and newlines the way browsers do ("java\tscript:" is javascript:).
  try {
    url = new URL(trimmed, base ?? SERVER_STAND_IN);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return base === undefined && url.origin === new URL(SERVER_STAND_IN).origin ? trimmed : url.href;
}

/** One image candidate of a `srcset`: its URL and its width (`480w`) or density (`2x`) descriptor, if any. */
export interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';

/**
 * Splits a `srcset` into candidates the way browsers do (the HTML standard's "parse a srcset
 * attribute"): a URL runs to the next white space, so commas inside a URL (`data:` URLs) belong to
 * it and a comma right after it, with or without a space, ends it; descriptors may hold commas
 * inside parentheses. Candidates with descriptors the standard rejects are left out, as browsers
 * leave them out.
 */
export function parseSrcset(input: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  for (;;) {
    while (i < input.length && (isSpace(input[i]) || input[i] === ',')) i += 1;
    if (i >= input.length) return candidates;
    const start = i;
    while (i < input.length && !isSpace(input[i])) i += 1;
    let url = input.slice(start, i);
    const descriptors: string[] = [];
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      while (i < input.length && isSpace(input[i])) i += 1;
      let current = '';
      let state: 'in' | 'parens' | 'after' = 'in';
      for (;;) {
        const c = input[i];
        if (state === 'in') {
          if (isSpace(c)) {
            if (current) descriptors.push(current);
            current = '';
            state = 'after';
          } else if (c === ',') {
            i += 1;
            if (current) descriptors.push(current);
            break;
          } else if (c === undefined) {
            if (current) descriptors.push(current);
            break;
          } else {
            current += c;
            if (c === '(') state = 'parens';
          }
        } else if (state === 'parens') {
          if (c === undefined) {
            descriptors.push(current);
            break;
          }
          current += c;
          if (c === ')') state = 'in';
        } else if (c === undefined) {
          break;
        } else if (!isSpace(c)) {
          state = 'in';
          continue;
        }
        i += 1;
      }
    }
    const descriptor = descriptorOf(descriptors);
    if (descriptor !== undefined) candidates.push({ url, descriptor });
  }
}

/** The one descriptor a candidate may carry, normalised (`480w`, `2x`, or '' for none); undefined when invalid. */
function descriptorOf(descriptors: string[]): string | undefined {
  let width: number | undefined;
  let density: number | undefined;
  let height: number | undefined;
  for (const descriptor of descriptors) {
    const value = descriptor.slice(0, -1);
    const kind = descriptor.at(-1);
    if (kind === 'w' && /^\d+$/.test(value) && width === undefined && density === undefined && Number(value) > 0) width = Number(value);
    else if (
      kind === 'x' &&
      /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/.test(value) &&
      width === undefined &&
      density === undefined &&
      height === undefined &&
      Number(value) >= 0
    )
      density = Number(value);
    else if (kind === 'h' && /^\d+$/.test(value) && height === undefined && density === undefined && Number(value) > 0) height = Number(value);
    else return undefined;
  }
  if (height !== undefined && width === undefined) return undefined;
  return width !== undefined ? `${width}w` : density !== undefined ? `${density}x` : '';
}

/**
 * A `srcset` with only safe candidates (http(s), relative or `data:image/*` but SVG, as
 * {@link safeUrl} allows for images), each URL resolved against `base`, and the candidates that
 * were dropped, to report. `srcset` is undefined when no candidate is left.
 */
export function safeSrcset(value: unknown, base: string | undefined = pageBase()): { srcset: string | undefined; dropped: string[] } {
  if (typeof value !== 'string') return { srcset: undefined, dropped: [] };
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const { url, descriptor } of parseSrcset(value)) {
    const safe = safeUrl(url, 'image', base);
    if (safe) kept.push(descriptor ? `${safe} ${descriptor}` : safe);
    else dropped.push(url);
  }
  return { srcset: kept.length ? kept.join(', ') : undefined, dropped };
}
