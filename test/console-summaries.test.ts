// Long lists of bad entries give a short summary in the console, not one line per entry. (Data
// that cannot be read at all is part of every element's conformance suite: conformance/unreadable.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureConsole } from './helpers.js';

type Element_ = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

describe('console messages about long lists', () => {
  it('a long list of repeated and unknown country codes: one console line for each kind, with a count', async () => {
    const countries = [...Array.from({ length: 300 }, () => 'BO'), ...Array.from({ length: 200 }, (_, i) => `Q${i}`), 'PE'];
    const { messages } = await captureConsole(async () => {
      const el = await fixture<Element_>(html`<participant-country-map countries=${countries.join(' ')}></participant-country-map>`);
      await el.updateComplete;
    });
    const mine = messages.filter((m) => m.startsWith('<participant-country-map>: countries:'));
    expect(mine).to.deep.equal([
      '<participant-country-map>: countries: expected each country once, received BO 300 times',
      '<participant-country-map>: countries: expected ISO 3166-1 alpha-2 country codes such as "BO", received string "Q0", string "Q1", string "Q2", ' +
        'string "Q3", string "Q4" and 195 more',
    ]);
  });

  it('a long list of bad credits: three console lines and a count', async () => {
    const { messages } = await captureConsole(async () => {
      const el = await fixture<Element_>(html`<photo-credit></photo-credit>`);
      el['credits'] = Array.from({ length: 1000 }, () => ({ role: 'writer', names: [] }));
      await el.updateComplete;
    });
    expect(messages.filter((m) => m.startsWith('<photo-credit>'))).to.have.length(4);
    expect(messages.at(-1)).to.equal(
      '<photo-credit>: credits: expected a role (or a label) and at least one name in each credit, received 997 more credits without',
    );
  });
});
