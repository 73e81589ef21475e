// The embed page (dist/bundle/embed.html, from src/embed/) and its resizer (embed-resizer.js), as
// a script-free CMS uses them: test/embed/iframes.html is a host page with no script at all (the
// frames keep their fixed height), test/embed/iframes-resizer.html the same with the resizer
// (the frames take the embed page's height). Then the page's own rules, in this test page:
// which sources it loads, what each `show` shows, the notices (localized), the console messages.
// Needs `npm run build` (npm test builds before the browser tests).
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from './embed/frames.js';
import { captureConsole, sleep } from './helpers.js';
import { allowedOrigins, parseRequest, PARTS, renderEmbed } from '../src/embed/embed.js';
import { HEIGHT_MESSAGE, MAX_HEIGHT } from '../src/embed/protocol.js';

const SEED = '/demo/data/seed-2023-06-29-opening.json';
const frames: HTMLIFrameElement[] = [];
const open = async (url: string, options?: Parameters<typeof openFrame>[1]) => {
  const frame = await openFrame(url, options);
  frames.push(frame);
  return frame;
};

/** The embed frame `id` of a host page, once its part has rendered. */
async function embedIn(host: HTMLIFrameElement, id: string, part: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = host.contentDocument!.getElementById(id) as HTMLIFrameElement;
  await waitUntil(() => !!frame.contentDocument?.querySelector(`#embed ${part}`)?.shadowRoot?.childElementCount, `the ${id} embed to render`, {
    timeout: 10_000,
  });
  return { frame, doc: frame.contentDocument! };
}

/** The embed page's content height, as it reports it. */
const contentHeight = (doc: Document) => Math.ceil(doc.getElementById('embed')!.getBoundingClientRect().height);
/** The frame's inner height (its border aside), which the resizer sets. */
const frameHeight = (frame: HTMLIFrameElement) => frame.clientHeight;

describe('embed page in an iframe', function () {
  this.timeout(40_000);
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('a host page with no script: the card and the whole article render, each frame keeps its fixed height', async () => {
    const host = await open('/test/embed/iframes.html', { width: 760, height: 3000 });
    // (The test server injects its own web-socket script into every page; the page has none.)
    const scripts = [...host.contentDocument!.scripts].filter((script) => !script.src.includes('/__web-dev-server'));
    expect(scripts.length, 'the host page has no script').to.equal(0);
    const card = await embedIn(host, 'card', 'event-card');
    await waitUntil(() => !!card.doc.querySelector('event-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card title', { timeout: 10_000 });
    expect(card.doc.querySelector('event-card')!.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Smooth Opening');
    const article = await embedIn(host, 'article', 'participant-country-map');
    expect(article.doc.querySelector('#embed h1')!.textContent).to.contain('Smooth Opening');
    expect(article.doc.querySelectorAll('#embed speech-block').length).to.equal(3);
    expect(article.doc.querySelector('#embed photo-credit')).to.exist;
    // The frames keep the height their attribute gives; the article scrolls inside its own.
    expect(frameHeight(card.frame)).to.equal(480);
    expect(frameHeight(article.frame)).to.equal(600);
    expect(contentHeight(article.doc)).to.be.above(600);
  });

  it('with the resizer: each frame takes the height of its content, and follows it when it changes', async () => {
    const host = await open('/test/embed/iframes-resizer.html', { width: 760, height: 6000 });
    const card = await embedIn(host, 'card', 'event-card');
    await waitUntil(() => !!card.doc.querySelector('event-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card title', { timeout: 10_000 });
    await waitUntil(
      () => frameHeight(card.frame) === contentHeight(card.doc),
      `the card frame (${frameHeight(card.frame)}) to take its content's height (${contentHeight(card.doc)})`,
      { timeout: 5000 },
    );
    expect(frameHeight(card.frame)).to.not.equal(480);

    const article = await embedIn(host, 'article', 'participant-country-map');
    await waitUntil(
      () => frameHeight(article.frame) === contentHeight(article.doc),
      `the article frame (${frameHeight(article.frame)}) to take its content's height (${contentHeight(article.doc)})`,
      { timeout: 8000 },
    );
    expect(frameHeight(article.frame)).to.be.above(1500);
    // The content grows (a block added to it, as a speech expanded or a map drawn late would): the
    // frame follows. (Not by narrowing the host: how much the text rewraps then depends on fonts
    // and on when the nested frames lay out, which made the check flaky in long runs.)
    const before = frameHeight(article.frame);
    const grown = article.doc.createElement('div');
    grown.style.blockSize = '300px';
    article.doc.getElementById('embed')!.append(grown);
    await waitUntil(
      () => frameHeight(article.frame) >= before + 300 && frameHeight(article.frame) === contentHeight(article.doc),
      'the frame to follow its content',
      { timeout: 10_000 },
    );
  });

  it('the resizer listens only to its own embed frames and only to a height it expects', async () => {
    const host = await open('/test/embed/iframes-resizer.html', { width: 760, height: 6000 });
    const card = await embedIn(host, 'card', 'event-card');
    await waitUntil(() => frameHeight(card.frame) === contentHeight(card.doc), 'the card frame to be sized', { timeout: 8000 });
    const sized = frameHeight(card.frame);
    const hostWindow = host.contentWindow!;
    // Every height the resizer gives the card frame from now on (each CSSOM change of its style
    // attribute is a mutation record, however soon the next one comes).
    const styles: string[] = [];
    const watcher = new MutationObserver((records) => styles.push(...records.map((record) => record.oldValue ?? '')));
    watcher.observe(card.frame, { attributes: true, attributeFilter: ['style'], attributeOldValue: true });
    const other = host.contentDocument!.getElementById('other') as HTMLIFrameElement;
    const otherBefore = frameHeight(other);
    const bad: unknown[] = [
      { type: HEIGHT_MESSAGE, height: MAX_HEIGHT + 1 },
      { type: HEIGHT_MESSAGE, height: -5 },
      { type: HEIGHT_MESSAGE, height: '900' },
      { type: HEIGHT_MESSAGE, height: 12.5 },
      { type: HEIGHT_MESSAGE, height: 900, extra: true },
      { type: 'other', height: 900 },
      [HEIGHT_MESSAGE, 900],
      'event-highlights:embed-height 900',
    ];
    /** Posts `data` to the host from `from`'s own realm, so that the message's source is that window. */
    const postFrom = (from: Window, data: unknown) => (from as Window & typeof globalThis).eval(`parent.postMessage(${JSON.stringify(data)}, '*')`);
    // From the embed frame itself, but not the expected shape: ignored.
    for (const data of bad) postFrom(card.frame.contentWindow!, data);
    // The right shape, but from windows that are not an embed frame of the host: the host itself,
    // another iframe of the host, this test page.
    const good = { type: HEIGHT_MESSAGE, height: 77 };
    hostWindow.postMessage(good, '*');
    postFrom(other.contentWindow!, good);
    window.postMessage(good, '*');
    // A control message that is accepted, sent after the others: once it lands, the others were handled.
    postFrom(card.frame.contentWindow!, { type: HEIGHT_MESSAGE, height: sized + 1 });
    await waitUntil(() => frameHeight(card.frame) === sized + 1, 'the control message', { timeout: 3000 });
    watcher.disconnect();
    const heights = [...styles.slice(1), card.frame.getAttribute('style') ?? ''].map((style) => /height: ([^;]+)/.exec(style)?.[1]);
    expect(heights, "the card frame took no height but the control message's").to.deep.equal([`${sized + 1}px`]);
    expect(frameHeight(other), 'a frame that is not an embed is never resized').to.equal(otherBefore);
    // The embed page reports its real height again on its next change; nothing else set it.
    expect(frameHeight(card.frame)).to.equal(sized + 1);
  });

  it("the README's snippets, pasted as written (iframe only; iframe + resizer), render at a fixed and at the content's height", async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.split('\n## Embed without scripts\n')[1]!.split('\n## ')[0]!;
    const snippets = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(snippets.length, 'two snippets').to.equal(2);
    // The README's example paths are this test server's copies of the same files.
    const paste = (snippet: string) => snippet.replaceAll('/assets/event-highlights/', '/dist/bundle/').replaceAll('/events/2023-06-29-opening.json', SEED);
    const [only, withResizer] = snippets.map(paste) as [string, string];
    expect(only).not.to.contain('<script');
    expect(withResizer).to.contain('<script src="/dist/bundle/embed-resizer.js"');

    for (const [html, resized] of [
      [only, false],
      [withResizer, true],
    ] as const) {
      const host = document.createElement('iframe');
      host.style.cssText = 'position: fixed; top: 0; left: 0; width: 760px; height: 3000px; border: 0; transform: scale(0.1); transform-origin: 0 0';
      host.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${html}</body></html>`;
      frames.push(host);
      document.body.append(host);
      await waitUntil(() => !!host.contentDocument?.querySelector('iframe'), 'the host page', { timeout: 5000 });
      const frame = host.contentDocument!.querySelector('iframe')!;
      const fixed = Number(frame.getAttribute('height'));
      await waitUntil(() => !!frame.contentDocument?.querySelector('#embed event-card, #embed article')?.isConnected, 'the embed', { timeout: 10_000 });
      const doc = frame.contentDocument!;
      if (resized)
        await waitUntil(() => frameHeight(frame) === contentHeight(doc) && contentHeight(doc) !== fixed, 'the frame to take its content height', {
          timeout: 8000,
        });
      else {
        await waitUntil(() => !!doc.querySelector('event-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card', { timeout: 10_000 });
        expect(frameHeight(frame)).to.equal(fixed);
      }
    }
  });

  it('the resizer started before the frame exists sizes it when it renders (the module, in this page)', async () => {
    await import('../src/embed/resizer.js');
    const frame = document.createElement('iframe');
    frame.src = `/dist/bundle/embed.html?src=${SEED}&show=card`;
    frame.width = '560';
    frame.height = '100';
    frame.style.cssText = 'position: fixed; top: 0; left: 0; border: 0';
    frames.push(frame);
    document.body.append(frame);
    await waitUntil(() => !!frame.contentDocument?.querySelector('event-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card', { timeout: 10_000 });
    await waitUntil(() => frameHeight(frame) === contentHeight(frame.contentDocument!) && frameHeight(frame) > 100, 'the frame to take its content height', {
      timeout: 5000,
    });
  });

  it('links open in the top window, not in the frame', async () => {
    const frame = await open('/dist/bundle/embed.html?src=/test/fixtures/linked-event.json&show=card', { width: 760, height: 800 });
    const doc = frame.contentDocument!;
    expect(doc.querySelector('base')!.target).to.equal('_top');
    await waitUntil(() => !!doc.querySelector('event-card')?.shadowRoot?.querySelector('a[href]'), 'the card link', { timeout: 10_000 });
    const link = doc.querySelector('event-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(link.href).to.equal('https://news.example.edu/2023/opening.html');
    // No target of its own: the document's base target applies (Firefox reflects it in `target`).
    expect(['', '_top']).to.include(link.target);
  });

  for (const show of ['card', 'article']) {
    it(`show=${show} under the strict Content-Security-Policy: no violation`, async () => {
      const frame = await open(`/dist/bundle/embed.html?src=${SEED}&show=${show}&csp`, { width: 760, height: 6000 });
      const win = frame.contentWindow as Window & { __cspViolations?: { directive: string; blocked: string }[] };
      expect(win.__cspViolations, 'the CSP probe runs').to.be.an('array');
      await waitUntil(() => !!frame.contentDocument?.querySelector('event-card, #embed article')?.isConnected, 'the part', { timeout: 10_000 });
      if (show === 'article')
        await waitUntil(() => !!frame.contentDocument?.querySelector('participant-country-map')?.shadowRoot?.querySelector('svg'), 'the map', {
          timeout: 10_000,
        });
      else
        await waitUntil(() => !!frame.contentDocument?.querySelector('event-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card', {
          timeout: 10_000,
        });
      // Late work gets a moment to report a violation, which must not come (no event to wait for).
      await sleep(200);
      expect(win.__cspViolations!.map((v) => `${v.directive} ${v.blocked}`)).to.deep.equal([]);
    });
  }

  it('the host page with the resizer under the strict CSP: no violation, and the frame is sized', async () => {
    const host = await open('/test/embed/iframes-resizer.html?csp', { width: 760, height: 6000 });
    const card = await embedIn(host, 'card', 'event-card');
    await waitUntil(() => frameHeight(card.frame) === contentHeight(card.doc), 'the card frame to be sized', { timeout: 8000 });
    const win = host.contentWindow as Window & { __cspViolations?: unknown[] };
    expect(win.__cspViolations).to.deep.equal([]);
  });
});

describe('embed page: what it loads and shows', function () {
  this.timeout(20_000);
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('loads event documents only from its own origin and from the origins its page lists', () => {
    const own = allowedOrigins();
    expect([...own]).to.deep.equal([location.origin]);
    for (const src of ['https://elsewhere.example/event.json', '//elsewhere.example/event.json', 'javascript:alert(1)', 'data:application/json,{}', '']) {
      const request = parseRequest(`?src=${encodeURIComponent(src)}`, own);
      expect(request.ok, src).to.equal(false);
    }
    expect(parseRequest(`?src=${SEED}`, own).ok).to.equal(true);
    const listed = document.createElement('meta');
    listed.name = 'event-highlights-embed-origins';
    listed.content = 'https://news.example.edu javascript:x http://cdn.example.org:8080/ignored/path';
    const doc = document.implementation.createHTMLDocument();
    doc.head.append(listed);
    const messages: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void messages.push(args.join(' '));
    try {
      const found = allowedOrigins(doc);
      expect([...found]).to.deep.equal([location.origin, 'https://news.example.edu', 'http://cdn.example.org:8080']);
      expect(parseRequest('?src=https://news.example.edu/events/a.json', found).ok).to.equal(true);
      expect(parseRequest('?src=https://news.example.edu.evil.example/a.json', found).ok).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(messages).to.deep.equal([
      'event-highlights embed.html: meta event-highlights-embed-origins: expected http(s) origins, received string "javascript:x"',
    ]);
  });

  it('a document that redirects to an origin not on the list: the same notice, nothing shown from it', async () => {
    const { messages } = await captureConsole(() => renderEmbed(root, '?src=/__fixtures__/redirect-away&show=card&lang=es'));
    expect(root.querySelector('event-card')).to.equal(null);
    expect(root.querySelector('[role="alert"] strong')!.textContent).to.equal('Este evento no se puede mostrar aquí.');
    expect(messages).to.deep.equal([
      `event-highlights embed.html: src: expected an event document on ${location.origin} (after redirects)` +
        `, received a redirect to http://localhost:${location.port}/__fixtures__/cors-seed`,
    ]);
  });

  it('a source from another origin: a localized notice and a console message, no request', async () => {
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource', buffered: false });
    const { messages } = await captureConsole(() => renderEmbed(root, '?src=https://elsewhere.example/event.json&lang=es'));
    observer.disconnect();
    expect(root.querySelector('[role="alert"] strong')!.textContent).to.equal('Este evento no se puede mostrar aquí.');
    expect(messages).to.have.length(1);
    expect(messages[0]).to.match(
      new RegExp(
        String.raw`^event-highlights embed\.html: src: expected the URL of an event document on http:\/\/127\.0\.0\.1:\d+ .*, ` +
          String.raw`received string "https:\/\/elsewhere\.example\/event\.json"$`,
      ),
    );
    expect(requested.filter((name) => name.includes('elsewhere'))).to.deep.equal([]);
  });

  it('show=attendees before its element exists: a localized "not available" notice, not an error', async () => {
    expect(PARTS['attendees']).to.exist;
    if (customElements.get(PARTS['attendees']!.tag)) return;
    const { messages } = await captureConsole(() => renderEmbed(root, `?src=${SEED}&show=attendees&lang=fr`));
    const notice = root.querySelector('.notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.querySelector('strong')!.textContent).to.equal('Cette partie n’est pas encore disponible.');
    expect(messages).to.deep.equal([
      'event-highlights embed.html: show: expected a part this bundle has (<attendee-list> is not registered), received string "attendees"',
    ]);
  });

  it('show=speech:N shows that speech; a number the event does not have and an unknown part say so', async () => {
    await renderEmbed(root, `?src=${SEED}&show=speech:2&lang=en`);
    const speech = root.querySelector('speech-block')!;
    const seed = await (await fetch(SEED)).json();
    expect(JSON.stringify(speech.speech!.speaker)).to.equal(JSON.stringify(seed.speeches[1].speaker));

    let run = await captureConsole(() => renderEmbed(root, `?src=${SEED}&show=speech:9&lang=zh-Hans`));
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('嵌入代码请求第 9 项，但该活动只有 3 项。');
    expect(run.messages).to.deep.equal(['event-highlights embed.html: show: expected a number from 1 to 3, received string "speech:9"']);

    run = await captureConsole(() => renderEmbed(root, `?src=${SEED}&show=everything&lang=pt-BR`));
    expect(root.querySelector('[role="alert"] strong')!.textContent).to.equal('Esta parte do evento não pode ser exibida.');
    expect(run.messages[0]).to.equal(
      'event-highlights embed.html: show: expected one of card, article, speech:N, attendees, map, photo:N, credits, received string "everything"',
    );
    for (const show of ['speech', 'card:1', 'photo:0', '__proto__', 'constructor']) {
      await captureConsole(() => renderEmbed(root, `?src=${SEED}&show=${show}`));
      expect(root.querySelector('[role="alert"]'), show).to.exist;
    }
  });

  it('photo:N, map and credits show their element with data resolved against the document', async () => {
    await renderEmbed(root, `?src=${SEED}&show=photo:1`);
    const photo = root.querySelector('group-photo')!;
    expect(photo.photo!.src).to.equal(new URL('/demo/data/images/opening-ceremony.svg', location.href).href);
    await renderEmbed(root, `?src=${SEED}&show=map`);
    expect(root.querySelector('participant-country-map')!.event!.seminars.length).to.be.above(0);
    await renderEmbed(root, `?src=${SEED}&show=credits`);
    expect(root.querySelector('photo-credit')!.credits!.length).to.be.above(0);
  });

  it('a source that fails or is not an event: a localized notice naming why', async () => {
    let run = await captureConsole(() => renderEmbed(root, '?src=/__fixtures__/status/404&lang=es'));
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('No se pudo cargar el evento.').and.to.contain('El servidor no encontró el evento.');
    expect(run.messages[0]).to.match(/^event-highlights embed\.html: src: expected an event document \(JSON\), received HTTP 404 from /);
    run = await captureConsole(() => renderEmbed(root, '?src=/test/fixtures/tiny.topo.json&lang=en'));
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('The answer was not event data.');
    expect(run.messages.length).to.be.above(0);
    expect(run.messages[0]).to.match(/^event-highlights embed\.html: src /);
  });

  it('theme and lang: the page takes the colour scheme and the language asked for', async () => {
    await renderEmbed(root, `?src=${SEED}&show=card&lang=zh-CN&theme=dark`);
    expect(document.documentElement.lang).to.equal('zh-Hans');
    expect(document.documentElement.dataset['theme']).to.equal('dark');
    const card = root.querySelector('event-card')!;
    await card.updateComplete;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="format"]')?.textContent === '线下', 'the card in Chinese', { timeout: 3000 });
    delete document.documentElement.dataset['theme'];
  });
});
