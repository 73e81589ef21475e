// Pollutes Object.prototype before anything else on the page runs, as old CMS plugins and
// analytics snippets do (test/prototype-pollution.test.ts). Loaded first in <head> by the test
// server for `?pollute=name:kind,...` (kind: string, function, number or true), and records every
// uncaught error and rejection in window.__errors.
(() => {
  const params = new URL(document.currentScript.src).searchParams;
  window.__errors = [];
  addEventListener('error', (event) => window.__errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
  const values = {
    string: 'POLLUTED',
    function: function polluted() {
      return 'POLLUTED';
    },
    number: 7,
    true: true,
  };
  for (const spec of (params.get('names') || '').split(',').filter(Boolean)) {
    const [name, kind = 'string'] = spec.split(':');
    // A plain assignment: an enumerable property every object inherits.
    Object.prototype[name] = values[kind];
  }
})();
