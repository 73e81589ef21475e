/**
 * URL checks: only http(s) and relative URLs are used; images may also be `data:image/*`
 * (not `data:image/svg+xml`, which can carry script when opened on its own).
 * Anything else (`javascript:`, `vbscript:`, `data:text/html`, ...) is refused.
 */
export type UrlUse = 'link' | 'image' | 'fetch';

const SAFE_IMAGE_DATA = /^data:image\/(png|jpe?g|gif|webp|avif);/i;

export function safeUrl(value: unknown, use: UrlUse, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (use === 'image' && SAFE_IMAGE_DATA.test(trimmed)) return trimmed;
  let url: URL;
  // The URL parser strips tabs and newlines the way browsers do ("java\tscript:" is javascript:).
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
