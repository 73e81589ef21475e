// oEmbed without a server (src/embed/oembed.ts, `event-highlights/oembed`): the document a site
// writes for each article at build time (the demo's build does with DEMO_SITE_URL), and its
// iframe HTML, which must render the article's card when a consumer puts it in a page.
import { expect, waitUntil } from '@open-wc/testing';
import { embedIframe, oembedFor, oembedLink } from '../src/embed/oembed.js';
import { validateEvent, type EventArticle } from '../src/model/index.js';

const SEED = '/demo/data/seed-2023-06-29-opening.json';
const seed = async (): Promise<EventArticle> => {
  const result = validateEvent(await (await fetch(SEED)).json());
  if (!result.ok) throw new Error('the seed is invalid');
  return result.value;
};
const options = {
  embedUrl: new URL('/dist/bundle/embed.html', location.href).href,
  eventUrl: new URL(SEED, location.href).href,
  providerName: 'Test site',
  providerUrl: location.origin,
};

describe('oEmbed', function () {
  this.timeout(20_000);

  it('a rich document: version, type, title, provider, size, and an iframe of the embed page', async () => {
    const event = await seed();
    const doc = oembedFor(event, { ...options, width: 600, height: 500 });
    expect(doc).to.include({ version: '1.0', type: 'rich', provider_name: 'Test site', provider_url: `${location.origin}/`, width: 600, height: 500 });
    expect(doc.title).to.match(/^Boost Innovative Cooperation/);
    const parsed = new DOMParser().parseFromString(doc.html, 'text/html').body;
    expect(parsed.children.length).to.equal(1);
    const frame = parsed.querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(src.pathname).to.equal('/dist/bundle/embed.html');
    expect(src.searchParams.get('src')).to.equal(options.eventUrl);
    expect(src.searchParams.get('show')).to.equal('card');
    expect(frame.getAttribute('title')).to.equal(doc.title);
    expect([frame.getAttribute('width'), frame.getAttribute('height')]).to.deep.equal(['600', '500']);
  });

  it('text is never markup, and only absolute http(s) URLs and sane sizes are accepted', async () => {
    const event = { ...(await seed()), title: '"><script>alert(1)</script><iframe src="javascript:alert(2)">' };
    const doc = oembedFor(event, { ...options, show: 'speech:1', lang: 'es' });
    const parsed = new DOMParser().parseFromString(doc.html, 'text/html').body;
    expect([...parsed.querySelectorAll('*')].map((el) => el.localName)).to.deep.equal(['iframe']);
    expect(parsed.querySelector('iframe')!.title).to.equal(event.title);
    expect(new URL(parsed.querySelector('iframe')!.src).searchParams.get('lang')).to.equal('es');
    const link = new DOMParser().parseFromString(oembedLink('https://site.example/oembed/a.json', event.title), 'text/html').head;
    expect([...link.querySelectorAll('*')].map((el) => el.localName)).to.deep.equal(['link']);
    expect(link.querySelector('link')!.getAttribute('type')).to.equal('application/json+oembed');
    for (const bad of ['javascript:alert(1)', '/relative/embed.html', 'data:text/html,x']) {
      expect(() => embedIframe({ ...options, embedUrl: bad, title: 't' }), bad).to.throw(TypeError, /embedUrl: expected an absolute http\(s\) URL/);
      expect(() => embedIframe({ ...options, eventUrl: bad, title: 't' }), bad).to.throw(TypeError, /eventUrl/);
    }
    expect(() => oembedFor(event, { ...options, height: 0 })).to.throw(TypeError, /height: expected a whole number of pixels/);
    expect(() => oembedLink('javascript:x', 't')).to.throw(TypeError);
  });

  it("the document's HTML, put in a consumer's page, shows the article's card at the document's size", async () => {
    const doc = oembedFor(await seed(), options);
    const holder = document.createElement('div');
    holder.append(...new DOMParser().parseFromString(doc.html, 'text/html').body.childNodes);
    document.body.append(holder);
    try {
      const frame = holder.querySelector('iframe')!;
      await waitUntil(
        () => !!frame.contentDocument?.querySelector('event-card')?.shadowRoot?.querySelector('[part~="title"]'),
        'the card in the oEmbed iframe',
        { timeout: 10_000 },
      );
      expect(frame.contentDocument!.querySelector('event-card')!.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Smooth Opening');
      expect([frame.clientWidth, frame.clientHeight]).to.deep.equal([560, 480]);
    } finally {
      holder.remove();
    }
  });
});
