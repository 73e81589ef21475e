/**
 * oEmbed without a server (`event-highlights/oembed`): the JSON document and the `<link>` that let
 * a CMS or a chat app turn an article's URL into the embed page (embed.html) in an iframe. A site
 * writes one document per article when it builds its pages (the demo's build does, with
 * DEMO_SITE_URL: demo/build/demo-pages.ts) and links it from the article's `<head>`.
 *
 * Pure functions with no DOM: they run in Node at build time as well as in a browser.
 */
import { resolveText } from '../model/text.js';
import type { EventArticle } from '../model/types.js';

/** oEmbed 1.0's "rich" type: HTML to put in the consumer's page, here an iframe of the embed page. */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

export interface OEmbedOptions {
  /** Absolute URL of the site's embed.html (the bundle's folder as the site serves it). */
  embedUrl: string;
  /** Absolute URL of the article's event JSON; on embed.html's origin or one it allows. */
  eventUrl: string;
  /** The part to show (embed.html's `show`): `card` by default. */
  show?: string;
  /** The language to show it in (embed.html's `lang`); by default the reader's. */
  lang?: string;
  /** The site's name and address, as oEmbed consumers credit it. */
  providerName: string;
  providerUrl: string;
  /** The iframe's size in CSS pixels; the height is what it keeps without the resizer. Default 560 × 480. */
  width?: number;
  height?: number;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function absoluteHttp(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`oembed: ${what}: expected an absolute http(s) URL, received ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TypeError(`oembed: ${what}: expected an absolute http(s) URL, received ${JSON.stringify(value)}`);
  return url;
}

function size(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > 10_000)
    throw new TypeError(`oembed: ${what}: expected a whole number of pixels from 1 to 10000, received ${String(value)}`);
  return value;
}

/** The embed page's URL for one article: `embed.html?src=…&show=…[&lang=…]`. */
export function embedPageUrl(options: Pick<OEmbedOptions, 'embedUrl' | 'eventUrl' | 'show' | 'lang'>): string {
  const url = absoluteHttp(options.embedUrl, 'embedUrl');
  url.search = '';
  url.searchParams.set('src', absoluteHttp(options.eventUrl, 'eventUrl').href);
  url.searchParams.set('show', options.show ?? 'card');
  if (options.lang) url.searchParams.set('lang', options.lang);
  return url.href;
}

/** The snippet an editor pastes (and oEmbed's `html`): the embed page in an iframe, nothing else. */
export function embedIframe(options: Pick<OEmbedOptions, 'embedUrl' | 'eventUrl' | 'show' | 'lang' | 'width' | 'height'> & { title: string }): string {
  const width = size(options.width, 560, 'width');
  const height = size(options.height, 480, 'height');
  return (
    `<iframe src="${escapeAttribute(embedPageUrl(options))}" title="${escapeAttribute(options.title)}" width="${width}" height="${height}"` +
    ' loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>'
  );
}

/** The oEmbed document of one article. The title is the article's, in `lang` (or the document's language). */
export function oembedFor(event: EventArticle, options: OEmbedOptions): OEmbedRich {
  const lang = options.lang ?? event.lang ?? 'en';
  const title = resolveText(event.title, lang, event.lang)?.text ?? '';
  const width = size(options.width, 560, 'width');
  const height = size(options.height, 480, 'height');
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: options.providerName,
    provider_url: absoluteHttp(options.providerUrl, 'providerUrl').href,
    html: embedIframe({ ...options, title, width, height }),
    width,
    height,
  };
}

/** The `<link>` for the article page's `<head>` that points oEmbed consumers at its document. */
export function oembedLink(oembedUrl: string, title: string): string {
  return (
    `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(absoluteHttp(oembedUrl, 'oembedUrl').href)}"` +
    ` title="${escapeAttribute(title)}">`
  );
}
