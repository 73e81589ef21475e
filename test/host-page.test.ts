// What the page around the elements can do to their text: its colour scheme and backgrounds
// (#12 item 7), bidi control characters in the data (item 12), quirks mode (item 13).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { EventArticle } from '../src/model/types.js';
import { elementsReady, openFrame, stable, stylesReady } from './embed/frames.js';
import { captureConsole, emulateMediaOrSkip, held, loadSeed, resetMedia, setLocale, useLocale } from './helpers.js';
import { ELEMENT_TAGS as TAGS } from './elements.js';

type Rgba = [number, number, number, number];
type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

function parse(color: string): Rgba {
  const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(color);
  if (!m) throw new Error(`unexpected colour ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}
function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
const flatParent = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

/** The colour behind `el`'s text: its own and its ancestors' backgrounds (flat tree) over the canvas. */
function backgroundOf(el: Element, canvas: Rgba): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const color = parse(getComputedStyle(node).backgroundColor);
    layers.push(color);
    if (color[3] >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), canvas);
}

/** Every visible text of the elements (shadow trees and the light-DOM content they show), with its contrast. */
function texts(root: Element, canvas: Rgba): { text: string; ratio: number; where: string }[] {
  const out: { text: string; ratio: number; where: string }[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const el = node.parentElement!;
      const text = node.textContent!.trim();
      // SVG text is painted with fill (checked by the map's own tests); closed dialogs are not seen.
      if (!text || el.closest('svg') || !el.checkVisibility({ visibilityProperty: true })) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (!range.getClientRects().length) return;
      const ratio = contrast(parse(getComputedStyle(el).color), backgroundOf(el, canvas));
      out.push({
        text: text.slice(0, 30),
        ratio: Math.round(ratio * 100) / 100,
        where: `${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`,
      });
      return;
    }
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(visit);
      return;
    }
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    else node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

const WHITE: Rgba = [255, 255, 255, 1];
const DARK_CANVAS: Rgba = [18, 18, 18, 1];

/** The page's colour scheme declaration and body background for one test, undone afterwards. */
function setPage({ meta, root, body, bodyColor }: { meta?: string; root?: string; body?: string; bodyColor?: string }): () => void {
  const added: HTMLElement[] = [];
  if (meta) {
    const tag = document.createElement('meta');
    tag.name = 'color-scheme';
    tag.content = meta;
    document.head.append(tag);
    added.push(tag);
  }
  const html_ = document.documentElement.style;
  const bodyStyle = document.body.style;
  html_.colorScheme = root ?? '';
  bodyStyle.background = body ?? '';
  bodyStyle.color = bodyColor ?? '';
  return () => {
    for (const tag of added) tag.remove();
    html_.colorScheme = '';
    bodyStyle.background = '';
    bodyStyle.color = '';
  };
}

async function settle(wrap: Element): Promise<void> {
  await Promise.all([...wrap.querySelectorAll<Upgraded>(TAGS.join(','))].map((el) => el.updateComplete));
  // The scheme is resolved in a microtask after connection; a frame later everything has it.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function allElements(seed: EventArticle, theme?: 'light' | 'dark'): Promise<HTMLElement> {
  const group = seed.photos!.find((photo) => photo.group)!;
  return fixture<HTMLElement>(html`<div>
    <event-card .event=${seed} theme=${theme ?? ''}></event-card>
    <speech-block speaker="Liu Beimin" honorific="ms" speaker-role="Researcher fellow"
      organization="Shanghai Municipal Commission of Commerce" country="CN" theme=${theme ?? ''}>
      <h3 slot="heading">Speech by Ms. Liu Beimin</h3>
      <blockquote slot="quote"><p>A good opportunity for China and Latin American countries.</p></blockquote>
      <p>Ms. Liu Beimin said that Latin American countries are an important part of developing countries.</p>
      <p>At present, the new-round S&amp;T revolution and industrial change is progressing at accelerated speeds.</p>
    </speech-block>
    <group-photo .photo=${group} theme=${theme ?? ''}></group-photo>
    <participant-country-map countries="BO BR CO CU" theme=${theme ?? ''}></participant-country-map>
    <photo-credit written-by="Ma Yizhou" photos-by="Ni Haoran" reviewed-by="Chen Wei" theme=${theme ?? ''}></photo-credit>
    <attendee-list .attendees=${[{ ...seed.attendees![0]!, role: 'presiding' }, seed.attendees![1]!]} theme=${theme ?? ''}></attendee-list>
  </div>`);
}

/** Every text the reader sees reaches 4.5:1 against what is behind it; the elements' own tags included. */
function expectReadable(wrap: Element, canvas: Rgba, what: string): void {
  const all = TAGS.flatMap((tag) => [...wrap.querySelectorAll(tag)].flatMap((el) => texts(el, canvas).map((entry) => ({ ...entry, tag }))));
  for (const tag of TAGS) expect(all.filter((entry) => entry.tag === tag).length, `${what}: texts of <${tag}>`).to.be.above(0);
  const low = all.filter((entry) => entry.ratio < 4.5);
  expect(low, `${what}: texts below 4.5:1`).to.deep.equal([]);
}

const schemeOf = (el: Element) => getComputedStyle(el).colorScheme;

describe('the page around the elements: colour scheme and background', function () {
  this.timeout(20_000);
  let seed: EventArticle;
  let undo: (() => void) | undefined;
  useLocale('en');
  before(async () => {
    seed = await loadSeed();
  });
  afterEach(async function () {
    undo?.();
    undo = undefined;
    // Where the browser cannot emulate (Firefox), the tests that need it were skipped: nothing to undo.
    if (this.currentTest?.state !== 'pending') await resetMedia({ colorScheme: 'light' });
  });

  it('a page that allows dark but paints itself white, seen in dark mode: dark text, every text readable, axe passes', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    undo = setPage({ meta: 'light dark', body: '#ffffff', bodyColor: '#1c2128' });
    const wrap = await allElements(seed);
    await settle(wrap);
    expectReadable(wrap, WHITE, 'white body, dark mode');
    for (const tag of TAGS) expect(schemeOf(wrap.querySelector(tag)!), tag).to.equal('light');
    // The lightbox, open: its own dark backdrop, light text.
    const photo = wrap.querySelector<HTMLElement & { show(): void; close(): void }>('group-photo')!;
    photo.show();
    try {
      await settle(wrap);
      const dialog = photo.shadowRoot!.querySelector('dialog')!;
      const inLightbox = texts(photo, WHITE).filter((entry) => entry.where !== 'figcaption');
      expect(texts(dialog, WHITE).length).to.be.above(2);
      expect(inLightbox.filter((entry) => entry.ratio < 4.5)).to.deep.equal([]);
    } finally {
      photo.close();
    }
    await expect(wrap).to.be.accessible();
  });

  it('a page that allows only dark but paints itself white: dark text (no system setting needed)', async () => {
    undo = setPage({ root: 'dark', body: '#ffffff', bodyColor: '#1c2128' });
    const wrap = await allElements(seed);
    await settle(wrap);
    expectReadable(wrap, WHITE, 'white body, color-scheme: dark');
    for (const tag of TAGS) expect(schemeOf(wrap.querySelector(tag)!), tag).to.equal('light');
    await expect(wrap).to.be.accessible();
  });

  it('a page that allows dark and paints itself dark, in dark mode: light text', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    undo = setPage({ meta: 'light dark', body: '#0d1117', bodyColor: '#e6edf3' });
    const wrap = await allElements(seed);
    await settle(wrap);
    expectReadable(wrap, DARK_CANVAS, 'dark body, dark mode');
    for (const tag of TAGS) expect(schemeOf(wrap.querySelector(tag)!), tag).to.equal('dark');
    await expect(wrap).to.be.accessible();
  });

  it('a dark page that declares nothing: light text on its dark background', async () => {
    undo = setPage({ body: '#0d1117', bodyColor: '#e6edf3' });
    const wrap = await allElements(seed);
    await settle(wrap);
    expectReadable(wrap, WHITE, 'dark body, no declaration');
    for (const tag of TAGS) expect(schemeOf(wrap.querySelector(tag)!), tag).to.equal('dark');
  });

  it('a page that declares nothing, in dark mode: its canvas is white, so the text is dark', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    undo = setPage({});
    const wrap = await allElements(seed);
    await settle(wrap);
    expectReadable(wrap, WHITE, 'no declaration, dark mode');
    for (const tag of TAGS) expect(schemeOf(wrap.querySelector(tag)!), tag).to.equal('light');
    await expect(wrap).to.be.accessible();
  });

  it('a page whose canvas follows the system: the elements follow it when the system changes', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'light' });
    undo = setPage({ meta: 'light dark' });
    const wrap = await allElements(seed);
    await settle(wrap);
    for (const tag of TAGS) expect(schemeOf(wrap.querySelector(tag)!), tag).to.equal('light');
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => TAGS.every((tag) => schemeOf(wrap.querySelector(tag)!) === 'dark'), 'the dark scheme', { timeout: 2000 });
    expectReadable(wrap, DARK_CANVAS, 'transparent body, system turned dark');
  });

  it('a page that switches its own theme with a class on <html>: the elements follow', async () => {
    const style = document.createElement('style');
    style.textContent = 'html.night body { background: #101010; color: #eee; }';
    document.head.append(style);
    undo = () => {
      style.remove();
      document.documentElement.classList.remove('night');
    };
    const wrap = await allElements(seed);
    await settle(wrap);
    expect(schemeOf(wrap.querySelector('speech-block')!)).to.equal('light');
    document.documentElement.classList.add('night');
    await waitUntil(() => TAGS.every((tag) => schemeOf(wrap.querySelector(tag)!) === 'dark'), 'the dark scheme', { timeout: 2000 });
    expectReadable(wrap, WHITE, 'html.night');
  });

  it('theme="dark" and theme="light" stay the explicit switch', async function () {
    await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    undo = setPage({ meta: 'light dark', body: '#0d1117', bodyColor: '#e6edf3' });
    const light = await allElements(seed, 'light');
    await settle(light);
    for (const tag of TAGS) expect(schemeOf(light.querySelector(tag)!), tag).to.equal('light');
    undo();
    undo = setPage({ meta: 'light dark', body: '#0d1117', bodyColor: '#e6edf3' });
    const dark = await allElements(seed, 'dark');
    await settle(dark);
    for (const tag of TAGS) expect(schemeOf(dark.querySelector(tag)!), tag).to.equal('dark');
    expectReadable(dark, WHITE, 'theme="dark" on a dark page');
    // Removing the attribute gives the element back to its background.
    const card = light.querySelector('event-card')!;
    card.removeAttribute('theme');
    await (card as Upgraded).updateComplete;
    expect(schemeOf(card)).to.equal('dark');
  });

  it('a page rule for our hosts cannot set the scheme against the background', async () => {
    const style = document.createElement('style');
    style.textContent = '* { color-scheme: dark; } body { background: #fff; color: #1c2128; }';
    document.head.append(style);
    undo = () => style.remove();
    const wrap = await allElements(seed);
    await settle(wrap);
    for (const tag of TAGS) expect(schemeOf(wrap.querySelector(tag)!), tag).to.equal('light');
  });
});

/** Bidi control characters that a name in the data may carry (pasted from elsewhere, or on purpose). */
const CONTROLS = { RLO: '\u202e', RLE: '\u202b', LRO: '\u202d' } as const;
/** A right-to-left name beside the one with the control character: an unclosed override would turn it too. */
const ARABIC = 'سارة الحداد';

/**
 * Where every character of the elements' visible text is drawn (relative to the element), in the
 * shadow trees and the light-DOM content they show, leaving out the characters of `exclude` (the
 * string that carries the control character may reorder itself) and invisible format characters.
 */
function glyphs(host: Element, exclude: string[]): { ch: string; x: number; y: number }[] {
  const origin = host.getBoundingClientRect();
  const out: { ch: string; x: number; y: number }[] = [];
  const range = document.createRange();
  const visit = (node: Node) => {
    if (node instanceof Text) {
      const text = node.data;
      const skip = new Set<number>();
      for (const name of exclude) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) for (let k = at; k < at + name.length; k++) skip.add(k);
      }
      for (let i = 0; i < text.length; i++) {
        if (skip.has(i) || /[\p{Cf}\s]/u.test(text[i]!)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (!box.width && !box.height) continue;
        out.push({ ch: text[i]!, x: Math.round(box.left - origin.left), y: Math.round(box.top - origin.top) });
      }
      return;
    }
    if (node instanceof Element && node.closest('svg')) return;
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(visit);
    else if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    else node.childNodes.forEach(visit);
  };
  visit(host);
  return out;
}

/** The characters whose place moved by more than a pixel between `plain` and `controlled`. */
function moved(plain: ReturnType<typeof glyphs>, controlled: ReturnType<typeof glyphs>): string[] {
  expect(controlled.map((glyph) => glyph.ch).join('')).to.equal(plain.map((glyph) => glyph.ch).join(''));
  return plain.flatMap((glyph, i) => {
    const other = controlled[i]!;
    return Math.abs(glyph.x - other.x) > 1 || Math.abs(glyph.y - other.y) > 1 ? [`${glyph.ch} at ${glyph.x},${glyph.y} → ${other.x},${other.y}`] : [];
  });
}

describe('names and data strings are bidi-isolated', function () {
  this.timeout(20_000);
  let seed: EventArticle;
  before(async () => {
    seed = await loadSeed();
  });

  /** Renders `make(prefix)` with and without each control character; nothing but `names` may move. */
  async function check(make: (prefix: string) => ReturnType<typeof html>, names: string[], ready?: (el: HTMLElement) => Promise<unknown>): Promise<void> {
    const render = async (prefix: string) => {
      // A monospaced font: a name drawn reversed takes the same width (no kerning pairs of its own),
      // so nothing after it may move at all.
      const wrap = await fixture<HTMLElement>(html`<div style="width: 640px; font-family: monospace">${make(prefix)}</div>`);
      const el = wrap.firstElementChild as Upgraded;
      await el.updateComplete;
      await ready?.(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return el;
    };
    const plain = glyphs(await render(''), names);
    expect(plain.length).to.be.above(5);
    for (const [name, control] of Object.entries(CONTROLS)) {
      const el = await render(control);
      expect(moved(plain, glyphs(el, names)), `${name} in ${names[0]}`).to.deep.equal([]);
    }
  }

  it('<photo-credit>: a control character in one name moves no other name or word, inline and as a block', async () => {
    await setLocale('en');
    for (const variant of ['inline', 'block']) {
      await check(
        (c) =>
          html`<photo-credit variant=${variant} .credits=${[
            { role: 'photographer', names: [`${c}Ni Haoran`, ARABIC, 'Li Hua'] },
            { role: 'writer', names: ['Ma Yizhou'] },
            { role: 'other', label: `${c}Layout`, names: ['Chen Wei'] },
          ]}></photo-credit>`,
        ['Ni Haoran', 'Layout'],
      );
    }
  });

  it('<group-photo>: the people shown and the credit', async () => {
    await setLocale('en');
    const group = seed.photos!.find((photo) => photo.group)!;
    await check(
      (c) =>
        html`<group-photo .photo=${{
          ...group,
          people: [`${c}Chen Wei`, ARABIC, 'Liu Beimin'],
          credit: `${c}Ni Haoran`,
          caption: 'Group photo',
        }}></group-photo>`,
      ['Chen Wei', 'Ni Haoran'],
    );
  });

  it('<speech-block>: the name beside its honorific and in the attribution, the role and organisation lines', async () => {
    // In Chinese the honorific follows the name ("刘北敏 女士"): a name left open would turn it.
    for (const locale of ['zh-Hans', 'en'] as const) {
      await setLocale(locale);
      await check(
        (c) => html`<speech-block speaker=${`${c}Liu Beimin`} honorific="ms" speaker-role=${`${c}Researcher fellow`} organization=${ARABIC} country="CN">
          <blockquote slot="quote"><p>A quote.</p></blockquote>
          <p>The paragraph.</p>
        </speech-block>`,
        ['Liu Beimin', 'Researcher fellow'],
      );
    }
  });

  it('<event-card>: hosts and organisers beside each other, the time zone in its parentheses', async () => {
    await setLocale('en');
    const event = (c: string): EventArticle => {
      const copy = structuredClone(seed);
      const first = copy.seminars[0]!;
      first.host = { name: `${c}Ministry of Commerce` };
      copy.seminars.push({ ...structuredClone(first), id: 'second', host: { name: ARABIC }, organizer: { name: 'Second organizer' } });
      copy.dates = { ...copy.dates!, timeZoneLabel: `${c}GMT+8` };
      return copy;
    };
    await check((c) => html`<event-card .event=${event(c)}></event-card>`, ['Ministry of Commerce', 'GMT+8']);
  });

  it('<participant-country-map>: unknown codes in the message and the list, cities visited', async () => {
    await setLocale('en');
    // The geometry is held at the server for the whole test, so that every rendering compared shows
    // the same box ("Loading map…"): whether a map had drawn depended on timing (and on whether the
    // later renderings, added below the first, were near the viewport), not on the control characters.
    const geometry = held('/dist/bundle/world.topo.json');
    try {
      // (The unknown codes are reported in the console, as they should be: not part of this test.)
      await captureConsole(() =>
        check(
          (c) =>
            html`<participant-country-map countries=${`BO ${c}QQ ZZ BR`} geometry-src=${geometry.url}
              .visits=${[{ city: `${c}Lima` }, { city: ARABIC }, { city: 'Cusco' }]}></participant-country-map>`,
          ['QQ', 'Lima'],
        ),
      );
    } finally {
      await geometry.release();
    }
  });
});

/**
 * The box of every element of our shadow trees (nested ones too), relative to the host, and the
 * host's own size: what the reader sees of the layout.
 */
function boxes(host: Element): Record<string, string> {
  const origin = host.getBoundingClientRect();
  const out: Record<string, string> = { host: `${Math.round(origin.width)} x ${Math.round(origin.height)}` };
  const walk = (root: ShadowRoot, prefix: string) => {
    [...root.children].forEach(function visit(el: Element, index: number) {
      const key = `${prefix}/${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}:${index}`;
      const box = el.getBoundingClientRect();
      // Nothing to compare for what draws no box (display: contents, a <slot>, a closed dialog).
      if (el.getClientRects().length) out[key] = [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => n.toFixed(1)).join(' ');
      if (el.shadowRoot) walk(el.shadowRoot, key);
      [...el.children].forEach(visit);
    });
  };
  walk(host.shadowRoot!, host.localName);
  return out;
}

/** Keys whose numbers differ by more than 1 px. */
function layoutDifferences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) => {
    const [x, y] = [a[key], b[key]];
    if (!x || !y) return [`${key}: only in ${x ? 'standards' : 'quirks'} mode`];
    const nx = x.split(/ x | /).map(Number);
    const ny = y.split(/ x | /).map(Number);
    return nx.some((n, i) => Math.abs(n - ny[i]!) > 1) ? [`${key}: ${x} → ${y}`] : [];
  });
}

describe('a page in quirks mode (no doctype)', function () {
  this.timeout(40_000);
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const page of ['clean.html', 'modes.html']) {
    it(`lays out every element as a standards-mode page does (${page})`, async () => {
      const [standards, quirks] = await Promise.all([`/test/embed/${page}`, `/test/embed/${page}?quirks`].map((url, i) => openFrame(url, { left: i * 100 })));
      frames.push(standards!, quirks!);
      expect(standards!.contentDocument!.compatMode).to.equal('CSS1Compat');
      expect(quirks!.contentDocument!.compatMode).to.equal('BackCompat');
      const all = (frame: HTMLIFrameElement, tags = TAGS) => [...frame.contentDocument!.querySelectorAll(tags.join(','))];
      const compare = async (tags: string[]) => {
        expect(all(quirks!, tags).length).to.equal(all(standards!, tags).length);
        for (const [i, el] of all(standards!, tags).entries()) {
          const [a, b] = await Promise.all([el, all(quirks!, tags)[i]!].map((host) => stable(() => boxes(host))));
          expect(Object.keys(a!).length, el.localName).to.be.above(2);
          expect(layoutDifferences(a!, b!), `<${el.localName}> #${i} in quirks mode`).to.deep.equal([]);
        }
      };
      // The cards first, as soon as they show their data: a card that takes the whole viewport's
      // height would push the map out of view, where it is never drawn.
      await Promise.all(
        [standards!, quirks!].map(async (frame) => {
          await stylesReady(frame);
          await waitUntil(() => all(frame, ['event-card']).every((card) => !!card.shadowRoot?.querySelector('[part~="title"]')), 'the cards', {
            timeout: 10_000,
          });
        }),
      );
      await compare(['event-card']);
      await Promise.all([standards!, quirks!].map((frame) => elementsReady(frame)));
      await compare([...TAGS]);
    });
  }
});

describe("the page's font", function () {
  this.timeout(20_000);
  let seed: EventArticle;
  useLocale('en');
  before(async () => {
    seed = await loadSeed();
  });

  /** The host's font and the font of the first text in its shadow tree (its own sizes are relative to the host's). */
  function fonts(el: Element): { family: string; size: number; style: string; weight: string; lineHeight: number; inner: string } {
    const style = getComputedStyle(el);
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
    });
    const text = walker.nextNode()!.parentElement!;
    return {
      family: style.fontFamily,
      size: parseFloat(style.fontSize),
      style: style.fontStyle,
      weight: style.fontWeight,
      lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
      inner: getComputedStyle(text).fontFamily,
    };
  }

  async function render(wrapperStyle: string, isolated = false): Promise<HTMLElement> {
    const group = seed.photos!.find((photo) => photo.group)!;
    const wrap = await fixture<HTMLElement>(html`<div class="font-page" style=${wrapperStyle}>
      <event-card .event=${seed} ?isolated=${isolated}></event-card>
      <speech-block speaker="Liu Beimin" honorific="ms" ?isolated=${isolated}><p>A paragraph.</p></speech-block>
      <group-photo .photo=${group} ?isolated=${isolated}></group-photo>
      <participant-country-map countries="BO BR" ?isolated=${isolated}></participant-country-map>
      <photo-credit written-by="Ma Yizhou" ?isolated=${isolated}></photo-credit>
      <attendee-list ?isolated=${isolated}><ul><li data-honorific="ms">Liu Beimin</li></ul></attendee-list>
    </div>`);
    await settle(wrap);
    return wrap;
  }

  it('reaches every element from its parent: family and size, nothing else', async () => {
    const wrap = await render('font: italic 700 20px/3 Georgia, serif; letter-spacing: 3px');
    for (const tag of TAGS) {
      const font = fonts(wrap.querySelector(tag)!);
      expect(font, tag).to.deep.include({ family: 'Georgia, serif', size: 20, style: 'normal', weight: '400', lineHeight: 1.5, inner: 'Georgia, serif' });
    }
  });

  it('reaches every element from a "*" rule of the page as from a body rule', async () => {
    const style = document.createElement('style');
    style.textContent = '.font-page, .font-page * { font: oblique 200 18px/2 "Courier New", monospace; }';
    document.head.append(style);
    try {
      const wrap = await render('');
      for (const tag of TAGS)
        expect(fonts(wrap.querySelector(tag)!), tag).to.deep.include({
          family: '"Courier New", monospace',
          size: 18,
          style: 'normal',
          weight: '400',
          lineHeight: 1.5,
        });
    } finally {
      style.remove();
    }
  });

  it('gives way to --eh-font-family and --eh-font-size', async () => {
    const wrap = await render('font: 20px Georgia, serif; --eh-font-family: fantasy; --eh-font-size: 15px');
    for (const tag of TAGS) expect(fonts(wrap.querySelector(tag)!), tag).to.deep.include({ family: 'fantasy', size: 15, inner: 'fantasy' });
  });

  it("stays out of an element with the isolated attribute: its own stack at the reader's default size", async () => {
    const wrap = await render('font: italic 700 20px/3 Georgia, serif', true);
    const medium = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const tag of TAGS) {
      const el = wrap.querySelector<HTMLElement & { isolated: boolean }>(tag)!;
      expect(el.isolated, tag).to.equal(true);
      const font = fonts(el);
      expect(font.family, tag).to.match(/^system-ui, /);
      expect(font.size, tag).to.equal(medium);
      expect(font.inner, tag).to.equal(font.family);
    }
    // The property reflects: cleared, the page's font comes in.
    const credit = wrap.querySelector<HTMLElement & { isolated: boolean; updateComplete: Promise<unknown> }>('photo-credit')!;
    credit.isolated = false;
    await credit.updateComplete;
    expect(credit.hasAttribute('isolated')).to.equal(false);
    expect(fonts(credit).family).to.equal('Georgia, serif');
  });
});
