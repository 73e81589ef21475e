// The visual regression suite (test/visual/stories.visual.ts): every story screenshotted in Chromium
// and compared with the baselines of that Chromium's major version. Run it with `npm run test:visual`
// (scripts/test-visual.mjs checks the fonts and chooses the mode), not with this config alone.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { CHROMIUM_ARGS, chromiumMajor, findChromium } from './scripts/browsers.mjs';
import { fixtures } from './test/server/fixtures.mjs';

const root = import.meta.dirname;
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-browsers.mjs` (npm test does).');
const major = chromiumMajor(executablePath);
/** Baselines of one browser version: text rasterizing and antialiasing change between versions. */
const baselines = resolve(root, 'test/visual/baselines', `chromium-${major}`);
/** Screenshots that differ, and their diff images: not committed (.gitignore). */
const failed = resolve(root, 'test/visual/failed', `chromium-${major}`);
// VISUAL_MODE=write (set by scripts/test-visual.mjs for --update, or when this version has no
// baselines yet) writes every screenshot as the baseline instead of comparing.
const write = process.env.VISUAL_MODE === 'write';
const exact = process.env.VISUAL_EXACT === '1';

/** The baselines this run compared or wrote, to name the stale ones (a story renamed or removed). */
const used = new Set();
const pngsUnder = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.png'))
        .map((name) => join(dir, name))
    : [];

const staleBaselines = {
  name: 'stale-baselines',
  serverStop() {
    const stale = pngsUnder(baselines).filter((file) => !used.has(file));
    if (!write && stale.length && used.size)
      console.warn(
        `\nBaselines no story uses any more (remove them, or run npm run test:visual:update):\n${stale.map((file) => `  ${relative(root, file)}`).join('\n')}`,
      );
  },
};

export default {
  files: ['test/visual/*.visual.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    visualRegressionPlugin({
      update: write,
      baseDir: baselines,
      getBaselineName: ({ name }) => {
        const file = join(baselines, `${name}.png`);
        used.add(file);
        return file;
      },
      getFailedName: ({ name }) => join(failed, `${name}.png`),
      getDiffName: ({ name }) => join(failed, `${name}.diff.png`),
      // pixelmatch's per-pixel colour distance (0.1, its default) ignores rounding noise; a
      // screenshot may then differ from its baseline in at most 20 pixels: a moved label or a
      // changed colour touches hundreds. VISUAL_EXACT=1 demands identical pixels (to check that
      // runs repeat exactly).
      diffOptions: exact ? { threshold: 0, includeAA: true } : { threshold: 0.1 },
      failureThresholdType: 'pixel',
      failureThreshold: exact ? 0 : 20,
    }),
    staleBaselines,
  ],
  middleware: [fixtures],
  // The problems some stories play on purpose (test/stories.test.ts checks them); other logs show.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && /^(<[a-z]+-[a-z-]+>: |Lit is in dev mode)/.test(args[0])),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // One CSS pixel per pixel and sRGB whatever the machine's display: the same PNG everywhere.
        args: [...CHROMIUM_ARGS, '--force-device-scale-factor=1', '--force-color-profile=srgb', '--hide-scrollbars'],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300_000,
};
