/**
 * event-highlights/ssr: the elements rendered to HTML on a server (Node, no DOM), as declarative
 * shadow DOM that a browser shows before, and without, any script, and that the elements take
 * over (hydrate) when the script comes. Built on `@lit-labs/ssr`, which a site that renders on its
 * own server installs beside this package (`npm install @lit-labs/ssr @lit-labs/ssr-client`).
 *
 * What a server render can and cannot do:
 * - Data comes as properties (`event`, `speech`, `photo`, `credits`, `attendees`...) and
 *   attributes. Nothing is fetched: an element given only `src` renders its loading state, as the
 *   server has no page to resolve the URL against and should not wait on the network; fetch the
 *   document yourself and give it as `event`.
 * - Light-DOM content (hand-written lists, slotted footers) is not read on the server: give data.
 * - The map renders its country list, host and visits, and its box at the size the drawing will
 *   take (so nothing moves); the drawing itself comes in the browser.
 * - Text is in the language given as `locale` (English by default): render in the page's
 *   language (its `<html lang>`), so that the hydrated elements, which follow `<html lang>`, show
 *   the same words and nothing moves. @lit/localize has one language per process: renders are
 *   made one after another, each in its own language.
 * - Relative URLs stay relative, as written, so that the browser resolves them against the page.
 *
 * The browser side: load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the
 * elements. An element rendered with data hydrates once it has the same data again: render with
 * `deferHydration: true`, then in the browser set the same properties and remove the
 * `defer-hydration` attribute (see the README's "Server rendering").
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../index.js';
import { LIBRARY_BRAND } from '../internal/define.js';
import { useServerLocale } from '../internal/locale.js';

export { html };

/** Whether `tag` is one of this package's elements, registered (under its own name or another, `eh-event-card`). */
function isOurs(tag: string): boolean {
  const constructor = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag) ? customElements.get(tag) : undefined;
  return !!(constructor as unknown as Record<symbol, unknown> | undefined)?.[LIBRARY_BRAND];
}

export interface ServerRenderOptions {
  /**
   * Marks the top-level elements `defer-hydration`: they wait, declarative shadow DOM shown, until
   * the page's script gives them their data and removes the attribute. Without it an element
   * hydrates as soon as its definition loads, which is right only for elements whose data are all
   * attributes. Default false.
   */
  deferHydration?: boolean;
  /**
   * The language to render in (any BCP 47 tag, matched as `<html lang>` is: `zh-CN` → zh-Hans):
   * the page's `<html lang>`. Default `en`.
   */
  locale?: string;
}

/** Renders in turn: the language is the process's, so two renders in two languages must not overlap. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders a Lit template (`html` re-exported here: use this one, so that the template and the
 * elements share one copy of Lit) to an HTML string with declarative shadow DOM.
 *
 * ```ts
 * import { html, renderEventHtml } from 'event-highlights/ssr';
 * const markup = await renderEventHtml(html`<event-card .event=${event} href="/news/1"></event-card>`, { deferHydration: true });
 * ```
 */
export async function renderEventHtml(template: unknown, options: ServerRenderOptions = {}): Promise<string> {
  const run = queue.then(async () => {
    await useServerLocale(options.locale ?? 'en');
    return collectResult(render(template, { deferHydration: options.deferHydration ?? false }));
  });
  queue = run.catch(() => undefined);
  return run;
}

const NAME = /^[a-z][a-zA-Z]*$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

/**
 * Renders one element from plain values, for servers that do not write Lit templates:
 * `renderElementHtml('event-card', { event }, { href: '/news/1' })`. Properties are set as
 * properties (any value), attributes as escaped attribute values; names are checked (letters, and
 * hyphens for attributes), and the tag must be one of this package's elements (found in the
 * registry, so an element added to the package or registered under another name needs no list).
 */
export async function renderElementHtml(
  tag: string,
  properties: Record<string, unknown> = {},
  attributes: Record<string, string | number | boolean | undefined> = {},
  options: ServerRenderOptions = {},
): Promise<string> {
  if (!isOurs(tag)) throw new TypeError(`renderElementHtml: unknown tag ${JSON.stringify(tag)}`);
  // A template's strings, built from checked names only: the values stay bindings (escaped, or set as properties).
  const strings = [`<${tag}`];
  const values: unknown[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (!NAME.test(name)) throw new TypeError(`renderElementHtml: property name ${JSON.stringify(name)}`);
    strings[strings.length - 1] += ` .${name}=`;
    strings.push('');
    values.push(value);
  }
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE.test(name)) throw new TypeError(`renderElementHtml: attribute name ${JSON.stringify(name)}`);
    if (value === undefined || value === false) continue;
    if (value === true) {
      strings[strings.length - 1] += ` ${name}`;
      continue;
    }
    strings[strings.length - 1] += ` ${name}=`;
    strings.push('');
    values.push(String(value));
  }
  strings[strings.length - 1] += `></${tag}>`;
  // Lit takes only real template strings arrays (with `raw`): this one is made of the checked names above.
  const templateStrings = Object.assign([...strings], { raw: [...strings] }) as unknown as TemplateStringsArray;
  return renderEventHtml(html(templateStrings, ...values), options);
}

/**
 * The `'sha256-…'` sources of every inline `<style>` in `markup` (the declarative shadow roots'
 * styles), for a Content-Security-Policy's `style-src`: a page with `style-src 'self'` blocks them
 * otherwise. The elements' styles are the same for every page of one version of the package, so
 * the list is short and changes only with the package.
 */
export async function styleHashes(markup: string): Promise<string[]> {
  const hashes = new Set<string>();
  // Web Crypto (global in Node 20 and every browser): no Node-only import, so the module's types need no @types/node.
  for (const [, css] of markup.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    hashes.add(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
  }
  return [...hashes].sort();
}
