// The shipped bundle (dist/bundle/event-highlights.js, built by `npm run build`, which npm test
// runs first, with its lazy chunks beside it): it works on its own, and loading it twice, or with
// the npm modules, never throws — one warning per element, working elements. A page that starts in
// another language loads that language's chunk once, and never shows English first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadEventHighlightsTemplates } from '../src/internal/locale.js';
import { captureConsole, loadSeed } from './helpers.js';

const BUNDLE = '/dist/bundle/event-highlights.js';

describe('the bundle', () => {
  it('defines working, styled elements', async () => {
    const bundle = await import(/* @vite-ignore */ BUNDLE);
    expect(bundle.EventCard).to.be.a('function');
    expect(customElements.get('event-card')).to.equal(bundle.EventCard);
    const el = await fixture<HTMLElement & { event: unknown }>(html`<div style="width: 360px"><event-card></event-card></div>`);
    const card = el.querySelector('event-card') as HTMLElement & { event: unknown; updateComplete: Promise<unknown> };
    card.event = await loadSeed();
    await card.updateComplete;
    const base = card.shadowRoot!.querySelector('[part~="base"]')!;
    // Minified styles still apply: the card's border radius and the media box's 16:9 ratio.
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('12px');
    const media = card.shadowRoot!.querySelector('[part~="media"]')!.getBoundingClientRect();
    expect(media.height).to.be.closeTo((media.width * 9) / 16, 1);
    await bundle.setLocale('zh-Hans');
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="format"]')!.textContent === '线下', 'Chinese from the bundle', { timeout: 3000 });
    await bundle.setLocale(null);
  });

  it('can be loaded twice, and together with the npm modules, with one warning per element', async () => {
    const { messages: warnings } = await captureConsole(async () => {
      // A second copy of the bundle (another URL is another module instance, as when a page pastes the tag twice).
      await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
      await import('../src/event-card/define.js');
    });
    const perTag = warnings.filter((w) => w.startsWith('<event-card>: already defined'));
    expect(perTag).to.have.length(2);
    const el = await fixture<HTMLElement & { event: unknown; updateComplete: Promise<unknown> }>(html`<event-card></event-card>`);
    el.event = await loadSeed();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')).to.exist;
  });
});

/** English UI strings of the seed's card (test/localization.test.ts has them in every language). */
const ENGLISH = ['In person', 'Opening ceremony', 'participants from'];

/**
 * A page of its own (an iframe, so a fresh copy of the bundle) in `lang`, with the seed's card set
 * before the bundle loads; every text its shadow root shows is recorded, from the first render on.
 */
async function pageIn(lang: string) {
  const seed = JSON.stringify(await loadSeed()).replace(/</g, '\\u003c');
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script>
    window.shown = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver(() => shown.push(root.textContent)).observe(root, { childList: true, subtree: true, characterData: true });
      return root;
    };
  </script></head><body><event-card></event-card>
  <script>document.querySelector('event-card').event = ${seed};</script>
  <script type="module">import * as bundle from '${BUNDLE}'; window.bundle = bundle;</script></body></html>`;
  document.body.append(frame);
  const view = frame.contentWindow as Window & { shown: string[]; bundle?: { setLocale(locale: string | null): Promise<void> } };
  await waitUntil(() => Boolean(view.bundle), 'the bundle in the frame', { timeout: 4000 });
  const format = () => view.document.querySelector('event-card')?.shadowRoot?.querySelector('[part~="format"]')?.textContent;
  /** The language chunks the page requested, by file name. */
  const chunks = () =>
    view.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.split('/').pop()!)
      .filter((name) => name.startsWith('locale-'));
  return { frame, view, format, chunks };
}

describe('languages beside the bundle', () => {
  it('a page in Chinese loads the Chinese chunk once and never shows English text', async () => {
    const { frame, view, format, chunks } = await pageIn('zh-Hans');
    try {
      await waitUntil(() => format() === '线下', 'Chinese on the card', { timeout: 4000 });
      const shown = view.shown.filter((text) => text.trim());
      expect(shown.length).to.be.greaterThan(0);
      for (const text of shown) for (const english of ENGLISH) expect(text).not.to.include(english);
      expect(chunks()).to.have.length(1);
      expect(chunks()[0]).to.match(/^locale-zh-Hans-[\w-]+\.js$/);
      // Back and forth: French is one more request, Chinese again none (the module is loaded).
      await view.bundle!.setLocale('fr');
      await waitUntil(() => format() === 'En présentiel', 'French on the card', { timeout: 4000 });
      await view.bundle!.setLocale('zh-Hans');
      await waitUntil(() => format() === '线下', 'Chinese again', { timeout: 4000 });
      expect(chunks().map((name) => name.replace(/-[\w-]{8}\.js$/, ''))).to.deep.equal(['locale-zh-Hans', 'locale-fr']);
    } finally {
      frame.remove();
    }
  });

  it('loadEventHighlightsTemplates() gives each message under its own id, as the npm module does', async () => {
    const bundle = await import(/* @vite-ignore */ BUNDLE);
    const templates = await loadEventHighlightsTemplates('zh-Hans');
    const fromBundle = (await bundle.loadEventHighlightsTemplates('zh-CN')) as Record<string, unknown>;
    expect(Object.keys(fromBundle).sort()).to.deep.equal(Object.keys(templates).sort());
    expect(fromBundle['attendee-role-host']).to.equal('东道主');
    for (const [id, value] of Object.entries(templates)) {
      if (typeof value === 'string') expect(fromBundle[id], id).to.equal(value);
      else expect((fromBundle[id] as { strings: string[] }).strings.join('|'), id).to.equal((value as { strings: string[] }).strings.join('|'));
    }
    expect(await bundle.loadEventHighlightsTemplates('en')).to.deep.equal({});
  });

  it('an English page requests no language chunk', async () => {
    const { frame, format, chunks } = await pageIn('en');
    try {
      await waitUntil(() => format() === 'In person', 'English on the card', { timeout: 4000 });
      expect(chunks()).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
