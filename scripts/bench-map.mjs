#!/usr/bin/env node
// `npm run bench`: how long <participant-country-map> takes from "geometry loaded" to "map painted",
// in headless Chromium, with the production bundle (built into a temporary folder first).
//
// For each case (the seed event, 40 Belt and Road countries, 12 Caribbean states) a new element is
// added to a page where the drawing code and the geometry are already loaded, and the time until
// its SVG is in the DOM and two animation frames have passed is measured: the first map of a case
// (cold: per-page caches such as the borders mesh being built) and the median of the next runs.
// Also printed: loading the drawing code and the geometry from the local server, and parsing it.
// A benchmark, not a test: it prints figures and fails only if the page does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { serve } from './bench/serve.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const out = mkdtempSync(join(tmpdir(), 'eh-bench-'));

const build = spawnSync('npx', ['vite', 'build', '--mode', 'bundle', '--outDir', out, '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const seed = JSON.parse(readFileSync(resolve(root, 'demo/data/seed-2023-06-29-opening.json'), 'utf8'));
const CASES = {
  'seed (10 countries, Shenzhen, Guangzhou)': { event: seed },
  'Belt and Road (40 countries)': {
    countries: 'AF AM AZ BD BH BY EG ET GE GR HU ID IQ IR KE KG KH KZ LA LK MM MN MV MY NG NP OM PH PK PL RS SA SG TH TJ TM TR UZ VN ZA',
  },
  'Caribbean (12 countries)': { countries: 'AG BB BS CU DM DO GD JM KN LC TT VC' },
};

writeFileSync(
  join(out, 'bench.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>map bench</title><body style="margin:0;width:960px">
<script type="module">
import './event-highlights.js';
const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
const drawn = (el) => new Promise((done) => { const check = () => el.shadowRoot?.querySelector('svg.map') ? done() : setTimeout(check, 0); check(); });
async function place(props) {
  const el = document.createElement('participant-country-map');
  Object.assign(el, props);
  document.body.replaceChildren(el);
  await drawn(el);
  await frame();
  await frame();
}
window.bench = async (cases, runs) => {
  const t0 = performance.now();
  await place({ countries: 'BO' });
  const load = performance.now() - t0;
  const result = { 'first map, drawing code + geometry loaded, parsed and drawn': load };
  for (const [name, props] of Object.entries(cases)) {
    const times = [];
    for (let i = 0; i <= runs; i++) {
      const start = performance.now();
      await place(props);
      times.push(performance.now() - start);
    }
    const rest = times.slice(1).sort((a, b) => a - b);
    result[name] = { cold: times[0], median: rest[Math.floor(rest.length / 2)], min: rest[0], max: rest[rest.length - 1] };
  }
  return result;
};
window.ready = true;
</script>`,
);

const server = await serve(out);
const url = `${server.url}/bench.html`;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction('window.ready === true');
  const result = await page.evaluate((cases, runs) => window.bench(cases, runs), CASES, RUNS);
  const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
  console.log(`\n<participant-country-map>, 960 px wide, production bundle, Chromium headless (${RUNS} runs after the first)`);
  for (const [name, value] of Object.entries(result)) {
    if (typeof value === 'number') console.log(`${name.padEnd(60)}${ms(value)}`);
    else console.log(`${`geometry loaded -> painted: ${name}`.padEnd(60)}${ms(value.median)} median (first ${value.cold.toFixed(1)}, ${value.min.toFixed(1)}–${value.max.toFixed(1)})`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
