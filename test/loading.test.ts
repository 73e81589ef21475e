// The loading primitive (src/internal/json-resource.ts, fetch-json.ts) as readers see it through
// <event-card src> and the map's geometry: the page-wide queue, byte limits, charsets, redirects,
// the timeout rule, the geometry cache, and geometries without our private fields. Slow servers
// are played by test-server routes (test/server/fixtures.mjs); held answers are released by the
// test (/__fixtures__/gate/K, /__fixtures__/release/K), not waited out.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/event-card/define.js';
import '../src/participant-country-map/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import type { ParticipantCountryMap } from '../src/participant-country-map/participant-country-map.js';
import { absolute, afterTimer, fresh, held, part, recordConsole, sleep, spyFetch, text, unique, useLocale } from './helpers.js';

const MINIMAL = '/test/fixtures/minimal-event.json';
const MINIMAL_TITLE = 'A minimal event: only what the model requires';
const WORLD = '/src/participant-country-map/world.topo.json';
const TINY = '/test/fixtures/tiny.topo.json';

const cardTitle = (el: EventCard) => text(part(el, 'title'));
const alertText = (el: Element) => text(el.shadowRoot!.querySelector('[role="alert"]'));
const drawnMap = (el: ParticipantCountryMap) => !!el.shadowRoot!.querySelector('[part~="map"] svg[role="img"]');
const drawnCodes = (el: ParticipantCountryMap) =>
  [...new Set([...el.shadowRoot!.querySelectorAll<SVGElement>('[data-code]')].map((node) => node.dataset['code']))].sort();
const problem = (el: ParticipantCountryMap) => text(part(el, 'problem'));

async function map(src: string | undefined, attributes: { timeout?: number; maxBytes?: number; countries?: string } = {}): Promise<ParticipantCountryMap> {
  const el = await fixture<ParticipantCountryMap>(
    html`<participant-country-map style="inline-size: 600px"
      countries=${attributes.countries ?? 'BO BR'} geometry-src=${src ?? nothing}
      timeout=${attributes.timeout ?? nothing} max-bytes=${attributes.maxBytes ?? nothing}></participant-country-map>`,
  );
  el.scrollIntoView();
  return el;
}

describe('loading', () => {
  useLocale('en');

  describe('the page-wide queue', () => {
    it('loads every card of a long listing from a server that answers two at a time, none timing out', async () => {
      // 20 cards, each answered after 200 ms, two at a time: the last answer comes after about 2 s.
      // With every request started at once, a 1.2 s timeout counted from the start cut off the last
      // cards; from the queue, each request waits at most one answer in the server.
      const key = unique();
      const spy = spyFetch();
      const log = recordConsole();
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div>${Array.from(
            { length: 20 },
            (_, n) => html`<event-card timeout="1200" src=${`/__fixtures__/two-at-a-time/${key}?ms=200&n=${n}`}></event-card>`,
          )}</div>`,
        );
        const cards = [...wrap.querySelectorAll<EventCard>('event-card')];
        await waitUntil(() => cards.every((card) => part(card, 'title') || part(card, 'retry-button')), 'every card to settle', { timeout: 7000 });
        expect(cards.map((card) => (part(card, 'retry-button') ? alertText(card) : cardTitle(card)))).to.deep.equal(cards.map(() => MINIMAL_TITLE));
        expect(log.messages).to.deep.equal([]);
        expect(spy.calls).to.have.length(20);
        expect(spy.most, 'requests under way at once').to.be.at.most(4);
      } finally {
        log.restore();
        spy.restore();
      }
    });

    it('a card removed while it waits for its turn never asks the server', async () => {
      const holds = Array.from({ length: 4 }, () => held(MINIMAL));
      const spy = spyFetch();
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div>${holds.map((item) => html`<event-card src=${item.url}></event-card>`)}</div>`);
        await waitUntil(() => spy.calls.length === 4, 'four requests under way', { timeout: 4000 });
        const waiting = await fixture<EventCard>(html`<event-card src=${fresh(MINIMAL)}></event-card>`);
        await sleep(50);
        expect(spy.calls, 'the fifth waits its turn').to.have.length(4);
        waiting.remove();
        await Promise.all(holds.map((item) => item.release()));
        const cards = [...wrap.querySelectorAll<EventCard>('event-card')];
        await waitUntil(() => cards.every((card) => part(card, 'title')), 'the four cards', { timeout: 4000 });
        await sleep(50);
        expect(spy.calls, JSON.stringify(spy.calls)).to.have.length(4);
      } finally {
        spy.restore();
      }
    });
  });

  describe('lazy cards', () => {
    it('a card with loading="lazy" far below the viewport fetches nothing until it nears it', async () => {
      const spy = spyFetch();
      try {
        const wrap = await fixture<HTMLDivElement>(
          html`<div><div style="block-size: 6000px"></div><event-card loading="lazy" src=${fresh(MINIMAL)}></event-card></div>`,
        );
        const el = wrap.querySelector<EventCard>('event-card')!;
        // The observer's first report comes within a frame or two: by then, nothing was asked.
        await sleep(150);
        expect(spy.calls).to.deep.equal([]);
        expect(!!part(el, 'skeleton'), 'the skeleton stands in').to.equal(true);
        el.scrollIntoView();
        await waitUntil(() => !!part(el, 'title'), 'the card', { timeout: 4000 });
        expect(spy.calls).to.have.length(1);
        window.scrollTo(0, 0);
      } finally {
        spy.restore();
      }
    });
  });

  describe('byte limits', () => {
    it('refuses an event document by its Content-Length, without reading it', async () => {
      // The route declares 100 MB and holds the body: reading it would end in the timeout instead.
      const src = fresh('/__fixtures__/declared-huge');
      const log = recordConsole();
      try {
        const el = await fixture<EventCard>(html`<event-card timeout="4000" src=${src}></event-card>`);
        await waitUntil(() => !!part(el, 'retry-button'), 'the error', { timeout: 3000 });
        expect(alertText(el)).to.equal('This event could not be loaded. The data is too large to load. Try again');
        expect(log.messages).to.deep.equal([
          `<event-card>: src: expected an event JSON document, received 100000000 bytes (Content-Length), more than the limit of 4194304 from ${absolute(src)}`,
        ]);
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });

    it('stops reading a streamed document past max-bytes', async () => {
      const key = unique();
      const src = `/__fixtures__/endless/${key}`;
      const log = recordConsole();
      try {
        const el = await fixture<EventCard>(html`<event-card max-bytes="100000" timeout="4000" src=${src}></event-card>`);
        await waitUntil(() => !!part(el, 'retry-button') || !!part(el, 'title'), 'the card to settle', { timeout: 3000 });
        expect(alertText(el)).to.equal('This event could not be loaded. The data is too large to load. Try again');
        expect(log.messages).to.deep.equal([
          `<event-card>: src: expected an event JSON document, received more than the limit of 100000 bytes from ${absolute(src)}`,
        ]);
        // The server saw the reader go (without the limit, the card waited for the rest until its timeout).
        const sent = async () => ((await (await fetch(`/__fixtures__/endless-sent/${key}`)).json()) as { bytes: number; closed: boolean }).closed;
        await waitUntil(sent, 'the server to see the reader go', { timeout: 4000 });
      } finally {
        log.restore();
      }
    });

    it('refuses a geometry past the map max-bytes, with the error state and a retry', async () => {
      const src = fresh(WORLD);
      const log = recordConsole();
      try {
        const el = await map(src, { maxBytes: 1000 });
        await waitUntil(() => !!part(el, 'retry-button'), 'the error', { timeout: 4000 });
        expect(problem(el)).to.equal('The map could not be loaded. The data is too large to load. Try again');
        expect(log.messages).to.have.length(1);
        expect(log.messages[0]).to.match(/^<participant-country-map>: geometry: expected the map geometry, received .*more than the limit of 1000/);
        el.maxBytes = undefined;
        part<HTMLButtonElement>(el, 'retry-button')!.click();
        await waitUntil(() => drawnMap(el), 'the map with the default limit', { timeout: 6000 });
      } finally {
        log.restore();
      }
    });
  });

  describe('charsets', () => {
    it('decodes a document declared as ISO-8859-1 as declared, and says so in the console', async () => {
      const src = fresh('/__fixtures__/latin1?declared=1');
      const log = recordConsole();
      try {
        const el = await fixture<EventCard>(html`<event-card src=${src}></event-card>`);
        await waitUntil(() => !!part(el, 'title') || !!part(el, 'retry-button'), 'the card', { timeout: 4000 });
        expect(cardTitle(el)).to.equal('Café à Brasília');
        expect(log.messages).to.deep.equal([
          `<event-card>: src: expected a UTF-8 JSON document, received charset "iso-8859-1" (decoded as declared; JSON should be UTF-8) from ${absolute(src)}`,
        ]);
      } finally {
        log.restore();
      }
    });

    it('shows the error state for bytes that are not UTF-8 when no other charset is declared', async () => {
      const src = fresh('/__fixtures__/latin1');
      const log = recordConsole();
      try {
        const el = await fixture<EventCard>(html`<event-card src=${src}></event-card>`);
        await waitUntil(() => !!part(el, 'title') || !!part(el, 'retry-button'), 'the card', { timeout: 4000 });
        expect(cardTitle(el), 'no mojibake title').to.equal('');
        expect(alertText(el)).to.equal('This event could not be loaded. The server sent something that is not event data. Try again');
        expect(log.messages).to.deep.equal([
          `<event-card>: src: expected an event JSON document, received bytes that are not valid UTF-8 (no other charset declared) from ${absolute(src)}`,
        ]);
      } finally {
        log.restore();
      }
    });
  });

  describe('redirects', () => {
    it('resolves the card image against the URL after a 301, not the one asked for', async () => {
      const el = await fixture<EventCard>(html`<event-card src=${fresh('/__fixtures__/redirect?to=/demo/data/seed-2023-06-29-opening.json')}></event-card>`);
      await waitUntil(() => !!part(el, 'title'), 'the card', { timeout: 4000 });
      expect(part<HTMLImageElement>(el, 'image')!.src).to.equal(absolute('/demo/data/images/opening-ceremony.svg'));
    });
  });

  describe('the timeout rule', () => {
    it('a card timeout above 2^31-1 ms waits (clamped) instead of failing at once', async () => {
      const answer = held(MINIMAL);
      const log = recordConsole();
      try {
        const el = await fixture<EventCard>(html`<event-card timeout="3000000000" src=${answer.url}></event-card>`);
        // Unclamped, the browser's timer fired at once (as a 0 ms one): a 1 ms timer set once the
        // request is under way runs after it, and the error would be there by then.
        await waitUntil(() => answer.asked(), 'the request', { timeout: 4000 });
        await afterTimer(1);
        await el.updateComplete;
        expect(!!part(el, 'skeleton'), 'still loading').to.equal(true);
        await answer.release();
        await waitUntil(() => !!part(el, 'title'), 'the card', { timeout: 4000 });
        expect(log.messages).to.deep.equal([]);
      } finally {
        log.restore();
      }
    });

    it('a map timeout above 2^31-1 ms waits (clamped) instead of failing at once', async () => {
      const answer = held(fresh(WORLD));
      const log = recordConsole();
      try {
        const el = await map(answer.url, { timeout: 3e9 });
        await waitUntil(() => answer.asked(), 'the request', { timeout: 4000 });
        await afterTimer(1);
        await el.updateComplete;
        expect(!!part(el, 'retry-button'), 'no error').to.equal(false);
        expect(text(el.shadowRoot!.querySelector('[part="map"] [role="status"]'))).to.equal('Loading map…');
        await answer.release();
        await waitUntil(() => drawnMap(el), 'the map', { timeout: 6000 });
        expect(log.messages).to.deep.equal([]);
      } finally {
        log.restore();
      }
    });

    it('the timeout counts from the start of the request, not the wait in the queue', async () => {
      // Four held requests fill the queue; the fifth card's 300 ms start only when it is its turn.
      const holds = Array.from({ length: 4 }, () => held(MINIMAL));
      const log = recordConsole();
      try {
        await fixture<HTMLDivElement>(html`<div>${holds.map((item) => html`<event-card src=${item.url}></event-card>`)}</div>`);
        const waiting = await fixture<EventCard>(html`<event-card timeout="300" src=${fresh(MINIMAL)}></event-card>`);
        // A timer counted from the queue would be set by now: this one, as long and set after it, runs after it.
        await afterTimer(300);
        await waiting.updateComplete;
        expect(!!part(waiting, 'retry-button'), 'no timeout while it waits its turn').to.equal(false);
        await Promise.all(holds.map((item) => item.release()));
        await waitUntil(() => !!part(waiting, 'title'), 'the waiting card', { timeout: 4000 });
        expect(log.messages).to.deep.equal([]);
      } finally {
        log.restore();
      }
    });
  });

  describe('the geometry cache', () => {
    it('keeps a geometry only while a map on the page uses it (and the default always)', async () => {
      const spy = spyFetch();
      try {
        const urls = Array.from({ length: 5 }, () => fresh(TINY));
        const maps = await Promise.all(urls.map((url) => map(url, { countries: 'BO' })));
        for (const el of maps) {
          el.scrollIntoView();
          await waitUntil(() => drawnMap(el), 'each map', { timeout: 6000 });
        }
        expect(spy.calls).to.have.length(5);
        // Another map with the same geometry while the first is on the page: no new request.
        const twin = await map(urls[0], { countries: 'BO' });
        await waitUntil(() => drawnMap(twin), 'the twin', { timeout: 6000 });
        expect(spy.calls).to.have.length(5);
        for (const el of [...maps, twin]) el.remove();
        // Nobody shows them any more: gone from the page's cache, so a new map asks again.
        const again = await map(urls[3], { countries: 'BO' });
        await waitUntil(() => drawnMap(again), 'a map after the others left', { timeout: 6000 });
        expect(spy.calls.filter((url) => url === absolute(urls[3]!))).to.have.length(2);
        again.remove();

        // The default geometry stays: the next map does not fetch it again.
        const first = await map(undefined);
        await waitUntil(() => drawnMap(first), 'a map with the default geometry', { timeout: 6000 });
        first.remove();
        const before = spy.calls.length;
        const next = await map(undefined);
        await waitUntil(() => drawnMap(next), 'the next map with the default geometry', { timeout: 6000 });
        expect(spy.calls.slice(before)).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    it('a map put back on the page keeps its drawing and uses its geometry again', async () => {
      const src = fresh(TINY);
      const spy = spyFetch();
      try {
        const el = await map(src, { countries: 'BO' });
        await waitUntil(() => drawnMap(el), 'the map', { timeout: 6000 });
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        expect(drawnMap(el)).to.equal(true);
        // Back on the page, it holds its geometry again: another map with it asks for nothing.
        const twin = await map(src, { countries: 'BO' });
        await waitUntil(() => drawnMap(twin), 'the twin', { timeout: 6000 });
        expect(spy.calls).to.have.length(1);
      } finally {
        spy.restore();
      }
    });
  });

  describe('geometries without our private fields', () => {
    it('draws a geometry whose countries have no anchors, one of them a GeometryCollection', async () => {
      const log = recordConsole();
      try {
        const el = await map(fresh('/test/fixtures/no-anchors.topo.json'));
        await waitUntil(() => drawnMap(el) || !!part(el, 'retry-button'), 'the map', { timeout: 6000 });
        expect(drawnCodes(el)).to.deep.equal(['BO', 'BR']);
        expect(part(el, 'problem')).to.equal(null);
        expect(log.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        log.restore();
      }
    });

    it('a geometry that cannot be drawn ends in the error state with a retry, not "Loading map…" for ever', async () => {
      const src = fresh('/test/fixtures/undrawable.topo.json');
      const log = recordConsole();
      try {
        const el = await map(src, { countries: 'BO' });
        await waitUntil(() => !!part(el, 'retry-button'), 'the error', { timeout: 6000 });
        expect(problem(el)).to.equal('The map could not be loaded. The server sent something that is not map data. Try again');
        expect(part(el, 'map'), 'no map box').to.equal(null);
        expect(log.messages).to.have.length(1);
        expect(log.messages[0]).to.match(
          new RegExp(
            `^<participant-country-map>: geometry: expected a map geometry that can be drawn, received .+ from ${absolute(src).replace(/[?.]/g, '\\$&')}$`,
          ),
        );
        // Try again with a geometry that works draws it.
        el.geometrySrc = fresh(TINY);
        await waitUntil(() => drawnMap(el), 'the tiny map', { timeout: 6000 });
        expect(part(el, 'problem')).to.equal(null);
      } finally {
        log.restore();
      }
    });
  });
});
