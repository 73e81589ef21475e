import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { allSix } from './support/all-elements.js';

/**
 * The main design tokens, with a control each, applied to the six elements at once: a designer
 * tries a palette, a font, a radius and a spacing and sees every element follow. The controls'
 * defaults and the docs' light and dark values come from the elements' styles (through
 * custom-elements.json: see .storybook/tokens.ts); the project's theme decorator sets what the
 * controls say on the box around the story. Each element's own page lists its own tokens too.
 */
const meta = {
  title: 'Design/Theme',
  render: () => allSix(),
  parameters: {
    // Rows from the manifest (preview.ts): description, default light and dark, control.
    tokens: [
      '--eh-color-accent',
      '--eh-color-on-accent',
      '--eh-color-text',
      '--eh-color-text-muted',
      '--eh-color-surface',
      '--eh-color-surface-sunken',
      '--eh-color-border',
      '--eh-color-focus',
      '--eh-font-family',
      '--eh-font-size',
      '--eh-radius',
      '--eh-space',
      '--eh-shadow',
      '--eh-map-participant',
      '--eh-map-host',
    ],
    // test/stories.test.ts: the six elements are each checked in all languages and themes in their
    // own stories; here, the tokens reaching all of them, in one language per theme.
    storyTest: { variants: ['light/en', 'dark/zh-Hans'] },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The elements with their defaults: change a control to see all six follow. */
export const Defaults: Story = {};

/** A sample palette and type (a ministry site's green and serif): every element takes it. */
export const SamplePalette: Story = {
  args: {
    '--eh-color-accent': '#0a6b3d',
    '--eh-color-surface': '#fbfaf5',
    '--eh-color-surface-sunken': '#ece8dc',
    '--eh-color-border': '#c9c2ad',
    '--eh-color-focus': '#0a6b3d',
    '--eh-map-participant': '#0a6b3d',
    '--eh-font-family': "Georgia, 'Noto Serif CJK SC', 'Songti SC', serif",
    '--eh-radius': '0.25em',
  },
  globals: { theme: 'light' },
  parameters: { storyTest: { variants: ['light/en', 'light/zh-Hans'] } },
};
