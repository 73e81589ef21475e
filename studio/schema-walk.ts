/**
 * Reads the model's valibot schema (src/model/schema.ts) into a description of the form: the
 * editor's fields are drawn from it, so a field added to the model appears in the studio without a
 * change here (with its key as label until labels.ts names it, and as a JSON box when its kind of
 * schema is new).
 */
import type * as v from 'valibot';
import { CountryCode, EventArticle, LanguageTag, PartialDate } from '../src/model/schema.js';

export type FieldNode =
  | { kind: 'object'; entries: { key: string; node: FieldNode; required: boolean }[]; image: boolean }
  | { kind: 'list'; item: FieldNode; min: number; max: number | undefined }
  | { kind: 'text'; multiline: boolean }
  | { kind: 'string'; format: 'plain' | 'url' | 'language' }
  | { kind: 'date' }
  | { kind: 'country' }
  | { kind: 'enum'; options: string[] }
  | { kind: 'suggest'; options: string[] }
  | { kind: 'number'; min: number | undefined; max: number | undefined }
  | { kind: 'boolean' }
  | { kind: 'counts' }
  | { kind: 'json' };

type AnySchema = v.GenericSchema & {
  pipe?: readonly { type: string; requirement?: unknown }[];
  wrapped?: AnySchema;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  options?: readonly (AnySchema | string)[];
  key?: AnySchema;
  value?: AnySchema;
};

/** The requirement of a pipe's action of `type` (`max_length` → 500). */
function requirement(schema: AnySchema, type: string): number | undefined {
  const action = schema.pipe?.find((item) => item.type === type);
  return typeof action?.requirement === 'number' ? action.requirement : undefined;
}

/** Whether the schema is the model's `text()`: a plain string or a map from language tag to string. */
function isText(schema: AnySchema): boolean {
  const options = schema.type === 'union' ? (schema.options as AnySchema[]) : [];
  return options.length === 2 && options[0]!.type === 'string' && options[1]!.type === 'record';
}

const URL_KEYS = new Set(['src', 'url', '$schema']);

function walk(schema: AnySchema, key: string): FieldNode {
  // The model's named schemas, by identity: the same object wherever the model uses them.
  if (schema === (CountryCode as unknown)) return { kind: 'country' };
  if (schema === (PartialDate as unknown)) return { kind: 'date' };
  if (schema === (LanguageTag as unknown)) return { kind: 'string', format: 'language' };
  switch (schema.type) {
    case 'object':
    case 'loose_object':
    case 'strict_object': {
      const entries = Object.entries(schema.entries ?? {}).map(([name, child]) => {
        const required = child.type !== 'optional';
        return { key: name, node: walk(required ? child : child.wrapped!, name), required };
      });
      return { kind: 'object', entries, image: entries.some((entry) => entry.key === 'src') };
    }
    case 'array':
      return { kind: 'list', item: walk(schema.item!, key), min: requirement(schema, 'min_length') ?? 0, max: requirement(schema, 'max_length') };
    case 'union': {
      if (isText(schema)) return { kind: 'text', multiline: (requirement(schema.options![0] as AnySchema, 'max_length') ?? 0) > 300 };
      const picklist = (schema.options as AnySchema[]).find((option) => option.type === 'picklist');
      if (picklist) return { kind: 'suggest', options: [...(picklist.options as string[])] };
      return { kind: 'json' };
    }
    case 'picklist':
      return { kind: 'enum', options: [...(schema.options as string[])] };
    case 'string':
      return { kind: 'string', format: URL_KEYS.has(key) ? 'url' : 'plain' };
    case 'number':
      return { kind: 'number', min: requirement(schema, 'min_value'), max: requirement(schema, 'max_value') };
    case 'boolean':
      return { kind: 'boolean' };
    case 'record':
      return schema.key === (CountryCode as unknown) && schema.value?.type === 'number' ? { kind: 'counts' } : { kind: 'json' };
    default:
      return { kind: 'json' };
  }
}

let article: FieldNode | undefined;

/** The form of a whole event document. */
export function articleForm(): Extract<FieldNode, { kind: 'object' }> {
  article ??= walk(EventArticle as unknown as AnySchema, '');
  return article as Extract<FieldNode, { kind: 'object' }>;
}

/** An empty value for a new item of a list: objects start empty (the validator then names what they need). */
export function emptyValue(node: FieldNode): unknown {
  switch (node.kind) {
    case 'object':
      return {};
    case 'list':
      return [];
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      return '';
  }
}

/** The node at a path of the document, and whether its value may be absent. */
export function nodeAt(path: readonly (string | number)[]): { node: FieldNode; required: boolean } | undefined {
  let node: FieldNode = articleForm();
  let required = true;
  for (const key of path) {
    if (node.kind === 'list' && typeof key === 'number') {
      node = node.item;
      required = true;
    } else if (node.kind === 'object' && typeof key === 'string') {
      const entry: { key: string; node: FieldNode; required: boolean } | undefined = node.entries.find((candidate) => candidate.key === key);
      if (!entry) return undefined;
      node = entry.node;
      required = entry.required;
    } else return undefined;
  }
  return { node, required };
}
