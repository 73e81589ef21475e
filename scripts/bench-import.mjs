#!/usr/bin/env node
// `npm run bench:import`: how long importArticle (event-highlights/import) takes on a
// 20,000-character article, as text and as an HTML page: the median of many rounds, in Node (V8,
// the engine of Chromium). The module is bundled from the current sources with esbuild into
// node_modules/.cache first (never a stale dist/). Not a test: timings vary with the machine's
// load; the first round (which builds the table of country names) is reported on its own.
//
//   node scripts/bench-import.mjs [--rounds 41] [--chars 20000] [--json FILE]
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './bench/tab.mjs';

const root = resolve(import.meta.dirname, '..');
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : process.argv[index + 1];
};
const ROUNDS = Number(option('rounds', 41));
const CHARS = Number(option('chars', 20_000));

const outfile = resolve(root, 'node_modules/.cache/import-bench/import.mjs');
await build({
  entryPoints: [resolve(root, 'src/import/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  minify: true,
  outfile,
  logLevel: 'silent',
});
const { importArticle } = await import(pathToFileURL(outfile).href);

/**
 * The seed article made as long as asked: its speeches and narrative paragraphs printed again (as a
 * long article of several speeches would), between its own header and credits.
 */
function longArticle(text, separator) {
  const lines = text.split(/\n+/).filter((line) => line.trim() !== '');
  const head = lines.slice(0, 4);
  const body = lines.slice(4, -3);
  const tail = lines.slice(-3);
  const middle = [];
  while ([...head, ...middle, ...tail].join(separator).length < CHARS) middle.push(...body);
  return [...head, ...middle, ...tail].join(separator);
}

const seed = readFileSync(resolve(root, 'test/fixtures/import/seed.txt'), 'utf8');
const text = longArticle(seed, '\n\n');
const html =
  `<!doctype html><html><head><title>Seminar</title><script>var a = 1;</script></head>` +
  `<body><nav><a href="/">Home</a></nav><main><article>${longArticle(seed, '\n')
    .split('\n')
    .map((line, i) => (i === 1 ? `<h1>${line}</h1>` : `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`))
    .join('\n')}</article></main></body></html>`;

const results = {};
for (const [name, input] of [
  ['text', text],
  ['html', html],
]) {
  const first = performance.now();
  const { findings } = importArticle(input);
  const firstMs = performance.now() - first;
  for (let i = 0; i < 5; i += 1) importArticle(input);
  const times = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now();
    importArticle(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  results[name] = {
    characters: input.length,
    findings: findings.length,
    firstMs,
    medianMs: median(times),
    minMs: times[0],
    p90Ms: times[Math.floor(times.length * 0.9)],
  };
}

const f = (ms) => `${ms.toFixed(1)} ms`;
console.log(
  `importArticle, ${ROUNDS} rounds after 5 warm-up rounds (Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}):`,
);
for (const [name, r] of Object.entries(results))
  console.log(
    `  ${name.padEnd(4)} ${String(r.characters).padStart(6)} chars, ${r.findings} findings: median ${f(r.medianMs)}` +
      ` (min ${f(r.minMs)}, p90 ${f(r.p90Ms)}); first call ${f(r.firstMs)}`,
  );
const json = option('json');
if (json) writeFileSync(json, JSON.stringify({ rounds: ROUNDS, load: loadavg()[0], results }, null, 2));
