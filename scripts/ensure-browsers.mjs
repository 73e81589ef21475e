#!/usr/bin/env node
// Makes sure the browsers the tests run in are installed: finds them, or installs Debian's
// packages when running as root with apt, or says exactly what to do. Which browsers: the
// WTR_BROWSERS list (npm test asks for chromium,firefox), Chromium by default.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox, requestedBrowsers } from './browsers.mjs';

const BROWSERS = {
  chromium: { find: findChromium, packages: ['chromium', 'fonts-noto-cjk'], env: 'CHROME_PATH', label: 'Chromium' },
  firefox: { find: findFirefox, packages: ['firefox-esr', 'fonts-noto-cjk'], env: 'FIREFOX_PATH', label: 'Firefox ESR' },
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let updated = false;
let missing = 0;

for (const name of requestedBrowsers()) {
  const browser = BROWSERS[name];
  if (!browser) {
    console.error(`Unknown browser "${name}" in WTR_BROWSERS (known: ${Object.keys(BROWSERS).join(', ')}).`);
    process.exit(1);
  }
  let path = browser.find();
  if (!path && isRoot && hasApt) {
    console.log(`${browser.label} not found: installing Debian's ${browser.packages.join(' and ')} with apt-get...`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    updated = true;
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...browser.packages], { stdio: 'inherit', env });
    path = browser.find();
  }
  if (path) {
    console.log(`${browser.label}: ${path}`);
    continue;
  }
  missing += 1;
  console.error(`
The tests need ${browser.label}, and none was found.
${isRoot ? 'apt-get is not available here, so it cannot be installed automatically.' : 'It is installed automatically only when this runs as root.'}
Install it, then run npm test again:
  sudo apt-get update && sudo apt-get install -y ${browser.packages.join(' ')}
or point ${browser.env} at the browser's executable.`);
}
process.exit(missing ? 1 : 0);
