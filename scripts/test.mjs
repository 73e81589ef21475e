#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure. Each step is also an npm
// script of its own, to run alone while working.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every message extracted from the sources has a translation in every locale. */
function checkTranslations() {
  const dir = resolve(root, 'locales');
  let ok = true;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xlf'))) {
    const xliff = readFileSync(resolve(dir, file), 'utf8');
    const units = xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
    const missing = units.filter((unit) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit));
    for (const unit of missing) console.error(`${file}: no translation for ${/<source>([\s\S]*?)<\/source>/.exec(unit)?.[1]}`);
    ok &&= missing.length === 0 && units.length > 0;
    console.log(`${file}: ${units.length - missing.length}/${units.length} translated`);
  }
  return ok;
}

// The steps that are npm scripts run through wireit (package.json "wireit"): each declares the files it
// reads, and a second `npm test` skips a step whose inputs have not changed since it last passed.
// The browser test runs stay uncached: they also read the installed browsers, outside the repo,
// which wireit cannot fingerprint.
const steps = [
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
  // Built before the browser tests: test/bundle.test.ts checks the shipped bundle itself.
  ['build', 'npm run build'],
  ['size budgets', 'npm run check:size'],
  // Every element folder exported, indexed, in the manifest, documented, storied, covered by the
  // conformance suite, translated and budgeted; no list of elements kept by hand.
  ['elements are whole units', 'npm run check:elements'],
  // The package as npm would publish it, packed once (scripts/package-checks.mjs); the checks
  // below all read that one tarball.
  ['package: pack once', 'npm run package:pack'],
  ['package: publint --strict', 'npm run package:publint'],
  ['package: attw --profile esm-only', 'npm run package:attw'],
  // React 19 TSX (tsc) and a Vue SFC (vue-tsc) type-check against the tarball and catch wrong values.
  ['package: consumer types (React, Vue)', 'npm run package:consumers'],
  ['browser tests (Chromium, coverage)', 'WTR_BROWSERS=chromium npx web-test-runner --coverage'],
  // Every story screenshotted and compared with the baselines of this Chromium version (README "Visual tests").
  ['visual regression (Chromium)', 'npm run test:visual'],
  // V8 coverage exists in Chromium only, so Firefox runs the same suite without it.
  ['browser tests (Firefox)', 'WTR_BROWSERS=firefox npx web-test-runner'],
  ['Storybook build', 'npm run build-storybook'],
];

let passed = 0;
const started = Date.now();
for (const [name, command, after] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const run = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: { WIREIT_LOGGER: 'simple', ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0 && (!after || after());
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (!ok) {
    console.log(`\nchecks: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed += 1;
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`checks: ${passed} passed, 0 failed`);
