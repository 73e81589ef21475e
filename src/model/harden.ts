/**
 * Validation that holds on a page whose scripts added properties to `Object.prototype` (old CMS
 * plugins and analytics snippets do: `Object.prototype.extend = function () {}`).
 *
 * Two things would otherwise go wrong:
 * - valibot walks an object schema's entries with `for…in`, so an inherited enumerable property
 *   is taken for one more field whose schema is not a schema, and validation throws. Each entries
 *   object of our schemas is therefore given a null prototype, once, when the module loads.
 * - valibot asks `key in input`, and our code reads optional fields (`event.photos ?? []`): with
 *   `Object.prototype.photos` set, an absent field would read as present. On such a page (and only
 *   there: detecting it costs one call) the input is copied into objects without a prototype
 *   before validation, and the validated value likewise, so absent stays absent downstream.
 */
import type * as v from 'valibot';

type SchemaLike = Record<string, unknown>;

/** The properties of a valibot schema that hold other schemas (object entries, array items, union options...). */
const NESTED = ['entries', 'item', 'items', 'options', 'wrapped', 'pipe', 'key', 'value', 'rest'] as const;

/** Gives every `entries` object inside `schema` a null prototype (in place; each schema visited once). */
export function hardenSchema<T extends v.GenericSchema>(schema: T, seen = new Set<unknown>()): T {
  visit(schema as unknown as SchemaLike, seen);
  return schema;
}

function visit(node: unknown, seen: Set<unknown>): void {
  if (!node || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) visit(item, seen);
    return;
  }
  const schema = node as SchemaLike;
  if (schema['kind'] !== 'schema' && schema['kind'] !== 'validation' && schema['kind'] !== 'transformation') return;
  const entries = schema['entries'];
  if (entries && typeof entries === 'object' && Object.getPrototypeOf(entries) !== null) Object.setPrototypeOf(entries, null);
  for (const name of NESTED) {
    const value = schema[name];
    if (name === 'entries' && value && typeof value === 'object') {
      for (const key of Object.keys(value)) visit((value as SchemaLike)[key], seen);
    } else visit(value, seen);
  }
}

/** The names `Object.prototype` has on a page that left it alone. */
const STANDARD = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/** True when something added a named property to `Object.prototype` (enumerable or not). */
export function prototypePolluted(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).some((name) => !STANDARD.has(name));
}

/**
 * A deep copy of plain data whose objects have no prototype: a field read from it is either its
 * own or undefined. Arrays stay arrays (their elements are own properties). Shared and cyclic
 * references are kept as such.
 */
export function withoutPrototypes<T>(value: T, seen = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (let index = 0; index < value.length; index += 1) copy.push(withoutPrototypes(value[index], seen));
    return copy as T;
  }
  const copy = Object.create(null) as Record<string, unknown>;
  seen.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = withoutPrototypes((value as Record<string, unknown>)[key], seen);
  return copy as T;
}

/**
 * Data an element was given as a property, as the element may read it: unchanged on a page that
 * left Object.prototype alone, a copy without prototypes on one that did not (so that an absent
 * field reads as absent, not as the page's added property).
 */
export function ownData<T>(value: T): T {
  return prototypePolluted() ? withoutPrototypes(value) : value;
}
