/**
 * Every story is also a test: each story of each element's stories module is composed the way
 * Storybook composes it (test/story-composition.ts, shared with the visual regression suite),
 * rendered into a fixture, checked for what a reader would see, and run through axe: in each of
 * the five locales, in the light and in the dark theme.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { LOCALES, type StoryLocale, type StoryTheme } from '../.storybook/decorators.js';
import { currentLocale, setLocale } from '../src/internal/locale.js';
import { resolveText } from '../src/model/text.js';
import { leadPhoto } from '../src/model/summary.js';
import type { EventArticle } from '../src/model/types.js';
import { validateEvent } from '../src/model/validate.js';
import { ELEMENT_TAGS } from './elements.js';
import { type Args, compose, loadStoryModules, settledPart, SHOWN, type Shown, storiesOf, type Annotations } from './story-composition.js';

/**
 * Chromium renders every story in all five locales. Firefox renders them in English and Chinese
 * only (Latin and CJK text; es, pt-BR and fr take the same layout paths as English): the whole
 * suite must stay under ten minutes on two cores, and these 5 x 2 x stories renders with axe are
 * most of its time.
 */
const STORY_LOCALES = navigator.userAgent.includes('Firefox') ? LOCALES.filter(({ value }) => value === 'en' || value === 'zh-Hans') : LOCALES;

/** Every element's stories module, stories/<tag>.stories.ts, for the elements the test server finds in src/. */
const storyModules = await loadStoryModules(ELEMENT_TAGS.map((tag) => `stories/${tag}.stories.ts`));
const { removeStoryFetchStub } = await import('../stories/support/fetch-stub.js');
const data = await import('../stories/support/data.js');

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function relativeLuminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Problems the elements log (`<event-card>: field: expected …, received …`), collected during a test. */
function captureElementConsole(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = { warn: console.warn, error: console.error };
  const capture =
    (level: 'warn' | 'error') =>
    (...items: unknown[]) => {
      const message = items.map(String).join(' ');
      if (/^<[a-z]+-[a-z-]+>:/.test(message)) messages.push(message);
      else original[level](...items);
    };
  console.warn = capture('warn');
  console.error = capture('error');
  return { messages, restore: () => Object.assign(console, original) };
}

const englishTexts = new Map<string, string>();

/** Console problems each speech-block story plays on purpose (every one must appear, and nothing else). */
const SPEECH_LOGS: Record<string, RegExp[]> = {
  BrokenPortrait: [/^<speech-block>: portrait: expected an image that loads, received ".*does-not-exist\.jpg"$/],
  InvalidData: [
    /^<speech-block>: speech\.paragraphs: expected Array/,
    /^<speech-block>: speech\.speaker\.name: /,
    /^<speech-block>: speech\.speaker\.country: expected an ISO 3166-1/,
  ],
};

/** What a reader sees in a speech-block story: speaker, paragraphs, portrait or initials, words in their language, collapse. */
async function checkSpeechBlocks(
  wrapper: HTMLElement,
  englishKey: string,
  exportName: string,
  shown: Shown,
  locale: StoryLocale,
  theme: StoryTheme,
  args: Args,
  messages: string[],
): Promise<void> {
  type Block = HTMLElement & { updateComplete: Promise<boolean>; speech?: { paragraphs: unknown[]; lang?: string; role?: string } };
  const blocks = [...wrapper.querySelectorAll<Block>('speech-block')];
  expect(blocks, 'speech-block elements in the story').to.have.length.greaterThan(0);
  await Promise.all(blocks.map((block) => block.updateComplete));
  const uiWords: string[] = [];
  for (const block of blocks) {
    const root = block.shadowRoot!;
    const part = (name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
    if (shown === 'invalid-data') {
      const alert = root.querySelector('[role="alert"]')!;
      expect(text(alert)).to.not.equal('');
      expect(alert.closest('[lang]')!.getAttribute('lang')).to.equal(locale);
      expect(part('name')).to.equal(null);
      uiWords.push(text(alert));
      continue;
    }
    // The speaker's name, readable in the theme (dark text on light, light text on dark).
    const name = part('name')!;
    expect(text(name)).to.not.equal('');
    const luminance = relativeLuminance(getComputedStyle(name).color);
    if (theme === 'dark') expect(luminance, 'light text on the dark page').to.be.greaterThan(0.5);
    else expect(luminance, 'dark text on the light page').to.be.lessThan(0.2);
    // A heading only when the story asks for one, at that level.
    const headings = [...root.querySelectorAll('[role="heading"]')];
    if (args['heading-level']) expect(headings.map((heading) => heading.getAttribute('aria-level'))).to.deep.equal([String(args['heading-level'])]);
    else expect(headings).to.have.length(0);
    // The paragraphs: from the data, marked with their language, or the story's light-DOM <p>s, assigned to the slot.
    const body = part('body')!;
    if (block.speech) {
      const paragraphs = [...body.querySelectorAll('p')];
      expect(paragraphs).to.have.length(block.speech.paragraphs.length);
      for (const paragraph of paragraphs) expect(paragraph.getAttribute('lang')).to.equal(block.speech.lang ?? null);
    } else {
      const assigned = body.querySelector('slot')!.assignedElements();
      expect(assigned.map((element) => text(element))).to.deep.equal(
        ((args['paragraphs'] as string[] | undefined) ?? []).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()),
      );
    }
    // The representative's label, where it applies, in the reader's language.
    const representative = part('representative');
    expect(!!representative, 'representative label').to.equal(!!(args['representative'] || block.speech?.role === 'participant-representative'));
    // The interface's words (honorific, labels, country, button) are marked with the reader's locale.
    const interfaceParts = root.querySelectorAll('[part~="honorific"], [part~="country"], [part~="toggle"]');
    for (const element of interfaceParts) {
      expect(element.getAttribute('lang')).to.equal(locale);
      uiWords.push(text(element));
    }
    if (representative?.getAttribute('lang') === locale) uiWords.push(text(representative));
    // The portrait loads, or the speaker's initials stand in for it: never a broken image.
    const image = part('portrait-image') as HTMLImageElement | null;
    if (image) {
      image.scrollIntoView();
      await waitUntil(
        () => !image.isConnected || (image.complete && image.naturalWidth > 0),
        `${exportName}: the portrait loads or gives way to the initials`,
        { timeout: 5000 },
      );
    }
    if (exportName === 'BrokenPortrait' || exportName === 'MissingPortrait') {
      await waitUntil(() => part('monogram'), `${exportName}: the initials`, { timeout: 5000 });
      expect(text(part('monogram'))).to.match(/^\p{Lu}{2}$/u);
      expect(part('portrait-image')).to.equal(null);
    }
    // The long speech collapses behind "Read more"; the others are short enough to show whole.
    if (exportName === 'LongSpeech') {
      await waitUntil(() => part('toggle'), 'the Read more button', { timeout: 3000 });
      expect(part('toggle')!.getAttribute('aria-expanded')).to.equal('false');
      expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
    }
  }
  // Interface words follow the locale: not the English ones in another language.
  const words = uiWords.join(' | ');
  expect(words, 'interface words').to.not.equal('');
  if (locale === 'en') englishTexts.set(englishKey, words);
  else if (englishTexts.has(englishKey)) expect(words).to.not.equal(englishTexts.get(englishKey));
  const expected = SPEECH_LOGS[exportName] ?? [];
  expectLogs(messages, expected);
}
/** Console problems each participant-country-map story plays on purpose (every one must appear, and nothing else). */
const MAP_LOGS: Record<string, RegExp[]> = {
  BadInput: [
    /^<participant-country-map>: countries: expected ISO 3166-1 alpha-2 country codes such as "BO", received string "XX"$/,
    /^<participant-country-map>: countries: expected each country once, received BO twice$/,
  ],
};

/**
 * What a reader sees in a participant-country-map story: the list of countries in the reader's
 * language, and once drawn, every listed country as a shape or a marker with its name, the
 * legend and the credit in the reader's language.
 */
async function checkMapStories(wrapper: HTMLElement, englishKey: string, exportName: string, locale: StoryLocale, messages: string[]): Promise<void> {
  type MapElement = HTMLElement & { updateComplete: Promise<boolean> };
  const maps = [...wrapper.querySelectorAll<MapElement>('participant-country-map')];
  expect(maps, 'participant-country-map elements in the story').to.have.length.greaterThan(0);
  const words: string[] = [];
  for (const map of maps) {
    await map.updateComplete;
    map.scrollIntoView();
    const root = map.shadowRoot!;
    await waitUntil(() => root.querySelector('[part~="map"] svg[role="img"]'), `${exportName}: the map is drawn`, { timeout: 8000 });
    const items = [...root.querySelectorAll('ul[part="list"] li:not(.unknown)')];
    expect(items.length, 'listed countries').to.be.greaterThan(0);
    const names = new Set(
      [...root.querySelectorAll('[part~="map"] svg[role="img"] [data-code][aria-label]')]
        .filter((node) => node.getBoundingClientRect().width > 0)
        .map((node) => node.getAttribute('aria-label')),
    );
    for (const item of items) {
      const name = [...item.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim();
      expect(names.has(name), `${name} is drawn and named`).to.equal(true);
    }
    words.push(text(root.querySelector('[part="legend"]')), root.querySelector('[part~="map"] svg[role="img"] title')!.textContent ?? '');
  }
  const joined = words.join(' | ');
  if (locale === 'en') englishTexts.set(englishKey, joined);
  else if (englishTexts.has(englishKey)) expect(joined).to.not.equal(englishTexts.get(englishKey));
  const expected = MAP_LOGS[exportName] ?? [];
  expectLogs(messages, expected);
}

/** Console problems each photo-credit / group-photo story plays on purpose (every one must appear, and nothing else). */
const PHOTO_LOGS: Record<string, RegExp[]> = {
  MissingAlt: [/^<group-photo>: alt: expected a text alternative, received nothing$/],
  BrokenImage: [/^<group-photo>: src: expected an image that loads, received ".*missing-photo\.jpg"$/],
  UnsafeUrl: [/^<group-photo>: src: expected an http\(s\), relative or data:image URL, received string "javascript:alert\(1\)"$/],
};

/**
 * What a reader sees in a photo-credit or group-photo story: the credits' labels in the reader's
 * language (or nothing at all, taking no space, without credits); the photo loading, or the
 * placeholder box with the text alternative; the caption; the lightbox opening and passing axe.
 */
async function checkPhotoStories(wrapper: HTMLElement, englishKey: string, exportName: string, locale: StoryLocale, messages: string[]): Promise<void> {
  type Updating = HTMLElement & { updateComplete: Promise<boolean> };
  const words: string[] = [];
  const credits = [...wrapper.querySelectorAll<Updating>('photo-credit')];
  const photos = [...wrapper.querySelectorAll<Updating & { show(): void; close(): void }>('group-photo')];
  expect(credits.length + photos.length, 'photo-credit or group-photo elements in the story').to.be.greaterThan(0);
  for (const photo of photos) {
    await photo.updateComplete;
    const root = photo.shadowRoot!;
    const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[part~="${name}"]`);
    const broken = exportName === 'BrokenImage' || exportName === 'UnsafeUrl';
    if (broken) {
      await waitUntil(() => part('placeholder'), `${exportName}: the placeholder box`, { timeout: 5000 });
      expect(root.querySelector('img'), 'no broken image').to.equal(null);
      expect(text(part('placeholder'))).to.include(part('placeholder')!.getAttribute('aria-label'));
      words.push(text(part('placeholder')!.querySelector('small')));
      expect(part('placeholder')!.getBoundingClientRect().height).to.be.greaterThan(100);
    } else {
      const image = part<HTMLImageElement>('image')!;
      expect(image, 'the photo').to.exist;
      await waitUntil(() => image.complete, `${exportName}: image load`, { timeout: 5000 });
      expect(image.naturalWidth, `image ${image.src} loaded`).to.be.greaterThan(0);
      words.push(part('button')!.getAttribute('aria-label')!);
    }
    expect(text(part('caption')), 'caption').to.not.equal('');
    await Promise.all([...root.querySelectorAll<Updating>('photo-credit')].map((credit) => credit.updateComplete));
    for (const credit of root.querySelectorAll('figcaption photo-credit')) words.push(text(credit.shadowRoot));
    words.push(text(part('people')));
    const dialog = part<HTMLDialogElement>('dialog');
    if (dialog) {
      await expect(wrapper).to.be.accessible();
      photo.show();
      await photo.updateComplete;
      expect(dialog.open, 'lightbox open').to.equal(true);
      await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
      const large = part<HTMLImageElement>('lightbox-image')!;
      await waitUntil(() => large.complete, `${exportName}: large image load`, { timeout: 5000 });
      expect(large.naturalWidth).to.be.greaterThan(0);
      expect(part('lightbox-caption')!.getBoundingClientRect().height, 'caption in the lightbox').to.be.greaterThan(0);
      words.push(text(part('close-button')), text(part('zoom-button')));
      await expect(wrapper, 'with the lightbox open').to.be.accessible();
      photo.close();
      expect(dialog.open).to.equal(false);
    }
  }
  for (const credit of credits) {
    await credit.updateComplete;
    const base = credit.shadowRoot!.querySelector('[part~="base"]');
    if (exportName === 'NoCredits') {
      expect(base).to.equal(null);
      expect(credit.getBoundingClientRect().height, 'no empty box').to.equal(0);
      continue;
    }
    expect(base, 'the credits').to.exist;
    expect(base!.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang).to.equal(locale);
    words.push(text(base));
  }
  if (exportName === 'LightDomFallback') {
    const fallback = document.createRange();
    fallback.selectNodeContents(credits[0]!);
    expect(fallback.getClientRects().length, 'the light-DOM text is not rendered once upgraded').to.equal(0);
  }
  // Interface words follow the locale: not the English ones in another language.
  const joined = words.filter(Boolean).join(' | ');
  if (exportName !== 'NoCredits') {
    expect(joined, 'interface words').to.not.equal('');
    if (locale === 'en') englishTexts.set(englishKey, joined);
    else if (englishTexts.has(englishKey)) expect(joined).to.not.equal(englishTexts.get(englishKey));
  }
  const expected = PHOTO_LOGS[exportName] ?? [];
  expectLogs(messages, expected);
}
/**
 * What a story of an element without checks of its own here plays on purpose, in its
 * `parameters.plays`: the state it shows (`invalid-data`: the localized error state; `nothing`:
 * no content and no room taken; by default, its content) and the console problems it logs (the
 * start of each message; every one must appear, and nothing else). A new element's error and
 * empty stories say so in their own file, not in a table here.
 */
interface Plays {
  state?: 'invalid-data' | 'nothing';
  logs?: string[];
}

/** Checks that `element` shows the state its story plays (see Plays). */
function checkPlayedState(element: HTMLElement, plays: Plays, englishKey: string, locale: StoryLocale): void {
  const root = element.shadowRoot;
  const tag = element.localName;
  if (plays.state === 'nothing') {
    expect(root?.childElementCount ?? 0, `${tag} renders nothing`).to.equal(0);
    expect(element.getBoundingClientRect().height, `${tag} takes no room`).to.equal(0);
    return;
  }
  expect(root?.childElementCount ?? 0, `${tag} renders`).to.be.above(0);
  if (plays.state !== 'invalid-data') return;
  const alert = root!.querySelector('[part~="error"][role="alert"]');
  expect(alert, `${tag}: the error state`).to.exist;
  expect(text(alert)).to.not.equal('');
  // Localized like every other state: not the English words in another language.
  if (locale === 'en') englishTexts.set(englishKey, text(alert));
  else if (englishTexts.has(englishKey)) expect(text(alert)).to.not.equal(englishTexts.get(englishKey));
}

const originalLang = document.documentElement.lang;

after(async () => {
  removeStoryFetchStub();
  await setLocale(null);
  document.documentElement.lang = originalLang;
});

describe('story data', () => {
  it('the seed and the samples validate against the schema', () => {
    for (const [name, event] of Object.entries({ seed: data.seed, onlineCeremony: data.onlineCeremony, twoSeminars: data.twoSeminars })) {
      const result = validateEvent(event);
      expect(
        result.problems.map((problem) => problem.message),
        name,
      ).to.deep.equal([]);
    }
  });

  it('the samples are marked as sample data', () => {
    for (const event of [data.onlineCeremony, data.twoSeminars]) {
      expect(event.section).to.equal('Sample data');
      expect(event.id).to.match(/^sample-/);
    }
    expect(data.onlineCeremony.format).to.equal('online');
    expect(data.twoSeminars.seminars).to.have.length(2);
    const seminarIds = data.twoSeminars.seminars.map((seminar) => seminar.id);
    const referenced = (data.twoSeminars.speeches ?? []).map((speech) => speech.seminar).filter(Boolean);
    expect(referenced).to.have.length.greaterThan(1);
    for (const id of referenced) expect(seminarIds).to.include(id);
  });
});

for (const [file, module] of Object.entries(storyModules)) {
  const meta = module['default'] as Annotations;

  describe(`${file} (${meta.title})`, () => {
    const stories = storiesOf(module);

    it('has stories', () => {
      expect(stories.length).to.be.greaterThan(0);
      for (const exportName of Object.keys(SHOWN[file] ?? {})) expect(stories.map((entry) => entry.exportName)).to.include(exportName);
    });

    for (const { exportName, story } of stories) {
      const shown: Shown = SHOWN[file]?.[exportName] ?? String(meta.component);

      describe(story.name ?? exportName, () => {
        for (const theme of ['light', 'dark'] as const) {
          for (const { value: locale } of STORY_LOCALES) {
            it(`${theme}, ${locale}: shows the ${shown} and passes axe`, async () => {
              await setLocale(locale);
              const { context, storyFn, loaders } = compose(meta, story, exportName, { locale, theme });
              for (const loader of loaders) Object.assign(context.loaded, await loader(context));
              expect(currentLocale()).to.equal(locale);
              expect(document.documentElement.lang).to.equal(locale);

              const logs = captureElementConsole();
              try {
                const wrapper = await fixture<HTMLElement>(storyFn());
                if (meta.component === 'speech-block') {
                  await checkSpeechBlocks(wrapper, `${file}:${exportName}:${theme}`, exportName, shown, locale, theme, context.args, logs.messages);
                  await expect(wrapper).to.be.accessible();
                  return;
                }
                if (shown === 'participant-country-map') {
                  await checkMapStories(wrapper, `${file}:${exportName}:${theme}`, exportName, locale, logs.messages);
                  await expect(wrapper).to.be.accessible();
                  return;
                }
                if (shown === 'photo-credit' || shown === 'group-photo') {
                  await checkPhotoStories(wrapper, `${file}:${exportName}:${theme}`, exportName, locale, logs.messages);
                  await expect(wrapper).to.be.accessible();
                  return;
                }
                if (meta.component !== 'event-card') {
                  // An element without checks of its own here: it renders, logs nothing and passes axe,
                  // unless its story says what it plays on purpose (parameters.plays, see Plays).
                  const elements = [...wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(String(meta.component))];
                  expect(elements, `${meta.component} elements in the story`).to.have.length.greaterThan(0);
                  await Promise.all(elements.map((element) => element.updateComplete));
                  const plays = (context.parameters['plays'] ?? {}) as Plays;
                  for (const element of elements) checkPlayedState(element, plays, `${file}:${exportName}:${theme}`, locale);
                  const logged = plays.logs ?? [];
                  for (const prefix of logged)
                    expect(
                      logs.messages.some((message) => message.startsWith(prefix)),
                      `${prefix}… in ${logs.messages.join('\n')}`,
                    ).to.equal(true);
                  for (const message of logs.messages)
                    expect(
                      logged.some((prefix) => message.startsWith(prefix)),
                      `unexpected console problem: ${message}`,
                    ).to.equal(true);
                  await expect(wrapper).to.be.accessible();
                  return;
                }
                const cards = [...wrapper.querySelectorAll('event-card')];
                expect(cards, 'event-card elements in the story').to.have.length.greaterThan(0);
                await Promise.all(cards.map((card) => card.updateComplete));
                for (const card of cards) {
                  await waitUntil(() => settledPart(card, shown), `${exportName}: waiting for the ${shown}`, { timeout: 5000 });
                }
                const args = context.args as { event?: EventArticle; src?: string; href?: string; 'heading-level'?: number };
                const englishKey = `${file}:${exportName}:${theme}`;

                for (const card of cards) {
                  const root = card.shadowRoot!;
                  const box = settledPart(card, shown)!;

                  // The theme the reader sees: the page's colour scheme, or the card's own `theme`.
                  const scheme = (args as { theme?: StoryTheme }).theme ?? (context.globals['theme'] as StoryTheme);
                  const surface = relativeLuminance(getComputedStyle(box).backgroundColor);
                  if (scheme === 'dark') expect(surface, 'dark surface').to.be.lessThan(0.1);
                  else expect(surface, 'light surface').to.be.greaterThan(0.8);

                  if (shown === 'event-card') {
                    const document_ = args.event ?? ((await (await fetch(args.src!)).json()) as EventArticle);
                    const title = root.querySelector('[part~="title"]')!;
                    expect(title.getAttribute('role')).to.equal('heading');
                    expect(title.getAttribute('aria-level')).to.equal(String(args['heading-level'] ?? 3));
                    expect(text(title)).to.equal(resolveText(document_.title, locale, document_.lang)!.text);
                    expect(box.getAttribute('lang')).to.equal(locale);

                    // Interface strings follow the locale: the eyebrow ("Opening ceremony") is translated.
                    const eyebrow = text(root.querySelector('[part~="eyebrow"]'));
                    expect(eyebrow).to.not.equal('');
                    if (locale === 'en') englishTexts.set(englishKey, eyebrow);
                    else if (englishTexts.has(englishKey)) expect(eyebrow).to.not.equal(englishTexts.get(englishKey));

                    if (args.href) {
                      const link = root.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
                      expect(link.href).to.equal(new URL(args.href, document.baseURI).href);
                      expect(text(link)).to.equal(text(title));
                    }

                    // The lead photo actually loads (data paths and relative image URLs are right).
                    const photo = leadPhoto(document_);
                    const image = root.querySelector<HTMLImageElement>('img[part~="image"]');
                    if (photo) {
                      expect(image, 'lead photo').to.exist;
                      await waitUntil(() => image!.complete, 'image load', { timeout: 5000 });
                      expect(image!.naturalWidth, `image ${image!.src} loaded`).to.be.greaterThan(0);
                    } else {
                      expect(image).to.equal(null);
                      expect(root.querySelector('[part~="media"]')).to.equal(null);
                    }

                    // The container-query layout: image beside the text from 40em, above it below.
                    const media = root.querySelector('[part~="media"]');
                    if (media) {
                      const body = root.querySelector('[part~="body"]')!.getBoundingClientRect();
                      const mediaBox = media.getBoundingClientRect();
                      const wide = card.getBoundingClientRect().width >= 40 * parseFloat(getComputedStyle(card).fontSize);
                      if (wide) expect(mediaBox.right, 'image beside the text').to.be.at.most(body.left + 1);
                      else expect(mediaBox.bottom, 'image above the text').to.be.at.most(body.top + 1);
                    }
                    expect(logs.messages, 'console problems').to.deep.equal([]);
                  } else if (shown === 'loading') {
                    const status = root.querySelector('[role="status"]');
                    expect(text(status)).to.not.equal('');
                    if (locale === 'en') englishTexts.set(englishKey, text(status));
                    else if (englishTexts.has(englishKey)) expect(text(status)).to.not.equal(englishTexts.get(englishKey));
                    // Still loading a moment later: a request that does not answer keeps the skeleton.
                    await new Promise((resolve) => setTimeout(resolve, 200));
                    expect(root.querySelector('[part~="skeleton"]')).to.exist;
                    expect(logs.messages).to.deep.equal([]);
                  } else {
                    const alert = root.querySelector('[role="alert"]')!;
                    expect(text(alert.querySelector('strong'))).to.not.equal('');
                    if (locale === 'en') englishTexts.set(englishKey, text(alert));
                    else if (englishTexts.has(englishKey)) expect(text(alert)).to.not.equal(englishTexts.get(englishKey));
                    const retry = alert.querySelector('button[part~="retry-button"]');
                    if (shown === 'load-error') {
                      expect(text(retry), 'retry button').to.not.equal('');
                      expect(
                        logs.messages.some((message) => message.startsWith('<event-card>: src:')),
                        logs.messages.join('\n'),
                      ).to.equal(true);
                    } else {
                      expect(retry, 'no retry for invalid data').to.equal(null);
                      expect(
                        logs.messages.some((message) => message.startsWith('<event-card>: event.')),
                        logs.messages.join('\n'),
                      ).to.equal(true);
                    }
                  }
                }

                await expect(wrapper).to.be.accessible();
              } finally {
                logs.restore();
              }
            });
          }
        }
      });
    }
  });
}

/** Every expected console message came, and nothing else did. */
function expectLogs(messages: string[], expected: RegExp[]): void {
  for (const pattern of expected)
    expect(
      messages.some((message) => pattern.test(message)),
      `${pattern} in ${messages.join('\n')}`,
    ).to.equal(true);
  for (const message of messages)
    expect(
      expected.some((pattern) => pattern.test(message)),
      `unexpected console problem: ${message}`,
    ).to.equal(true);
}
