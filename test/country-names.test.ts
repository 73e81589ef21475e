// Country names as a news article writes them, in the reader's alphabetical order, the same
// wherever an element shows them (the map's list, its drawing and description, the card).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { byCountryName, countryName } from '../src/internal/intl.js';
import { loadSeed, setLocale } from './helpers.js';

type Map = HTMLElement & { updateComplete: Promise<unknown> };
const listOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="list"] li')].map((li) => li.textContent!.trim());

describe('country names readers expect', () => {
  const expected: [string, string, string][] = [
    ['en', 'CD', 'Democratic Republic of the Congo'],
    ['en', 'CG', 'Republic of the Congo'],
    ['en', 'MM', 'Myanmar'],
    ['en', 'TT', 'Trinidad and Tobago'],
    ['en', 'KN', 'Saint Kitts and Nevis'],
    ['en', 'VC', 'Saint Vincent and the Grenadines'],
    ['en', 'AG', 'Antigua and Barbuda'],
    ['en', 'BO', 'Bolivia'],
    ['es', 'MM', 'Myanmar'],
    ['pt-BR', 'CD', 'República Democrática do Congo'],
    ['fr', 'CG', 'République du Congo'],
    ['zh-Hans', 'CD', '刚果（金）'],
    ['zh-Hans', 'HK', '中国香港'],
  ];
  for (const [locale, code, name] of expected) {
    it(`${code} in ${locale} is "${name}"`, () => {
      expect(countryName(code, locale)).to.equal(name);
    });
  }

  it('no name a reader sees has CLDR\'s qualifiers ("&", " - ", "SAR", parentheses in English)', () => {
    const codes = 'AG BA CD CG HK KN MM MO PS ST TC TT VC'.split(' ');
    for (const code of codes) expect(countryName(code, 'en'), code).not.to.match(/&| - |SAR|\(/);
  });

  it("sorts by name in the reader's alphabet", () => {
    const codes = ['VE', 'BR', 'BO', 'CU', 'PE', 'CO'];
    expect(byCountryName(codes, 'en').map((code) => countryName(code, 'en'))).to.deep.equal(['Bolivia', 'Brazil', 'Colombia', 'Cuba', 'Peru', 'Venezuela']);
    // Pinyin order: Ba, Bo, Ge, Gu, Bi (秘鲁 Bìlǔ), Wei.
    expect(byCountryName(codes, 'zh-Hans').map((code) => countryName(code, 'zh-Hans'))).to.deep.equal([
      '巴西',
      '玻利维亚',
      '哥伦比亚',
      '古巴',
      '秘鲁',
      '委内瑞拉',
    ]);
  });

  it("the map lists its countries in the reader's order, with the same names as its drawing", async () => {
    const el = await fixture<Map>(html`<div style="width: 800px"><participant-country-map countries="VE TT CD MM BR AG"></participant-country-map></div>`);
    const map = el.querySelector('participant-country-map') as Map;
    await map.updateComplete;
    expect(listOf(map)).to.deep.equal(['Antigua and Barbuda', 'Brazil', 'Democratic Republic of the Congo', 'Myanmar', 'Trinidad and Tobago', 'Venezuela']);
    await setLocale('zh-Hans');
    await waitUntil(() => listOf(map)[0] === '安提瓜和巴布达', 'the Chinese list', { timeout: 3000 });
    expect(listOf(map)).to.deep.equal(['安提瓜和巴布达', '巴西', '刚果（金）', '缅甸', '特立尼达和多巴哥', '委内瑞拉']);
    await setLocale(null);
    await waitUntil(() => !!map.shadowRoot!.querySelector('svg'), 'the drawing', { timeout: 8000 });
    const drawn = [...map.shadowRoot!.querySelectorAll('svg [data-code][aria-label]')].map((node) => node.getAttribute('aria-label'));
    expect(drawn).to.include('Democratic Republic of the Congo');
    expect(drawn.join('|')).not.to.match(/Kinshasa|Burma|&/);
  });

  it("the card lists the countries in the reader's order", async () => {
    const seed = await loadSeed();
    seed.seminars[0]!.participants!.countries = ['VE', 'PE', 'BO', 'CU'];
    const card = await fixture<Map & { event: unknown }>(html`<event-card .event=${seed}></event-card>`);
    await card.updateComplete;
    const countries = () => card.shadowRoot!.querySelector('[part~="countries"]')!.textContent;
    expect(countries()).to.equal('Bolivia, Cuba, Peru, and Venezuela');
    await setLocale('zh-Hans');
    await waitUntil(() => countries() !== 'Bolivia, Cuba, Peru, and Venezuela', 'Chinese', { timeout: 3000 });
    expect(countries()).to.equal('玻利维亚、古巴、秘鲁和委内瑞拉');
  });
});
