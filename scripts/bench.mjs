#!/usr/bin/env node
// `npm run bench`: rendering and memory of <event-card> measured side by side with the floor
// (the same final markup as static HTML), the same markup in a bare shadow root, and, when
// installed, Shoelace's sl-card with the same content slotted, in one headless Chromium session,
// runs in random order, medians of several runs. Main-thread CPU time comes from Chromium's own
// metrics (CDP Performance.getMetrics): ThreadTime is the main thread's CPU time, which other
// processes on a busy machine do not inflate (TaskDuration, the wall time of its tasks, they do);
// RecalcStyleDuration + LayoutDuration show how much of it is style and layout.
// The bundle is built from the current sources into node_modules/.cache first (never a stale
// dist/). Not a test: timings vary with the machine's load; compare the ratios of one run.
// `--baseline REV` adds event-card as built from a git revision (say `main` or `HEAD~3`), in a
// second tab of the same browser, into the same rounds: a change is measured against what it
// changes in one run, not against figures from another day. Last, scripts/bench-map.mjs times
// the map (with the same --baseline); `--only` leaves out sections.
//
//   node scripts/bench.mjs [--quick] [--runs K] [--sizes 100,1000,5000] [--only rendering] [--variants event-card,sl-card] [--baseline REV] [--json FILE]
import puppeteer from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { serve } from './bench/serve.mjs';
import { buildBundle, buildRevision, root } from './bench/build.mjs';
import { median, openTab } from './bench/tab.mjs';
import { elementTags } from './elements.mjs';

const quick = process.argv.includes('--quick');
const option = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? undefined : process.argv[index + 1];
};
const SIZES = option('sizes') ? option('sizes').split(',').map(Number) : quick ? [100, 1000] : [100, 1000, 5000];
const RUNS = Object.fromEntries(SIZES.map((n) => [n, Number(option('runs') ?? (quick ? 3 : n <= 100 ? 9 : n <= 1000 ? 7 : 5))]));
/** `--only rendering,memory`: run some sections only (rendering, update, memory, churn, map, pages). */
const sections = new Set((option('only') ?? 'rendering,update,memory,churn,map').split(','));
const UPDATE_ROUNDS = quick ? 3 : 7;
const MEMORY_N = 5000;
const MEMORY_RUNS = quick ? 1 : 3;
const CHURN = 1000;

const executablePath = findChromium();
if (!executablePath) {
  console.error('Chromium not found: run `node scripts/ensure-browsers.mjs`.');
  process.exit(1);
}

/** A bundle under node_modules/.cache, and its URL path on the bench server (which serves the project root). */
const bundleIn = (name) => ({ dir: resolve(root, 'node_modules/.cache', name), url: `/node_modules/.cache/${name}/event-highlights.js` });
const current = bundleIn('event-highlights-bench');
buildBundle(current.dir);
const bundle = current.url;
const baselineRev = option('baseline');
let baselineBundle;
if (baselineRev) {
  const baseline = bundleIn('event-highlights-bench-baseline');
  buildRevision(baselineRev, baseline.dir);
  baselineBundle = baseline.url;
}
const BASELINE = `event-card@${baselineRev}`;

const shuffle = (list) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};
const fixed = (value, digits = 1, width = 9) => value.toFixed(digits).padStart(width);
const spread = (values, digits = 2) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;

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
const report = { date: new Date().toISOString(), cores: cpus().length, cpu: cpus()[0]?.model, rendering: [], runs: [], update: {}, memory: {}, churn: {} };
try {
  const shoelace = existsSync(resolve(root, 'node_modules/@shoelace-style/shoelace/cdn/components/card/card.js'));
  /** A tab on the bench page with one bundle loaded, and its measuring helpers. */
  const openBenchTab = async (bundleUrl, { withShoelace }) => {
    const tab = await openTab(browser, `${server.url}/scripts/bench/page.html?bundle=${encodeURIComponent(bundleUrl)}`);
    const { page, cdp } = tab;
    if (withShoelace) {
      await page.addStyleTag({ url: `${server.url}/node_modules/@shoelace-style/shoelace/cdn/themes/light.css` });
      await page.addScriptTag({ type: 'module', url: `${server.url}/node_modules/@shoelace-style/shoelace/cdn/components/card/card.js` });
      await page.waitForFunction(() => customElements.get('sl-card') !== undefined, { timeout: 20_000 });
    }
    /** JS heap + DOM (measureUserAgentSpecificMemory), and V8 + Blink's whole heap (layout and style objects included), after GC. */
    const heap = async () => {
      const bytes = await page.evaluate(async () => {
        window.gc();
        window.gc();
        return (await performance.measureUserAgentSpecificMemory()).bytes;
      });
      const usage = await cdp.send('Runtime.getHeapUsage');
      return { bytes, whole: usage.usedSize + (usage.embedderHeapUsedSize ?? 0) };
    };
    /** Times one of window.bench's functions ('variants.floor', 'updateTitles'...) called with `args`. */
    const timed = async (action, ...args) => {
      const { value: wall, ...times } = await tab.measure(
        async (name, values) => {
          const [object, key] = name.split('.');
          const fn = object === 'variants' ? window.bench.variants[key] : window.bench[object];
          const start = performance.now();
          await fn(...values);
          return performance.now() - start;
        },
        action,
        args,
      );
      return { wall, ...times };
    };
    /** Prepares a timed run of `variant` (see page.js's setup) and lets the previous run's garbage go. */
    const setup = async (variant, n) => {
      await tab.front();
      await page.evaluate((v, count) => window.bench.setup(v, count), variant, n);
      return heap();
    };
    return { ...tab, heap, timed, setup };
  };
  const main = await openBenchTab(bundle, { withShoelace: shoelace });
  const baselineTab = baselineBundle ? await openBenchTab(baselineBundle, { withShoelace: false }) : undefined;
  await main.front();
  const { page, heap } = main;
  /** The tab a variant runs in, and its name there (the baseline is event-card in the second tab). */
  const where = (variant) => (variant === BASELINE ? { tab: baselineTab, name: 'event-card' } : { tab: main, name: variant });

  // 'floor+cv' and 'event-card+cv' (a listing page's content-visibility: auto) run only when named in --variants.
  const OPT_IN = ['floor+cv', 'event-card+cv'];
  const variants = ['floor', 'floor+shadow', 'event-card', ...(baselineTab ? [BASELINE] : []), ...(shoelace ? ['sl-card'] : []), ...OPT_IN].filter(
    (variant) =>
      variant === 'floor' || variant === BASELINE || (option('variants') ? option('variants').split(',').includes(variant) : !OPT_IN.includes(variant)),
  );
  const W = Math.max(14, ...variants.map((variant) => variant.length + 2));

  // 1. Rendering N cards, in rounds: a round runs every variant once, in random order, back to back.
  // This machine's speed drifts by up to 50 % over minutes (shared virtual cores), so a ratio is
  // taken inside each round, between runs seconds apart, and the median of those ratios reported.
  if (sections.has('rendering')) {
    const rounds = [];
    for (const n of SIZES) for (let i = 0; i < RUNS[n]; i++) rounds.push(n);
    const results = new Map();
    for (const n of shuffle(rounds)) {
      const round = {};
      for (const variant of shuffle([...variants])) {
        const { tab, name } = where(variant);
        await tab.setup(name, n);
        round[variant] = await tab.timed(`variants.${name}`, n);
        report.runs.push({ variant, n, ...round[variant] });
      }
      for (const variant of variants) {
        const key = `${variant}|${n}`;
        results.set(key, [...(results.get(key) ?? []), { ...round[variant], ratio: round[variant].cpu / round.floor.cpu }]);
      }
      // The second target compares event-card with the peer directly, round by round too.
      for (const other of ['sl-card', BASELINE].filter((variant) => round[variant])) {
        if (round['event-card']) results.set(`vs ${other}|${n}`, [...(results.get(`vs ${other}|${n}`) ?? []), round['event-card'].cpu / round[other].cpu]);
      }
    }
    for (const tab of [main, baselineTab]) await tab?.page.evaluate(() => window.bench.clear());

    console.log(`\nRendering N cards (create → laid out → painted), ${SIZES.map((n) => RUNS[n]).join(' / ')} rounds in random order.`);
    console.log("CPU = main-thread CPU time (Chromium's ThreadTime); tasks = main-thread task time; style+layout = part of the tasks;");
    console.log("CPU / floor = median over rounds of the variant's CPU / the floor's CPU in the same round; spread = lowest–highest of those.");
    console.log(
      `${'variant'.padEnd(W)}${'N'.padStart(6)}${'wall ms'.padStart(10)}` +
        `${'tasks ms'.padStart(10)}${'CPU ms'.padStart(10)}${'style+layout'.padStart(14)}` +
        `${'CPU / floor'.padStart(13)}${'spread'.padStart(12)}`,
    );
    for (const n of SIZES) {
      for (const variant of variants) {
        const list = results.get(`${variant}|${n}`);
        const row = {
          variant,
          n,
          runs: list.length,
          wall: median(list.map((r) => r.wall)),
          tasks: median(list.map((r) => r.tasks)),
          cpu: median(list.map((r) => r.cpu)),
          styleLayout: median(list.map((r) => r.styleLayout)),
          ratio: median(list.map((r) => r.ratio)),
          ratios: list.map((r) => r.ratio),
        };
        report.rendering.push(row);
        console.log(
          `${variant.padEnd(W)}${String(n).padStart(6)}${fixed(row.wall, 1, 10)}${fixed(row.tasks, 1, 10)}` +
            `${fixed(row.cpu, 1, 10)}${fixed(row.styleLayout, 1, 14)}${fixed(row.ratio, 2, 13)}${spread(row.ratios).padStart(12)}`,
        );
      }
      for (const other of ['sl-card', BASELINE]) {
        const ratios = results.get(`vs ${other}|${n}`);
        if (!ratios) continue;
        report.rendering.push({ variant: `event-card / ${other}`, n, ratio: median(ratios), ratios });
        const label = `event-card / ${other}`;
        console.log(`${label.padEnd(Math.max(W + 6, label.length + 2))}CPU ratio ${median(ratios).toFixed(2)} (median over rounds; spread ${spread(ratios)})`);
      }
    }
  }

  // 2. Updating one property (the title) on 1,000 cards, against the floor changing the same text.
  // Rounds alternate the two in random order; each round mounts 1,000 fresh cards (not timed).
  if (sections.has('update')) {
    const updateVariants = ['floor', 'event-card', ...(baselineTab ? [BASELINE] : [])];
    const updates = Object.fromEntries(updateVariants.map((variant) => [variant, []]));
    for (let round = 0; round < UPDATE_ROUNDS; round++) {
      const times = {};
      for (const variant of shuffle([...updateVariants])) {
        const { tab, name } = where(variant);
        await tab.setup(name, 1000);
        await tab.page.evaluate((v) => window.bench.variants[v](1000), name);
        await tab.heap();
        times[variant] = await tab.timed(name === 'floor' ? 'updateFloorTitles' : 'updateTitles', round);
      }
      for (const variant of updateVariants) updates[variant].push({ ...times[variant], ratio: times[variant].cpu / times.floor.cpu });
    }
    for (const tab of [main, baselineTab]) await tab?.page.evaluate(() => window.bench.clear());
    console.log(`\nUpdating the title on 1,000 cards (${UPDATE_ROUNDS} rounds in random order; CPU / floor as above, round by round)`);
    for (const [variant, list] of Object.entries(updates)) {
      const ratios = list.map((r) => r.ratio);
      report.update[variant] = { wall: median(list.map((r) => r.wall)), cpu: median(list.map((r) => r.cpu)), ratio: median(ratios), ratios };
      console.log(
        `${variant.padEnd(W)} wall ${fixed(report.update[variant].wall, 1, 7)} ms, CPU ${fixed(report.update[variant].cpu, 1, 7)}` +
          ` ms, CPU / floor ${median(ratios).toFixed(2)} (${spread(ratios)})`,
      );
    }
  }

  // 3. Memory per card at N = 5,000, after GC. The documents the cards show are made before the
  // baseline: they are the page's data, not the card's; what a card copies or keeps counts.
  if (sections.has('memory')) {
    const memory = Object.fromEntries(variants.map((variant) => [variant, { bytes: [], whole: [] }]));
    const memoryJobs = [];
    for (let i = 0; i < MEMORY_RUNS; i++) memoryJobs.push(...shuffle([...variants]));
    for (const variant of memoryJobs) {
      const { tab, name } = where(variant);
      const before = await tab.setup(name, MEMORY_N);
      await tab.page.evaluate((v, count) => window.bench.variants[v](count), name, MEMORY_N);
      const after = await tab.heap();
      memory[variant].bytes.push((after.bytes - before.bytes) / MEMORY_N);
      memory[variant].whole.push((after.whole - before.whole) / MEMORY_N);
      await tab.page.evaluate(() => window.bench.clear());
    }
    const floorBytes = median(memory.floor.bytes);
    const floorWhole = median(memory.floor.whole);
    console.log(`\nMemory per card at N = ${MEMORY_N.toLocaleString('en')}, after GC (median of ${MEMORY_RUNS}, random order)`);
    console.log('JS + DOM = performance.measureUserAgentSpecificMemory(); whole heap = V8 + Blink (Oilpan) heap, with layout and style objects');
    for (const variant of variants) {
      const bytes = median(memory[variant].bytes);
      const whole = median(memory[variant].whole);
      report.memory[variant] = { bytes, ratio: bytes / floorBytes, whole, wholeRatio: whole / floorWhole, runs: memory[variant] };
      console.log(
        `${variant.padEnd(W)} JS + DOM ${fixed(bytes / 1024, 2, 6)} KB per card, ${(bytes / floorBytes).toFixed(2)} x floor` +
          `   whole heap ${fixed(whole / 1024, 1, 5)} KB per card, ${(whole / floorWhole).toFixed(2)} x floor`,
      );
    }
  }

  // 4. Creating, rendering and removing elements one by one, twice: nothing may accumulate.
  if (sections.has('churn')) {
    console.log(`\nHeap (JS + DOM, after GC) after creating, rendering and removing ${CHURN.toLocaleString('en')} elements one by one, twice`);
    await main.front();
    const tags = await page.evaluate((all) => all.filter((tag) => customElements.get(tag)), elementTags(root));
    for (const tag of tags) {
      await page.evaluate((t) => window.bench.churn(t, 100), tag);
      const start = (await heap()).bytes;
      await page.evaluate((t, count) => window.bench.churn(t, count), tag, CHURN);
      const first = (await heap()).bytes;
      await page.evaluate((t, count) => window.bench.churn(t, count), tag, CHURN);
      const second = (await heap()).bytes;
      report.churn[tag] = { start, first, second };
      console.log(
        `${tag.padEnd(24)} start ${(start / 1048576).toFixed(2)} MB, growth after ${CHURN}: ${fixed((first - start) / 1024, 1, 7)} KB` +
          `, after ${2 * CHURN}: ${fixed((second - start) / 1024, 1, 7)} KB`,
      );
    }
  }
  report.browser = await browser.version();
  report.shoelace = shoelace;
  console.log(`\n${report.browser}, ${report.cores} cores (${report.cpu}); Shoelace ${shoelace ? 'included' : 'not installed (npm install to compare)'}`);
  if (option('json')) writeFileSync(option('json'), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  server.close();
  rmSync(`/tmp/eh-bench-${process.pid}`, { recursive: true, force: true });
}

// 5. The map and whole pages (scripts/bench-map.mjs, its own pages and bundle), with the same
// baseline; `--only pages` runs the whole pages without the map's own cases.
if (sections.has('map') || sections.has('pages')) {
  const args = [...(baselineRev ? ['--baseline', baselineRev] : []), ...(sections.has('map') ? [] : ['--pages-only'])];
  const map = spawnSync(process.execPath, [resolve(root, 'scripts/bench-map.mjs'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (map.status !== 0) process.exit(map.status ?? 1);
}
