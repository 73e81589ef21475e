// One browser tab of a benchmark, shared by scripts/bench.mjs, scripts/bench-map.mjs and the
// diagnostics: opened on a page, brought to the front before it is measured (only the tab in
// front gets animation frames, which the benchmarks wait for), and measured with Chromium's own
// main-thread metrics.

/** The tab in front in this process. */
let inFront;

/**
 * Opens `url` in a new tab of `browser` and waits until `ready` (an expression) is true.
 * `measure(fn, ...args)` runs `fn` in the page and returns what it returned, with the main
 * thread's CPU time (ThreadTime), task time and style + layout time it took, in ms.
 */
export async function openTab(browser, url, { width = 1280, height = 900, ready = 'window.benchReady === true' } = {}) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.setViewport({ width, height });
  await page.bringToFront();
  inFront = page;
  await page.goto(url);
  await page.waitForFunction(ready, { timeout: 20_000 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  /** Brings the tab forward if another one is, and lets it settle for two frames. */
  const front = async () => {
    if (inFront === page) return;
    await page.bringToFront();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    inFront = page;
  };
  return {
    page,
    cdp,
    front,
    async measure(fn, ...args) {
      await front();
      const before = await metrics();
      const value = await page.evaluate(fn, ...args);
      const after = await metrics();
      const ms = (name) => (after[name] - before[name]) * 1000;
      return { value, cpu: ms('ThreadTime'), tasks: ms('TaskDuration'), styleLayout: ms('RecalcStyleDuration') + ms('LayoutDuration') };
    },
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
