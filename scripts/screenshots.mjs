#!/usr/bin/env node
// `npm run screenshots`: the README's picture of each element (docs/images/<tag>.png), taken from
// the built demo (dist/demo: run `npm run build` first), where each element shows the seed article
// as a reader sees it: the card in the archive, the other five in the article page. English, light
// theme, 800 px wide, one device pixel per CSS pixel.
//
// The PNGs are made small with upng-js: reduced to a palette of 256 colours (the elements are flat
// colours and text; the photos lose little at this size), about a third of the browser's PNG.
// Options: --out=<folder> (default docs/images), --width=<px>.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import UPNG from 'upng-js';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { elementTags } from './elements.mjs';
import { serve } from './bench/serve.mjs';

const root = resolve(import.meta.dirname, '..');
const demoDir = resolve(root, 'dist/demo');
const option = (name) =>
  process.argv
    .slice(2)
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.split('=')[1];
const outDir = resolve(root, option('out') ?? 'docs/images');
const width = Number(option('width') ?? 800);

if (!existsSync(resolve(demoDir, 'index.html'))) {
  console.error('screenshots: dist/demo/index.html is missing; run `npm run build` first.');
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('screenshots: no Chromium found (set CHROME_PATH).');
  process.exit(2);
}

/** The PNG again with a palette of at most 256 colours. */
function reduce(png) {
  const image = UPNG.decode(png);
  const rgba = UPNG.toRGBA8(image);
  return Buffer.from(UPNG.encode(rgba, image.width, image.height, 256));
}

/** What each picture shows: the page, the element (a selector, pierced into no shadow root), and when it is ready. */
const SHOTS = [
  { tag: 'event-card', page: 'archive.html', selector: 'event-card[src$="seed-2023-06-29-opening.json"]', ready: '[part~="title"]' },
  { tag: 'speech-block', page: 'index.html', selector: 'speech-block', ready: '[part~="heading"]' },
  { tag: 'participant-country-map', page: 'index.html', selector: 'participant-country-map', ready: 'svg.map' },
  { tag: 'group-photo', page: 'index.html', selector: '#group-photo', ready: 'img' },
  { tag: 'attendee-list', page: 'index.html', selector: 'attendee-list', ready: 'li' },
  { tag: 'photo-credit', page: 'index.html', selector: 'photo-credit', ready: '*' },
];

// Every element has its picture: a new element's folder without a shot here stops the script.
const missing = elementTags(root).filter((tag) => !SHOTS.some((shot) => shot.tag === tag));
if (missing.length) {
  console.error(`screenshots: no shot for ${missing.join(', ')}: add one to SHOTS (the page, the element's selector, what shows it is ready).`);
  process.exit(2);
}

const server = await serve(demoDir, { index: 'index.html' });
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--no-sandbox', '--headless'] });
mkdirSync(outDir, { recursive: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  let loaded = '';
  for (const shot of SHOTS) {
    if (loaded !== shot.page) {
      await page.goto(`${server.url}/${shot.page}?lang=en`, { waitUntil: 'networkidle0' });
      loaded = shot.page;
    }
    const element = await page.waitForSelector(shot.selector, { timeout: 15_000 });
    // Lazy parts (the map's drawing, the archive's cards, images) start when they near the viewport.
    await element.scrollIntoView();
    await page.waitForFunction(
      (selector, ready) => {
        const host = document.querySelector(selector);
        const inside = host?.shadowRoot?.querySelector(ready) ?? host?.querySelector(ready);
        const images = [...(host?.shadowRoot?.querySelectorAll('img') ?? []), ...(host?.querySelectorAll('img') ?? [])];
        return !!inside && images.every((image) => image.complete && image.naturalWidth > 0);
      },
      { timeout: 15_000 },
      shot.selector,
      shot.ready,
    );
    await page.evaluate(() => document.fonts.ready);
    // The element's box and a margin of the page around it; the pointer out of the way.
    await page.mouse.move(0, 0);
    // The box in the document's coordinates (boundingBox() gives the viewport's), which the clip takes.
    const box = await element.evaluate((node) => {
      const rect = node.getBoundingClientRect();
      return { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
    });
    const margin = 12;
    const x = Math.max(0, box.x - margin);
    const y = Math.max(0, box.y - margin);
    const raw = await page.screenshot({
      type: 'png',
      clip: { x, y, width: Math.min(width - x, box.width + 2 * margin), height: box.height + 2 * margin },
      captureBeyondViewport: true,
    });
    const file = resolve(outDir, `${shot.tag}.png`);
    writeFileSync(file, reduce(raw));
    console.log(
      `${shot.tag}: ${file.replace(`${root}/`, '')}, ${statSync(file).size.toLocaleString('en')} B (browser's PNG ${raw.length.toLocaleString('en')} B)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
