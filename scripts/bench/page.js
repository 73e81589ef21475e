// Benchmark variants, run inside the page by scripts/bench.mjs. Each returns when the cards are
// created, laid out and painted (two animation frames after a forced layout).
import { EventCard } from '../../dist/bundle/event-highlights.js';

const stage = document.getElementById('stage');
const seed = await (await fetch('../../demo/data/seed-2023-06-29-opening.json')).json();
for (const photo of seed.photos) photo.src = new URL(photo.src, new URL('../../demo/data/', location.href)).href;

const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/** The floor: the card's own final markup and styles, as static HTML without custom elements. */
async function floorMarkup() {
  const probe = document.createElement('event-card');
  probe.event = seed;
  stage.append(probe);
  await probe.updateComplete;
  const markup = probe.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  probe.remove();
  const css = EventCard.styles.flat().map((sheet) => sheet.cssText).join('\n').replaceAll(':host', '.eh-host');
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return `<div class="eh-host">${markup}</div>`;
}
const floorCard = await floorMarkup();

function shoelaceCard() {
  const card = document.createElement('sl-card');
  card.innerHTML = `<img slot="image" src="${seed.photos[0].src}" alt="${seed.photos[0].alt}" width="1200" height="800"><strong slot="header">${seed.title}</strong><p>June 29, 2023, in the morning</p><p>Host: Ministry of Commerce · Organizer: MOFCOM Training Base for International Business Officials (Shanghai) · 21 days</p><p>${seed.summary}</p><div slot="footer">31 participants from 10 countries: Bolivia, Brazil, Colombia, Costa Rica, Cuba, Dominica, Ecuador, Panama, Peru, and Venezuela</div>`;
  return card;
}

/** Appends `n` elements made by `make` at once, waits for them to render, lay out and paint. */
async function mountAll(n, make) {
  const fragment = document.createDocumentFragment();
  const elements = [];
  for (let i = 0; i < n; i++) elements.push(fragment.appendChild(make()));
  stage.append(fragment);
  await Promise.all(elements.map((element) => element.updateComplete));
  stage.getBoundingClientRect();
  await frames();
}

export const variants = {
  async floor(n) {
    stage.innerHTML = floorCard.repeat(n);
    stage.getBoundingClientRect();
    await frames();
  },
  'event-card': (n) =>
    mountAll(n, () => {
      const card = document.createElement('event-card');
      card.event = seed;
      return card;
    }),
  'sl-card': (n) => {
    if (!customElements.get('sl-card')) throw new Error('Shoelace not loaded');
    return mountAll(n, shoelaceCard);
  },
};

/** Updating one property on every card (the cards must be on the page). */
export async function updateTitles(round) {
  const title = `${seed.title} (${round})`;
  const cards = stage.querySelectorAll('event-card');
  for (const card of cards) card.event = { ...card.event, title };
  await Promise.all([...cards].map((card) => card.updateComplete));
  stage.getBoundingClientRect();
  await frames();
}

export async function updateFloorTitles(round) {
  const title = `${seed.title} (${round})`;
  for (const node of stage.querySelectorAll('[part~="title"] span')) node.textContent = title;
  stage.getBoundingClientRect();
  await frames();
}

export function clear() {
  stage.replaceChildren();
}

/** Creates, renders and removes `count` elements of `tag`, one at a time. */
export async function churn(tag, count) {
  for (let i = 0; i < count; i++) {
    const element = document.createElement(tag);
    if (tag === 'event-card') element.event = seed;
    stage.append(element);
    await element.updateComplete;
    element.remove();
  }
  await frames();
}

window.bench = { variants, updateTitles, updateFloorTitles, clear, churn };
window.benchReady = true;
