// custom-elements.json as the package ships it (scripts/manifest-plugin.mjs) and the consumer
// files generated from it (dist/frameworks/): what IDEs, Storybook and the type generators read.
// Needs `npm run build` (npm test builds before the browser tests).
import { expect } from '@open-wc/testing';
import { ELEMENT_TAGS } from './elements.js';
import { lightDark, tokenArgType } from '../.storybook/tokens.js';

interface Reference {
  name: string;
  module?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: { name: string; type?: { text: string; references?: Reference[] } }[];
  attributes?: { name: string; expandedType?: { text: string } }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

const manifest = async () => (await (await fetch('/custom-elements.json', { cache: 'no-store' })).json()) as { modules: Module[] };

describe('custom-elements.json', () => {
  it('points into dist/, at files the package ships', async () => {
    const { modules } = await manifest();
    const paths = modules.map((module) => module.path);
    expect(paths.filter((path) => !/^dist\/.+\.js$/.test(path))).to.deep.equal([]);
    const referenced = modules.flatMap((module) =>
      (module.exports ?? [])
        .map((entry) => entry.declaration.module)
        .filter((path): path is string => !!path && !path.startsWith('dist/') && !/^[@a-z]/.test(path)),
    );
    expect(referenced).to.deep.equal([]);
    for (const path of paths.filter((path) => /\/define\.js$/.test(path))) expect((await fetch(`/${path}`, { method: 'HEAD' })).ok, path).to.equal(true);
  });

  it("registers each element's tag in its define module, with its class", async () => {
    const { modules } = await manifest();
    for (const tag of ELEMENT_TAGS) {
      const define = modules.find((module) => module.path === `dist/${tag}/define.js`);
      const registration = define?.exports?.find((entry) => entry.kind === 'custom-element-definition');
      expect(registration, tag).to.deep.include({ name: tag });
      const declaration = modules
        .find((module) => module.path === registration!.declaration.module)
        ?.declarations?.find((d) => d.name === registration!.declaration.name);
      expect(declaration?.tagName, tag).to.equal(tag);
    }
    // Only registrations of real tags: the guard module registers nothing itself.
    const tags = modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name));
    expect([...tags].sort()).to.deep.equal([...ELEMENT_TAGS]);
  });

  it('types every event with the class the element dispatches, with a reference to its module', async () => {
    const { modules } = await manifest();
    const events = modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.customElement).flatMap((d) => (d.events ?? []).map((event) => ({ ...event, module }))),
    );
    expect(events.length).to.be.above(0);
    for (const event of events) {
      expect(event.type?.text, event.name).to.be.a('string');
      if (event.type!.text === 'Event') continue;
      const [reference] = event.type!.references ?? [];
      expect(reference?.name, event.name).to.equal(event.type!.text);
      const declaring = modules.find((module) => module.path === reference!.module);
      expect(
        declaring?.declarations?.some((d) => d.name === reference!.name && d.kind === 'class'),
        `${event.name}: ${reference!.name} in ${reference!.module}`,
      ).to.equal(true);
    }
  });
});

describe('design tokens: defaults read from the styles, shown with a control in Storybook', () => {
  it("every element's every token has its default in the manifest and in the docs row, light and dark for colours", async () => {
    const { modules } = await manifest();
    const elements = modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([...ELEMENT_TAGS]);
    for (const element of elements) {
      expect(element.cssProperties?.length ?? 0, `${element.tagName}: tokens`).to.be.above(0);
      for (const property of element.cssProperties!) {
        const where = `<${element.tagName}> ${property.name}`;
        expect(property.default ?? '', `${where}: default`).to.not.equal('');
        const row = tokenArgType(property);
        expect(row.table.defaultValue.summary, `${where}: shown`).to.not.equal('');
        expect(row.control.type, `${where}: control`).to.be.oneOf(['color', 'text']);
        // Colours follow the colour scheme: both values shown, both offered by the picker.
        if (/^--eh-(color|map)-/.test(property.name)) {
          const pair = lightDark(property.default!);
          expect(pair, `${where}: light and dark`).to.not.equal(undefined);
          expect(row.control, where).to.deep.equal({ type: 'color', presetColors: [pair!.light, pair!.dark] });
          expect(row.table.defaultValue.summary).to.equal(`light ${pair!.light} · dark ${pair!.dark}`);
        }
      }
    }
  });

  it("the defaults are the elements' computed values: what the docs say is what a page gets", async () => {
    const { modules } = await manifest();
    const card = modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'event-card')!;
    const accent = lightDark(card.cssProperties!.find((property) => property.name === '--eh-color-accent')!.default!)!;
    await import('../src/event-card/define.js');
    const element = document.body.appendChild(document.createElement('event-card'));
    const probe = (theme: string) => {
      element.setAttribute('theme', theme);
      const span = element.shadowRoot!.appendChild(document.createElement('span'));
      span.style.color = 'var(--_accent)';
      const value = getComputedStyle(span).color;
      span.remove();
      return value;
    };
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16)).join(', ')})`;
    try {
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(probe('light')).to.equal(rgb(accent.light));
      expect(probe('dark')).to.equal(rgb(accent.dark));
    } finally {
      element.remove();
    }
  });
});

describe('generated consumer files', () => {
  it('VS Code custom data and JetBrains web-types describe every element', async () => {
    const vscode = (await (await fetch('/dist/frameworks/vscode.html-custom-data.json', { cache: 'no-store' })).json()) as { tags: { name: string }[] };
    expect(vscode.tags.map((tag) => tag.name).sort()).to.deep.equal([...ELEMENT_TAGS]);
    const webTypes = (await (await fetch('/dist/frameworks/web-types.json', { cache: 'no-store' })).json()) as {
      contributions: { html: { elements: { name: string }[] } };
    };
    expect(webTypes.contributions.html.elements.map((element) => element.name).sort()).to.deep.equal([...ELEMENT_TAGS]);
  });

  // The .d.ts files are checked by tsc and vue-tsc in consumer projects (scripts/package-checks.mjs):
  // the test server would serve them compiled, not as written.
});
