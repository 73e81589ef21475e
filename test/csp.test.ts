// Strict security: the embed pages and every built demo page (dist/demo/**/*.html) served with
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
//   img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'
// (by the test server's `?csp` route, test/server/embed-pages.mjs, which also puts
// test/embed/csp-probe.js first in the page to record `securitypolicyviolation` events). Every
// element is exercised (lightbox opened and zoomed, map focused and walked with the arrow keys,
// language switched, a speech expanded) and no violation may occur.
//
// Trusted Types: Chromium enforces `require-trusted-types-for 'script'`. Firefox ESR 153 has
// `window.trustedTypes` and enforces it too (see the test "Trusted Types are enforced", which
// proves it in each engine rather than assuming it).
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS, elementsReady, openFrame } from './embed/frames.js';
import { sleep } from './helpers.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
type ProbedWindow = Window & { __cspViolations?: Violation[] };

const violations = (frame: HTMLIFrameElement) => (frame.contentWindow as ProbedWindow).__cspViolations;
const describeAll = (list: Violation[] = []) => list.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}: ${v.sample}`).join('\n');

const frames: HTMLIFrameElement[] = [];
async function openStrict(path: string): Promise<HTMLIFrameElement> {
  const frame = await openFrame(`${path}${path.includes('?') ? '&' : '?'}csp`);
  frames.push(frame);
  expect(violations(frame), `the CSP probe runs in ${path}`).to.be.an('array');
  return frame;
}

function shadow(frame: HTMLIFrameElement, selector: string): ShadowRoot {
  return frame.contentDocument!.querySelector(selector)!.shadowRoot!;
}

/** Uses every element of the page the way a reader would, waiting for each to react. */
async function exercise(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  const key = (target: Element, name: string) =>
    target.dispatchEvent(new win.KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));

  // The lightbox: open, zoom, close.
  for (const photo of doc.querySelectorAll('group-photo')) {
    const button = photo.shadowRoot!.querySelector<HTMLElement>('[part~="button"]');
    if (!button) continue;
    button.click();
    await waitUntil(() => !!photo.shadowRoot?.querySelector('dialog[open] img[part~="lightbox-image"]'), 'the lightbox to open', { timeout: 4000 });
    photo.shadowRoot!.querySelector<HTMLElement>('[part~="zoom-button"]')!.click();
    await waitUntil(() => photo.shadowRoot?.querySelector('[part~="zoom-button"]')?.getAttribute('aria-pressed') === 'true', 'zoom', { timeout: 2000 });
    photo.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')!.click();
    await waitUntil(() => !photo.shadowRoot?.querySelector('dialog[open]'), 'the lightbox to close', { timeout: 2000 });
  }
  // The map: focus it and walk to the next countries (the tooltip follows).
  for (const map of doc.querySelectorAll('participant-country-map')) {
    const stage = map.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]');
    if (!stage) continue;
    stage.focus();
    key(stage, 'ArrowRight');
    key(stage, 'ArrowRight');
    await waitUntil(() => !!map.shadowRoot?.querySelector('[part~="tooltip"]'), 'the map tooltip', { timeout: 3000 });
    key(stage, 'Escape');
    stage.blur();
  }
  // A long speech: expand it.
  for (const speech of doc.querySelectorAll('speech-block')) {
    const toggle = speech.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]');
    if (!toggle) continue;
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the speech to expand', { timeout: 2000 });
  }
  // The language: every element follows <html lang>.
  const before = doc.documentElement.lang;
  doc.documentElement.lang = 'zh-Hans';
  const card = doc.querySelector('event-card');
  if (card) await waitUntil(() => card.shadowRoot?.querySelector('[part~="format"]')?.textContent === '线下', 'Chinese', { timeout: 3000 });
  // No card to show the change: the other elements get the time a change takes to report a violation.
  else await sleep(300);
  doc.documentElement.lang = before;
  if (card) await waitUntil(() => card.shadowRoot?.querySelector('[part~="format"]')?.textContent !== '线下', 'the language back', { timeout: 3000 });
  // Late work (images, the map's lazy chunk) gets a moment to report a violation, which must not come.
  await sleep(200);
}

describe('strict Content-Security-Policy', function () {
  this.timeout(60_000);
  // The demo pages open in their own language, not in one an earlier test file chose (the demo
  // remembers a reader's choice for the origin, demo/chrome.ts): the language check below switches
  // to Chinese and back.
  before(() => localStorage.removeItem('event-highlights-demo:lang'));
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('is served with the header, and the probe sees what it blocks', async () => {
    const response = await fetch('/test/embed/clean.html?csp');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'",
    );
    const frame = await openStrict('/test/embed/clean.html');
    const doc = frame.contentDocument!;
    // A style attribute set as markup is blocked and reported (so zero below means something).
    doc.getElementById('after')!.setAttribute('style', 'color: red');
    await waitUntil(() => violations(frame)?.some((v) => v.directive.startsWith('style-src')), 'a style-src violation', { timeout: 3000 });
    expect(frame.contentWindow!.getComputedStyle(doc.getElementById('after')!).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('Trusted Types are enforced: a string into innerHTML throws and is reported', async () => {
    const frame = await openStrict('/test/embed/clean.html');
    const win = frame.contentWindow as ProbedWindow & { trustedTypes?: unknown };
    expect(win.trustedTypes, 'this engine has Trusted Types').to.exist;
    const div = frame.contentDocument!.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
    await waitUntil(() => violations(frame)?.some((v) => v.directive === 'require-trusted-types-for'), 'a Trusted Types violation', { timeout: 3000 });
  });

  for (const page of ['/test/embed/clean.html', '/test/embed/hostile.html']) {
    it(`${page}: every element renders and works with zero violations`, async () => {
      const frame = await openStrict(page);
      await elementsReady(frame);
      for (const tag of TAGS) expect(frame.contentDocument!.querySelector(tag)!.shadowRoot!.childElementCount, tag).to.be.above(0);
      expect(shadow(frame, 'event-card').querySelector('[part~="title"]')).to.exist;
      await exercise(frame);
      expect(violations(frame)!.length, describeAll(violations(frame))).to.equal(0);
    });
  }

  it('every built demo page renders with zero violations', async function () {
    const pages = (await (await fetch('/__fixtures__/demo-pages')).json()) as string[];
    // `npm test` builds the demo (dist/demo) before the browser tests; a lone run of this file
    // without a build has no pages to check.
    if (!pages.length) this.skip();
    const found: string[] = [];
    for (const page of pages) {
      const frame = await openStrict(page);
      const doc = frame.contentDocument!;
      const present = TAGS.filter((tag) => doc.querySelector(tag));
      await waitUntil(() => present.every((tag) => !!frame.contentWindow?.customElements.get(tag)), `${page}: the elements to be defined`, { timeout: 10_000 });
      await waitUntil(() => [...doc.querySelectorAll(present.join(','))].every((el) => !!el.shadowRoot), `${page}: the elements to render`, {
        timeout: 10_000,
      });
      // The article pages are rendered on the server: their shadow roots are there before any script; the
      // elements work once the page script has given them their data (defer-hydration removed).
      await waitUntil(() => !doc.querySelector('[defer-hydration]'), `${page}: the elements to hydrate`, { timeout: 10_000 });
      // Each hydrates in a task of its own after that (base-element.ts): their first update done.
      await Promise.all([...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(present.join(','))].map((el) => el.updateComplete));
      if (doc.querySelector('event-card[src]'))
        await waitUntil(() => [...doc.querySelectorAll('event-card[src]')].every((el) => !!el.shadowRoot?.querySelector('[part~="title"]')), `${page}: cards`, {
          timeout: 10_000,
        });
      await exercise(frame);
      if (violations(frame)!.length) found.push(`${page}:\n${describeAll(violations(frame))}`);
      frame.remove();
    }
    expect(found.length, found.join('\n')).to.equal(0);
  });
});
