// The built importer (dist/import/index.js, as `event-highlights/import` resolves) runs in Node,
// where there is no DOM: `npm test` runs this with `node --test` after the build.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { importArticle } from '../../dist/import/index.js';
import { validateEvent } from '../../dist/model/index.js';

const seed = readFileSync(new URL('../fixtures/import/seed.txt', import.meta.url), 'utf8');
const html = readFileSync(new URL('../fixtures/import/seed.html', import.meta.url), 'utf8');

test('Node has no DOM here: the importer must not need one', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.DOMParser, 'undefined');
});

test("the seed's text drafts a document that validates, in Node", () => {
  const { event, findings } = importArticle(seed);
  assert.deepEqual(validateEvent(event).problems, []);
  assert.equal(event.dates.start, '2023-06-29');
  assert.deepEqual(event.seminars[0].participants.countries, ['BO', 'BR', 'CO', 'CR', 'CU', 'DM', 'EC', 'PA', 'PE', 'VE']);
  assert.equal(event.speeches.length, 3);
  assert.ok(findings.length > 20);
});

test('HTML is read without a DOM, image URLs resolved against the base URL', () => {
  const { event } = importArticle(html, { baseUrl: 'https://college.example.edu/news/2023/0703.html' });
  assert.deepEqual(validateEvent(event).problems, []);
  assert.equal(event.photos[0].src, 'https://college.example.edu/news/2023/images/2023/0629/opening.jpg');
  assert.equal(event.credits.length, 3);
});

test('bad input is an empty draft and a finding, not an exception', () => {
  const { event, findings } = importArticle('\u0000\u0001binary');
  assert.deepEqual(event, { title: '', seminars: [] });
  assert.match(findings[0].message, /binary/);
});

test("the README's example runs as written and prints what its comments say", async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Import an article'));
  const code = /```js\n([\s\S]*?)```/.exec(section)[1];
  const dist = (path) => new URL(`../../dist/${path}`, import.meta.url).href;
  const runnable = code.replace("'event-highlights/import'", `'${dist('import/index.js')}'`).replace("'event-highlights/model'", `'${dist('model/index.js')}'`);
  const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((match) => JSON.parse(match[1]));
  assert.equal(expected.length, 4);
  const file = new URL('../../node_modules/.cache/readme-import/example.mjs', import.meta.url);
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, runnable);
  const printed = [];
  const log = console.log;
  console.log = (value) => printed.push(value);
  try {
    await import(`${file.href}?${Date.now()}`);
  } finally {
    console.log = log;
  }
  assert.deepEqual(printed, expected);
});
