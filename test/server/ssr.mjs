// The test server's server render, for the conformance suite's SSR checks (test/conformance/ssr.ts):
// the browser sends `executeServerCommand('ssr-render', { tag, properties, attributes, locale })`
// and gets back what event-highlights/ssr's renderElementHtml makes of it in Node (this process),
// or the error it threw. src/ssr is TypeScript with decorators: the demo build's renderer
// (demo/build/prerender.ts) bundles it with esbuild into one Node module (the packages stay
// imports, one Lit for the renderer and the elements), imported once per test run.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
/** Bundles the demo build's module `file` (TypeScript) for Node and imports it. */
async function importDemoBuild(file) {
  const outDir = resolve(root, 'node_modules/.cache/event-highlights-test-ssr');
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [resolve(root, 'demo/build', file)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    tsconfig: resolve(root, 'tsconfig.json'),
    // Its modules find the project from their own folder.
    define: { 'import.meta.dirname': JSON.stringify(resolve(root, 'demo/build')) },
    write: false,
    logLevel: 'silent',
  });
  const out = resolve(outDir, `${file.replace(/\W/g, '-')}-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(out, result.outputFiles[0].text);
  return import(pathToFileURL(out).href);
}

/**
 * event-highlights/ssr as the demo's build loads it (demo/build/prerender.ts): one renderer for
 * the process, shared with demoPageIn below, since @lit/localize can be configured once per process.
 */
let loading;
function loadRenderer() {
  loading ??= importDemoBuild('prerender.ts').then((module) => module.loadRenderer());
  return loading;
}

/** A test-runner plugin answering the `ssr-render` command. */
export function ssrRender() {
  return {
    name: 'event-highlights-ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      try {
        const { renderElementHtml } = await loadRenderer();
        const html = await renderElementHtml(payload.tag, payload.properties ?? {}, payload.attributes ?? {}, {
          deferHydration: true,
          locale: payload.locale ?? 'en',
        });
        return { html };
      } catch (error) {
        return { error: String(error?.stack ?? error) };
      }
    },
  };
}

let demoBuild;
/**
 * The built demo page `html` (dist/demo/<fileName>) as the demo's build would write it if the page
 * were in `locale` (its <html lang>): the article's header and body rendered on the server again,
 * in that language, by the demo build's own functions (demo/build/demo-pages.ts). The demo stores
 * its pages in English; this is how a site's page in another language comes out (test/ssr-demo.test.ts).
 */
export async function demoPageIn(html, fileName, locale) {
  demoBuild ??= importDemoBuild('demo-pages.ts');
  const { readArticles, prerender, renderArticlePage } = await demoBuild;
  const article = readArticles(resolve(root, 'demo')).find((candidate) => candidate.fileName === fileName);
  if (!article) return html;
  const template = html.replace(/<html lang="[^"]*"/, `<html lang="${locale}"`);
  return renderArticlePage(template, article, undefined, await prerender(article, template));
}
