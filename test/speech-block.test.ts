import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { SpeechBlock } from '../src/speech-block/speech-block.js';
import type { Speech } from '../src/model/types.js';
import { validateSpeech } from '../src/model/validate.js';
import { captureConsole, text, emulateMediaOrSkip, frames, loadSeed, part, setLocale, sleep, useLocale } from './helpers.js';
import { conformance, type Fixtures } from './conformance/index.js';
import { mount, settle } from './conformance/lifecycle.js';

// Written in the page before the definition loads, as a CMS page does: hand-written HTML, and an
// element whose `speech` property was set before the upgrade.
const early = document.createElement('div');
early.innerHTML = '<speech-block speaker="Danmarys Hernández" honorific="ms" country="VE" representative><p>Texto del discurso.</p></speech-block>';
const earlyData = document.createElement('speech-block') as SpeechBlock;
earlyData.speech = (await loadSeed()).speeches![0]!;
early.append(earlyData);
document.body.append(early);
const definedBefore = customElements.get('speech-block');

// The conformance suite (test/conformance): lifecycle, language change, memory and fuzzing, with
// this element's fixtures. Called before the element is defined: it makes the instances a page
// writes before the script arrives, then loads the definition.
const conformanceFixtures: Fixtures = {
  tag: 'speech-block',
  define: () => import('../src/speech-block/define.js'),
  give: (element, seed) => (element['speech'] = seed.speeches![2]),
  property: 'speech',
  markup:
    `<speech-block speaker="Danmarys Hernández" honorific="ms" representative country="VE" organization="Viceministerio para la Comunalización de la ` +
    `Ciencia para la Producción" heading="Speech by the Participant Representative"><p>Ms. Danmarys Hernández expressed her sincere gratitude to the ` +
    `hosts.</p></speech-block>`,
  expected: 'Danmarys Hernández',
  change: (element) => (element['headingLevel'] = 2),
  changed: (element) => (part(element, 'heading') ?? part(element, 'name'))?.getAttribute('aria-level') === '2',
  observes: true,
  stateful: [
    [
      'keeps a speech expanded when moved, detached and reattached, and measures again where it lands',
      async (seed) => {
        const [a, b] = [mount('', 'inline-size: 400px'), mount('', 'inline-size: 400px')];
        const speech = document.createElement('speech-block');
        speech.speech = seed.speeches![0]!;
        speech.collapsedLines = 3;
        a.append(speech);
        await waitUntil(() => part(speech, 'toggle') !== null, 'the Read more button', { timeout: 2000 });
        const toggle = () => part(speech, 'toggle')!;
        toggle().click();
        await settle(speech);
        expect(toggle().getAttribute('aria-expanded')).to.equal('true');
        b.append(speech);
        await settle(speech);
        expect(toggle().getAttribute('aria-expanded')).to.equal('true');
        speech.remove();
        // Off the page a while: its observers must not reset the expanded state (nothing to wait for).
        await sleep(50);
        b.append(speech);
        await settle(speech);
        await frames(2);
        expect(toggle().getAttribute('aria-expanded')).to.equal('true');
        expect(part(speech, 'body')!.classList.contains('collapsed')).to.equal(false);
        // Collapsed again, then moved to a column wide enough: no button there (measured again).
        toggle().click();
        await settle(speech);
        speech.collapsedLines = 10;
        await settle(speech);
        await waitUntil(() => part(speech, 'toggle') !== null, 'the button at 400 px', { timeout: 2000 });
        speech.remove();
        mount(speech, 'inline-size: 1400px');
        await waitUntil(() => part(speech, 'toggle') === null, 'no button at 1400 px', { timeout: 2000 });
      },
    ],
  ],
  fuzz: {
    valid: (seed) => seed.speeches![2],
    set: (element, value) => ((element as HTMLElement & { speech: unknown }).speech = value),
    check(element, value, messages, where) {
      if (value === undefined || value === null) return;
      if (!validateSpeech(value).ok) {
        expect(element.shadowRoot!.querySelector('[role="alert"]'), `${where}: error state`).to.exist;
        expect(
          messages.some((m) => m.startsWith('<speech-block>: speech')),
          `${where}: console names the field`,
        ).to.equal(true);
      }
    },
  },
};
await conformance(conformanceFixtures);

/**
 * Waits for the ResizeObserver's first report of the text's size (delivered in the frame's
 * rendering step, after its animation frame callbacks: two frames hold one), then for the update
 * it asks for. (An observer of the test's own would see the element resize in the same step,
 * a loop the browser reports as an error.)
 */
async function measured(el: SpeechBlock): Promise<SpeechBlock> {
  await frames(2);
  await el.updateComplete;
  return el;
}
const seedSpeeches = async (): Promise<Speech[]> => (await loadSeed()).speeches!;

/** A tiny PNG that loads, and one URL that does not. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const MISSING_IMAGE = '/demo/data/images/does-not-exist.png';

/** Six paragraphs of a real speech: far taller than 8 lines in a 600 px column. */
async function longSpeech(): Promise<Speech> {
  const [liu, chen, danmarys] = await seedSpeeches();
  return { ...chen!, paragraphs: [...liu!.paragraphs, ...chen!.paragraphs, ...danmarys!.paragraphs, ...liu!.paragraphs, ...chen!.paragraphs] };
}

/** Is the point at the middle of the element's box visible, not clipped by the collapsed body? */
function clipped(el: SpeechBlock): boolean {
  const body = part(el, 'body')!;
  return body.scrollHeight > body.clientHeight + 1;
}

describe('speech-block', () => {
  useLocale('en');

  it('upgrades elements written before the definition loaded, keeps early properties, and follows later language changes', async () => {
    expect(definedBefore).to.equal(undefined);
    const [declarative, fromData] = [...early.querySelectorAll<SpeechBlock>('speech-block')];
    await waitUntil(() => part(declarative!, 'name') !== null && part(fromData!, 'name') !== null, 'upgrade', { timeout: 3000 });
    expect(text(part(declarative!, 'name'))).to.equal('Ms. Danmarys Hernández');
    expect(text(part(fromData!, 'name'))).to.equal('Ms. Liu Beimin');
    await setLocale('es');
    try {
      await waitUntil(() => text(part(declarative!, 'name')) === 'Sra. Danmarys Hernández', 'Spanish', { timeout: 3000 });
      expect(text(part(declarative!, 'representative'))).to.equal('Representante de los participantes');
      await waitUntil(() => text(part(fromData!, 'name')) === 'Sra. Liu Beimin', 'Spanish', { timeout: 3000 });
    } finally {
      await setLocale('en');
      early.remove();
    }
  });

  it('shows a seed speech from the speech property', async () => {
    const [liu] = await seedSpeeches();
    const el = await fixture<SpeechBlock>(html`<speech-block .speech=${liu}></speech-block>`);
    expect(text(part(el, 'heading'))).to.equal('Speech by Ms. Liu Beimin');
    expect(text(part(el, 'name'))).to.equal('Ms. Liu Beimin');
    expect(text(part(el, 'role'))).to.equal('Researcher fellow, Foreign Economic and Cooperation Division');
    expect(text(part(el, 'organization'))).to.equal('Shanghai Municipal Commission of Commerce');
    expect(text(part(el, 'country'))).to.equal('China');
    expect(part(el, 'representative')).to.equal(null);
    const paragraphs = [...part(el, 'body')!.querySelectorAll('p')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal(liu!.paragraphs);
    expect(paragraphs[0]!.getAttribute('lang')).to.equal('en');
    // Pull quote with its attribution.
    const quote = part(el, 'quote')!;
    expect(quote.tagName).to.equal('FIGURE');
    expect(text(quote.querySelector('blockquote'))).to.equal(liu!.quote);
    expect(text(part(el, 'attribution'))).to.equal('— Ms. Liu Beimin');
    // The seed's photos are placeholders (`placeholder: true`): the initials stand in for them.
    expect(part(el, 'portrait-image')).to.equal(null);
    expect(text(part(el, 'monogram'))).to.equal('LB');
    const box = part(el, 'portrait')!.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(40);
    expect(box.height).to.equal(box.width);
    // No heading imposed on the page by default.
    expect(el.shadowRoot!.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a real portrait: lazy, its size reserved before it loads, alt from the data', async () => {
    const [liu] = await seedSpeeches();
    liu!.photo = { ...liu!.photo!, placeholder: false };
    const el = await fixture<SpeechBlock>(html`<speech-block .speech=${liu}></speech-block>`);
    const image = part(el, 'portrait-image') as HTMLImageElement;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('alt')).to.equal(liu!.photo.alt);
    expect(image.src).to.match(/images\/speech-liu-beimin\.svg$/);
    // The round box has its size before the image arrives (no layout shift).
    const box = part(el, 'portrait')!.getBoundingClientRect();
    expect(box.width).to.equal(parseFloat(getComputedStyle(el).fontSize) * 4.5);
    expect(box.height).to.equal(box.width);
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the portrait', { timeout: 4000 });
    expect(image.getBoundingClientRect().width).to.equal(box.width);
    await expect(el).to.be.accessible();
  });

  it('labels the participant representative and names her Spanish organisation and country', async () => {
    const danmarys = (await seedSpeeches())[2]!;
    const el = await fixture<SpeechBlock>(html`<speech-block .speech=${danmarys}></speech-block>`);
    expect(text(part(el, 'name'))).to.equal('Ms. Danmarys Hernández');
    expect(text(part(el, 'representative'))).to.equal('Participant representative');
    expect(text(part(el, 'organization'))).to.equal('Viceministerio para la Comunalización de la Ciencia para la Producción');
    expect(text(part(el, 'country'))).to.equal('Venezuela');
    expect(part(el, 'quote')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows hand-written HTML: attributes and light-DOM paragraphs, which stay in the page', async () => {
    const el = await fixture<SpeechBlock>(html`<speech-block
      speaker="Chen Jianfeng"
      honorific="mr"
      speaker-role="Vice President"
      organization="Shanghai Business School"
      country="cn"
      portrait=${PNG}
      heading="Speech by Mr. Chen Jianfeng"
    >
      <p>First paragraph.</p>
      <p>Second paragraph.</p>
      <blockquote slot="quote"><p>A sentence worth quoting.</p></blockquote>
    </speech-block>`);
    expect(text(part(el, 'heading'))).to.equal('Speech by Mr. Chen Jianfeng');
    expect(text(part(el, 'name'))).to.equal('Mr. Chen Jianfeng');
    expect(text(part(el, 'role'))).to.equal('Vice President');
    expect(text(part(el, 'organization'))).to.equal('Shanghai Business School');
    expect(text(part(el, 'country'))).to.equal('China');
    const slot = part(el, 'body')!.querySelector('slot')!;
    expect(slot.assignedElements().map((p) => p.textContent)).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    // The paragraphs are visible (laid out in the body), the quote in its figure with the speaker as attribution.
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const quoteSlot = part(el, 'quote')!.querySelector<HTMLSlotElement>('slot[name="quote"]')!;
    expect(quoteSlot.assignedElements()[0]!.tagName).to.equal('BLOCKQUOTE');
    expect(text(part(el, 'attribution'))).to.equal('— Mr. Chen Jianfeng');
    expect((part(el, 'portrait-image') as HTMLImageElement).getAttribute('alt')).to.equal('');
    expect(part(el, 'representative')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("takes a heading of the page's own from the `heading` slot; `heading-level` then leaves the name alone", async () => {
    const el = await fixture<SpeechBlock>(html`<speech-block speaker="Chen Jianfeng" honorific="mr" heading="ignored" heading-level="2"
      ><h3 slot="heading">Speech by Mr. Chen Jianfeng</h3><p>Text.</p></speech-block
    >`);
    const slot = part(el, 'header')!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
    expect(slot.assignedElements().map((element) => element.tagName)).to.deep.equal(['H3']);
    expect(part(el, 'heading')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
    expect(el.querySelector('h3')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('labels a representative given by attribute, and uses `speaker-role`, never the ARIA `role`', async () => {
    const el = await fixture<SpeechBlock>(html`<speech-block speaker="Danmarys Hernández" honorific="ms" country="VE" representative speaker-role="Analyst"
      ><p>Text.</p></speech-block
    >`);
    expect(text(part(el, 'representative'))).to.equal('Participant representative');
    expect(text(part(el, 'role'))).to.equal('Analyst');
    expect(el.hasAttribute('role')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows initials, never a broken image, when there is no portrait or it fails to load', async () => {
    const none = await fixture<SpeechBlock>(html`<speech-block speaker="María Fernanda Gutiérrez Sánchez de la Vega"><p>Hola.</p></speech-block>`);
    expect(part(none, 'portrait-image')).to.equal(null);
    expect(text(part(none, 'monogram')), 'first given name and first surname').to.equal('MG');
    expect(part(none, 'monogram')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(none).to.be.accessible();

    const { result: broken, messages } = await captureConsole(async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block speaker="Liu Beimin" portrait=${MISSING_IMAGE}><p>Text.</p></speech-block>`);
      await waitUntil(() => part(el, 'monogram') !== null, 'the initials', { timeout: 4000 });
      return el;
    });
    expect(part(broken, 'portrait-image')).to.equal(null);
    expect(text(part(broken, 'monogram'))).to.equal('LB');
    expect(messages.some((m) => m.startsWith('<speech-block>: portrait: expected an image that loads') && m.includes('does-not-exist.png'))).to.equal(true);
    await expect(broken).to.be.accessible();

    // Same from the data: the seed speech whose photo is missing.
    const speech = (await seedSpeeches())[1]!;
    speech.photo = { ...speech.photo!, src: new URL(MISSING_IMAGE, location.href).href, placeholder: false };
    const { result: fromData, messages: dataMessages } = await captureConsole(async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${speech}></speech-block>`);
      await waitUntil(() => part(el, 'monogram') !== null, 'the initials', { timeout: 4000 });
      return el;
    });
    expect(text(part(fromData, 'monogram'))).to.equal('CJ');
    expect(dataMessages.some((m) => m.startsWith('<speech-block>: speech.photo.src: expected an image that loads'))).to.equal(true);
  });

  it('initials are the first given name and the first surname, whatever the naming custom', async () => {
    const cases: [string, string, ('family-first' | 'given-first')?][] = [
      ['María Fernanda Gutiérrez Sánchez de la Vega', 'MG'],
      ['Gabriel García Márquez', 'GG'],
      ['Ana María del Carmen López Ruiz', 'AL'],
      ['Maria das Graças Silva Foster', 'MS'],
      ['Ludwig van Beethoven', 'LB'],
      ['Danmarys Hernández', 'DH'],
      ['Liu Beimin', 'LB', 'family-first'],
      ['Ouyang Xiu Wen', 'OX', 'family-first'],
      ['刘北民', '刘'],
      ['Pelé', 'P'],
    ];
    for (const [name, expected, order] of cases) {
      const speech: Speech = { speaker: { name, ...(order ? { nameOrder: order } : {}) }, paragraphs: ['Text.'] };
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${speech}></speech-block>`);
      expect(text(part(el, 'monogram')), name).to.equal(expected);
    }
  });

  it("crops a landscape portrait toward the face: the upper middle, or the photo's focus from the data", async () => {
    // A landscape image (3:1): the circle shows a square of it, chosen by object-position.
    const canvas = Object.assign(document.createElement('canvas'), { width: 300, height: 100 });
    canvas.getContext('2d')!.fillRect(0, 0, 100, 100);
    const src = canvas.toDataURL('image/png');
    const [first] = await seedSpeeches();
    const at = async (photo: Speech['photo']) => {
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${{ ...first!, photo }}></speech-block>`);
      const image = part(el, 'portrait-image') as HTMLImageElement;
      await waitUntil(() => image.complete, 'the portrait', { timeout: 4000 });
      expect(image.getBoundingClientRect().width, 'a round box').to.equal(image.getBoundingClientRect().height);
      return getComputedStyle(image).objectPosition;
    };
    expect(await at({ src, alt: 'Portrait', placeholder: false }), 'without a focus').to.equal('50% 25%');
    expect(await at({ src, alt: 'Portrait', placeholder: false, focus: { x: 1 / 6, y: 0.4 } }), 'the focus of the data').to.equal('16.67% 40%');
    expect(validateSpeech({ ...first!, photo: { src, focus: { x: 1.5, y: -1 } } }).problems.map((problem) => problem.path)).to.deep.equal([
      'photo.focus.x',
      'photo.focus.y',
    ]);
    expect(validateSpeech({ ...first!, photo: { src, focus: { x: 0.5, y: 0.2, note: 'kept' } } }).problems, 'loose: unknown fields are kept').to.deep.equal([]);
  });

  it('drops an unsafe portrait URL with a console warning', async () => {
    const { result: el, messages } = await captureConsole(() =>
      fixture<SpeechBlock>(html`<speech-block speaker="Liu Beimin" portrait="javascript:alert(1)"><p>Text.</p></speech-block>`),
    );
    expect(part(el, 'portrait-image')).to.equal(null);
    expect(text(part(el, 'monogram'))).to.equal('LB');
    expect(messages).to.deep.equal(['<speech-block>: portrait: expected an http(s), relative or data:image URL, received "javascript:alert(1)"']);

    const speech = (await seedSpeeches())[0]!;
    speech.photo!.src = 'data:image/svg+xml,<svg onload="alert(1)"/>';
    const { result: fromData, messages: dataMessages } = await captureConsole(() =>
      fixture<SpeechBlock>(html`<speech-block .speech=${speech}></speech-block>`),
    );
    expect(part(fromData, 'portrait-image')).to.equal(null);
    expect(dataMessages[0]).to.match(/^<speech-block>: speech\.photo\.src: expected an http\(s\), relative or data:image URL/);
  });

  it('shows an unknown country code as it is, with a warning, and ignores an unknown honorific', async () => {
    const { result: el, messages } = await captureConsole(() =>
      fixture<SpeechBlock>(html`<speech-block speaker="Ana Pérez" honorific="sir" country="XX"><p>Text.</p></speech-block>`),
    );
    expect(text(part(el, 'country'))).to.equal('XX');
    expect(text(part(el, 'name'))).to.equal('Ana Pérez');
    expect(messages).to.have.length(2);
    expect(messages.some((m) => m.startsWith('<speech-block>: honorific: expected an honorific: "mr"') && m.endsWith('received "sir"'))).to.equal(true);
    expect(messages).to.include('<speech-block>: country: expected an ISO 3166-1 alpha-2 country code such as "VE", received "XX"');
  });

  it('never interprets text as HTML', async () => {
    const speech = (await seedSpeeches())[0]!;
    speech.speaker.name = '<img src=x onerror="window.__pwned=1">Liu';
    speech.paragraphs = ['<b>bold</b>'];
    const el = await fixture<SpeechBlock>(html`<speech-block .speech=${speech}></speech-block>`);
    expect(text(part(el, 'name'))).to.include('<img src=x');
    expect(el.shadowRoot!.querySelector('img:not([part])')).to.equal(null);
    expect(part(el, 'body')!.querySelector('b')).to.equal(null);
    expect(text(part(el, 'body'))).to.equal('<b>bold</b>');
  });

  describe('invalid data', () => {
    it('shows a localized error and names each field at fault', async () => {
      const speech = { ...(await seedSpeeches())[0]!, paragraphs: 'not a list', speaker: { name: '', country: 'XX' } } as unknown as Speech;
      const { result: el, messages } = await captureConsole(() => fixture<SpeechBlock>(html`<speech-block .speech=${speech}></speech-block>`));
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(text(alert)).to.equal('This speech cannot be shown: its data is not valid.');
      expect(part(el, 'name')).to.equal(null);
      expect(messages.some((m) => m.startsWith('<speech-block>: speech.paragraphs: expected Array, received string "not a list"'))).to.equal(
        true,
        messages.join('\n'),
      );
      expect(messages.some((m) => m.startsWith('<speech-block>: speech.speaker.name:'))).to.equal(true, messages.join('\n'));
      expect(messages.some((m) => m.startsWith('<speech-block>: speech.speaker.country: expected an ISO 3166-1 alpha-2'))).to.equal(true, messages.join('\n'));
      await expect(el).to.be.accessible();

      await setLocale('es');
      try {
        await el.updateComplete;
        expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal('Este discurso no se puede mostrar: sus datos no son válidos.');
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('es');
      } finally {
        await setLocale('en');
      }
    });

    it('reports a speech that is not an object at all', async () => {
      const { result: el, messages } = await captureConsole(() =>
        fixture<SpeechBlock>(html`<speech-block .speech=${[1, 2] as unknown as Speech}></speech-block>`),
      );
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(messages).to.deep.equal(['<speech-block>: speech: expected Object, received array of 2']);
    });

    it('renders nothing and reports nothing with no data at all', async () => {
      const { result: el, messages } = await captureConsole(() => fixture<SpeechBlock>(html`<speech-block></speech-block>`));
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(part(el, 'header')).to.equal(null);
      expect(part(el, 'toggle')).to.equal(null);
      expect(messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('headings', () => {
    it('makes the heading a heading of `heading-level`', async () => {
      const [liu] = await seedSpeeches();
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${liu} heading-level="2"></speech-block>`);
      const heading = part(el, 'heading')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(part(el, 'name')!.hasAttribute('role')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('makes the name the heading when there is no heading text; ignores levels outside 1–6', async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block speaker="Chen Jianfeng" honorific="mr" heading-level="4"><p>Text.</p></speech-block>`);
      expect(part(el, 'name')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('4');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'name')!.hasAttribute('role')).to.equal(false);
      expect(part(el, 'name')!.hasAttribute('aria-level')).to.equal(false);
    });
  });

  describe('collapsing', () => {
    it('shows no button for a short speech', async () => {
      const [liu] = await seedSpeeches();
      const el = await measured(
        await fixture<SpeechBlock>(html`<speech-block .speech=${liu} collapsed-lines="10" style="inline-size: 1000px"></speech-block>`),
      );
      expect(part(el, 'toggle')).to.equal(null);
      expect(clipped(el)).to.equal(false);
      // The same speech in a narrow column is long: the button appears, so the measurement has run.
      el.style.inlineSize = '300px';
      await waitUntil(() => part(el, 'toggle') !== null, 'the button when narrow', { timeout: 2000 });
      expect(clipped(el)).to.equal(true);
    });

    it('collapses a long speech; the button expands and collapses it by mouse, with aria-expanded', async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${await longSpeech()} style="inline-size: 600px"></speech-block>`);
      await waitUntil(() => part(el, 'toggle') !== null, 'the Read more button', { timeout: 2000 });
      const button = part(el, 'toggle') as HTMLButtonElement;
      const body = part(el, 'body')!;
      expect(text(button)).to.equal('Read more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(body.id);
      expect(el.shadowRoot!.getElementById(body.id)).to.equal(body);
      const lineHeight = parseFloat(getComputedStyle(body).lineHeight);
      expect(body.clientHeight).to.be.closeTo(10 * lineHeight, 2);
      expect(clipped(el)).to.equal(true);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(text(button)).to.equal('Show less');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(clipped(el)).to.equal(false);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(clipped(el)).to.equal(true);
    });

    it('is operable by keyboard: Enter and Space toggle, and focus stays on the button', async () => {
      // A button before the element (fixtures are appended to the body): Tab from it goes into the element.
      const before = document.createElement('button');
      before.textContent = 'before';
      document.body.prepend(before);
      try {
        const el = await fixture<SpeechBlock>(html`<speech-block .speech=${await longSpeech()} style="inline-size: 600px"></speech-block>`);
        await waitUntil(() => part(el, 'toggle') !== null, 'the Read more button', { timeout: 2000 });
        const button = part(el, 'toggle')!;
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement, 'Tab reaches the button').to.equal(button);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(clipped(el)).to.equal(false);
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'toggle'));
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(clipped(el)).to.equal(true);
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'toggle'));
      } finally {
        before.remove();
      }
    });

    it('expands when focus moves to a link hidden in the collapsed part', async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block speaker="Chen Jianfeng" style="inline-size: 400px"
        >${Array.from({ length: 12 }, (_, i) => html`<p>Paragraph ${i} of a long speech, long enough to wrap at least once in a narrow column.</p>`)}
        <p><a href="#end">A link at the end</a></p></speech-block
      >`);
      await waitUntil(() => part(el, 'toggle') !== null, 'the Read more button', { timeout: 2000 });
      expect(clipped(el)).to.equal(true);
      el.querySelector('a')!.focus();
      await el.updateComplete;
      expect(part(el, 'toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(clipped(el)).to.equal(false);
    });

    it('reacts to width: a speech that fits when wide collapses when narrow, and back', async () => {
      const [liu] = await seedSpeeches();
      const el = await measured(
        await fixture<SpeechBlock>(html`<speech-block .speech=${liu} collapsed-lines="10" style="inline-size: 1000px"></speech-block>`),
      );
      expect(part(el, 'toggle')).to.equal(null);
      el.style.inlineSize = '260px';
      await waitUntil(() => part(el, 'toggle') !== null, 'the button after narrowing', { timeout: 2000 });
      expect(clipped(el)).to.equal(true);
      el.style.inlineSize = '1000px';
      await waitUntil(() => part(el, 'toggle') === null, 'no button after widening', { timeout: 2000 });
      expect(clipped(el)).to.equal(false);
    });

    it('shows a speech whole when it is at most two lines longer than `collapsed-lines`', async () => {
      const [liu] = await seedSpeeches();
      const el = await measured(await fixture<SpeechBlock>(html`<speech-block .speech=${liu} collapsed-lines="0" style="inline-size: 700px"></speech-block>`));
      const content = part(el, 'body')!.firstElementChild as HTMLElement;
      const lines = Math.round(content.offsetHeight / parseFloat(getComputedStyle(content).lineHeight));
      expect(lines).to.be.greaterThan(5);
      el.collapsedLines = lines - 2;
      await measured(el);
      expect(part(el, 'toggle')).to.equal(null);
      el.collapsedLines = lines - 3;
      await el.updateComplete;
      expect(part(el, 'toggle')).to.exist;
      expect(clipped(el)).to.equal(true);
    });

    it('follows `collapsed-lines`, and 0 never collapses', async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${await longSpeech()} collapsed-lines="3" style="inline-size: 600px"></speech-block>`);
      await waitUntil(() => part(el, 'toggle') !== null, 'the button', { timeout: 2000 });
      const body = part(el, 'body')!;
      expect(body.clientHeight).to.be.closeTo(3 * parseFloat(getComputedStyle(body).lineHeight), 2);
      el.collapsedLines = 0;
      await waitUntil(() => part(el, 'toggle') === null, 'no button', { timeout: 2000 });
      expect(clipped(el)).to.equal(false);
    });

    it('shows everything in print, without the button', async function () {
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${await longSpeech()} style="inline-size: 600px"></speech-block>`);
      await waitUntil(() => part(el, 'toggle') !== null, 'the button', { timeout: 2000 });
      expect(clipped(el)).to.equal(true);
      await emulateMediaOrSkip(this, { media: 'print' });
      try {
        expect(clipped(el)).to.equal(false);
        expect(getComputedStyle(part(el, 'body')!).maskImage).to.equal('none');
        expect(getComputedStyle(part(el, 'toggle')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(clipped(el)).to.equal(true);
    });

    it('drops the fade in forced colours and marks the cut with a rule instead', async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${await longSpeech()} style="inline-size: 600px"></speech-block>`);
      await waitUntil(() => part(el, 'toggle') !== null, 'the button', { timeout: 2000 });
      expect(getComputedStyle(part(el, 'body')!).maskImage).to.include('linear-gradient');
      // emulateMedia cannot emulate forced colours: read the rule the browser would apply.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const forced = rules.find(
        (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === '(forced-colors: active)' && /\.collapsed/.test(rule.cssText),
      )!;
      const collapsed = [...forced.cssRules].find((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.collapsed')!;
      expect(collapsed.style.maskImage).to.equal('none');
      expect(collapsed.style.borderBlockEndStyle).to.equal('dashed');
      expect(part(el, 'body')!.matches(collapsed.selectorText)).to.equal(true);
    });

    it('observes its content again after leaving and re-entering the page', async () => {
      const el = await measured(
        await fixture<SpeechBlock>(html`<speech-block .speech=${(await seedSpeeches())[0]} collapsed-lines="10" style="inline-size: 1000px"></speech-block>`),
      );
      expect(part(el, 'toggle')).to.equal(null);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      el.style.inlineSize = '240px';
      await waitUntil(() => part(el, 'toggle') !== null, 'the button after re-entering', { timeout: 2000 });
    });
  });

  describe('languages', () => {
    const expected = {
      en: { name: 'Ms. Liu Beimin', representative: 'Participant representative', country: 'China', more: 'Read more' },
      es: { name: 'Sra. Liu Beimin', representative: 'Representante de los participantes', country: 'China', more: 'Leer más' },
      'pt-BR': { name: 'Sra. Liu Beimin', representative: 'Representante dos participantes', country: 'China', more: 'Ler mais' },
      'zh-Hans': { name: 'Liu Beimin 女士', representative: '学员代表', country: '中国', more: '展开全文' },
      fr: { name: 'Mme Liu Beimin', representative: 'Porte-parole des participants', country: 'Chine', more: 'Lire la suite' },
    } as const;

    for (const [locale, want] of Object.entries(expected)) {
      it(`in ${locale}: honorific placed and translated, labels and country name localized, data left as written`, async () => {
        await setLocale(locale);
        const [liu] = await seedSpeeches();
        const el = await fixture<SpeechBlock>(html`<speech-block .speech=${liu} representative></speech-block>`);
        expect(text(part(el, 'name'))).to.equal(want.name);
        expect(text(part(el, 'country'))).to.equal(want.country);
        expect(part(el, 'country')!.getAttribute('lang')).to.equal(locale);
        // The honorific is the reader's language; the name keeps the data's.
        const spans = [...part(el, 'name')!.querySelectorAll('span')];
        expect(spans.map((span) => span.getAttribute('lang'))).to.deep.equal(locale === 'zh-Hans' ? ['en', locale] : [locale, 'en']);
        expect(text(part(el, 'attribution'))).to.equal(`${locale === 'zh-Hans' ? '——' : '—'} ${want.name}`);

        const representative =
          await fixture<SpeechBlock>(html`<speech-block speaker="Danmarys Hernández" honorific="ms" country="VE" representative style="inline-size: 300px"
          >${Array.from({ length: 8 }, () => html`<p>Texto largo del discurso, que ocupa varias líneas en una columna estrecha.</p>`)}</speech-block
        >`);
        expect(text(part(representative, 'representative'))).to.equal(want.representative);
        expect(part(representative, 'representative')!.getAttribute('lang')).to.equal(locale);
        await waitUntil(() => part(representative, 'toggle') !== null, 'the button', { timeout: 2000 });
        expect(text(part(representative, 'toggle'))).to.equal(want.more);
        expect(part(representative, 'toggle')!.getAttribute('lang')).to.equal(locale);
        await expect(el).to.be.accessible();
        await expect(representative).to.be.accessible();
      });
    }

    it('puts a Chinese honorific right after a name written in Chinese characters', async () => {
      await setLocale('zh-Hans');
      const el = await fixture<SpeechBlock>(html`<speech-block speaker="刘北敏" honorific="ms"></speech-block>`);
      expect(text(part(el, 'name'))).to.equal('刘北敏女士');
      expect(text(part(el, 'monogram'))).to.equal('刘');
    });

    it('localizes every honorific', async () => {
      const honorifics = ['mr', 'ms', 'mrs', 'miss', 'dr', 'prof', 'his-excellency', 'her-excellency'];
      const el = await fixture<SpeechBlock>(html`<speech-block speaker="Ana Pérez"></speech-block>`);
      const names = async () => {
        const out: string[] = [];
        for (const honorific of honorifics) {
          el.honorific = honorific;
          await el.updateComplete;
          out.push(text(part(el, 'name')));
        }
        return out;
      };
      expect(await names()).to.deep.equal([
        'Mr. Ana Pérez',
        'Ms. Ana Pérez',
        'Mrs. Ana Pérez',
        'Miss Ana Pérez',
        'Dr. Ana Pérez',
        'Prof. Ana Pérez',
        'His Excellency Ana Pérez',
        'Her Excellency Ana Pérez',
      ]);
      await setLocale('es');
      expect(await names()).to.deep.equal([
        'Sr. Ana Pérez',
        'Sra. Ana Pérez',
        'Sra. Ana Pérez',
        'Srta. Ana Pérez',
        'Dr. Ana Pérez',
        'Prof. Ana Pérez',
        'Su Excelencia Ana Pérez',
        'Su Excelencia Ana Pérez',
      ]);
      await setLocale('fr');
      expect((await names()).slice(-2)).to.deep.equal(['Son Excellence Monsieur Ana Pérez', 'Son Excellence Madame Ana Pérez']);
    });

    it('marks a Spanish speech inside an English page as Spanish, and the interface as English', async () => {
      const danmarys = (await seedSpeeches())[2]!;
      const speech: Speech = {
        ...danmarys,
        lang: 'es',
        heading: 'Discurso de la representante de los participantes',
        paragraphs: ['La Sra. Danmarys Hernández agradeció la invitación.'],
      };
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${speech}></speech-block>`);
      expect(document.documentElement.lang).to.not.equal('es');
      expect(part(el, 'heading')!.getAttribute('lang')).to.equal('es');
      expect(part(el, 'body')!.querySelector('p')!.getAttribute('lang')).to.equal('es');
      expect(part(el, 'name')!.querySelector('span')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'representative')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'body')!.querySelector('p')!.matches(':lang(es)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('takes the language of hand-written content from the element or the paragraphs; the interface keeps the locale', async () => {
      const el = await fixture<SpeechBlock>(html`<speech-block lang="es" speaker="Danmarys Hernández" honorific="ms" representative country="VE"
        ><p>Agradeció la invitación del Gobierno chino.</p><p lang="pt">Obrigada.</p></speech-block
      >`);
      const [spanish, portuguese] = [...el.querySelectorAll('p')];
      expect(spanish!.matches(':lang(es)')).to.equal(true);
      expect(portuguese!.matches(':lang(pt)')).to.equal(true);
      // The name takes the element's language; the interface words are English.
      expect(part(el, 'name')!.querySelector('span:not([part~="honorific"])')!.getAttribute('lang')).to.equal('es');
      expect(part(el, 'name')!.querySelector('[part~="honorific"]')!.getAttribute('lang')).to.equal('en');
      expect(part(el, 'representative')!.matches(':lang(en)')).to.equal(true);
      expect(part(el, 'country')!.matches(':lang(en)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("shows text maps in the reader's language, marked with theirs", async () => {
      await setLocale('zh-Hans');
      const speech: Speech = {
        speaker: { name: { en: 'Chen Jianfeng', 'zh-Hans': '陈建锋' }, honorific: 'mr', title: { en: 'Vice President', 'zh-Hans': '副校长' } },
        paragraphs: [{ en: 'English text.', 'zh-Hans': '中文内容。' }, { en: 'Only English.' }],
        roleLabel: { en: 'School leader' },
      };
      const el = await fixture<SpeechBlock>(html`<speech-block .speech=${speech}></speech-block>`);
      expect(text(part(el, 'name'))).to.equal('陈建锋先生');
      expect(text(part(el, 'role'))).to.equal('副校长');
      expect(text(part(el, 'representative'))).to.equal('School leader');
      expect(part(el, 'representative')!.getAttribute('lang')).to.equal('en');
      const paragraphs = [...part(el, 'body')!.querySelectorAll('p')];
      expect(paragraphs.map((p) => [p.textContent, p.getAttribute('lang')])).to.deep.equal([
        ['中文内容。', 'zh-Hans'],
        ['Only English.', 'en'],
      ]);
      await expect(el).to.be.accessible();
    });
  });
});
