// ESLint (flat config): the recommended rules of ESLint, typescript-eslint, eslint-plugin-lit and
// eslint-plugin-wc over everything we write; generated files and fixtures are not ours to lint.
import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-demo/',
      'storybook-static/',
      'coverage/',
      'src/generated/',
      'studio/generated/',
      // wireit's cache of build outputs (minified bundles), made by \`npm run build\`.
      '.wireit/',
      // The consumer projects are type-checked against the packed package by scripts/package-checks.mjs.
      'test/consumers/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not read.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Prettier's printWidth, held where Prettier cannot break a line: code, comments, strings,
      // templates and regular expressions over 160 characters fail (strings are joined with `+`,
      // templates break between attributes or inside `${}`, regular expressions are built from
      // String.raw parts). Only URLs are left whole. `npm run check:lines` holds the .html files.
      'max-len': ['error', { code: 160, ignoreUrls: true }],
    },
  },
  {
    // Node scripts and configs.
    files: ['scripts/**', '*.mjs', '*.ts', 'test/server/**', 'demo/build/**', 'studio/build/**', '.storybook/main.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // Chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests walk parsed JSON (JSON-LD, mutated documents) whose shape is what they assert.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**'],
    rules: {
      // for…in walks inherited enumerable keys too: a page that adds to Object.prototype would feed
      // its keys into our loops. Iterate own keys (Object.keys/entries) instead.
      'no-restricted-syntax': [
        'error',
        { selector: 'ForInStatement', message: 'for…in also visits keys a page added to Object.prototype; use Object.keys() or Object.entries().' },
      ],
    },
  },
);
