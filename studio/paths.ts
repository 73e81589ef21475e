/**
 * Paths into the draft, written the way the validator writes them (`seminars[0].participants.countries[3]`,
 * see src/model/validate.ts), so that a problem's path names the form field that shows it.
 */
export type Path = readonly (string | number)[];

/** The validator's notation of a path. */
export function pathString(path: Path): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${text ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
  }
  return text;
}

/** The id of the form control for a path: unique in the page, stable while the draft's shape is. */
export const fieldId = (path: Path) => `field-${pathString(path).replace(/[^\w-]/g, (character) => `_${character.charCodeAt(0).toString(16)}`) || 'root'}`;

/** The id of the problem message of a field. */
export const problemId = (path: Path) => `${fieldId(path)}-problem`;

type Json = unknown;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function getAt(root: Json, path: Path): Json {
  let value: Json = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key === 'string' && Object.hasOwn(value, key)) value = value[key];
    else return undefined;
  }
  return value;
}

/**
 * A copy of `root` with `value` at `path` (objects and arrays on the way are copied, the rest
 * shared). `undefined` removes an object's key; containers missing on the way are created.
 */
export function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[key] = setAt(list[key], rest, value);
    return list;
  }
  const object: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  const next = setAt(object[key!], rest, value);
  if (next === undefined) delete object[key!];
  else object[key!] = next;
  return object;
}

/** Every path from the root to `path` (the root excluded), longest first. */
export const ancestors = (path: Path): Path[] => path.map((_, i) => path.slice(0, path.length - i));
