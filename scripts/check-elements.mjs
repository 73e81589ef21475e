#!/usr/bin/env node
// The meta-test: every element folder (src/<tag>/ with a define.ts, scripts/elements.mjs) is a whole
// unit of the library, and no build, size, bench, export or shared-test file keeps a list of
// elements by hand. Run by `npm test` after the build (it resolves the package's own exports
// against dist/ and reads custom-elements.json); exits 1 naming each element and what it lacks.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { className, elementTags, root } from './elements.mjs';

const read = (path) => (existsSync(resolve(root, path)) ? readFileSync(resolve(root, path), 'utf8') : '');
const tags = elementTags(root);
const pkg = JSON.parse(read('package.json'));
const problems = [];
const fail = (tag, what) => problems.push(`<${tag}>: ${what}`);

if (!existsSync(resolve(root, 'dist/index.js')) || !existsSync(resolve(root, 'custom-elements.json'))) {
  console.error('check-elements: dist/ or custom-elements.json is missing: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(read('custom-elements.json'));
const manifestTags = new Set(manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean)));
const index = read('src/index.ts');
const readme = read('README.md');
const locales = readdirSync(resolve(root, 'locales')).filter((name) => name.endsWith('.xlf'));
const xliff = Object.fromEntries(locales.map((name) => [name, read(`locales/${name}`)]));

/** Where the package's own name resolves `specifier` to, for JavaScript and for TypeScript (NodeNext). */
function resolved(specifier) {
  let js;
  try {
    js = fileURLToPath(import.meta.resolve(specifier));
  } catch (error) {
    js = `(${error.code ?? error.message})`;
  }
  const options = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
  const types = ts.resolveModuleName(specifier, resolve(root, 'check.mts'), options, ts.sys).resolvedModule?.resolvedFileName;
  return { js, types };
}

const xmlEscape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The plain-string messages of an element's sources: msg('…') and msg("…"). */
function messages(tag) {
  const found = [];
  for (const file of readdirSync(resolve(root, 'src', tag)).filter((name) => name.endsWith('.ts'))) {
    const code = read(`src/${tag}/${file}`);
    for (const match of code.matchAll(/\bmsg\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) found.push(match[2].replace(/\\(.)/g, '$1'));
  }
  return found;
}

for (const tag of tags) {
  const folder = `src/${tag}`;
  for (const file of [`${tag}.ts`, `${tag}.styles.ts`, 'define.ts']) if (!existsSync(resolve(root, folder, file))) fail(tag, `${folder}/${file} is missing`);

  // Exported: the registration module and the class, for JavaScript and for TypeScript.
  for (const [specifier, file] of [
    [`${pkg.name}/${tag}`, 'define'],
    [`${pkg.name}/${tag}/class`, tag],
  ]) {
    const { js, types } = resolved(specifier);
    const want = resolve(root, `dist/${tag}/${file}.js`);
    if (js !== want) fail(tag, `package.json exports: "${specifier}" resolves to ${relative(root, js) || js}, not dist/${tag}/${file}.js`);
    else if (!existsSync(js)) fail(tag, `"${specifier}" resolves to dist/${tag}/${file}.js, which the build did not make (npm run build)`);
    if (!types || !existsSync(types) || types !== want.replace(/\.js$/, '.d.ts'))
      fail(tag, `"${specifier}" has no types for TypeScript (dist/${tag}/${file}.d.ts)`);
  }
  if (!new RegExp(`export \\{[^}]*\\b${className(tag)}\\b[^}]*\\} from '\\./${tag}/define\\.js'`).test(index))
    fail(tag, `src/index.ts does not export ${className(tag)} from './${tag}/define.js'`);
  if (!manifestTags.has(tag)) fail(tag, 'not in custom-elements.json (npm run analyze): no @customElement / JSDoc the analyzer reads');
  if (!new RegExp(`^\\| \`<${tag}>\` \\|`, 'm').test(readme)) fail(tag, `not in the README's element table (a row "| \`<${tag}>\` | … |")`);
  if (!existsSync(resolve(root, `docs/images/${tag}.png`)) || !readme.includes(`src="docs/images/${tag}.png"`))
    fail(tag, `no picture in the README (docs/images/${tag}.png, made by npm run screenshots, shown with <img src="docs/images/${tag}.png">)`);
  if (!existsSync(resolve(root, `stories/${tag}.stories.ts`))) fail(tag, `no stories (stories/${tag}.stories.ts)`);
  const test = read(`test/${tag}.test.ts`);
  if (!test) fail(tag, `no tests (test/${tag}.test.ts)`);
  else if (!/\bawait conformance\(/.test(test)) fail(tag, `test/${tag}.test.ts does not run the conformance suite (await conformance({ tag: '${tag}', … }))`);
  for (const message of messages(tag)) {
    for (const [name, text] of Object.entries(xliff)) {
      const unit = text.split('<trans-unit').find((part) => part.includes(`<source>${xmlEscape(message)}</source>`));
      if (!unit || !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit))
        fail(tag, `"${message}" is not translated in locales/${name} (npm run localize, then translate)`);
    }
  }
  // The element's styles extend the base element's (never name the shared sheets again), and its
  // modules take shared code from src/internal/, not from another element's class.
  const source = read(`${folder}/${tag}.ts`);
  if (source && !/static override styles = \[(?:super|EventHighlightsElement)\.styles\b/.test(source))
    fail(tag, `${folder}/${tag}.ts: styles must extend the base element's (static override styles = [EventHighlightsElement.styles, …])`);
  for (const file of readdirSync(resolve(root, folder)).filter((name) => name.endsWith('.ts'))) {
    for (const [, other, module] of read(`${folder}/${file}`).matchAll(/from '\.\.\/([a-z]+-[a-z-]+)\/([\w.-]+)\.js'/g)) {
      if (tags.includes(other) && module !== 'define')
        fail(
          tag,
          `${folder}/${file} imports ${other}/${module}.js` +
            `: code two elements share belongs in src/internal/ (an element may import another's define.js to register it)`,
        );
    }
  }
  const budget = existsSync(resolve(root, folder, 'budget.json')) ? JSON.parse(read(`${folder}/budget.json`)).adds : undefined;
  if (!Number.isInteger(budget) || budget <= 0) fail(tag, `no size budget (${folder}/budget.json, { "adds": <gzip bytes> }; see scripts/size.mjs)`);
  if (!pkg.sideEffects.some((pattern) => pattern === './dist/**/define.js')) fail(tag, 'package.json sideEffects does not keep dist/**/define.js');
}

// Folders that are not elements stay unreachable through the elements' "./*" pattern.
for (const entry of readdirSync(resolve(root, 'src'), { withFileTypes: true })) {
  if (!entry.isDirectory() || tags.includes(entry.name)) continue;
  const { js } = resolved(`${pkg.name}/${entry.name}`);
  if (existsSync(js) && /\/define\.js$/.test(js))
    problems.push(
      `src/${entry.name}/ is not an element, but "${pkg.name}/${entry.name}" resolves to ${relative(root, js)}` +
        `: close it in package.json exports ("./${entry.name}": null)`,
    );
  if (/^[a-z]+-[a-z-]+$/.test(entry.name) && existsSync(resolve(root, 'src', entry.name, `${entry.name}.ts`)))
    problems.push(`src/${entry.name}/ looks like an element but has no define.ts`);
}

// A doc comment followed directly by another documents nothing (the analyzer and editors read
// the second): an orphan left behind when code moved.
const sources = (dir) =>
  readdirSync(resolve(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'generated' ? [] : sources(`${dir}/${entry.name}`)) : entry.name.endsWith('.ts') ? [`${dir}/${entry.name}`] : [],
  );
for (const file of sources('src')) {
  const text = read(file);
  for (const match of text.matchAll(/\/\*\*(?:(?!\*\/)[\s\S])*\*\/[ \t]*\n[ \t]*\/\*\*/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    problems.push(`${file}:${line}: a doc comment followed by another documents nothing (orphan JSDoc)`);
  }
}

// No list of elements kept by hand where the list is found: the build, the exports, the size
// budgets, the benches' element loops, the manifest's configuration and the shared tests.
const strict = [
  'vite.config.ts',
  'scripts/size.mjs',
  'custom-elements-manifest.config.mjs',
  'web-test-runner.config.mjs',
  'scripts/test.mjs',
  'test/elements.ts',
  ...(existsSync(resolve(root, 'test/conformance')) ? readdirSync(resolve(root, 'test/conformance')).map((name) => `test/conformance/${name}`) : []),
];
const exportsText = JSON.stringify({ exports: pkg.exports, sideEffects: pkg.sideEffects, files: pkg.files });
for (const tag of tags) {
  const word = new RegExp(`(?<![\\w-])${tag}(?![\\w-])`);
  for (const file of strict)
    if (word.test(read(file))) problems.push(`${file} names <${tag}>: it must find the elements (scripts/elements.mjs, test/elements.ts), not list them`);
  if (word.test(exportsText)) problems.push(`package.json exports/sideEffects name <${tag}>: use the "./*" and "./*/class" patterns`);
}
// Other files that work on every element (benches, shared tests) may name an element for what is
// its own (the bench's event-card variants, waiting for the maps of a page to draw), but keep no
// list of them: no two tags side by side in an array or a chain of comparisons.
const testFiles = (dir) =>
  existsSync(resolve(root, dir))
    ? readdirSync(resolve(root, dir))
        .filter((name) => name.endsWith('.ts'))
        .map((name) => `${dir}/${name}`)
    : [];
const ownTest = (path) => tags.some((tag) => path.startsWith(`test/${tag}.`));
const shared = [
  ...new Set([
    'scripts/bench.mjs',
    'scripts/bench-map.mjs',
    'scripts/bench/page.js',
    ...['test', 'test/embed', 'test/fuzz'].flatMap(testFiles).filter((path) => !ownTest(path)),
  ]),
];
const tagAlternatives = tags.map((tag) => tag.replace(/-/g, '\\-')).join('|');
const list = new RegExp(`['"\`](${tagAlternatives})['"\`]\\s*(?:[,:]|\\?\\s*['"\`][\\w-]*['"\`]\\s*:)[^]{0,100}?['"\`](${tagAlternatives})['"\`]`, 'g');
for (const file of shared.filter((path) => !strict.includes(path))) {
  const text = read(file);
  const match = [...text.matchAll(list)].find(([, a, b]) => a !== b);
  if (match) problems.push(`${file} lists elements by hand (${match[0]}): take them from scripts/elements.mjs (Node) or test/elements.ts (browser)`);
  // A table of per-element fixtures ({ tag: 'a', … }, { tag: 'b', … }): they belong in each element's test.
  const subjects = tags.filter((tag) => new RegExp(`\\btag:\\s*['"\`]${tag}['"\`]`).test(text));
  if (subjects.length > 1)
    problems.push(
      `${file} keeps a table of elements (tag: ${subjects.join(', ')}): give each element's fixtures to the conformance suite from test/<tag>.test.ts`,
    );
}
if (/import\('\.\.\/stories\/[a-z-]+\.stories\.js'\)/.test(read('test/stories.test.ts')))
  problems.push('test/stories.test.ts imports stories modules by name: take them from ELEMENT_TAGS');

if (problems.length) {
  console.error(`check-elements: ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `check-elements: ${tags.length} elements (${tags.join(', ')})` +
    `, each exported (with types), in src/index.ts` +
    `, custom-elements.json, the README (with a picture), stories,` +
    ` tests with the conformance suite, translations and size budgets; no hand-kept lists.`,
);
