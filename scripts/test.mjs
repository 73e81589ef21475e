#!/usr/bin/env node
// `npm test`: every check, stopping at the first failure: the quick ones in order, then the browser
// runs in two lanes side by side (below). Each step is also an npm script of its own, to run alone.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/**
 * Every message extracted from the sources has a translation in every locale: the library's
 * (locales/) and the event studio's, which keeps its own words out of the library's bundle (studio/locales/).
 */
function checkTranslations() {
  let ok = true;
  for (const dir of [resolve(root, 'locales'), resolve(root, 'studio/locales')]) ok = checkTranslationsIn(dir) && ok;
  return ok;
}

function checkTranslationsIn(dir) {
  let ok = true;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xlf'))) {
    const xliff = readFileSync(resolve(dir, file), 'utf8');
    const units = xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
    const missing = units.filter((unit) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit));
    for (const unit of missing) console.error(`${dir}/${file}: no translation for ${/<source>([\s\S]*?)<\/source>/.exec(unit)?.[1]}`);
    ok &&= missing.length === 0 && units.length > 0;
    console.log(`${file}: ${units.length - missing.length}/${units.length} translated`);
  }
  return ok;
}

// The steps that are npm scripts run through wireit (package.json "wireit"): each declares the files it
// reads, and a second `npm test` skips a step whose inputs have not changed since it last passed.
// The browser test runs stay uncached: they also read the installed browsers, outside the repo,
// which wireit cannot fingerprint.
const before = [
  ['browsers', 'WTR_BROWSERS=chromium,firefox node scripts/ensure-browsers.mjs'],
  ['translations', 'npm run translations', checkTranslations],
  ['JSON Schema and data', 'npm run check:schema'],
  ['map geometry is current', 'npm run check:geo'],
  ['custom elements manifest', 'npm run analyze'],
  ['types', 'npm run typecheck'],
  // no-invalid-css is off: its CSS property list predates light-dark(), color-scheme and container queries.
  ['templates (lit-analyzer)', 'npm run lint'],
  ['ESLint', 'npm run eslint'],
  ['format (Prettier)', 'npm run format:check'],
  // ESLint's max-len holds .ts and .mjs; this holds the .html pages and fixtures, which ESLint does not read.
  ['no line over 160 characters', 'npm run check:lines'],
  // Built before the browser tests: test/bundle.test.ts checks the shipped bundle itself.
  ['build', 'npm run build'],
  // The built importer (event-highlights/import) runs in Node without a DOM, as a site's build script would use it.
  ['import module in Node (no DOM)', 'node --test test/node/import.test.mjs'],
  ['size budgets', 'npm run check:size'],
  // Every element folder exported, indexed, in the manifest, documented, storied, covered by the
  // conformance suite, translated and budgeted; no list of elements kept by hand.
  ['elements are whole units', 'npm run check:elements'],
];

// Then two lanes side by side, one per core. The first holds what measures the page itself — the
// Chromium run with coverage (memory and timing checks) and the screenshots — at normal priority.
// The second runs under nice, so that it takes the time the first leaves and does not slow its
// measurements; it also takes the stories test in Chromium, the longest file (every story in five
// languages and two themes with axe: 80 s alone), which coverage does not need. Each lane runs
// its steps in order; a failure in either stops both. (Measured on two cores: the Chromium run
// with every file took 484 s beside the other lane, which ended after 280 s.)
const lanes = [
  [
    ['browser tests (Chromium, coverage)', 'WTR_BROWSERS=chromium npx web-test-runner "test/**/*.test.ts" "!test/stories.test.ts" --coverage'],
    // Every story screenshotted in Chromium and compared with the baselines of this Chromium
    // version (README "Visual tests").
    ['visual regression (Chromium)', 'npm run test:visual'],
  ],
  [
    // The package as npm would publish it, packed once (scripts/package-checks.mjs); the checks
    // below all read that one tarball.
    ['package: pack once', 'nice -n 10 npm run package:pack'],
    ['package: publint --strict', 'nice -n 10 npm run package:publint'],
    ['package: attw --profile esm-only', 'nice -n 10 npm run package:attw'],
    // React 19 TSX (tsc) and a Vue SFC (vue-tsc) type-check against the tarball and catch wrong values;
    // the README's esbuild and webpack recipes build the map from it (webpack's output drawn in Chromium).
    ['package: consumers (React, Vue types; esbuild, webpack recipes)', 'nice -n 10 npm run package:consumers'],
    // V8 coverage exists in Chromium only, so Firefox runs the same suite without it.
    ['browser tests (Firefox)', 'WTR_BROWSERS=firefox nice -n 10 npx web-test-runner'],
    ['stories in Chromium (every story, 5 languages, 2 themes, axe)', 'WTR_BROWSERS=chromium nice -n 10 npx web-test-runner test/stories.test.ts'],
    ['Storybook build', 'nice -n 10 npm run build-storybook'],
  ],
];

const env = { WIREIT_LOGGER: 'simple', ...process.env, FORCE_COLOR: '0' };
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
let passed = 0;
const started = Date.now();

function finish(ok) {
  if (ok) {
    console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    console.log(`checks: ${passed} passed, 0 failed`);
  } else console.log(`\nchecks: ${passed} passed, 1 failed`);
  process.exit(ok ? 0 : 1);
}

// The first steps one after another, their output as it comes.
for (const [name, command, after] of before) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const run = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env });
  const ok = run.status === 0 && (!after || after());
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds(t0)})`);
  if (!ok) finish(false);
  passed += 1;
}

// The lanes: every line of a step's output carries the lane's number, so the two stay readable.
const children = new Set();
const stopAll = () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
};
// Detached steps do not get the terminal's Ctrl+C: pass it on.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopAll(), process.exit(130)));
async function runLane(steps, lane) {
  for (const [name, command] of steps) {
    const t0 = Date.now();
    console.log(`\n[${lane}] ▶ ${name}: ${command}`);
    const child = spawn(command, { cwd: root, shell: true, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${lane}] ${line}`));
    }
    const status = await new Promise((resolve) => child.on('close', (code) => resolve(code)));
    children.delete(child);
    const ok = status === 0;
    console.log(`[${lane}] ${ok ? '✔' : '✘'} ${name} (${seconds(t0)})`);
    if (!ok) {
      // Stop the other lane's step and its browsers (each step runs in its own process group).
      stopAll();
      finish(false);
    }
    passed += 1;
  }
}
await Promise.all(lanes.map((steps, index) => runLane(steps, index + 1)));
finish(true);
