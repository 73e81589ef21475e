import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventCard } from '../src/event-card/event-card.js';
import { afterLateAnswer, captureConsole, deferred, held, loadSeed, pageFetch, part, SEED_URL, spyFetch, useLocale } from './helpers.js';
import { conformance, type Fixtures, type Props } from './conformance/index.js';
import { mount, settle } from './conformance/lifecycle.js';

// The conformance suite (test/conformance): lifecycle, language change, memory and fuzzing, with
// this element's fixtures. Called before the element is defined: it makes the instances a page
// writes before the script arrives, then loads the definition.
const conformanceFixtures: Fixtures = {
  tag: 'event-card',
  define: () => import('../src/event-card/define.js'),
  give: (element, seed) => (element['event'] = seed),
  property: 'event',
  markup: `<event-card src="${SEED_URL}" heading-level="4"></event-card>`,
  expected: 'Seminar on Science and Technology Innovation',
  change: (element) => (element['headingLevel'] = 2),
  changed: (element) => part(element, 'title')?.getAttribute('aria-level') === '2',
  observes: true,
  checkByProperty: (element, seed) => expect(part(element, 'title')!.textContent).to.equal(seed.title),
  checkByMarkup: (element) => expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('4'),
  stateful: [
    [
      'stops a running request while detached and loads again when reattached',
      async (seed) => {
        // The first answer is held by the test and let go while the card is away: had the request
        // not been stopped, its late answer would draw the card.
        const first = held(SEED_URL);
        const spy = spyFetch();
        const requests = spy.calls;
        try {
          const holder = mount(`<event-card src="${first.url}"></event-card>`);
          const card = holder.firstElementChild as Props;
          await settle(card);
          await waitUntil(() => requests.length === 1, 'the first request', { timeout: 4000 });
          card.remove();
          expect(spy.requests[0]!.signal!.aborted, 'stopped while detached').to.equal(true);
          await first.release();
          await afterLateAnswer(card);
          expect(part(card, 'title')).to.equal(null);
          holder.append(card);
          await waitUntil(() => part(card, 'title') !== null, 'card after reattach', { timeout: 4000 });
          expect(requests).to.have.length(2);
          // Moved once loaded: nothing fetched again.
          mount(card);
          await settle(card);
          expect(part(card, 'title')!.textContent).to.equal(seed.title);
          expect(requests).to.have.length(2);
        } finally {
          spy.restore();
        }
      },
    ],
  ],
  fuzz: {
    valid: (seed) => seed,
    set: (element, value) => ((element as HTMLElement & { event: unknown }).event = value),
  },
};
await conformance(conformanceFixtures);

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('event-card', () => {
  useLocale('en');

  it('shows the seed event at a glance', async () => {
    const event = await loadSeed();
    const el = await fixture<EventCard>(html`<event-card .event=${event}></event-card>`);
    expect(part(el, 'title')!.textContent).to.equal(event.title);
    expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
    expect(part(el, 'eyebrow')!.textContent).to.include('Opening ceremony');
    expect(part(el, 'format')!.textContent).to.equal('In person');
    expect(part(el, 'date')!.textContent).to.equal('June 29, 2023, in the morning');
    expect(part(el, 'date')!.querySelector('time')!.getAttribute('datetime')).to.equal('2023-06-29');
    const facts = [...part(el, 'facts')!.children].map((child) => `${child.tagName}:${child.textContent}`);
    expect(facts).to.deep.equal([
      'DT:Host',
      'DD:Ministry of Commerce',
      'DT:Organizer',
      'DD:MOFCOM Training Base for International Business Officials (Shanghai)',
      'DT:Duration',
      'DD:21 days',
    ]);
    expect(part(el, 'participants')!.querySelector('strong')!.textContent).to.equal('31 participants from 10 countries');
    const countries = part(el, 'countries')!.textContent!;
    for (const name of ['Bolivia', 'Brazil', 'Colombia', 'Costa Rica', 'Cuba', 'Dominica', 'Ecuador', 'Panama', 'Peru', 'Venezuela']) {
      expect(countries).to.include(name);
    }
    expect(part(el, 'excerpt')!.textContent).to.include('June 29, 2023');
    const image = part(el, 'image') as HTMLImageElement;
    expect(image.getAttribute('alt')).to.include('opening ceremony');
    expect(image.getAttribute('width')).to.equal('1200');
    expect(image.getAttribute('height')).to.equal('800');
    expect(image.src).to.match(/images\/opening-ceremony\.svg$/);
    await expect(el).to.be.accessible();
  });

  it('becomes a link named by the title when href is set', async () => {
    const event = await loadSeed();
    const el = await fixture<EventCard>(html`<event-card .event=${event} href="/articles/seed.html" heading-level="2"></event-card>`);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal(`${location.origin}/articles/seed.html`);
    expect(link.textContent).to.equal(event.title);
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
    // Reachable by keyboard: the link is the card's only tab stop.
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    expect(el.shadowRoot!.querySelectorAll('a, button, [tabindex]').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('refuses unsafe links and images, with a console message naming the field', async () => {
    const event = await loadSeed();
    event.photos![0]!.src = 'javascript:alert(1)';
    const { result: el, messages } = await captureConsole(() => fixture<EventCard>(html`<event-card .event=${event} href="javascript:alert(1)"></event-card>`));
    expect(part(el, 'link')).to.equal(null);
    expect(part(el, 'title')!.textContent).to.equal(event.title);
    expect(part(el, 'image')).to.equal(null);
    expect(messages.some((m) => m.startsWith('<event-card>: href: expected an http(s) or relative URL'))).to.equal(true);
    expect(messages.some((m) => m.includes('event.photos[].src') && m.includes('javascript:alert(1)'))).to.equal(true);
  });

  it('never interprets text as HTML', async () => {
    const event = await loadSeed();
    event.title = '<img src=x onerror="window.__pwned=1">Title';
    const el = await fixture<EventCard>(html`<event-card .event=${event}></event-card>`);
    expect(part(el, 'title')!.textContent).to.equal(event.title);
    expect(el.shadowRoot!.querySelector('[part~="title"] img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('drops the image box when the image fails to load', async () => {
    const event = await loadSeed();
    event.photos![0]!.src = '/__fixtures__/status/404';
    const el = await fixture<EventCard>(html`<event-card .event=${event}></event-card>`);
    await waitUntil(() => part(el, 'media') === null, 'media box removed', { timeout: 4000 });
    expect(part(el, 'title')!.textContent).to.equal(event.title);
  });

  it('renders without an image, and shows a slotted media instead when given', async () => {
    const event = await loadSeed();
    delete event.photos;
    const el = await fixture<EventCard>(html`<event-card .event=${event}></event-card>`);
    expect(part(el, 'media')).to.equal(null);
    const slotted = await fixture<EventCard>(
      html`<event-card .event=${event}><img slot="media" alt="Own picture" src="/demo/data/images/group-photo.svg"></event-card>`,
    );
    expect(part(slotted, 'media')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error state for invalid data and logs every problem with its path', async () => {
    const event = (await loadSeed()) as unknown as Record<string, unknown>;
    event.title = 42;
    (event.seminars as { participants: { countries: string[] } }[])[0]!.participants.countries[2] = 'XX';
    const { result: el, messages } = await captureConsole(() => fixture<EventCard>(html`<event-card .event=${event as never}></event-card>`));
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('This event cannot be shown.');
    expect(alert.textContent).to.include('Its data is not valid.');
    expect(alert.querySelector('button')).to.equal(null);
    expect(messages).to.include(
      '<event-card>: event.title: expected text: a non-empty string or an object mapping language tags to strings, received number 42',
    );
    expect(
      messages.some(
        (m) =>
          m.startsWith('<event-card>: event.seminars[0].participants.countries[2]: expected an ISO 3166-1 alpha-2 country code') &&
          m.endsWith('received string "XX"'),
      ),
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('renders nothing and reports nothing with no data at all', async () => {
    const { result: el, messages } = await captureConsole(() => fixture<EventCard>(html`<event-card></event-card>`));
    expect(el.shadowRoot!.children.length).to.equal(0);
    expect(messages).to.deep.equal([]);
    expect(getComputedStyle(el).display).to.equal('block');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  describe('from src', () => {
    it('shows a skeleton while loading, then the event; relative image URLs resolve against the JSON', async () => {
      const el = await fixture<EventCard>(html`<event-card src="/__fixtures__/slow/seed-2023-06-29-opening.json?ms=600"></event-card>`);
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton).not.to.equal(null);
      expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading event…');
      expect(shadowText(el)).to.include('Loading event…');
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'title') !== null, 'card', { timeout: 5000 });
      expect(part(el, 'title')!.textContent).to.match(/^Boost Innovative Cooperation/);
      expect((part(el, 'image') as HTMLImageElement).src).to.equal(`${location.origin}/__fixtures__/slow/images/opening-ceremony.svg`);
    });

    it('keeps the skeleton the size of the card it stands for', async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div style="width: 360px"><event-card src="/__fixtures__/slow/seed-2023-06-29-opening.json?ms=400"></event-card></div>`,
      );
      const el = wrap.firstElementChild as EventCard;
      await waitUntil(() => part(el, 'skeleton') !== null, 'condition', { timeout: 4000 });
      const loadingHeight = el.getBoundingClientRect().height;
      await waitUntil(() => part(el, 'title') !== null, 'card', { timeout: 5000 });
      const media = part(el, 'media')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1);
      expect(loadingHeight).to.be.greaterThan(300);
    });

    it('loads from a real URL', async () => {
      const el = await fixture<EventCard>(html`<event-card src=${SEED_URL}></event-card>`);
      await waitUntil(() => part(el, 'title') !== null, 'card', { timeout: 4000 });
      expect((part(el, 'image') as HTMLImageElement).src).to.equal(`${location.origin}/demo/data/images/opening-ceremony.svg`);
    });

    for (const [name, url, detail] of [
      ['404', '/__fixtures__/status/404', 'The server did not find it.'],
      ['500', '/__fixtures__/status/500', 'The server had a problem.'],
      ['invalid JSON', '/__fixtures__/invalid-json', 'The server sent something that is not event data.'],
      ['an HTML page', '/__fixtures__/html', 'The server sent something that is not event data.'],
    ] as const) {
      it(`shows an error with retry for ${name}`, async () => {
        const { result: el, messages } = await captureConsole(async () => {
          const card = await fixture<EventCard>(html`<event-card src=${url}></event-card>`);
          await waitUntil(() => card.shadowRoot!.querySelector('[role="alert"]') !== null, 'error state', { timeout: 4000 });
          return card;
        });
        const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
        expect(alert.textContent).to.include('This event could not be loaded.');
        expect(alert.textContent).to.include(detail);
        expect(messages.some((m) => m.startsWith('<event-card>: src: expected an event JSON document') && m.includes(url))).to.equal(true);
        const retry = alert.querySelector('button')!;
        expect(retry.textContent).to.equal('Try again');
        await expect(el).to.be.accessible();
        // Retrying with a URL that now works shows the card.
        el.src = SEED_URL;
        await waitUntil(() => part(el, 'title') !== null, 'card after new src', { timeout: 4000 });
      });
    }

    it('retry fetches again', async () => {
      const spy = spyFetch((_call, init) => (spy.calls.length === 1 ? Promise.reject(new TypeError('Failed to fetch')) : pageFetch(SEED_URL, init)));
      try {
        const { result: el } = await captureConsole(async () => {
          const card = await fixture<EventCard>(html`<event-card src="/anything.json"></event-card>`);
          await waitUntil(() => card.shadowRoot!.querySelector('[role="alert"]') !== null, 'condition', { timeout: 4000 });
          return card;
        });
        expect(shadowText(el)).to.include('Check your connection.');
        (el.shadowRoot!.querySelector('[part~="retry-button"]') as HTMLButtonElement).click();
        await waitUntil(() => part(el, 'title') !== null, 'card after retry', { timeout: 4000 });
        expect(spy.calls).to.have.length(2);
      } finally {
        spy.restore();
      }
    });

    it('is operable by keyboard: Tab reaches the retry button and Enter retries', async () => {
      const spy = spyFetch((_call, init) => (spy.calls.length === 1 ? new Response('missing', { status: 404 }) : pageFetch(SEED_URL, init)));
      try {
        const { result: wrap } = await captureConsole(async () => {
          const root = await fixture<HTMLDivElement>(
            html`<div><button id="before">before</button><event-card src="/x.json" href="/article.html"></event-card></div>`,
          );
          await waitUntil(() => root.querySelector('event-card')!.shadowRoot!.querySelector('[role="alert"]') !== null, 'condition', { timeout: 4000 });
          return root;
        });
        const el = wrap.querySelector('event-card')!;
        wrap.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part~="retry-button"]'));
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => part(el, 'title') !== null, 'card after Enter', { timeout: 4000 });
        expect(spy.calls).to.have.length(2);
        // The loaded card's link is the next tab stop after the button before it.
        wrap.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'link'));
      } finally {
        spy.restore();
      }
    });

    it('gives up after the timeout', async () => {
      // The answer is held until the timeout has shown: no race against a server delay.
      const answer = held(SEED_URL);
      const { result: el } = await captureConsole(async () => {
        const card = await fixture<EventCard>(html`<event-card timeout="300" src=${answer.url}></event-card>`);
        await waitUntil(() => card.shadowRoot!.querySelector('[role="alert"]') !== null, 'timeout error', { timeout: 3000 });
        return card;
      });
      await answer.release();
      expect(shadowText(el)).to.include('The server took too long to answer.');
    });

    it('never shows a stale result when src changes during a request', async () => {
      // The old answer is released by the test after the new card shows, ignoring the abort (as a
      // late response would): no sleep against a server delay.
      const old = deferred<Response>();
      const spy = spyFetch((call) => (call.url.endsWith('/old.json') ? old.promise : undefined));
      try {
        const el = await fixture<EventCard>(html`<event-card src="/old.json"></event-card>`);
        await waitUntil(() => part(el, 'skeleton') !== null, 'the first request', { timeout: 4000 });
        el.src = '/test/fixtures/minimal-event.json';
        await waitUntil(() => part(el, 'title') !== null, 'second card', { timeout: 4000 });
        expect(part(el, 'title')!.textContent).to.equal('A minimal event: only what the model requires');
        old.resolve(await pageFetch(SEED_URL));
        await afterLateAnswer(el);
        expect(part(el, 'title')!.textContent).to.equal('A minimal event: only what the model requires');
      } finally {
        spy.restore();
      }
    });

    it('renders only what a minimal event has', async () => {
      const el = await fixture<EventCard>(html`<event-card src="/test/fixtures/minimal-event.json"></event-card>`);
      await waitUntil(() => part(el, 'title') !== null, 'the card', { timeout: 4000 });
      expect(part(el, 'date')).to.equal(null);
      expect(part(el, 'participants')).to.equal(null);
      expect(part(el, 'media')).to.equal(null);
    });

    it('aborts the request when src changes or the element leaves the page', async () => {
      const spy = spyFetch();
      const aborted = () => spy.requests.filter((call) => call.signal?.aborted).map((call) => call.url);
      try {
        const el = await fixture<EventCard>(html`<event-card src=${'/__fixtures__/slow/seed-2023-06-29-opening.json?ms=2000&a'}></event-card>`);
        el.src = '/__fixtures__/slow/seed-2023-06-29-opening.json?ms=2000&b';
        await el.updateComplete;
        expect(aborted().some((url) => url.endsWith('&a'))).to.equal(true);
        el.remove();
        expect(aborted().some((url) => url.endsWith('&b'))).to.equal(true);
        // Put back on the page, it loads again.
        document.body.append(el);
        await waitUntil(() => part(el, 'skeleton') !== null, 'condition', { timeout: 4000 });
        el.remove();
      } finally {
        spy.restore();
      }
    });

    it('refuses an unsafe src', async () => {
      const { result: el, messages } = await captureConsole(() => fixture<EventCard>(html`<event-card src="javascript:alert(1)"></event-card>`));
      expect(shadowText(el)).to.include('Its address is not allowed.');
      expect(messages.some((m) => m.startsWith('<event-card>: src: expected an http(s) or relative URL'))).to.equal(true);
    });
  });

  describe('data at the edges', () => {
    const minimal = (changes: Record<string, unknown>) => ({ title: 'Opening ceremony', seminars: [{ id: 's', name: 'Seminar' }], ...changes }) as never;
    const render = (event: unknown) => captureConsole(() => fixture<EventCard>(html`<event-card .event=${event as never}></event-card>`));

    it('shows the years 0001–0099 as themselves, not as 19xx', async () => {
      const { result: el } = await render(minimal({ dates: { start: '0023-06-29' } }));
      const date = part(el, 'date')!;
      expect(date.textContent).to.equal('June 29, 23');
      expect(date.querySelector('time')!.getAttribute('datetime')).to.equal('0023-06-29');
      const { result: range } = await render(minimal({ dates: { start: '0099-12-30', end: '0099-12-31' } }));
      expect(part(range, 'date')!.textContent).to.not.include('19');
    });

    it('refuses an end date before the start instead of printing a range that runs backwards', async () => {
      const { result: el, messages } = await render(minimal({ dates: { start: '2023-06-29', end: '2023-06-01' } }));
      // Compared as text: a failure then says what the card printed ("June 29 – 1, 2023").
      expect(part(el, 'date')?.textContent ?? null).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('Its data is not valid.');
      expect(messages).to.include('<event-card>: event.dates.end: expected an end date on or after the start date, received string "2023-06-01"');
    });

    it('shows a range without a year that crosses the new year in order', async () => {
      const { result: el } = await render(minimal({ dates: { start: '--12-30', end: '--01-02' } }));
      expect(part(el, 'date')!.textContent).to.equal('December 30 – January 2');
    });

    it('refuses a title of zero-width spaces: no invisible heading, no link without a name', async () => {
      const { result: el, messages } = await captureConsole(() =>
        fixture<EventCard>(html`<event-card .event=${minimal({ title: '\u200B\u200B\u200B' })} href="/article.html"></event-card>`),
      );
      expect(part(el, 'title')?.textContent ?? null).to.equal(null);
      expect(el.shadowRoot!.querySelector('a')?.outerHTML ?? null).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('Its data is not valid.');
      expect(messages).to.include(
        '<event-card>: event.title: expected visible text, not only spaces, zero-width or control characters, received string "\\u200B\\u200B\\u200B"',
      );
    });

    it('refuses a 5 MB title: an error state of normal size, and the limit in the console', async () => {
      const { result: el, messages } = await captureConsole(() =>
        fixture<EventCard>(html`<div style="width: 400px"><event-card .event=${minimal({ title: 'word '.repeat(1_000_000) })}></event-card></div>`),
      );
      const card = el.firstElementChild as EventCard;
      expect(card.getBoundingClientRect().height).to.be.below(600);
      expect(part(card, 'title')?.textContent?.length ?? null).to.equal(null);
      expect(messages).to.include('<event-card>: event.title: expected at most 500 characters, received string of 4,999,999 characters');
    });
  });

  describe('layout', () => {
    it('stacks the image above the text when narrow and puts it beside when wide', async () => {
      const event = await loadSeed();
      const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"><event-card .event=${event}></event-card></div>`);
      const wide = await fixture<HTMLDivElement>(html`<div style="width: 900px"><event-card .event=${event}></event-card></div>`);
      const box = (wrap: HTMLElement, name: string) => part(wrap.firstElementChild!, name)!.getBoundingClientRect();
      expect(box(narrow, 'media').bottom).to.be.at.most(box(narrow, 'body').top + 1);
      expect(box(wide, 'media').right).to.be.at.most(box(wide, 'body').left + 1);
      expect(box(wide, 'media').top).to.be.closeTo(box(wide, 'body').top, 2);
    });
  });
});
