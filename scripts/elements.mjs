// The library's elements, found from the source folders rather than listed: an element is a folder
// src/<tag>/ holding its class (<tag>.ts) and its registration module (define.ts). The build, the
// size budgets, the benches, the test server and the meta-test (scripts/check-elements.mjs) read
// the list from here, so that adding an element touches its folder and no list anywhere.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

/**
 * Tags of the elements in src/, sorted: the folders whose name is a valid custom element name (it
 * has a hyphen; src/internal/ and src/model/ have none) and that hold a define.ts.
 * @param {string} [base] the project's root
 * @returns {string[]}
 */
export function elementTags(base = root) {
  const src = resolve(base, 'src');
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(entry.name) && existsSync(resolve(src, entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The class name of a tag, as the house style names it: event-card → EventCard.
 * @param {string} tag
 */
export const className = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
