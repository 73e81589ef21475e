/**
 * The embed page's script (dist/bundle/embed.js, loaded by embed.html beside the bundle): shows one
 * part of one event document, for sites whose editors can paste an `<iframe>` but no `<script>`.
 *
 * `embed.html?src=<event JSON URL>&show=<part>&lang=<tag>&theme=light|dark`
 *
 * - `src` is resolved against the page and must be on the page's own origin or on one listed in
 *   `<meta name="event-highlights-embed-origins">`: the page shows event documents of the site
 *   that hosts it, not whatever a link points it at.
 * - `show` names a row of {@link PARTS} (`card` by default), with a 1-based number for the parts
 *   that pick one of several (`speech:2`, `photo:1`).
 * - The page's height goes to the host window by `postMessage` ({@link HEIGHT_MESSAGE}) whenever
 *   it changes; `embed-resizer.js` (resizer.ts), where the host can run it, sizes the iframe.
 *
 * Every word the page shows comes through the library's localization (`msg`), in the language of
 * `lang` (or the reader's browser); the elements follow the same locale.
 */
import { msg, str } from '@lit/localize';
import { describeValue, matchLocale, resolveText, setLocale, validateEvent, type EventArticle, type Photo, type Text } from '../index.js';
import { fetchJson, FetchJsonError } from '../internal/fetch-json.js';
import { EVENT_MAX_BYTES } from '../event-card/event-card.js';
import { loadFailureText } from '../internal/messages.js';
import { safeSrcset, safeUrl } from '../internal/safe-url.js';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './protocol.js';

/** What a part is made from: the validated event, the document's URL, and the part's number (1-based) when it takes one. */
export interface PartContext {
  event: EventArticle;
  url: URL;
  number: number | undefined;
}

/** One value of `show`. */
export interface Part {
  /** The element that shows the part: without it registered (an older bundle), the page says the part is not available. */
  tag: string;
  /** Whether the part picks one of several (`speech:2`) and how many the event has. */
  count?: (event: EventArticle) => number;
  /** The part's content, or undefined when the event has nothing to show for it. */
  render(context: PartContext): HTMLElement | undefined;
}

/** The page's name in console messages, in the elements' format (`<tag>: field: expected …, received …`). */
const NAME = 'event-highlights embed.html';
const report = (level: 'warn' | 'error', field: string, expected: string, received: string) =>
  console[level](`${NAME}: ${field}: expected ${expected}, received ${received}`);

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Text of the data in the reader's language, marked with the language it is in. */
function dataText<K extends keyof HTMLElementTagNameMap>(tag: K, value: Text | undefined, event: EventArticle): HTMLElementTagNameMap[K] | undefined {
  const resolved = resolveText(value, locale, event.lang);
  if (!resolved) return undefined;
  const element = h(tag, { lang: resolved.lang });
  element.textContent = resolved.text;
  return element;
}

/** Image URLs in a document are relative to the document; the elements resolve them against the page. */
function absolute(photo: Photo, url: URL): Photo {
  return {
    ...photo,
    src: safeUrl(photo.src, 'image', url.href) ?? '',
    srcset: photo.srcset === undefined ? undefined : safeSrcset(photo.srcset, url.href).srcset,
  };
}
function absoluteEvent(event: EventArticle, url: URL): EventArticle {
  return {
    ...event,
    photos: event.photos?.map((photo) => absolute(photo, url)),
    speeches: event.speeches?.map((speech) => (speech.photo ? { ...speech, photo: absolute(speech.photo, url) } : speech)),
  };
}

/** An element of the library with its data properties set (the elements take the model's objects as properties). */
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] =>
  Object.assign(document.createElement(tag), properties);

/**
 * The parts `show` can name, one row each: adding a part (a new element) is one row here. A row
 * whose element the bundle does not register shows "not available", not an error.
 */
export const PARTS: Record<string, Part> = {
  card: {
    tag: 'event-card',
    render: ({ event }) => element('event-card', { event, href: event.url, headingLevel: 1 }),
  },
  article: {
    tag: 'event-card',
    render: ({ event }) => {
      const group = event.photos?.find((photo) => photo.group);
      const photos = (event.photos ?? []).filter((photo) => photo !== group);
      const hasMap = event.seminars.some((seminar) => seminar.participants?.countries?.length || seminar.visits?.length);
      const title = dataText('h1', event.title, event)!;
      return h(
        'article',
        { class: 'article' },
        event.url ? h('a', { href: event.url }, title) : title,
        ...(event.paragraphs ?? []).map((paragraph) => dataText('p', paragraph, event)),
        ...photos.map((photo) => element('group-photo', { photo })),
        ...(event.speeches ?? []).map((speech) => element('speech-block', { speech, headingLevel: 2 })),
        hasMap && element('participant-country-map', { event }),
        group && element('group-photo', { photo: group }),
        !!event.credits?.length && element('photo-credit', { credits: event.credits, variant: 'block' }),
      );
    },
  },
  speech: {
    tag: 'speech-block',
    count: (event) => event.speeches?.length ?? 0,
    render: ({ event, number }) => element('speech-block', { speech: event.speeches![number! - 1]!, headingLevel: 1 }),
  },
  attendees: {
    tag: 'attendee-list',
    // The element comes in a later version: until then the page says the part is not available.
    render: ({ event }) => (event.attendees?.length ? Object.assign(document.createElement('attendee-list'), { event }) : undefined),
  },
  map: {
    tag: 'participant-country-map',
    render: ({ event }) =>
      event.seminars.some((seminar) => seminar.participants?.countries?.length || seminar.visits?.length)
        ? element('participant-country-map', { event })
        : undefined,
  },
  photo: {
    tag: 'group-photo',
    count: (event) => event.photos?.length ?? 0,
    render: ({ event, number }) => element('group-photo', { photo: event.photos![number! - 1]! }),
  },
  credits: {
    tag: 'photo-credit',
    render: ({ event }) => (event.credits?.length ? element('photo-credit', { credits: event.credits, variant: 'block' }) : undefined),
  },
};

/** The origins event documents may come from: this page's and those its `<meta>` lists. */
export function allowedOrigins(doc: Document = document): Set<string> {
  const origins = new Set([location.origin]);
  const listed = doc.querySelector<HTMLMetaElement>('meta[name="event-highlights-embed-origins"]')?.content ?? '';
  for (const entry of listed.split(/\s+/).filter(Boolean)) {
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
      else report('warn', 'meta event-highlights-embed-origins', 'http(s) origins', describeValue(entry));
    } catch {
      report('warn', 'meta event-highlights-embed-origins', 'http(s) origins', describeValue(entry));
    }
  }
  return origins;
}

/** What the query asks for, or why it cannot be shown. */
type Request = { ok: true; url: URL; part: Part; name: string; number: number | undefined } | { ok: false; title: string; detail?: string };

export function parseRequest(search: string, origins: Set<string>): Request {
  const query = new URLSearchParams(search);
  const src = query.get('src');
  const show = query.get('show') ?? 'card';
  const match = /^([a-z][a-z-]*)(?::([1-9]\d{0,3}))?$/.exec(show);
  const part = match && Object.hasOwn(PARTS, match[1]!) ? PARTS[match[1]!] : undefined;
  if (!match || !part || (part.count ? !match[2] : match[2])) {
    const forms = Object.entries(PARTS)
      .map(([name, row]) => (row.count ? `${name}:N` : name))
      .join(', ');
    report('error', 'show', `one of ${forms}`, describeValue(show));
    return {
      ok: false,
      title: msg('This part of the event cannot be shown.'),
      detail: msg(str`The embed code asks for "${show}", which this page does not know.`),
    };
  }
  const safe = safeUrl(src, 'fetch', location.href);
  const url = safe ? new URL(safe) : undefined;
  if (!url || !origins.has(url.origin)) {
    report('error', 'src', `the URL of an event document on ${[...origins].join(' or ')} (embed.html's event-highlights-embed-origins)`, describeValue(src));
    return { ok: false, title: msg('This event cannot be shown here.'), detail: msg('The embed code points to an address this site does not allow.') };
  }
  return { ok: true, url, part, name: match[1]!, number: match[2] ? Number(match[2]) : undefined };
}

function notice(title: string, detail?: string, alert = true): HTMLElement {
  return h('div', { class: 'notice', role: alert ? 'alert' : 'status' }, h('strong', {}, title), detail);
}

let locale = 'en';

/** Builds the page from its query: the part, or a notice that says why not. */
export async function renderEmbed(root: HTMLElement, search: string = location.search): Promise<void> {
  const query = new URLSearchParams(search);
  locale = matchLocale(query.get('lang') ?? navigator.language);
  document.documentElement.lang = locale;
  const theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;
  else if (theme !== null) report('warn', 'theme', '"light" or "dark"', describeValue(theme));
  await setLocale(locale);
  document.title = msg('Event highlights');

  const origins = allowedOrigins();
  const request = parseRequest(search, origins);
  if (!request.ok) return show(root, notice(request.title, request.detail));
  const { url, part, number } = request;
  if (!customElements.get(part.tag)) {
    report('warn', 'show', `a part this bundle has (<${part.tag}> is not registered)`, describeValue(request.name));
    return show(root, notice(msg('This part is not available yet.'), msg('It will appear once this site updates event-highlights.'), false));
  }
  let data: unknown;
  let from: URL;
  try {
    const answer = await fetchJson(url.href, { maxBytes: EVENT_MAX_BYTES });
    from = new URL(answer.url);
    // A redirect may end on another origin: the document must come from an allowed one, as asked.
    if (!origins.has(from.origin)) {
      report('error', 'src', `an event document on ${[...origins].join(' or ')} (after redirects)`, `a redirect to ${from.href}`);
      return show(root, notice(msg('This event cannot be shown here.'), msg('The embed code points to an address this site does not allow.')));
    }
    data = answer.data;
  } catch (error) {
    const failure = error instanceof FetchJsonError ? error : undefined;
    report('error', 'src', 'an event document (JSON)', failure ? `${failure.detail} from ${url.href}` : String(error));
    const detail = loadFailureText(failure?.failure ?? 'network', failure?.status, {
      notFound: msg('The server did not find the event.'),
      notData: msg('The answer was not event data.'),
    });
    return show(root, notice(msg('The event could not be loaded.'), detail));
  }
  const result = validateEvent(data);
  if (!result.ok) {
    for (const problem of result.problems) report('error', `src ${problem.path || '(document)'}`, problem.expected, problem.received);
    return show(root, notice(msg('The event could not be loaded.'), msg('The answer was not event data.')));
  }
  const event = absoluteEvent(result.value, from);
  document.title = resolveText(event.title, locale, event.lang)?.text ?? document.title;
  const count = part.count?.(event);
  if (count !== undefined && (number === undefined || number > count)) {
    report('error', 'show', `a number from 1 to ${count}`, describeValue(request.name + ':' + String(number)));
    return show(root, notice(msg('This part of the event cannot be shown.'), msg(str`The embed code asks for number ${number}; this event has ${count}.`)));
  }
  const content = part.render({ event, url, number });
  show(root, content ?? notice(msg('Nothing to show.'), msg('This event has no such part.'), false));
}

function show(root: HTMLElement, content: HTMLElement): void {
  root.replaceChildren(content);
  root.removeAttribute('aria-busy');
}

/**
 * Sends the page's height to the host window whenever it changes (ResizeObserver on the content,
 * so that a card's image, a map drawn late or a speech expanded all count). Only a number goes out:
 * the message says nothing of the content, so any host origin may read it.
 */
export function reportHeight(root: HTMLElement): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: last }, '*');
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    send();
  }).observe(root);
  // A resizer that started after the last change asks once; only the parent window is answered.
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source === window.parent && last >= 0 && typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST)
      send();
  });
}

const root = document.getElementById('embed');
if (root) {
  reportHeight(root);
  void renderEmbed(root);
}
