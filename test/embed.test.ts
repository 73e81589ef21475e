// Embedding in a hostile host page. test/embed/clean.html and test/embed/hostile.html hold the
// same five elements, as an editor would paste them, loaded by one <script type="module"> of the
// shipped bundle (dist/bundle/event-highlights.js, built by `npm run build` before the browser
// tests). hostile.html adds Bootstrap 5 and aggressive global rules (test/embed/hostile.css:
// `* { ... }`, `html { font-size: 10px }`, restyled img, h1-h3, p, button, dialog, a, ul/li, svg).
// Our elements must look the same in both pages, and the host's elements the same with and
// without our bundle. The one thing of the page's that reaches our elements is its font family
// and size (the clean page sets the hostile page's on <body>, test/embed/page-font.css); the
// tests in test/host-page.test.ts check that they come from the page and that `isolated` keeps
// them out.
import { expect } from '@open-wc/testing';
import { TAGS, elementsReady, openFrame, stable, stylesReady } from './embed/frames.js';

/** Computed properties compared for every element inside our shadow roots. */
const PROPERTIES = [
  'display',
  'position',
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'font-kerning',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'text-decoration-line',
  'white-space',
  'overflow-wrap',
  'hyphens',
  'tab-size',
  'quotes',
  'direction',
  'color',
  'background-color',
  'background-image',
  'opacity',
  'visibility',
  'cursor',
  'filter',
  'vertical-align',
  'object-fit',
  'list-style-type',
  'list-style-position',
  'fill',
  'stroke',
  'stroke-width',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
    `border-${side}-style`,
    `border-${side}-color`,
  ]),
  ...['top-left', 'top-right', 'bottom-right', 'bottom-left'].map((corner) => `border-${corner}-radius`),
  'outline-style',
  // Inherited properties a page can use to make text unreadable or misleading (#12).
  '-webkit-text-fill-color',
  '-webkit-text-stroke-width',
  '-webkit-text-stroke-color',
  '-webkit-text-security',
  '-webkit-rtl-ordering',
  'text-emphasis-style',
  'text-emphasis-color',
  'text-emphasis-position',
  'font-variant-ligatures',
  'font-variant-numeric',
  'font-variant-east-asian',
  'font-variant-position',
  'font-feature-settings',
  'font-variation-settings',
  'font-size-adjust',
  'font-synthesis-weight',
  'font-synthesis-style',
  'text-rendering',
  'line-break',
  'text-align-last',
  'text-justify',
  'text-underline-position',
  'text-underline-offset',
  'writing-mode',
  'text-orientation',
  'ruby-position',
  'caret-color',
  'image-orientation',
  'image-rendering',
  'fill-opacity',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'paint-order',
  'dominant-baseline',
  'border-collapse',
  'border-spacing',
  // Our private custom properties: the page's own of the same names must not reach them.
  '--_text',
  '--_muted',
  '--_surface',
  '--_surface-sunken',
  '--_border',
  '--_accent',
  '--_font',
  '--_radius',
  '--_space',
  '--_part',
  '--_host',
  '--_portrait',
  '--_media-ratio',
  '--_ratio',
  '--_lines',
  '--_part-edge',
];

type Snapshot = Record<string, Record<string, string>>;

/** A readable key for `el`: its place in the tree (tag, part, class, index among siblings). */
function label(el: Element): string {
  const index = el.parentNode ? [...el.parentNode.children].indexOf(el) : 0;
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  return `${el.localName}${el.id ? `#${el.id}` : ''}${part ? `[${part}]` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}:${index}`;
}

/** True for a slot, or an element holding one, that shows light-DOM elements: content of the page's own. */
const showsPageContent = (el: Element | ShadowRoot) =>
  [...('localName' in el && el.localName === 'slot' ? [el] : []), ...el.querySelectorAll('slot')].some(
    (slot) => (slot as HTMLSlotElement).assignedElements().length > 0,
  );

/**
 * Computed styles and box sizes (and offsets from the element's own box) of every element in the
 * shadow trees of `host` (nested elements' shadow trees too, such as the credit in a photo's caption).
 *
 * Light-DOM content shown through a slot (a hand-written speech's <h3>, <blockquote> and <p>) is
 * the page's own: the page's rules for it win over ours (that is how slots work), so its boxes
 * may differ. Its heights and the heights of the parts around it are left out, and so are the
 * vertical offsets in such an element; everything else (every computed style, every width and
 * horizontal offset) is compared.
 */
function snapshotShadow(host: Element, win: Window, origin = host.getBoundingClientRect()): Snapshot {
  const out: Snapshot = {};
  const hostHasPageContent = showsPageContent(host.shadowRoot!);
  const walk = (root: ShadowRoot, prefix: string) => {
    const visit = (el: Element, path: string) => {
      const key = `${path}/${label(el)}`;
      const style = win.getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const entry: Record<string, string> = {};
      for (const prop of PROPERTIES) entry[prop] = style.getPropertyValue(prop);
      const round = (n: number) => String(Math.round(n * 2) / 2);
      // Boxes of what is not rendered (display: none or contents, <title>, <defs>) are all zero.
      if (box.width || box.height || box.left || box.top) {
        Object.assign(entry, { width: round(box.width), x: round(box.left - origin.left) });
        if (!showsPageContent(el)) entry.height = round(box.height);
        if (!hostHasPageContent) entry.y = round(box.top - origin.top);
      }
      out[key] = entry;
      if (el.shadowRoot) walk(el.shadowRoot, key);
      for (const child of el.children) visit(child, key);
    };
    for (const child of root.children) visit(child, prefix);
  };
  walk(host.shadowRoot!, host.localName);
  return out;
}

/** The differences between two snapshots, one line each: "key: property a → b". */
function differences(a: Snapshot, b: Snapshot): string[] {
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!a[key] || !b[key]) {
      lines.push(`${key}: ${a[key] ? 'missing in the second page' : 'missing in the first page'}`);
      continue;
    }
    for (const prop of Object.keys(a[key]!)) {
      if (a[key]![prop] !== b[key]![prop]) lines.push(`${key}: ${prop} ${a[key]![prop]} → ${b[key]![prop]}`);
    }
  }
  return lines;
}

/** The differences, grouped by property and values, with the first few places each. */
function report(lines: string[]): string {
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const [, where, what] = /^(.*?): (.*)$/.exec(line) ?? ['', line, ''];
    const key = what.replace(/^(x|y|width|height) .*/, '$1 (box)');
    groups.set(key, [...(groups.get(key) ?? []), `${where}${key.endsWith('(box)') ? ` ${what}` : ''}`]);
  }
  const text = [...groups].map(([what, where]) => `  ${what} (${where.length}×): ${where.slice(0, 3).join(' | ')}`);
  return `${lines.length} differences:\n${text.join('\n')}\n`;
}

const frames: HTMLIFrameElement[] = [];
async function open(url: string, left = 0): Promise<HTMLIFrameElement> {
  const frame = await openFrame(url, { left });
  frames.push(frame);
  await stylesReady(frame);
  return frame;
}

function elements(frame: HTMLIFrameElement): HTMLElement[] {
  return [...frame.contentDocument!.querySelectorAll<HTMLElement>(TAGS.join(','))];
}

describe('embedding in a hostile host page', function () {
  this.timeout(40_000);
  let clean: HTMLIFrameElement;
  let hostile: HTMLIFrameElement;

  before(async () => {
    [clean, hostile] = await Promise.all([open('/test/embed/clean.html'), open('/test/embed/hostile.html', 150)]);
    await Promise.all([elementsReady(clean), elementsReady(hostile)]);
  });

  after(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('both pages hold the same element markup, loaded by one module script of the bundle', async () => {
    const markup = (frame: HTMLIFrameElement) => frame.contentDocument!.body.innerHTML;
    expect(markup(hostile)).to.equal(markup(clean));
    for (const frame of [clean, hostile]) {
      // (The test server adds its own reload script to static pages: not part of the page.)
      const scripts = [...frame.contentDocument!.querySelectorAll('script')].filter((script) => !script.src.includes('__web-dev-server'));
      expect(scripts.map((script) => [script.type, new URL(script.src).pathname])).to.deep.equal([['module', '/dist/bundle/event-highlights.js']]);
      expect(
        elements(frame)
          .map((el) => el.localName)
          .sort(),
      ).to.deep.equal([...TAGS]);
    }
    // The hostile page really is hostile: its rules apply to its own elements.
    const win = hostile.contentWindow!;
    expect(win.getComputedStyle(hostile.contentDocument!.documentElement).fontSize).to.equal('10px');
    expect(win.getComputedStyle(hostile.contentDocument!.getElementById('host-paragraph')!).textTransform).to.equal('uppercase');
  });

  for (const tag of TAGS) {
    it(`<${tag}> looks the same as on the clean page`, async () => {
      const [a, b] = await Promise.all(
        [clean, hostile].map((frame) => stable(() => snapshotShadow(frame.contentDocument!.querySelector(tag)!, frame.contentWindow!))),
      );
      expect(Object.keys(a!).length).to.be.above(2);
      const lines = differences(a!, b!);
      expect(lines.length, report(lines)).to.equal(0);
      // The page's font family and size do reach us: from the clean page's body rule, from the hostile page's "*" rule.
      for (const frame of [clean, hostile]) {
        const style = frame.contentWindow!.getComputedStyle(frame.contentDocument!.querySelector(tag)!);
        expect([style.fontFamily, style.fontSize], frame.src).to.deep.equal(['"Courier New", Courier, monospace', '13px']);
      }
    });
  }

  it('the lightbox looks the same as on the clean page', async () => {
    type Photo = HTMLElement & { show(): void; close(): void };
    const photos = [clean, hostile].map((frame) => frame.contentDocument!.querySelector<Photo>('group-photo')!);
    for (const photo of photos) {
      photo.show();
      // Focus rings are left out: only one of the two frames can have the focus.
      (photo.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    }
    try {
      const [a, b] = await Promise.all(
        [clean, hostile].map((frame, i) =>
          stable(() => {
            // Offsets from the dialog's own box (it covers the viewport, wherever the photo is).
            const dialog = photos[i]!.shadowRoot!.querySelector('dialog')!;
            const all = snapshotShadow(photos[i]!, frame.contentWindow!, dialog.getBoundingClientRect());
            return Object.fromEntries(Object.entries(all).filter(([key]) => key.includes('dialog')));
          }),
        ),
      );
      expect(Object.keys(a!).length).to.be.above(5);
      expect(a![Object.keys(a!)[0]!]!.width).to.equal('760');
      const lines = differences(a!, b!);
      expect(lines.length, report(lines)).to.equal(0);
    } finally {
      for (const photo of photos) photo.close();
    }
  });
});

describe("the host page's own elements", function () {
  this.timeout(40_000);
  after(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('look the same with and without our bundle', async () => {
    const [bare, withBundle] = await Promise.all([open('/test/embed/hostile.html?bundle=none'), open('/test/embed/hostile.html', 150)]);
    await elementsReady(withBundle);
    expect(bare.contentWindow!.customElements.get('event-card')).to.equal(undefined);
    const snapshot = (frame: HTMLIFrameElement) => {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow!;
      const out: Snapshot = {};
      const targets = [doc.documentElement, doc.body, ...doc.querySelectorAll('#host, #host *, #after')];
      const pageBoxes = new Set<Element>([doc.documentElement, doc.body]);
      for (const el of targets) {
        const style = win.getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const entry: Record<string, string> = {};
        for (const prop of PROPERTIES) entry[prop] = style.getPropertyValue(prop);
        // Positions of what comes after our elements depend on our elements' sizes: sizes only
        // (and the page's own height grows with them).
        if (!pageBoxes.has(el)) Object.assign(entry, { width: String(Math.round(box.width)), height: String(Math.round(box.height)) });
        out[label(el)] = entry;
      }
      // Our bundle adds no style sheet to the page and touches no inline style.
      out.page = {
        sheets: String(doc.styleSheets.length),
        adopted: String(doc.adoptedStyleSheets.length),
        rootStyle: doc.documentElement.getAttribute('style') ?? '',
      };
      return out;
    };
    // The host's own dialog, open, in both.
    // Focus is left out of it: only one of the two frames can have it.
    for (const frame of [bare, withBundle]) {
      frame.contentDocument!.querySelector('dialog')!.showModal();
      (frame.contentDocument!.activeElement as HTMLElement | null)?.blur();
    }
    const [a, b] = await Promise.all([bare, withBundle].map((frame) => stable(() => snapshot(frame))));
    expect(Object.keys(a!).length).to.be.above(10);
    expect(a!['dialog#host-dialog:7']!.display).to.equal('block');
    const lines = differences(a!, b!);
    expect(lines.length, report(lines)).to.equal(0);
  });
});
