import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // demo/data at /data: stories load `data/seed-2023-06-29-opening.json` (relative to iframe.html),
  // and the relative image URLs inside (`images/…`) resolve against that JSON's URL to /data/images/….
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // One pre-bundled copy of Lit for the stories, the elements and Storybook's renderer;
      // otherwise dev mode warns "Multiple versions of Lit loaded".
      optimizeDeps: {
        include: ['lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directive-helpers.js', '@lit/localize', 'valibot'],
      },
    });
  },
};

export default config;
