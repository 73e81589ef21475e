// What a reader of the Chinese interface sees where the elements compose text themselves: the
// punctuation between and around pieces of data is Chinese (；（）：), not ASCII, and a city the data
// names in Chinese (a text map) is labelled in Chinese on the map, as it is in the list.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-card/define.js';
import '../src/participant-country-map/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import type { ParticipantCountryMap } from '../src/participant-country-map/participant-country-map.js';
import type { EventArticle } from '../src/model/types.js';
import { setLocale } from './helpers.js';

/** A city's label on the drawing, found by the map's public parts. */
const CITY_LABEL = '[part~="map"] svg[role="img"] [part~="city"] [part~="label"]';

const SAMPLE = '/demo/data/samples/sample-2023-12-08-two-seminars-closing.json';
const load = async (): Promise<EventArticle> => (await (await fetch(SAMPLE)).json()) as EventArticle;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ASCII_PUNCTUATION = /[();:]/;

/** The sample with Chinese names for its cities and states, as a text map. */
async function sample(): Promise<EventArticle> {
  const event = await load();
  // Its photos' relative URLs would resolve against this page: not what this test looks at.
  delete event.photos;
  const [pacific, caribbean] = event.seminars;
  pacific!.visits = [{ city: { en: 'Xiamen', 'zh-Hans': '厦门' }, country: 'CN', coordinates: { lat: 24.48, lon: 118.089 } }];
  caribbean!.participants!.subdivisions = [{ name: { en: 'Saint George', 'zh-Hans': '圣乔治' }, country: 'GD' }];
  return event;
}

async function mapOf(event: EventArticle): Promise<ParticipantCountryMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: 900px"><participant-country-map layout="regions" .event=${event}></participant-country-map></div>`,
  );
  const map = wrapper.querySelector('participant-country-map')!;
  wrapper.scrollIntoView();
  await waitUntil(() => !!map.shadowRoot!.querySelector(CITY_LABEL), 'the map and its city label', {
    timeout: 15000,
  });
  return map;
}

describe('Chinese typography where the elements compose text', () => {
  afterEach(() => setLocale(null));

  it('the card: "21天；14天", "（北京时间）", states in full-width parentheses', async () => {
    await setLocale('zh-Hans');
    const card = await fixture<EventCard>(html`<event-card .event=${await sample()}></event-card>`);
    const root = card.shadowRoot!;
    const date = text(root.querySelector('[part~="date"]'));
    expect(date).to.match(/（北京时间）$/);
    const facts = [...root.querySelectorAll('dd')].map((dd) => text(dd));
    expect(facts).to.include('21天；14天');
    // What the card composes (the data's own English names keep their own punctuation).
    for (const value of [date, ...facts.filter((fact) => /\p{Script=Han}/u.test(fact))]) expect(value, value).to.not.match(ASCII_PUNCTUATION);

    // English keeps its own: "21 days; 14 days", "(Beijing time)".
    await setLocale('en');
    await card.updateComplete;
    expect(text(root.querySelector('[part~="date"]'))).to.match(/ \(Beijing time\)$/);
    expect([...root.querySelectorAll('dd')].map((dd) => text(dd))).to.include('21 days; 14 days');
  });

  it('the map: counts and states in full-width parentheses, its description with Chinese colons and semicolons', async function () {
    this.timeout(20000);
    await setLocale('zh-Hans');
    const map = await mapOf(await sample());
    const root = map.shadowRoot!;
    const items = [...root.querySelectorAll('ul[part="list"] li')].map((li) => text(li));
    expect(
      items.some((item) => /^斐济（4名学员）$/.test(item)),
      items.join(' | '),
    ).to.equal(true);
    expect(
      items.some((item) => item.includes('（圣乔治）')),
      items.join(' | '),
    ).to.equal(true);
    for (const item of items) expect(item).to.not.match(ASCII_PUNCTUATION);
    const description = text(root.querySelector('[part~="map"] svg[role="img"] desc'));
    expect(description).to.contain('；');
    expect(description).to.not.match(ASCII_PUNCTUATION);
  });

  it('the map names unknown codes as a Chinese list', async () => {
    await setLocale('zh-Hans');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 600px"><participant-country-map countries="BR XX YY ZZ"></participant-country-map></div>`,
    );
    const map = wrapper.querySelector('participant-country-map')!;
    await map.updateComplete;
    const problem = text(map.shadowRoot!.querySelector('[part~="error"]'));
    expect(problem).to.contain('XX、YY和ZZ');
    expect(problem).to.not.contain(',');
  });

  it("labels a city in the reader's language when the data names it in a text map", async function () {
    this.timeout(20000);
    await setLocale('zh-Hans');
    const map = await mapOf(await sample());
    expect(text(map.shadowRoot!.querySelector(CITY_LABEL))).to.equal('厦门');
    // Marked as Chinese, so that the Han characters take Simplified Chinese glyphs whatever the page's language.
    expect(map.shadowRoot!.querySelector(CITY_LABEL)!.getAttribute('lang')).to.equal('zh-Hans');
    expect(text(map.shadowRoot!.querySelector('figcaption'))).to.contain('厦门');
    await setLocale('en');
    await waitUntil(() => text(map.shadowRoot!.querySelector(CITY_LABEL)) === 'Xiamen', 'the English label', { timeout: 4000 });
  });
});
