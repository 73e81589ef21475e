/**
 * A seeded, deterministic generator of hostile inputs: it takes a valid value (the seed article,
 * or an element's attributes) and mutates it with the mistakes editors, CMSs and attackers make.
 * The same seed always gives the same cases, so a failure can be replayed from its number.
 */

/** mulberry32: small, fast, good enough to pick mutations. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sets `window.__fuzzTrap` if anything ever runs it: the proof that no script executed. */
const TRAP = 'window.__fuzzTrap=1';

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'x'.repeat(100_000),
  'مرحبا بالعالم — نص من اليمين إلى اليسار',
  '\u202Eevil\u202C text',
  '👩🏽‍🔬🇧🇴🇩🇲✨',
  'zero\u200Bwidth\u200D\uFEFFjoiners',
  'a\u0301\u0301\u0301\u0301 combining e\u0308\u0308',
  `<img src=x onerror="${TRAP}">`,
  `<script>${TRAP}</script>`,
  `"><svg onload="${TRAP}">`,
  `javascript:${TRAP}`,
  `JaVaScRiPt:${TRAP}`,
  ` \tjava\nscript:${TRAP}`,
  `vbscript:msgbox(1)`,
  `data:text/html,<script>${TRAP}</script>`,
  `data:image/svg+xml,<svg onload="${TRAP}"/>`,
  '{{constructor.constructor("window.__fuzzTrap=1")()}}',
  '${window.__fuzzTrap=1}',
  '__proto__',
  'constructor',
  '%00%0d%0a',
  '\u0000\u0001\u0007',
  '2023-02-30',
  '9999-99-99',
  'XX',
  'bo',
  'CN',
  '../../etc/passwd',
  'https://example.invalid/x.png',
];

const HOSTILE_VALUES: readonly unknown[] = [
  null,
  undefined,
  0,
  -1,
  -0,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER,
  true,
  false,
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  Symbol.for('fuzz').description,
];

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** Every path to a value inside `root` (objects and arrays), at most `limit` of them. */
function paths(root: unknown, limit = 400): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (out.length >= limit) return;
    out.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object') for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
  };
  walk(root, []);
  return out;
}

function deepNesting(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
}

function hostileValue(rng: () => number): unknown {
  const roll = rng();
  if (roll < 0.45) return pick(rng, HOSTILE_STRINGS);
  if (roll < 0.8) return pick(rng, HOSTILE_VALUES);
  if (roll < 0.9) return deepNesting(50 + Math.floor(rng() * 500));
  // Many country codes, real and not.
  return Array.from({ length: Math.floor(rng() * 5000) }, (_, i) => (i % 7 === 0 ? 'ZZ' : pick(rng, ['BO', 'BR', 'DM', 'CN', 'WS', 'xx', 'BO'])));
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return root;
}

/**
 * One mutated copy of `valid`: 1 to 4 changes, each replacing a value somewhere (or the whole
 * document) with a hostile one, deleting a field, or adding an unknown or dangerous key.
 */
export function mutate<T>(valid: T, rng: () => number): unknown {
  let doc: unknown = structuredClone(valid);
  const changes = 1 + Math.floor(rng() * 4);
  for (let i = 0; i < changes; i++) {
    const all = paths(doc);
    const path = pick(rng, all);
    const roll = rng();
    if (roll < 0.7) doc = setAt(doc, path, hostileValue(rng));
    else if (roll < 0.85) doc = setAt(doc, path, undefined);
    else {
      const target = path.length ? path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)?.[key], doc) : doc;
      if (target && typeof target === 'object') {
        Object.defineProperty(target, pick(rng, ['__proto__', 'constructor', 'unknownField', 'x-future']), {
          value: hostileValue(rng),
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
    }
  }
  return doc;
}
