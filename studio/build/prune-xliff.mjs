#!/usr/bin/env node
// The studio's extraction (studio/lit-localize.json) follows the studio's imports into src/, so it
// also finds the library's messages. Those are the library's to translate (locales/), and the
// studio's loader takes the library's templates for them (studio/localization.ts): this drops every
// unit of studio/locales/<locale>.xlf whose id the library's locales/<locale>.xlf has, between
// `extract` and `build` (npm run translations).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const unit = /\s*<trans-unit id="([^"]+)">[\s\S]*?<\/trans-unit>/g;

for (const file of readdirSync(resolve(root, 'studio/locales')).filter((name) => name.endsWith('.xlf'))) {
  const library = new Set([...readFileSync(resolve(root, 'locales', file), 'utf8').matchAll(unit)].map((match) => match[1]));
  const path = resolve(root, 'studio/locales', file);
  const before = readFileSync(path, 'utf8');
  let dropped = 0;
  const after = before.replace(unit, (whole, id) => (library.has(id) ? (dropped++, '') : whole));
  if (after !== before) writeFileSync(path, after);
  console.log(`studio/locales/${file}: ${dropped} messages of the library left to locales/${file}`);
}
