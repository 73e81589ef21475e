// Diagnostics for #7: the floor's CPU with edits to the card's CSS, in rounds, to find what the
// card's styles cost (an edit is [from, to] text replaced in the card's style sheet).
//   node scripts/bench/css-exp.mjs '{"base":[],"no-container":[["container-type: inline-size;",""]]}' [rounds=5]
// Needs a bench build (run scripts/bench/split.mjs or scripts/bench.mjs first).
import { openBenchPage } from './diagnostics.mjs';

const { browser, page, cdp } = await openBenchPage({ build: false });
await cdp.send('Performance.enable');
const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const original = await page.evaluate(() => [...document.head.querySelectorAll('style')].at(-1).textContent);
const experiments = JSON.parse(process.argv[2]); // { name: [[from, to], ...] }
const results = {};
for (let round = 0; round < Number(process.argv[3] ?? 5); round++) {
  for (const [name, edits] of Object.entries(experiments).sort(() => Math.random() - 0.5)) {
    let css = original;
    for (const [from, to] of edits) { if (!css.includes(from)) throw new Error(`${name}: not found: ${from}`); css = css.replaceAll(from, to); }
    await page.evaluate((text) => { window.bench.clear(); [...document.head.querySelectorAll('style')].at(-1).textContent = text; document.body.getBoundingClientRect(); window.gc(); }, css);
    const before = await metric();
    await page.evaluate(() => window.bench.variants.floor(1000));
    const after = await metric();
    (results[name] ??= []).push({ cpu: (after.ThreadTime - before.ThreadTime) * 1000, sl: (after.RecalcStyleDuration + after.LayoutDuration - before.RecalcStyleDuration - before.LayoutDuration) * 1000 });
  }
}
const med = (a) => a.sort((x, y) => x - y)[a.length >> 1];
const base = med(results.base.map((r) => r.cpu));
for (const [name, list] of Object.entries(results)) console.log(`${name.padEnd(24)} CPU ${med(list.map((r) => r.cpu)).toFixed(0).padStart(6)}  style+layout ${med(list.map((r) => r.sl)).toFixed(0).padStart(6)}  ${(med(list.map((r) => r.cpu)) / base).toFixed(2)}`);
await browser.close();
process.exit(0);
