// A custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs): the default of
// every CSS custom property (`@cssprop --eh-…`) of every element, read from the element's styles,
// so that the manifest, and Storybook's docs table and controls built from it, never show a value
// the styles do not use. The styles are the one source: a token's default is the fallback of its
// `var(--eh-x, fallback)` in the element's folder (src/<tag>/*.ts) or in the shared tokens
// (src/internal/styles.ts), with the private `--_…` properties it goes through written out and
// a fallback that is another public token replaced by that token's own fallback
// (`var(--eh-map-participant, var(--_accent))` → `light-dark(#0b5cad, #79b8ff)`). Colours that
// follow the colour scheme stay `light-dark(light, dark)`, which the docs show as two values.
//
// A token whose default is not a value (`font-family: var(--eh-font-family)`: inherited from the
// page) says so in its JSDoc, "(default: …)", which is taken instead; write no literal value there
// (it could drift from the styles). A token with neither is an error: the build stops.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every `var(--name, fallback)` in `css`, with nested calls found too: [{ name, fallback }]. */
export function varCalls(css) {
  const calls = [];
  let index = css.indexOf('var(');
  while (index !== -1) {
    let depth = 0;
    let end = index + 3;
    for (; end < css.length; end++) {
      if (css[end] === '(') depth++;
      else if (css[end] === ')' && --depth === 0) break;
    }
    const inside = css.slice(index + 4, end);
    const comma = inside.indexOf(',');
    const name = (comma === -1 ? inside : inside.slice(0, comma)).trim();
    calls.push({ name, fallback: comma === -1 ? undefined : inside.slice(comma + 1).trim(), text: css.slice(index, end + 1) });
    index = css.indexOf('var(', index + 4);
  }
  return calls;
}

/** The value of a private property (`--_accent: var(--eh-color-accent, …) !important;`), not its `initial` reset. */
function privateValue(name, sources) {
  const pattern = new RegExp(`${name.replace(/[-_]/g, (c) => `\\${c}`)}\\s*:\\s*([^;]+?)\\s*(?:!important)?\\s*;`, 'g');
  for (const source of sources) for (const match of source.matchAll(pattern)) if (match[1] !== 'initial') return match[1];
  return undefined;
}

/** `value` with every `var()` written out: private properties by their value, public tokens by their fallback. */
export function resolveValue(value, sources, depth = 0) {
  if (depth > 8) return value;
  let out = value;
  for (const call of varCalls(value)) {
    if (!out.includes(call.text)) continue;
    const replacement = call.name.startsWith('--_') ? privateValue(call.name, sources) : call.fallback;
    if (replacement !== undefined) out = out.replace(call.text, resolveValue(replacement, sources, depth + 1));
  }
  return out;
}

/** The default of token `name` in `sources` (styles text), or undefined when it is used without a fallback. */
export function tokenDefault(name, sources) {
  for (const source of sources) {
    for (const call of varCalls(source))
      if (call.name === name && call.fallback !== undefined) return resolveValue(call.fallback, sources).replace(/\s+/g, ' ');
  }
  return undefined;
}

/** "(default 3)", "(default: all)" in a JSDoc description. */
const documentedDefault = (description = '') => /\(default:?\s+([^)]*(?:\([^)]*\)[^)]*)*)\)/.exec(description)?.[1]?.trim();

function stylesOf(tag) {
  const folder = join(root, 'src', tag);
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
  // The element's own styles first: a fallback there wins over the shared tokens.
  return [...files.map((file) => readFileSync(join(folder, file), 'utf8')), readFileSync(join(root, 'src/internal/styles.ts'), 'utf8')];
}

export function tokenDefaults() {
  return {
    name: 'event-highlights:token-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const missing = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName || !declaration.cssProperties?.length) continue;
          const sources = stylesOf(declaration.tagName);
          for (const property of declaration.cssProperties) {
            // A default the JSDoc states wins: it says what no fallback can ("inherited from the page").
            const value = documentedDefault(property.description) ?? tokenDefault(property.name, sources);
            if (value) property.default = value;
            else missing.push(`<${declaration.tagName}> ${property.name}`);
          }
        }
      }
      if (missing.length) throw new Error(`token defaults: no fallback in the styles and no "(default …)" in the JSDoc for ${missing.join(', ')}`);
    },
  };
}
