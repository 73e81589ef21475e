// Diagnostics for #7: event-card's JS cost without layout (in a display:none box), next to
// validation alone and the floor's HTML parsing, in the production bundle; median of 7, per 1,000.
//   node scripts/bench/split.mjs   (NOBUILD=1 reuses the last build)
import { openBenchPage } from './diagnostics.mjs';

const { browser, page, bundle } = await openBenchPage();
const result = await page.evaluate(async (bundle) => {
  const lib = await import(bundle);
  const seed = JSON.parse(JSON.stringify(await (await fetch('../../demo/data/seed-2023-06-29-opening.json')).json()));
  const N = 1000;
  const out = {};
  const time = async (name, fn) => {
    const list = [];
    for (let r = 0; r < 7; r++) {
      const docs = Array.from({ length: N }, () => structuredClone(seed));
      window.gc();
      const t = performance.now();
      await fn(docs);
      list.push(performance.now() - t);
    }
    list.sort((a, b) => a - b);
    out[name] = list[3];
  };
  const stage = document.createElement('div');
  stage.style.display = 'none';
  document.body.append(stage);
  await time('validate', (docs) => {
    for (const d of docs) lib.validateEvent(d);
  });
  await time('cards (no layout)', async (docs) => {
    const cards = docs.map((d) => {
      const c = document.createElement('event-card');
      c.event = d;
      return c;
    });
    stage.append(...cards);
    await Promise.all(cards.map((c) => c.updateComplete));
    stage.replaceChildren();
  });
  const markup = `<div class="eh-host">${window.bench.markup}</div>`.repeat(N);
  await time('floor parse (no layout)', () => {
    stage.innerHTML = markup;
    stage.replaceChildren();
  });
  await time('floor+shadow (no layout)', () => {
    stage.innerHTML = '<bench-shadow-floor></bench-shadow-floor>'.repeat(N);
    stage.replaceChildren();
  });
  return out;
}, bundle);
for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(28)} ${v.toFixed(1)} ms per 1000`);
await browser.close();
process.exit(0);
