// The built demo's article page is rendered on the server (demo/build/prerender.ts, with
// event-highlights/ssr): read with JavaScript switched off (an iframe sandboxed without
// allow-scripts: declarative shadow DOM still applies, no script runs), it shows the whole
// article. Needs `npm run build` (dist/demo). The strict CSP of these pages,
// with the style hashes the build writes (dist/demo/csp.json), is checked in test/csp.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { resolveText } from '../src/model/text.js';
import type { EventArticle, Text } from '../src/model/types.js';
import { ELEMENT_TAGS } from './elements.js';
import { loadSeed } from './helpers.js';

type ProbedWindow = Window &
  typeof globalThis & { __consoleMessages: string[]; __serverNodes: { element: Element; nodes: Element[] }[]; PerformanceObserver: typeof PerformanceObserver };

/** The layout shifts of the frame's page since it started (Chromium: the Layout Instability API). */
function layoutShifts(win: ProbedWindow): Promise<number[]> {
  return new Promise((resolve) => {
    const observer = new win.PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value));
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    // No entry at all: the observer is never called.
    setTimeout(() => resolve([]), 500);
  });
}

/** Waits until every server-rendered element of the page has hydrated, and checks that it said nothing on the console. */
async function hydrated(win: ProbedWindow): Promise<void> {
  const served = win.__serverNodes;
  await waitUntil(
    () => !win.document.querySelector('[defer-hydration]') && served.every(({ element }) => (element as Element & { hasUpdated: boolean }).hasUpdated),
    'hydration',
    { timeout: 10_000 },
  );
  await Promise.all(served.map(({ element }) => (element as Element & { updateComplete: Promise<boolean> }).updateComplete));
  expect(win.__consoleMessages, 'console while hydrating').to.deep.equal([]);
}

/**
 * No layout shift since the page started. Firefox has no Layout Instability API ('layout-shift'
 * entries): there the kept nodes show that nothing was drawn again.
 */
async function expectNoShift(win: ProbedWindow): Promise<void> {
  if ('LayoutShift' in win) expect(await layoutShifts(win), 'layout shifts').to.deep.equal([]);
  else expect(navigator.userAgent).to.contain('Firefox');
}

const PAGE = '/dist/demo/index.html';

const frames: HTMLIFrameElement[] = [];
async function open(sandbox: string | undefined, query = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 1000px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE + query;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** The text a reader sees: light DOM and shadow roots (the composed tree), styles and scripts left out. */
function visibleText(node: Node): string {
  // By node type, not instanceof: the nodes are the frame's (another realm).
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
  if ((!element && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) || (element && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName))) return '';
  const shadow = element?.shadowRoot ? [...element.shadowRoot.childNodes] : [];
  return [...shadow, ...node.childNodes].map(visibleText).join(' ');
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const en = (event: EventArticle, value: Text | undefined) => resolveText(value, 'en', event.lang)?.text ?? '';

/** Where the demo keeps the reader's language (demo/chrome.ts). */
const DEMO_LANGUAGE_KEY = 'event-highlights-demo:lang';

describe('demo article rendered on the server (dist/demo)', function () {
  this.timeout(20_000);
  let seed: EventArticle;
  before(async function () {
    if (!(await fetch(PAGE)).ok) this.skip();
    seed = await loadSeed();
  });
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
    // A page opened with ?lang= remembers the reader's choice for the origin (demo/chrome.ts): a
    // later test file's demo pages would open in that language.
    localStorage.removeItem(DEMO_LANGUAGE_KEY);
  });

  it('is complete with JavaScript switched off: title, dates, every speech, attendees, the country list, captions and credits', async () => {
    const frame = await open('allow-same-origin');
    const doc = frame.contentDocument!;
    // No script ran: nothing is defined, the shadow roots are the server's.
    expect(frame.contentWindow!.customElements.get('speech-block')).to.equal(undefined);
    const text = squash(visibleText(doc.body));
    const facts = [
      en(seed, seed.title),
      'June 29, 2023',
      ...(seed.speeches ?? []).flatMap((speech) => [en(seed, speech.speaker.name), squash(en(seed, speech.paragraphs.at(-1)))]),
      ...(seed.attendees ?? []).map((attendee) => en(seed, attendee.name)),
      ...['Bolivia', 'Brazil', 'Colombia', 'Costa Rica', 'Cuba', 'Dominica', 'Ecuador', 'Panama', 'Peru', 'Venezuela'],
      '31 participants from 10 countries',
      ...(seed.photos ?? []).map((photo) => en(seed, photo.caption)).filter(Boolean),
      ...(seed.credits ?? []).flatMap((credit) => credit.names.map((name) => en(seed, name))),
    ];
    for (const fact of facts) expect(text, fact).to.include(fact);
    // Each element's content is in its shadow root, laid out (not a blank box).
    for (const tag of ELEMENT_TAGS.filter((name) => name !== 'event-card')) {
      const element = doc.querySelector(tag)!;
      expect(element.shadowRoot, `${tag} has a declarative shadow root`).to.not.equal(null);
      expect(element.getBoundingClientRect().height, `${tag} height`).to.be.greaterThan(20);
    }
  });

  it("hydrates: the server's nodes kept (nothing drawn again), no console message, the same text, nothing moved", async () => {
    const noScript = squash(visibleText((await open('allow-same-origin')).contentDocument!.querySelector('#article-body')!));
    const frame = await open(undefined, '?hydration');
    const win = frame.contentWindow as ProbedWindow;
    const doc = frame.contentDocument!;
    // The article's elements, all rendered by the server and waiting for their data.
    const served = win.__serverNodes;
    expect(served.map(({ element }) => element.localName)).to.include.members(ELEMENT_TAGS.filter((tag) => tag !== 'event-card'));
    await hydrated(win);
    for (const { element, nodes } of served) {
      // Hydrated, not rendered again: the server's nodes are still the shadow root's, and nothing was added beside them.
      expect(
        nodes.every((node) => node.isConnected && node.getRootNode() === element.shadowRoot),
        `<${element.localName}> keeps the server's nodes`,
      ).to.equal(true);
      const now = [...element.shadowRoot!.children].filter((child) => child.localName !== 'style');
      expect(now.length, `<${element.localName}>: each node once`).to.equal(nodes.length);
    }
    expect(squash(visibleText(doc.querySelector('#article-body')!)), 'the text a reader without scripts saw').to.equal(noScript);
    await expectNoShift(win);
  });

  it(
    'a page in Chinese (<html lang="zh-Hans">) is rendered on the server in Chinese and hydrates as it is: the same text with and without scripts, ' +
      'nothing moved',
    async () => {
      // The demo stores its pages in English: the test server makes the page the build would write in Chinese.
      const noScript = (await open('allow-same-origin', '?page-lang=zh-Hans')).contentDocument!;
      expect(noScript.documentElement.lang).to.equal('zh-Hans');
      expect(noScript.querySelector('#article-body h2')!.textContent, 'in Chinese without a script').to.equal('出席人员');
      const noScriptText = squash(visibleText(noScript.querySelector('#article-body')!));
      const frame = await open(undefined, '?page-lang=zh-Hans&hydration');
      const win = frame.contentWindow as ProbedWindow;
      const doc = frame.contentDocument!;
      const served = win.__serverNodes;
      await hydrated(win);
      for (const { element, nodes } of served)
        expect(
          nodes.every((node) => node.isConnected && node.getRootNode() === element.shadowRoot),
          `<${element.localName}> keeps the server's nodes`,
        ).to.equal(true);
      expect(squash(visibleText(doc.querySelector('#article-body')!)), 'the text a reader without scripts saw').to.equal(noScriptText);
      await expectNoShift(win);
    },
  );

  it('a reader who chose another language (?lang=zh-Hans) gets the body rendered in it, with no hydration mismatch', async () => {
    const frame = await open(undefined, '?hydration&lang=zh-Hans');
    const win = frame.contentWindow as ProbedWindow;
    const doc = frame.contentDocument!;
    await waitUntil(
      () => !doc.querySelector('[defer-hydration]') && doc.querySelector('#article-body h2')?.textContent === '出席人员',
      'the article in Chinese',
      { timeout: 10_000 },
    );
    const speech = doc.querySelector('speech-block') as Element & { updateComplete: Promise<boolean> };
    await waitUntil(() => speech.shadowRoot?.querySelector('[part~="name"]')?.textContent?.includes('女士') === true, 'the elements in Chinese', {
      timeout: 4000,
    });
    expect(win.__consoleMessages, 'console').to.deep.equal([]);
    expect(doc.querySelector('#lead-photo')!.shadowRoot!.querySelector('[part~="error"]'), 'the lead photo').to.equal(null);
  });
});
