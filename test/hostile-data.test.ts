// Data that cannot be read (an object whose getter throws, a proxy that refuses to be read) given to
// any element: the element shows its localized error state and logs one console error that names
// it; nothing is thrown at the page, and the rest of the page keeps working. Long lists of bad
// entries give a short summary in the console, not one line per entry.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureConsole, loadSeed, setLocale } from './helpers.js';

type Element_ = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

/** An object like `base` whose `field` getter throws. */
function throwing<T extends object>(base: T, field: string): T {
  return Object.defineProperty({ ...base }, field, {
    enumerable: true,
    get() {
      throw new Error(`${field} is not readable`);
    },
  });
}

const refusing = new Proxy(
  {},
  {
    get() {
      throw new TypeError('this proxy refuses');
    },
    ownKeys() {
      throw new TypeError('this proxy refuses');
    },
  },
);

describe('data that cannot be read', () => {
  afterEach(() => setLocale(null));

  const cases: [string, string, (seed: Awaited<ReturnType<typeof loadSeed>>) => unknown][] = [
    ['event-card', 'event', (seed) => throwing(seed, 'title')],
    ['event-card', 'event', () => refusing],
    ['speech-block', 'speech', (seed) => throwing(seed.speeches![0]!, 'paragraphs')],
    ['group-photo', 'photo', (seed) => throwing(seed.photos![0]!, 'src')],
    ['photo-credit', 'credits', (seed) => [throwing(seed.credits![0]!, 'names')]],
    ['participant-country-map', 'event', (seed) => throwing(seed, 'seminars')],
    ['participant-country-map', 'participants', (seed) => throwing(seed.seminars[0]!.participants!, 'countries')],
    ['participant-country-map', 'visits', () => new Proxy([], { get: () => { throw new TypeError('this proxy refuses'); } })],
  ];
  for (const [tag, property, make] of cases) {
    it(`<${tag}>.${property} that throws when read: the error state and one console error, nothing thrown`, async () => {
      const seed = await loadSeed();
      const { result: el, messages } = await captureConsole(async () => {
        const element = await fixture<Element_>(html`<div><p>Before</p>${document.createElement(tag)}<p>After</p></div>`);
        const target = element.querySelector<Element_>(tag)!;
        target[property] = make(seed);
        await target.updateComplete;
        return target;
      });
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error, 'error state').to.exist;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.match(/cannot be shown/);
      expect(messages.filter((m) => m.startsWith(`<${tag}>: `)), messages.join('\n')).to.have.length.at.least(1);
      expect(messages.some((m) => m.startsWith(`<${tag}>: ${property}: `) && /not readable|refuses/.test(m)), `the console names ${property} and says what came`).to.equal(true);
      // The rest of the page is untouched, and the element recovers with good data.
      expect(el.parentElement!.lastElementChild!.textContent).to.equal('After');
      await setLocale('es');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.match(/no se (puede|pudo|pudieron)/i);
      await setLocale(null);
      const good = { event: seed, speech: seed.speeches![0], photo: seed.photos![0], credits: seed.credits, participants: seed.seminars[0]!.participants, visits: seed.seminars[0]!.visits }[property as 'event'];
      el[property] = good;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });
  }

  it('a long list of repeated and unknown country codes: one console line for each kind, with a count', async () => {
    const countries = [...Array.from({ length: 300 }, () => 'BO'), ...Array.from({ length: 200 }, (_, i) => `Q${i}`), 'PE'];
    const { messages } = await captureConsole(async () => {
      const el = await fixture<Element_>(html`<participant-country-map countries=${countries.join(' ')}></participant-country-map>`);
      await el.updateComplete;
    });
    const mine = messages.filter((m) => m.startsWith('<participant-country-map>: countries:'));
    expect(mine).to.deep.equal([
      '<participant-country-map>: countries: expected each country once, received BO 300 times',
      '<participant-country-map>: countries: expected ISO 3166-1 alpha-2 country codes such as "BO", received string "Q0", string "Q1", string "Q2", string "Q3", string "Q4" and 195 more',
    ]);
  });

  it('a long list of bad credits: three console lines and a count', async () => {
    const { messages } = await captureConsole(async () => {
      const el = await fixture<Element_>(html`<photo-credit></photo-credit>`);
      el['credits'] = Array.from({ length: 1000 }, () => ({ role: 'writer', names: [] }));
      await el.updateComplete;
    });
    expect(messages.filter((m) => m.startsWith('<photo-credit>'))).to.have.length(4);
    expect(messages.at(-1)).to.equal('<photo-credit>: credits: expected a role (or a label) and at least one name in each credit, received 997 more credits without');
  });
});
