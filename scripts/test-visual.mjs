#!/usr/bin/env node
// `npm run test:visual`: the visual regression suite (test/visual/stories.visual.ts) in Chromium.
//   npm run test:visual                      compare every story with its baseline
//   npm run test:visual:update               (or `npm run test:visual -- --update`) write the
//                                            baselines anew after an intended change
// Baselines live in test/visual/baselines/chromium-<major>/. When the running Chromium has no
// folder yet (a browser upgrade), the suite writes one, says so, and passes: see README "Visual tests".
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { chromiumMajor, findChromium } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const update = process.argv.slice(2).includes('--update');

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found: run `node scripts/ensure-browsers.mjs` first (npm test does).');
  process.exit(1);
}

/**
 * The page font of the screenshots (DejaVu Sans, Debian's fonts-dejavu-core) and the Chinese one
 * (Noto Sans CJK SC, fonts-noto-cjk): without them Chromium falls back to whatever the machine has
 * and every screenshot differs. Installed with apt-get when running as root, else the exact command.
 */
const FONTS = [
  { family: 'DejaVu Sans', pattern: 'DejaVu Sans', deb: 'fonts-dejavu-core' },
  { family: 'Noto Sans CJK SC', pattern: 'Noto Sans CJK SC', deb: 'fonts-noto-cjk' },
];
const hasFont = (pattern) => {
  try {
    return execFileSync('fc-list', [pattern, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};
let missing = FONTS.filter((font) => !hasFont(font.pattern));
if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const packages = missing.map((font) => font.deb);
  console.log(`Fonts for the screenshots missing: installing Debian's ${packages.join(' and ')} with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  missing = FONTS.filter((font) => !hasFont(font.pattern));
}
if (missing.length) {
  console.error(`
The visual tests need the fonts their baselines were drawn with: ${missing.map((font) => font.family).join(', ')}.
Install them, then run the tests again:
  sudo apt-get install -y ${missing.map((font) => font.deb).join(' ')}`);
  process.exit(1);
}

const major = chromiumMajor(executablePath);
const baselines = resolve(root, 'test/visual/baselines', `chromium-${major}`);
const failed = resolve(root, 'test/visual/failed');
const pngs = (dir) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.png')) : []);

const fresh = !existsSync(baselines);
const write = update || fresh;
// Old failures would be mistaken for this run's; an update starts from an empty folder so that no
// baseline of a renamed or removed story stays behind.
rmSync(failed, { recursive: true, force: true });
if (update) rmSync(baselines, { recursive: true, force: true });
const where = relative(root, baselines);
if (fresh && !update) {
  const known = existsSync(resolve(root, 'test/visual/baselines')) ? readdirSync(resolve(root, 'test/visual/baselines')) : [];
  console.log(
    `\nNo baselines for Chromium ${major} (${known.length ? `the repository has ${known.join(', ')}` : 'none yet'})` +
      `: this run writes them to ${where}/ and compares nothing.`,
  );
}

const started = Date.now();
const run = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.visual.config.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VISUAL_MODE: write ? 'write' : 'compare' },
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

if (write) {
  const count = pngs(baselines).length;
  console.log(
    run.status === 0
      ? `\n${fresh && !update ? 'NEW BASELINES' : 'Baselines updated'}: ${count} screenshots written to ${where}/ in ${seconds} s; nothing was compared.\n` +
          'Look at them (git status / git diff shows which changed), then commit them.'
      : `\nThe suite failed before writing every baseline (${count} in ${where}/).`,
  );
} else if (run.status !== 0) {
  const shots = pngs(failed);
  const diffs = shots.filter((name) => name.endsWith('.diff.png'));
  // A screenshot saved without a diff image had no baseline to compare with: a new story.
  const unmatched = shots.filter((name) => !name.endsWith('.diff.png') && !shots.includes(name.replace(/\.png$/, '.diff.png')));
  const list = (names) => names.map((name) => `\n  ${relative(root, resolve(failed, name))}`).join('');
  console.log(
    `\nVisual tests failed in ${seconds} s.` +
      (diffs.length
        ? ` ${diffs.length} screenshot(s) differ from their baseline` +
          `; the new screenshot and a diff image (differences in red) of each` +
          ` are in ${relative(root, failed)}/:${list(diffs)}`
        : '') +
      (unmatched.length ? `\n${unmatched.length} screenshot(s) have no baseline (new stories?):${list(unmatched)}` : '') +
      '\nIf the change is intended: npm run test:visual:update, look at the new baselines, commit them.',
  );
} else console.log(`\nVisual tests passed in ${seconds} s (baselines: ${where}/).`);
process.exit(run.status ?? 1);
