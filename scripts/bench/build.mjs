// Builds the single-file bundle for the benchmarks: from this checkout, or from another git
// revision (`--baseline REV`), whose files are taken with `git archive` and built beside this
// checkout's node_modules. Shared by scripts/bench.mjs, scripts/bench-map.mjs and the diagnostics.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** `vite build --mode bundle` of the sources in `cwd` into `outDir`; exits the process if it fails. */
export function buildBundle(outDir, { cwd = root, env = {} } = {}) {
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'bundle', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (build.status !== 0) process.exit(1);
}

/** The same, from git revision `rev` of this repository. */
export function buildRevision(rev, outDir) {
  // Outside node_modules: Vite reads no tsconfig (so no decorators) for sources inside node_modules.
  const sources = mkdtempSync(join(tmpdir(), 'eh-bench-baseline-'));
  try {
    const archive = spawnSync('sh', ['-c', 'git archive --format=tar "$0" | tar -x -C "$1"', rev, sources], { cwd: root, stdio: 'inherit' });
    if (archive.status !== 0) {
      console.error(`--baseline ${rev}: not a revision of this repository.`);
      process.exit(1);
    }
    symlinkSync(resolve(root, 'node_modules'), join(sources, 'node_modules'));
    buildBundle(outDir, { cwd: sources });
  } finally {
    rmSync(sources, { recursive: true, force: true });
  }
}
