// A minimal static file server for the benchmark page (127.0.0.1 only, project root), also used
// by scripts/lighthouse.mjs for the built demo (with `compress`, as a real host would).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.svg', '.css', '.txt']);

/** `options.compress`: gzip text files for clients that accept it; `options.index`: the file served for a folder ("index.html"). */
export function serve(root, options = {}) {
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    let path = resolve(root, `.${decodeURIComponent(new URL(request.url, 'http://x').pathname)}`);
    if (options.index && (path === root || request.url.split('?')[0].endsWith('/'))) path = resolve(path, options.index);
    if (!path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(path);
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        // Cross-origin isolation, so the page may call performance.measureUserAgentSpecificMemory().
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cross-origin-resource-policy': 'same-origin',
      };
      if (options.compress && COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        // Compressed once per file content, as a host's cache or precompressed files would: gzip on
        // every request took 15-20 ms of the 2 cores for the map's geometry, inside the timings.
        const cached = compressed.get(path);
        if (!cached || !cached.body.equals(body)) compressed.set(path, { body, zipped: gzipSync(body) });
        body = compressed.get(path).zipped;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}
