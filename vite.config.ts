import { defineConfig, type UserConfig } from 'vite';
import { resolve } from 'node:path';

const here = import.meta.dirname;

/** npm entries: the index, each element's registration module and class, and the model. */
const libraryEntries = {
  index: resolve(here, 'src/index.ts'),
  'event-card/define': resolve(here, 'src/event-card/define.ts'),
  'event-card/event-card': resolve(here, 'src/event-card/event-card.ts'),
  'model/index': resolve(here, 'src/model/index.ts'),
  'internal/locale': resolve(here, 'src/internal/locale.ts'),
};

/** Dependencies stay imports in the npm build so that a page has one copy of each. */
const isDependency = (id: string) => /^(lit|@lit\/|valibot)/.test(id);

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'bundle') {
    // One self-contained file for <script type="module">: Lit, the validator, translations and all.
    return {
      build: {
        outDir: 'dist/bundle',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: resolve(here, 'src/index.ts'), formats: ['es'], fileName: () => 'event-highlights.js' },
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  }
  if (mode === 'library') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: { entry: libraryEntries, formats: ['es'] },
        rolldownOptions: {
          external: isDependency,
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  // `npm start`: the demo, served from demo/ with the sources compiled on the fly.
  return {
    root: resolve(here, 'demo'),
    server: { host: '127.0.0.1', port: 5173 },
    build: { outDir: resolve(here, 'dist-demo'), emptyOutDir: true },
  };
});
