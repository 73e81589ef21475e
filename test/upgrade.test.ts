// Elements written in the page before the library loads (as a CMS page does) must upgrade, keep
// properties set before the upgrade, and follow later language changes (decorator order pitfall).
import { expect, waitUntil } from '@open-wc/testing';
import { captureConsole, loadSeed } from './helpers.js';

describe('elements that exist before the definition loads', () => {
  it('upgrade, keep early properties and change language later', async () => {
    const event = await loadSeed();
    const early = document.createElement('event-card') as HTMLElement & { event?: unknown };
    early.event = event;
    document.body.append(early);
    expect(customElements.get('event-card')).to.equal(undefined);
    const { setLocale } = await import('../src/index.js');
    await waitUntil(() => early.shadowRoot?.querySelector('[part~="title"]') != null, 'upgrade', { timeout: 3000 });
    expect(early.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(event.title);
    await setLocale('es');
    await waitUntil(() => early.shadowRoot!.querySelector('[part~="format"]')!.textContent === 'Presencial', 'Spanish', { timeout: 3000 });
    await setLocale(null);
    early.remove();
  });

  it('loading the registration twice warns and keeps working', async () => {
    const { EventCard } = await import('../src/event-card/event-card.js');
    const { defineElement } = await import('../src/internal/define.js');
    const { messages: warnings } = await captureConsole(() => {
      defineElement('event-card', class extends EventCard {});
      defineElement('event-card', customElements.get('event-card')!);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<event-card>: already defined on this page/);
    expect(document.createElement('event-card')).to.be.instanceOf(EventCard);
  });
});
