#!/usr/bin/env node
// Generates src/model/event.schema.json (JSON Schema draft-07) from the valibot schema in
// src/model/schema.ts, the single source of truth of the event data model.
//
//   node scripts/build-schema.mjs           writes the file, then checks the data (below)
//   node scripts/build-schema.mjs --check   writes nothing; exits 1 when the committed file differs
//                                           from what would be generated, or when the data is wrong
//
// Both modes validate every JSON file under demo/data/ (recursively) with the valibot schema
// itself, reporting each problem with its path, and check that a relative `$schema` in those files
// points at the generated file.
//
// What JSON Schema cannot say is left to the runtime validator: `trim` is a transformation, and a
// `check` is arbitrary code. The checks this script knows are translated (a calendar date pattern,
// "label required for role other", visible text); any other check is skipped with a note. `trim`
// followed by a minimum length of 1 is kept as the pattern "\S" (not blank), which the visible-text
// pattern then replaces (it says more).
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SCHEMA_PATH = 'src/model/event.schema.json';
const DATA_DIR = 'demo/data';
/** Where the published package serves the file (package.json exports "./event.schema.json"). */
// A name, not an address: the file ships in the npm package as event-highlights/event.schema.json.
const SCHEMA_ID = 'urn:event-highlights:event.schema.json';
const TITLE = 'Event Highlights article';

const check = process.argv.includes('--check');
const unknownArgs = process.argv.slice(2).filter((arg) => arg !== '--check');
if (unknownArgs.length) {
  console.error(`build-schema: unknown argument(s) ${unknownArgs.join(' ')}; usage: node scripts/build-schema.mjs [--check]`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Load the TypeScript model: bundle it in memory with esbuild and import the result.

async function loadModel() {
  const result = await build({
    stdin: {
      contents:
        "export * from './src/model/schema.ts';\nexport { validateEvent } from './src/model/validate.ts';\nexport { hasVisibleText } from " +
        "'./src/model/text.ts';\n",
      resolveDir: root,
      sourcefile: 'build-schema-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

// ---------------------------------------------------------------------------------------------
// The `check` actions of schema.ts that JSON Schema can express, found by their message.

const MONTH_DAY = '(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31';
const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
/** Dates that exist: day within its month, 29 February only in leap years (and with no year). */
const CALENDAR_DATE_PATTERN = `^(?!0000)(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?|\\d{4}-(?:${MONTH_DAY})|${LEAP_YEAR}-02-29|--(?:${MONTH_DAY}|02-29))$`;

const hex = (code) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * "Something visible" as a JSON Schema pattern, made from the runtime check itself (hasVisibleText
 * in src/model/text.ts) so that the two cannot drift: one character outside the invisible ones.
 * JSON Schema patterns may run without the regular expression's `u` flag, where they see UTF-16
 * code units, so the class lists the invisible characters of the Basic Multilingual Plane; an
 * invisible character beyond it (the tag characters U+E0000–E007F) passes here and is refused by
 * the runtime validator only.
 */
function visiblePattern(model) {
  const ranges = [];
  let start = -1;
  for (let code = 0; code <= 0x10000; code++) {
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    const invisible = code < 0x10000 && !surrogate && !model.hasVisibleText(String.fromCharCode(code));
    if (invisible && start < 0) start = code;
    if (!invisible && start >= 0) {
      ranges.push(start === code - 1 ? hex(start) : `${hex(start)}-${hex(code - 1)}`);
      start = -1;
    }
  }
  return `[^${ranges.join('')}]`;
}

let VISIBLE_PATTERN;

const KNOWN_CHECKS = {
  'visible text, not only spaces, zero-width or control characters': (jsonSchema) => {
    // After trim + minLength the pattern is "\S", which "visible" includes.
    if (jsonSchema.pattern && jsonSchema.pattern !== '\\S') throw new Error('build-schema: cannot express the visible-text check next to another pattern');
    return { ...jsonSchema, pattern: VISIBLE_PATTERN };
  },
  'a date that exists in the calendar': (jsonSchema) => ({
    ...jsonSchema,
    allOf: [...(jsonSchema.allOf ?? []), { pattern: CALENDAR_DATE_PATTERN }],
  }),
  'a label for a credit of role "other"': (jsonSchema) => ({
    ...jsonSchema,
    if: { properties: { role: { const: 'other' } }, required: ['role'] },
    then: { required: ['label'] },
  }),
};

const TRIMMED = Symbol('trimmed');

function convert(model) {
  VISIBLE_PATTERN = visiblePattern(model);
  const usedChecks = new Set();
  const skippedChecks = new Set();
  // Every exported schema becomes a named definition, so the file reads like schema.ts.
  const definitions = Object.fromEntries(Object.entries(model).filter(([name, value]) => name !== 'EventArticle' && value?.kind === 'schema'));
  const converted = toJsonSchema(model.EventArticle, {
    target: 'draft-07',
    errorMode: 'throw',
    definitions,
    // draft-07 keeps definitions under "definitions" ("$defs" is 2019-09 and later).
    overrideRef: ({ referenceId }) => `#/definitions/${referenceId}`,
    overrideSchema({ valibotSchema, jsonSchema }) {
      // A record keyed by a picklist (country codes): propertyNames holds the enum. The converter
      // builds it but refuses keys that are not plain strings.
      if (
        valibotSchema.type === 'record' &&
        valibotSchema.key.type === 'picklist' &&
        valibotSchema.key.options.every((option) => typeof option === 'string') &&
        jsonSchema.propertyNames
      ) {
        return jsonSchema;
      }
      return undefined;
    },
    overrideAction({ valibotAction, jsonSchema }) {
      if (valibotAction.type === 'trim') return { ...jsonSchema, [TRIMMED]: true };
      if (valibotAction.type === 'min_length' && jsonSchema[TRIMMED] && jsonSchema.type === 'string' && valibotAction.requirement >= 1) {
        if (jsonSchema.pattern) throw new Error('build-schema: cannot express trim + minLength next to another pattern');
        return { ...jsonSchema, pattern: '\\S' };
      }
      if (valibotAction.type === 'check') {
        const translate = KNOWN_CHECKS[valibotAction.message];
        if (translate) {
          usedChecks.add(valibotAction.message);
          return translate(jsonSchema);
        }
        skippedChecks.add(String(valibotAction.message ?? '(check without a message)'));
        return jsonSchema;
      }
      return undefined;
    },
  });

  const missing = Object.keys(KNOWN_CHECKS).filter((message) => !usedChecks.has(message));
  if (missing.length) {
    throw new Error(
      `build-schema: schema.ts no longer has the check(s) ${missing.map((m) => JSON.stringify(m)).join(', ')}; update KNOWN_CHECKS in scripts/build-schema.mjs`,
    );
  }
  for (const message of skippedChecks)
    console.warn(`build-schema: note: check ${JSON.stringify(message)} has no JSON Schema equivalent; only the runtime validator enforces it.`);

  const { $schema, $defs, description, ...rest } = converted;
  const schema = { $schema, $id: SCHEMA_ID, title: TITLE, description, ...rest, definitions: $defs };
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (text.includes('#/$defs/')) throw new Error('build-schema: a reference still points at "$defs"');
  return { schema, text };
}

/** The calendar pattern must agree with the runtime check (isCalendarDate in schema.ts). */
function verifyCalendarPattern(model) {
  const pattern = new RegExp(CALENDAR_DATE_PATTERN);
  const disagreements = [];
  const years = ['1900', '2000', '2023', '2024', '2100', '0400', '0096', '9996', '0000', '0001', '0004', '0023', '0100'];
  const pad = (n) => String(n).padStart(2, '0');
  const candidates = ['2023-6-1', '23-06-01', '2023-06-01T00:00', '--06', '--6-29'];
  for (let month = 0; month <= 13; month++) {
    for (let day = 0; day <= 32; day++) candidates.push(`--${pad(month)}-${pad(day)}`);
    for (const year of years) {
      candidates.push(year, `${year}-${pad(month)}`);
      for (let day = 0; day <= 32; day++) candidates.push(`${year}-${pad(month)}-${pad(day)}`);
    }
  }
  for (const date of candidates) {
    const runtime = model.validateEvent({ title: 't', seminars: [{ id: 's', name: 'n' }], created: date }).ok;
    if (runtime !== pattern.test(date)) disagreements.push(`${date} (runtime ${runtime ? 'accepts' : 'rejects'})`);
  }
  if (disagreements.length) {
    throw new Error(`build-schema: CALENDAR_DATE_PATTERN disagrees with the runtime check for ${disagreements.slice(0, 10).join(', ')}`);
  }
}

/** The visible-text pattern must agree with the runtime check on every character of the BMP. */
function verifyVisiblePattern(model) {
  const pattern = new RegExp(VISIBLE_PATTERN);
  const disagreements = [];
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCharCode(code);
    if (pattern.test(character) !== model.hasVisibleText(character)) disagreements.push(hex(code));
  }
  if (disagreements.length)
    throw new Error(`build-schema: the visible-text pattern disagrees with hasVisibleText for ${disagreements.slice(0, 10).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// The data: every JSON file under demo/data/ must validate.

async function jsonFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  const files = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await jsonFiles(path)));
    // index.json is the demo's list of articles (demo/archive.html), not an article.
    else if (entry.isFile() && entry.name.endsWith('.json') && path !== resolve(root, DATA_DIR, 'index.json')) files.push(path);
  }
  return files;
}

async function checkData(model) {
  const problems = [];
  const files = await jsonFiles(resolve(root, DATA_DIR));
  for (const file of files) {
    const name = relative(root, file);
    let document;
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push(`${name}: not valid JSON: ${error.message}`);
      continue;
    }
    const result = model.validateEvent(document);
    for (const problem of result.problems) problems.push(`${name}: ${problem.message}`);
    const ref = document?.$schema;
    if (typeof ref === 'string' && ref !== SCHEMA_ID && !/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      const target = resolve(dirname(file), ref);
      if (target !== resolve(root, SCHEMA_PATH)) {
        const expected = relative(dirname(file), resolve(root, SCHEMA_PATH)).split('\\').join('/');
        problems.push(`${name}: $schema: "${ref}" does not point at ${SCHEMA_PATH}; use "${expected}"`);
      }
    }
  }
  return { files, problems };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const model = await loadModel();
  const { text } = convert(model);
  verifyCalendarPattern(model);
  verifyVisiblePattern(model);
  const schemaFile = resolve(root, SCHEMA_PATH);
  let failed = false;

  if (check) {
    const committed = await readFile(schemaFile, 'utf8').catch(() => undefined);
    if (committed === undefined) {
      console.error(`build-schema: ${SCHEMA_PATH} is missing. Run \`npm run build:schema\` and commit the file.`);
      failed = true;
    } else if (committed !== text) {
      const a = committed.split('\n');
      const b = text.split('\n');
      const line = a.findIndex((value, index) => value !== b[index]);
      const at = line === -1 ? b.length : line + 1;
      console.error(
        `build-schema: ${SCHEMA_PATH} is out of date with src/model/schema.ts (first difference at line ${at}:\n` +
          `  committed: ${a[at - 1] ?? '(end of file)'}\n  generated: ${b[at - 1] ?? '(end of file)'}).\n` +
          'Run `npm run build:schema` and commit the result.',
      );
      failed = true;
    } else {
      console.log(`build-schema: ${SCHEMA_PATH} is up to date.`);
    }
  } else {
    await writeFile(schemaFile, text);
    console.log(`build-schema: wrote ${SCHEMA_PATH} (${text.length} bytes).`);
  }

  const { files, problems } = await checkData(model);
  if (problems.length) {
    console.error(`build-schema: ${problems.length} problem(s) in ${DATA_DIR}/:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    failed = true;
  } else {
    console.log(`build-schema: ${files.length} data file(s) under ${DATA_DIR}/ valid.`);
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error && error.message.startsWith('build-schema:') ? error.message : error);
  process.exitCode = 1;
}
