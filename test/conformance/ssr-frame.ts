// The page script of the conformance suite's hydration frame (./ssr.ts): Lit's hydration support
// first (it must patch LitElement before the class is evaluated), then the element's definition,
// whose folder the frame's URL names. The element stays as the server rendered it (defer-hydration)
// until the suite gives it its data.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

const tag = new URL(import.meta.url).searchParams.get('tag') ?? '';
(window as Window & { defined?: Promise<unknown> }).defined = /^[a-z]+(-[a-z]+)+$/.test(tag)
  ? import(`../../src/${tag}/define.ts`)
  : Promise.reject(new Error(`no element ${tag}`));
