#!/usr/bin/env node
// Makes sure Chromium is installed before the tests: finds it, or installs Debian's package when
// running as root with apt, or says exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browsers.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('Chromium not found: installing Debian\'s chromium (and CJK fonts for Chinese text) with apt-get...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}

console.error(`
The tests need Chromium, and none was found (looked at $CHROME_PATH, /usr/bin/chromium,
/usr/bin/chromium-browser, /usr/bin/google-chrome).
${isRoot ? 'apt-get is not available here, so it cannot be installed automatically.' : 'It is installed automatically only when this runs as root.'}
Install it, then run npm test again:
  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk
or point CHROME_PATH at a Chromium or Chrome executable:
  CHROME_PATH=/path/to/chrome npm test
`);
process.exit(1);
