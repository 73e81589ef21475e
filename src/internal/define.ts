/** Marks this library's element classes, across copies of it (the bundle and the npm modules share `Symbol.for`). */
export const LIBRARY_BRAND = Symbol.for('event-highlights.element');

/** `event-card` → `EventCard`: the class of each tag is named after it. */
const className = (tag: string) => tag.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * Guarded registration. Defining a tag twice throws in the browser; instead, the first definition
 * is kept and the console says whose it is:
 * - the same class, or ours registered under that name already: nothing to do, nothing said;
 * - another copy of this library (the bundle and the npm modules, or one script tag pasted twice):
 *   one warning; every element on the page still works, drawn by the first copy;
 * - another script's element of the same name (a page with an `<event-card>` of its own): one
 *   warning that ours was not registered, and how to register it under another name.
 * The `tag` given in the message is `defaultTag` (the class's own name) prefixed with `eh-`.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, defaultTag = tag): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing === constructor || existing.prototype instanceof constructor) return;
    if ((existing as unknown as Record<symbol, unknown>)[LIBRARY_BRAND]) {
      console.warn(`<${tag}>: already defined on this page by another copy of event-highlights (the library was loaded twice); the first definition is kept.`);
    } else {
      console.warn(
        `<${tag}> is already defined by another script; this library's element was not registered; ` +
          `use ${className(defaultTag)}.define('eh-${defaultTag}') to register it under another name.`,
      );
    }
    return;
  }
  // A class registers under one name only: under a second name, ours is a subclass of it.
  const registered = customElements.getName?.(constructor) ?? null;
  try {
    customElements.define(tag, registered === null ? constructor : class extends (constructor as typeof HTMLElement) {});
  } catch (error) {
    console.warn(`<${tag}>: could not be defined (${String(error)}); the existing definition is kept.`);
  }
}
