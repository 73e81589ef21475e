// Diagnostics for #7: where N event-cards (or another bench variant) spend main-thread time
// (CDP sampling profile: self and inclusive time by function) or heap (snapshot after minus
// before, grouped by constructor, per card). Builds the bundle unminified with Lit's
// development build (EH_PROFILE=1) so names are readable; absolute times are dev-build times.
//   node scripts/bench/profile.mjs [N=1000] [cpu|heap] [event-card|floor|floor+shadow|sl-card]
//   NOBUILD=1 reuses the last build; JSON=file writes the heap rows for diffing two variants;
//   LIT=prod profiles Lit's production build (unminified too): its proportions match the bundle's.
import { openBenchPage } from './diagnostics.mjs';

const N = Number(process.argv[2] ?? 1000);
const mode = process.argv[3] ?? 'cpu';
const variant = process.argv[4] ?? 'event-card';
const { browser, page, cdp } = await openBenchPage({ env: { EH_PROFILE: process.env.LIT === 'prod' ? 'prod' : '1' } });
// warm-up
await page.evaluate(async (v) => {
  window.bench.prepare(200);
  await window.bench.variants[v](200);
  window.bench.clear();
}, variant);
await page.evaluate(async (n) => {
  window.bench.prepare(n);
  window.gc();
}, N);
if (mode === 'cpu') {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(async (v, n) => window.bench.variants[v](n), variant, N);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = profile.timeDeltas;
  const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  let total = 0;
  for (const [id, us] of counts) {
    const node = byId.get(id);
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  }
  // inclusive time by function
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const incl = new Map();
  for (const [id, us] of counts) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + us);
    }
  }
  console.log(`total sampled ${(total / 1000).toFixed(1)} ms`);
  console.log('--- self');
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 35)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ${k}`);
  console.log('--- inclusive');
  for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ${k}`);
} else {
  const snap = async () => {
    await page.evaluate(() => {
      window.gc();
      window.gc();
    });
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.removeAllListeners('HeapProfiler.addHeapSnapshotChunk');
    const s = JSON.parse(chunks.join(''));
    const m = s.snapshot.meta;
    const F = m.node_fields.length;
    const ti = m.node_fields.indexOf('type'),
      ni = m.node_fields.indexOf('name'),
      si = m.node_fields.indexOf('self_size');
    const types = m.node_types[0];
    const agg = new Map();
    for (let i = 0; i < s.nodes.length; i += F) {
      const type = types[s.nodes[i + ti]];
      let name = s.strings[s.nodes[i + ni]];
      if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '(string)';
      else if (type === 'code') name = '(code)';
      else if (type !== 'object' && type !== 'native') name = `(${type})`;
      name = name.slice(0, 60);
      const a = agg.get(name) ?? { count: 0, size: 0 };
      a.count++;
      a.size += s.nodes[i + si];
      agg.set(name, a);
    }
    return agg;
  };
  const before = await snap();
  await page.evaluate(async (v, n) => window.bench.variants[v](n), variant, N);
  const after = await snap();
  const rows = [];
  let total = 0;
  for (const [k, a] of after) {
    const b = before.get(k) ?? { count: 0, size: 0 };
    const d = a.size - b.size;
    total += d;
    rows.push([k, a.count - b.count, d]);
  }
  console.log(`total growth ${(total / N).toFixed(0)} B per card`);
  if (process.env.JSON) (await import('node:fs')).writeFileSync(process.env.JSON, JSON.stringify(rows));
  for (const [k, c, d] of rows.sort((x, y) => y[2] - x[2]).slice(0, 45))
    console.log(`${(d / N).toFixed(0).padStart(7)} B/card ${(c / N).toFixed(2).padStart(7)} /card  ${k}`);
}
await browser.close();
process.exit(0);
