#!/usr/bin/env node
// `npm run bench`: rendering and memory of <event-card> measured side by side with the floor
// (the same final markup as static HTML) and, when installed, Shoelace's sl-card, in one headless
// Chromium session, variants in random order, medians of several runs. Main-thread CPU time comes
// from Chromium's own metrics (CDP Performance.getMetrics TaskDuration). Not a test: timings vary.
import puppeteer from 'puppeteer-core';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { serve } from './bench/serve.mjs';

const root = resolve(import.meta.dirname, '..');
const SIZES = [100, 1000, 5000];
const RUNS = { 100: 7, 1000: 5, 5000: 3 };
const quick = process.argv.includes('--quick');

if (!existsSync(resolve(root, 'dist/bundle/event-highlights.js'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found: run `node scripts/ensure-browsers.mjs`.');
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const shuffle = (list) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};

const server = await serve(root);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    '--js-flags=--expose-gc',
    // measureUserAgentSpecificMemory() counts DOM nodes too (performance.memory sees the JS heap only);
    // eager measurement answers at once instead of at the next natural GC.
    '--enable-blink-features=ForceEagerMeasureMemory',
    `--user-data-dir=/tmp/eh-bench-${process.pid}`,
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/scripts/bench/page.html`);
  await page.waitForFunction('window.benchReady === true', { timeout: 20_000 });
  const shoelace = existsSync(resolve(root, 'node_modules/@shoelace-style/shoelace/cdn/components/card/card.js'));
  if (shoelace) {
    await page.addStyleTag({ url: `${server.url}/node_modules/@shoelace-style/shoelace/cdn/themes/light.css` });
    await page.addScriptTag({ type: 'module', url: `${server.url}/node_modules/@shoelace-style/shoelace/cdn/components/card/card.js` });
    await page.waitForFunction(() => customElements.get('sl-card') !== undefined, { timeout: 20_000 });
  }
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration').value;
  const heap = async () =>
    page.evaluate(async () => {
      window.gc();
      window.gc();
      return (await performance.measureUserAgentSpecificMemory()).bytes;
    });
  const timed = async (action) => {
    const cpu0 = await taskSeconds();
    const wall = await page.evaluate(action);
    const cpu1 = await taskSeconds();
    return { wall, cpu: (cpu1 - cpu0) * 1000 };
  };

  const variants = ['floor', 'event-card', ...(shoelace ? ['sl-card'] : [])];
  const sizes = quick ? [100, 1000] : SIZES;
  const runs = [];
  for (const n of sizes) for (const variant of variants) for (let i = 0; i < (quick ? 3 : RUNS[n]); i++) runs.push({ n, variant });
  const results = new Map();
  for (const { n, variant } of shuffle(runs)) {
    await page.evaluate(() => window.bench.clear());
    await heap();
    const result = await timed(
      new Function(`return (async () => { const t = performance.now(); await window.bench.variants[${JSON.stringify(variant)}](${n}); return performance.now() - t; })()`),
    );
    const key = `${variant}|${n}`;
    results.set(key, [...(results.get(key) ?? []), result]);
  }

  console.log(`\nRendering N cards (create → laid out → painted); median of ${quick ? 3 : '7 / 5 / 3'} runs; CPU = main-thread task time`);
  console.log(`${'variant'.padEnd(12)}${'N'.padStart(6)}${'wall ms'.padStart(10)}${'CPU ms'.padStart(10)}${'CPU / floor'.padStart(13)}`);
  const rows = [];
  for (const n of sizes) {
    const floorCpu = median(results.get(`floor|${n}`).map((r) => r.cpu));
    for (const variant of variants) {
      const list = results.get(`${variant}|${n}`);
      const wall = median(list.map((r) => r.wall));
      const cpu = median(list.map((r) => r.cpu));
      rows.push({ variant, n, wall, cpu, ratio: cpu / floorCpu });
      console.log(`${variant.padEnd(12)}${String(n).padStart(6)}${wall.toFixed(1).padStart(10)}${cpu.toFixed(1).padStart(10)}${(cpu / floorCpu).toFixed(2).padStart(13)}`);
    }
  }

  // Updating one property (the title) on 1,000 cards, against the floor changing the same text.
  const update = {};
  for (const [variant, fn] of [
    ['floor', 'updateFloorTitles'],
    ['event-card', 'updateTitles'],
  ]) {
    await page.evaluate((v) => window.bench.clear() || window.bench.variants[v](1000), variant);
    const list = [];
    for (let round = 0; round < 5; round++) {
      list.push(await timed(new Function(`return (async () => { const t = performance.now(); await window.bench.${fn}(${round}); return performance.now() - t; })()`)));
    }
    update[variant] = { wall: median(list.map((r) => r.wall)), cpu: median(list.map((r) => r.cpu)) };
  }
  console.log('\nUpdating the title on 1,000 cards (median of 5)');
  for (const [variant, r] of Object.entries(update)) {
    console.log(`${variant.padEnd(12)} wall ${r.wall.toFixed(1)} ms, CPU ${r.cpu.toFixed(1)} ms, CPU / floor ${(r.cpu / update.floor.cpu).toFixed(2)}`);
  }

  // Memory per card at N = 5,000 (JS heap and DOM, measureUserAgentSpecificMemory, after GC), and after churn.
  console.log('\nMemory per card at N = 5,000 (JS heap + DOM, after GC)');
  const perCard = {};
  for (const variant of variants) {
    await page.evaluate(() => window.bench.clear());
    const before = await heap();
    await page.evaluate((v) => window.bench.variants[v](5000), variant);
    const after = await heap();
    perCard[variant] = (after - before) / 5000;
  }
  for (const [variant, bytes] of Object.entries(perCard)) {
    console.log(`${variant.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB per card, ${(bytes / perCard.floor).toFixed(2)} x floor`);
  }
  await page.evaluate(() => window.bench.clear());

  console.log('\nHeap after creating, rendering and removing 1,000 elements one by one (after GC)');
  const tags = await page.evaluate(() => ['event-card', 'speech-block', 'photo-credit', 'group-photo', 'participant-country-map'].filter((tag) => customElements.get(tag)));
  for (const tag of tags) {
    await page.evaluate((t) => window.bench.churn(t, 100), tag);
    const before = await heap();
    await page.evaluate((t) => window.bench.churn(t, 1000), tag);
    const after = await heap();
    console.log(`${tag.padEnd(24)} before ${(before / 1048576).toFixed(2)} MB, after ${(after / 1048576).toFixed(2)} MB, growth ${((after - before) / 1024).toFixed(1)} KB`);
  }
  const version = await browser.version();
  console.log(`\n${version}, ${(await import('node:os')).cpus().length} cores; Shoelace ${shoelace ? 'included' : 'not installed (npm install to compare)'}`);
} finally {
  await browser.close();
  server.close();
}
