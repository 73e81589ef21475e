/**
 * Storybook's indexing and composition of stories, by hand, for the tests that render every story:
 * test/stories.test.ts (what a reader sees, axe) and test/visual/stories.visual.ts (screenshots
 * against baselines). Each story is composed the way Storybook composes it (meta and story args,
 * the story's render or the meta's, the story's, the meta's and the project's decorators and
 * loaders from .storybook/decorators.ts).
 *
 * No @storybook/test or composeStories: they need shims in Web Test Runner.
 */
import type { TemplateResult } from 'lit';
import type { Decorator, Loader, StoryContext } from '@storybook/web-components-vite';
import { decorators as projectDecorators, initialGlobals, loaders as projectLoaders, type StoryLocale, type StoryTheme } from '../.storybook/decorators.js';

// Storybook serves demo/data at /data (staticDirs); this test server serves the project root.
// Set before the stories load their data (stories/support/data.ts reads it at import).
globalThis.EH_STORY_DATA_BASE = '/demo/data/';

/**
 * Imports stories modules by their path from the project root (`stories/event-card.stories.ts`):
 * Web Test Runner cannot glob in the browser, so callers get the list from the test server. The
 * `.ts` URL is requested as written.
 */
export async function loadStoryModules(files: readonly string[]): Promise<Record<string, Record<string, unknown>>> {
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, (await import(/* @vite-ignore */ `../${file}`)) as Record<string, unknown>])));
}

/**
 * What a story shows once it has settled: its component's content (named by the component's tag),
 * or one of the states listed here.
 */
export type Shown = 'loading' | 'load-error' | 'invalid-data' | (string & {});
export const SHOWN: Record<string, Record<string, Shown>> = {
  'stories/event-card.stories.ts': {
    Loading: 'loading',
    Timeout: 'load-error',
    Error: 'load-error',
    NotEventData: 'load-error',
    InvalidData: 'invalid-data',
  },
  'stories/speech-block.stories.ts': {
    InvalidData: 'invalid-data',
  },
};

export type Args = Record<string, unknown>;
type Render = (args: Args, context: StoryContext) => TemplateResult;
export interface Annotations {
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
const toId = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The module's stories, as Storybook indexes them (named exports, include/exclude filters, the "!test" tag). */
export function storiesOf(module: Record<string, unknown>): { exportName: string; story: Annotations }[] {
  const meta = module['default'] as Annotations;
  return Object.entries(module)
    .filter(([exportName, value]) => exportName !== 'default' && exportName !== '__namedExportsOrder' && typeof value === 'object' && value !== null)
    .filter(
      ([exportName]) =>
        (!meta.includeStories || matches(exportName, meta.includeStories)) && !(meta.excludeStories && matches(exportName, meta.excludeStories)),
    )
    .map(([exportName, story]) => ({ exportName, story: story as Annotations }))
    .filter(({ story }) => ![...list(meta.tags), ...list(story.tags)].includes('!test'));
}

/** Storybook's composition, by hand: returns the context and the decorated story function. */
export function compose(
  meta: Annotations,
  story: Annotations,
  exportName: string,
  globals: { locale: StoryLocale; theme: StoryTheme },
  // 'docs' renders the story as one block among others (the theme box does not fill the viewport).
  viewMode: 'story' | 'docs' = 'story',
) {
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
    viewMode,
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

/** The state a card shows, once it has one. */
export function settledPart(card: Element, shown: Shown): Element | null {
  const root = card.shadowRoot;
  if (!root) return null;
  switch (shown) {
    case 'event-card':
      return root.querySelector('[part~="base"]:not([part~="skeleton"])');
    case 'loading':
      return root.querySelector('[part~="skeleton"]');
    default:
      return root.querySelector('[role="alert"]');
  }
}
