// The built demo (dist/demo, made by `npm run build`): the article page written from the seed
// with its JSON-LD, one page per sample marked as such, the archive's cards, the hand-written page,
// and the language switcher. The pages' CSP and every element's behaviour in them are tested in
// test/csp.test.ts and the elements' own tests; this checks what the demo itself promises.
import { expect, waitUntil } from '@open-wc/testing';
import { toJsonLd } from '../src/model/json-ld.js';
import { validateEvent } from '../src/model/validate.js';
import type { EventArticle } from '../src/model/types.js';

const DEMO = new URL('/dist/demo/', location.href);

interface IndexEntry {
  src: string;
  page: string;
  sample: boolean;
}

async function text(path: string | URL): Promise<string> {
  const response = await fetch(new URL(path, DEMO));
  if (!response.ok) throw new Error(`${new URL(path, DEMO).pathname}: HTTP ${response.status} (run \`npm run build\` first: it builds dist/demo)`);
  return response.text();
}
const html = async (path: string | URL) => new DOMParser().parseFromString(await text(path), 'text/html');

async function index(): Promise<{ url: URL; events: IndexEntry[] }> {
  const url = new URL('data/index.json', DEMO);
  return { url, events: (JSON.parse(await text(url)) as { events: IndexEntry[] }).events };
}

async function article(url: URL): Promise<EventArticle> {
  const result = validateEvent(JSON.parse(await text(url)));
  if (!result.ok) throw new Error(`${url.pathname} is not valid`);
  return result.value;
}

const pageName = (entry: IndexEntry, indexUrl: URL) => new URL(entry.page, indexUrl).pathname.split('/').pop()!;

/** Every string under an `image` key, resolved against `base`. */
function resolveImages(value: unknown, base: URL): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveImages(item, base));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === 'image' ? (Array.isArray(item) ? item.map((src) => new URL(src, base).href) : new URL(item as string, base).href) : resolveImages(item, base),
      ]),
    );
  }
  return value;
}

const frames: HTMLIFrameElement[] = [];
async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL(path, DEMO).href;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}
const shadowText = (element: Element | null | undefined, selector: string) =>
  element?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('demo (dist/demo)', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    localStorage.removeItem('event-highlights-demo:lang');
  });

  it('writes the seed article into index.html: header, lead photo and the JSON-LD of toJsonLd()', async () => {
    const doc = await html('index.html');
    const dataUrl = new URL(doc.querySelector<HTMLElement>('main')!.dataset['event']!, DEMO);
    expect(dataUrl.pathname).to.equal('/dist/demo/data/seed-2023-06-29-opening.json');
    const seed = await article(dataUrl);
    // Written in the HTML, for crawlers, link previews and readers without scripts.
    expect(doc.title).to.equal(seed.title);
    expect(doc.querySelector('h1')!.textContent).to.equal(seed.title);
    expect(doc.querySelector('#lead')!.textContent).to.equal(seed.paragraphs![0]);
    expect(doc.querySelector('#dateline time')!.getAttribute('datetime')).to.equal('2023-06-29');
    expect(doc.querySelector('#dateline')!.textContent).to.contain('June 29, 2023, morning').and.contain('Published July 3, 2023');
    // The lead photo is rendered on the server: its <img> is in the declarative shadow root's template.
    const lead = doc.querySelector<HTMLTemplateElement>('#lead-photo > template[shadowrootmode]')!.content.querySelector<HTMLImageElement>('img')!;
    expect(new URL(lead.getAttribute('src')!, DEMO).href).to.equal(new URL(seed.photos![0]!.src, dataUrl).href);
    expect([lead.getAttribute('width'), lead.getAttribute('height')]).to.deep.equal(['1200', '800']);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).to.equal(seed.summary);
    expect(doc.querySelector('meta[name="robots"]')).to.equal(null);

    const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(blocks).to.have.length(1);
    const ld = JSON.parse(blocks[0]!.textContent!) as Record<string, any>;
    // Image URLs are relative to the page; resolved, the data is what toJsonLd() says of the seed.
    expect(resolveImages(ld, DEMO)).to.deep.equal(toJsonLd(seed, { base: dataUrl.href }));
    expect(ld['@type']).to.equal('NewsArticle');
    expect(ld.about).to.include({
      '@type': 'Event',
      startDate: '2023-06-29',
      endDate: '2023-07-19',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
    for (const src of ld.image as string[]) expect((await fetch(new URL(src, DEMO))).ok, src).to.equal(true);
  });

  it('gives each sample its own page from the same template, marked as sample data and kept out of search engines', async () => {
    const { url, events } = await index();
    const samples = events.filter((entry) => entry.sample);
    expect(samples).to.have.length(2);
    for (const entry of samples) {
      const doc = await html(pageName(entry, url));
      const event = await article(new URL(entry.src, url));
      const title = typeof event.title === 'string' ? event.title : event.title['en']!;
      expect(doc.querySelector('h1')!.textContent, entry.page).to.equal(title);
      expect(title).to.match(/^\[Sample\]/);
      expect(new URL(doc.querySelector<HTMLElement>('main')!.dataset['event']!, DEMO).href).to.equal(new URL(entry.src, url).href);
      expect(doc.querySelector('#sample-note')!.hasAttribute('hidden'), `${entry.page}: the sample note shows`).to.equal(false);
      expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).to.equal('noindex');
      expect(doc.querySelector('script[type="application/ld+json"]'), `${entry.page}: no structured data for invented events`).to.equal(null);
      expect(doc.querySelector('.site-nav [aria-current]'), `${entry.page}: "Article" is not the current page`).to.equal(null);
    }
  });

  it('lists every article in the archive as a card linking to its page, with a plain link inside and samples marked', async () => {
    const { url, events } = await index();
    const doc = await html('archive.html');
    const cards = [...doc.querySelectorAll('#cards event-card')];
    expect(cards).to.have.length(events.length);
    for (const [i, entry] of events.entries()) {
      const card = cards[i]!;
      expect(new URL(card.getAttribute('src')!, DEMO).href).to.equal(new URL(entry.src, url).href);
      expect(card.getAttribute('href')).to.equal(pageName(entry, url));
      expect((await fetch(new URL(card.getAttribute('href')!, DEMO))).ok, `${entry.page} exists`).to.equal(true);
      // Without the script (and for crawlers): a link with the title.
      expect(card.querySelector('a')!.getAttribute('href')).to.equal(card.getAttribute('href'));
      expect(card.querySelector('a')!.textContent!.length).to.be.greaterThan(20);
      expect(card.querySelector('[slot="footer"].badge')?.textContent ?? null, entry.src).to.equal(entry.sample ? 'Sample data' : null);
    }
  });

  it("has no inline script or style anywhere, and the hand-written page only the bundle's script tag", async () => {
    const pages = ['index.html', 'archive.html', 'handwritten.html', ...(await index()).events.map((entry) => pageName(entry, new URL('data/', DEMO)))];
    for (const name of new Set(pages)) {
      const doc = await html(name);
      for (const script of doc.querySelectorAll('script')) {
        expect(script.hasAttribute('src') || script.type === 'application/ld+json', `${name}: inline script`).to.equal(true);
      }
      expect(doc.querySelectorAll('style, [style]'), `${name}: inline style`).to.have.length(0);
    }
    const hand = await html('handwritten.html');
    // (The test server adds its own web-socket script to every HTML page it serves.)
    const scripts = [...hand.querySelectorAll('script')].filter((script) => !script.getAttribute('src')?.includes('__web-dev-server'));
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('module');
    expect(scripts[0]!.getAttribute('src')).to.equal('./bundle/event-highlights.js');
    expect((await fetch(new URL('bundle/event-highlights.js', DEMO))).ok).to.equal(true);
  });

  it('renders the article with the six elements and switches every one of them without a reload; the choice survives a reload', async function () {
    // Two page loads and a switch of language on a loaded machine: more than mocha's 8 s.
    this.timeout(20_000);
    const frame = await open('index.html?lang=zh-Hans');
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const speeches = () => [...doc.querySelectorAll('speech-block')];
    // The server's render is there at once: wait for the script (hydrated, in the chosen language).
    await waitUntil(
      () =>
        speeches().length === 3 &&
        !!doc.querySelector('photo-credit') &&
        !doc.querySelector('[defer-hydration]') &&
        shadowText(speeches()[0], '[part~="name"]') === 'Liu Beimin 女士',
      'the article',
      { timeout: 8000 },
    );
    expect(doc.documentElement.lang).to.equal('zh-Hans');
    expect(doc.querySelector<HTMLSelectElement>('#language')!.value).to.equal('zh-Hans');
    expect([...doc.querySelectorAll('#article-body h2')].map((h) => h.textContent)).to.deep.equal(['出席人员', '致辞', '参训学员', '研修安排与参访', '署名']);
    expect(shadowText(speeches()[0], '[part~="name"]')).to.equal('Liu Beimin 女士');
    // The attendees, right after the opening paragraph that names them.
    const attendees = doc.querySelector('attendee-list')!;
    expect(attendees.closest('section')).to.equal(doc.querySelector('#article-body > section'));
    expect(shadowText(attendees, '[part~="name"]')).to.equal('Chen Jianfeng 先生');
    expect(doc.querySelectorAll('participant-country-map, group-photo#lead-photo, group-photo#group-photo')).to.have.length(3);
    expect(doc.querySelector('.facts')!.textContent).to.contain('21天').and.contain('2023年6月29日至7月19日');
    // The article's text stays English, marked so.
    expect(doc.querySelector('#title')!.getAttribute('lang')).to.equal('en');

    const select = doc.querySelector<HTMLSelectElement>('#language')!;
    const before = win.performance.timeOrigin;
    select.value = 'es';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shadowText(speeches()[0], '[part~="name"]') === 'Sra. Liu Beimin', 'the speech in Spanish', { timeout: 4000 });
    expect(win.performance.timeOrigin, 'no reload').to.equal(before);
    expect(doc.documentElement.lang).to.equal('es');
    expect([...doc.querySelectorAll('#article-body h2')].map((h) => h.textContent)).to.deep.equal([
      'Asistentes',
      'Discursos',
      'Participantes',
      'Programa y visitas',
      'Créditos',
    ]);
    expect(shadowText(attendees, '[part~="name"]')).to.equal('Sr. Chen Jianfeng');
    expect(doc.querySelector('#dateline')!.textContent).to.contain('29 de junio de 2023, por la mañana');
    expect(shadowText(doc.querySelector('photo-credit'), 'dt')).to.equal('Texto');
    expect(win.location.search).to.equal('?lang=es');
    expect(doc.querySelector('.site-nav a[href^="archive.html"]')!.getAttribute('href')).to.equal('archive.html?lang=es');

    // Reloaded without ?lang=: the stored choice.
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    win.location.href = new URL('index.html', DEMO).href;
    await reloaded;
    // (The server's render, in English, is there before the script: wait for the stored language.)
    await waitUntil(() => frame.contentDocument!.querySelector('#article-body h2')?.textContent === 'Asistentes', 'the article again, in Spanish', {
      timeout: 8000,
    });
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');
    expect(frame.contentDocument!.querySelector('#article-body h2')!.textContent).to.equal('Asistentes');
  });

  it('keeps the "published in English" note inside the text column, at 390 and 1000 px', async () => {
    for (const width of [390, 1000]) {
      const frame = await open('index.html?lang=zh-Hans');
      frame.width = String(width);
      const doc = frame.contentDocument!;
      const paragraphs = '#article-body > p:not(.language-note)';
      await waitUntil(() => !!doc.querySelector<HTMLElement>('.language-note:not([hidden])') && !!doc.querySelector(paragraphs), 'the note', { timeout: 8000 });
      const note = doc.querySelector('.language-note')!.getBoundingClientRect();
      const paragraph = doc.querySelector(paragraphs)!.getBoundingClientRect();
      expect(note.width, `${width} px: the note's width`).to.be.greaterThan(100);
      expect(note.left, `${width} px: left edge`).to.be.closeTo(paragraph.left, 0.5);
      expect(note.right, `${width} px: right edge`).to.be.closeTo(paragraph.right, 0.5);
    }
  });

  it('renders the hand-written page from its attributes and light DOM alone', async () => {
    const frame = await open('handwritten.html');
    const doc = frame.contentDocument!;
    const speeches = () => [...doc.querySelectorAll('speech-block')];
    await waitUntil(() => speeches().length === 3 && speeches().every((speech) => shadowText(speech, '[part~="name"]') !== ''), 'the speeches', {
      timeout: 8000,
    });
    expect(speeches().map((speech) => shadowText(speech, '[part~="name"]'))).to.deep.equal(['Ms. Liu Beimin', 'Mr. Chen Jianfeng', 'Ms. Danmarys Hernández']);
    expect(shadowText(speeches()[2], '[part~="representative"]')).to.equal('Participant representative');
    const attendees = doc.querySelector('attendee-list')!;
    await waitUntil(() => attendees.shadowRoot?.querySelectorAll('[part~="item"]').length === 3, 'the attendees', { timeout: 4000 });
    expect([...attendees.shadowRoot!.querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim())).to.deep.equal([
      'Mr. Chen Jianfeng',
      'Ms. Liu Beimin',
      'Mr. Chen Wei',
    ]);
    const map = doc.querySelector('participant-country-map')!;
    await waitUntil(() => (map.shadowRoot?.querySelectorAll('[part~="list"] li').length ?? 0) === 10, "the map's list", { timeout: 4000 });
    const photo = doc.querySelector('#group-photo')!;
    expect(shadowText(photo, 'figcaption')).to.contain('Group Photo of the Seminar');
    expect(shadowText(photo.shadowRoot!.querySelector('photo-credit'), '*')).to.contain('Ni Haoran');
    expect(shadowText(doc.querySelector('photo-credit'), 'dl'))
      .to.contain('Ma Yizhou')
      .and.contain('Chen Wei');
  });
});
