/**
 * Guarded registration: a page may load this library twice (the bundle and the npm modules, or
 * one script tag pasted twice). Defining a tag twice throws in the browser; we warn once instead
 * and keep the first definition, so every element on the page still works.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`<${tag}>: already defined on this page, probably because event-highlights was loaded twice; the first definition is kept.`);
    }
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    console.warn(`<${tag}>: could not be defined (${String(error)}); the existing definition is kept.`);
  }
}
