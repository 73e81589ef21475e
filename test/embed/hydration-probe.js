// Put first in <head> by the test server's `?hydration` pages (test/server/embed-pages.mjs), for
// test/ssr-demo.test.ts: records console warnings and errors from the start, and, once the HTML
// is parsed and before any module script runs (readyState "interactive"), the server-rendered
// shadow roots' nodes, so that the test can tell hydration (the same nodes, kept) from a render
// from scratch (new nodes). A file, not an inline script: the pages' policy blocks inline scripts.
window.__consoleMessages = [];
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.__consoleMessages.push(args.map(String).join(' '));
    original(...args);
  };
}
window.__serverNodes = [];
document.addEventListener('readystatechange', () => {
  if (document.readyState !== 'interactive') return;
  for (const element of document.querySelectorAll('[defer-hydration]')) {
    if (!element.shadowRoot) continue;
    const nodes = [...element.shadowRoot.children].filter((child) => child.localName !== 'style');
    window.__serverNodes.push({ element, nodes });
  }
});
