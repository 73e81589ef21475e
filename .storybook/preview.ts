import type { Preview } from '@storybook/web-components-vite';
import { extractArgTypes, extractComponentDescription, tokenArgTypes } from './custom-elements-docs.js';
import { decorators, globalTypes, initialGlobals, loaders } from './decorators.js';

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals,
  decorators,
  loaders,
  // A story's `parameters.tokens` (the Theme story): rows and controls for those design tokens.
  argTypesEnhancers: [(context) => ({ ...tokenArgTypes((context.parameters['tokens'] as string[] | undefined) ?? []), ...context.argTypes })],
  parameters: {
    // The theme decorator paints the page, padding included.
    layout: 'fullscreen',
    backgrounds: { disable: true },
    controls: { expanded: true },
    // Accessibility violations fail the story's a11y check instead of being listed as to-dos.
    a11y: { test: 'error' },
    docs: {
      toc: true,
      // From custom-elements.json (setCustomElementsManifest is called in custom-elements-docs.ts).
      extractArgTypes,
      extractComponentDescription,
    },
  },
};

export default preview;
