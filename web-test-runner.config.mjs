import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium, findFirefox, requestedBrowsers } from './scripts/browsers.mjs';
import { fixtures } from './test/server/fixtures.mjs';
import { ssrRender } from './test/server/ssr.mjs';

/**
 * Browsers from WTR_BROWSERS (default chromium; npm test runs chromium, then firefox). Firefox is
 * Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core: no browser download.
 */
const launchers = {
  chromium() {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-browsers.mjs` (npm test does).');
    return chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } });
  },
  firefox() {
    const executablePath = findFirefox();
    if (!executablePath) throw new Error('Firefox not found: run `WTR_BROWSERS=firefox node scripts/ensure-browsers.mjs`.');
    return chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath, headless: true } });
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One test file at a time: a background tab does not load lazy images or lay out on time.
  concurrency: 1,
  // ssrRender: the `ssr-render` command, elements rendered in Node for the conformance suite (test/conformance/ssr.ts).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), ssrRender()],
  middleware: [fixtures],
  browsers: requestedBrowsers().map((name) => launchers[name]()),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
  },
  testFramework: { config: { timeout: 8000 } },
  // The stories file renders every story in 5 languages and 2 themes with axe: minutes, not seconds.
  testsFinishTimeout: 600_000,
};
