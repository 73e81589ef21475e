#!/usr/bin/env node
// Checks of the package as npm would publish it, on one tarball (made once by `npm test` after
// the build with `npm pack --ignore-scripts`, or here when no path is given):
//   node scripts/package-checks.mjs [pack|publint|attw|consumers|all] [path/to/event-highlights-x.y.z.tgz]
// - publint --strict;
// - @arethetypeswrong/cli with the esm-only profile, every element subpath named (attw skips the
//   "./*" patterns), and the exports that are not modules (CSS, HTML) left out;
// - consumer projects (test/consumers/react, test/consumers/vue): the tarball unpacked as their
//   node_modules/event-highlights, type-checked by tsc (React 19 TSX) and vue-tsc (a Vue SFC).
//   They hold @ts-expect-error / @vue-expect-error lines with wrong attribute values: a type that
//   let one through fails the check. The README's Frameworks snippets (```tsx, ```vue) are
//   written into the projects and checked with them.
// - the README's esbuild and webpack recipes, built in the React project from the tarball: the
//   map's geometry must reach the output (webpack: emitted as an asset, and the map drawn from the
//   output in Chromium).
// The consumers live under node_modules/.cache/, so that the package's own dependencies (lit, …)
// and the type packages (@types/react, vue) resolve from this project's node_modules.
// Each has a package.json of its own, with no name: without it the nearest one is this project's,
// named event-highlights, and tsc, esbuild and webpack resolve `event-highlights/…` to it (a package
// importing itself by name) rather than to the tarball in the consumer's node_modules.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import webpack from 'webpack';
import { elementTags, root } from './elements.mjs';

const PACK_DIR = resolve(root, 'node_modules/.cache/event-highlights-pack');
const CONSUMERS = resolve(root, 'node_modules/.cache/event-highlights-consumers');

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status === 0;
}

/** Packs the package once (no lifecycle scripts: the build already ran) and returns the tarball's path. */
export function pack() {
  rmSync(PACK_DIR, { recursive: true, force: true });
  mkdirSync(PACK_DIR, { recursive: true });
  if (!run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', PACK_DIR])) return undefined;
  const file = readdirSync(PACK_DIR).find((name) => name.endsWith('.tgz'));
  return file && resolve(PACK_DIR, file);
}

/** The tarball made by `pack` (npm test's pack step). */
export function packed() {
  const file = existsSync(PACK_DIR) ? readdirSync(PACK_DIR).find((name) => name.endsWith('.tgz')) : undefined;
  return file && resolve(PACK_DIR, file);
}

export function publint(tarball) {
  return run('npx', ['publint', '--strict', tarball]);
}

export function attw(tarball) {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  const elements = elementTags().flatMap((tag) => [`./${tag}`, `./${tag}/class`]);
  // Stylesheets and pages are exported for bundlers and hosts to find, not imported as modules.
  const assets = Object.keys(pkg.exports).filter((key) => /\.(css|html)$/.test(key));
  return run('npx', ['attw', '--profile', 'esm-only', '--format', 'ascii', tarball, '--include-entrypoints', ...elements, '--exclude-entrypoints', ...assets]);
}

export async function consumers(tarball) {
  rmSync(CONSUMERS, { recursive: true, force: true });
  cpSync(resolve(root, 'test/consumers'), CONSUMERS, { recursive: true });
  for (const project of readdirSync(CONSUMERS)) {
    const modules = resolve(CONSUMERS, project, 'node_modules');
    mkdirSync(modules, { recursive: true });
    if (!run('tar', ['xzf', tarball, '-C', modules])) return false;
    renameSync(resolve(modules, 'package'), resolve(modules, 'event-highlights'));
  }
  // The README's Frameworks snippets are checked as written, beside the projects' own files.
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8').split('\n## Frameworks\n')[1]?.split('\n## ')[0] ?? '';
  const snippet = (lang) => new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``).exec(readme)?.[1];
  const tsx = snippet('tsx');
  const vue = snippet('vue');
  if (!tsx || !vue) {
    console.error("package-checks: the README's Frameworks section has no ```tsx or ```vue snippet to check");
    return false;
  }
  writeFileSync(resolve(CONSUMERS, 'react/readme.tsx'), tsx);
  writeFileSync(resolve(CONSUMERS, 'vue/Readme.vue'), vue);
  const tsc = resolve(root, 'node_modules/.bin/tsc');
  const vueTsc = resolve(root, 'node_modules/.bin/vue-tsc');
  return (
    run(tsc, ['-p', resolve(CONSUMERS, 'react/tsconfig.json')]) &&
    run(vueTsc, ['-p', resolve(CONSUMERS, 'vue/tsconfig.json')]) &&
    esbuildRecipe() &&
    (await webpackRecipe())
  );
}

/**
 * The README's esbuild recipe, run as written in the React project (which has the tarball in its
 * node_modules): esbuild bundles the npm modules, and the geometry it does not emit is copied.
 */
function esbuildRecipe() {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const commands = /\*\*esbuild\*\*[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
  if (!commands?.length) {
    console.error("package-checks: the README's esbuild recipe (```sh after **esbuild**) is missing");
    return false;
  }
  const project = resolve(CONSUMERS, 'react');
  writeFileSync(resolve(project, 'app.js'), "import 'event-highlights/participant-country-map';\n");
  const env = { ...process.env, PATH: `${resolve(root, 'node_modules/.bin')}:${process.env.PATH}` };
  for (const command of commands) if (!run('sh', ['-c', command.trim()], { cwd: project, env })) return false;
  const ok = existsSync(resolve(project, 'public/js/app.js')) && existsSync(resolve(project, 'public/js/world.topo.json'));
  if (!ok) console.error('package-checks: the esbuild recipe made no public/js/app.js and world.topo.json');
  return ok;
}

/**
 * The README's webpack 5 claim, that the map's import alone is enough: webpack with no config but
 * production mode (what `npx webpack --mode production` does in the React project: entry
 * src/index.js, output dist/) must emit the geometry from the map's `new URL(…, import.meta.url)`
 * as a .json asset, the world topology itself, and a script of the output must load it by its name.
 */
async function webpackRecipe() {
  const project = resolve(CONSUMERS, 'react');
  mkdirSync(resolve(project, 'src'), { recursive: true });
  writeFileSync(resolve(project, 'src/index.js'), "import 'event-highlights/participant-country-map';\n");
  const output = resolve(project, 'dist');
  console.log('$ webpack --mode production (in the React consumer)');
  const stats = await new Promise((done, fail) =>
    webpack({ mode: 'production', context: project, output: { path: output } }, (error, result) => (error ? fail(error) : done(result))),
  );
  if (stats.hasErrors() || stats.hasWarnings()) {
    console.error(stats.toString({ colors: false, all: false, errors: true, warnings: true }));
    return false;
  }
  const files = readdirSync(output);
  const geometry = readFileSync(resolve(project, 'node_modules/event-highlights/dist/bundle/world.topo.json'), 'utf8');
  const asset = files.find((name) => name.endsWith('.json') && readFileSync(resolve(output, name), 'utf8') === geometry);
  if (!asset) {
    console.error(`package-checks: webpack emitted no copy of world.topo.json (it wrote ${files.join(', ')})`);
    return false;
  }
  const loader = files.find((name) => name.endsWith('.js') && readFileSync(resolve(output, name), 'utf8').includes(asset));
  if (!loader) {
    console.error(`package-checks: webpack emitted ${asset}, but no script of its output names it`);
    return false;
  }
  console.log(`webpack: the geometry is ${asset}, loaded by ${loader}`);
  return drawsInChromium(output, asset);
}

/** The webpack output served as a static site: a page with the map must fetch the emitted geometry and draw the countries. */
async function drawsInChromium(output, asset) {
  const page =
    '<!doctype html><html lang="en"><title>webpack</title>' +
    '<participant-country-map countries="BO BR CO"></participant-country-map><script src="main.js"></script></html>';
  const served = [];
  const server = createServer((request, response) => {
    const name = new URL(request.url, 'http://localhost').pathname.slice(1) || 'index.html';
    served.push(name);
    const file = resolve(output, name);
    if (name === 'index.html') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    else if (!/^[\w.-]+$/.test(name) || !existsSync(file)) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const drawn = await tab
      .waitForFunction(() => document.querySelector('participant-country-map')?.shadowRoot?.querySelectorAll('[part~="country"]').length === 3, {
        timeout: 10_000,
      })
      .then(
        () => true,
        () => false,
      );
    if (!drawn || !served.includes(asset)) {
      console.error(`package-checks: the webpack output did not draw the three countries in Chromium (requests: ${served.join(', ')})`);
      return false;
    }
    console.log(`webpack: Chromium drew the map from the output (requests: ${served.join(', ')})`);
    return true;
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [what = 'all', given] = process.argv.slice(2);
  let tarball = given ? resolve(given) : what === 'pack' ? undefined : packed();
  if (what === 'pack' || (what === 'all' && !tarball)) tarball = pack();
  if (!tarball) {
    console.error('package-checks: no tarball: run `npm run build`, then `node scripts/package-checks.mjs pack`.');
    process.exit(1);
  }
  const steps = { pack: [], publint: [publint], attw: [attw], consumers: [consumers], all: [publint, attw, consumers] }[what];
  if (!steps) {
    console.error(`package-checks: unknown step "${what}"`);
    process.exit(1);
  }
  for (const step of steps) if (!(await step(tarball))) process.exit(1);
  console.log(`package-checks: ${what} passed (${tarball})`);
}
