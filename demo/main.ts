/**
 * The article page: one event document (`data-event` on <main>, written by the build from
 * demo/data/index.json) shown with the six elements and the page's own layout. The header
 * (section, title, date line, lead) and the lead photo are already in the HTML; this script
 * renders the rest, section by section (one task each, so the page stays responsive while it
 * loads), and renders the page's own text again whenever the language changes. The elements
 * follow `<html lang>` by themselves.
 *
 * Plain ESM: no bundler-only imports, so the test server can serve it as well as Vite.
 */
import '../src/index.js';
import { resolveText, validateEvent, type EventArticle, type GroupPhoto, type Photo, type Text } from '../src/index.js';
import { keepLanguage, onLocaleChange, pageLocale, startLanguageSwitcher } from './chrome.js';
import { dateline, days, formatDateRange, lastDay, t, type Key, type Locale } from './i18n.js';

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

function dataText<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  value: Text | undefined,
  event: EventArticle,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const element = h(tag, attributes);
  showText(element, value, event);
  return element;
}

/** One of the page's own phrases (chrome.ts translates `data-t` elements on a change too). */
function phrase<K extends keyof HTMLElementTagNameMap>(tag: K, key: Key, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const element = h(tag, { ...attributes, 'data-t': key });
  element.textContent = t(key, pageLocale());
  return element;
}

/** Photo URLs in the data are relative to the JSON document; the elements resolve against the page. */
const absolute = (photo: Photo): Photo => ({ ...photo, src: new URL(photo.src, dataUrl).href });

/** Lets the browser paint and handle input before the next section. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function renderHeader(event: EventArticle): void {
  const title = document.querySelector<HTMLElement>('#title')!;
  // The build wrote the header in English: in English, nothing to do until the language changes.
  const now = !(pageLocale() === 'en' && title.textContent!.trim());
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

function section(name: string, key: Key, ...children: Child[]): HTMLElement {
  return h('section', { class: name, 'aria-labelledby': `${name}-heading` }, phrase('h2', key, { id: `${name}-heading` }), ...children);
}

function groupPhoto(photo: Photo, id?: string): HTMLElement {
  const element = document.createElement('group-photo');
  if (id) element.id = id;
  element.photo = absolute(photo);
  return element;
}

/** Each seminar's host, organizer, length, dates and visits, as a definition list. */
function programme(event: EventArticle, paragraph: Text | undefined): HTMLElement {
  const several = event.seminars.length > 1;
  const seminars = event.seminars.map((seminar) => {
    const facts = h('dl', { class: 'facts' });
    const row = (key: Key, render: ((locale: Locale) => string) | undefined) => {
      if (!render) return;
      const value = h('dd');
      localize((locale) => (value.textContent = render(locale)));
      facts.append(phrase('dt', key), value);
    };
    const organization = (value: { name: Text; shortName?: Text } | undefined) =>
      value &&
      ((locale: Locale) => {
        const name = resolveText(value.name, locale, event.lang)?.text ?? '';
        const short = resolveText(value.shortName, locale, event.lang)?.text;
        return short ? `${name} (${short})` : name;
      });
    row('host', organization(seminar.host));
    row('organizer', organization(seminar.organizer));
    if (seminar.durationDays) row('duration', (locale) => days(seminar.durationDays!, locale));
    const start = seminar.startDate ?? event.dates?.start;
    const end = seminar.endDate ?? (start && seminar.durationDays ? lastDay(start, seminar.durationDays) : undefined);
    if (start && end) row('dates', (locale) => formatDateRange(start, end, locale));
    const visits = seminar.visits ?? [];
    if (visits.length) {
      row('visits', (locale) => {
        const names = visits.map((visit) => {
          const city = resolveText(visit.city, locale, event.lang)?.text ?? '';
          const region = resolveText(visit.region, locale, event.lang)?.text;
          return region ? `${city} (${region})` : city;
        });
        return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
      });
    }
    return h('div', { class: 'seminar' }, several && dataText('h3', seminar.name, event), facts.childElementCount > 0 && facts);
  });
  return section('programme', 'programme', paragraph !== undefined && dataText('p', paragraph, event), ...seminars);
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

async function renderArticle(event: EventArticle): Promise<void> {
  renderHeader(event);
  const paragraphs = event.paragraphs ?? [];
  // The lead is the first paragraph; the last one, when there are more, tells the programme.
  const middle = paragraphs.slice(1, -1);
  const closing = paragraphs.length > 1 ? paragraphs.at(-1) : undefined;
  const photos = event.photos ?? [];
  const lead = photos.find((photo) => !photo.group);
  const group = photos.find((photo) => photo.group);
  const others = photos.filter((photo) => photo !== lead && photo !== group);

  const leadPhoto = document.querySelector<GroupPhoto>('#lead-photo');
  if (leadPhoto && lead) leadPhoto.photo = absolute(lead);
  else leadPhoto?.remove();
  const note = phrase('p', 'languageNote', { class: 'language-note' });
  localize((locale) => (note.hidden = locale.split('-')[0] === (event.lang ?? 'en').split('-')[0]));
  // Who attended comes right after the opening paragraph, which names them.
  const attendees = event.attendees?.length ? [section('attendees', 'attendees', Object.assign(document.createElement('attendee-list'), { event }))] : [];
  body.replaceChildren(note, ...attendees, ...middle.map((paragraph) => dataText('p', paragraph, event)), ...others.map((photo) => groupPhoto(photo)));

  // Then one section per task.
  const speeches = event.speeches ?? [];
  if (speeches.length) {
    const list = section('speeches', 'speeches');
    body.append(list);
    // An article of two seminars: the speeches of each under its name (then those the article
    // does not assign), so that one speaker at both reads as two speeches.
    const groups =
      event.seminars.length > 1
        ? [
            ...event.seminars.map((seminar) => ({
              name: seminar.name as Text | undefined,
              speeches: speeches.filter((speech) => speech.seminar === seminar.id),
            })),
            { name: undefined, speeches: speeches.filter((speech) => !event.seminars.some((seminar) => seminar.id === speech.seminar)) },
          ].filter((group) => group.speeches.length)
        : [{ name: undefined, speeches }];
    for (const group of groups) {
      if (group.name !== undefined) list.append(dataText('h3', group.name, event));
      for (const speech of group.speeches) {
        await nextTask();
        const block = document.createElement('speech-block');
        block.headingLevel = group.name !== undefined ? 4 : 3;
        block.event = event;
        block.speech = speech.photo ? { ...speech, photo: absolute(speech.photo) } : speech;
        list.append(block);
      }
    }
  }
  await nextTask();
  if (event.seminars.some((seminar) => seminar.participants || seminar.visits?.length)) {
    const map = document.createElement('participant-country-map');
    map.event = event;
    body.append(section('participants', 'participants', map));
    // The map is drawn (and becomes a tab stop) when it nears the viewport; a keyboard reader
    // tabbing from the top would pass it before that: draw it as soon as anything gets the focus.
    document.addEventListener('focusin', () => void map.reload(), { once: true });
    await nextTask();
  }
  if (group) {
    body.append(groupPhoto(group, 'group-photo'));
    await nextTask();
  }
  body.append(programme(event, closing));
  await nextTask();
  if (event.credits?.length) {
    const credits = document.createElement('photo-credit');
    credits.variant = 'block';
    credits.credits = event.credits;
    body.append(
      h(
        'footer',
        { class: 'credits', 'aria-labelledby': 'credits-heading' },
        phrase('h2', 'credits', { id: 'credits-heading', class: 'visually-hidden' }),
        credits,
      ),
    );
  }
  moreHighlights();
}

function renderFailure(detail: string): void {
  console.error(`event-highlights demo: ${dataUrl.href}: ${detail}`);
  body.replaceChildren(h('div', { class: 'load-error', role: 'alert' }, phrase('p', 'loadError'), phrase('a', 'retry', { href: location.href })));
}

async function start(): Promise<void> {
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
  await renderArticle(result.value);
}

void start();
