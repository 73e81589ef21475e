// The README's recipe for pages without a bundler: an import map with one entry, the bundle
// (section "Bundlers, import maps and CDNs"), pasted as written into a host page.
import { expect, waitUntil } from '@open-wc/testing';

describe('README recipes', function () {
  this.timeout(20_000);

  it('an import map with one entry (the bundle) gives the whole API and the elements', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.split('\n### Bundlers, import maps and CDNs\n')[1]!.split('\n## ')[0]!;
    const snippet = /<script type="importmap">[\s\S]*?<\/script>\s*<script type="module">[\s\S]*?<\/script>/.exec(section)?.[0];
    expect(snippet, 'the import map snippet').to.be.a('string');
    const html = snippet!.replace('/assets/event-highlights/', '/dist/bundle/');
    const host = document.createElement('iframe');
    host.srcdoc =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${html}` +
      `</head><body><event-card src="/demo/data/seed-2023-06-29-opening.json"></event-card></body></html>`;
    document.body.append(host);
    try {
      await waitUntil(() => !!host.contentDocument?.querySelector('event-card')?.shadowRoot?.querySelector('[part~="format"]'), 'the card', {
        timeout: 10_000,
      });
      // setLocale('es') from the snippet, through the import map's single entry.
      await waitUntil(
        () => host.contentDocument?.querySelector('event-card')?.shadowRoot?.querySelector('[part~="format"]')?.textContent === 'Presencial',
        'the card in Spanish',
        { timeout: 5000 },
      );
    } finally {
      host.remove();
    }
  });
});
