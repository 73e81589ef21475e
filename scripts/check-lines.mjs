#!/usr/bin/env node
// No line over 160 characters in the project's own tracked files. ESLint's max-len covers .ts and
// .mjs; this covers the rest it cannot see (.html pages and fixtures, .css, .js) with the same rule,
// so a long line cannot come back anywhere. Data is exempt: JSON, XLIFF, Markdown, SVG, generated
// code, the studio's locale tables and the .txt article fixtures are written by tools or are text.
// Characters are counted as code points (as ESLint does), not bytes: a line of Chinese is not longer
// than the same number of Latin letters. A line that is one attribute alone (a meta description, an
// alt text) is allowed: its value cannot be broken without changing it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 160;
const EXEMPT = [/^locales\//, /\.json$/, /\.md$/, /\.xlf$/, /generated\//, /\.svg$/, /\.png$/, /studio\/locales/, /\.txt$/];
const LONE_ATTRIBUTE = /^\s*[\w:-]+="[^"]*"\s*\/?>?$/;
const TEXT = /\.(?:ts|mts|js|mjs|cjs|html|css)$/;
const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && TEXT.test(file) && !EXEMPT.some((pattern) => pattern.test(file)));
const long = [];
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const length = [...line].length;
      if (length > MAX && !(file.endsWith('.html') && LONE_ATTRIBUTE.test(line))) long.push(`${file}:${index + 1}: ${length} characters`);
    });
}
if (long.length) {
  console.error(`check-lines: ${long.length} line(s) over ${MAX} characters (break them where whitespace does not matter):`);
  for (const line of long) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`check-lines: ${files.length} files, no line over ${MAX} characters.`);
