/**
 * Project-wide story decorators, loaders and toolbar globals, in a module of their own so that
 * test/stories.test.ts applies exactly what Storybook applies (preview.ts only wires them up).
 * Keep this module free of Storybook runtime imports: the tests load it in a plain browser page.
 */
import { html } from 'lit';
import type { Decorator, Loader } from '@storybook/web-components-vite';
import { setLocale } from '../src/internal/locale.js';
import { tokenDeclarations } from './tokens.js';

export const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
  { value: 'pt-BR', title: 'Português (Brasil)' },
  { value: 'zh-Hans', title: '简体中文' },
  { value: 'fr', title: 'Français' },
] as const;

export type StoryLocale = (typeof LOCALES)[number]['value'];
export type StoryTheme = 'light' | 'dark';

/**
 * Page colours around the story. The card paints its own surface; the page behind it must match
 * the colour scheme so that axe measures contrast against what a reader would see.
 */
export const THEMES: Record<StoryTheme, { background: string; color: string }> = {
  light: { background: '#f6f8fa', color: '#1c2128' },
  dark: { background: '#0d1117', color: '#e6edf3' },
};

export const globalTypes = {
  locale: {
    description: 'Language of the elements (pins the library with setLocale and sets <html lang>)',
    toolbar: { title: 'Locale', icon: 'globe', items: [...LOCALES], dynamicTitle: true },
  },
  theme: {
    description: 'Colour scheme of the page around the story',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals: { locale: StoryLocale; theme: StoryTheme } = { locale: 'en', theme: 'light' };

const localeOf = (globals: Record<string, unknown>): StoryLocale =>
  LOCALES.some((locale) => locale.value === globals['locale']) ? (globals['locale'] as StoryLocale) : initialGlobals.locale;

const themeOf = (globals: Record<string, unknown>): StoryTheme => (globals['theme'] === 'dark' ? 'dark' : 'light');

/** Sets `<html lang>` and pins the library's locale; resolves once the translations are loaded. */
export function applyLocale(locale: StoryLocale): Promise<void> {
  if (document.documentElement.lang !== locale) document.documentElement.lang = locale;
  return setLocale(locale);
}

/** Loads the translations before the story renders, so the first paint is in the chosen language. */
export const localeLoader: Loader = async ({ globals }) => {
  await applyLocale(localeOf(globals));
  return {};
};

/** Follows the toolbar when it changes while a story is shown (the elements re-render when the translations arrive). */
export const withLocale: Decorator = (story, { globals }) => {
  applyLocale(localeOf(globals)).catch((error: unknown) => console.error(error));
  return story();
};

/**
 * Wraps the story in a box with the chosen `color-scheme` and a matching page background, and
 * the design tokens the story's controls set (`--eh-*` args), which every element inside inherits.
 */
export const withTheme: Decorator = (story, { globals, viewMode, args }) => {
  const theme = themeOf(globals);
  const { background, color } = THEMES[theme];
  // In the canvas the box fills the viewport (layout: 'fullscreen'); in docs it is one block among others.
  const fill = viewMode === 'docs' ? '' : ' min-block-size: 100vh;';
  return html`<div
    class="story-theme"
    data-theme=${theme}
    style="${tokenDeclarations(args)}color-scheme: ${theme}; background: ${background}; color: ${color}; padding: 1rem; box-sizing: border-box;${fill}"
  >
    ${story()}
  </div>`;
};

/** In Storybook's order: the first decorator wraps the story most closely. */
export const decorators: Decorator[] = [withLocale, withTheme];
export const loaders: Loader[] = [localeLoader];
