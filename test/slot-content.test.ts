// Content a page adds, removes or reassigns after the element rendered (#13 item 5): slots are
// followed all along (SlotContent), not read once while rendering.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { EventArticle } from '../src/model/types.js';
import { loadSeed, part } from './helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
/** What a slot shows, as tag names and text (readable when a test fails). */
const assigned = (slot: HTMLSlotElement | null | undefined) =>
  slot?.assignedElements().map((node) => `${node.localName}:${node.textContent || (node as HTMLImageElement).alt}`);

/** Lets the element's observers report, then waits for the update they ask for. */
async function settled(el: Lit): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('slotted content added later', () => {
  it('<event-card> shows a media slot filled after it rendered, and drops it when emptied', async () => {
    const event: EventArticle = { ...(await loadSeed()), photos: [] };
    const card = await fixture<Lit>(html`<event-card .event=${event}></event-card>`);
    expect(part(card, 'media')).to.equal(null);
    const picture = document.createElement('img');
    picture.slot = 'media';
    picture.alt = 'Our own picture';
    card.append(picture);
    await settled(card);
    expect(assigned(part(card, 'media')?.querySelector('slot'))).to.deep.equal(['img:Our own picture']);
    picture.remove();
    await settled(card);
    expect(part(card, 'media')).to.equal(null);
  });

  it('<event-card>: a child whose slot attribute becomes media is shown', async () => {
    const event: EventArticle = { ...(await loadSeed()), photos: [] };
    const card = await fixture<Lit>(html`<event-card .event=${event}><img alt="later"></event-card>`);
    expect(part(card, 'media')).to.equal(null);
    card.querySelector('img')!.slot = 'media';
    await settled(card);
    expect(assigned(part(card, 'media')?.querySelector('slot'))).to.deep.equal(['img:later']);
  });

  it('<speech-block> shows a heading and a pull quote added after it rendered', async () => {
    const speech = await fixture<Lit>(html`<speech-block speaker="Liu Beimin" honorific="ms"><p>Ms. Liu Beimin said that…</p></speech-block>`);
    expect(speech.shadowRoot!.querySelector('slot[name="heading"]')).to.equal(null);
    expect(part(speech, 'quote')).to.equal(null);
    speech.insertAdjacentHTML('afterbegin', '<h3 slot="heading">Speech by Ms. Liu Beimin</h3>');
    await settled(speech);
    expect(assigned(speech.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]'))).to.deep.equal(['h3:Speech by Ms. Liu Beimin']);
    // An existing paragraph moved into the quote slot.
    const paragraph = speech.querySelector('p')!;
    paragraph.slot = 'quote';
    await settled(speech);
    expect(assigned(part(speech, 'quote')?.querySelector('slot'))).to.deep.equal(['p:Ms. Liu Beimin said that…']);
    paragraph.removeAttribute('slot');
    await settled(speech);
    expect(part(speech, 'quote')).to.equal(null);
  });

  it('<group-photo> follows its hand-written <img> and caption', async () => {
    const photo = await fixture<Lit>(
      html`<group-photo><figure><img src=${'/__fixtures__/image.png?w=40&h=20'}
        alt="First" width="40" height="20"><figcaption>One</figcaption></figure></group-photo>`,
    );
    expect(part(photo, 'image')?.getAttribute('alt')).to.equal('First');
    photo.querySelector('img')!.alt = 'Second';
    photo.querySelector('figcaption')!.textContent = 'Two';
    await settled(photo);
    expect(part(photo, 'image')?.getAttribute('alt')).to.equal('Second');
    expect(part(photo, 'caption')?.textContent).to.contain('Two');
  });
});
