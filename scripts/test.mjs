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

const steps = [
  ['browsers', 'WTR_BROWSERS=chromium,firefox node scripts/ensure-browsers.mjs'],
  ['translations', 'npx lit-localize extract && npx lit-localize build', checkTranslations],
  ['JSON Schema and data', 'node scripts/build-schema.mjs --check'],
  ['map geometry is current', 'node scripts/build-geo.mjs --check'],
  ['custom elements manifest', 'npm run analyze --silent'],
  ['types', 'npx tsc --noEmit -p tsconfig.json'],
  // no-invalid-css is off: its CSS property list predates light-dark(), color-scheme and container queries.
  ['templates (lit-analyzer)', 'npx lit-analyzer "src/**/*.ts" --strict --rules.no-invalid-css off'],
  // Built before the browser tests: test/bundle.test.ts checks the shipped bundle itself.
  ['build', 'npm run build'],
  ['size budgets', 'node scripts/size.mjs --check'],
  // Every element folder exported, indexed, in the manifest, documented, storied, covered by the
  // conformance suite, translated and budgeted; no list of elements kept by hand.
  ['elements are whole units', 'node scripts/check-elements.mjs'],
  // The package as npm would publish it, packed once (scripts/package-checks.mjs); the checks
  // below all read that one tarball.
  ['package: pack once', 'node scripts/package-checks.mjs pack'],
  ['package: publint --strict', 'node scripts/package-checks.mjs publint'],
  ['package: attw --profile esm-only', 'node scripts/package-checks.mjs attw'],
  // React 19 TSX (tsc) and a Vue SFC (vue-tsc) type-check against the tarball and catch wrong values.
  ['package: consumer types (React, Vue)', 'node scripts/package-checks.mjs consumers'],
  ['browser tests (Chromium, coverage)', 'WTR_BROWSERS=chromium npx web-test-runner --coverage'],
  // V8 coverage exists in Chromium only, so Firefox runs the same suite without it.
  ['browser tests (Firefox)', 'WTR_BROWSERS=firefox npx web-test-runner'],
  ['Storybook build', 'npx storybook build --quiet -o storybook-static'],
];

let passed = 0;
const started = Date.now();
for (const [name, command, after] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const run = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
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
