/**
 * The article page: one event document (`data-event` on <main>, written by the build from
 * demo/data/index.json) shown with the six elements and the page's own layout. The header
 * (section, title, date line, lead) is already in the HTML, and so are the lead photo and the body
 * (demo/article.ts), rendered on the server as declarative shadow DOM: this script gives the
 * elements their data and hydrates them, and renders the page's own text again whenever the
 * language changes. The elements follow `<html lang>` by themselves.
 *
 * Loaded by main.ts, after the hydration support. Plain ESM: no bundler-only imports, so the test
 * server can serve it as well as Vite.
 */
import { hydrate } from '@lit-labs/ssr-client';
import { render } from 'lit';
import '../src/index.js';
import { resolveText, validateEvent, type EventArticle, type GroupPhoto, type Text } from '../src/index.js';
import { articleBody, leadPhoto } from './article.js';
import { keepLanguage, onLocaleChange, pageLocale, startLanguageSwitcher } from './chrome.js';
import { dateline, t, type Key, type Locale } from './i18n.js';

const main = document.querySelector<HTMLElement>('#main')!;
const body = document.querySelector<HTMLElement>('#article-body')!;
const dataUrl = new URL(main.dataset['event'] ?? 'data/seed-2023-06-29-opening.json', location.href);

/** The page's own text: each function renders its part in a language, now and after every change. */
const localizers: ((locale: Locale) => void)[] = [];
function localize(render: (locale: Locale) => void, now = true): void {
  localizers.push(render);
  if (now) render(pageLocale());
}

type Child = Node | string | false | undefined | null;

/** A DOM element with attributes and children; text is always text, never markup. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Shows a text of the data in the reader's language, marked with the language it is in. */
function showText(element: HTMLElement, value: Text | undefined, event: EventArticle, now = true): void {
  localize((locale) => {
    const resolved = resolveText(value, locale, event.lang);
    element.textContent = resolved?.text ?? '';
    if (resolved?.lang) element.lang = resolved.lang;
    else element.removeAttribute('lang');
  }, now);
}

/** One of the page's own phrases (chrome.ts translates `data-t` elements on a change too). */
function phrase<K extends keyof HTMLElementTagNameMap>(tag: K, key: Key, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const element = h(tag, { ...attributes, 'data-t': key });
  element.textContent = t(key, pageLocale());
  return element;
}

function renderHeader(event: EventArticle): void {
  const title = document.querySelector<HTMLElement>('#title')!;
  // The build wrote the header in the page's language: in that language, nothing to do until it changes.
  const now = !(pageLocale() === (body.dataset['prerendered'] ?? 'en') && title.textContent!.trim());
  showText(document.querySelector('#section')!, event.section, event, now);
  showText(title, event.title, event, now);
  showText(document.querySelector('#lead')!, event.paragraphs?.[0] ?? event.summary, event, now);
  const line = document.querySelector<HTMLElement>('#dateline')!;
  localize((locale) => {
    const { when, datetime, published } = dateline(event, locale);
    const parts = [when && h('time', { datetime }, when), published && h('span', {}, published)].filter((part): part is HTMLElement => !!part);
    line.replaceChildren(...parts.flatMap((part, i) => (i ? [' ', part] : [part])));
  }, now);
  localize((locale) => {
    document.title = resolveText(event.title, locale, event.lang)?.text ?? document.title;
  }, now);
}

/**
 * Cards of the demo's other articles (data/index.json), made when the reader comes near them, or
 * as soon as the keyboard focus enters the page's main content (so that Tab reaches them: they
 * are the last stops of the page).
 */
function moreHighlights(): void {
  const sentinel = h('div', { class: 'more-sentinel' });
  main.append(sentinel);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    main.removeEventListener('focusin', start);
    void renderMore().finally(() => sentinel.remove());
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: '600px' });
  observer.observe(sentinel);
  main.addEventListener('focusin', start);
}

async function renderMore(): Promise<void> {
  const indexUrl = new URL('data/index.json', location.href);
  let index: { events: { src: string; page: string; sample: boolean }[] };
  try {
    index = await (await fetch(indexUrl)).json();
  } catch (error) {
    console.warn(`event-highlights demo: the other articles could not be listed: ${String(error)}`);
    return;
  }
  const others = index.events.filter((entry) => new URL(entry.src, indexUrl).href !== dataUrl.href);
  if (!others.length) return;
  const cards = others.map((entry) => {
    const card = h('event-card', {
      src: new URL(entry.src, indexUrl).href,
      href: new URL(entry.page, indexUrl).pathname.split('/').pop(),
      'heading-level': '3',
      'data-keep-lang': '',
    });
    if (entry.sample) card.append(phrase('span', 'sample', { slot: 'footer', class: 'badge' }));
    return h('li', {}, card);
  });
  const aside = h(
    'aside',
    { class: 'more', 'aria-labelledby': 'more-heading' },
    phrase('h2', 'more', { id: 'more-heading' }),
    h('ul', { class: 'cards' }, ...cards),
  );
  keepLanguage(aside);
  main.append(aside);
}

/**
 * The body: hydrated where the build rendered it (data-prerendered: the same template, data and
 * language, so nothing is drawn again and nothing moves), else rendered; rendered again in the
 * reader's language, now and on every change.
 */
function renderArticle(event: EventArticle): void {
  // The language the build rendered the page in (its <html lang>): hydrated only in that language.
  // A reader who chose another (?lang=, or stored) gets the body rendered anew, not hydrated: the
  // server's templates in one language would not match the elements' in another.
  const served = body.dataset['prerendered'];
  const hydrating = served === pageLocale();
  renderHeader(event);
  const dataPath = main.dataset['event'] ?? 'data/seed-2023-06-29-opening.json';
  let lead = document.querySelector<GroupPhoto>('#lead-photo');
  const photo = leadPhoto(event, dataPath);
  if (lead && photo) {
    if (!hydrating && lead.shadowRoot) {
      const fresh = document.createElement('group-photo');
      fresh.id = 'lead-photo';
      lead.replaceWith(fresh);
      lead = fresh;
    }
    lead.photo = photo;
    // Server-rendered elements wait (defer-hydration) for the data they were rendered with.
    lead.removeAttribute('defer-hydration');
  } else lead?.remove();
  const template = (locale: Locale) => articleBody(event, dataPath, locale);
  if (hydrating) hydrate(template(pageLocale()), body);
  else {
    body.replaceChildren();
    render(template(pageLocale()), body);
  }
  localize((locale) => render(template(locale), body), false);
  const map = body.querySelector('participant-country-map');
  // The map is drawn (and becomes a tab stop) when it nears the viewport; a keyboard reader
  // tabbing from the top would pass it before that: draw it as soon as anything gets the focus.
  if (map) document.addEventListener('focusin', () => void map.reload(), { once: true });
  moreHighlights();
}

function renderFailure(detail: string): void {
  console.error(`event-highlights demo: ${dataUrl.href}: ${detail}`);
  body.replaceChildren(h('div', { class: 'load-error', role: 'alert' }, phrase('p', 'loadError'), phrase('a', 'retry', { href: location.href })));
}

/**
 * Runs the page. Called by main.ts rather than run on import: the demo is part of the package,
 * whose `sideEffects` list names only the elements' definitions, so the bundler drops a module
 * that is only imported for its effects (the whole page script was gone from the build).
 */
export async function startArticlePage(): Promise<void> {
  startLanguageSwitcher();
  let first = true;
  onLocaleChange((locale) => {
    // chrome.ts translates the `data-t` phrases; the data's text and dates are rendered here.
    if (!first) for (const render of localizers) render(locale);
    first = false;
  });
  let data: unknown;
  try {
    const response = await fetch(dataUrl);
    if (!response.ok) return renderFailure(`HTTP ${response.status}`);
    data = await response.json();
  } catch (error) {
    return renderFailure(String(error));
  }
  const result = validateEvent(data);
  if (!result.ok) return renderFailure(result.problems.map((problem) => problem.message).join('; '));
  renderArticle(result.value);
}
