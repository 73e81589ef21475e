import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LOCALES } from '../.storybook/decorators.js';
import { allSix } from './support/all-elements.js';

/**
 * Every element in all five languages side by side. The library has one language per page (the
 * page's, or the one `setLocale()` pins), so each language is a frame of its own: Storybook's
 * iframe.html showing the "One language" story with that locale and the current theme. The
 * frames grow to their content.
 */
const meta = {
  title: 'Design/Gallery',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The six elements in the toolbar's language: what each column of the gallery shows. */
export const OneLanguage: Story = {
  name: 'One language',
  render: () => allSix(),
  // test/stories.test.ts: every language, in the light theme (the dark one is each element's own stories').
  parameters: { storyTest: { variants: ['light/en', 'light/es', 'light/pt-BR', 'light/zh-Hans', 'light/fr', 'dark/zh-Hans'] } },
};

/** Keeps a frame as tall as its content (same origin: Storybook serves both). */
function fitContent(event: Event): void {
  const frame = event.target as HTMLIFrameElement;
  const body = frame.contentDocument?.body;
  if (!body) return;
  const fit = () => (frame.style.blockSize = `${frame.contentDocument!.documentElement.scrollHeight}px`);
  // Resized in the next frame, not inside the observer's callback, which would be a resize loop.
  new ResizeObserver(() => requestAnimationFrame(fit)).observe(body);
  fit();
}

/** The five languages side by side, each in a frame (scroll sideways on a narrow screen). */
export const Gallery: Story = {
  render: (_args, { globals }) => {
    const theme = globals['theme'] === 'dark' ? 'dark' : 'light';
    // Scrolls sideways on a narrow screen: focusable, so that the keyboard scrolls it too.
    return html`<div
      role="group"
      aria-label="Gallery: the six elements in five languages"
      tabindex="0"
      style="display: grid; grid-auto-flow: column; grid-auto-columns: minmax(24rem, 1fr); gap: 1rem; overflow-x: auto"
    >
      ${LOCALES.map(
        ({ value, title }) =>
          html`<section lang=${value} aria-label=${title}>
            <h2 style="font-size: 1rem; margin: 0 0 0.5rem">${title}</h2>
            <iframe
              title=${`${title}: the six elements`}
              src=${`iframe.html?id=design-gallery--one-language&viewMode=story&globals=locale:${value};theme:${theme}`}
              style="display: block; inline-size: 100%; block-size: 100vh; border: 0"
              loading="lazy"
              @load=${fitContent}
            ></iframe>
          </section>`,
      )}
    </div>`;
  },
  // test/stories.test.ts checks the frames and runs axe on the page around them once; their
  // content is the "One language" story, checked in every language.
  parameters: { storyTest: { variants: ['light/en'], frames: 5 } },
};
