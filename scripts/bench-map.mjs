#!/usr/bin/env node
// `npm run bench`: how long <participant-country-map> takes from "geometry loaded" to "map painted",
// in headless Chromium, with the production bundle (built into a temporary folder first).
//
// For each case (the seed event, 40 Belt and Road countries, 12 Caribbean states) a new element is
// added to a page where the drawing code and the geometry are already loaded, and the time until
// its SVG is in the DOM and the next frame is painted is measured: the first map of a case
// (cold: per-page caches such as the borders mesh being built) and the median of the next runs.
// Also printed: the first map of a fresh page (drawing code and geometry loaded, parsed and drawn),
// BENCH_FIRST_ROUNDS rounds (5) in new browser contexts, as served and with BENCH_LATENCY ms (40)
// added to each request; and whole pages (one map, three cards, an article), from the navigation's
// start to every element drawn, as served and on a mobile profile (every file of the bundle counts).
// `--pages-only` (npm run bench -- --only pages) runs the whole pages alone.
// `--baseline REV` draws the same maps with the bundle built from a git revision, in a second tab,
// each run of one next to the same run of the other, in random order.
// A benchmark, not a test: it prints figures and fails only if the page does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { serve } from './bench/serve.mjs';
import { buildBundle, buildRevision, root } from './bench/build.mjs';
import { median, openTab } from './bench/tab.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Rounds of the first map on a fresh page, and the latency added to each request in the second set. */
const FIRST_ROUNDS = Number(process.env.BENCH_FIRST_ROUNDS ?? 5);
const LATENCY = Number(process.env.BENCH_LATENCY ?? 40);
const out = mkdtempSync(join(tmpdir(), 'eh-bench-'));

buildBundle(out);
const index = process.argv.indexOf('--baseline');
const baselineRev = index < 0 ? undefined : process.argv[index + 1];
if (baselineRev) buildRevision(baselineRev, join(out, 'baseline'));

const seed = JSON.parse(readFileSync(resolve(root, 'demo/data/seed-2023-06-29-opening.json'), 'utf8'));
const CASES = {
  'seed (10 countries, Shenzhen, Guangzhou)': { event: seed },
  'Belt and Road (40 countries)': {
    countries: 'AF AM AZ BD BH BY EG ET GE GR HU ID IQ IR KE KG KH KZ LA LK MM MN MV MY NG NP OM PH PK PL RS SA SG TH TJ TM TR UZ VN ZA',
  },
  'Caribbean (12 countries)': { countries: 'AG BB BS CU DM DO GD JM KN LC TT VC' },
};

const benchPage = `<!doctype html><html lang="en"><meta charset="utf-8"><title>map bench</title><body style="margin:0;width:960px">
<script type="module">
import './event-highlights.js';
// After the next paint: an animation frame callback runs just before a frame is painted, and a
// task it posts runs after that paint. A frame that holds the SVG has been painted by then (one
// frame later than needed when the SVG came in during a frame's rendering steps: conservative).
const afterNextPaint = () => new Promise((done) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => done();
  channel.port2.postMessage(0); }));
/** Resolves as soon as the map's SVG is in its shadow tree (a mutation observer, not polling). */
const drawn = (el) => new Promise((done) => {
  if (el.shadowRoot.querySelector('svg.map')) return done();
  const observer = new MutationObserver(() => {
    if (!el.shadowRoot.querySelector('svg.map')) return;
    observer.disconnect();
    done();
  });
  observer.observe(el.shadowRoot, { childList: true, subtree: true });
});
/** Adds a map; resolves when it is painted: its SVG in the DOM, then the next paint. */
async function place(props) {
  const el = document.createElement('participant-country-map');
  Object.assign(el, props);
  document.body.replaceChildren(el);
  await drawn(el);
  await afterNextPaint();
}
window.runOnce = async (props) => {
  const start = performance.now();
  await place(props);
  return performance.now() - start;
};
window.ready = true;
</script>`;
writeFileSync(join(out, 'bench.html'), benchPage);
if (baselineRev) writeFileSync(join(out, 'baseline', 'bench.html'), benchPage);

/**
 * Whole pages as an editor pastes them (the elements in the HTML, the bundle's script tag): the time
 * from the navigation's start (performance.now() counts from it) until every element of the page
 * has drawn its content and the next frame is painted, so the main file, the elements' code, the
 * drawing code and the geometry all count, each as the build splits them. The page's `drawn(el)`
 * says when an element has drawn.
 */
const wholePage = (body) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>page</title><body style="margin:0;width:960px">
${body}
<script>
const drawn = (el) => el.shadowRoot && (el.localName === 'participant-country-map'
  ? el.shadowRoot.querySelector('svg.map') : el.localName === 'event-card' ? el.shadowRoot.querySelector('[part~="title"]') : el.shadowRoot.childElementCount);
const check = () => {
  if (![...document.querySelectorAll('event-card, participant-country-map, speech-block, photo-credit')].every(drawn)) return requestAnimationFrame(check);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window.painted = performance.now(); };
    channel.port2.postMessage(0);
  });
};
requestAnimationFrame(check);
</script>
<script type="module" src="./event-highlights.js"></script>`;
const PAGES = {
  'one map': wholePage('<participant-country-map countries="BO BR CO CR CU DM EC PA PE VE"></participant-country-map>'),
  // The archive: cards that load their documents.
  'three cards': wholePage('<event-card src="./seed.json"></event-card>'.repeat(3)),
  // An article: speech, map, credits and a card, hand-written as in the README.
  'an article': wholePage(
    '<event-card src="./seed.json"></event-card><speech-block speaker="Liu Beimin" honorific="ms" country="CN">' +
      '<p>Ms. Liu Beimin said that Latin American countries are an important part of the world.</p></speech-block>' +
      '<participant-country-map countries="BO BR CO CR CU DM EC PA PE VE"></participant-country-map>' +
      '<photo-credit written-by="Ma Yizhou" photos-by="Ni Haoran" reviewed-by="Chen Wei"></photo-credit>',
  ),
};
const pageFile = (name) => `page-${name.replace(/\W+/g, '-')}.html`;
for (const dir of [out, ...(baselineRev ? [join(out, 'baseline')] : [])]) {
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(dir, pageFile(name)), html);
  writeFileSync(join(dir, 'seed.json'), JSON.stringify(seed));
}

// Gzip, as a host serves it: the main file's and the chunks' transfer sizes are what they cost.
const server = await serve(out, { compress: true });

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
try {
  /** A tab on a bundle's map page; `run(props)` draws one map, with its wall and main-thread CPU time. */
  const openMapTab = async (path) => {
    const tab = await openTab(browser, `${server.url}/${path}`, { width: 1000, height: 800, ready: 'window.ready === true' });
    return {
      async run(props) {
        const { value: wall, cpu } = await tab.measure((p) => window.runOnce(p), props);
        return { wall, cpu };
      },
    };
  };
  /**
   * `path` in a new browser context (nothing cached), under `network` conditions and `cpu`
   * slowdown: `measure(page)` once `ready` (an expression of the page) holds.
   */
  const inNewContext = async (path, { network, cpu } = {}, ready, measure) => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1000, height: 800 });
      await page.bringToFront();
      if (network) await page.emulateNetworkConditions(network);
      if (cpu) await page.emulateCPUThrottling(cpu);
      await page.goto(`${server.url}/${path}`);
      await page.waitForFunction(ready, { timeout: 60_000 });
      return await measure(page);
    } finally {
      await context.close();
    }
  };
  /** The first map on a new page, each request delayed by `latency` ms. */
  const firstMap = (path, latency) =>
    inNewContext(path, latency ? { network: { download: -1, upload: -1, latency } } : {}, 'window.ready === true', (page) =>
      page.evaluate(() => window.runOnce({ countries: 'BO' })),
    );
  /** A whole page, from navigation to painted. */
  const pageTime = (path, condition) => inNewContext(path, condition, 'window.painted !== undefined', (page) => page.evaluate(() => window.painted));
  /**
   * `run(path)` for each build's path, FIRST_ROUNDS rounds, the builds in random order in each;
   * prints each build's median and spread under `name`.
   */
  const inRounds = async (name, width, builds, run) => {
    const times = Object.fromEntries(Object.keys(builds).map((label) => [label, []]));
    for (let round = 0; round < FIRST_ROUNDS; round++)
      for (const label of Object.keys(builds).sort(() => Math.random() - 0.5)) times[label].push(await run(builds[label]));
    for (const [label, list] of Object.entries(times))
      console.log(
        `${`${name}${label === 'current' ? '' : ` ${label}`}`.padEnd(width)}` +
          `${ms(median(list))} median of ${list.length} (${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)})`,
      );
  };
  const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
  const paths = { current: 'bench.html', ...(baselineRev ? { [`@${baselineRev}`]: 'baseline/bench.html' } : {}) };
  console.log(`\n<participant-country-map>, 960 px wide, production bundle, Chromium headless (${RUNS} runs after the first)`);
  console.log('painted = SVG in the DOM, then the next frame painted (at 60 Hz a frame is 16.7 ms); CPU = main-thread CPU time (ThreadTime)');
  // The first map of a page: a fresh browser context each time (empty cache), the builds in random
  // order in each round, FIRST_ROUNDS rounds; once as served locally and once with LATENCY ms added
  // to every request (as a network would: code and geometry fetched one after the other pay it twice).
  const pagesOnly = process.argv.includes('--pages-only');
  for (const latency of pagesOnly ? [] : [0, LATENCY])
    await inRounds(`first map, code + geometry loaded, parsed, drawn, +${latency} ms a request`, 70, paths, (path) => firstMap(path, latency));
  // Whole pages, from navigation: as served, and as Lighthouse's mobile profile (150 ms a round
  // trip, 1.6 Mbit/s down, the CPU 4 x slower), where a smaller main file is worth as much as a
  // round trip saved, and where parsing less code matters.
  const conditions = {
    'as served': {},
    'mobile (150 ms, 1.6 Mbit/s, CPU / 4)': { network: { download: 200_000, upload: 93_750, latency: 150 }, cpu: 4 },
  };
  for (const pageName of Object.keys(PAGES)) {
    const builds = { current: pageFile(pageName), ...(baselineRev ? { [`@${baselineRev}`]: `baseline/${pageFile(pageName)}` } : {}) };
    for (const [conditionName, condition] of Object.entries(conditions))
      await inRounds(`page, ${pageName}, navigation -> painted, ${conditionName}`, 80, builds, (path) => pageTime(path, condition));
  }
  const tabs = {};
  for (const [label, path] of Object.entries(pagesOnly ? {} : paths)) tabs[label] = await openMapTab(path);
  for (const [name, props] of Object.entries(pagesOnly ? {} : CASES)) {
    const runs = Object.fromEntries(Object.keys(tabs).map((label) => [label, []]));
    for (let i = 0; i <= RUNS; i++) {
      // The first run of a case is each tab's cold one; after it, the tabs take turns in random order.
      const order = Object.keys(tabs).sort(() => (i === 0 ? 0 : Math.random() - 0.5));
      for (const label of order) runs[label].push(await tabs[label].run(props));
    }
    for (const [label, list] of Object.entries(runs)) {
      const rest = list.slice(1);
      const walls = rest.map((r) => r.wall);
      console.log(
        `${`geometry loaded -> painted: ${name}${label === 'current' ? '' : ` ${label}`}`.padEnd(70)}${ms(median(walls))}` +
          ` median (first ${list[0].wall.toFixed(1)}, ${Math.min(...walls).toFixed(1)}–${Math.max(...walls).toFixed(1)})` +
          `, CPU ${median(rest.map((r) => r.cpu)).toFixed(1)} ms median`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
