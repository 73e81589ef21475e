// `npm run size -- --modules`: where the bytes of the bundle's main file go. The bundle is built again
// (same Vite config, `--sourcemap`, into a temporary folder; the code is the same as dist/bundle's,
// which is checked), and every byte of the minified main file is given to the source module its
// source map points at, then summed per package or src/ folder.
//
// Two gzip figures per group, since gzip shares do not add up: "alone" compresses the group's own
// bytes on their own (what it would cost as a file by itself); "saved" compresses the main file with
// the group's bytes cut out, against the whole (about what leaving it out would save the page, as
// the rest still compresses against it). Node's own SourceMap (node:module) reads the map.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

const LIT = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element']);

/** The group of a source path as the map gives it (relative to dist/bundle, or a virtual module). */
export function groupOf(source) {
  if (!source) return "(no source: the bundler's glue)";
  const path = source.replace(/\\/g, '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return LIT.has(pkg) ? 'lit (lit-html, lit-element, reactive-element)' : pkg;
  const folder = /(?:^|\/)src\/(.+)$/.exec(path)?.[1];
  if (folder) return folder.includes('/') ? `src/${folder.split('/')[0]}` : 'src (index and other top files)';
  return path;
}

/** Builds `base`'s bundle with a source map and returns { groups: [{ name, min, alone, saved }], total }. */
export function moduleBreakdown(base) {
  const out = mkdtempSync(join(tmpdir(), 'eh-size-modules-'));
  try {
    const args = ['vite', 'build', '--mode', 'bundle', '--outDir', out, '--emptyOutDir', '--sourcemap', '--logLevel', 'error'];
    const built = spawnSync('npx', args, { cwd: base, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`npx ${args.join(' ')} failed in ${base}`);
    const mapped = readFileSync(join(out, 'event-highlights.js'), 'utf8');
    const code = mapped.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
    const shipped = join(base, 'dist/bundle/event-highlights.js');
    if (existsSync(shipped) && readFileSync(shipped, 'utf8').trim() !== code.trim())
      console.warn('size --modules: the source-mapped build differs from dist/bundle/event-highlights.js (run `npm run build`); figures are of the new build.');
    const map = new SourceMap(JSON.parse(readFileSync(join(out, 'event-highlights.js.map'), 'utf8')));
    // The file as runs of bytes of one group each, in order (the line breaks count as glue).
    const runs = [];
    const lines = code.split('\n');
    for (let line = 0; line < lines.length; line++) {
      const text = lines[line];
      let start = 0;
      let current;
      for (let column = 0; column <= text.length; column++) {
        const entry = column < text.length ? map.findEntry(line, column) : undefined;
        const group = column < text.length ? groupOf(entry && 'originalSource' in entry ? entry.originalSource : undefined) : undefined;
        if (column === 0) current = group;
        else if (group !== current) {
          runs.push({ group: current, text: text.slice(start, column) });
          start = column;
          current = group;
        }
      }
      if (line < lines.length - 1) runs.push({ group: groupOf(undefined), text: '\n' });
    }
    // The message ids the language chunks are ordered by (lazyLocales in vite.config.ts) are
    // written by the build, with no source: named apart from the rest of the glue.
    const glue = groupOf(undefined);
    const IDS = /`[\w-]+(?:\.[\w-]+){20,}`|\[(?:"[\w-]+",){20,}"[\w-]+"\]/;
    for (let i = runs.length - 1; i >= 0; i--) {
      const found = runs[i].group === glue && IDS.exec(runs[i].text);
      if (!found) continue;
      const { text } = runs[i];
      runs.splice(
        i,
        1,
        { group: glue, text: text.slice(0, found.index) },
        { group: "the language chunks' message ids (lazyLocales, vite.config.ts)", text: found[0] },
        { group: glue, text: text.slice(found.index + found[0].length) },
      );
    }
    const total = { min: Buffer.byteLength(code), gzip: gzip(code) };
    const names = [...new Set(runs.map((run) => run.group))];
    const joined = (keep) =>
      runs
        .filter((run) => keep(run.group))
        .map((run) => run.text)
        .join('');
    const groups = names.map((name) => {
      const text = joined((group) => group === name);
      return { name, min: Buffer.byteLength(text), alone: gzip(text), saved: total.gzip - gzip(joined((group) => group !== name)) };
    });
    return { groups: groups.sort((a, b) => b.min - a.min), total };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Prints the breakdown (markdown table with `markdown`). */
export function printBreakdown({ groups, total }, markdown) {
  const pct = (part) => `${((100 * part) / total.min).toFixed(1)} %`;
  if (markdown) {
    console.log('| module group | min bytes | share of min | gzip alone | gzip saved if left out |\n|---|---:|---:|---:|---:|');
    for (const group of groups) console.log(`| ${group.name} | ${group.min} | ${pct(group.min)} | ${group.alone} | ${group.saved} |`);
    console.log(`| **main file** | ${total.min} | 100 % | ${total.gzip} | |`);
    return;
  }
  console.log(`${'module group'.padEnd(48)}${'min'.padStart(9)}${'share'.padStart(9)}${'gz alone'.padStart(10)}${'gz saved'.padStart(10)}`);
  for (const group of groups)
    console.log(
      `${group.name.padEnd(48)}${String(group.min).padStart(9)}${pct(group.min).padStart(9)}` +
        `${String(group.alone).padStart(10)}${String(group.saved).padStart(10)}`,
    );
  console.log(`${'main file'.padEnd(48)}${String(total.min).padStart(9)}${'100 %'.padStart(9)}${String(total.gzip).padStart(10)}`);
}
