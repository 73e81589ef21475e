/**
 * Every story is also a test: each story of each stories module is composed by hand the way
 * Storybook composes it (meta and story args, the story's render or the meta's, the story's, the
 * meta's and the project's decorators and loaders from .storybook/decorators.ts), rendered into a
 * fixture, checked for what a reader would see, and run through axe: in each of the five locales,
 * in the light and in the dark theme.
 *
 * No @storybook/test or composeStories: they need shims in Web Test Runner.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { Decorator, Loader, StoryContext } from '@storybook/web-components-vite';
import {
  decorators as projectDecorators,
  initialGlobals,
  loaders as projectLoaders,
  LOCALES,
  type StoryLocale,
  type StoryTheme,
} from '../.storybook/decorators.js';
import { currentLocale, setLocale } from '../src/internal/locale.js';
import { resolveText } from '../src/model/text.js';
import { leadPhoto } from '../src/model/summary.js';
import type { EventArticle } from '../src/model/types.js';
import { validateEvent } from '../src/model/validate.js';

// Storybook serves demo/data at /data (staticDirs); this test server serves the project root.
// Set before the stories load their data (stories/support/data.ts reads it at import).
globalThis.EH_STORY_DATA_BASE = '/demo/data/';

/** Every stories module (Web Test Runner cannot glob in the browser: add new ones here). */
const storyModules: Record<string, Record<string, unknown>> = {
  'stories/event-card.stories.ts': await import('../stories/event-card.stories.js'),
};
const { removeStoryFetchStub } = await import('../stories/support/fetch-stub.js');
const data = await import('../stories/support/data.js');

/** What a story shows once it has settled. Stories not listed show an event card. */
type Shown = 'card' | 'loading' | 'load-error' | 'invalid-data';
const SHOWN: Record<string, Record<string, Shown>> = {
  'stories/event-card.stories.ts': {
    Loading: 'loading',
    Timeout: 'load-error',
    Error: 'load-error',
    NotEventData: 'load-error',
    InvalidData: 'invalid-data',
  },
};

type Args = Record<string, unknown>;
type Render = (args: Args, context: StoryContext) => TemplateResult;
interface Annotations {
  name?: string;
  title?: string;
  component?: string;
  args?: Args;
  argTypes?: Record<string, { mapping?: Record<string, unknown> }>;
  globals?: Record<string, unknown>;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[] | Decorator;
  loaders?: Loader[] | Loader;
  render?: Render;
  tags?: string[];
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

const list = <T>(value: T[] | T | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const matches = (name: string, filter: string[] | RegExp) => (Array.isArray(filter) ? filter.includes(name) : filter.test(name));
const toId = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The module's stories, as Storybook indexes them (named exports, include/exclude filters, the "!test" tag). */
function storiesOf(module: Record<string, unknown>): { exportName: string; story: Annotations }[] {
  const meta = module['default'] as Annotations;
  return Object.entries(module)
    .filter(([exportName, value]) => exportName !== 'default' && exportName !== '__namedExportsOrder' && typeof value === 'object' && value !== null)
    .filter(([exportName]) => (!meta.includeStories || matches(exportName, meta.includeStories)) && !(meta.excludeStories && matches(exportName, meta.excludeStories)))
    .map(([exportName, story]) => ({ exportName, story: story as Annotations }))
    .filter(({ story }) => ![...list(meta.tags), ...list(story.tags)].includes('!test'));
}

/** Storybook's composition, by hand: returns the context and the decorated story function. */
function compose(meta: Annotations, story: Annotations, exportName: string, globals: { locale: StoryLocale; theme: StoryTheme }) {
  const argTypes = { ...meta.argTypes, ...story.argTypes };
  const rawArgs: Args = { ...meta.args, ...story.args };
  // Controls' `mapping` (for example theme "page" → undefined) applies before render.
  const args = Object.fromEntries(
    Object.entries(rawArgs).map(([key, value]) => {
      const mapping = argTypes[key]?.mapping;
      return [key, mapping && typeof value === 'string' && value in mapping ? mapping[value] : value];
    }),
  );
  const context = {
    id: `${toId(meta.title ?? '')}--${toId(exportName)}`,
    name: story.name ?? exportName,
    title: meta.title,
    component: meta.component,
    args,
    initialArgs: args,
    argTypes,
    // Story globals win over the toolbar's, as in Storybook (DarkTheme pins the dark theme).
    globals: { ...initialGlobals, ...globals, ...story.globals },
    parameters: { ...meta.parameters, ...story.parameters },
    viewMode: 'story',
    loaded: {},
    abortSignal: new AbortController().signal,
    tags: [...list(meta.tags), ...list(story.tags)],
  } as unknown as StoryContext;
  const render = (story.render ?? meta.render) as Render | undefined;
  if (!render) throw new Error(`${context.title}/${exportName}: no render function`);
  const decorators = [...list(story.decorators), ...list(meta.decorators), ...projectDecorators];
  let storyFn = () => render(context.args, context);
  for (const decorator of decorators) {
    const inner = storyFn;
    storyFn = () => decorator(inner as never, context) as TemplateResult;
  }
  const loaders = [...projectLoaders, ...list(meta.loaders), ...list(story.loaders)];
  return { context, storyFn, loaders };
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function relativeLuminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The state a card shows, once it has one. */
function settledPart(card: Element, shown: Shown): Element | null {
  const root = card.shadowRoot;
  if (!root) return null;
  switch (shown) {
    case 'card':
      return root.querySelector('[part~="base"]:not([part~="skeleton"])');
    case 'loading':
      return root.querySelector('[part~="skeleton"]');
    default:
      return root.querySelector('[role="alert"]');
  }
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
      expect(result.problems.map((problem) => problem.message), name).to.deep.equal([]);
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
      const shown: Shown = SHOWN[file]?.[exportName] ?? 'card';

      describe(story.name ?? exportName, () => {
        for (const theme of ['light', 'dark'] as const) {
          for (const { value: locale } of LOCALES) {
            it(`${theme}, ${locale}: shows the ${shown} and passes axe`, async () => {
              await setLocale(locale);
              const { context, storyFn, loaders } = compose(meta, story, exportName, { locale, theme });
              for (const loader of loaders) Object.assign(context.loaded, await loader(context));
              expect(currentLocale()).to.equal(locale);
              expect(document.documentElement.lang).to.equal(locale);

              const logs = captureElementConsole();
              try {
                const wrapper = await fixture<HTMLElement>(storyFn());
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

                  if (shown === 'card') {
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
                      expect(logs.messages.some((message) => message.startsWith('<event-card>: src:')), logs.messages.join('\n')).to.equal(true);
                    } else {
                      expect(retry, 'no retry for invalid data').to.equal(null);
                      expect(logs.messages.some((message) => message.startsWith('<event-card>: event.')), logs.messages.join('\n')).to.equal(true);
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
