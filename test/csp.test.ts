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
import { expect } from '@open-wc/testing';
import { TAGS, elementsReady, openFrame, waitFor } from './embed/frames.js';

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
    await waitFor(() => !!photo.shadowRoot!.querySelector('dialog[open] img[part~="lightbox-image"]'), 4000, 'the lightbox to open');
    photo.shadowRoot!.querySelector<HTMLElement>('[part~="zoom-button"]')!.click();
    await waitFor(() => photo.shadowRoot!.querySelector('[part~="zoom-button"]')!.getAttribute('aria-pressed') === 'true', 2000, 'zoom');
    photo.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')!.click();
    await waitFor(() => !photo.shadowRoot!.querySelector('dialog[open]'), 2000, 'the lightbox to close');
  }
  // The map: focus it and walk to the next countries (the tooltip follows).
  for (const map of doc.querySelectorAll('participant-country-map')) {
    const stage = map.shadowRoot!.querySelector<HTMLElement>('[tabindex="0"]');
    if (!stage) continue;
    stage.focus();
    key(stage, 'ArrowRight');
    key(stage, 'ArrowRight');
    await waitFor(() => !!map.shadowRoot!.querySelector('[part~="tooltip"]'), 3000, 'the map tooltip');
    key(stage, 'Escape');
    stage.blur();
  }
  // A long speech: expand it.
  for (const speech of doc.querySelectorAll('speech-block')) {
    const toggle = speech.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]');
    if (!toggle) continue;
    toggle.click();
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true', 2000, 'the speech to expand');
  }
  // The language: every element follows <html lang>.
  const before = doc.documentElement.lang;
  doc.documentElement.lang = 'zh-Hans';
  const card = doc.querySelector('event-card');
  if (card) await waitFor(() => card.shadowRoot!.querySelector('[part~="format"]')?.textContent === '线下', 3000, 'Chinese');
  else await new Promise((resolve) => setTimeout(resolve, 300));
  doc.documentElement.lang = before;
  if (card) await waitFor(() => card.shadowRoot!.querySelector('[part~="format"]')?.textContent !== '线下', 3000, 'the language back');
  // Late work (images, the map's lazy chunk) gets a moment to report.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

describe('strict Content-Security-Policy', function () {
  this.timeout(60_000);
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
    await waitFor(() => violations(frame)!.some((v) => v.directive.startsWith('style-src')), 3000, 'a style-src violation');
    expect(frame.contentWindow!.getComputedStyle(doc.getElementById('after')!).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('Trusted Types are enforced: a string into innerHTML throws and is reported', async () => {
    const frame = await openStrict('/test/embed/clean.html');
    const win = frame.contentWindow as ProbedWindow & { trustedTypes?: unknown };
    expect(win.trustedTypes, 'this engine has Trusted Types').to.exist;
    const div = frame.contentDocument!.createElement('div');
    expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
    await waitFor(() => violations(frame)!.some((v) => v.directive === 'require-trusted-types-for'), 3000, 'a Trusted Types violation');
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
      await waitFor(() => present.every((tag) => !!frame.contentWindow!.customElements.get(tag)), 10_000, `${page}: the elements to be defined`);
      await waitFor(() => [...doc.querySelectorAll(present.join(','))].every((el) => !!el.shadowRoot), 10_000, `${page}: the elements to render`);
      // The article pages are rendered on the server: their shadow roots are there before any script; the
      // elements work once the page script has given them their data (defer-hydration removed).
      await waitFor(() => !doc.querySelector('[defer-hydration]'), 10_000, `${page}: the elements to hydrate`);
      if (doc.querySelector('event-card[src]'))
        await waitFor(
          () => [...doc.querySelectorAll('event-card[src]')].every((el) => !!el.shadowRoot!.querySelector('[part~="title"]')),
          10_000,
          `${page}: cards`,
        );
      await exercise(frame);
      if (violations(frame)!.length) found.push(`${page}:\n${describeAll(violations(frame))}`);
      frame.remove();
    }
    expect(found.length, found.join('\n')).to.equal(0);
  });
});
