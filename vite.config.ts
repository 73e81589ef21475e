import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoPages } from './demo/build/demo-pages.js';
import { studioPage } from './studio/build/studio-page.js';
import { elementTags } from './scripts/elements.mjs';

const here = import.meta.dirname;

/**
 * npm entries: the index, each element's registration module and class (one per folder found in
 * src/, see scripts/elements.mjs), the model and the language API.
 */
const libraryEntries = {
  index: resolve(here, 'src/index.ts'),
  ...Object.fromEntries(
    elementTags().flatMap((tag) => [
      [`${tag}/define`, resolve(here, `src/${tag}/define.ts`)],
      [`${tag}/${tag}`, resolve(here, `src/${tag}/${tag}.ts`)],
    ]),
  ),
  'model/index': resolve(here, 'src/model/index.ts'),
  'internal/locale': resolve(here, 'src/internal/locale.ts'),
  // oEmbed documents for a site's build (event-highlights/oembed): Node or browser, no DOM.
  'embed/oembed': resolve(here, 'src/embed/oembed.ts'),
  // Server rendering (event-highlights/ssr): Node only, never in the bundle.
  'ssr/index': resolve(here, 'src/ssr/index.ts'),
  // The article importer (event-highlights/import): Node or browser, no DOM.
  'import/index': resolve(here, 'src/import/index.ts'),
};

/** Dependencies stay imports in the npm build so that a page has one copy of each. */
const isDependency = (id: string) => /^(lit|@lit\/|@lit-labs\/ssr|node:|valibot|d3-|topojson-client|htmlparser2)/.test(id);

/**
 * The bundle's languages: English is in the main file (the source strings); each other language is
 * a chunk of its own beside it (locale-<code>-<hash>.js), loaded when `<html lang>` or `setLocale()`
 * asks for it (see locale.ts). This plugin:
 * - turns locale.ts's `import(\`../generated/locales/${locale}.js\`)` into one `import()` per language;
 * - ships each language as its translations only, in the order of one list of message ids kept in
 *   the main file: the ids are 16 random-looking hex digits each, which gzip cannot shrink, and in
 *   every chunk they made about half of its bytes (2.8 KB → 1.4 KB; the list costs the main file
 *   once what it saved each chunk);
 * - makes each chunk a function of `html` and `str`, so that it imports nothing from the main file
 *   (an import from lit made Rolldown split lit into a third file).
 */
function lazyLocales(): Plugin {
  const { targetLocales } = JSON.parse(readFileSync(resolve(here, 'lit-localize.json'), 'utf8')) as { targetLocales: string[] };
  const generated = (locale: string) => resolve(here, `src/generated/locales/${locale}.js`);
  /** The generated module's entries, `'id': value,` one per line start, in its order. */
  const entries = (locale: string) => {
    const code = readFileSync(generated(locale), 'utf8');
    const body = code.slice(code.indexOf('export const templates = {') + 'export const templates = {'.length, code.lastIndexOf('};'));
    const starts = [...body.matchAll(/^\s*'([\w-]+)': /gm)];
    return starts.map(
      (start, i) =>
        [
          start[1]!,
          body
            .slice(start.index + start[0].length, starts[i + 1]?.index ?? body.length)
            .trim()
            .replace(/,$/, ''),
        ] as const,
    );
  };
  const ids = () => {
    const list = entries(targetLocales[0]!)
      .map(([id]) => id)
      .sort();
    for (const locale of targetLocales) {
      const own = entries(locale)
        .map(([id]) => id)
        .sort();
      if (own.join() !== list.join()) throw new Error(`lazy-locales: ${locale} has other message ids than ${targetLocales[0]}; run npm run localize`);
    }
    return list;
  };
  return {
    name: 'event-highlights:lazy-locales',
    transform(code, id) {
      const language = targetLocales.find((locale) => id === generated(locale));
      if (language) {
        const values = new Map(entries(language));
        return {
          code: `export default (html, str) => [${ids()
            .map((key) => values.get(key))
            .join(',\n')}];\n`,
          map: null,
        };
      }
      if (!id.endsWith('/src/internal/locale.ts')) return undefined;
      const pattern = /import\(`\.\.\/generated\/locales\/\$\{(\w+)\}\.js`\)/;
      if (!pattern.test(code)) this.error('lazy-locales: the locale import in locale.ts changed; update vite.config.ts');
      // A table without a prototype: a page that added properties to Object.prototype cannot add a "language".
      const table =
        `import { html as __html } from 'lit';\nimport { str as __str } from '@lit/localize';\n` +
        `const __ids = ${JSON.stringify(ids())};\n` +
        `const __locales = {__proto__: null, ${targetLocales
          .map((locale) => `${JSON.stringify(locale)}: () => import('../generated/locales/${locale}.js')`)
          .join(', ')}};\n` +
        `const __load = async (locale) => { const values = (await __locales[locale]()).default(__html, __str); return { templates: ` +
        `Object.fromEntries(__ids.map((id, i) => [id, values[i]])) }; };\n`;
      return { code: table + code.replace(pattern, (_, name: string) => `__load(${name})`), map: null };
    },
  };
}

/**
 * Lit's templates and styles without their indentation and line breaks (the bundle only; the npm
 * modules stay readable and the page's bundler minifies them as it likes): html`` through
 * html-minifier-next, css`` through lightningcss, by the Lit team's plugin. Empty attributes stay
 * (`alt=""` says an image is decorative), and so does a space between inline elements.
 */
function minifyTemplates(): Plugin {
  // A Rollup plugin (its types are Rollup's); it uses only `transform`, which Rolldown runs alike.
  return minifyHTMLLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { removeEmptyAttributes: false, conservativeCollapse: false } },
  }) as unknown as Plugin;
}

/** The chunk's file name: `locale-<code>-<hash>.js` for a language, `<name>-<hash>.js` for the rest (the map's code). */
const chunkFileName = (chunk: { facadeModuleId?: string | null }) =>
  /\/src\/generated\/locales\/[\w-]+\.js$/.test(chunk.facadeModuleId ?? '') ? 'locale-[name]-[hash].js' : '[name]-[hash].js';

/**
 * Ships the optional before-upgrade stylesheet beside the bundle (dist/bundle/event-highlights.css,
 * from src/event-highlights.css): hand-written content laid out, and space kept, until the script runs.
 */
function beforeUpgradeStyles(): Plugin {
  return {
    name: 'event-highlights:before-upgrade-css',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'event-highlights.css', source: readFileSync(resolve(here, 'src/event-highlights.css'), 'utf8') });
    },
  };
}

/**
 * The embed page beside the bundle (dist/bundle/embed.html and embed.css, from src/embed/), so that
 * copying the folder is enough. Its script (embed.js) is an entry of the bundle's build; the host
 * pages' resizer (embed-resizer.js) is built on its own by esbuild, as it shares no code with the
 * bundle and must stay one small file (as an entry it would split the constants both use into a chunk).
 */
function embedPage(): Plugin {
  return {
    name: 'event-highlights:embed-page',
    async generateBundle() {
      for (const file of ['embed.html', 'embed.css'])
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(resolve(here, 'src/embed', file), 'utf8') });
      const resizer = await esbuild({
        entryPoints: [resolve(here, 'src/embed/resizer.ts')],
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      });
      this.emitFile({ type: 'asset', fileName: 'embed-resizer.js', source: resizer.outputFiles[0]!.text });
    },
  };
}

/** The map's geometry: one file in the package, dist/bundle/world.topo.json (see oneGeometry). */
const GEOMETRY = 'world.topo.json';

/**
 * The npm modules' map code points at the bundle's copy of the geometry instead of emitting a
 * second one (dist/assets/world.topo-*.json): the package ships it once, at a fixed name that
 * package.json exports (`event-highlights/world.topo.json`).
 */
function oneGeometry(): Plugin {
  return {
    name: 'event-highlights:one-geometry',
    generateBundle(_, bundle) {
      const asset = Object.values(bundle).find((file) => file.type === 'asset' && /(^|\/)world\.topo-[\w-]+\.json$/.test(file.fileName));
      if (!asset) this.error('one-geometry: the library build emitted no world.topo asset; update vite.config.ts');
      delete bundle[asset.fileName];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes(asset.fileName.split('/').pop()!)) continue;
        const depth = chunk.fileName.split('/').length - 1;
        const target = `${depth ? '../'.repeat(depth) : './'}bundle/${GEOMETRY}`;
        chunk.code = chunk.code.replace(
          new RegExp(`(["'])[./]*${asset.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\1`, 'g'),
          (_, quote: string) => `${quote}${target}${quote}`,
        );
      }
    },
  };
}

/** Declarations for the bundle (`event-highlights/bundle`): its API is the index's. */
function bundleTypes(): Plugin {
  return {
    name: 'event-highlights:bundle-types',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'event-highlights.d.ts',
        source: "// The bundle's API is the package index's (src/index.ts).\nexport * from '../index.js';\n",
      });
      // The resizer is a script with no exports (event-highlights/embed-resizer.js, for bundlers that import it for its effect).
      this.emitFile({
        type: 'asset',
        fileName: 'embed-resizer.d.ts',
        source: '// A script with no exports: importing it installs the resizer for the embed iframes of the page.\nexport {};\n',
      });
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'bundle') {
    // One self-contained file for <script type="module">: Lit, the validator, translations and all;
    // only the participant map's drawing code and geometry are files of their own beside it.
    // EH_PROFILE=1 (scripts/bench/profile.mjs): unminified, with Lit's development build, so that
    // profiles and heap snapshots name functions and classes; EH_PROFILE=prod: unminified with
    // Lit's production build, for CPU profiles whose proportions match the shipped bundle.
    const profiling = Boolean(process.env['EH_PROFILE']);
    const litDevelopment = profiling && process.env['EH_PROFILE'] !== 'prod';
    return {
      plugins: [lazyLocales(), minifyTemplates(), beforeUpgradeStyles(), embedPage(), bundleTypes()],
      ...(litDevelopment ? { resolve: { conditions: ['development', 'module', 'browser', 'import', 'default'] } } : {}),
      // Relative asset URLs: the map's geometry resolves against the bundle, wherever it is hosted.
      base: './',
      build: {
        outDir: 'dist/bundle',
        emptyOutDir: true,
        target: 'es2022',
        // The embed page's script shares everything with the bundle, which exports it to it (see
        // preserveEntrySignatures below): embed.js is small and the bundle stays one file.
        lib: {
          entry: { 'event-highlights': resolve(here, 'src/index.ts'), embed: resolve(here, 'src/embed/embed.ts') },
          formats: ['es'],
          fileName: (_, name) => `${name}.js`,
        },
        rolldownOptions: {
          output: {
            minify: !profiling,
            // No /* @__PURE__ */ or /* @__NO_SIDE_EFFECTS__ */ marks (293 of them, 3.3 KB minified,
            // 15 B gzip in the main file): they are hints for a bundler that would tree-shake
            // this file again, and the bundle is the end of the chain (a page's bundler takes the
            // npm modules, which keep them). Licence comments stay.
            comments: { legal: true, annotation: false, jsdoc: false },
            chunkFileNames: chunkFileName,
            // The geometry keeps its name: the npm modules and package.json's exports point at it.
            assetFileNames: (asset) => ((asset.names ?? []).includes(GEOMETRY) ? GEOMETRY : '[name]-[hash][extname]'),
          },
          // Lets Rolldown keep the modules the map's lazy chunk shares with the main file (Lit, ...)
          // in the main file, which then exports them to it, instead of a third, common chunk.
          preserveEntrySignatures: 'allow-extension',
        },
      },
    };
  }
  if (mode === 'library') {
    return {
      plugins: [oneGeometry()],
      base: './',
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: { entry: libraryEntries, formats: ['es'] },
        rolldownOptions: {
          external: isDependency,
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', assetFileNames: 'assets/[name]-[hash][extname]' },
        },
      },
    };
  }
  if (mode === 'studio') {
    // The event studio (studio/): a static page for editors, built into dist/studio beside the
    // demo with relative URLs, so the folder works from any static host. `npm start` serves it
    // from the sources at /studio/ (studioPage below).
    const studio = resolve(here, 'studio');
    return {
      root: studio,
      base: './',
      appType: 'mpa',
      build: {
        outDir: resolve(here, 'dist/studio'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: { index: resolve(studio, 'index.html') } },
      },
    };
  }
  // `npm start`: the demo, served from demo/ with the sources compiled on the fly; `vite build
  // --mode demo` (in npm run build, after the bundle): the same pages in dist/demo, with relative
  // URLs so the folder works wherever it is put. demo/build/demo-pages.ts writes the pages from
  // demo/data (one per article, the archive's cards, JSON-LD) and copies the data, the
  // hand-written page and the bundle it loads.
  const demo = resolve(here, 'demo');
  return {
    root: demo,
    base: './',
    // Several pages, no fallback: an unknown URL is a 404, not the article.
    appType: 'mpa',
    plugins: [
      demoPages({
        root: demo,
        bundleDir: resolve(here, 'dist/bundle'),
        libraryEntry: resolve(here, 'src/index.ts'),
        // The demo's public address, for absolute URLs in the JSON-LD (relative without it).
        siteUrl: process.env['DEMO_SITE_URL'] || undefined,
      }),
      studioPage(resolve(here, 'studio')),
    ],
    server: { host: '127.0.0.1', port: 5173 },
    // The studio's page lives outside the demo's root: name it, so that the first `npm start`
    // pre-bundles its dependencies (htmlparser2, idb-keyval…) with the demo's, instead of finding
    // them when the studio is first opened and reloading it.
    optimizeDeps: { entries: ['**/*.html', resolve(here, 'studio/index.html')] },
    build: {
      outDir: resolve(here, 'dist/demo'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: {
        input: { index: resolve(demo, 'index.html'), archive: resolve(demo, 'archive.html') },
        output: { minify: process.env['DEMO_NO_MINIFY'] ? false : true },
      },
    },
  };
});
