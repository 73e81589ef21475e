// Before the script loads, and when it arrives: the embed pages (test/embed/*.html) are loaded
// with the bundle held back by the test server (`?bundle=held&key=K`: the module script's URL
// waits until the test releases it), as on a slow phone. Meanwhile the hand-written content must
// be readable and laid out (nothing hidden with `:not(:defined)`); once the bundle runs, the
// content after the elements must not jump.
import { expect } from '@open-wc/testing';
import { TAGS, elementsReady, openFrame, stable, stylesReady } from './embed/frames.js';

type ShiftWindow = Window & typeof globalThis;

interface Held {
  frame: HTMLIFrameElement;
  release: () => Promise<void>;
}

let counter = 0;
async function openHeld(page: string, left = 0): Promise<Held> {
  const key = `k${Date.now().toString(36)}${(counter += 1)}`;
  const frame = await openFrame(`${page}?bundle=held&key=${key}`, { wait: 'parsed', left });
  await stylesReady(frame);
  // Two frames: the page has been laid out and painted.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
  return { frame, release: async () => void (await fetch(`/__fixtures__/release/${key}`)) };
}

/** Rectangles of the text inside `el`'s light DOM (what a reader sees before the upgrade). */
function textRects(el: Element): DOMRect[] {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
}

const pages = ['/test/embed/clean.html', '/test/embed/hostile.html'];

describe('before the bundle loads, and when it arrives', function () {
  this.timeout(40_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  for (const page of pages) {
    it(`${page}: hand-written content is readable before, and the reserved boxes stay put after`, async () => {
      const { frame, release } = await openHeld(page);
      frames.push(frame);
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as ShiftWindow;
      expect(
        TAGS.filter((tag) => win.customElements.get(tag)),
        'nothing defined yet',
      ).to.deep.equal([]);

      // Readable: every element shows its light-DOM text, inside the column, not hidden.
      const column = doc.getElementById('embed')!.getBoundingClientRect();
      for (const tag of TAGS) {
        const el = doc.querySelector(tag)!;
        const style = win.getComputedStyle(el);
        // The speech is a column before it upgrades, so that its heading comes before the speaker's lines (#14 item 8).
        expect([style.display, style.visibility, Number(style.opacity)], tag).to.deep.equal([tag === 'speech-block' ? 'flex' : 'block', 'visible', 1]);
        const rects = textRects(el);
        expect(rects.length, `${tag} shows text`).to.be.above(0);
        for (const rect of rects) {
          expect(rect.left, `${tag} text inside the column`).to.be.at.least(column.left - 1);
          expect(rect.right, `${tag} text inside the column`).to.be.at.most(column.right + 1);
        }
      }
      // The hand-written photo fits the column and keeps its proportions.
      const img = doc.querySelector('group-photo img')!.getBoundingClientRect();
      expect(img.width).to.be.closeTo(column.width, 1);
      expect(img.height).to.be.closeTo((column.width * 900) / 1600, 1.5);

      // Layout shifts from now on: Chromium measures them (the Layout Instability API);
      // Firefox does not have that API, so there the marker paragraph's position is the measure.
      const shifts: number[] = [];
      const measured = win.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      const observer = measured
        ? new win.PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) shifts.push(entry.value);
            }
          })
        : undefined;
      observer?.observe({ type: 'layout-shift' });
      const marker = doc.getElementById('after')!;
      const top = () => marker.getBoundingClientRect().top + win.scrollY;
      const before = top();
      const heights = () => TAGS.map((tag) => Math.round(doc.querySelector(tag)!.getBoundingClientRect().height));
      const heightsBefore = heights();

      // The boxes the before-upgrade styles keep (dist/bundle/event-highlights.css): the photo's
      // image box and the map's box, relative to their element.
      const photo = doc.querySelector('group-photo')!;
      const map = doc.querySelector('participant-country-map')!;
      const relative = (box: DOMRect, host: Element) => {
        const origin = host.getBoundingClientRect();
        return [box.left - origin.left, box.top - origin.top, box.width, box.height].map((n) => Math.round(n));
      };
      const photoBefore = relative(doc.querySelector('group-photo img')!.getBoundingClientRect(), photo);
      const mapHost = map.getBoundingClientRect();
      const mapBefore = [0, 0, Math.round(mapHost.width), Math.round(mapHost.width / 2)];

      await release();
      await elementsReady(frame);
      expect(relative(photo.shadowRoot!.querySelector('[part~="button"]')!.getBoundingClientRect(), photo), 'the photo stays put').to.deep.equal(photoBefore);
      expect(relative(map.shadowRoot!.querySelector('[part~="map"]')!.getBoundingClientRect(), map), 'the map box stays put').to.deep.equal(mapBefore);
      const after = await stable(top);
      observer?.disconnect();
      const score = shifts.reduce((sum, value) => sum + value, 0);
      console.log(
        `${page}: marker ${before.toFixed(0)} → ${after.toFixed(0)} px (${(after - before).toFixed(1)})` +
          `; heights ${heightsBefore.join('/')} → ${heights().join('/')}; layout shift ${measured ? score.toFixed(4) : 'n/a'}`,
      );
      // Not asserted: the card (its size comes with its data) and the speech (the hand-written
      // paragraphs are styled by the page before, and collapse after) still change height: the
      // marker's move and the layout-shift score are logged, not bounded.
      expect(after).to.be.above(0);
    });
  }
});
