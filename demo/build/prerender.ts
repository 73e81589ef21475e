/**
 * The demo's server render: each article page's body and lead photo as declarative shadow DOM,
 * made with event-highlights/ssr (src/ssr) from the same template main.ts hydrates
 * (demo/article.ts), in the page's language (its `<html lang>`), which is the language the
 * elements hydrate in: the page without a script and the page after it show the same words.
 *
 * The sources are TypeScript with decorators, and this runs inside Vite's config: esbuild bundles
 * the renderer and the template into one Node module (the packages stay imports, so the template
 * and the elements share one Lit), written under node_modules/.cache and imported.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EventArticle } from '../../src/model/types.js';
import type { Locale } from '../i18n.js';

interface Renderer {
  renderEventHtml: typeof import('../../src/ssr/index.js').renderEventHtml;
  renderElementHtml: typeof import('../../src/ssr/index.js').renderElementHtml;
  styleHashes: typeof import('../../src/ssr/index.js').styleHashes;
  html: typeof import('lit').html;
  articleBody: typeof import('../article.js').articleBody;
  leadPhoto: typeof import('../article.js').leadPhoto;
}

const projectRoot = resolve(import.meta.dirname, '../..');
/**
 * One renderer per process, shared by every copy of this module (the test server bundles it twice):
 * @lit/localize can be configured once per process, so two copies of the library could not both
 * render in a language.
 */
const shared = globalThis as { [key: symbol]: Promise<Renderer> | undefined };
const RENDERER = Symbol.for('event-highlights.demo-prerender');

export function loadRenderer(): Promise<Renderer> {
  shared[RENDERER] ??= (async () => {
    const outDir = resolve(projectRoot, 'node_modules/.cache/event-highlights-prerender');
    mkdirSync(outDir, { recursive: true });
    const entry = `export { renderEventHtml, renderElementHtml, styleHashes, html } from ${JSON.stringify(resolve(projectRoot, 'src/ssr/index.ts'))};
export { articleBody, leadPhoto } from ${JSON.stringify(resolve(projectRoot, 'demo/article.ts'))};`;
    const result = await build({
      stdin: { contents: entry, resolveDir: projectRoot, loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      target: 'node20',
      tsconfig: resolve(projectRoot, 'tsconfig.json'),
      write: false,
      logLevel: 'silent',
    });
    // A new name per build: Node caches modules by URL, and `npm start` may render again after an edit.
    const file = resolve(outDir, `prerender-${Date.now()}.mjs`);
    writeFileSync(file, result.outputFiles[0]!.text);
    return (await import(pathToFileURL(file).href)) as Renderer;
  })();
  return shared[RENDERER];
}

export interface Prerendered {
  /** The article body's children: #article-body's content. */
  body: string;
  /** The lead photo's `<group-photo id="lead-photo">`, or undefined when the article has none. */
  lead: string | undefined;
  /** The `'sha256-…'` sources of the inline styles of its shadow roots, for `style-src`. */
  styleHashes: string[];
  /** The language it is rendered in. */
  locale: Locale;
}

/** Renders one article's body and lead photo; `dataUrl` is its JSON's URL relative to the page. */
export async function prerenderArticle(event: EventArticle, dataUrl: string, locale: Locale): Promise<Prerendered> {
  const { renderEventHtml, styleHashes, html, articleBody, leadPhoto } = await loadRenderer();
  // defer-hydration: the elements wait for article-page.ts to give them the same data.
  const options = { deferHydration: true, locale };
  const body = await renderEventHtml(articleBody(event, dataUrl, locale), options);
  const photo = leadPhoto(event, dataUrl);
  const lead = photo ? await renderEventHtml(html`<group-photo id="lead-photo" .photo=${photo}></group-photo>`, options) : undefined;
  return { body, lead, styleHashes: await styleHashes(body + (lead ?? '')), locale };
}
