// The public vocabulary (#13 item 4, #17 item 6): `eh-` events that a host page can count from
// `document`, the `error` part and `reload()` on the elements that load, `theme` on every element,
// and the renamed token. The old names keep working for one release (CHANGELOG.md); each has a
// test here or next to the element.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { CardOpenEvent, CountryFocusEvent, CountrySelectEvent, LoadErrorEvent, PhotoToggleEvent, SpeechToggleEvent } from '../src/internal/events.js';
import type { ParticipantCountryMap } from '../src/participant-country-map/participant-country-map.js';
import { ELEMENT_TAGS } from './elements.js';
import { captureConsole, loadSeed, part } from './helpers.js';

const GEOMETRY = '/src/participant-country-map/world.topo.json';

/** Records the events of these names that reach `document` while `run` runs (with what a counter would read). */
async function heard<T>(names: string[], run: () => Promise<T>): Promise<Event[]> {
  const events: Event[] = [];
  const listen = (event: Event) => void events.push(event);
  for (const name of names) document.addEventListener(name, listen);
  try {
    await run();
  } finally {
    for (const name of names) document.removeEventListener(name, listen);
  }
  return events;
}

describe('events a host page can count', () => {
  it('eh-photo-open / eh-photo-close: typed, bubbling, composed, with the photo; group-photo-open / -close still fired', async () => {
    const seed = await loadSeed();
    const photo = await fixture(html`<group-photo .photo=${seed.photos!.find((item) => item.group)!}></group-photo>`);
    const events = await heard(['eh-photo-open', 'eh-photo-close', 'group-photo-open', 'group-photo-close'], async () => {
      part(photo, 'button')!.click();
      await waitUntil(() => part<HTMLDialogElement>(photo, 'dialog')!.open, 'the lightbox', { timeout: 2000 });
      part(photo, 'close-button')!.click();
      await waitUntil(() => !part<HTMLDialogElement>(photo, 'dialog')!.open, 'closed', { timeout: 2000 });
    });
    expect(events.map((event) => event.type)).to.deep.equal(['eh-photo-open', 'group-photo-open', 'eh-photo-close', 'group-photo-close']);
    expect(events.map((event) => event instanceof PhotoToggleEvent && event.open)).to.deep.equal([true, true, false, false]);
    for (const event of events) {
      expect([event.bubbles, event.composed, event.target === photo]).to.deep.equal([true, true, true]);
      expect((event as PhotoToggleEvent).src).to.match(/group/);
    }
  });

  it('eh-country-focus / eh-country-select: typed, with the country code, before the old names', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 900px"><participant-country-map countries="BO BR CU"></participant-country-map></div>`,
    );
    const map = wrapper.firstElementChild as ParticipantCountryMap;
    await waitUntil(() => !!map.shadowRoot!.querySelector('[part~="map"] svg[role="img"] [data-code="BR"]'), 'the map', { timeout: 8000 });
    const events = await heard(['eh-country-focus', 'eh-country-select', 'country-focus', 'country-select'], async () => {
      const brazil = map.shadowRoot!.querySelector('[part~="map"] svg[role="img"] [data-code="BR"]')!;
      brazil.dispatchEvent(new PointerEvent('pointerenter'));
      brazil.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    const names = events.map((event) => `${event.type}:${(event as CountryFocusEvent).code}`);
    expect(names.filter((name) => name.startsWith('eh-'))).to.deep.equal(['eh-country-focus:BR', 'eh-country-select:BR']);
    expect(names.filter((name) => !name.startsWith('eh-'))).to.deep.equal(['country-focus:BR', 'country-select:BR']);
    expect(events.find((event) => event.type === 'eh-country-focus')).to.be.instanceOf(CountryFocusEvent);
    expect(events.find((event) => event.type === 'eh-country-select')).to.be.instanceOf(CountrySelectEvent);
    expect(events.every((event) => event.bubbles && event.composed && event.target === map)).to.equal(true);
  });

  it('eh-card-open: the article link followed by a click or a middle click, with its URL', async () => {
    const seed = await loadSeed();
    const card = await fixture(html`<event-card .event=${seed} href="#article"></event-card>`);
    const events = await heard(['eh-card-open'], async () => {
      const link = part<HTMLAnchorElement>(card, 'link')!;
      link.click();
      link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, cancelable: true }));
      // A right click (context menu) opens nothing.
      link.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, cancelable: true }));
    });
    expect(events.length).to.equal(2);
    for (const event of events) {
      expect(event).to.be.instanceOf(CardOpenEvent);
      expect([event.bubbles, event.composed, event.target === card, (event as CardOpenEvent).href]).to.deep.equal([
        true,
        true,
        true,
        new URL('#article', location.href).href,
      ]);
    }
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('eh-speech-expand / eh-speech-collapse: the reader opens a long speech and closes it', async () => {
    const seed = await loadSeed();
    const speech = await fixture(html`<speech-block style="inline-size: 300px" collapsed-lines="2" .speech=${seed.speeches![0]!}></speech-block>`);
    await waitUntil(() => !!part(speech, 'toggle'), 'the Read more button', { timeout: 2000 });
    const events = await heard(['eh-speech-expand', 'eh-speech-collapse'], async () => {
      part(speech, 'toggle')!.click();
      await waitUntil(() => part(speech, 'toggle')!.getAttribute('aria-expanded') === 'true', 'expanded', { timeout: 2000 });
      part(speech, 'toggle')!.click();
      await waitUntil(() => part(speech, 'toggle')!.getAttribute('aria-expanded') === 'false', 'collapsed', { timeout: 2000 });
    });
    expect(events.map((event) => `${event.type}:${(event as SpeechToggleEvent).expanded}`)).to.deep.equal([
      'eh-speech-expand:true',
      'eh-speech-collapse:false',
    ]);
    expect(events.every((event) => event instanceof SpeechToggleEvent && event.bubbles && event.composed && event.target === speech)).to.equal(true);
  });

  describe('eh-load-error', () => {
    const failures = async (markup: ReturnType<typeof html>, ms = 6000) => {
      let el: Element | undefined;
      const { result } = await captureConsole(() =>
        heard(['eh-load-error'], async () => {
          el = (await fixture<HTMLElement>(html`<div style="inline-size: 700px">${markup}</div>`)).firstElementChild!;
          await waitUntil(() => !!part(el!, 'error'), 'the error state', { timeout: ms });
        }),
      );
      return { el: el!, events: result as LoadErrorEvent[] };
    };

    it("a card's src: the element, the URL, the failure kind and the HTTP status", async () => {
      const { el, events } = await failures(html`<event-card src="/__fixtures__/status/404"></event-card>`);
      expect(events.length).to.equal(1);
      expect(events[0]).to.be.instanceOf(LoadErrorEvent);
      const event = events[0]!;
      expect([event.element === el, event.target === el, event.bubbles, event.composed]).to.deep.equal([true, true, true, true]);
      expect([event.url, event.failure, event.httpStatus]).to.deep.equal([new URL('/__fixtures__/status/404', location.href).href, 'http', 404]);
    });

    it('a card whose src is not an event document: invalid', async () => {
      const { events } = await failures(html`<event-card src="/test/fixtures/tiny.topo.json"></event-card>`);
      expect(events.map((event) => [event.failure, new URL(event.url).pathname])).to.deep.equal([['invalid', '/test/fixtures/tiny.topo.json']]);
    });

    it("the map's geometry", async () => {
      const { el, events } = await failures(html`<participant-country-map countries="BO" geometry-src="/__fixtures__/html"></participant-country-map>`, 8000);
      expect(events.map((event) => [event.element === el, event.failure, new URL(event.url).pathname])).to.deep.equal([
        [true, 'content-type', '/__fixtures__/html'],
      ]);
    });
  });
});

describe('one error surface: the error part and reload()', () => {
  const failingMap = async (key: string) => {
    const src = `/__fixtures__/flaky/${key}${Math.random().toString(36).slice(2)}?then=${GEOMETRY}&status=500&times=1`;
    const { result } = await captureConsole(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 700px"><participant-country-map countries="BO" geometry-src=${src}></participant-country-map></div>`,
      );
      const map = wrapper.firstElementChild as ParticipantCountryMap;
      await waitUntil(() => !!part(map, 'error'), 'the error state', { timeout: 8000 });
      return map;
    });
    return result;
  };

  it("the map's error message is part error (and problem, deprecated); reload() tries again", async () => {
    const map = await failingMap('reload');
    expect(part(map, 'error') === part(map, 'problem')).to.equal(true);
    expect(part(map, 'error')!.getAttribute('role')).to.equal('alert');
    await map.reload();
    await waitUntil(() => !!map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]'), 'the map drawn after reload()', { timeout: 8000 });
    expect(part(map, 'error')).to.equal(null);
  });

  it("the map's load() still retries (deprecated alias of reload())", async () => {
    const map = await failingMap('load');
    await map.load();
    await waitUntil(() => !!map.shadowRoot!.querySelector('[part~="map"] svg[role="img"]'), 'the map drawn after load()', { timeout: 8000 });
    expect(part(map, 'problem')).to.equal(null);
  });

  it("a card's error is part error, and reload() loads it again", async () => {
    const src = `/__fixtures__/flaky/card${Math.random().toString(36).slice(2)}?then=/demo/data/seed-2023-06-29-opening.json&status=500&times=1`;
    const { result: card } = await captureConsole(async () => {
      const card = await fixture<HTMLElement & { reload(): void }>(html`<event-card src=${src}></event-card>`);
      await waitUntil(() => !!part(card, 'error'), 'the error state', { timeout: 6000 });
      return card;
    });
    card.reload();
    await waitUntil(() => !!part(card, 'title'), 'the card after reload()', { timeout: 6000 });
    expect(part(card, 'error')).to.equal(null);
  });
});

describe('reload() where an image failed', () => {
  const flaky = (name: string) => `/__fixtures__/flaky/${name}${Math.random().toString(36).slice(2)}?then=/demo/data/images/group-photo.svg&status=500&times=1`;

  it('<group-photo>: the placeholder gives way to the photo', async () => {
    const { result: photo } = await captureConsole(async () => {
      const photo = await fixture<HTMLElement & { reload(): void }>(
        html`<group-photo src=${flaky('photo')} alt="The group" width="160" height="90"></group-photo>`,
      );
      await waitUntil(() => !!part(photo, 'placeholder'), 'the placeholder', { timeout: 4000 });
      return photo;
    });
    photo.reload();
    await waitUntil(
      () => part<HTMLImageElement>(photo, 'image')?.complete === true && part<HTMLImageElement>(photo, 'image')!.naturalWidth > 0,
      'the photo loaded',
      { timeout: 4000 },
    );
    expect(part(photo, 'placeholder')).to.equal(null);
  });

  it('<speech-block>: the initials give way to the portrait', async () => {
    const { result: speech } = await captureConsole(async () => {
      const speech = await fixture<HTMLElement & { reload(): void }>(
        html`<speech-block speaker="Liu Beimin" portrait=${flaky('portrait')}><p>Text.</p></speech-block>`,
      );
      await waitUntil(() => !!part(speech, 'monogram'), 'the initials', { timeout: 4000 });
      return speech;
    });
    speech.reload();
    await waitUntil(
      () => part<HTMLImageElement>(speech, 'portrait-image')?.complete === true && part<HTMLImageElement>(speech, 'portrait-image')!.naturalWidth > 0,
      'the portrait loaded',
      { timeout: 4000 },
    );
    expect(part(speech, 'monogram')).to.equal(null);
  });
});

describe('theme on every element', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>.theme reflects and sets the colour scheme`, async () => {
      const el = document.createElement(tag) as HTMLElement & { theme?: string; updateComplete: Promise<boolean> };
      document.body.append(el);
      try {
        el.theme = 'dark';
        await el.updateComplete;
        expect(el.getAttribute('theme')).to.equal('dark');
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
        el.setAttribute('theme', 'light');
        await el.updateComplete;
        expect(el.theme).to.equal('light');
      } finally {
        el.remove();
      }
    });
  }
});

describe('tokens', () => {
  it('--eh-photo-lightbox-backdrop colours the lightbox; the old --eh-lightbox-backdrop still does, and the new name wins', async () => {
    const seed = await loadSeed();
    const photo = await fixture<HTMLElement>(html`<group-photo .photo=${seed.photos!.find((item) => item.group)!}></group-photo>`);
    const backdrop = () => getComputedStyle(part(photo, 'dialog')!).backgroundColor;
    expect(backdrop()).to.equal('rgba(0, 0, 0, 0.92)');
    photo.style.setProperty('--eh-lightbox-backdrop', 'rgb(1, 2, 3)');
    expect(backdrop()).to.equal('rgb(1, 2, 3)');
    photo.style.setProperty('--eh-photo-lightbox-backdrop', 'rgb(4, 5, 6)');
    expect(backdrop()).to.equal('rgb(4, 5, 6)');
  });
});
