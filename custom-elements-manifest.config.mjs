// custom-elements.json, and everything generated from it for the package's consumers (npm run
// analyze, after the declaration build): JSX types for React 19, Vue's and Svelte's component
// types, VS Code's custom HTML data and JetBrains' web-types, each in dist/frameworks/. The
// elements are found by the analyzer (@customElement, JSDoc); nothing here lists them.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { frameworkTypes, packageManifest } from './scripts/manifest-plugin.mjs';
import { tokenDefaults } from './scripts/token-defaults.mjs';

const outdir = 'dist/frameworks';
/** Each element's class, from its declarations in dist/ (paths relative to dist/frameworks/). */
const componentTypePath = (name, tag) => `../${tag}/${tag}.js`;
const quiet = { hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.styles.ts', 'src/embed/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    // First: the manifest as the package ships it (dist/ paths, typed events, tag registrations),
    // which the generators below read.
    packageManifest(),
    // Then each CSS custom property's default, read from the element's styles.
    tokenDefaults(),
    customElementJsxPlugin({ ...quiet, outdir, fileName: 'jsx.d.ts', componentTypePath, typesSrc: 'expandedType' }),
    customElementVuejsPlugin({ ...quiet, outdir, fileName: 'vue.d.ts', componentTypePath, typesSrc: 'expandedType' }),
    customElementSveltePlugin({ ...quiet, outdir, fileName: 'svelte.d.ts', componentTypePath, typesSrc: 'expandedType' }),
    customElementVsCodePlugin({
      ...quiet,
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'expandedType',
    }),
    customElementJetBrainsPlugin({ ...quiet, outdir, webTypesFileName: 'web-types.json', packageJson: false, typesSrc: 'expandedType' }),
    // Last: the generated files finished for this package (typed events, React 19, Vue's handler names).
    frameworkTypes({ outdir }),
  ],
};
