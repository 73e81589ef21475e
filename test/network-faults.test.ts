// Network faults, played by the test server (test/server/fixtures.mjs): HTTP errors, timeouts,
// broken or mistyped answers, slow answers, a URL changed or an element removed mid-request, for
// <event-card src>, the map's geometry and the images of event-card, speech-block and group-photo.
// Every case ends in the state the README documents, with retry where it makes sense. Timeouts
// here are short (300 ms against a slower route): no test waits for the 15 s default.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/event-card/define.js';
import '../src/speech-block/define.js';
import '../src/group-photo/define.js';
import '../src/participant-country-map/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import type { SpeechBlock } from '../src/speech-block/speech-block.js';
import type { GroupPhoto } from '../src/group-photo/group-photo.js';
import type { ParticipantCountryMap } from '../src/participant-country-map/participant-country-map.js';
import {
  absolute,
  afterLateAnswer,
  afterTimer,
  deferred,
  fresh,
  held,
  loadSeed,
  pageFetch,
  part,
  recordConsole,
  sleep,
  spyFetch,
  text,
  useLocale,
} from './helpers.js';

const escapeRegExp = (value: string) => value.replace(/[?.*+^$()[\]{}|\\]/g, '\\$&');

/** A PNG of `w` x `h` px (a slow one goes through `held`: the test says when it comes). */
const png = (w: number, h: number) => fresh(`/__fixtures__/image.png?w=${w}&h=${h}`);

/** Every way an image can fail: the URL, served fresh each time. */
const IMAGE_FAULTS: [string, () => string][] = [
  ['404', () => fresh('/__fixtures__/status/404')],
  ['500', () => fresh('/__fixtures__/status/500')],
  ['an HTML page (text/html)', () => fresh('/__fixtures__/html')],
  ['HTML served as image/jpeg', () => fresh('/__fixtures__/not-an-image.jpg')],
  ['a dropped connection', () => fresh('/__fixtures__/drop')],
];

/**
 * The console while `run` runs and while `late` lets the late things come (a held answer
 * released, then `afterLateAnswer`; or an element's timer outlasted with `afterTimer`).
 */
async function consoleDuring<T>(run: () => Promise<T>, late?: () => Promise<unknown>): Promise<{ result: T; messages: string[] }> {
  const log = recordConsole();
  try {
    const result = await run();
    await late?.();
    return { result, messages: log.messages };
  } finally {
    log.restore();
  }
}

const box = (node: Element | null) => {
  const rect = node!.getBoundingClientRect();
  return { top: Math.round(rect.top), left: Math.round(rect.left), width: Math.round(rect.width), height: Math.round(rect.height) };
};

describe('network faults', () => {
  useLocale('en');

  describe('images', () => {
    /** One element with one image, and how to see each of its states. */
    interface ImageCase {
      name: string;
      field: string;
      make: (src: string) => Promise<HTMLElement>;
      image: (el: HTMLElement) => HTMLImageElement | null;
      /** The documented state after a failure. */
      fallback: (el: HTMLElement) => boolean;
      /** The box that must keep its size while the image loads. */
      frame: (el: HTMLElement) => Element | null;
      setSrc: (el: HTMLElement, src: string) => Promise<void>;
    }
    const cardEvent = async (src: string) => {
      const event = await loadSeed();
      event.photos![0] = { ...event.photos![0]!, src: absolute(src), placeholder: false };
      return event;
    };
    const cases: ImageCase[] = [
      {
        name: 'event-card lead image',
        field: 'event.photos[].src',
        make: async (src) => {
          const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"><event-card .event=${await cardEvent(src)}></event-card></div>`);
          return wrap.querySelector<EventCard>('event-card')!;
        },
        image: (el) => part<HTMLImageElement>(el, 'image'),
        // The media box goes: the card reflows without an image.
        fallback: (el) => part(el, 'media') === null && part(el, 'title') !== null,
        frame: (el) => part(el, 'media'),
        setSrc: async (el, src) => {
          (el as EventCard).event = await cardEvent(src);
          await (el as EventCard).updateComplete;
        },
      },
      {
        name: 'speech-block portrait',
        field: 'portrait',
        make: (src) => fixture<SpeechBlock>(html`<speech-block speaker="Liu Beimin" portrait=${src}><p>Text.</p></speech-block>`),
        image: (el) => part<HTMLImageElement>(el, 'portrait-image'),
        // The initials stand in.
        fallback: (el) => text(part(el, 'monogram')) === 'LB' && part(el, 'portrait-image') === null,
        frame: (el) => part(el, 'portrait'),
        setSrc: async (el, src) => {
          (el as SpeechBlock).portrait = src;
          await (el as SpeechBlock).updateComplete;
        },
      },
      {
        name: 'group-photo photo',
        field: 'src',
        make: (src) =>
          fixture<GroupPhoto>(html`<group-photo src=${src} alt="Participants on the steps" caption="Group photo" width="640" height="360"></group-photo>`),
        image: (el) => part<HTMLImageElement>(el, 'image'),
        // A box of the same size with the text alternative.
        fallback: (el) => text(part(el, 'placeholder')) === 'Image not available Participants on the steps' && part(el, 'image') === null,
        frame: (el) => part(el, 'button') ?? part(el, 'placeholder'),
        setSrc: async (el, src) => {
          (el as GroupPhoto).src = src;
          await (el as GroupPhoto).updateComplete;
        },
      },
    ];

    for (const item of cases) {
      describe(item.name, () => {
        for (const [fault, url] of IMAGE_FAULTS) {
          it(`${fault}: shows the fallback and names the element, field and URL`, async () => {
            const src = url();
            const { result: el, messages } = await consoleDuring(async () => {
              const el = await item.make(src);
              await waitUntil(() => item.fallback(el), 'the fallback', { timeout: 4000 });
              return el;
            });
            expect(messages).to.deep.equal([`<${el.localName}>: ${item.field}: expected an image that loads, received ${JSON.stringify(absolute(src))}`]);
            await expect(el).to.be.accessible();
          });
        }

        it('reserves the box while a slow image loads: nothing moves when it arrives', async () => {
          const slow = held(png(640, 360));
          const el = await item.make(slow.url);
          const image = item.image(el)!;
          expect(image.complete, 'still loading').to.equal(false);
          const before = box(item.frame(el));
          expect(before.height).to.be.greaterThan(0);
          await slow.release();
          await waitUntil(() => image.complete && image.naturalWidth === 640, 'the slow image', { timeout: 4000 });
          expect(box(item.frame(el))).to.deep.equal(before);
          expect(item.image(el)).to.equal(image);
        });

        it('shows the new image when the src changes while the old one (failing later) still loads', async () => {
          const old = held(fresh('/__fixtures__/status/404'), { inPlace: true });
          const { result: el, messages } = await consoleDuring(
            async () => {
              const el = await item.make(old.url);
              await item.setSrc(el, png(320, 180));
              await waitUntil(() => item.image(el)?.naturalWidth === 320, 'the new image', { timeout: 4000 });
              return el;
            },
            async () => (await old.release(), await afterLateAnswer()),
          );
          // The old request's failure never shows.
          expect(item.fallback(el)).to.equal(false);
          expect(item.image(el)!.naturalWidth).to.equal(320);
          expect(messages).to.deep.equal([]);
        });

        it('shows the failure of the new image, not the old one, when the src changes to a failing one', async () => {
          const old = held(png(320, 180), { inPlace: true });
          const { result: el, messages } = await consoleDuring(
            async () => {
              const el = await item.make(old.url);
              const broken = fresh('/__fixtures__/status/404');
              await item.setSrc(el, broken);
              await waitUntil(() => item.fallback(el), 'the fallback', { timeout: 4000 });
              return el;
            },
            async () => (await old.release(), await afterLateAnswer()),
          );
          expect(item.fallback(el), 'the old image does not come back').to.equal(true);
          expect(messages).to.have.length(1);
          expect(messages[0]).to.include('/__fixtures__/status/404');
        });

        it('logs nothing when removed while its image loads, and shows the fallback when put back', async () => {
          const failing = held(fresh('/__fixtures__/status/404'), { inPlace: true });
          const { result: el, messages } = await consoleDuring(
            async () => {
              const el = await item.make(failing.url);
              // The (lazy) image has started loading: its failure arrives while the element is away.
              await waitUntil(() => failing.asked(), 'the image request', { timeout: 4000 });
              expect(item.image(el)!.complete).to.equal(false);
              el.remove();
              return el;
            },
            async () => (await failing.release(), await afterLateAnswer()),
          );
          expect(messages).to.deep.equal([]);
          document.body.append(el);
          await waitUntil(() => item.fallback(el), 'the fallback', { timeout: 4000 });
          el.remove();
        });

        it('logs nothing when removed before its (lazy) image started loading', async () => {
          const failing = held(fresh('/__fixtures__/status/404'), { inPlace: true });
          const { messages } = await consoleDuring(
            async () => {
              const el = await item.make(failing.url);
              el.remove();
            },
            async () => (await failing.release(), await afterLateAnswer()),
          );
          expect(messages).to.deep.equal([]);
        });
      });
    }

    describe('group-photo lightbox', () => {
      it('falls back to the photo when the large image of the srcset fails in the lightbox', async () => {
        const small = png(400, 225);
        const large = fresh('/__fixtures__/status/404');
        const { result: el, messages } = await consoleDuring(async () => {
          const el = await fixture<GroupPhoto>(
            html`<group-photo src=${small} srcset="${small} 400w, ${large} 4000w"
              sizes="200px" alt="Participants on the steps" width="400" height="225"></group-photo>`,
          );
          // With a srcset, naturalWidth is in CSS pixels: the URL tells which candidate came.
          const image = part<HTMLImageElement>(el, 'image')!;
          await waitUntil(() => image.complete && image.naturalWidth > 0 && image.currentSrc === absolute(small), 'the photo', { timeout: 4000 });
          el.show();
          await waitUntil(
            () => {
              const large = part<HTMLImageElement>(el, 'lightbox-image');
              return !!large?.complete && large.naturalWidth > 0 && large.currentSrc === absolute(small);
            },
            'the photo in the lightbox',
            { timeout: 4000 },
          );
          return el;
        });
        expect(part<HTMLDialogElement>(el, 'dialog')!.open).to.equal(true);
        expect(messages).to.deep.equal([`<group-photo>: srcset: expected an image that loads, received ${JSON.stringify(absolute(large))}`]);
        await expect(el).to.be.accessible();
        el.close();
      });

      it('keeps the caption in place while the large image loads slowly', async () => {
        const small = png(400, 225);
        const slow = held(png(1600, 900));
        const large = slow.url;
        const el = await fixture<GroupPhoto>(
          html`<group-photo src=${small} srcset="${small} 400w, ${large} 1600w"
            sizes="200px" alt="Participants on the steps" caption="Group photo" width="400" height="225"></group-photo>`,
        );
        el.show();
        await el.updateComplete;
        // After the opening animation, so that sizes are final.
        await Promise.all(
          part(el, 'dialog')!
            .getAnimations()
            .map((animation) => animation.finished),
        );
        const caption = part(el, 'lightbox-caption');
        const before = box(caption);
        const image = part<HTMLImageElement>(el, 'lightbox-image')!;
        await slow.release();
        await waitUntil(() => image.complete && image.naturalWidth > 0, 'the large image', { timeout: 4000 });
        expect(box(caption)).to.deep.equal(before);
        el.close();
      });

      it('closes, with focus on the placeholder, when the photo changes to one that fails while open', async () => {
        const el = await fixture<GroupPhoto>(html`<group-photo src=${png(400, 225)} alt="Participants on the steps" width="400" height="225"></group-photo>`);
        el.show();
        await el.updateComplete;
        const { messages } = await consoleDuring(async () => {
          el.src = fresh('/__fixtures__/status/404');
          await waitUntil(() => part(el, 'placeholder') !== null, 'the placeholder', { timeout: 4000 });
        });
        expect(messages).to.have.length(1);
        expect(part(el, 'dialog')).to.equal(null);
        expect(document.documentElement.style.overflow, 'the page scrolls again').to.equal('');
        await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'placeholder'), 'focus on the placeholder', { timeout: 2000 });
        await expect(el).to.be.accessible();
      });
    });
  });
  describe('participant-country-map geometry', () => {
    const WORLD = '/src/participant-country-map/world.topo.json';
    const TINY = '/test/fixtures/tiny.topo.json';
    /** The world geometry, held until the test releases it. */
    const heldWorld = () => held(fresh(WORLD));
    const items = (el: ParticipantCountryMap) => [...el.shadowRoot!.querySelectorAll('[part="list"] li')].map((li) => text(li));
    const drawnMap = (el: ParticipantCountryMap) => !!el.shadowRoot!.querySelector('[part~="map"] svg[role="img"]');
    const drawnCodes = (el: ParticipantCountryMap) =>
      [...new Set([...el.shadowRoot!.querySelectorAll<SVGElement>('[data-code]')].map((node) => node.dataset['code']))].sort();
    const problem = (el: ParticipantCountryMap) => text(part(el, 'problem'));
    const LIST = ['Bolivia', 'Brazil'];

    async function map(src: string | undefined, timeout?: number): Promise<ParticipantCountryMap> {
      const el = await fixture<ParticipantCountryMap>(
        html`<participant-country-map style="inline-size: 600px" countries="BO BR"
          geometry-src=${src ?? nothing} timeout=${timeout ?? nothing}></participant-country-map>`,
      );
      el.scrollIntoView();
      return el;
    }
    /** A map that failed: the list, the reason and a retry button, no map box. */
    async function failedMap(src: string, reason: string, timeout?: number) {
      const { result: el, messages } = await consoleDuring(async () => {
        const el = await map(src, timeout);
        await waitUntil(() => part(el, 'retry-button') !== null, 'the error', { timeout: 4000 });
        return el;
      });
      expect(problem(el)).to.equal(`The map could not be loaded. ${reason} Try again`);
      expect(items(el), 'the list is still there').to.deep.equal(LIST);
      expect(part(el, 'map'), 'no empty map box').to.equal(null);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(
        new RegExp(`^<participant-country-map>: geometry: expected the map geometry, received .+ from ${escapeRegExp(absolute(src))}$`),
      );
      await expect(el).to.be.accessible();
      return { el, message: messages[0]! };
    }

    it('500: says the server had a problem; Try again (by keyboard) loads it', async () => {
      const src = `/__fixtures__/flaky/map-${Date.now()}?status=500&then=${WORLD}`;
      const { el, message } = await failedMap(src, 'The server had a problem.');
      expect(message).to.include('HTTP 500');
      const button = part<HTMLButtonElement>(el, 'retry-button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(part(el, 'map'), 'the box is back while it loads').not.to.equal(null);
      await waitUntil(() => drawnMap(el), 'the map', { timeout: 8000 });
      expect(drawnCodes(el)).to.deep.equal(['BO', 'BR']);
      expect(part(el, 'problem')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a dropped connection: asks to check the connection', async () => {
      await failedMap(fresh('/__fixtures__/drop'), 'Check your connection.');
    });

    it('404: says the server did not find the map data', async () => {
      await failedMap(fresh('/__fixtures__/status/404'), 'The server did not find the map data.');
    });

    it('timeout: gives up after `timeout` ms, and Try again with a longer timeout draws', async () => {
      // The answer is held until the timeout has shown: the error (and its message) come from the 300 ms timeout.
      const world = heldWorld();
      const { el, message } = await failedMap(world.url, 'The server took too long to answer.', 300);
      expect(message).to.include('no answer within 300 ms');
      el.timeout = 4000;
      await world.release();
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => drawnMap(el), 'the map', { timeout: 6000 });
      expect(part(el, 'problem')).to.equal(null);
    });

    for (const [name, url, detail] of [
      ['invalid JSON', '/__fixtures__/invalid-json', /JSON/],
      ['an HTML page', '/__fixtures__/html', /content type "text\/html/],
      ['JSON that is not geometry', '/test/fixtures/minimal-event.json', /not TopoJSON/],
    ] as const) {
      it(`${name}: says it is not map data`, async () => {
        const { message } = await failedMap(fresh(url), 'The server sent something that is not map data.');
        expect(message).to.match(detail);
      });
    }

    it('slow geometry: a fixed-size "Loading map…" box, the list at once, then the map in the same box', async () => {
      const { result: el, messages } = await consoleDuring(async () => {
        const world = heldWorld();
        const el = await map(world.url);
        expect(text(el.shadowRoot!.querySelector('[part="map"] [role="status"]'))).to.equal('Loading map…');
        expect(items(el)).to.deep.equal(LIST);
        const before = box(part(el, 'map'));
        expect(before.height).to.equal(300);
        await world.release();
        await waitUntil(() => drawnMap(el), 'the map', { timeout: 6000 });
        expect(box(part(el, 'map'))).to.deep.equal(before);
        return el;
      });
      expect(messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('a new geometry-src while loading: the new geometry is drawn, the old request is aborted and never drawn', async () => {
      const spy = spyFetch();
      try {
        const tiny = held(fresh(TINY), { inPlace: true });
        const old = tiny.url;
        const { result: el, messages } = await consoleDuring(
          async () => {
            const el = await map(old);
            await waitUntil(() => spy.calls.includes(absolute(old)), 'the first request', { timeout: 4000 });
            el.geometrySrc = fresh(WORLD);
            await waitUntil(() => drawnMap(el), 'the map', { timeout: 6000 });
            // The old answer comes now: too late, and for a request that was aborted.
            await tiny.release();
            return el;
          },
          () => afterLateAnswer(),
        );
        expect(spy.requests.find((call) => call.url === absolute(old))!.signal!.aborted).to.equal(true);
        // The tiny geometry has Bolivia only: had it been drawn, Brazil would be missing.
        expect(drawnCodes(el)).to.deep.equal(['BO', 'BR']);
        expect(part(el, 'problem')).to.equal(null);
        expect(messages).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    it('a new geometry-src after drawing: loads and draws the new one (placeholder in between)', async () => {
      const el = await map(fresh(WORLD));
      await waitUntil(() => drawnMap(el), 'the world', { timeout: 6000 });
      const tiny = held(fresh(TINY));
      el.geometrySrc = tiny.url;
      await el.updateComplete;
      expect(drawnMap(el), 'the old geometry is not drawn while the new one loads').to.equal(false);
      expect(text(el.shadowRoot!.querySelector('[part="map"] [role="status"]'))).to.equal('Loading map…');
      await tiny.release();
      await waitUntil(() => drawnMap(el), 'the tiny geometry', { timeout: 6000 });
      expect(drawnCodes(el)).to.deep.equal(['BO']);
      expect(problem(el)).to.equal('Not on the map: Brazil.');
      el.geometrySrc = undefined;
      await waitUntil(() => drawnCodes(el).length === 2, 'the default geometry', { timeout: 6000 });
      expect(part(el, 'problem')).to.equal(null);

      // Changed while away from the page: nothing loads meanwhile; back, it draws the new one.
      const parent = el.parentElement!;
      el.remove();
      const spy = spyFetch();
      try {
        el.geometrySrc = fresh(TINY);
        await el.updateComplete;
        await sleep(100);
        expect(spy.calls, 'no request while away').to.have.length(0);
        parent.append(el);
        el.scrollIntoView();
        await waitUntil(() => drawnMap(el) && drawnCodes(el).length === 1, 'the tiny geometry after reattach', { timeout: 6000 });
        expect(spy.calls).to.have.length(1);
      } finally {
        spy.restore();
      }
    });

    it('removed while loading: its request is aborted, nothing happens later; put back, it loads again', async () => {
      const spy = spyFetch();
      try {
        const world = held(fresh(WORLD), { inPlace: true });
        const { result: el, messages } = await consoleDuring(
          async () => {
            const el = await map(world.url, 300);
            await waitUntil(() => spy.calls.length === 1, 'the request', { timeout: 4000 });
            el.remove();
            return el;
            // Its 300 ms timeout outlasted: a timer left behind would have reported; the answer comes late.
          },
          async () => (await afterTimer(300), await world.release(), await afterLateAnswer()),
        );
        expect(spy.requests[0]!.signal!.aborted, 'aborted').to.equal(true);
        expect(messages, 'no timeout or error reported for a removed map').to.deep.equal([]);
        el.timeout = 4000;
        document.body.append(el);
        el.scrollIntoView();
        await waitUntil(() => drawnMap(el), 'the map after reattach', { timeout: 6000 });
        expect(spy.calls).to.have.length(2);
        el.remove();
      } finally {
        spy.restore();
      }
    });

    it('maps that share a geometry share one request, aborted only when no map waits for it', async () => {
      const spy = spyFetch();
      try {
        const world = heldWorld();
        const src = world.url;
        const wrap = await fixture<HTMLDivElement>(html`<div style="display: flex; inline-size: 800px">
          <participant-country-map style="flex: 1" countries="BO" geometry-src=${src}></participant-country-map>
          <participant-country-map style="flex: 1" countries="BR" geometry-src=${src}></participant-country-map>
        </div>`);
        const [a, b] = [...wrap.querySelectorAll('participant-country-map')] as [ParticipantCountryMap, ParticipantCountryMap];
        await waitUntil(() => spy.calls.length === 1, 'the request', { timeout: 4000 });
        await sleep(100);
        expect(spy.calls, 'one request for both').to.have.length(1);
        a.remove();
        expect(spy.requests[0]!.signal!.aborted, 'b still waits').to.equal(false);
        await world.release();
        await waitUntil(() => drawnMap(b), 'the second map', { timeout: 6000 });
        // Back on the page, the first one draws from the same answer.
        wrap.prepend(a);
        await waitUntil(() => drawnMap(a), 'the first map', { timeout: 6000 });
        expect(spy.calls).to.have.length(1);

        // Nobody waits any more: aborted; the next map starts afresh.
        const otherWorld = heldWorld();
        const other = otherWorld.url;
        const wrap2 = await fixture<HTMLDivElement>(html`<div>
          <participant-country-map countries="BO" geometry-src=${other}></participant-country-map>
          <participant-country-map countries="BR" geometry-src=${other}></participant-country-map>
        </div>`);
        await waitUntil(() => spy.calls.length === 2, 'the second request', { timeout: 4000 });
        for (const el of wrap2.querySelectorAll('participant-country-map')) el.remove();
        expect(spy.requests[1]!.signal!.aborted).to.equal(true);
        await otherWorld.release();
        const again = await map(other);
        await waitUntil(() => drawnMap(again), 'a new map', { timeout: 6000 });
        expect(spy.calls).to.have.length(3);
      } finally {
        spy.restore();
      }
    });

    it('a map that timed out does not abort the request another map still waits for', async () => {
      const spy = spyFetch();
      try {
        const world = heldWorld();
        const src = world.url;
        const { result: wrap } = await consoleDuring(async () => {
          const wrap = await fixture<HTMLDivElement>(html`<div>
            <participant-country-map countries="BO" geometry-src=${src} timeout="300"></participant-country-map>
            <participant-country-map countries="BR" geometry-src=${src}></participant-country-map>
          </div>`);
          const [quick] = wrap.querySelectorAll('participant-country-map');
          await waitUntil(() => part(quick!, 'retry-button') !== null, 'the timeout', { timeout: 4000 });
          return wrap;
        });
        const [quick, patient] = [...wrap.querySelectorAll('participant-country-map')] as [ParticipantCountryMap, ParticipantCountryMap];
        expect(problem(quick)).to.include('The server took too long to answer.');
        expect(spy.requests[0]!.signal!.aborted).to.equal(false);
        await world.release();
        await waitUntil(() => drawnMap(patient), 'the patient map', { timeout: 6000 });
        // Try again: the answer is there already, no new request.
        part<HTMLButtonElement>(quick, 'retry-button')!.click();
        await waitUntil(() => drawnMap(quick), 'the quick map after Try again', { timeout: 6000 });
        expect(spy.calls).to.have.length(1);
      } finally {
        spy.restore();
      }
    });
  });

  describe('event-card src', () => {
    const SLOW_SEED = '/__fixtures__/slow/seed-2023-06-29-opening.json';
    const card = (src: string, timeout?: number) => fixture<EventCard>(html`<event-card src=${src} timeout=${timeout ?? nothing}></event-card>`);
    const title = (el: EventCard) => text(part(el, 'title'));
    const alertText = (el: EventCard) => text(el.shadowRoot!.querySelector('[role="alert"]'));

    it('500: the error state, and Try again loads the event once the server recovers', async () => {
      const src = `/__fixtures__/flaky/card-${Date.now()}?status=500&then=/test/fixtures/minimal-event.json`;
      const { result: el, messages } = await consoleDuring(async () => {
        const el = await card(src);
        await waitUntil(() => part(el, 'retry-button') !== null, 'the error', { timeout: 4000 });
        return el;
      });
      expect(alertText(el)).to.match(/^This event could not be loaded\./);
      expect(messages).to.deep.equal([`<event-card>: src: expected an event JSON document, received HTTP 500 from ${absolute(src)}`]);
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'title') !== null, 'the card', { timeout: 4000 });
      expect(title(el)).to.equal('A minimal event: only what the model requires');
    });

    it('a dropped connection: the error state asks to check the connection', async () => {
      const src = fresh('/__fixtures__/drop');
      const { result: el, messages } = await consoleDuring(async () => {
        const el = await card(src);
        await waitUntil(() => part(el, 'retry-button') !== null, 'the error', { timeout: 4000 });
        return el;
      });
      expect(alertText(el)).to.include('Check your connection.');
      expect(messages).to.have.length(1);
      expect(messages[0]).to.match(new RegExp(`^<event-card>: src: expected an event JSON document, received .+ from ${escapeRegExp(absolute(src))}$`));
    });

    it('slow but within the timeout: the skeleton, then the card, and nothing reported', async () => {
      const slow = held(fresh(SLOW_SEED));
      const { result: el, messages } = await consoleDuring(async () => {
        const el = await card(slow.url, 3000);
        expect(part(el, 'skeleton')).not.to.equal(null);
        await slow.release();
        await waitUntil(() => part(el, 'title') !== null, 'the card', { timeout: 4000 });
        return el;
      });
      expect(messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('timeout: the error state; Try again with a longer timeout loads it', async () => {
      const slow = held(fresh(SLOW_SEED));
      const { result: el, messages } = await consoleDuring(async () => {
        const el = await card(slow.url, 300);
        await waitUntil(() => part(el, 'retry-button') !== null, 'the timeout', { timeout: 4000 });
        return el;
      });
      expect(alertText(el)).to.include('The server took too long to answer.');
      expect(messages[0]).to.include('no answer within 300 ms');
      await slow.release();
      el.timeout = 4000;
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'retry-button')!.click();
      await waitUntil(() => part(el, 'title') !== null, 'the card', { timeout: 4000 });
    });

    it('an invalid timeout falls back to the default', async () => {
      // Taken as 0 ms, the timeout would have fired by the time a 1 ms timer set after the request started has.
      const slow = held(fresh(SLOW_SEED));
      const el = await card(slow.url, -5);
      await waitUntil(() => slow.asked(), 'the request', { timeout: 4000 });
      await afterTimer(1);
      await slow.release();
      await waitUntil(() => part(el, 'title') !== null, 'the card', { timeout: 4000 });
    });

    // The old request's answer is given by the test, after the new state has shown, ignoring the
    // abort as a late response would: its arrival is ordered before `afterLateAnswer`. (A `held`
    // answer is not: its redirect starts a second request, which could still be on its way when
    // the test looks, so the stale answer could show only after the test passed.)
    const lateAnswer = (url: string) => {
      const old = deferred<Response>();
      const spy = spyFetch((call) => (call.url.endsWith(url) ? old.promise : undefined));
      return { old, spy };
    };

    it('a new src while the old request is about to fail: the new event, and the old failure never shows', async () => {
      const oldUrl = fresh('/__fixtures__/status/500');
      const { old, spy } = lateAnswer(oldUrl);
      try {
        const { result: el, messages } = await consoleDuring(
          async () => {
            const el = await card(oldUrl);
            el.src = '/test/fixtures/minimal-event.json';
            await waitUntil(() => part(el, 'title') !== null, 'the new card', { timeout: 4000 });
            return el;
          },
          async () => (old.resolve(new Response('status 500', { status: 500 })), await afterLateAnswer()),
        );
        expect(
          spy.calls.filter((url) => url.endsWith(oldUrl)),
          'the old request was answered by the test',
        ).to.have.length(1);
        expect(title(el)).to.equal('A minimal event: only what the model requires');
        expect(messages).to.deep.equal([]);
      } finally {
        spy.restore();
      }
    });

    it('a new src that fails while the old one is slow: the error names the new URL only', async () => {
      const broken = fresh('/__fixtures__/status/404');
      const oldUrl = fresh(SLOW_SEED);
      const { old, spy } = lateAnswer(oldUrl);
      try {
        const { result: el, messages } = await consoleDuring(
          async () => {
            const el = await card(oldUrl);
            el.src = broken;
            await waitUntil(() => part(el, 'retry-button') !== null, 'the error', { timeout: 4000 });
            return el;
          },
          async () => (old.resolve(await pageFetch(SLOW_SEED)), await afterLateAnswer()),
        );
        expect(
          spy.calls.filter((url) => url.endsWith(oldUrl)),
          'the old request was answered by the test',
        ).to.have.length(1);
        expect(title(el), 'the old event never shows').to.equal('');
        expect(messages).to.deep.equal([`<event-card>: src: expected an event JSON document, received HTTP 404 from ${absolute(broken)}`]);
      } finally {
        spy.restore();
      }
    });

    it('removed mid-request: aborted, no timeout or error later, nothing rendered; put back, it loads', async () => {
      const spy = spyFetch();
      try {
        const failing = held(fresh('/__fixtures__/status/500'), { inPlace: true });
        const { result: el, messages } = await consoleDuring(
          async () => {
            const el = await card(failing.url, 300);
            el.remove();
            return el;
            // Its 300 ms timeout outlasted, then the failure let go: neither may show or report.
          },
          async () => (await afterTimer(300), await failing.release(), await afterLateAnswer()),
        );
        expect(spy.requests[0]!.signal!.aborted).to.equal(true);
        expect(messages).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
        el.timeout = undefined;
        el.src = SLOW_SEED;
        document.body.append(el);
        await waitUntil(() => part(el, 'title') !== null, 'the card after reattach', { timeout: 4000 });
        el.remove();
      } finally {
        spy.restore();
      }
    });
  });
});
