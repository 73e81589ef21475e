import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/participant-country-map/define.js';
import type { ParticipantCountryMap } from '../src/participant-country-map/participant-country-map.js';
import type { Visit } from '../src/model/types.js';
import { countryName } from '../src/internal/intl.js';
import { distanceTo, outlineOf } from '../src/participant-country-map/map-labels.js';
import { loadSeed, setLocale } from './helpers.js';

/**
 * Every participant named on the drawing (#15): for real country sets of these seminars, at
 * widths from 320 to 1600 px, in English and Chinese, each participant has a label beside its
 * shape or marker, or a numbered marker that the key names; nothing overlaps, nothing leaves its
 * panel, and each label points at a spot nearer its own country than any other participant.
 * Measured on the drawing itself (getBBox of the texts, the circles, the path data).
 */
const SETS: Record<string, string> = {
  'seed (Latin America)': 'BO BR CO CR CU DM EC PA PE VE',
  'every Caribbean state': 'AG BB BS BZ CU DM DO GD GY HT JM KN LC SR TT VC',
  'every Pacific state': 'CK FJ FM KI MH NR NU PG PW SB TO TV VU WS',
  'every Indian Ocean state': 'KM MG MU MV SC LK',
  'three oceans': 'JM DM FJ TO MV SC CV',
  'Latin America, Caribbean and South Pacific': 'BO CU DM EC GD JM LC PE TT FJ WS TO',
  'a single tiny state': 'TV',
  'Greater Mekong': 'KH LA MM TH VN',
  'Francophone Africa': 'BJ BF BI CD CF CG CI CM DJ GA GN KM MG ML NE SN TD TG',
  'Asian microstates': 'BH BN BT MV QA SG TL MO HK',
  'Portuguese-speaking': 'AO BR CV GW MZ ST TL',
  'Belt and Road (40)': 'AF AM AZ BD BH BY EG ET GE GR HU ID IQ IR KE KG KH KZ LA LK MM MN MV MY NG NP OM PH PK PL RS SA SG TH TJ TM TR UZ VN ZA',
};
const WIDTHS = [320, 390, 768, 1200, 1600];
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box, slack = 0.5) =>
  a.x + slack < b.x + b.width && b.x + slack < a.x + a.width && a.y + slack < b.y + b.height && b.y + slack < a.y + a.height;

/** What is wrong with the names on the drawing (an empty list when nothing is). */
function problems(map: ParticipantCountryMap, codes: string[], locale: string, where: string): string[] {
  const root = map.shadowRoot!;
  const found: string[] = [];
  const fail = (what: string) => found.push(`${where}: ${what}`);
  const key = new Map(
    [...root.querySelectorAll('[part="key"] li')].map((li) => [
      li.querySelector('.number')!.textContent!.trim(),
      li.textContent!.replace(/^\s*\d+/, '').trim(),
    ]),
  );
  const labels = [...root.querySelectorAll<SVGTextElement>('[part~="map"] svg[role="img"] text.label[data-code]')];
  const markers = [...root.querySelectorAll<SVGGElement>('[part~="map"] svg[role="img"] .marker[data-code]')];
  const circles = markers.map((marker) => marker.querySelector<SVGCircleElement>('.ring, .disc')!);
  const cities = [...root.querySelectorAll<SVGCircleElement>('[part~="map"] svg[role="img"] .city .dot')];
  const cityLabels = [...root.querySelectorAll<SVGTextElement>('[part~="map"] svg[role="img"] .city text')];
  // Participants as drawn: their outlines and their markers.
  const outlines = [...root.querySelectorAll<SVGPathElement>('[part~="map"] svg[role="img"] path.participant')].map((path) =>
    outlineOf(path.dataset['code']!, path.getAttribute('d')!),
  );
  const near = (code: string, x: number, y: number) =>
    Math.min(
      ...outlines.filter((outline) => outline.code === code).map((outline) => distanceTo(outline, x, y)),
      ...circles
        .filter((circle) => circle.parentElement!.dataset['code'] === code)
        .map((circle) => Math.max(0, Math.hypot(circle.cx.baseVal.value - x, circle.cy.baseVal.value - y) - circle.r.baseVal.value)),
    );
  for (const code of codes) {
    const name = countryName(code, locale);
    const label = labels.find((text) => text.dataset['code'] === code);
    const number = markers
      .find((marker) => marker.dataset['code'] === code)
      ?.querySelector('text.number')
      ?.textContent?.trim();
    if (label) {
      if (label.textContent !== name) fail(`${code} labelled "${label.textContent}", not "${name}"`);
      // The point where the label points (its start or end at mid-height, or for a centred label
      // the middle of its top or bottom edge, whichever faces its country): no other participant as near.
      const [x, y] = [label.x.baseVal[0]!.value, label.y.baseVal[0]!.value];
      const points: [number, number][] =
        label.getAttribute('text-anchor') === 'middle'
          ? [
              [x, y + 2],
              [x, y - 10],
            ]
          : [[x, y - 4]];
      const [px, py] = points.reduce((best, point) => (near(code, ...point) < near(code, ...best) ? point : best));
      const own = near(code, px, py);
      if (own > 14) fail(`label "${name}" is ${own.toFixed(1)} px off its country`);
      for (const other of codes) if (other !== code && near(other, px, py) < own) fail(`label "${name}" is nearer ${other} than ${code}`);
    } else if (number) {
      if (key.get(number) !== name) fail(`${code} numbered ${number}, but the key says "${key.get(number)}"`);
    } else fail(`${code} (${name}) is not named on the drawing`);
  }
  // Nothing overlaps, nothing leaves its panel.
  const boxes: [string, Box][] = [
    ...labels.map((label): [string, Box] => [`label "${label.textContent}"`, label.getBBox()]),
    ...cityLabels.map((label): [string, Box] => [`city label "${label.textContent}"`, label.getBBox()]),
    ...circles.map((circle): [string, Box] => [`marker ${circle.parentElement!.dataset['code']}`, circle.getBBox()]),
    ...cities.map((circle): [string, Box] => ['city', circle.getBBox()]),
  ];
  for (const [i, [what, box]] of boxes.entries()) {
    for (const [other, second] of boxes.slice(i + 1)) if (overlap(box, second) && !(what === 'city' && other === 'city')) fail(`${what} overlaps ${other}`);
  }
  for (const text of [...labels, ...cityLabels]) {
    const panel = text.closest('svg:not(.map)')!;
    const [px, py, pw, ph] = panel.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const { x, y, width, height } = text.getBBox();
    if (x < px || y < py || x + width > px + pw || y + height > py + ph) fail(`label "${text.textContent}" leaves its panel`);
  }
  return found;
}

/** Draws `codes` once, then at each width, and collects what is wrong. */
async function check(codes: string, locale: string, layout: string, widths: number[], visits?: Visit[]): Promise<string[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><participant-country-map></participant-country-map></div>`);
  const map = wrapper.querySelector('participant-country-map')!;
  map.countries = codes;
  map.layout = layout as ParticipantCountryMap['layout'];
  map.visits = visits;
  const found: string[] = [];
  for (const width of widths) {
    wrapper.style.inlineSize = `${width}px`;
    wrapper.scrollIntoView();
    await waitUntil(
      () => map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]')?.getAttribute('viewBox')?.split(' ')[2] === String(width),
      `the map at ${width} px`,
      {
        timeout: 8000,
      },
    );
    await map.updateComplete;
    found.push(
      ...problems(map, codes.split(' '), locale, `${codes.split(' ').length} countries, ${layout}, ${locale}, ${width} px${visits ? ', visits' : ''}`),
    );
  }
  wrapper.remove();
  return found;
}

describe('participant-country-map names every participant on the drawing', function () {
  this.timeout(120_000);
  let visits: Visit[];
  before(async () => (visits = (await loadSeed()).seminars[0]!.visits!));

  for (const locale of ['en', 'zh-Hans']) {
    for (const [name, codes] of Object.entries(SETS)) {
      it(`${name}, ${locale}, 320 to 1600 px`, async () => {
        await setLocale(locale);
        const found = await check(codes, locale, 'auto', WIDTHS, name === 'seed (Latin America)' || name === 'every Pacific state' ? visits : undefined);
        expect(found).to.deep.equal([]);
      });
    }
  }

  it('in the world and regions layouts too, in all five languages (the seed and the Pacific)', async () => {
    const found: string[] = [];
    for (const locale of ['en', 'es', 'fr', 'pt-BR', 'zh-Hans']) {
      await setLocale(locale);
      for (const layout of ['world', 'regions']) {
        found.push(...(await check(SETS['seed (Latin America)']!, locale, layout, [390, 1280], visits)));
        found.push(...(await check(SETS['every Pacific state']!, locale, layout, [320, 1200])));
      }
    }
    expect(found).to.deep.equal([]);
  });

  it('gives the host a panel only for its cities: without visits the participants get the whole map', async () => {
    await setLocale('en');
    const panels = async (codes: string, layout: string, width: number, given?: Visit[]) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><participant-country-map></participant-country-map></div>`);
      const map = wrapper.querySelector('participant-country-map')!;
      Object.assign(map, { countries: codes, layout, visits: given });
      wrapper.scrollIntoView();
      await waitUntil(() => !!map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]'), 'the map', { timeout: 8000 });
      const boxes = [...map.shadowRoot!.querySelectorAll('[part~="map"] svg[role="img"] > svg')].map((panel) =>
        [panel.getAttribute('width'), panel.getAttribute('height')].join(' x '),
      );
      const host = !!map.shadowRoot!.querySelector('[part~="map"] svg[role="img"] path.host');
      wrapper.remove();
      return { boxes, host };
    };
    // Clustered far from China, no visits: one panel, all of it the participants'.
    expect(await panels(SETS['every Caribbean state']!, 'auto', 390)).to.deep.equal({ boxes: ['390 x 390'], host: false });
    expect(await panels('WS', 'regions', 1200)).to.deep.equal({ boxes: ['1200 x 600'], host: false });
    // The world at 390 px without visits: no empty China below it.
    expect((await panels(SETS['seed (Latin America)']!, 'world', 390)).boxes).to.deep.equal(['390 x 390']);
    // With visits, China's panel shows the cities.
    expect(await panels(SETS['every Caribbean state']!, 'auto', 390, visits)).to.deep.equal({ boxes: ['390 x 234', '390 x 156'], host: true });
    expect((await panels(SETS['seed (Latin America)']!, 'world', 390, visits)).boxes).to.deep.equal(['390 x 195', '390 x 195']);
  });

  it('gives the small-country marker by drawn size only: big countries are shapes in the world view', async () => {
    await setLocale('en');
    for (const width of [320, 390, 1200]) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: ${width}px"><participant-country-map countries="BR PE BO DM CR PA" layout="world"></participant-country-map></div>`,
      );
      const map = wrapper.querySelector('participant-country-map')!;
      wrapper.scrollIntoView();
      await waitUntil(() => !!map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]'), 'the map', { timeout: 8000 });
      for (const path of map.shadowRoot!.querySelectorAll<SVGPathElement>('path.participant')) {
        const { width: w, height: h } = path.getBBox();
        const marker = map.shadowRoot!.querySelector(`.marker[data-code="${path.dataset['code']}"]`);
        const small = !!marker?.querySelector('.ring');
        // Under a 24 px target both ways: a marker; from 24 px: a shape (a numbered marker stands for a label, not for size).
        if (Math.max(w, h) < 24) expect(!!marker, `${path.dataset['code']} at ${width} px (${w.toFixed(0)} x ${h.toFixed(0)} px)`).to.equal(true);
        else expect(small, `${path.dataset['code']} at ${width} px (${w.toFixed(0)} x ${h.toFixed(0)} px)`).to.equal(false);
      }
      wrapper.remove();
    }
  });
});
