// Test-server routes that play a failing or slow network for the elements' `src` loading.
// /__fixtures__/status/404          answers with that HTTP status (?ms=800: after that delay)
// /__fixtures__/invalid-json        JSON content type, broken body
// /__fixtures__/html                an HTML page (wrong content type)
// /__fixtures__/slow/F?ms=800       serves demo/data/F after a delay (at most 20 s); relative
//                                   URLs in it (images/...) resolve to files beside it
// /__fixtures__/delay/PATH?ms=800   serves /PATH as the server would, after a delay (at most
//                                   20 s): a slow map geometry, a slow demo image
// /__fixtures__/image.png?w=640&h=360&ms=800
//                                   a PNG of that size (1-4000 px; default 640 x 360), after an
//                                   optional delay: a slow raster image of known size
// /__fixtures__/not-an-image.jpg    an HTML page served as image/jpeg (wrong type for an <img>)
// /__fixtures__/drop                closes the connection without an answer (a network error)
// /__fixtures__/flaky/KEY?then=/PATH&status=500&times=1
//                                   the first `times` requests with that KEY (any word; use a
//                                   new one per test) answer with `status`, later ones serve /PATH:
//                                   a server that fails once and works when the reader retries
// /__fixtures__/two-at-a-time/KEY?ms=200
//                                   test/fixtures/minimal-event.json after `ms`, but at most two
//                                   answers under way per KEY (the others wait in the server): a
//                                   server slower than the page's requests
// /__fixtures__/declared-huge       JSON that declares Content-Length 100000000, sends 1 KB and
//                                   holds the rest (the connection closes after 20 s)
// /__fixtures__/endless/KEY         a JSON document streamed without a length: 1 MB, then
//                                   nothing more until the reader goes (20 s at most);
//                                   /__fixtures__/endless-sent/KEY answers {bytes, closed}
// /__fixtures__/latin1?declared=1   test/fixtures/minimal-event.json with the title "Café à
//                                   Brasília" in ISO-8859-1 bytes, declared as such with
//                                   `declared`, else as plain application/json
// /__fixtures__/redirect?to=/PATH   a 301 redirect to /PATH
// /__fixtures__/redirect-away       a 301 to /__fixtures__/cors-seed on localhost (another origin)
// /__fixtures__/cors-seed           the seed article with Access-Control-Allow-Origin: *
// Note: the test runner marks every response whose path has an extension as cacheable for a year
// (failures included), so a browser asks again only for a new URL: routes that must answer
// differently to the same URL (status, flaky) have no extension, and tests add a unique query
// to the others (delay, image.png).
// /__fixtures__/elements           the library's element tags, found from the src/ folders
//                                   (scripts/elements.mjs): browser tests cannot list folders
// /__fixtures__/stories            every stories module, stories/*.stories.ts, sorted (the
//                                   visual regression suite screenshots all of them)
// Embed and CSP test pages, gates and the demo's page list: see embed-pages.mjs
// (/test/embed/*.html?csp|bundle=..., /__fixtures__/gate|release/K, /__fixtures__/demo-pages).
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { embedPages } from './embed-pages.mjs';
import { elementTags } from '../../scripts/elements.mjs';

const root = resolve(import.meta.dirname, '../..');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const delayOf = (context) => Math.min(Number(context.query.ms) || 0, 20_000);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A PNG of one colour, `width` x `height` pixels (RGB, 8 bits). */
function png(width, height) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([0x3a, 0x6e, 0xa5], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const flakyCounts = new Map();
/** Answers under way per key, and the requests waiting for a place (two-at-a-time). */
const pools = new Map();
/** Bytes sent per key (endless). */
const endless = new Map();
const MINIMAL = resolve(root, 'test/fixtures/minimal-event.json');
const side = (value, fallback) => Math.min(Math.max(Math.round(Number(value)) || fallback, 1), 4000);

export async function fixtures(context, next) {
  const path = context.path;
  if (await embedPages(context)) return;
  if (!path.startsWith('/__fixtures__/')) return next();
  if (path === '/__fixtures__/elements') {
    context.type = 'application/json';
    context.body = JSON.stringify(elementTags(root));
    return;
  }
  if (path === '/__fixtures__/stories') {
    context.type = 'application/json';
    const files = readdirSync(resolve(root, 'stories')).filter((name) => name.endsWith('.stories.ts'));
    context.body = JSON.stringify(files.sort().map((name) => `stories/${name}`));
    return;
  }
  const status = /^\/__fixtures__\/status\/(\d{3})$/.exec(path);
  if (status) {
    await sleep(delayOf(context));
    context.status = Number(status[1]);
    context.type = 'text/plain';
    context.body = `status ${status[1]}`;
    return;
  }
  if (path === '/__fixtures__/invalid-json') {
    context.type = 'application/json';
    context.body = '{"title": "broken", ';
    return;
  }
  if (path === '/__fixtures__/html') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Not found</title><p>Not found</p>';
    return;
  }
  if (path === '/__fixtures__/drop') {
    context.respond = false;
    context.req.socket.destroy();
    return;
  }
  if (path === '/__fixtures__/not-an-image.jpg') {
    context.type = 'image/jpeg';
    context.body = '<!doctype html><title>Not found</title><p>Not found</p>';
    return;
  }
  if (path === '/__fixtures__/image.png') {
    await sleep(delayOf(context));
    context.type = 'image/png';
    context.body = png(side(context.query.w, 640), side(context.query.h, 360));
    return;
  }
  const flaky = /^\/__fixtures__\/flaky\/([\w-]+)$/.exec(path);
  if (flaky && String(context.query.then ?? '').startsWith('/')) {
    const seen = (flakyCounts.get(flaky[1]) ?? 0) + 1;
    flakyCounts.set(flaky[1], seen);
    if (seen <= (Number(context.query.times) || 1)) {
      context.status = Number(context.query.status) || 500;
      context.type = 'text/plain';
      context.body = `status ${context.status}`;
      return;
    }
    context.path = String(context.query.then);
    return next();
  }
  const pooled = /^\/__fixtures__\/two-at-a-time\/([\w-]+)$/.exec(path);
  if (pooled) {
    let pool = pools.get(pooled[1]);
    if (!pool) pools.set(pooled[1], (pool = { running: 0, waiting: [] }));
    if (pool.running >= 2) await new Promise((done) => pool.waiting.push(done));
    pool.running += 1;
    try {
      await sleep(delayOf(context));
    } finally {
      pool.running -= 1;
      pool.waiting.shift()?.();
    }
    context.type = 'application/json';
    context.set('cache-control', 'no-store');
    context.body = await readFile(MINIMAL, 'utf8');
    return;
  }
  if (path === '/__fixtures__/declared-huge') {
    context.respond = false;
    const res = context.res;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000000', 'cache-control': 'no-store' });
    res.write(`{"title": "${'a'.repeat(1024)}`);
    const timer = setTimeout(() => res.destroy(), 20_000);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  const streamed = /^\/__fixtures__\/endless\/([\w-]+)$/.exec(path);
  if (streamed) {
    context.respond = false;
    const res = context.res;
    const record = { bytes: 0, closed: false };
    endless.set(streamed[1], record);
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    const chunk = Buffer.alloc(65_536, 'a');
    res.on('close', () => (record.closed = true));
    res.write('{"title": "');
    // 1 MB at once, then nothing more until the reader goes (or 20 s): only a reader that stops
    // by itself, counting bytes as they come, finishes before its timeout.
    for (let i = 0; i < 16; i++) {
      record.bytes += chunk.length;
      res.write(chunk);
    }
    const timer = setTimeout(() => res.destroy(), 20_000);
    res.on('close', () => clearTimeout(timer));
    return;
  }
  const sent = /^\/__fixtures__\/endless-sent\/([\w-]+)$/.exec(path);
  if (sent) {
    context.type = 'application/json';
    context.set('cache-control', 'no-store');
    context.body = JSON.stringify(endless.get(sent[1]) ?? null);
    return;
  }
  if (path === '/__fixtures__/latin1') {
    const document = JSON.parse(await readFile(MINIMAL, 'utf8'));
    document.title = 'Café à Brasília';
    context.set('content-type', context.query.declared ? 'application/json; charset=iso-8859-1' : 'application/json');
    context.set('cache-control', 'no-store');
    context.body = Buffer.from(JSON.stringify(document), 'latin1');
    return;
  }
  if (path === '/__fixtures__/redirect-away') {
    // A 301 to the same server under another origin (localhost instead of 127.0.0.1), where the
    // seed is served with CORS: a redirect that leaves the origin that was asked for.
    const port = String(context.host).split(':')[1];
    context.set('cache-control', 'no-store');
    context.redirect(`http://localhost:${port}/__fixtures__/cors-seed`);
    context.status = 301;
    return;
  }
  if (path === '/__fixtures__/cors-seed') {
    context.set('access-control-allow-origin', '*');
    context.set('cache-control', 'no-store');
    context.type = 'application/json';
    context.body = await readFile(resolve(root, 'demo/data/seed-2023-06-29-opening.json'), 'utf8');
    return;
  }
  if (path === '/__fixtures__/redirect' && String(context.query.to ?? '').startsWith('/') && !String(context.query.to).startsWith('//')) {
    context.set('cache-control', 'no-store');
    context.redirect(String(context.query.to));
    context.status = 301;
    return;
  }
  const delayed = /^\/__fixtures__\/delay(\/.+)$/.exec(path);
  if (delayed) {
    await sleep(delayOf(context));
    // Served by the next middleware (the static files, with their own content types) as /PATH.
    context.path = delayed[1];
    return next();
  }
  const slow = /^\/__fixtures__\/slow\/([\w-]+(?:\/[\w-]+)*\.(json|svg))$/.exec(path);
  if (slow) {
    await sleep(Math.min(Number(context.query.ms) || 0, 20_000));
    context.type = slow[2] === 'json' ? 'application/json' : 'image/svg+xml';
    context.body = await readFile(resolve(root, 'demo/data', slow[1]), 'utf8');
    return;
  }
  return next();
}
