import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ParticipantCountryMap } from '../src/participant-country-map/participant-country-map.js';
import type { Participants, Visit } from '../src/model/types.js';
import { captureConsole, frames, loadSeed, setLocale, sleep, spyFetch, useLocale } from './helpers.js';
import { conformance, type Fixtures } from './conformance/index.js';
import { shown, mount, settle, drawn as drawnBy } from './conformance/lifecycle.js';

/** A value no drawing may carry in an attribute. */
const NOT_A_NUMBER = /NaN|Infinity|undefined|null|\[object/;
/** SVG path data: commands and numbers only. */
const PATH_DATA = /^[MLHVCSQTAZ\d\s.,eE+-]*$/i;
const LAYOUTS = ['auto', 'world', 'regions'];
const WIDTHS = [375, 600, 1000];

/**
 * The map's drawing invariants: every attribute a number where a number goes, path data only
 * numbers and commands, the drawing as wide as the element, markers, cities and labels inside it.
 */
function checkMapDrawing(map: HTMLElement, where: string): boolean {
  const root = map.shadowRoot!;
  if (!root.querySelector('[part="map"]')) return false;
  const svg = root.querySelector('[part~="map"] svg[role="img"]');
  expect(svg, `${where}: the map is drawn`).to.exist;
  const [x0, y0, width, height] = svg!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  expect([x0, y0], `${where}: viewBox origin`).to.deep.equal([0, 0]);
  expect(width, `${where}: as wide as the element`).to.equal(Math.round(map.getBoundingClientRect().width));
  expect(height, `${where}: height`).to.be.greaterThan(0);
  for (const node of svg!.querySelectorAll('*')) {
    for (const { name, value } of node.attributes)
      expect(NOT_A_NUMBER.test(value), `${where}: <${node.localName} ${name}="${value.slice(0, 60)}">`).to.equal(false);
    if (node.localName === 'path') expect(PATH_DATA.test(node.getAttribute('d') ?? ''), `${where}: path data`).to.equal(true);
  }
  const inside = (x: number, y: number, what: string) => {
    expect(Number.isFinite(x) && Number.isFinite(y), `${where}: ${what} at finite coordinates`).to.equal(true);
    expect(x >= 0 && x <= width && y >= 0 && y <= height, `${where}: ${what} at ${x},${y} inside 0 0 ${width} ${height}`).to.equal(true);
  };
  for (const dot of svg!.querySelectorAll('[part~="marker"] .dot, [part~="city"] .dot'))
    inside(
      Number(dot.getAttribute('cx')),
      Number(dot.getAttribute('cy')),
      `${dot.parentElement!.getAttribute('class')} ${dot.parentElement!.getAttribute('data-code') ?? ''}`,
    );
  for (const label of svg!.querySelectorAll('[part~="label"]'))
    inside(Number(label.getAttribute('x')), Number(label.getAttribute('y')), `label "${label.textContent}"`);
  for (const marker of svg!.querySelectorAll('[data-code]')) expect(marker.getAttribute('data-code'), `${where}: a country code`).to.match(/^[A-Z]{2}$/);
  return true;
}

// The conformance suite (test/conformance): lifecycle, language change, memory and fuzzing, with
// this element's fixtures. Called before the element is defined: it makes the instances a page
// writes before the script arrives, then loads the definition.
const conformanceFixtures: Fixtures = {
  tag: 'participant-country-map',
  define: () => import('../src/participant-country-map/define.js'),
  give: (element, seed) => (element['event'] = seed),
  property: 'event',
  markup: `<participant-country-map countries="BO BR CO CR CU DM EC PA PE VE"></participant-country-map>`,
  expected: 'Bolivia',
  change: (element) => (element['host'] = 'BR'),
  changed: (element) => shown(element).includes('Host: Brazil'),
  observes: true,
  drawn: (map) => !!map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]'),
  stateful: [
    [
      'keeps the country the keyboard was on when moved, without loading or drawing again',
      async () => {
        const holder = mount('<button>before</button>');
        const other = mount('<button>before</button>');
        const map = document.createElement('participant-country-map');
        map.countries = 'CU DM BR BO';
        holder.append(map);
        await drawnBy(conformanceFixtures, map);
        const svg = map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]');
        const active = () => map.shadowRoot!.querySelector('[part~="active"]')?.getAttribute('data-code');
        const stage = map.shadowRoot!.querySelector<HTMLElement>('[part~="map"] [role="group"]')!;
        holder.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'ArrowRight' });
        await settle(map);
        expect(active()).to.equal('DM');
        const spy = spyFetch();
        const requests = spy.calls;
        try {
          other.append(map);
          await settle(map);
          await frames(2);
          await settle(map);
          // Focus left with the move (as for any element): no highlight or tooltip without it...
          expect(map.shadowRoot!.activeElement).to.equal(null);
          expect(active()).to.equal(undefined);
          expect(map.shadowRoot!.querySelector('[part~="tooltip"]')).to.equal(null);
          // ... and coming back with the keyboard resumes at Dominica, as a composite widget does.
          other.querySelector('button')!.focus();
          await sendKeys({ press: 'Tab' });
          await settle(map);
          expect(map.shadowRoot!.activeElement).to.equal(stage);
          expect(active()).to.equal('DM');
          expect(map.shadowRoot!.querySelector('[part~="tooltip"]')!.textContent).to.contain('Dominica');
          expect(map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]'), 'the same drawing, not a new one').to.equal(svg);
          expect(requests, 'nothing loaded again').to.deep.equal([]);
        } finally {
          spy.restore();
        }
      },
    ],
  ],
  fuzz: {
    // Far below the viewport, where the lazy map is never drawn: this fuzzes the inputs and the
    // list. Every tenth case runs on screen, in one of three layouts at one of three widths, and is drawn.
    valid: (seed) => ({ participants: seed.seminars[0]!.participants, visits: seed.seminars[0]!.visits }),
    set: (element, value) => {
      const map = element as HTMLElement & { participants: unknown; visits: unknown };
      const input = value as { participants?: unknown; visits?: unknown } | null | undefined;
      map.participants = input?.participants;
      map.visits = input?.visits;
    },
    onScreen: {
      every: 10,
      // The layout changes every case, the width every 20 cases (a new width waits for a frame).
      prepare(screen, element, n) {
        screen.style.width = `${WIDTHS[Math.floor(n / 20) % WIDTHS.length]}px`;
        element.setAttribute('layout', LAYOUTS[n % LAYOUTS.length]!);
      },
      ready: (element) => waitUntil(() => !!element.shadowRoot?.querySelector('[part~="map"] svg[role="img"]'), 'the on-screen map drawn', { timeout: 8000 }),
      // The new width reaches the map through its ResizeObserver, after a layout, and is drawn in the next frame.
      settle: (element, where) =>
        waitUntil(
          () =>
            !element.shadowRoot!.querySelector('[part="map"]') ||
            element.shadowRoot!.querySelector('[part~="map"] svg[role="img"]')?.getAttribute('viewBox')?.split(' ')[2] ===
              String(Math.round(element.getBoundingClientRect().width)),
          `${where}: the map drawn at its width`,
          { timeout: 4000 },
        ),
      check: checkMapDrawing,
    },
  },
};
await conformance(conformanceFixtures);

const SMALL_STATES = ['DM', 'WS', 'CV', 'ST', 'TO', 'KI', 'MV', 'SG'];
const CARIBBEAN = ['AG', 'BB', 'BS', 'CU', 'DM', 'DO', 'GD', 'JM', 'KN', 'LC', 'TT', 'VC'];
const PACIFIC = ['CK', 'FJ', 'FM', 'KI', 'PG', 'SB', 'TO', 'TV', 'VU', 'WS'];
const BELT_AND_ROAD = 'AF AM AZ BD BH BY EG ET GE GR HU ID IQ IR KE KG KH KZ LA LK MM MN MV MY NG NP OM PH PK PL RS SA SG TH TJ TM TR UZ VN ZA'.split(' ');

const root = (el: ParticipantCountryMap) => el.shadowRoot!;
const all = <T extends Element = SVGGraphicsElement>(el: ParticipantCountryMap, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const drawn = (el: ParticipantCountryMap) =>
  waitUntil(() => !!root(el).querySelector('[part~="map"] svg[role="img"]'), 'the map to be drawn', { timeout: 8000 });
const listItems = (el: ParticipantCountryMap) => all<HTMLLIElement>(el, 'ul[part="list"] li');
const regionName = (code: string, locale = 'en') => new Intl.DisplayNames([locale], { type: 'region' }).of(code)!;
const stage = (el: ParticipantCountryMap) => root(el).querySelector<HTMLElement>('[part~="map"] [role="group"]')!;

/** A map of `width` px with the given attributes and properties. */
async function mapOf(width: number, props: Partial<ParticipantCountryMap> & { countries?: string }): Promise<ParticipantCountryMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"><participant-country-map></participant-country-map></div>`);
  const el = wrapper.querySelector('participant-country-map')!;
  Object.assign(el, props);
  await el.updateComplete;
  // Maps load when they near the viewport: fixtures of one test stack up below each other.
  wrapper.scrollIntoView();
  return el;
}

/** Codes drawn as a visible shape or marker that has an accessible name. */
function drawnCodes(el: ParticipantCountryMap): string[] {
  const codes = new Set<string>();
  for (const node of all(el, '[data-code]')) {
    const box = node.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && node.getAttribute('role') === 'img' && node.getAttribute('aria-label')) codes.add(node.dataset['code']!);
  }
  return [...codes].sort();
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('participant-country-map', () => {
  useLocale('en');

  it('renders the list and a fixed-ratio placeholder at once, then the map', async () => {
    const el = await fixture<ParticipantCountryMap>(html`<participant-country-map countries="BO BR CO CR CU DM EC PA PE VE"></participant-country-map>`);
    expect(listItems(el).map((li) => li.textContent!.trim())).to.deep.equal(
      ['BO', 'BR', 'CO', 'CR', 'CU', 'DM', 'EC', 'PA', 'PE', 'VE'].map((code) => regionName(code)),
    );
    const box = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    await drawn(el);
    const after = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    expect(after.height).to.be.closeTo(box.height, 1);
    expect(drawnCodes(el)).to.deep.equal(['BO', 'BR', 'CO', 'CR', 'CU', 'DM', 'EC', 'PA', 'PE', 'VE']);
    await expect(el).to.be.accessible();
  });

  it('draws exactly the box its CSS reserves, square below 560 px and 2:1 from there (one ratio for CSS and drawing)', async () => {
    for (const width of [375, 559, 560, 1000]) {
      const el = await mapOf(width, { countries: 'BO BR CU' });
      await drawn(el);
      const box = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
      const svg = root(el).querySelector('[part~="map"] svg[role="img"]')!;
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      expect(w, `${width} px: drawing width`).to.equal(Math.round(box.width));
      expect(h, `${width} px: drawing height = the CSS box's height`).to.equal(Math.round(box.height));
      expect(Math.round(box.width / box.height), `${width} px: the box's ratio`).to.equal(width >= 560 ? 2 : 1);
    }
  });

  it('draws the seed event: list and map agree, host and cities, generated title and description', async () => {
    const seed = await loadSeed();
    const el = await mapOf(1200, { event: seed });
    await drawn(el);
    const codes = seed.seminars[0]!.participants!.countries!;
    expect(drawnCodes(el)).to.deep.equal([...codes].sort());
    expect(listItems(el).map((li) => li.textContent!.trim())).to.deep.equal(codes.map((code) => regionName(code)));
    const svg = root(el).querySelector('[part~="map"] svg[role="img"]')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Map of participant countries');
    const description = svg.querySelector('desc')!.textContent!;
    expect(description).to.contain('31 participants from 10 countries');
    expect(description).to.contain(regionName('DM'));
    expect(description).to.contain('host: China');
    expect(description).to.contain('Shenzhen and Guangzhou');
    expect(all(el, 'path.host')).to.have.length.greaterThan(0);
    expect(root(el).querySelector('[part="legend"]')!.textContent).to.contain('Natural Earth');
    await expect(el).to.be.accessible();
  });

  for (const width of [375, 1200]) {
    it(`keeps Shenzhen and Guangzhou apart at ${width} px`, async () => {
      const el = await mapOf(width, { event: await loadSeed() });
      await drawn(el);
      const cities = all(el, '[part~="map"] svg[role="img"] .city .dot').map((dot) => dot.getBoundingClientRect());
      expect(cities).to.have.length(2);
      expect(overlaps(cities[0]!, cities[1]!)).to.equal(false);
      const labels = all(el, '[part~="map"] svg[role="img"] [part~="city"] [part~="label"]').map((label) => label.getBoundingClientRect());
      expect(labels).to.have.length(2);
      expect(overlaps(labels[0]!, labels[1]!), JSON.stringify(labels.map((l) => [l.x, l.y, l.width, l.height]))).to.equal(false);
    });
  }

  it('gives each small state a marker with a 24 px target, none overlapping, reachable by keyboard', async () => {
    const el = await mapOf(900, { countries: SMALL_STATES.join(' ') });
    await drawn(el);
    const hits = SMALL_STATES.map((code) => {
      const hit = root(el).querySelector(`[part~="marker"][data-code="${code}"] .hit`);
      expect(hit, code).to.exist;
      const box = hit!.getBoundingClientRect();
      expect(box.width, code).to.be.at.least(24);
      expect(box.height, code).to.be.at.least(24);
      return box;
    });
    for (let i = 0; i < hits.length; i++)
      for (let j = i + 1; j < hits.length; j++) expect(overlaps(hits[i]!, hits[j]!), `${SMALL_STATES[i]} / ${SMALL_STATES[j]}`).to.equal(false);
    stage(el).focus();
    await el.updateComplete;
    const seen: string[] = [];
    for (let i = 0; i < SMALL_STATES.length; i++) {
      seen.push(root(el).querySelector('[part~="active"]')!.getAttribute('data-code')!);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    expect([...seen].sort()).to.deep.equal([...SMALL_STATES].sort());
  });

  it('draws every Caribbean and Pacific participant (markers pushed apart, with leader lines)', async function () {
    this.timeout(20000);
    for (const [codes, width] of [
      [CARIBBEAN, 375],
      [CARIBBEAN, 1200],
      [PACIFIC, 375],
      [PACIFIC, 1200],
    ] as const) {
      const el = await mapOf(width, { countries: codes.join(' ') });
      await drawn(el);
      expect(drawnCodes(el), `${codes[0]}… at ${width}`).to.deep.equal([...codes].sort());
      const hits = all(el, '.marker .hit');
      for (let i = 0; i < hits.length; i++) {
        for (let j = i + 1; j < hits.length; j++) {
          const [a, b] = [hits[i]!.getBoundingClientRect(), hits[j]!.getBoundingClientRect()];
          const apart = Math.hypot(a.x - b.x, a.y - b.y);
          expect(apart, `${hits[i]!.parentElement!.dataset['code']} / ${hits[j]!.parentElement!.dataset['code']} at ${width}`).to.be.at.least(23.9);
        }
      }
    }
  });

  it('keyboard: one tab stop, arrows in reading order, live region, tooltip, Escape, Enter, events', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 1000px"><button>before</button><participant-country-map
        countries="CU DM BR BO"></participant-country-map><button>after</button></div>`,
    );
    const el = wrapper.querySelector('participant-country-map')!;
    el.participants = { countries: ['CU', 'DM', 'BR', 'BO'], perCountry: { DM: 3 } };
    await drawn(el);
    const focused: string[] = [];
    const selected: string[] = [];
    el.addEventListener('country-focus', (event) => focused.push(event.code));
    el.addEventListener('country-select', (event) => selected.push(event.code));
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(stage(el));
    // Reading order: top to bottom, left to right (Cuba, Dominica, then Brazil and Bolivia further south).
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      order.push(root(el).querySelector('[part~="active"]')!.getAttribute('data-code')!);
      const tooltip = root(el).querySelector('[part~="tooltip"]');
      expect(tooltip, 'tooltip').to.exist;
      expect(tooltip!.textContent).to.contain(regionName(order[i]!));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    expect(order.slice(0, 2)).to.deep.equal(['CU', 'DM']);
    const ys = order.map((code) => root(el).querySelector(`[data-code="${code}"]`)!.getBoundingClientRect().top);
    expect(ys[0]).to.be.lessThan(ys[3]!);
    // Back to Cuba after the last one; ArrowLeft goes back to the last.
    expect(root(el).querySelector('[part~="active"]')!.getAttribute('data-code')).to.equal('CU');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const live = root(el).querySelector('[aria-live="polite"]')!;
    expect(live.textContent).to.equal(`${regionName('DM')}: 3 participants, 2 of 4`);
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain('3 participants');
    expect(listItems(el).find((li) => li.classList.contains('active'))!.textContent).to.contain(regionName('DM'));
    await sendKeys({ press: 'Enter' });
    expect(selected).to.deep.equal(['DM']);
    expect(focused).to.include('DM');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')).to.equal(null);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="active"]')!.getAttribute('data-code')).to.equal('CU');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="active"]')!.getAttribute('data-code')).to.equal(order[3]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="active"]')!.getAttribute('data-code')).to.equal('CU');
    await expect(el).to.be.accessible();
    // One tab stop: the next Tab leaves the map.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
    await el.updateComplete;
    expect(root(el).querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('links hover both ways between the list and the map, and selects on click', async () => {
    const el = await mapOf(900, { countries: 'BR AR DM' });
    await drawn(el);
    const selected: string[] = [];
    el.addEventListener('country-select', (event) => selected.push(event.code));
    // The list is in the reader's alphabetical order: Argentina, Brazil, Dominica.
    listItems(el)[0]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(root(el).querySelector('[part~="active"]')!.getAttribute('data-code')).to.equal('AR');
    listItems(el)[0]!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(root(el).querySelector('[part~="active"]')).to.equal(null);
    const brazil = root(el).querySelector('[data-code="BR"]')!;
    brazil.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(listItems(el)[1]!.classList.contains('active')).to.equal(true);
    expect(root(el).querySelector('[part~="tooltip"]')!.textContent).to.contain(regionName('BR'));
    brazil.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    root(el)
      .querySelector('[part~="marker"][data-code="DM"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).to.deep.equal(['BR', 'DM']);
  });

  it('a map near the viewport when it connects asks for its geometry at once; one far below or hidden waits', async () => {
    const spy = spyFetch();
    const box = document.createElement('div');
    try {
      const map = (src: string) => Object.assign(document.createElement('participant-country-map'), { countries: 'BO', geometrySrc: src });
      const near = map(`/__fixtures__/status/404?near=${Math.random()}`);
      const far = map(`/__fixtures__/status/404?far=${Math.random()}`);
      const hidden = map(`/__fixtures__/status/404?hidden=${Math.random()}`);
      far.style.marginTop = '6000px';
      const none = document.createElement('div');
      none.hidden = true;
      none.append(hidden);
      box.append(near, far, none);
      window.scrollTo(0, 0);
      document.body.append(box);
      // Microtasks only: no frame, so no IntersectionObserver callback, has run yet.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      const asked = (el: ParticipantCountryMap) => spy.calls.some((url) => url.includes(el.geometrySrc!));
      expect(asked(near), 'the map in view').to.equal(true);
      await frames(2);
      expect(asked(far), 'the map far below').to.equal(false);
      expect(asked(hidden), 'the map in a hidden box').to.equal(false);
    } finally {
      box.remove();
      spy.restore();
    }
  });

  it('loads the drawing code and the geometry once for several maps, and only near the viewport', async function () {
    this.timeout(20000);
    const count = (pattern: RegExp) => performance.getEntriesByType('resource').filter((entry) => pattern.test(entry.name)).length;
    const geometryBefore = count(/world\.topo\.json/);
    window.scrollTo(0, 0);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="display: flex; inline-size: 600px">
        <participant-country-map style="flex: 1" countries="BO"></participant-country-map>
        <participant-country-map style="flex: 1" countries="CV"></participant-country-map>
        <participant-country-map style="flex: 1" countries="WS"></participant-country-map>
      </div>
      <div style="block-size: 6000px"></div>
      <participant-country-map id="far" countries="TO"></participant-country-map>
    </div>`);
    const maps = [...wrapper.querySelectorAll('participant-country-map')];
    for (const map of maps.slice(0, 3)) await drawn(map);
    const far = maps[3]!;
    expect(far.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight + 1000);
    // The far map must not draw: it gets the time a draw would take to start (no event to wait for).
    await sleep(100);
    expect(root(far).querySelector('[part~="map"] svg[role="img"]'), 'a map far below is not drawn yet').to.equal(null);
    expect(root(far).querySelector('[part~="map"] [role="status"]')).to.exist;
    far.scrollIntoView();
    await drawn(far);
    window.scrollTo(0, 0);
    expect(count(/world\.topo\.json/) - geometryBefore).to.be.at.most(1);
    expect(count(/world\.topo\.json/)).to.equal(1);
    expect(count(/map-view\.(ts|js)/)).to.equal(1);
  });

  it('shows the list and a localized message when the geometry cannot be loaded, and retries', async () => {
    const { messages, result: el } = await captureConsole(async () => {
      const el = await fixture<ParticipantCountryMap>(
        html`<participant-country-map countries="BO DM" geometry-src="/__fixtures__/status/404"></participant-country-map>`,
      );
      await waitUntil(() => !!root(el).querySelector('[part~="error"]'), 'the error', { timeout: 6000 });
      return el;
    });
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('The map could not be loaded.');
    expect(listItems(el)).to.have.length(2);
    expect(root(el).querySelector('[part~="map"] svg[role="img"]')).to.equal(null);
    expect(messages.some((message) => message.startsWith('<participant-country-map>: geometry: expected the map geometry, received HTTP 404'))).to.equal(true);
    await expect(el).to.be.accessible();
    el.geometrySrc = undefined;
    await captureConsole(async () => {
      root(el).querySelector<HTMLButtonElement>('[part~="error"] button')!.click();
      await drawn(el);
    });
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  });

  it('names unknown and duplicate codes, bad counts and an empty list, and never throws', async () => {
    const { messages, result: el } = await captureConsole(() => mapOf(600, { countries: 'BO XX BO br' }));
    expect(listItems(el).map((li) => li.textContent!.trim())).to.deep.equal([regionName('BO'), regionName('BR'), 'Unknown code XX']);
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('Unknown country codes: XX.');
    expect(messages).to.include('<participant-country-map>: countries: expected ISO 3166-1 alpha-2 country codes such as "BO", received string "XX"');
    expect(messages).to.include('<participant-country-map>: countries: expected each country once, received BO twice');
    await drawn(el);
    await expect(el).to.be.accessible();

    const bad = await captureConsole(() =>
      mapOf(600, { participants: { countries: ['BO', 'PE'], count: -3, perCountry: { BO: -1, PE: 'four' as unknown as number } } as Participants }),
    );
    expect(root(bad.result).querySelector('[part~="error"]')!.textContent).to.contain('Some participant counts are not valid');
    expect(bad.messages).to.include('<participant-country-map>: participants.perCountry.BO: expected a whole number of at least 0, received number -1');
    expect(bad.messages).to.include('<participant-country-map>: participants.perCountry.PE: expected a whole number of at least 0, received string "four"');
    expect(bad.messages).to.include('<participant-country-map>: participants.count: expected a whole number of at least 0, received number -3');
    expect(root(bad.result).textContent).to.not.contain('-1');

    const empty = await captureConsole(() => mapOf(600, { countries: '' }));
    expect(root(empty.result).querySelector('[part~="error"]')!.textContent).to.contain('No participant countries were given.');
    expect(empty.messages).to.include('<participant-country-map>: countries: expected at least one country code, received ""');

    const odd = await captureConsole(() => mapOf(600, { participants: { countries: 'BO' } as unknown as Participants, host: 'ZZ' }));
    expect(listItems(odd.result).map((li) => li.textContent!.trim())).to.deep.equal([regionName('BO')]);
    expect(odd.messages).to.include('<participant-country-map>: participants.countries: expected an array of country codes, received string "BO"');
    expect(odd.messages).to.include('<participant-country-map>: host: expected an ISO 3166-1 alpha-2 country code, received "ZZ"');

    const settings = await captureConsole(async () => {
      const el = await fixture<ParticipantCountryMap>(
        html`<participant-country-map countries="BO" layout="sideways" worldview="XX" geometry-src="javascript:alert(1)"></participant-country-map>`,
      );
      await drawn(el);
      return el;
    });
    expect(drawnCodes(settings.result), 'drawn with the defaults').to.deep.equal(['BO']);
    expect(settings.messages).to.include('<participant-country-map>: layout: expected "auto", "world" or "regions", received "sideways"');
    expect(settings.messages).to.include('<participant-country-map>: worldview: expected "CN" or "NE", received "XX"');
    expect(settings.messages).to.include('<participant-country-map>: geometry-src: expected an http(s) or relative URL, received "javascript:alert(1)"');

    const nothingGiven = await fixture<ParticipantCountryMap>(html`<participant-country-map></participant-country-map>`);
    expect(root(nothingGiven).querySelector('[part~="error"]')).to.equal(null);
    expect(root(nothingGiven).querySelector('[part="map"]')).to.equal(null);
    await expect(nothingGiven).to.be.accessible();
  });

  it('lists cities without coordinates but draws only those with', async () => {
    const visits: Visit[] = [{ city: 'Shanghai', coordinates: { lat: 31.23, lon: 121.47 } }, { city: { en: 'Yiwu', 'zh-Hans': '义乌' } }];
    const el = await mapOf(900, { countries: 'KE', visits });
    await drawn(el);
    expect(root(el).querySelector('figcaption')!.textContent).to.contain('Cities visited: Shanghai and Yiwu');
    expect(all(el, '[part~="map"] svg[role="img"] .city')).to.have.length(1);
    expect(all(el, '[part~="map"] svg[role="img"] [part~="city"] [part~="label"]')[0]!.textContent).to.equal('Shanghai');
    await setLocale('zh-Hans');
    await el.updateComplete;
    expect(root(el).querySelector('figcaption')!.textContent).to.contain('义乌');
    await setLocale('en');
  });

  it('chooses the layout from where the participants are, and centres the Pacific', async function () {
    this.timeout(20000);
    const seed = await mapOf(1000, { event: await loadSeed() });
    await drawn(seed);
    expect(all(seed, 'rect.frame'), 'two panels for Latin America').to.have.length(2);
    const belt = await mapOf(1000, { countries: BELT_AND_ROAD.join(' ') });
    await drawn(belt);
    expect(all(belt, 'rect.frame'), 'one fitted view for the Belt and Road').to.have.length(0);
    expect(drawnCodes(belt)).to.deep.equal([...BELT_AND_ROAD].sort());
    const world = await mapOf(1000, { countries: 'BR CN US ZA AU', layout: 'world' });
    await drawn(world);
    expect(all(world, 'path.water')).to.have.length(1);
    // Pacific participants in a world view: the map is centred on the Pacific, so they sit in its middle, not at its edges.
    const pacific = await mapOf(1000, { countries: PACIFIC.join(' '), layout: 'world' });
    await drawn(pacific);
    for (const code of ['WS', 'TO', 'FJ']) {
      const box = root(pacific).querySelector(`[data-code="${code}"]`)!.getBoundingClientRect();
      const map = root(pacific).querySelector('[part~="map"] svg[role="img"]')!.getBoundingClientRect();
      expect((box.left + box.width / 2 - map.left) / map.width, code).to.be.within(0.3, 0.7);
    }
    // Regions: the host's panel comes with cities to show (#15); without them the participants get the whole map.
    const regions = await mapOf(1000, { countries: 'KE TZ', layout: 'regions', visits: (await loadSeed()).seminars[0]!.visits });
    await drawn(regions);
    expect(all(regions, 'rect.frame')).to.have.length(2);
    const alone = await mapOf(1000, { countries: 'KE TZ', layout: 'regions' });
    await drawn(alone);
    expect(all(alone, 'rect.frame')).to.have.length(0);
  });

  it('worldview CN draws Taiwan, Hong Kong and Macao within China without borders; NE draws them', async () => {
    const cn = await mapOf(1000, { countries: 'VN PH', worldview: 'CN' });
    await drawn(cn);
    const ne = await mapOf(1000, { countries: 'VN PH', worldview: 'NE' });
    await drawn(ne);
    const length = (el: ParticipantCountryMap) => (root(el).querySelector('path.borders') as SVGPathElement).getTotalLength();
    const hostBox = (el: ParticipantCountryMap) => root(el).querySelector('path.host')!.getBoundingClientRect();
    expect(length(ne)).to.be.greaterThan(length(cn));
    // Taiwan is part of the host shape in CN only, so the host reaches further east there... or at least as far.
    expect(hostBox(cn).right).to.be.at.least(hostBox(ne).right);
    expect(hostBox(cn).width * hostBox(cn).height).to.be.at.least(hostBox(ne).width * hostBox(ne).height);
  });

  it('redraws for its width and follows the locale', async () => {
    const el = await mapOf(900, { countries: 'DM BR' });
    await drawn(el);
    expect(root(el).querySelector('[part~="map"] svg[role="img"]')!.getAttribute('width')).to.equal('900');
    el.parentElement!.style.inlineSize = '320px';
    await waitUntil(() => root(el).querySelector('[part~="map"] svg[role="img"]')!.getAttribute('width') === '320', 'a redraw at 320 px', { timeout: 4000 });
    expect(root(el).querySelector('[part~="map"] svg[role="img"]')!.getAttribute('height')).to.equal('320');
    expect(drawnCodes(el)).to.deep.equal(['BR', 'DM']);
    await setLocale('zh-Hans');
    await el.updateComplete;
    // Pinyin order: 巴西 (Bāxī) before 多米尼克 (Duōmǐníkè).
    expect(listItems(el).map((li) => li.textContent!.trim())).to.deep.equal([regionName('BR', 'zh-Hans'), regionName('DM', 'zh-Hans')]);
    expect(root(el).querySelector('[part~="map"] svg[role="img"] title')!.textContent).to.equal('参训国家地图');
    await setLocale('en');
  });

  it('draws its first map at once in the width inside the padding a page gives it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px"></div>`);
    wrapper.scrollIntoView();
    const el = Object.assign(document.createElement('participant-country-map'), { countries: 'DM BR' });
    el.style.cssText = 'padding: 0 50px; border: 3px solid';
    wrapper.append(el);
    // The width of the first SVG drawn, not of a redraw after the resize observer's frame: watched
    // from the connection on (a map in view with the geometry loaded already draws in its first render).
    const widths: string[] = [];
    const observer = new MutationObserver(() => {
      const svg = root(el).querySelector('[part~="map"] svg[role="img"]');
      if (svg && !widths.length) widths.push(svg.getAttribute('width')!);
    });
    observer.observe(root(el), { childList: true, subtree: true });
    await drawn(el);
    observer.disconnect();
    expect(widths).to.deep.equal(['594']);
    expect(drawnCodes(el)).to.deep.equal(['BR', 'DM']);
  });
});
