// Vite's `import.meta.glob('<dir>/*-*/file.ts')` for the test server: the bundle's loader
// (src/bundle/autoload.ts) finds the elements' modules so, and the embed page's tests run it from
// the sources, where esbuild leaves the call as it is. This turns each call into the object Vite
// makes of it: for every file the pattern matches, its path (as written) → a function that imports
// it. Only `*` inside one path segment is understood, which is all the library's code uses.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const CALL = /import\.meta\.glob(?:<[^(]*>)?\(\s*(['"`])([^'"`]+)\1\s*\)/g;

/** The paths `pattern` matches, relative to `from` as the pattern is (`../event-card/define.ts`). */
function matches(from, pattern) {
  const segments = pattern.split('/');
  let found = [''];
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    found = found.flatMap((prefix) => {
      if (!segment.includes('*')) return [`${prefix}${segment}${last ? '' : '/'}`];
      const test = new RegExp(
        `^${segment
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*')}$`,
      );
      const dir = resolve(from, prefix || '.');
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => test.test(name))
            .map((name) => `${prefix}${name}${last ? '' : '/'}`)
        : [];
    });
  }
  return found.filter((path) => existsSync(resolve(from, path))).sort();
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function importMetaGlob() {
  return {
    name: 'import-meta-glob',
    transform(context) {
      if (!/\.(ts|js)$/.test(context.path) || typeof context.body !== 'string' || !context.body.includes('import.meta.glob')) return undefined;
      const file = resolve(root, `.${decodeURIComponent(context.path)}`);
      if (!file.startsWith(root)) return undefined;
      const from = dirname(file);
      const body = context.body.replace(CALL, (_, __, pattern) => {
        const entries = matches(from, pattern).map((path) => `${JSON.stringify(path)}: () => import(${JSON.stringify(path.replace(/\.ts$/, '.js'))})`);
        return `({${entries.join(', ')}})`;
      });
      return { body };
    },
  };
}
