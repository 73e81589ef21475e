/**
 * Visual regression: every story of every stories module, composed as Storybook composes it
 * (test/story-composition.ts), screenshotted as an element (the story in its theme box, not the
 * page) in two variants and compared with the committed baseline of this Chromium version by
 * @web/test-runner-visual-regression. Run by `npm run test:visual` (scripts/test-visual.mjs);
 * README "Visual tests" says how to update the baselines.
 *
 * What makes the pictures the same from run to run: one page font named here (DejaVu Sans, with
 * Noto Sans CJK SC for Chinese; the script checks both are installed), reduced motion and every
 * running animation finished or stopped at its start, images scrolled to, loaded and decoded, the
 * map's geometry drawn, the cards in the state their story plays, nothing focused, carets
 * transparent, and the DOM unchanged over two frames before the shot. The stories show no
 * time-dependent text (dates come from the data).
 */
import { fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { StoryLocale, StoryTheme } from '../../.storybook/decorators.js';
import { setLocale } from '../../src/internal/locale.js';
import { compose, loadStoryModules, settledPart, SHOWN, storiesOf, type Annotations } from '../story-composition.js';

const VARIANTS: { locale: StoryLocale; theme: StoryTheme; width: number; height: number }[] = [
  { locale: 'en', theme: 'light', width: 390, height: 844 },
  { locale: 'zh-Hans', theme: 'dark', width: 1280, height: 800 },
];

const files: string[] = await (await fetch('/__fixtures__/stories')).json();
const storyModules = await loadStoryModules(files);
const { removeStoryFetchStub } = await import('../../stories/support/fetch-stub.js');

const pageStyle = document.createElement('style');
pageStyle.textContent = `
  html, body { margin: 0; padding: 0; }
  body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 16px; caret-color: transparent; }
`;
document.head.append(pageStyle);

/** Every element under `node`, shadow trees included. */
function deepElements(node: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of node.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** What the story looks like, in text: the elements, their attributes, text and boxes. */
function signature(wrapper: Element): string {
  return deepElements(wrapper)
    .map((element) => {
      const box = element.getBoundingClientRect();
      const attributes = [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).join(' ');
      const ownText = [...element.childNodes].map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : '')).join('');
      return `${element.localName}[${attributes}]${ownText}@${box.x},${box.y},${box.width},${box.height}`;
    })
    .join('\n');
}

/** Waits until the story has drawn everything it will draw (see the module's comment). */
async function settle(wrapper: HTMLElement, file: string, exportName: string, label: string): Promise<void> {
  type Updating = Element & { updateComplete?: Promise<unknown> };
  const shown = SHOWN[file]?.[exportName] ?? 'event-card';
  await document.fonts.ready;
  let previous = '';
  for (let round = 0; round < 60; round++) {
    const elements = deepElements(wrapper) as Updating[];
    await Promise.all(elements.map((element) => element.updateComplete));
    // The cards in the state their story plays (loading, an error, or their content).
    for (const card of elements.filter((element) => element.localName === 'event-card'))
      await waitUntil(() => settledPart(card, shown), `${label}: the card shows its ${shown}`, { timeout: 8000 });
    // The maps drawn: their geometry is fetched once near the viewport, and their map box says
    // "Loading map…" (a status) until then. (A map with a problem to report draws as well.)
    for (const map of elements.filter((element) => element.localName === 'participant-country-map')) {
      map.scrollIntoView();
      await waitUntil(() => !map.shadowRoot?.querySelector('[part~="map"] [role="status"]'), `${label}: the map is drawn`, { timeout: 8000 });
    }
    // Lazy images load once scrolled to; an image that fails is replaced by its placeholder.
    for (const image of elements.filter((element): element is HTMLImageElement => element instanceof HTMLImageElement)) {
      image.scrollIntoView();
      await waitUntil(() => !image.isConnected || image.complete, `${label}: ${image.src} loads`, { timeout: 8000 });
      if (image.isConnected && image.naturalWidth > 0) await image.decode().catch(() => undefined);
    }
    window.scrollTo(0, 0);
    await nextFrame();
    await nextFrame();
    const now = signature(wrapper);
    if (now === previous) return;
    previous = now;
  }
  throw new Error(`${label}: still changing after 60 rounds`);
}

/** Finished animations and transitions show their end; endless ones (a skeleton's pulse) their start. */
function stopAnimations(): void {
  for (const animation of document.getAnimations()) {
    if (animation.effect?.getComputedTiming().endTime === Infinity) {
      animation.pause();
      animation.currentTime = 0;
    } else animation.finish();
  }
}

before(async () => {
  await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await resetMouse();
});

afterEach(() => fixtureCleanup());

after(async () => {
  removeStoryFetchStub();
  await setLocale(null);
});

for (const [file, module] of Object.entries(storyModules)) {
  const meta = module['default'] as Annotations;
  // stories/event-card.stories.ts → event-card/
  const folder = file.replace(/^stories\//, '').replace(/\.stories\.ts$/, '');

  describe(`${file} (${meta.title})`, () => {
    for (const { exportName, story } of storiesOf(module)) {
      // A gallery of Storybook frames (Design/Gallery) renders only inside Storybook, which serves
      // the frames; what they show is a story of its own, screenshotted here.
      if ((story.parameters?.['storyTest'] as { frames?: number } | undefined)?.frames) continue;
      for (const { locale, theme, width, height } of VARIANTS) {
        const variant = `${locale}-${theme}-${width}`;
        it(`${exportName}: ${variant}`, async () => {
          await setViewport({ width, height });
          await setLocale(locale);
          // 'docs': the theme box wraps the story instead of filling the viewport.
          const { context, storyFn, loaders } = compose(meta, story, exportName, { locale, theme }, 'docs');
          for (const loader of loaders) Object.assign(context.loaded, await loader(context));
          const wrapper = await fixture<HTMLElement>(storyFn());
          const label = `${folder}/${exportName} (${variant})`;
          await settle(wrapper, file, exportName, label);
          // A viewport as tall as the story: the screenshot then needs no capture beyond the
          // viewport, for which Chromium resizes the page while it paints (and a map caught in
          // that resize drew its "Loading map…" box in one run of many).
          const tall = Math.ceil(wrapper.getBoundingClientRect().height);
          if (tall > height) {
            await setViewport({ width, height: tall });
            await settle(wrapper, file, exportName, label);
          }
          (document.activeElement as HTMLElement | null)?.blur();
          stopAnimations();
          await nextFrame();
          await visualDiff(wrapper, `${folder}/${exportName}--${variant}`);
        });
      }
    }
  });
}
