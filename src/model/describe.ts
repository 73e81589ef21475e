/**
 * How console messages describe a value or an exception. Apart from validate.ts, so that the
 * elements that only describe values (the map, the group photo, the credits) and the base element
 * do not import the validator: a page's bundler then leaves valibot and the schema
 * out of a page that uses those elements alone (event-highlights/photo-credit with its
 * dependencies: 28.7 → 23.8 KB gzip).
 */
import { formatCount } from './limits.js';
import { escapeInvisible } from './text.js';

/**
 * Describes a received value briefly: its type, and a short preview of strings and numbers.
 * Characters that show nothing are written as escapes (`"\u200B"`), so a console message says
 * what a blank-looking string holds.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${formatCount(value.length)}`;
  if (typeof value === 'string') {
    const preview = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `string ${escapeInvisible(JSON.stringify(preview))}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

/** What an exception says, without trusting it to be an Error (or to convert to a string). */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}
