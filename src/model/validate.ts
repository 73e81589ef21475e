import * as v from 'valibot';
import { formatCount } from './limits.js';
import { Attendees as AttendeesSchema, EventArticle as EventArticleSchema, Speech as SpeechSchema } from './schema.js';
import type { Attendee, EventArticle, Speech } from './types.js';
import { hardenSchema, prototypePolluted, withoutPrototypes } from './harden.js';
import { describeError, describeValue } from './describe.js';

/** One thing wrong with a document: where, what the model expects there, and what was found. */
export interface Problem {
  /** JSON path such as `seminars[0].participants.countries[3]`; empty for the document itself. */
  path: string;
  /** The same path as keys and indexes, `['seminars', 0, 'participants', 'countries', 3]`: for code that walks to the field. */
  keys: readonly (string | number)[];
  expected: string;
  received: string;
  message: string;
}

export type ValidationResult<T = EventArticle> = { ok: true; value: T; problems: [] } | { ok: false; value: undefined; problems: Problem[] };

function pathOf(keys: readonly (string | number)[]): string {
  let path = '';
  for (const key of keys) {
    path +=
      typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${path ? '.' : ''}${String(key)}` : `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/**
 * Checks a document against the model. Every problem is returned (validation does not stop at
 * the first), each with its path. Unknown fields are kept, not reported. When valid, `value` is
 * a validated copy of the input.
 */
export function validateEvent(input: unknown): ValidationResult {
  return validateWith(EventArticleSchema, input);
}

/** Checks one speech (an entry of `speeches`) against the model, as `validateEvent` checks a document. */
export function validateSpeech(input: unknown): ValidationResult<Speech> {
  return validateWith(SpeechSchema, input);
}

/** `attendees` as a field of an object: validateWith checks objects, and the field names every problem's path. */
const AttendeesField = v.looseObject({ attendees: AttendeesSchema });

/**
 * Checks a list of attendees (the `attendees` of a document) as `validateEvent` checks a document;
 * each problem's path starts with `attendees` (`attendees[2].role`).
 */
export function validateAttendees(input: unknown): ValidationResult<Attendee[]> {
  const result = validateWith(AttendeesField, { attendees: input });
  if (result.ok) return { ok: true, value: result.value.attendees, problems: [] };
  // A list that cannot be read at all is a problem of the whole wrapper (path ""): it is `attendees`'s.
  return { ...result, problems: result.problems.map((found) => (found.path ? found : problem(['attendees'], found.expected, found.received))) };
}

/** Checks `input` against an object schema of the model; problems are worded as `validateEvent` words them. */
export function validateWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown): ValidationResult<T> {
  // valibot takes any non-null object for an object, arrays included.
  if (Array.isArray(input)) return { ok: false, value: undefined, problems: [problem([], 'Object', describeValue(input))] };
  if (!hardened.has(schema)) hardened.add(hardenSchema(schema));
  // On a page that added properties to Object.prototype, nothing may be read through it (harden.ts).
  const polluted = prototypePolluted();
  let result: v.SafeParseResult<v.GenericSchema<unknown, T>>;
  try {
    result = v.safeParse(schema, polluted ? withoutPrototypes(input) : input);
  } catch (error) {
    // A caller's object whose getter throws (or a proxy that refuses to be read): a problem with
    // the data like any other, not an exception out of the element that was given it.
    return { ok: false, value: undefined, problems: [problem([], 'data whose fields can be read', `an object that threw ${describeError(error)}`)] };
  }
  // valibot's output, not the input: a clean copy made of plain arrays and objects, so a caller's
  // exotic input (an array with its own `constructor`, getters) cannot break the code that renders
  // it. It costs a copy per document (about 2 KB per card in the benchmark).
  if (result.success) return { ok: true, value: polluted ? withoutPrototypes(result.output) : result.output, problems: [] };
  const problems = result.issues
    .flatMap((issue) => located(issue))
    .map(({ issue, items }): Problem => {
      const key = items.at(-1)?.key;
      const missing = issue.kind === 'schema' && issue.input === undefined && key !== undefined && issue.expected === `"${String(key)}"`;
      // Our schema words its messages as what is expected; valibot's own defaults start "Invalid".
      const expected = missing ? 'a value (required field)' : issue.message.startsWith('Invalid ') ? (issue.expected ?? issue.type) : issue.message;
      return problem(
        items.map((item) => (typeof item.key === 'number' ? item.key : String(item.key))),
        expected,
        received(issue, items),
      );
    });
  return { ok: false, value: undefined, problems };
}

/** Schemas whose entries objects have been given a null prototype (harden.ts). */
const hardened = new WeakSet<object>();

/** What came, as the rule that failed sees it: a limit says how big the value is. */
function received(issue: v.BaseIssue<unknown>, items: readonly v.IssuePathItem[]): string {
  const input = issue.input;
  if (issue.type === 'max_length' && typeof input === 'string') return `string of ${formatCount(input.length)} characters`;
  if (issue.type === 'max_entries' && input && typeof input === 'object') return `object of ${formatCount(Object.keys(input).length)} entries`;
  // A check forwarded to a field (an end date before the start) carries the whole object as its
  // input: the field's own value is what came.
  const last = items.at(-1);
  if (issue.type === 'check' && last && last.origin === 'value' && last.value !== undefined) return describeValue(last.value);
  return describeValue(input);
}

function problem(keys: readonly (string | number)[], expected: string, received: string): Problem {
  const path = pathOf(keys);
  return { path, keys, expected, received, message: `${path || '(document)'}: expected ${expected}, received ${received}` };
}

/**
 * An issue with its full path. A union that failed as a whole (a text map with a bad language tag
 * and a non-string value, say) carries the issues of its options: those found inside the value
 * say where the problem is, so they are reported instead of the union's general message.
 */
function located(issue: v.BaseIssue<unknown>, outer: readonly v.IssuePathItem[] = []): { issue: v.BaseIssue<unknown>; items: v.IssuePathItem[] }[] {
  const items = [...outer, ...(issue.path ?? [])];
  const inner = issue.type === 'union' ? (issue.issues ?? []).filter((sub) => sub.path?.length) : [];
  if (inner.length === 0) return [{ issue, items }];
  return inner.flatMap((sub) => located(sub, items));
}
