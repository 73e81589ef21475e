// The shipped single-file bundle (dist/bundle/event-highlights.js, built by `npm run build`,
// which npm test runs first): it works on its own, and loading it twice, or with the npm modules,
// never throws — one warning per element, working elements.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureConsole, loadSeed } from './helpers.js';

const BUNDLE = '/dist/bundle/event-highlights.js';

describe('the single-file bundle', () => {
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
