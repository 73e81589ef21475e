// Put first in <head> by the test server's `?csp` pages (test/server/embed-pages.mjs): records
// every Content-Security-Policy violation of the page, including Trusted Types ones, for
// test/csp.test.ts. A file, not an inline script: the policy under test blocks inline scripts.
window.__cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber,
    });
  },
  true,
);
