/**
 * The article page's script. The build renders each article page's elements on the server
 * (demo/build/prerender.ts), so the page loads Lit's hydration support first: it must patch
 * LitElement before the class is evaluated. The rest is imported after it, dynamically: a static
 * import would let the bundler evaluate the chunk that holds LitElement (shared with the archive)
 * before this module's body. Only the article pages load the hydration support. The page starts by
 * a call, not on import: see article-page.ts.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

void import('./article-page.js').then((page) => page.startArticlePage());
