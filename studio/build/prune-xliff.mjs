#!/usr/bin/env node
// The studio's extraction (studio/lit-localize.json) follows the studio's imports into src/, so it
// also finds the library's messages. Those are the library's to translate (locales/), and the
// studio's loader takes the library's templates for them (studio/localization.ts): this drops every
// unit of studio/locales/<locale>.xlf whose id the library's locales/<locale>.xlf has, between
// `extract` and `build` (npm run translations). `build` still writes those messages into
// studio/generated/locales/*.js, in English (it knows no translation for them), where the
// library's templates override them at run time: `--generated`, run after `build`, drops them
// there too, so the studio ships each message once.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const unit = /\s*<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g;

const generated = process.argv.includes('--generated');

/** Drops the library's entries from a generated `templates` table (one entry starts each line it begins on). */
function pruneGenerated(code, library) {
  let current;
  let dropped = 0;
  const lines = code.split('\n').filter((line) => {
    const entry = /^\s*'([^']+)': /.exec(line);
    if (entry) {
      current = entry[1];
      if (library.has(current)) dropped++;
    } else if (/^\s*};\s*$/.test(line)) current = undefined;
    return current === undefined || !library.has(current);
  });
  return { code: lines.join('\n'), dropped };
}

for (const file of readdirSync(resolve(root, 'studio/locales')).filter((name) => name.endsWith('.xlf'))) {
  const library = new Set([...readFileSync(resolve(root, 'locales', file), 'utf8').matchAll(unit)].map((match) => match[1]));
  if (generated) {
    const path = resolve(root, 'studio/generated/locales', file.replace(/\.xlf$/, '.js'));
    const result = pruneGenerated(readFileSync(path, 'utf8'), library);
    writeFileSync(path, result.code);
    console.log(`studio/generated/locales/${file.replace(/\.xlf$/, '.js')}: ${result.dropped} messages of the library left to its templates`);
    continue;
  }
  const path = resolve(root, 'studio/locales', file);
  const before = readFileSync(path, 'utf8');
  let dropped = 0;
  const after = before.replace(unit, (whole, id) => (library.has(id) ? (dropped++, '') : whole));
  if (after !== before) writeFileSync(path, after);
  console.log(`studio/locales/${file}: ${dropped} messages of the library left to locales/${file}`);
}
