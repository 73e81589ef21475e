// Benchmark variants, run inside the page by scripts/bench.mjs. Each returns when the cards are
// created, laid out and painted (two animation frames after a forced layout).
//
// Fairness: every variant shows the same content with the same styles.
// - floor: the card's own final markup (read from a rendered <event-card>'s shadow root) and its
//   styles, as static HTML set with innerHTML: no custom elements, no data processing;
// - floor+shadow: the same markup cloned into the shadow root of a minimal custom element with the
//   card's stylesheets adopted (no Lit, no data): what a shadow root alone costs;
// - event-card: each card gets its own copy of the event document (as a listing's documents would
//   be), prepared before the clock starts and before the memory baseline;
// - sl-card: Shoelace's card (when installed) with the same elements slotted (image; eyebrow and
//   title as header; date, facts, excerpt; participants as footer), styled by the same rules,
//   set with innerHTML like the floor.
const params = new URLSearchParams(location.search);
const { EventCard } = await import(params.get('bundle'));

const stage = document.getElementById('stage');
const seed = await (await fetch('../../demo/data/seed-2023-06-29-opening.json')).json();
for (const photo of seed.photos) photo.src = new URL(photo.src, new URL('../../demo/data/', location.href)).href;

const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

/** The floor: the card's own final markup and styles, as static HTML without custom elements. */
async function cardMarkup() {
  const probe = document.createElement('event-card');
  probe.event = seed;
  stage.append(probe);
  await probe.updateComplete;
  const markup = probe.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
  probe.remove();
  const css = EventCard.styles
    .flat()
    .map((sheet) => sheet.cssText)
    .join('\n')
    .replaceAll(':host', '.eh-host');
  const style = document.createElement('style');
  style.id = 'card-styles';
  style.textContent = css;
  document.head.append(style);
  return markup;
}
const markup = await cardMarkup();
const floorCard = `<div class="eh-host">${markup}</div>`;

/** The same elements in sl-card's slots. */
function shoelaceMarkup() {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const take = (selector) => template.content.querySelector(selector)?.outerHTML ?? '';
  const image = template.content.querySelector('img');
  image?.setAttribute('slot', 'image');
  const participants = template.content.querySelector('.participants');
  participants?.setAttribute('slot', 'footer');
  return (
    `<sl-card class="eh-host">${take('img')}<div slot="header">${take('.eyebrow')}${take('.title')}</div>${take('.date')}` +
    `${take('.facts')}${take('.excerpt')}${take('.participants')}</sl-card>`
  );
}
const slCard = shoelaceMarkup();

const sheets = EventCard.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet));
const shadowTemplate = document.createElement('template');
shadowTemplate.innerHTML = markup;
customElements.define(
  'bench-shadow-floor',
  class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.append(document.importNode(shadowTemplate.content, true));
    }
  },
);

/** Documents for the next `event-card` run: one copy of the seed per card, made before measuring. */
let documents = [];
export function prepare(n) {
  documents = Array.from({ length: n }, () => structuredClone(seed));
}

async function settle(elements) {
  await Promise.all(elements.map((element) => element.updateComplete));
  stage.getBoundingClientRect();
  await frames();
}

// Opt-in variants (--variants): what a listing page gains by giving the cards
// `content-visibility: auto` (the page's CSS, not ours): off-screen cards skip style and layout
// until scrolled near. The floor gets the same rule, for the ratio.
const listingStyle = document.createElement('style');
listingStyle.textContent = '.cv > event-card, .cv > .eh-host { content-visibility: auto; contain-intrinsic-size: auto 36em; }';
document.head.append(listingStyle);
const withContentVisibility = (variant) => async (n) => {
  stage.classList.add('cv');
  await variants[variant](n);
};

export const variants = {
  async floor(n) {
    stage.innerHTML = floorCard.repeat(n);
    stage.getBoundingClientRect();
    await frames();
  },
  async 'floor+shadow'(n) {
    stage.innerHTML = '<bench-shadow-floor></bench-shadow-floor>'.repeat(n);
    stage.getBoundingClientRect();
    await frames();
  },
  async 'event-card'(n) {
    const fragment = document.createDocumentFragment();
    const cards = [];
    for (let i = 0; i < n; i++) {
      const card = document.createElement('event-card');
      card.event = documents[i] ?? structuredClone(seed);
      cards.push(fragment.appendChild(card));
    }
    stage.append(fragment);
    await settle(cards);
  },
  async 'sl-card'(n) {
    if (!customElements.get('sl-card')) throw new Error('Shoelace not loaded');
    stage.innerHTML = slCard.repeat(n);
    await settle([...stage.children]);
  },
  'floor+cv': withContentVisibility('floor'),
  'event-card+cv': withContentVisibility('event-card'),
};

/** Updating one property on every card (the cards must be on the page): a new document with another title. */
export async function updateTitles(round) {
  const title = `${seed.title} (${round})`;
  const cards = [...stage.querySelectorAll('event-card')];
  for (const card of cards) card.event = { ...card.event, title };
  await settle(cards);
}

/** The floor's update: the same text changed in the static markup. */
export async function updateFloorTitles(round) {
  const title = `${seed.title} (${round})`;
  for (const node of stage.querySelectorAll('[part~="title"] span')) node.textContent = title;
  stage.getBoundingClientRect();
  await frames();
}

/** Before a timed run of `variant`: an empty stage, and the documents of the variants that start from data. */
export function setup(variant, n) {
  clear();
  if (variant === 'event-card' || variant === 'event-card+cv') prepare(n);
}

export function clear() {
  stage.replaceChildren();
  stage.classList.remove('cv');
  documents = [];
  // The removal's style and layout work happens now, not inside the next timed run.
  stage.getBoundingClientRect();
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

window.bench = { variants, setup, prepare, updateTitles, updateFloorTitles, clear, churn, markup, slCard };
window.benchReady = true;
