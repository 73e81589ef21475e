#!/usr/bin/env node
// `npm run docs:screenshots`: the pictures of README "Theming", docs/images/theming-*.png. One
// <event-card> with the seed article on two host pages styled as real ones are: a government news
// page set in a serif at 19 px, and a Chinese Bootstrap page set in YaHei at 14 px. The card takes
// each page's font family and size (nothing else of the page's CSS). Served by Vite from the
// sources, shot by Debian's Chromium, then compressed losslessly with optipng when it is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs/images');
const WIDTH = 760;

const card = `<event-card src="/demo/data/seed-2023-06-29-opening.json" href="#article"></event-card>`;

/** The host pages: their own CSS, nothing aimed at the elements. */
const PAGES = {
  government: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News</title>
<style>
  body { margin: 0; font-family: Georgia, 'Times New Roman', 'DejaVu Serif', serif; font-size: 19px; line-height: 1.6; color: #1b1b1b; background: #fff; }
  header { background: #12284c; color: #fff; padding: 14px 32px; border-bottom: 6px solid #b8860b; }
  header b { font-size: 22px; letter-spacing: 0.02em; }
  header small { display: block; font-size: 15px; opacity: 0.85; }
  main { padding: 20px 32px 28px; }
  h1 { font-size: 30px; font-weight: normal; margin: 0 0 6px; }
  p { margin: 0 0 18px; }
</style>
</head>
<body>
<header><b>Ministry of Commerce</b><small>Department of Foreign Aid · News and events</small></header>
<main>
<h1>Training news</h1>
<p>Seminars held this month for officials of partner countries.</p>
${card}
</main>
<script type="module" src="/src/index.ts"></script>
</body>
</html>`,
  bootstrap: `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<title>新闻</title>
<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css">
<style>
  :root { --bs-body-font-family: 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif; --bs-body-font-size: 14px; }
</style>
</head>
<body>
<nav class="navbar navbar-dark bg-primary"><div class="container-fluid"><span class="navbar-brand">国际教育学院</span><span
  class="navbar-text">新闻动态</span></div></nav>
<div class="container-fluid py-3">
<ol class="breadcrumb"><li class="breadcrumb-item">首页</li><li class="breadcrumb-item active">培训动态</li></ol>
<h1 class="h4">培训动态</h1>
<p class="text-body-secondary">本月为合作国家官员举办的研修班。</p>
${card}
</div>
<script type="module" src="/src/index.ts"></script>
</body>
</html>`,
};

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-browsers.mjs`.');

const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: Number(process.env.PORT) || 5291, strictPort: false, hmr: false },
});
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...CHROMIUM_ARGS, '--force-device-scale-factor=1', '--force-color-profile=srgb'],
});
mkdirSync(out, { recursive: true });
try {
  for (const [name, html] of Object.entries(PAGES)) {
    const page = await browser.newPage();
    await page.setViewport({ width: WIDTH, height: 900 });
    await page.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: 'light' },
    ]);
    // The page is served from this origin (so its module script loads), its HTML from here.
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url() === `${origin}/__theming__/${name}.html`
        ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : request.continue(),
    );
    await page.goto(`${origin}/__theming__/${name}.html`, { waitUntil: 'networkidle0' });
    // The card's content in place, its photo loaded and decoded.
    await page.waitForFunction(
      () => {
        const root = document.querySelector('event-card')?.shadowRoot;
        const image = root?.querySelector('img[part~="image"]');
        return root?.querySelector('[part~="title"]') && (!image || (image.complete && image.naturalWidth > 0));
      },
      { timeout: 20_000 },
    );
    await page.evaluate(() => document.fonts.ready);
    const file = resolve(out, `theming-${name}.png`);
    // Down to the card and a margin below it: the page, not the empty viewport under it.
    const height = await page.evaluate(() => Math.ceil(document.querySelector('event-card').getBoundingClientRect().bottom + window.scrollY + 24));
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: WIDTH, height } });
    await page.close();
    console.log(`${file.slice(root.length + 1)}: ${WIDTH} x ${height}`);
  }
} finally {
  await browser.close();
  await server.close();
}

let optimized = false;
try {
  execFileSync('optipng', ['-quiet', '-o5', '-strip', 'all', ...Object.keys(PAGES).map((name) => resolve(out, `theming-${name}.png`))], { stdio: 'inherit' });
  optimized = true;
} catch {
  console.warn('optipng not found (Debian: apt-get install optipng): the PNGs are left as Chromium wrote them.');
}
for (const name of Object.keys(PAGES)) {
  const file = resolve(out, `theming-${name}.png`);
  if (existsSync(file)) console.log(`${file.slice(root.length + 1)}: ${(statSync(file).size / 1024).toFixed(0)} KiB${optimized ? ' (optipng)' : ''}`);
}
