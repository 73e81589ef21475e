// Diagnostics for #7: the floor's CPU with edits to the card's CSS, in rounds, to find what the
// card's styles cost (an edit is [from, to] text replaced in the card's style sheet).
//   node scripts/bench/css-exp.mjs '{"base":[],"no-container":[["container-type: inline-size;",""]]}' [rounds=5]
// Needs a bench build (run scripts/bench/split.mjs or scripts/bench.mjs first).
import { openBenchPage } from './diagnostics.mjs';
import { median } from './tab.mjs';

const { browser, page, measure } = await openBenchPage({ build: false });
const original = await page.evaluate(() => document.getElementById('card-styles').textContent);
const experiments = JSON.parse(process.argv[2]); // { name: [[from, to], ...] }
const results = {};
for (let round = 0; round < Number(process.argv[3] ?? 5); round++) {
  for (const [name, edits] of Object.entries(experiments).sort(() => Math.random() - 0.5)) {
    let css = original;
    for (const [from, to] of edits) {
      if (!css.includes(from)) throw new Error(`${name}: not found: ${from}`);
      css = css.replaceAll(from, to);
    }
    await page.evaluate((text) => {
      window.bench.clear();
      document.getElementById('card-styles').textContent = text;
      document.body.getBoundingClientRect();
      window.gc();
    }, css);
    const { cpu, styleLayout } = await measure(() => window.bench.variants.floor(1000));
    (results[name] ??= []).push({ cpu, sl: styleLayout });
  }
}
const base = median(results.base.map((r) => r.cpu));
for (const [name, list] of Object.entries(results))
  console.log(
    `${name.padEnd(24)} CPU ${median(list.map((r) => r.cpu))
      .toFixed(0)
      .padStart(6)}  style+layout ${median(list.map((r) => r.sl))
      .toFixed(0)
      .padStart(6)}  ${(median(list.map((r) => r.cpu)) / base).toFixed(2)}`,
  );
await browser.close();
process.exit(0);
