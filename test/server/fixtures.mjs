// Test-server routes that play a failing or slow network for the elements' `src` loading.
// /__fixtures__/status/404          answers with that HTTP status
// /__fixtures__/invalid-json        JSON content type, broken body
// /__fixtures__/html                an HTML page (wrong content type)
// /__fixtures__/slow/F?ms=800       serves demo/data/F after a delay (at most 20 s); relative
//                                   URLs in it (images/...) resolve to files beside it
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export async function fixtures(context, next) {
  const path = context.path;
  if (!path.startsWith('/__fixtures__/')) return next();
  const status = /^\/__fixtures__\/status\/(\d{3})$/.exec(path);
  if (status) {
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
  const slow = /^\/__fixtures__\/slow\/([\w-]+(?:\/[\w-]+)*\.(json|svg))$/.exec(path);
  if (slow) {
    await sleep(Math.min(Number(context.query.ms) || 0, 20_000));
    context.type = slow[2] === 'json' ? 'application/json' : 'image/svg+xml';
    context.body = await readFile(resolve(root, 'demo/data', slow[1]), 'utf8');
    return;
  }
  return next();
}
