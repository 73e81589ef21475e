#!/usr/bin/env node
// `npm run lighthouse`: page quality of the built demo, measured.
//
//   1. builds the bundle and the demo (dist/bundle, dist/demo; --no-build skips this);
//   2. serves dist/demo on 127.0.0.1 (scripts/bench/serve.mjs, gzip on, as a real host would);
//   3. runs Lighthouse 12 with its default mobile settings (Moto G Power screen, simulated slow 4G
//      and 4x CPU slowdown) in the system Chromium, headless, on the article and archive pages,
//      and prints the four category scores of each;
//   4. runs the Nu HTML checker (vnu-jar, needs Java) on every built HTML page and prints its
//      errors.
//
// Targets: performance >= 0.95, accessibility, best practices and SEO 1.0; no vnu errors. The
// script exits 1 when one is missed, 2 when it cannot run. Reports: dist/lighthouse/*.json.
// Options: --no-build, --runs=N (Lighthouse runs per page, the median performance is kept; 1 by
// default), --pages=index.html,archive.html.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { relative, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import vnuJar from 'vnu-jar';
import { CHROMIUM_ARGS, findChromium } from './browsers.mjs';
import { serve } from './bench/serve.mjs';

const root = resolve(import.meta.dirname, '..');
const demoDir = resolve(root, 'dist/demo');
const reportDir = resolve(root, 'dist/lighthouse');
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Math.max(1, Number(option('runs') ?? 1));
const pages = (option('pages') ?? 'index.html,archive.html').split(',');
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`lighthouse: \`${command} ${commandArgs.join(' ')}\` failed`);
    process.exit(2);
  }
}

// 1. Build.
if (!args.includes('--no-build')) {
  console.log('Building the bundle and the demo...');
  run('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn']);
}
if (!existsSync(resolve(demoDir, 'index.html'))) {
  console.error('lighthouse: dist/demo/index.html is missing; run without --no-build.');
  process.exit(2);
}

// 2. Serve.
const server = await serve(demoDir, { compress: true, index: 'index.html' });
const failures = [];

// 3. Lighthouse.
const chromePath = findChromium();
if (!chromePath) {
  console.error("lighthouse: Chromium not found. Run `node scripts/ensure-browsers.mjs` (installs Debian's chromium as root) or set CHROME_PATH.");
  server.close();
  process.exit(2);
}
const chrome = await chromeLauncher.launch({
  chromePath,
  // chrome-launcher's defaults plus ours; a fresh profile each time.
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  logLevel: 'silent',
});
mkdirSync(reportDir, { recursive: true });
const version = execFileSync(chromePath, ['--version'], { encoding: 'utf8' })
  .replace(/\s+/g, ' ')
  .trim()
  .split(' ')
  .filter((word) => !word.startsWith('['))
  .join(' ');
console.log(`\nLighthouse 12, mobile (default settings), ${version}, ${runs} run(s) per page`);
// Lighthouse multiplies the main-thread time it observes by 4: other work on the machine shows up
// as blocking time. Say how busy the machine was (Lighthouse's benchmarkIndex is per page below).
const busy = () => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
console.log(`Machine: ${busy()} before the runs${loadavg()[0] > cpus().length ? ' (busy: performance figures will be low and noisy)' : ''}\n`);
const rows = [];
try {
  for (const page of pages) {
    // As a first visit: no ?lang=, nothing stored; the page is in English (its <html lang>).
    const url = `${server.url}/${page}`;
    const results = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result?.lhr) throw new Error(`no result for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      results.push(result);
    }
    // The median run by performance score.
    results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const { lhr, report } = results[Math.floor(results.length / 2)];
    writeFileSync(resolve(reportDir, `${page.replace(/\.html$/, '')}.json`), report);
    const scores = Object.fromEntries(Object.keys(TARGETS).map((id) => [id, lhr.categories[id].score]));
    const metric = (id) => lhr.audits[id]?.displayValue ?? '?';
    rows.push({
      page,
      ...scores,
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
      bench: Math.round(lhr.environment.benchmarkIndex),
    });
    for (const [id, target] of Object.entries(TARGETS)) {
      if (scores[id] === null || scores[id] < target) {
        failures.push(`${page}: ${id} ${scores[id]} < ${target}`);
        // What lowered it: the category's audits that failed.
        for (const ref of lhr.categories[id].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 0.9)
            console.log(`  ${page} ${id}: ${audit.id} (${audit.score}) ${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
        }
      }
    }
    // Errors in the console count against best practices; name them.
    for (const item of lhr.audits['errors-in-console']?.details?.items ?? []) console.log(`  ${page} console: ${item.description}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log('');
console.table(rows);
console.log(`Machine: ${busy()} after the runs. bench: Lighthouse's benchmarkIndex (higher is faster; above 2000 when this machine was idle).`);

// 4. The Nu HTML checker on every built page.
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => resolve(entry.parentPath ?? entry.path, entry.name))
    .sort();
}
function hasJava() {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}
if (!hasJava() && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("\nJava not found: installing Debian's default-jre-headless with apt-get (for the Nu HTML checker)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], { stdio: 'inherit', env });
}
const files = htmlFiles(demoDir);
if (!hasJava()) {
  failures.push('vnu: not run, Java is missing');
  console.error(`\nThe Nu HTML checker needs Java, and none was found. Install it, then run this again:
  sudo apt-get update && sudo apt-get install -y default-jre-headless`);
} else {
  const check = spawnSync('java', ['-Xss1024k', '-jar', vnuJar, '--format', 'json', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let messages;
  try {
    messages = JSON.parse(check.stderr || check.stdout).messages;
  } catch {
    console.error(check.stderr || check.stdout);
    messages = [{ type: 'error', message: 'vnu did not answer in JSON', url: '' }];
  }
  const errors = messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
  const warnings = messages.filter((message) => message.type !== 'error' && message.subType !== 'fatal' && message.type !== 'info');
  console.log(`\nNu HTML checker (vnu-jar) on ${files.length} pages: ${errors.length} error(s), ${warnings.length} warning(s)`);
  const where = (message) => `${relative(root, new URL(message.url || 'file:///').pathname) || '?'}:${message.lastLine ?? '?'}`;
  for (const message of errors) console.log(`  error ${where(message)}: ${message.message}`);
  for (const message of warnings) console.log(`  warning ${where(message)}: ${message.message}`);
  for (const file of files) console.log(`  checked ${relative(root, file)}`);
  if (errors.length) failures.push(`vnu: ${errors.length} error(s)`);
}

if (failures.length) {
  console.log(`\nTargets missed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll targets met: performance >= 0.95, accessibility 1, best practices 1, SEO 1; vnu: no errors.');
