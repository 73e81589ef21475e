/**
 * For third-party code that walks its own objects with `for…in` (topojson-client's stitching of
 * borders, for one) and breaks on a page whose scripts added enumerable properties to
 * `Object.prototype`: `guarded(fn)` calls `fn` with those properties made non-enumerable, and puts
 * them back before it returns. The call is synchronous, so no other script sees the change; the
 * properties stay where they are, with their values, for the page's own code.
 */
export function guarded<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    // Own enumerable names of Object.prototype: none on a page that left it alone (the usual case, one call).
    const added = Object.keys(Object.prototype);
    if (!added.length) return fn(...args);
    const hidden = added.filter((name) => Object.getOwnPropertyDescriptor(Object.prototype, name)?.configurable);
    for (const name of hidden) Object.defineProperty(Object.prototype, name, { enumerable: false });
    try {
      return fn(...args);
    } finally {
      for (const name of hidden) Object.defineProperty(Object.prototype, name, { enumerable: true });
    }
  };
}
