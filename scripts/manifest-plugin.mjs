// A custom-elements-manifest analyzer plugin (custom-elements-manifest.config.mjs) that makes the
// manifest describe the package as it ships, for the IDEs, Storybook and the type generators that
// read it:
// - paths into dist/ (`dist/event-card/event-card.js`), not the sources (`src/…/*.ts`), which a
//   consumer's tools cannot load;
// - each event typed with the class the element's module declares for it in
//   `GlobalEventHandlersEventMap` (`country-select` → `CountrySelectEvent`), with a reference to it;
// - each tag registration (`EventCard.define()` or `defineElement('event-card', EventCard)` in a define.ts) as a
//   `custom-element-definition` export of that module;
// - `expandedType` beside each attribute's and field's type: the type with the module's own aliases
//   written out (`MapLayout` → `'auto' | 'world' | 'regions'`), so generated framework types check
//   values without importing names the package does not export.

/** `src/a/b.ts` (or `./a/b.js` relative to src/) → `dist/a/b.js`. */
function distPath(path, from = 'src/index.ts') {
  if (typeof path !== 'string') return path;
  let p = path;
  if (p.startsWith('./') || p.startsWith('../')) p = new URL(p, `file:///${from}`).pathname.slice(1);
  if (!p.startsWith('src/')) return path;
  return `dist/${p.slice(4)}`.replace(/\.ts$/, '.js');
}

/** Replaces the aliases of `aliases` in `text`, as whole words, until none is left (at most a few rounds). */
function expand(text, aliases) {
  let out = text;
  for (let round = 0; round < 5; round++) {
    const next = out.replace(/\b[A-Z]\w*\b/g, (name) => (Object.hasOwn(aliases, name) ? `(${aliases[name]})` : name));
    if (next === out) break;
    out = next;
  }
  return out.replace(/\((('[^']*'(\s*\|\s*)?)+)\)/g, '$1');
}

export function packageManifest() {
  /** Per source module: its type aliases, the events of GlobalEventHandlersEventMap, its registrations. */
  const aliases = new Map();
  const events = new Map();
  const definitions = new Map();
  return {
    name: 'event-highlights:package-manifest',
    analyzePhase({ ts, node, moduleDoc }) {
      const path = moduleDoc.path;
      if (ts.isTypeAliasDeclaration(node) && node.parent && ts.isSourceFile(node.parent)) {
        if (!aliases.has(path)) aliases.set(path, {});
        aliases.get(path)[node.name.text] = node.type.getText().replace(/\s+/g, ' ');
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type) continue;
          const name = member.name.getText().replace(/^['"]|['"]$/g, '');
          events.set(name, { text: member.type.getText(), module: path });
        }
      }
      // `EventCard.define()` in a define.ts (the element's static define, default tag: its own):
      // the tag comes from the class's declaration in the link phase.
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'define' &&
        ts.isIdentifier(node.expression.expression) &&
        node.arguments.length <= 1 &&
        /\/define\.ts$/.test(path)
      ) {
        const [tag] = node.arguments;
        if (!definitions.has(path)) definitions.set(path, []);
        definitions.get(path).push({ tag: tag && ts.isStringLiteral(tag) ? tag.text : undefined, className: node.expression.expression.text });
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'defineElement' && node.arguments.length === 2) {
        const [tag, constructor] = node.arguments;
        if (ts.isStringLiteral(tag) && ts.isIdentifier(constructor)) {
          if (!definitions.has(path)) definitions.set(path, []);
          definitions.get(path).push({ tag: tag.text, className: constructor.text });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const classModule = new Map();
      const classTag = new Map();
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement) classModule.set(declaration.name, module.path);
          if (declaration.customElement && declaration.tagName) classTag.set(declaration.name, declaration.tagName);
        }
      }
      // `X.define()` without a tag registers the class's own tag name.
      for (const list of definitions.values()) for (const entry of list) entry.tag ??= classTag.get(entry.className);
      for (const module of modules) {
        const own = aliases.get(module.path) ?? {};
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          for (const event of declaration.events ?? []) {
            const found = events.get(event.name);
            if (!found) continue;
            event.type = { text: found.text };
            if (found.text !== 'Event') event.type.references = [{ name: found.text, module: found.module }];
          }
          for (const entry of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
            if (entry.type?.text) entry.expandedType = { text: expand(entry.type.text, own) };
          }
        }
        // Registrations: the define.ts modules register a tag; the guard itself (src/internal/define.ts) registers none.
        module.exports = (module.exports ?? []).filter(
          (entry) => !(entry.kind === 'custom-element-definition' && !definitions.get(module.path)?.some((d) => d.tag === entry.name)),
        );
        for (const { tag, className } of definitions.get(module.path) ?? []) {
          if (module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) continue;
          module.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: classModule.get(className) ?? module.path },
          });
        }
      }
      // Last, every path into dist/.
      const visit = (value, from) => {
        if (Array.isArray(value)) return value.forEach((item) => visit(item, from));
        if (!value || typeof value !== 'object') return;
        for (const [key, item] of Object.entries(value)) {
          if ((key === 'module' || key === 'path') && typeof item === 'string') value[key] = distPath(item, from);
          else visit(item, from);
        }
      };
      for (const module of modules) {
        const from = module.path;
        for (const [key, item] of Object.entries(module)) if (key !== 'path') visit(item, from);
        module.path = distPath(module.path);
      }
    },
  };
}

/**
 * Runs after the generators (custom-elements-manifest.config.mjs) and finishes their files in
 * `outdir` for this package:
 * - events are the classes the elements dispatch (`(e: CountrySelectEvent) => void`), not
 *   `CustomEvent<…>` wrappers around them, and a plain `Event` is not imported from a module;
 * - Vue's props are camelCase, as Vue normalizes them (`written-by` → `writtenBy`), and its handler
 *   props are named as its templates compile `@country-select` (`onCountrySelect`);
 * - react.d.ts puts the JSX generator's elements into React 19's `JSX.IntrinsicElements`;
 * - each .d.ts has an empty .js beside it, so that its package subpath resolves for every tool.
 */
export function frameworkTypes({ outdir }) {
  return {
    name: 'event-highlights:framework-types',
    async packageLinkPhase() {
      const { readFileSync, writeFileSync, existsSync } = await import('node:fs');
      const { resolve } = await import('node:path');
      const file = (name) => resolve(outdir, name);
      const fix = (name, more = (text) => text) => {
        if (!existsSync(file(name))) throw new Error(`framework types: ${outdir}/${name} was not generated`);
        let text = readFileSync(file(name), 'utf8');
        text = text.replace(/CustomEvent<(\w+)>/g, '$1');
        text = text.replace(
          /import type \{([^}]*)\} from/g,
          (_, names) =>
            `import type {${names
              .split(',')
              .filter((n) => n.trim() !== 'Event')
              .join(',')}} from`,
        );
        writeFileSync(file(name), more(text));
        writeFileSync(file(name.replace(/\.d\.ts$/, '.js')), '// Types only: see the .d.ts beside this file.\nexport {};\n');
      };
      fix('jsx.d.ts');
      fix('svelte.d.ts');
      // Vue normalizes a component's props to camelCase (`written-by` and `writtenBy` are one prop):
      // kebab-case keys would reject the attribute as written. Handlers become onCamelCase.
      const camel = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
      fix('vue.d.ts', (text) =>
        text
          .replace(/"on([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/g, (_, name) => `on${camel(`-${name}`)}?:`)
          .replace(/^(\s*)"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"\?:/gm, (_, indent, name) => `${indent}${camel(name)}?:`),
      );
      writeFileSync(
        file('react.d.ts'),
        [
          "// The library's elements in React 19's JSX: properties, attributes and events, from custom-elements.json.",
          '// Generated by `npm run analyze`.',
          "import type { CustomElements } from './jsx.js';",
          '',
          "declare module 'react' {",
          '  namespace JSX {',
          '    interface IntrinsicElements extends CustomElements {}',
          '  }',
          '}',
          '',
          'export type { CustomElements };',
          '',
        ].join('\n'),
      );
      writeFileSync(file('react.js'), '// Types only: see react.d.ts beside this file.\nexport {};\n');
    },
  };
}
