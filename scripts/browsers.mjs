// Finds the system browsers the tests and benchmarks run in. Tools here cannot download browsers,
// so we use Debian's packages (`chromium`), installed by ensure-browsers.mjs when missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/**
 * The major version of a Chromium executable ("Chromium 156.0.8078.114 built on Debian" → 156):
 * the visual regression baselines are kept per version.
 * @param {string} executablePath
 */
export function chromiumMajor(executablePath) {
  const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const major = /(\d+)\.\d+\.\d+/.exec(version)?.[1];
  if (!major) throw new Error(`Cannot read the version of ${executablePath}: "${version.trim()}"`);
  return Number(major);
}

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

/** Which browsers the tests run in: `WTR_BROWSERS=chromium,firefox` (npm test), else Chromium. */
export function requestedBrowsers() {
  return (process.env.WTR_BROWSERS ?? 'chromium')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Flags that let headless Chromium run as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test files run in parallel tabs: keep background tabs' timers, images and rendering running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // test/conformance/memory.ts: window.gc() to collect before measuring, and exact performance.memory
  // figures (without it Chromium rounds them to buckets and adds noise).
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];
