// Test-server routes for the embed and CSP tests (test/embed.test.ts, test/csp.test.ts), called
// from fixtures.mjs. The host pages keep their own URLs, so their relative URLs work unchanged.
//
// /test/embed/P.html, /dist/demo/P.html, /dist/bundle/embed.html with a query (without one they are plain static files):
//   ?csp            served with the strict Content-Security-Policy below (for dist/demo pages, plus
//                   the style hashes of dist/demo/csp.json), and with
//                   /test/embed/csp-probe.js (a classic script, as inline scripts are blocked)
//                   put first in <head> to record `securitypolicyviolation` events
//   ?bundle=none    the bundle's <script> tag removed: the host page alone
//   ?quirks         the doctype removed: the same page in quirks mode (old CMS templates)
//   ?bundle=held&key=K
//                   the bundle's URL goes through /__fixtures__/gate/K, which answers only once
//                   /__fixtures__/release/K was requested (or after 20 s): a script that is slow
//                   to arrive, with the page already shown
//   ?bundle=modules the npm modules (src/index.ts) instead of the bundle
//   ?origins=O      (embed.html) the origins O (space-separated) written into its
//                   event-highlights-embed-origins list, as a site owner would
//   ?page-lang=L    (dist/demo article pages) the page as the demo build writes it for a page in
//                   language L (<html lang="L">, the article rendered on the server in L): see
//                   demoPageIn in ssr.mjs
//   ?hydration      (dist/demo pages) /test/embed/hydration-probe.js put first in <head>: console
//                   messages and the server-rendered shadow roots' nodes recorded before any module runs
//   ?pollute=N:K,…  /test/embed/pollute.js put first in <head>: Object.prototype polluted with
//                   the names N (of kinds K) before anything else runs
// /__fixtures__/gate/K?to=/URL   waits for the release, then redirects to /URL
// /__fixtures__/gate/K?to=/URL&in-place
//                                waits for the release, then answers as /URL would, without a
//                                redirect (a second request the test could not wait for)
// /__fixtures__/release/K        lets gate K go (204); for an in-place gate, once its answer
//                                has gone out (so the late answer is on its way first)
// /__fixtures__/asked/K          JSON: how many requests reached gate K so far (a test waits
//                                for the browser to have started loading a held image)
// /__fixtures__/bundle/K/held/F  dist/bundle/F (the bundle and its chunks, so that the bundle's
//                                relative imports come here too), except that a language chunk
//                                (locale-*.js) answers only once /__fixtures__/release/K was
//                                requested (or after 20 s): a language that is slow to arrive
// /__fixtures__/bundle/K/missing/F  the same, but every language chunk answers 404
// /__fixtures__/bundle/K/held-map/F  the same, but the map's drawing code (map-view-*.js) is held
//                                until the release instead of the languages
// /__fixtures__/demo-pages       JSON list of the built demo's pages (/dist/demo/**/*.html but bundle/)
import { readFile, readdir } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { demoPageIn } from './ssr.mjs';

const root = resolve(import.meta.dirname, '../..');

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The bundle's script tag, as the embed pages write it. */
const BUNDLE_TAG = /<script type="module" src="([^"]*\/event-highlights\.js)"><\/script>\s*/;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms).unref?.());

/** Gates by key: a promise the gate waits on, and its release. */
const gates = new Map();
function gate(key) {
  let entry = gates.get(key);
  if (!entry) {
    let open;
    let sent;
    const opened = new Promise((done) => (open = done));
    entry = { opened, open, asked: 0, inPlace: false, sent: new Promise((done) => (sent = done)) };
    entry.markSent = sent;
    gates.set(key, entry);
    // Never held for long, and forgotten afterwards.
    setTimeout(() => {
      open();
      gates.delete(key);
    }, 20_000).unref?.();
  }
  return entry;
}

async function htmlFiles(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map(
      (entry) =>
        '/' +
        relative(root, resolve(entry.parentPath ?? entry.path, entry.name))
          .split(sep)
          .join('/'),
    )
    .sort();
}

/** Answers the routes above; returns false for any other request. */
export async function embedPages(context) {
  const path = context.path;
  const gated = /^\/__fixtures__\/gate\/([\w-]+)$/.exec(path);
  if (gated) {
    const entry = gate(gated[1]);
    entry.asked += 1;
    entry.inPlace = 'in-place' in context.query;
    await entry.opened;
    const to = String(context.query.to ?? '');
    if (!to.startsWith('/') || to.startsWith('//')) {
      context.status = 400;
      return true;
    }
    context.set('cache-control', 'no-store');
    if ('in-place' in context.query) {
      // Served by the other routes as `to` (its query included), in this same response.
      context.res.once('finish', entry.markSent);
      context.res.once('close', entry.markSent);
      context.url = to;
      return false;
    }
    context.redirect(to);
    return true;
  }
  const release = /^\/__fixtures__\/release\/([\w-]+)$/.exec(path);
  if (release) {
    const entry = gate(release[1]);
    entry.open();
    // An in-place answer goes out before the release is answered (at most 5 s later).
    if (entry.inPlace && entry.asked > 0) await Promise.race([entry.sent, sleep(5000)]);
    context.status = 204;
    return true;
  }
  const asked = /^\/__fixtures__\/asked\/([\w-]+)$/.exec(path);
  if (asked) {
    context.type = 'application/json';
    context.set('cache-control', 'no-store');
    context.body = JSON.stringify(gates.get(asked[1])?.asked ?? 0);
    return true;
  }
  const bundled = /^\/__fixtures__\/bundle\/([\w-]+)\/(held|missing|held-map)\/([\w.-]+)$/.exec(path);
  if (bundled) {
    const [, key, mode, file] = bundled;
    context.set('cache-control', 'no-store');
    if (mode === 'held-map' ? file.startsWith('map-view-') : file.startsWith('locale-')) {
      if (mode === 'missing') {
        context.status = 404;
        return true;
      }
      const entry = gate(key);
      entry.asked += 1;
      await entry.opened;
    }
    try {
      context.body = await readFile(resolve(root, 'dist/bundle', file));
    } catch {
      context.status = 404;
      return true;
    }
    context.type = file.endsWith('.json') ? 'application/json' : 'text/javascript';
    return true;
  }
  if (path === '/__fixtures__/demo-pages') {
    context.type = 'application/json';
    context.set('cache-control', 'no-store');
    // The bundle's embed page, copied into the demo with the bundle, is not a demo page: it is
    // checked under the same policy by test/embed-page.test.ts, with the query it needs.
    context.body = JSON.stringify((await htmlFiles(resolve(root, 'dist/demo'))).filter((page) => !page.startsWith('/dist/demo/bundle/')));
    return true;
  }
  const query = context.query;
  const page = /^\/(test\/embed|dist\/demo|dist\/bundle)\/[\w./-]*\.html$/.test(path) && !path.includes('..');
  if (
    !page ||
    (query.csp === undefined &&
      query.bundle === undefined &&
      query.pollute === undefined &&
      query.quirks === undefined &&
      query.origins === undefined &&
      query.hydration === undefined &&
      query['page-lang'] === undefined)
  )
    return false;
  let body;
  try {
    body = await readFile(resolve(root, path.slice(1)), 'utf8');
  } catch {
    return false;
  }
  if (query.quirks !== undefined) body = body.replace(/^\s*<!doctype html>\s*/i, '');
  if (query.bundle === 'none') body = body.replace(BUNDLE_TAG, '');
  if (query.bundle === 'held') {
    const key = String(query.key ?? 'default').replace(/[^\w-]/g, '');
    body = body.replace(
      BUNDLE_TAG,
      (_, src) => `<script type="module" src="/__fixtures__/gate/${key}?to=${encodeURIComponent(new URL(src, `http://x${path}`).pathname)}"></script>\n`,
    );
  }
  if (query.bundle === 'modules') body = body.replace(BUNDLE_TAG, '<script type="module" src="/src/index.ts"></script>\n');
  if (query.origins !== undefined) {
    // The embed page's list of allowed origins, as a site owner would edit it.
    const origins = String(query.origins).replace(/[^\w:/.\- ]/g, '');
    body = body.replace(/(<meta name="event-highlights-embed-origins" content=")[^"]*"/, (_, start) => `${start}${origins}"`);
  }
  if (query.pollute !== undefined) {
    body = body.replace(/<head>/i, `<head>\n<script src="/test/embed/pollute.js?names=${encodeURIComponent(String(query.pollute))}"></script>`);
  }
  if (query['page-lang'] !== undefined && path.startsWith('/dist/demo/')) {
    const locale = String(query['page-lang']).replace(/[^\w-]/g, '');
    body = await demoPageIn(body, path.split('/').pop(), locale);
  }
  if (query.hydration !== undefined) body = body.replace(/<head>/i, '<head>\n<script src="/test/embed/hydration-probe.js"></script>');
  if (query.csp !== undefined) {
    // The demo's pages are rendered on the server: the inline styles of their declarative shadow
    // roots are allowed by the hashes the build wrote (dist/demo/csp.json), as a site would add them.
    let policy = STRICT_CSP;
    if (path.startsWith('/dist/demo/')) {
      const hashes = await readFile(resolve(root, 'dist/demo/csp.json'), 'utf8')
        .then((text) => JSON.parse(text)['style-src'].filter((source) => source.startsWith("'sha256-")))
        .catch(() => []);
      if (hashes.length) policy = policy.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
    }
    context.set('content-security-policy', policy);
    body = body.replace(/<head>/i, '<head>\n<script src="/test/embed/csp-probe.js"></script>');
  }
  context.type = 'text/html';
  context.set('cache-control', 'no-store');
  context.body = body;
  return true;
}
