import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/browsers.mjs';
import { fixtures } from './test/server/fixtures.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-browsers.mjs` (npm test does).');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One test file at a time: a background tab does not load lazy images or lay out on time.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [fixtures],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
  },
  testFramework: { config: { timeout: 8000 } },
};
