// The library's element tags, as the test server finds them in src/ (scripts/elements.mjs): shared
// tests read them from here instead of keeping a list, so a new element folder is covered by them.
export const ELEMENT_TAGS: readonly string[] = await (await fetch('/__fixtures__/elements')).json();
