import { expect, fixture, html } from '@open-wc/testing';
import { PhotoCredit } from '../src/photo-credit/photo-credit.js';
import { splitNames } from '../src/internal/names.js';
import type { Credit } from '../src/model/types.js';
import { captureConsole, loadSeed, part, setLocale, useLocale } from './helpers.js';
import { conformance, type Fixtures } from './conformance/index.js';

// The conformance suite (test/conformance): lifecycle, language change, memory and fuzzing, with
// this element's fixtures. Called before the element is defined: it makes the instances a page
// writes before the script arrives, then loads the definition.
const conformanceFixtures: Fixtures = {
  tag: 'photo-credit',
  define: () => import('../src/photo-credit/define.js'),
  give: (element, seed) => (element['credits'] = seed.credits),
  property: 'credits',
  markup: `<photo-credit written-by="Ma Yizhou" photos-by="Ni Haoran" reviewed-by="Chen Wei"></photo-credit>`,
  expected: 'Ma Yizhou',
  change: (element) => (element['variant'] = 'inline'),
  changed: (element) => part(element, 'base')?.localName === 'p',
  observes: false,
  minWidth: 100,
  fuzz: {
    valid: (seed) => seed.credits,
    set: (element, value) => ((element as HTMLElement & { credits: unknown }).credits = value),
  },
};
await conformance(conformanceFixtures);

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]');
/** The block variant as "label: names" rows. */
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map(
    (item) => `${clean(item.querySelector('dt')?.textContent)}: ${clean(item.querySelector('dd')?.textContent)}`,
  );

describe('photo-credit', () => {
  useLocale('en');

  it('reads the roles from the attributes, as a definition list', async () => {
    const el = await fixture<PhotoCredit>(
      html`<photo-credit written-by="Ma Yizhou" photos-by="Ni Haoran; Li Hua"
        reviewed-by="Chen Wei" edited-by="Wang Fang、Zhao Lei；Sun Li" translated-by="Ana García, Luis Pérez"></photo-credit>`,
    );
    expect(base(el)!.tagName).to.equal('DL');
    expect(rows(el)).to.deep.equal([
      'Written by: Ma Yizhou',
      'Photos: Ni Haoran and Li Hua',
      'Reviewed by: Chen Wei',
      'Edited by: Wang Fang, Zhao Lei, and Sun Li',
      'Translated by: Ana García and Luis Pérez',
    ]);
    // Each name is its own element, so a name never runs into the list's words.
    expect([...el.shadowRoot!.querySelectorAll('[part~="names"] > span')].map((span) => span.textContent)).to.include('Zhao Lei');
    await expect(el).to.be.accessible();
  });

  it('splits names on commas, semicolons, 、 and ；, and drops empty ones', () => {
    expect(splitNames(' A ,B;C、D；E，F ;; ')).to.deep.equal(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(splitNames(undefined)).to.deep.equal([]);
  });

  it('reads the credits property (the model), which wins over the attributes', async () => {
    const credits: Credit[] = [
      { role: 'writer', names: [{ en: 'Ma Yizhou', 'zh-Hans': '马一舟' }] },
      { role: 'other', label: { en: 'Layout', es: 'Maquetación' }, names: ['Pat Doe'] },
      { role: 'photographer', label: 'Drone photos', names: ['Ni Haoran'] },
    ];
    const el = await fixture<PhotoCredit>(html`<photo-credit written-by="Someone Else" .credits=${credits}></photo-credit>`);
    expect(rows(el)).to.deep.equal(['Written by: Ma Yizhou', 'Layout: Pat Doe', 'Drone photos: Ni Haoran']);
    expect(el.shadowRoot!.querySelector('dd span[lang="en"]')!.textContent).to.equal('Ma Yizhou');
    el.variant = 'inline';
    await el.updateComplete;
    expect(clean(base(el)!.textContent)).to.equal('Written by Ma Yizhou · Layout: Pat Doe · Drone photos: Ni Haoran');
    await expect(el).to.be.accessible();
  });

  it('reads as one line in the inline variant', async () => {
    const seed = await loadSeed();
    const el = await fixture<PhotoCredit>(html`<photo-credit variant="inline" .credits=${seed.credits}></photo-credit>`);
    const line = base(el)!;
    expect(line.tagName).to.equal('P');
    expect(clean(line.textContent)).to.equal('Written by Ma Yizhou · Photos by Ni Haoran · Reviewed by Chen Wei');
    // The separators are decoration: hidden from screen readers.
    const separators = el.shadowRoot!.querySelectorAll('[part~="separator"]');
    expect(separators).to.have.length(2);
    for (const separator of separators) expect(separator.getAttribute('aria-hidden')).to.equal('true');
    // One line when there is room for it.
    const lineHeight = parseFloat(getComputedStyle(line).lineHeight);
    expect(line.getBoundingClientRect().height).to.be.lessThan(lineHeight * 1.5);
    await expect(el).to.be.accessible();
  });

  it('renders nothing and takes no space without credits', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <p style="margin: 0">before</p>
      <photo-credit></photo-credit>
      <photo-credit variant="inline" written-by=" ; , "></photo-credit>
      <photo-credit .credits=${[]}></photo-credit>
      <p style="margin: 0">after</p>
    </div>`);
    for (const el of wrapper.querySelectorAll('photo-credit')) {
      await el.updateComplete;
      expect(base(el)).to.equal(null);
      const box = el.getBoundingClientRect();
      expect(box.height).to.equal(0);
      const style = getComputedStyle(el);
      expect([style.marginTop, style.marginBottom, style.paddingTop, style.paddingBottom]).to.deep.equal(['0px', '0px', '0px', '0px']);
    }
    await expect(wrapper).to.be.accessible();
  });

  it('warns about credits it cannot show, and shows the others', async () => {
    const bad = [
      { role: 'writer', names: ['Ma Yizhou'] },
      { role: 'painter', names: ['Nobody'] },
      { role: 'reviewer', names: [] },
      null,
    ] as unknown as Credit[];
    const { result: el, messages } = await captureConsole(() => fixture<PhotoCredit>(html`<photo-credit .credits=${bad}></photo-credit>`));
    expect(rows(el)).to.deep.equal(['Written by: Ma Yizhou']);
    expect(messages).to.deep.equal([
      '<photo-credit>: credits[1]: expected a role (or a label) and at least one name, received object',
      '<photo-credit>: credits[2]: expected a role (or a label) and at least one name, received object',
      '<photo-credit>: credits[3]: expected a role (or a label) and at least one name, received null',
    ]);
    const { messages: notArray } = await captureConsole(async () => {
      el.credits = 'Ma Yizhou' as unknown as Credit[];
      await el.updateComplete;
    });
    expect(notArray).to.deep.equal(['<photo-credit>: credits: expected an array of credits, received string "Ma Yizhou"']);
    expect(base(el)).to.equal(null);
  });

  it('marks plain-string names with names-lang', async () => {
    const el = await fixture<PhotoCredit>(html`<photo-credit names-lang="zh-Hans" written-by="马一舟" photos-by="倪浩然"></photo-credit>`);
    const names = [...el.shadowRoot!.querySelectorAll('[part~="names"] > span')];
    expect(names.map((name) => `${name.getAttribute('lang')}:${name.textContent}`)).to.deep.equal(['zh-Hans:马一舟', 'zh-Hans:倪浩然']);
    // The labels stay in the reader's language, unmarked.
    expect(el.shadowRoot!.querySelector('[part~="label"]')!.hasAttribute('lang')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('never interprets names as HTML', async () => {
    const el = await fixture<PhotoCredit>(html`<photo-credit written-by=${'<img src=x onerror=alert(1)>'}></photo-credit>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(rows(el)).to.deep.equal(['Written by: <img src=x onerror=alert(1)>']);
  });

  describe('languages', () => {
    const credits: Credit[] = [
      { role: 'writer', names: [{ en: 'Ma Yizhou', 'zh-Hans': '马一舟' }] },
      { role: 'photographer', names: [{ en: 'Ni Haoran', 'zh-Hans': '倪浩然' }] },
      { role: 'reviewer', names: [{ en: 'Chen Wei', 'zh-Hans': '陈伟' }] },
      {
        role: 'editor',
        names: [
          { en: 'Wang Fang', 'zh-Hans': '王芳' },
          { en: 'Li Hua', 'zh-Hans': '李华' },
        ],
      },
      { role: 'translator', names: ['Ana García Márquez'] },
    ];
    const expected = {
      'zh-Hans': {
        block: ['撰稿: 马一舟', '摄影: 倪浩然', '审核: 陈伟', '责编: 王芳和李华', '翻译: Ana García Márquez'],
        inline: '撰稿：马一舟 · 摄影：倪浩然 · 审核：陈伟 · 责编：王芳和李华 · 翻译：Ana García Márquez',
      },
      es: {
        block: ['Texto: Ma Yizhou', 'Fotos: Ni Haoran', 'Revisión: Chen Wei', 'Edición: Wang Fang y Li Hua', 'Traducción: Ana García Márquez'],
        inline: 'Texto: Ma Yizhou · Fotos: Ni Haoran · Revisión: Chen Wei · Edición: Wang Fang y Li Hua · Traducción: Ana García Márquez',
      },
      'pt-BR': {
        block: ['Texto: Ma Yizhou', 'Fotos: Ni Haoran', 'Revisão: Chen Wei', 'Edição: Wang Fang e Li Hua', 'Tradução: Ana García Márquez'],
        inline: 'Texto: Ma Yizhou · Fotos: Ni Haoran · Revisão: Chen Wei · Edição: Wang Fang e Li Hua · Tradução: Ana García Márquez',
      },
      fr: {
        block: ['Texte: Ma Yizhou', 'Photos: Ni Haoran', 'Relecture: Chen Wei', 'Édition: Wang Fang et Li Hua', 'Traduction: Ana García Márquez'],
        inline: 'Texte : Ma Yizhou · Photos : Ni Haoran · Relecture : Chen Wei · Édition : Wang Fang et Li Hua · Traduction : Ana García Márquez',
      },
    } as const;

    for (const [locale, want] of Object.entries(expected)) {
      it(`labels the roles in ${locale}`, async () => {
        await setLocale(locale as 'es');
        const el = await fixture<PhotoCredit>(html`<photo-credit .credits=${credits}></photo-credit>`);
        expect(rows(el)).to.deep.equal(want.block);
        el.variant = 'inline';
        await el.updateComplete;
        expect(clean(base(el)!.textContent).replace(/\u00a0/g, ' ')).to.equal(want.inline);
        await expect(el).to.be.accessible();
      });
    }

    it('follows a language change while shown', async () => {
      await setLocale('en');
      const el = await fixture<PhotoCredit>(html`<photo-credit variant="inline" written-by="Ma Yizhou" edited-by="Wang Fang"></photo-credit>`);
      expect(clean(base(el)!.textContent)).to.equal('Written by Ma Yizhou · Edited by Wang Fang');
      await setLocale('zh-Hans');
      await el.updateComplete;
      expect(clean(base(el)!.textContent)).to.equal('撰稿：Ma Yizhou · 责编：Wang Fang');
    });
  });

  it('shows hand-written light-DOM text until it upgrades, then only its own rendering', async () => {
    const tag = 'photo-credit-upgrade-test';
    const wrapper = await fixture<HTMLElement>(
      html`<div><photo-credit-upgrade-test written-by="Ma Yizhou"
        photos-by="Ni Haoran"><span class="fallback">Written by Ma Yizhou · Photos Ni Haoran</span></photo-credit-upgrade-test></div>`,
    );
    const el = wrapper.firstElementChild as PhotoCredit;
    const fallback = el.querySelector('.fallback')!;
    expect(fallback.getClientRects().length, 'fallback shown before upgrade').to.be.greaterThan(0);
    customElements.define(tag, class extends PhotoCredit {});
    await el.updateComplete;
    expect(fallback.getClientRects().length, 'fallback not rendered after upgrade').to.equal(0);
    expect(el.isConnected && fallback.isConnected, 'fallback kept in the page').to.equal(true);
    expect(rows(el)).to.deep.equal(['Written by: Ma Yizhou', 'Photos: Ni Haoran']);
    await expect(wrapper).to.be.accessible();
  });
});
