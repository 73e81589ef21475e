// A host page that runs @lit/localize itself (one global per page) and configured it first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { loadEventHighlightsTemplates } from '../src/internal/locale.js';
import { captureConsole, loadSeed } from './helpers.js';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es'],
  // The host merges our translations into its own, as the README says.
  loadLocale: async (locale) => ({ templates: { ...(await loadEventHighlightsTemplates(locale)), hostString: 'de la página' } }),
});

describe('a host page that uses @lit/localize itself', () => {
  it('keeps working: our elements follow the host locale and warn once', async () => {
    const { messages: warnings } = await captureConsole(async () => {
      await import('../src/event-card/define.js');
      const el = await fixture(html`<event-card .event=${await loadSeed()}></event-card>`);
      const format = () => el.shadowRoot!.querySelector('[part~="format"]')!.textContent;
      expect(format()).to.equal('In person');
      await host.setLocale('es');
      await waitUntil(() => format() === 'Presencial', 'Spanish from the host loader', { timeout: 3000 });
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('es');
    });
    expect(warnings.filter((w) => w.includes('@lit/localize was already configured'))).to.have.length(1);
  });
});
