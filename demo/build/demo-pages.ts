/**
 * The demo's pages, written at serve and build time (vite.config.ts, the demo mode) from the
 * JSON in demo/data:
 *
 * - index.html is the article template. For each article listed in demo/data/index.json it
 *   becomes one page (the seed: index.html; each sample: sample-….html) with the article's
 *   title, description, schema.org JSON-LD from `toJsonLdScript()` (the real article only: sample data
 *   is marked `noindex` and carries none), the header (section, title, date line, lead) and the
 *   lead photo written into the HTML, so that crawlers, link previews and readers without
 *   scripts get them, and the first paint is the article. demo/main.ts then renders the rest
 *   with the elements, and the header again in the reader's language.
 * - archive.html gets one `<event-card>` per article, with a plain link inside for readers
 *   without scripts.
 * - handwritten.html is copied as it is, with the library's single-file bundle (dist/bundle)
 *   beside it in bundle/, as an editor would paste it.
 *
 * No script text is generated for the browser: only JSON-LD, which Trusted Types and the CSP
 * leave alone as it is data.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { oembedFor, oembedLink } from '../../src/embed/oembed.js';
import { toJsonLdScript } from '../../src/model/json-ld.js';
import { resolveText } from '../../src/model/text.js';
import type { EventArticle, Text } from '../../src/model/types.js';
import { validateEvent } from '../../src/model/validate.js';
import { dateline, isKey, t, toLocale } from '../i18n.js';
import { prerenderArticle, type Prerendered } from './prerender.js';

export interface IndexEntry {
  src: string;
  page: string;
  sample: boolean;
}

interface Article extends IndexEntry {
  /** The page's file name in the demo's root ("index.html"). */
  fileName: string;
  /** The JSON's URL relative to the page ("data/seed-….json"). */
  dataUrl: string;
  event: EventArticle;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const attributes = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');

/** The articles of demo/data/index.json, each read and validated. */
export function readArticles(root: string): Article[] {
  const indexFile = resolve(root, 'data/index.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { events: IndexEntry[] };
  return index.events.map((entry) => {
    const file = resolve(dirname(indexFile), entry.src);
    const page = resolve(dirname(indexFile), entry.page);
    if (dirname(page) !== root) throw new Error(`demo/data/index.json: page "${entry.page}" must be in the demo's root folder`);
    const result = validateEvent(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.ok) throw new Error(`${relative(root, file)}: ${result.problems.map((problem) => problem.message).join('; ')}`);
    return { ...entry, fileName: basename(page), dataUrl: relative(root, file).split('\\').join('/'), event: result.value };
  });
}

/** Replaces the element `<tag id="id" …>…</tag>` of the template (first match), keeping nothing of it. */
function replaceElement(html: string, tag: string, id: string, replacement: string): string {
  const pattern = new RegExp(`<${tag}\\s+id="${id}"[^>]*>[\\s\\S]*?</${tag}>`);
  if (!pattern.test(html)) throw new Error(`demo page template: <${tag} id="${id}"> not found`);
  return html.replace(pattern, () => replacement);
}

/**
 * The article page for one article, from the template (or from a page already made from it:
 * every step replaces what it writes, so the build can derive the samples' pages from the
 * built index.html).
 */
export function renderArticlePage(template: string, article: Article, siteUrl?: string, prerendered?: Prerendered): string {
  const { event } = article;
  const lang = event.lang ?? 'en';
  const text = (value: Text | undefined) => resolveText(value, lang, event.lang);
  const title = text(event.title)?.text ?? '';
  const lead = text(event.paragraphs?.[0]) ?? text(event.summary);
  const description = text(event.summary) ?? lead;
  const photo = event.photos?.find((candidate) => !candidate.group);
  // The page's language (its <html lang>): its own words and the dates in it, as the script writes them.
  const pageLocale = toLocale(/<html[^>]*\slang="([^"]*)"/.exec(template)?.[1]);
  const { when, datetime, published } = dateline(event, pageLocale);
  let html = template.replace(/(<([a-z][a-z0-9]*)\b[^>]*\sdata-t="(\w+)"[^>]*>)[^<]*(<\/\2>)/g, (whole, open: string, _tag, key: string, close: string) =>
    isKey(key) ? `${open}${escapeText(t(key, pageLocale))}${close}` : whole,
  );
  html = html.replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeText(title)}</title>`);
  html = html.replace(/<meta name="description"[^>]*>/, () => `<meta name="description" content="${escapeAttribute(description?.text ?? title)}">`);
  html = html.replace(/\s*<meta name="robots"[^>]*>/, '').replace(/\s*<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
  html = html.replace(/\s*<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '');
  let head = '';
  if (article.sample) {
    // Invented data: not for search engines, and no structured data about events that never were.
    head = '\n    <meta name="robots" content="noindex">';
  } else {
    head = `\n    <script type="application/ld+json">${jsonLd(article, siteUrl)}</script>`;
  }
  // oEmbed needs absolute URLs: only a build that knows the site's address links a document.
  if (siteUrl) head += `\n    ${oembedLink(new URL(oembedPath(article), siteUrl).href, title)}`;
  html = html.replace(/\n?\s*<\/head>/, () => `${head}\n  </head>`);
  // "Article" in the navigation is the real article's page: the current page only there.
  html = html.replace(
    /<a href="index.html"(?: aria-current="page")? data-t="article"/,
    () => `<a href="index.html"${article.fileName === 'index.html' ? ' aria-current="page"' : ''} data-t="article"`,
  );
  html = html.replace(
    /<main id="main"[^>]*>/,
    () => `<main id="main"${attributes({ 'data-event': article.dataUrl, 'data-sample': article.sample ? 'true' : undefined })}>`,
  );
  html = replaceElement(
    html,
    'p',
    'sample-note',
    `<p id="sample-note" class="sample-note"${article.sample ? '' : ' hidden'} data-t="sampleNote">${escapeText(t('sampleNote', pageLocale))}</p>`,
  );
  const section = text(event.section);
  html = replaceElement(html, 'p', 'section', `<p id="section" class="eyebrow"${attributes({ lang: section?.lang })}>${escapeText(section?.text ?? '')}</p>`);
  html = replaceElement(html, 'h1', 'title', `<h1 id="title"${attributes({ lang: text(event.title)?.lang })}>${escapeText(title)}</h1>`);
  const dates = [when ? `<time${attributes({ datetime })}>${escapeText(when)}</time>` : '', published ? `<span>${escapeText(published)}</span>` : ''].filter(
    Boolean,
  );
  html = replaceElement(html, 'p', 'dateline', `<p id="dateline" class="dateline">${dates.join(' ')}</p>`);
  html = replaceElement(html, 'p', 'lead', `<p id="lead" class="lead"${attributes({ lang: lead?.lang })}>${escapeText(lead?.text ?? '')}</p>`);
  // The lead photo as light DOM: shown before the script runs; <group-photo> takes it from there.
  const caption = text(photo?.caption);
  // Relative to the JSON in the data, relative to the page here.
  const src = photo ? new URL(photo.src, `http://x/${article.dataUrl}`) : undefined;
  const image = photo
    ? `<figure><img${attributes({
        src: src!.origin === 'http://x' ? src!.pathname.slice(1) : src!.href,
        alt: text(photo.alt)?.text ?? '',
        width: photo.width,
        height: photo.height,
      })}>${caption ? `<figcaption${attributes({ lang: caption.lang })}>${escapeText(caption.text)}</figcaption>` : ''}</figure>`
    : '';
  // Server-rendered (event-highlights/ssr): the element with its shadow root, shown without a script;
  // else the photo as light DOM, shown before the script runs, which <group-photo> takes from there.
  html = replaceElement(html, 'group-photo', 'lead-photo', prerendered?.lead ?? `<group-photo id="lead-photo">${image}</group-photo>`);
  const body = /<div id="article-body"[^>]*>(?:[\s\S]*?<\/div><!-- end #article-body -->|<\/div>)/;
  if (!body.test(html)) throw new Error('demo page template: <div id="article-body"> not found');
  html = html.replace(body, () =>
    prerendered
      ? `<div id="article-body" class="article-body" data-prerendered="${prerendered.locale}">${prerendered.body}</div><!-- end #article-body -->`
      : '<div id="article-body" class="article-body"></div>',
  );
  return html;
}

/**
 * The lead photo's element as the server renders it, without the markers of a template around it
 * (it hydrates on its own, not as part of a template).
 */
const bareElement = (markup: string) => markup.replace(/^<!--lit-part [^>]*--><!--lit-node 0-->/, '').replace(/<!--\/lit-part-->$/, '');

/** An article's server render (demo/build/prerender.ts) in the language of the page `template` (its `<html lang>`), ready for renderArticlePage. */
export async function prerender(article: Article, template: string): Promise<Prerendered> {
  const rendered = await prerenderArticle(article.event, article.dataUrl, toLocale(/<html[^>]*\slang="([^"]*)"/.exec(template)?.[1]));
  return { ...rendered, lead: rendered.lead && bareElement(rendered.lead) };
}

/**
 * The article's JSON-LD. Image URLs are relative to the page unless `siteUrl` (the demo's
 * address, from DEMO_SITE_URL) makes them absolute; schema.org's context resolves relative URLs
 * against the page.
 */
function jsonLd(article: Article, siteUrl: string | undefined): string {
  const placeholder = 'https://site.invalid/';
  const base = new URL(article.dataUrl, siteUrl ?? placeholder).href;
  // The article's address is its page in the demo (none without a site URL).
  const url = siteUrl ? new URL(article.fileName === 'index.html' ? './' : article.fileName, siteUrl).href : undefined;
  // toJsonLdScript escapes what could end the <script> block early ("</script>" in a title).
  const json = toJsonLdScript({ ...article.event, url }, { base });
  return siteUrl ? json : json.split(placeholder).join('');
}

/** Where an article's oEmbed document goes in the demo: oembed/<page name>.json. */
const oembedPath = (article: Article) => `oembed/${article.fileName.replace(/\.html$/, '')}.json`;

/**
 * The article's oEmbed document (type rich: the embed page's card in an iframe, with the site's
 * bundle/embed.html and the article's JSON), for a build that knows the site's address.
 */
export function renderOembed(article: Article, siteUrl: string): string {
  const site = new URL(siteUrl);
  const document = oembedFor(article.event, {
    embedUrl: new URL('bundle/embed.html', site).href,
    eventUrl: new URL(article.dataUrl, site).href,
    show: 'card',
    providerName: 'event-highlights demo',
    providerUrl: site.href,
  });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The archive: one card per article, each a link to its page (also without scripts). */
export function renderArchivePage(template: string, articles: Article[]): string {
  const items = articles.map((article) => {
    const title = resolveText(article.event.title, article.event.lang ?? 'en', article.event.lang);
    const href = article.fileName;
    const badge = article.sample ? `<span slot="footer" class="badge" data-t="sample">Sample data</span>` : '';
    return (
      `\n          <li><event-card${attributes({ src: article.dataUrl, href, 'heading-level': 2 })} data-keep-lang>` +
      `<a${attributes({ href, lang: title?.lang })}>${escapeText(title?.text ?? href)}</a>${badge}</event-card></li>`
    );
  });
  return replaceElement(template, 'ul', 'cards', `<ul id="cards" class="cards">${items.join('')}\n        </ul>`);
}

/** The Vite plugin of the demo mode (`npm start`, and `vite build --mode demo` into dist/demo). */
export function demoPages(options: { root: string; bundleDir: string; libraryEntry: string; siteUrl?: string }): Plugin {
  const { root } = options;
  let outDir = '';
  /** The inline styles of every page's declarative shadow roots (one per element, the same on every page). */
  const styleHashes = new Set<string>();
  const articleFor = (path: string) => {
    const name = basename(path === '/' ? 'index.html' : path.split('?')[0]!);
    return readArticles(root).find((article) => article.fileName === name);
  };
  return {
    name: 'event-highlights:demo-pages',
    configResolved(config) {
      // Only a build of the demo itself writes its pages: Storybook loads this config too.
      outDir = resolve(config.root) === resolve(root) ? config.build.outDir : '';
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        // handwritten.html loads the bundle as a page would; in development, the sources stand in for it.
        if (path === '/bundle/event-highlights.js') {
          request.url = `/@fs${options.libraryEntry}`;
          return next();
        }
        if (path === '/bundle/event-highlights.css') {
          response.setHeader('content-type', 'text/css');
          response.end(readFileSync(resolve(dirname(options.libraryEntry), 'event-highlights.css')));
          return;
        }
        // The samples' pages are the article template, made on request.
        const article = path.endsWith('.html') && path !== '/index.html' ? articleFor(path) : undefined;
        if (!article) return next();
        try {
          const html = await server.transformIndexHtml(path, readFileSync(resolve(root, 'index.html'), 'utf8'), request.originalUrl);
          response.setHeader('content-type', 'text/html');
          response.end(html);
        } catch (error) {
          next(error);
        }
      });
    },
    async transformIndexHtml(html, context) {
      // Only the demo's own pages: Storybook loads this config too, for its iframe.html.
      if (context.filename && !resolve(context.filename).startsWith(resolve(root))) return html;
      const name = basename(context.path === '/' ? 'index.html' : context.path.split('?')[0]!);
      if (name === 'archive.html') return renderArchivePage(html, readArticles(root));
      const article = articleFor(context.path);
      if (!article) return html;
      const prerendered = await prerender(article, html);
      for (const hash of prerendered.styleHashes) styleHashes.add(hash);
      return renderArticlePage(html, article, options.siteUrl, prerendered);
    },
    async closeBundle() {
      if (!outDir || !existsSync(resolve(outDir, 'index.html'))) return;
      const built = readFileSync(resolve(outDir, 'index.html'), 'utf8');
      for (const article of readArticles(root)) {
        if (article.fileName === 'index.html') continue;
        const prerendered = await prerender(article, built);
        for (const hash of prerendered.styleHashes) styleHashes.add(hash);
        writeFileSync(resolve(outDir, article.fileName), renderArticlePage(built, article, options.siteUrl, prerendered));
      }
      // The shadow roots' inline styles, for the site's Content-Security-Policy (docs/security.md).
      writeFileSync(resolve(outDir, 'csp.json'), `${JSON.stringify({ 'style-src': ["'self'", ...[...styleHashes].sort()] }, null, 2)}\n`);
      cpSync(resolve(root, 'data'), resolve(outDir, 'data'), { recursive: true });
      // The hand-written page is plain HTML: copied with its style sheet and the bundle it loads.
      for (const file of ['handwritten.html', 'demo.css']) cpSync(resolve(root, file), resolve(outDir, file));
      if (options.siteUrl) {
        mkdirSync(resolve(outDir, 'oembed'), { recursive: true });
        for (const article of readArticles(root)) writeFileSync(resolve(outDir, oembedPath(article)), renderOembed(article, options.siteUrl));
      }
      if (!existsSync(resolve(options.bundleDir, 'event-highlights.js'))) {
        throw new Error(
          `demo build: ${relative(process.cwd(), options.bundleDir)}/event-highlights.js is missing; ` +
            `run \`vite build --mode bundle\` first (npm run build does)`,
        );
      }
      mkdirSync(resolve(outDir, 'bundle'), { recursive: true });
      cpSync(options.bundleDir, resolve(outDir, 'bundle'), { recursive: true });
    },
  };
}
