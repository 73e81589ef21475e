// Server rendering (event-highlights/ssr, src/ssr): the element, given its fixtures' data, is
// rendered in Node by the test server (the `ssr-render` command, test/server/ssr.mjs) in English
// and in Chinese, and then, in a browser:
// - the render did not throw, and the element has a declarative shadow root;
// - its text is what the same element rendered in the browser shows, in the same language;
// - in a page whose <html lang> is that language, with Lit's hydration support loaded first (as
//   the demo's article page does), it hydrates when given the same data: no console message (a
//   hydration mismatch is an error, which the element's safety net would log), in a task of its
//   own rather than in the one that let it hydrate, the same text,
//   each node of the shadow root once (not drawn a second time beside the server's).
// Part of the conformance suite (./index.ts).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EventArticle } from '../../src/model/types.js';
import { setLocale } from '../helpers.js';
import type { Fixtures, Props } from './index.js';

/** The text a reader sees in a shadow root or element (slots show their assigned or fallback content), styles left out. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType === Node.ELEMENT_NODE) {
    const element = node as Element;
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName)) return '';
    if (element.shadowRoot) return visibleText(element.shadowRoot);
  } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  return [...node.childNodes].map(visibleText).join(' ');
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The shadow root's element tree as tag names, to see that nothing is there twice. */
// (The server's <style> is left out: the browser's render adopts its style sheets instead.)
const shape = (root: ParentNode): string =>
  [...root.children]
    .filter((child) => child.localName !== 'style')
    .map((child) => `${child.localName}(${shape(child)})`)
    .join('');

async function serverRender(tag: string, properties: Record<string, unknown>, locale: string): Promise<string> {
  const result = (await executeServerCommand('ssr-render', { tag, properties, locale })) as { html?: string; error?: string } | undefined;
  expect(result, 'the test server answers ssr-render (web-test-runner.config.mjs)').to.exist;
  expect(result!.error, `server render of <${tag}>`).to.equal(undefined);
  return result!.html!;
}

async function hydrationFrame(tag: string, markup: string, locale: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"></head>` +
    `<body><div style="inline-size: 700px">${markup}</div>` +
    `<script type="module" src="/test/conformance/ssr-frame.ts?tag=${tag}"></script></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

export function ssrSuite(subject: Fixtures, seed: EventArticle): void {
  /** The fixtures' data as plain values the server can take. */
  const serverProperties = () => {
    const recorder = {} as Props;
    subject.give(recorder, structuredClone(seed));
    return { ...recorder } as Record<string, unknown>;
  };

  /** The same element rendered in this page in `locale`: its visible text and its shadow tree's shape. */
  async function clientRender(locale: string): Promise<{ text: string; shape: string }> {
    await setLocale(locale);
    const client = document.createElement(subject.tag) as unknown as Props;
    subject.give(client, structuredClone(seed));
    document.body.append(client);
    await client.updateComplete;
    const rendered = { text: squash(visibleText(client.shadowRoot!)), shape: shape(client.shadowRoot!) };
    client.remove();
    return rendered;
  }

  /** The frame's element, its console messages, and `hydrate()`: gives it its data and lets it go. */
  async function served(frame: HTMLIFrameElement, properties: Record<string, unknown>) {
    const win = frame.contentWindow as Window & typeof globalThis & { defined: Promise<unknown> };
    const messages: string[] = [];
    for (const level of ['warn', 'error'] as const) win.console[level] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
    await win.defined;
    const element = frame.contentDocument!.querySelector(subject.tag) as unknown as Props;
    const hydrate = () => {
      for (const [name, value] of Object.entries(properties)) element[name] = win.structuredClone(value);
      element.removeAttribute('defer-hydration');
    };
    return { win, element, root: element.shadowRoot!, messages, hydrate };
  }

  describe('server render', function () {
    this.timeout(20_000);
    const frames: HTMLIFrameElement[] = [];
    afterEach(async () => {
      for (const frame of frames.splice(0)) frame.remove();
      await setLocale(null);
    });

    for (const locale of ['en', 'zh-Hans']) {
      it(`renders in Node (${locale}) as declarative shadow DOM with the browser's text, and hydrates without a mismatch`, async () => {
        const properties = serverProperties();
        const markup = await serverRender(subject.tag, properties, locale);

        // Parsed without running anything: the shadow root is the server's.
        const parsed = Document.parseHTMLUnsafe(`<!doctype html><body>${markup}`);
        const fromServer = parsed.querySelector(subject.tag)!;
        expect(fromServer.shadowRoot, 'a declarative shadow root').to.not.equal(null);
        const serverText = squash(visibleText(fromServer.shadowRoot!));
        expect(serverText).to.not.equal('');

        // The same element rendered in this page, in the same language.
        const { text: clientText, shape: clientShape } = await clientRender(locale);
        expect(serverText, 'the server shows what the browser shows').to.equal(clientText);

        // Hydrated in a page of that language with the same data.
        const frame = await hydrationFrame(subject.tag, markup, locale);
        frames.push(frame);
        const { element, root, messages, hydrate } = await served(frame, properties);
        hydrate();
        // It hydrates in a task of its own (#18), not in the one that let it: microtasks alone do not get there.
        for (let i = 0; i < 20; i++) await Promise.resolve();
        expect((element as unknown as { hasUpdated: boolean }).hasUpdated, 'hydrated in the same task').to.equal(false);
        await element.updateComplete;
        expect(messages, 'console while hydrating').to.deep.equal([]);
        expect(element.shadowRoot, 'the same shadow root, taken over').to.equal(root);
        expect(squash(visibleText(root))).to.equal(clientText);
        expect(shape(root), 'each node once').to.equal(clientShape);
      });
    }

    it('rendered in Chinese on a page in English that pins Chinese with setLocale(), hydrates in Chinese', async () => {
      const properties = serverProperties();
      const markup = await serverRender(subject.tag, properties, 'zh-Hans');
      const { text: clientText, shape: clientShape } = await clientRender('zh-Hans');
      const frame = await hydrationFrame(subject.tag, markup, 'en');
      frames.push(frame);
      const { win, element, root, messages, hydrate } = await served(frame, properties);
      // The frame's own copy of the language module, as the page's script would import it.
      const frameLocale = (await new win.Function("return import('/src/internal/locale.ts')")()) as { setLocale(locale: string): Promise<void> };
      const pinned = frameLocale.setLocale('zh-Hans');
      hydrate();
      await element.updateComplete;
      await pinned;
      expect(messages, 'console while hydrating').to.deep.equal([]);
      expect(squash(visibleText(root))).to.equal(clientText);
      expect(shape(root), 'each node once').to.equal(clientShape);
    });
  });
}
