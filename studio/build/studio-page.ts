/**
 * The event studio beside the demo on the dev server (`npm start`): http://127.0.0.1:5173/studio/.
 * The demo's server has demo/ as its root, and the studio lives in studio/, so this plugin serves
 * studio/index.html at /studio/ with its script pointed at the sources through Vite's /@fs/ route
 * (the same route the demo's own imports of src/ take). `npm run build` builds the studio on its
 * own (vite.config.ts, mode "studio") into dist/studio/, beside dist/demo/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function studioPage(studioDir: string): Plugin {
  return {
    name: 'event-highlights:studio-page',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (path === '/studio') {
          response.writeHead(301, { Location: '/studio/' }).end();
          return;
        }
        if (path !== '/studio/' && path !== '/studio/index.html') return next();
        const fs = (file: string) => `/@fs${resolve(studioDir, file).split('\\').join('/')}`;
        const source = readFileSync(resolve(studioDir, 'index.html'), 'utf8').replace(/src="\.\/main\.ts"/, () => `src="${fs('main.ts')}"`);
        // Transformed under its own file's URL: Vite then knows the page is not one of the demo's
        // (demo/build/demo-pages.ts rewrites the pages under demo/ only).
        server
          .transformIndexHtml(fs('index.html'), source)
          .then((page) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page))
          .catch(next);
      });
    },
  };
}
