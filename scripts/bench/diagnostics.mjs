// Shared by the #7 diagnostics (profile.mjs, split.mjs, css-exp.mjs): builds the bench bundle
// (unless NOBUILD is set) and opens the benchmark page on it in headless Chromium with GC exposed.
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../browsers.mjs';
import { serve } from './serve.mjs';
import { buildBundle, root } from './build.mjs';
import { openTab } from './tab.mjs';

const out = resolve(root, 'node_modules/.cache/event-highlights-bench');

/** `env` is added to the build's environment (EH_PROFILE=1 for an unminified, dev-mode Lit build). */
export async function openBenchPage({ build = !process.env.NOBUILD, env = {} } = {}) {
  if (build) buildBundle(out, { env });
  const server = await serve(root);
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', `--user-data-dir=/tmp/eh-diagnostics-${process.pid}`],
  });
  const bundle = `/${out.slice(root.length + 1)}/event-highlights.js`;
  const { page, cdp, measure } = await openTab(browser, `${server.url}/scripts/bench/page.html?bundle=${encodeURIComponent(bundle)}`);
  return { browser, page, bundle, cdp, measure };
}
