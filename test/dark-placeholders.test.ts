// Placeholders follow the colour scheme: an image the data marks as a placeholder (`photo.placeholder`,
// a light drawing standing in for a missing photo) is not a bright rectangle in the dark scheme,
// and nor are the loading skeleton and the map's box before it is drawn. Real photos are untouched.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-card/define.js';
import '../src/group-photo/define.js';
import '../src/participant-country-map/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import type { GroupPhoto } from '../src/group-photo/group-photo.js';
import { loadSeed } from './helpers.js';

const image = (element: Element) => element.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]')!;
const filterOf = (element: Element) => getComputedStyle(image(element)).filter;

function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('placeholders in the dark scheme', () => {
  it("the card's and the group photo's placeholder images are dimmed in dark, not in light; a real photo never", async () => {
    const seed = await loadSeed();
    // The seed's photos are placeholders (placeholder: true); the image URLs resolve against the test page.
    const photos = seed.photos!.map((photo) => ({ ...photo, src: new URL(photo.src, new URL('/demo/data/', location.href)).href }));
    const event = { ...seed, photos };
    const group = photos.find((photo) => photo.group)!;
    expect(group.placeholder).to.equal(true);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #0d1117">
      <event-card .event=${event}></event-card>
      <group-photo .photo=${group}></group-photo>
      <event-card .event=${{ ...event, photos: photos.map((photo) => ({ ...photo, placeholder: false })) }}></event-card>
      <event-card .event=${event} theme="light"></event-card>
    </div>`);
    const [card, photo, realCard, lightCard] = [...wrapper.children] as [EventCard, GroupPhoto, EventCard, EventCard];
    await waitUntil(() => !!image(card) && !!image(photo) && !!image(realCard), 'the images', { timeout: 4000 });
    expect(filterOf(card), 'card placeholder, dark page').to.contain('invert');
    expect(filterOf(photo), 'group photo placeholder, dark page').to.contain('invert');
    expect(filterOf(realCard), 'a real photo').to.equal('none');
    expect(filterOf(lightCard), 'theme="light" on a dark page').to.equal('none');
    card.setAttribute('theme', 'light');
    expect(filterOf(card), 'theme="light"').to.equal('none');
    card.setAttribute('theme', 'dark');
    expect(filterOf(card), 'theme="dark"').to.contain('invert');
  });

  it('the loading skeleton and the map box before it is drawn are dark in the dark scheme', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: #0d1117">
      <event-card src="/__fixtures__/slow/seed-2023-06-29-opening.json?ms=5000" theme="dark"></event-card>
      <participant-country-map countries="BR AR" theme="dark" geometry-src="/__fixtures__/slow/seed-2023-06-29-opening.json?ms=5000"></participant-country-map>
    </div>`);
    const [card, map] = [...wrapper.children] as HTMLElement[];
    await waitUntil(() => !!card!.shadowRoot!.querySelector('[part~="skeleton"] .bar'), 'the skeleton', { timeout: 4000 });
    expect(luminance(getComputedStyle(card!.shadowRoot!.querySelector('[part~="skeleton"] .bar')!).backgroundColor)).to.be.below(0.1);
    await waitUntil(() => !!map!.shadowRoot!.querySelector('.map'), 'the map box', { timeout: 4000 });
    expect(luminance(getComputedStyle(map!.shadowRoot!.querySelector('.map')!).backgroundColor)).to.be.below(0.1);
  });
});
