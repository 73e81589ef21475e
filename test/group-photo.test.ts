import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { GroupPhoto } from '../src/group-photo/group-photo.js';
import type { PhotoCredit } from '../src/photo-credit/photo-credit.js';
import type { Photo } from '../src/model/types.js';
import { captureConsole, emulateMediaOrSkip, loadSeed, part, resetMedia, setLocale, sleep, useLocale } from './helpers.js';
import { conformance, type Fixtures } from './conformance/index.js';
import { shown, mount, settle, ready } from './conformance/lifecycle.js';

// The conformance suite (test/conformance): lifecycle, language change, memory and fuzzing, with
// this element's fixtures. Called before the element is defined: it makes the instances a page
// writes before the script arrives, then loads the definition.
const conformanceFixtures: Fixtures = {
  tag: 'group-photo',
  define: () => import('../src/group-photo/define.js'),
  give: (element, seed) => (element['photo'] = seed.photos!.find((photo) => photo.group)),
  property: 'photo',
  markup:
    `<group-photo src="/demo/data/images/group-photo.svg" alt="Participants and hosts on the steps" caption="Group Photo of the Seminar" credit="Ni ` +
    `Haoran" people="Chen Wei; Liu Beimin" width="1600" height="900"></group-photo>`,
  expected: 'Group Photo of the Seminar',
  change: (element) => (element['photo'] = { ...(element['photo'] as object), caption: 'Changed while away' }),
  changed: (element) => shown(element).includes('Changed while away'),
  observes: true,
  stateful: [
    [
      'closes an open lightbox when moved or removed, unlocks the page, and opens again where it lands',
      async (seed) => {
        const [a, b] = [mount(), mount()];
        const photo = document.createElement('group-photo');
        photo.photo = seed.photos!.find((item) => item.group)!;
        a.append(photo);
        await ready(photo, conformanceFixtures);
        const events: string[] = [];
        photo.addEventListener('group-photo-open', () => events.push('open'));
        photo.addEventListener('group-photo-close', () => events.push('close'));
        const dialog = () => part<HTMLDialogElement>(photo, 'dialog')!;
        for (const move of [() => b.append(photo), () => photo.remove()]) {
          part(photo, 'button')!.click();
          await settle(photo);
          expect(dialog().open).to.equal(true);
          expect(document.documentElement.style.overflow).to.equal('hidden');
          move();
          await settle(photo);
          // Closed, not left open as a non-modal dialog in the page: no lightbox image, page unlocked.
          expect(dialog().open).to.equal(false);
          expect(part(photo, 'lightbox-image')).to.equal(null);
          expect(document.documentElement.style.overflow).to.equal('');
        }
        expect(events).to.deep.equal(['open', 'close', 'open', 'close']);
        // Off the page, show() does nothing (a modal needs a page) and does not throw.
        photo.show();
        expect(dialog().open).to.equal(false);
        expect(document.documentElement.style.overflow).to.equal('');
        a.append(photo);
        await settle(photo);
        part(photo, 'button')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => dialog().open, 'the lightbox open again', { timeout: 2000 });
        expect(dialog().matches(':modal')).to.equal(true);
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog().open, 'closed with Escape', { timeout: 2000 });
        expect(photo.shadowRoot!.activeElement).to.equal(part(photo, 'button'));
        expect(events).to.deep.equal(['open', 'close', 'open', 'close', 'open', 'close']);
      },
    ],
  ],
  fuzz: {
    valid: (seed) => seed.photos!.find((photo) => photo.group),
    set: (element, value) => ((element as HTMLElement & { photo: unknown }).photo = value),
  },
};
await conformance(conformanceFixtures);

const IMAGE = '/demo/data/images/group-photo.svg';
const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const dialogOf = (el: GroupPhoto) => part<HTMLDialogElement>(el, 'dialog')!;
/** The element focused inside the shadow root, or the page's focused element. */
const focused = (el: GroupPhoto) => el.shadowRoot!.activeElement;
/** Waits for the lightbox's opening animation, so that colours and sizes are final. */
const settled = async (el: GroupPhoto) => {
  await el.updateComplete;
  await Promise.all(
    dialogOf(el)
      .getAnimations()
      .map((animation) => animation.finished),
  );
};
const loaded = async (image: HTMLImageElement) => waitUntil(() => image.complete && image.naturalWidth > 0, `image ${image.src}`, { timeout: 4000 });

async function groupPhoto(
  template = html`<group-photo
  src=${IMAGE}
  alt="Participants and hosts on the steps"
  caption="Group Photo of the Seminar"
  credit="Ni Haoran"
  width="1600"
  height="900"
></group-photo>`,
): Promise<GroupPhoto> {
  const el = await fixture<GroupPhoto>(template);
  await el.updateComplete;
  return el;
}

describe('group-photo', () => {
  useLocale('en');
  afterEach(() => {
    document.documentElement.style.overflow = '';
  });

  describe('from attributes', () => {
    it('shows the photo, the caption, the people and the credit', async () => {
      const el = await fixture<GroupPhoto>(html`<group-photo
        src=${IMAGE}
        srcset="${IMAGE} 1600w, /demo/data/images/opening-ceremony.svg 1200w"
        sizes="(min-width: 60em) 50vw, 100vw"
        alt="Participants and hosts on the steps"
        caption="Group Photo of the Seminar"
        credit="Ni Haoran, Li Hua"
        people="Liu Beimin; Chen Jianfeng; María José García Márquez"
        width="1600"
        height="900"
      ></group-photo>`);
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.src).to.equal(new URL(IMAGE, location.href).href);
      expect(image.alt).to.equal('Participants and hosts on the steps');
      expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['1600', '900']);
      expect(image.getAttribute('srcset')).to.include('1600w');
      expect(image.getAttribute('sizes')).to.equal('(min-width: 60em) 50vw, 100vw');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      const button = part(el, 'button')!;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('aria-label')).to.equal('Enlarge photo: Participants and hosts on the steps');
      const caption = part(el, 'caption')!;
      expect(caption.tagName).to.equal('FIGCAPTION');
      expect(clean(caption.querySelector('.caption-text')!.textContent)).to.equal('Group Photo of the Seminar');
      expect(clean(part(el, 'people')!.textContent)).to.equal('From left: Liu Beimin, Chen Jianfeng, and María José García Márquez');
      const credit = part<PhotoCredit>(el, 'credit')!;
      expect(credit.localName).to.equal('photo-credit');
      expect(credit.variant).to.equal('inline');
      await credit.updateComplete;
      expect(clean(credit.shadowRoot!.textContent)).to.equal('Photos by Ni Haoran and Li Hua');
      await loaded(image);
      await expect(el).to.be.accessible();
    });

    it('reserves the photo box from width and height before the image loads', async () => {
      const el = await groupPhoto(
        html`<group-photo src="/__fixtures__/slow/images/group-photo.svg?ms=3000" alt="Group" width="1600" height="900" style="width: 400px"></group-photo>`,
      );
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.complete && image.naturalWidth > 0, 'not loaded yet').to.equal(false);
      const box = part(el, 'button')!.getBoundingClientRect();
      expect(box.width).to.equal(400);
      expect(box.height).to.be.closeTo(225, 1);
    });

    it('resolves relative URLs against the page', async () => {
      const el = await groupPhoto(html`<group-photo src="demo/data/images/group-photo.svg" alt="Group"></group-photo>`);
      expect(part<HTMLImageElement>(el, 'image')!.src).to.equal(new URL('demo/data/images/group-photo.svg', document.baseURI).href);
    });
  });

  describe('from the model', () => {
    it('shows the seed group photo with its caption and a per-locale text', async () => {
      const seed = await loadSeed();
      const photo: Photo = {
        ...seed.photos![1]!,
        caption: { en: 'Group Photo of the Seminar', es: 'Foto de grupo del seminario' },
        credit: 'Ni Haoran',
        people: ['Liu Beimin', { en: 'Chen Jianfeng', 'zh-Hans': '陈剑锋' }],
      };
      const el = await groupPhoto(html`<group-photo .photo=${photo} src="/ignored.png" caption="Ignored"></group-photo>`);
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.src).to.match(/images\/group-photo\.svg$/);
      expect(image.alt).to.equal(photo.alt);
      expect(image.getAttribute('width')).to.equal('1600');
      expect(clean(part(el, 'caption')!.querySelector('.caption-text')!.textContent)).to.equal('Group Photo of the Seminar');
      expect(part(el, 'caption')!.querySelector('.caption-text')!.getAttribute('lang')).to.equal('en');
      expect(clean(part(el, 'people')!.textContent)).to.equal('From left: Liu Beimin and Chen Jianfeng');
      await loaded(image);
      await expect(el).to.be.accessible();
      await setLocale('es');
      await el.updateComplete;
      expect(clean(part(el, 'caption')!.querySelector('.caption-text')!.textContent)).to.equal('Foto de grupo del seminario');
      expect(clean(part(el, 'people')!.textContent)).to.equal('De izquierda a derecha: Liu Beimin y Chen Jianfeng');
      expect(part(el, 'button')!.getAttribute('aria-label')).to.equal(`Ampliar foto: ${photo.alt}`);
      await setLocale('en');
    });

    it('reports bad fields of the photo by path', async () => {
      const { result: el, messages } = await captureConsole(() =>
        groupPhoto(
          html`<group-photo .photo=${{ src: 'javascript:alert(1)', caption: 'A caption', width: -3, height: 'tall' } as unknown as Photo}></group-photo>`,
        ),
      );
      expect(messages).to.deep.equal([
        '<group-photo>: photo.src: expected an http(s), relative or data:image URL, received string "javascript:alert(1)"',
        '<group-photo>: photo.alt: expected a text alternative, received nothing',
        '<group-photo>: photo.width: expected a number of pixels above 0, received number -3',
        '<group-photo>: photo.height: expected a number of pixels above 0, received string "tall"',
      ]);
      expect(part(el, 'image')).to.equal(null);
      expect(clean(part(el, 'placeholder')!.textContent)).to.equal('Image not available');
      expect(clean(part(el, 'caption')!.textContent)).to.equal('A caption');
      await expect(el).to.be.accessible();
    });
  });

  describe('hand-written HTML', () => {
    it('reads a light-DOM <img> and caption, and renders them itself', async () => {
      const el = await groupPhoto(html`<group-photo credit="Ni Haoran"
        ><figure><img src=${IMAGE}
          alt="Participants on the steps" width="1600" height="900" /><figcaption>Group Photo of the Seminar</figcaption></figure></group-photo
      >`);
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.src).to.equal(new URL(IMAGE, location.href).href);
      expect(image.alt).to.equal('Participants on the steps');
      expect(image.getAttribute('height')).to.equal('900');
      expect(clean(part(el, 'caption')!.querySelector('.caption-text')!.textContent)).to.equal('Group Photo of the Seminar');
      // The light DOM stays in the page, but is not rendered twice.
      expect(el.querySelector('figcaption')!.getClientRects().length).to.equal(0);
      await loaded(image);
      await expect(el).to.be.accessible();

      // Edits to the light DOM are followed.
      el.querySelector('figcaption')!.textContent = 'Another caption';
      el.querySelector('img')!.setAttribute('alt', 'Another text');
      await waitUntil(() => clean(part(el, 'caption')!.querySelector('.caption-text')?.textContent) === 'Another caption', 'caption update', { timeout: 2000 });
      expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal('Another text');
    });

    it('shows the light-DOM content before the element upgrades', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><group-photo-upgrade-test><p>Caption before upgrade</p><img src=${IMAGE}
          alt="Before" width="160" height="90" /></group-photo-upgrade-test></div>`,
      );
      const el = wrapper.firstElementChild as GroupPhoto;
      expect(el.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      const { GroupPhoto: Class } = await import('../src/group-photo/group-photo.js');
      customElements.define('group-photo-upgrade-test', class extends Class {});
      await el.updateComplete;
      expect(el.querySelector('p')!.getClientRects().length).to.equal(0);
      expect(clean(part(el, 'caption')!.textContent)).to.equal('Caption before upgrade');
      expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal('Before');
    });
  });

  describe('problems', () => {
    it('renders an image without alt, with its caption, and warns once', async () => {
      const { result: el, messages } = await captureConsole(() =>
        groupPhoto(html`<group-photo src=${IMAGE} caption="Group Photo of the Seminar" width="1600" height="900"></group-photo>`),
      );
      expect(messages).to.deep.equal(['<group-photo>: alt: expected a text alternative, received nothing']);
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.getAttribute('alt')).to.equal('');
      expect(part(el, 'button')!.getAttribute('aria-label')).to.equal('Enlarge photo: Group Photo of the Seminar');
      expect(clean(part(el, 'caption')!.textContent)).to.equal('Group Photo of the Seminar');
      const { messages: again } = await captureConsole(async () => {
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(again, 'no second warning for the same input').to.deep.equal([]);
      await loaded(image);
      await expect(el).to.be.accessible();
    });

    for (const unsafe of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' JaVa\tScRiPt:alert(1)']) {
      it(`drops the unsafe URL ${JSON.stringify(unsafe)}`, async () => {
        const { result: el, messages } = await captureConsole(() =>
          groupPhoto(html`<group-photo src=${unsafe} alt="Group" caption="Caption" width="400" height="300"></group-photo>`),
        );
        expect(messages).to.have.length(1);
        expect(messages[0]).to.match(/^<group-photo>: src: expected an http\(s\), relative or data:image URL, received string /);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
        expect(clean(part(el, 'placeholder')!.textContent)).to.equal('Image not available Group');
        await expect(el).to.be.accessible();
      });
    }

    // srcset is parsed as browsers parse it (a comma after a URL ends it, space or not): every
    // unsafe candidate is dropped and named, the safe ones stay, resolved against the page.
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const absolute = new URL(IMAGE, location.href).href;
    const srcsets: [string, string, string | null, string[]][] = [
      ['a javascript: candidate after a comma and a space', `${IMAGE} 1600w, javascript:alert(1) 800w`, `${absolute} 1600w`, ['javascript:alert(1)']],
      ['a javascript: candidate after a comma without a space', `${IMAGE} 1x,javascript:alert(1) 2x`, `${absolute} 1x`, ['javascript:alert(1)']],
      // No white space: one URL with a comma in its path (as browsers read it), relative and so safe.
      ['a comma inside one URL', `${IMAGE},javascript:alert(1)`, `${absolute},javascript:alert(1)`, []],
      [
        'an SVG data: candidate',
        `${IMAGE} 1x, data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E 2x`,
        `${absolute} 1x`,
        ['data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E'],
      ],
      ['a raster data: candidate with its own comma', `${png} 1x, ${IMAGE} 2x`, `${png} 1x, ${absolute} 2x`, []],
      ['tabs and newlines between candidates, upper-case scheme', `${IMAGE}\t1x,\nJAVASCRIPT:alert(1)\t2x`, `${absolute} 1x`, ['JAVASCRIPT:alert(1)']],
      ['a vbscript: candidate only', 'vbscript:msgbox(1) 1x', null, ['vbscript:msgbox(1)']],
    ];
    for (const [what, srcset, kept, dropped] of srcsets) {
      it(`srcset with ${what}: unsafe candidates dropped and named, safe ones kept`, async () => {
        const { result: el, messages } = await captureConsole(() => groupPhoto(html`<group-photo src=${png} srcset=${srcset} alt="A pixel"></group-photo>`));
        const image = part<HTMLImageElement>(el, 'image')!;
        expect(image.getAttribute('src')).to.equal(png);
        expect(image.getAttribute('srcset')).to.equal(kept);
        if (dropped.length) {
          expect(messages).to.deep.equal([
            `<group-photo>: srcset: expected http(s), relative or data:image URLs, received ${dropped
              .map((url) => JSON.stringify(url.length > 40 ? `${url.slice(0, 40)}…` : url))
              .map((url) => `string ${url}`)
              .join(', ')} (left out)`,
          ]);
        } else expect(messages).to.deep.equal([]);
      });
    }

    it('shows a box of the same size with the alt text and caption when the image fails', async () => {
      const { result: el, messages } = await captureConsole(async () => {
        const element = await groupPhoto(html`<group-photo
          src="/__fixtures__/status/404"
          alt="Participants and hosts on the steps"
          caption="Group Photo of the Seminar"
          width="1600"
          height="900"
          style="width: 480px"
        ></group-photo>`);
        await waitUntil(() => !!part(element, 'placeholder'), 'placeholder', { timeout: 4000 });
        return element;
      });
      expect(messages).to.deep.equal([`<group-photo>: src: expected an image that loads, received "${location.origin}/__fixtures__/status/404"`]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part(el, 'button')).to.equal(null);
      const box = part(el, 'placeholder')!;
      expect(box.getAttribute('role')).to.equal('img');
      expect(box.getAttribute('aria-label')).to.equal('Participants and hosts on the steps');
      expect(clean(box.textContent)).to.equal('Image not available Participants and hosts on the steps');
      const rect = box.getBoundingClientRect();
      expect(rect.width).to.equal(480);
      expect(rect.height).to.be.closeTo(270, 1);
      expect(clean(part(el, 'caption')!.textContent)).to.equal('Group Photo of the Seminar');
      await expect(el).to.be.accessible();

      // A new, working src brings the photo back.
      el.src = IMAGE;
      await el.updateComplete;
      expect(part(el, 'image')).to.exist;
    });

    it('renders nothing without data', async () => {
      const el = await groupPhoto(html`<group-photo></group-photo>`);
      expect(el.shadowRoot!.children.length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('never interprets text as HTML', async () => {
      const el = await groupPhoto(
        html`<group-photo src=${IMAGE} alt=${'<b>bold</b>'} caption=${'<img src=x onerror=alert(1)>'} people=${'<i>x</i>'}></group-photo>`,
      );
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('b, i')).to.equal(null);
      expect(clean(part(el, 'caption')!.querySelector('.caption-text')!.textContent)).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('lightbox', () => {
    it('opens with Enter from the keyboard, closes with Escape, and focus returns to the photo', async () => {
      const before = document.createElement('button');
      before.textContent = 'before';
      const el = await groupPhoto();
      el.before(before);
      const events: string[] = [];
      document.addEventListener('group-photo-open', (event) => events.push(`${event.type}:${event.composed}:${event.bubbles}`));
      document.addEventListener('group-photo-close', (event) => events.push(event.type));
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(part(el, 'button'));
        expect(part(el, 'button')!.getAttribute('aria-haspopup')).to.equal('dialog');
        await sendKeys({ press: 'Enter' });
        const dialog = dialogOf(el);
        await waitUntil(() => dialog.open, 'dialog open', { timeout: 2000 });
        expect(dialog.matches(':modal')).to.equal(true);
        expect(dialog.getAttribute('aria-label')).to.equal('Participants and hosts on the steps');
        expect(focused(el)).to.equal(part(el, 'close-button'));
        // Caption and credit are visible in the lightbox.
        const lightboxCaption = part(el, 'lightbox-caption')!;
        expect(clean(lightboxCaption.textContent)).to.include('Group Photo of the Seminar');
        expect(lightboxCaption.getBoundingClientRect().height).to.be.greaterThan(0);
        const credit = lightboxCaption.querySelector<PhotoCredit>('photo-credit')!;
        await credit.updateComplete;
        expect(clean(credit.shadowRoot!.textContent)).to.equal('Photos by Ni Haoran');
        await el.updateComplete;
        await loaded(part<HTMLImageElement>(el, 'lightbox-image')!);
        await expect(el).to.be.accessible();

        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog.open, 'dialog closed', { timeout: 2000 });
        expect(focused(el)).to.equal(part(el, 'button'));
        expect(events).to.deep.equal(['group-photo-open:true:true', 'group-photo-close']);
      } finally {
        before.remove();
      }
    });

    it('opens with Space and closes with the labelled close button', async () => {
      const el = await groupPhoto();
      part(el, 'button')!.focus();
      await sendKeys({ press: ' ' });
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open, 'dialog open', { timeout: 2000 });
      const close = part(el, 'close-button')!;
      expect(clean(close.textContent)).to.equal('Close');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !dialog.open, 'dialog closed', { timeout: 2000 });
      expect(focused(el)).to.equal(part(el, 'button'));
    });

    it('opens on click, and the close button closes it on click', async () => {
      const el = await groupPhoto();
      part(el, 'button')!.click();
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      part(el, 'close-button')!.click();
      await waitUntil(() => !dialog.open, 'dialog closed', { timeout: 2000 });
      expect(focused(el)).to.equal(part(el, 'button'));
    });

    it('closes on a click on the backdrop, not on the photo, the caption or a drag from them; keys unaffected', async () => {
      const el = await groupPhoto();
      const dialog = dialogOf(el);
      const centre = (element: Element): [number, number] => {
        const box = element.getBoundingClientRect();
        return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      };
      const open = async () => {
        part(el, 'button')!.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => dialog.open, 'dialog open', { timeout: 2000 });
        await settled(el);
        await loaded(part<HTMLImageElement>(el, 'lightbox-image')!);
      };
      try {
        await open();
        // Clicks on the content leave it open.
        const image = part(el, 'lightbox-image')!;
        const caption = part(el, 'lightbox-caption')!.querySelector('.caption-text')!;
        await sendMouse({ type: 'click', position: centre(image) });
        await sendMouse({ type: 'click', position: centre(caption) });
        expect(dialog.open, 'open after clicks on the photo and the caption').to.equal(true);
        // A drag from the caption to the backdrop (selecting its text) leaves it open.
        const toolbar = part(el, 'toolbar')!.getBoundingClientRect();
        const backdrop: [number, number] = [Math.round(toolbar.left + 8), Math.round(toolbar.top + toolbar.height / 2)];
        await sendMouse({ type: 'move', position: centre(caption) });
        await sendMouse({ type: 'down' });
        await sendMouse({ type: 'move', position: backdrop });
        await sendMouse({ type: 'up' });
        expect(dialog.open, 'open after a drag from the caption').to.equal(true);
        // Keys do what they did: Enter on "Actual size" zooms and back, and the lightbox stays.
        part(el, 'zoom-button')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(part(el, 'zoom-button')!.getAttribute('aria-pressed')).to.equal('true');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(dialog.open, 'open after keys').to.equal(true);
        // A click on the dark area beside the buttons closes it; focus returns to the photo.
        await sendMouse({ type: 'click', position: backdrop });
        await waitUntil(() => !dialog.open, 'closed by a click on the backdrop', { timeout: 2000 });
        expect(focused(el)).to.equal(part(el, 'button'));
        expect(document.documentElement.style.overflow).to.equal('');
        // So does a click in the margin around everything (outside the dialog's content box).
        await open();
        await sendMouse({ type: 'click', position: [4, Math.round(innerHeight / 2)] });
        await waitUntil(() => !dialog.open, 'closed by a click in the margin', { timeout: 2000 });
        expect(focused(el)).to.equal(part(el, 'button'));
        // Escape still closes.
        await open();
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !dialog.open, 'closed with Escape', { timeout: 2000 });
      } finally {
        await resetMouse();
      }
    });

    it('locks the page scroll while open and restores it exactly', async () => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      document.body.append(spacer);
      document.documentElement.style.overflow = 'scroll';
      try {
        const el = await groupPhoto();
        window.scrollTo(0, 500);
        const y = window.scrollY;
        expect(y).to.be.greaterThan(0);
        el.show();
        expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
        expect(window.scrollY, 'after show').to.equal(y);
        // The reader cannot scroll the page behind the lightbox. Each wait gives a scroll that must
        // not happen (the dialog's focus, a key's smooth scroll) the time to move the page.
        await sleep(100);
        const trace = [window.scrollY];
        await sendKeys({ press: 'PageDown' });
        trace.push(window.scrollY);
        await sendKeys({ press: 'ArrowDown' });
        await sleep(100);
        trace.push(window.scrollY);
        expect(trace).to.deep.equal([y, y, y]);
        el.close();
        await waitUntil(() => !dialogOf(el).open, 'closed', { timeout: 2000 });
        expect(document.documentElement.style.overflow).to.equal('scroll');
        expect(window.scrollY).to.equal(y);
        // The same through Escape (the dialog's own close).
        el.show();
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => document.documentElement.style.overflow === 'scroll', 'unlocked after Escape', { timeout: 2000 });
        expect(window.scrollY).to.equal(y);
        expect(focused(el)).to.equal(part(el, 'button'));
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('zooms to natural size and back, with the large image scrollable', async () => {
      const el = await groupPhoto();
      el.show();
      await el.updateComplete;
      const zoom = part(el, 'zoom-button')!;
      expect(clean(zoom.textContent)).to.equal('Actual size');
      expect(zoom.getAttribute('aria-pressed')).to.equal('false');
      const image = part<HTMLImageElement>(el, 'lightbox-image')!;
      await loaded(image);
      await settled(el);
      const stage = part(el, 'stage')!;
      // Fitted: the whole image is inside the stage.
      expect(image.getBoundingClientRect().width).to.be.at.most(stage.clientWidth);
      expect(image.getBoundingClientRect().height).to.be.at.most(stage.clientHeight + 1);
      zoom.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(zoom.getAttribute('aria-pressed')).to.equal('true');
      expect(image.offsetWidth).to.equal(image.naturalWidth);
      expect(stage.scrollWidth).to.be.greaterThan(stage.clientWidth);
      expect(stage.getAttribute('tabindex'), 'scrollable stage reachable by keyboard').to.equal('0');
      stage.scrollLeft = 200;
      expect(stage.scrollLeft).to.equal(200);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(zoom.getAttribute('aria-pressed')).to.equal('false');
      expect(image.getBoundingClientRect().width).to.be.at.most(stage.clientWidth);
      // Closing resets the zoom.
      await sendKeys({ press: 'Enter' });
      el.close();
      await el.updateComplete;
      expect(zoom.getAttribute('aria-pressed')).to.equal('false');
    });

    it('honours prefers-reduced-motion', async function () {
      const el = await groupPhoto();
      try {
        await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
        el.show();
        expect(getComputedStyle(dialogOf(el)).animationName).to.not.equal('none');
        el.close();
        await emulateMedia({ reducedMotion: 'reduce' });
        el.show();
        expect(getComputedStyle(dialogOf(el)).animationName).to.equal('none');
        el.close();
      } finally {
        await resetMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('stays visible in forced-colors mode', async function () {
      const el = await groupPhoto();
      try {
        await emulateMediaOrSkip(this, { forcedColors: 'active' });
        el.show();
        await settled(el);
        const dialog = getComputedStyle(dialogOf(el));
        expect(dialog.color).to.not.equal(dialog.backgroundColor);
        const close = getComputedStyle(part(el, 'close-button')!);
        expect(close.borderTopStyle).to.equal('solid');
        expect(close.color).to.not.equal(close.backgroundColor);
        await expect(el).to.be.accessible();
        el.close();
      } finally {
        await resetMedia({ forcedColors: 'none' });
      }
    });

    it('is not broken by page CSS that restyles dialog and button', async () => {
      const style = document.createElement('style');
      style.textContent = `dialog { position: static !important; width: 10px !important; background: red !important; display: none !important; }
        button { display: none !important; } * { text-transform: uppercase; letter-spacing: 1em; }`;
      document.head.append(style);
      try {
        const el = await groupPhoto();
        expect(part(el, 'button')!.getBoundingClientRect().height).to.be.greaterThan(0);
        el.show();
        // offsetWidth: the size before the opening animation's scale.
        const dialog = dialogOf(el);
        expect(dialog.offsetWidth).to.equal(document.documentElement.clientWidth);
        expect(dialog.offsetHeight).to.equal(document.documentElement.clientHeight);
        const close = part(el, 'close-button')!;
        expect(close.getBoundingClientRect().width).to.be.greaterThan(0);
        expect(getComputedStyle(close).textTransform).to.equal('none');
        el.close();
      } finally {
        style.remove();
      }
    });

    it('closes and unlocks the page when removed while open', async () => {
      const el = await groupPhoto();
      el.show();
      expect(document.documentElement.style.overflow).to.equal('hidden');
      el.remove();
      await waitUntil(() => document.documentElement.style.overflow === '', 'unlocked', { timeout: 2000 });
    });

    it("speaks the reader's language", async () => {
      await setLocale('zh-Hans');
      try {
        const el = await groupPhoto(
          html`<group-photo src=${IMAGE} alt="合影" caption="研修班合影" credit="倪浩然" people="刘北民；陈剑锋；马一舟"></group-photo>`,
        );
        expect(part(el, 'button')!.getAttribute('aria-label')).to.equal('放大照片：合影');
        expect(clean(part(el, 'people')!.textContent)).to.equal('从左至右：刘北民、陈剑锋和马一舟');
        el.show();
        await el.updateComplete;
        expect(clean(part(el, 'zoom-button')!.textContent)).to.equal('原始尺寸');
        expect(clean(part(el, 'close-button')!.textContent)).to.equal('关闭');
        const credit = part(el, 'credit') as PhotoCredit;
        await credit.updateComplete;
        expect(clean(credit.shadowRoot!.textContent)).to.equal('摄影：倪浩然');
        await expect(el).to.be.accessible();
        el.close();
      } finally {
        await setLocale('en');
      }
    });
  });
});
