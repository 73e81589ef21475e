// Every element behaves like a native element however a page creates, moves, hides and removes it:
// one table of cases run for each of the five elements, then what each element with state keeps.
// No static import registers an element: the first elements below are made before the library
// loads, as a CMS page writes them before its script arrives.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventArticle } from '../src/model/types.js';
import { loadSeed, recordConsole, SEED_URL, setLocale, until } from './helpers.js';

type Tag = 'event-card' | 'speech-block' | 'photo-credit' | 'group-photo' | 'participant-country-map';
type Lit = HTMLElement & { updateComplete: Promise<boolean> };
type Props = Lit & Record<string, unknown>;

// ---- What a detached element still holds: observations and page-level listeners, recorded from
// the prototypes before any element exists.
type AnyObserver = ResizeObserver | IntersectionObserver | MutationObserver;
const observations = new Map<AnyObserver, Set<Node>>();
for (const Kind of [ResizeObserver, IntersectionObserver, MutationObserver]) {
  const proto = Kind.prototype as unknown as Record<string, (this: AnyObserver, ...args: unknown[]) => unknown>;
  const { observe, disconnect, unobserve } = proto;
  proto['observe'] = function (target, ...rest) {
    if (!observations.has(this)) observations.set(this, new Set());
    observations.get(this)!.add(target as Node);
    return observe!.call(this, target, ...rest);
  };
  proto['disconnect'] = function () {
    observations.delete(this);
    return disconnect!.call(this);
  };
  if (unobserve) {
    proto['unobserve'] = function (target) {
      observations.get(this)?.delete(target as Node);
      return unobserve.call(this, target);
    };
  }
}
const pageListeners = new Set<string>();
const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;
const listenerKey = (target: EventTarget, type: string, listener: object, options: unknown) => {
  if (!listenerIds.has(listener)) listenerIds.set(listener, nextListenerId++);
  const capture = typeof options === 'boolean' ? options : !!(options as AddEventListenerOptions | undefined)?.capture;
  return `${target === window ? 'window' : 'document'}|${type}|${listenerIds.get(listener)}|${capture}`;
};
{
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    if (listener && (this === window || this === document)) pageListeners.add(listenerKey(this, type, listener, options));
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    if (listener && (this === window || this === document)) pageListeners.delete(listenerKey(this, type, listener, options));
    return removeEventListener.call(this, type, listener, options);
  };
}
/** Is `node` the element, or inside it (light DOM, or its shadow roots, however deep)? */
function within(element: Element, node: Node | null): boolean {
  for (let at = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) if (at === element) return true;
  return false;
}
/** The element's live observations, as "ResizeObserver → DIV.content" lines. */
const observing = (element: Element) =>
  [...observations]
    .flatMap(([observer, targets]) => [...targets].filter((target) => within(element, target)).map((target) => `${observer.constructor.name} → ${target.nodeName}${(target as Element).className ? `.${(target as Element).className}` : ''}`))
    .sort();

// ---- Reading what the reader sees.
/** The text of the flat tree (shadow roots, slotted content), as a reader sees it; styles left out. */
function flatText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(flatText).join('');
  const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(flatText).join('');
}
const shown = (element: Element) => flatText(element).replace(/\s+/g, ' ').trim();
const part = <T extends Element = HTMLElement>(element: Element, name: string) => element.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
const frames = (n = 2) => new Promise<void>((done) => {
  const step = () => (n-- <= 0 ? done() : requestAnimationFrame(step));
  step();
});
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits for the element and the elements in its shadow root (a group photo's credit) to render. */
async function settle(element: Element): Promise<void> {
  await (element as Lit).updateComplete;
  for (const inner of element.shadowRoot?.querySelectorAll('*') ?? []) if ('updateComplete' in inner) await (inner as Lit).updateComplete;
}

// ---- The five elements, each with its data as properties and as hand-written markup.
interface Subject {
  tag: Tag;
  /** Gives the element its data through properties; returns the value given. */
  give: (element: Props, seed: EventArticle) => unknown;
  /** The same kind of content written as attributes (and light DOM), as a CMS writes it. */
  markup: string;
  /** Text shown both from the data and from the markup, once rendered. */
  expected: string;
  /** A change made while detached, and how to see it applied. */
  change: (element: Props) => void;
  changed: (element: Props) => boolean;
  /** Holds page-level work while connected (observers): checked to be released when detached. */
  observes: boolean;
}

const GROUP_PHOTO = '/demo/data/images/group-photo.svg';
const subjects: Subject[] = [
  {
    tag: 'event-card',
    give: (element, seed) => (element['event'] = seed),
    markup: `<event-card src="${SEED_URL}" heading-level="4"></event-card>`,
    expected: 'Seminar on Science and Technology Innovation',
    change: (element) => (element['headingLevel'] = 2),
    changed: (element) => part(element, 'title')?.getAttribute('aria-level') === '2',
    observes: false,
  },
  {
    tag: 'speech-block',
    give: (element, seed) => (element['speech'] = seed.speeches![2]),
    markup: `<speech-block speaker="Danmarys Hernández" honorific="ms" representative country="VE" organization="Viceministerio para la Comunalización de la Ciencia para la Producción" heading="Speech by the Participant Representative"><p>Ms. Danmarys Hernández expressed her sincere gratitude to the hosts.</p></speech-block>`,
    expected: 'Danmarys Hernández',
    change: (element) => (element['headingLevel'] = 2),
    changed: (element) => (part(element, 'heading') ?? part(element, 'name'))?.getAttribute('aria-level') === '2',
    observes: true,
  },
  {
    tag: 'photo-credit',
    give: (element, seed) => (element['credits'] = seed.credits),
    markup: `<photo-credit written-by="Ma Yizhou" photos-by="Ni Haoran" reviewed-by="Chen Wei"></photo-credit>`,
    expected: 'Ma Yizhou',
    change: (element) => (element['variant'] = 'inline'),
    changed: (element) => part(element, 'base')?.localName === 'p',
    observes: false,
  },
  {
    tag: 'group-photo',
    give: (element, seed) => (element['photo'] = seed.photos!.find((photo) => photo.group)),
    markup: `<group-photo src="${GROUP_PHOTO}" alt="Participants and hosts on the steps" caption="Group Photo of the Seminar" credit="Ni Haoran" people="Chen Wei; Liu Beimin" width="1600" height="900"></group-photo>`,
    expected: 'Group Photo of the Seminar',
    change: (element) => (element['photo'] = { ...(element['photo'] as object), caption: 'Changed while away' }),
    changed: (element) => shown(element).includes('Changed while away'),
    observes: true,
  },
  {
    tag: 'participant-country-map',
    give: (element, seed) => (element['event'] = seed),
    markup: `<participant-country-map countries="BO BR CO CR CU DM EC PA PE VE"></participant-country-map>`,
    expected: 'Bolivia',
    change: (element) => (element['host'] = 'BR'),
    changed: (element) => shown(element).includes('Host: Brazil'),
    observes: true,
  },
];
const TAGS = subjects.map((subject) => subject.tag);

// ---- Made before the library loads: one with properties, one from markup, per element.
const seed = await loadSeed();
const undefinedAtFirst = TAGS.filter((tag) => !customElements.get(tag));
const earlyHolder = document.createElement('div');
earlyHolder.style.cssText = 'inline-size: 700px';
document.body.append(earlyHolder);
const early = new Map<Tag, { byProperty: Props; byMarkup: Props; given: unknown }>();
for (const subject of subjects) {
  const byProperty = document.createElement(subject.tag) as unknown as Props;
  const given = subject.give(byProperty, seed);
  earlyHolder.append(byProperty);
  earlyHolder.insertAdjacentHTML('beforeend', subject.markup);
  early.set(subject.tag, { byProperty, byMarkup: earlyHolder.lastElementChild as Props, given });
}

// ---- Mounting, with everything removed after each test.
const mounted: Element[] = [];
/** A container of `inline-size: 700px` at the top of the page (where maps draw), with `content`. */
function mount(content: string | Node = '', style = ''): HTMLDivElement {
  const holder = document.createElement('div');
  holder.style.cssText = `inline-size: 700px; ${style}`;
  if (typeof content === 'string') holder.innerHTML = content;
  else holder.append(content);
  document.body.prepend(holder);
  mounted.push(holder);
  return holder;
}
function make(subject: Subject, data = seed): Props {
  const element = document.createElement(subject.tag) as unknown as Props;
  subject.give(element, structuredClone(data));
  return element;
}
/** Waits until the element shows its data (an event card from `src` is fetched). */
async function ready(element: Element, subject: Subject): Promise<void> {
  await settle(element);
  await until(() => shown(element).includes(subject.expected), 4000, `<${subject.tag}> to show "${subject.expected}"`);
  await settle(element);
}
const drawn = (map: Element) => until(() => !!map.shadowRoot!.querySelector('svg.map'), 8000, 'the map to be drawn');

/** A test that also fails on any console warning or error: every case here runs with valid data. */
function quietly(name: string, body: () => Promise<void>): void {
  it(name, async () => {
    const log = recordConsole();
    try {
      await body();
    } finally {
      log.restore();
    }
    expect(log.messages, 'console messages').to.deep.equal([]);
  });
}

describe('lifecycle, as native elements behave', function () {
  this.timeout(20_000);
  before(async () => {
    await import('../src/index.js');
    await setLocale('en');
  });
  after(async () => {
    earlyHolder.remove();
    await setLocale(null);
  });
  afterEach(() => {
    for (const holder of mounted.splice(0)) holder.remove();
    document.documentElement.style.overflow = '';
  });

  for (const subject of subjects) {
    describe(`<${subject.tag}>`, () => {
      quietly('created by document.createElement, data as properties', async () => {
        const element = make(subject);
        expect(element).to.be.instanceOf(customElements.get(subject.tag)!);
        mount(element);
        await ready(element, subject);
        expect(element.shadowRoot!.mode).to.equal('open');
        if (subject.tag === 'event-card') expect(part(element, 'title')!.textContent).to.equal(seed.title);
      });

      quietly('created by innerHTML, data as attributes', async () => {
        const holder = mount(subject.markup);
        const element = holder.firstElementChild as Props;
        expect(element).to.be.instanceOf(customElements.get(subject.tag)!);
        await ready(element, subject);
        if (subject.tag === 'event-card') expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('4');
      });

      quietly('cloned by cloneNode: attributes carried, the clone renders as the original', async () => {
        const holder = mount(subject.markup);
        const original = holder.firstElementChild as Props;
        await ready(original, subject);
        // As for native elements, cloneNode copies attributes and children, not properties.
        const clone = original.cloneNode(true) as Props;
        expect([...clone.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal([...original.attributes].map((a) => `${a.name}=${a.value}`));
        holder.append(clone);
        await ready(clone, subject);
        if (subject.tag === 'participant-country-map') await Promise.all([drawn(original), drawn(clone)]);
        await settle(original);
        await settle(clone);
        expect(shown(clone)).to.equal(shown(original));
        // A clone made while it has only properties renders nothing (nothing to copy), and no error.
        const byProperty = make(subject);
        holder.append(byProperty);
        await ready(byProperty, subject);
        const bare = byProperty.cloneNode(true) as Props;
        holder.append(bare);
        await settle(bare);
        expect(shown(bare)).to.equal('');
      });

      quietly('created before its definition loads: early properties and attributes are kept', async () => {
        expect(undefinedAtFirst, 'no element was defined when the page made them').to.include(subject.tag);
        const { byProperty, byMarkup, given } = early.get(subject.tag)!;
        expect(byProperty).to.be.instanceOf(customElements.get(subject.tag)!);
        expect(byMarkup).to.be.instanceOf(customElements.get(subject.tag)!);
        await ready(byProperty, subject);
        await ready(byMarkup, subject);
        // The property set before the upgrade is the element's reactive property now, not an own
        // value shadowing it (which would never render).
        const name = { 'event-card': 'event', 'speech-block': 'speech', 'photo-credit': 'credits', 'group-photo': 'photo', 'participant-country-map': 'event' }[subject.tag];
        expect(Object.hasOwn(byProperty, name), 'no own property left from before the upgrade').to.equal(false);
        expect(byProperty[name]).to.equal(given);
      });

      quietly('moved between parents: same content, same observers and listeners, no console message', async () => {
        const [a, b] = [mount(), mount()];
        const element = make(subject);
        a.append(element);
        await ready(element, subject);
        if (subject.tag === 'participant-country-map') await drawn(element);
        const before = { text: shown(element), observing: observing(element), listeners: pageListeners.size };
        b.append(element);
        await settle(element);
        expect(shown(element)).to.equal(before.text);
        expect(observing(element)).to.deep.equal(before.observing);
        expect(pageListeners.size).to.equal(before.listeners);
        // The newer atomic move (Element.prototype.moveBefore, where the engine has it) too.
        const moveBefore = (a as unknown as { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore;
        if (moveBefore) {
          moveBefore.call(a, element, null);
          await settle(element);
          expect(element.parentNode).to.equal(a);
          expect(shown(element)).to.equal(before.text);
          expect(observing(element)).to.deep.equal(before.observing);
        }
      });

      quietly('detached: observers and page listeners released, no work done; reattached: resumes, in the language chosen meanwhile', async () => {
        const holder = mount();
        const baseline = [...pageListeners].sort();
        const element = make(subject);
        holder.append(element);
        await ready(element, subject);
        if (subject.tag === 'participant-country-map') await drawn(element);
        const connected = { observing: observing(element), listeners: [...pageListeners].sort() };
        expect(connected.observing.length > 0, 'observes while connected').to.equal(subject.observes);

        element.remove();
        expect(observing(element), 'observations left while detached').to.deep.equal([]);
        expect([...pageListeners].sort(), 'window and document listeners left while detached').to.deep.equal(baseline);
        // Nothing a page does meanwhile makes it work: a language change, a resize, new light DOM.
        let updates = 0;
        const update = (element as unknown as { update: (changed: unknown) => void }).update;
        (element as unknown as { update: (changed: unknown) => void }).update = function (changed) {
          updates += 1;
          return update.call(this, changed);
        };
        try {
          holder.style.inlineSize = '400px';
          window.dispatchEvent(new Event('resize'));
          element.append(document.createElement('span'));
          await setLocale('es');
          await frames(3);
          await sleep(50);
          expect(updates, 'updates while detached').to.equal(0);
        } finally {
          delete (element as unknown as { update?: unknown }).update;
          element.lastElementChild?.remove();
        }

        try {
          // Back on the page, it speaks the language chosen while it was away, as a new one does.
          holder.style.inlineSize = '700px';
          holder.append(element);
          const fresh = make(subject);
          mount(fresh);
          await ready(fresh, subject);
          await settle(element);
          if (subject.tag === 'participant-country-map') await Promise.all([drawn(fresh), drawn(element)]);
          await until(() => shown(element) === shown(fresh), 4000, 'the same text as a new element in Spanish');
          expect(observing(element)).to.deep.equal(connected.observing);
          expect([...pageListeners].sort()).to.deep.equal(connected.listeners);
        } finally {
          await setLocale('en');
        }
      });

      quietly('a property changed while detached applies when reattached', async () => {
        const holder = mount();
        const element = make(subject);
        holder.append(element);
        await ready(element, subject);
        element.remove();
        subject.change(element);
        holder.append(element);
        await settle(element);
        expect(subject.changed(element)).to.equal(true);
      });

      for (const important of ['', ' !important']) {
        quietly(`hidden attribute hides it, even when the page sets display on the tag${important}`, async () => {
          const style = document.createElement('style');
          style.textContent = `${subject.tag} { display: flex${important}; }`;
          const holder = mount(style);
          const element = make(subject);
          element.hidden = true;
          holder.append(element);
          await settle(element);
          expect(getComputedStyle(element).display).to.equal('none');
          expect(element.getBoundingClientRect().height).to.equal(0);
          element.hidden = false;
          await ready(element, subject);
          expect(getComputedStyle(element).display, 'the page\'s display applies when shown').to.equal('flex');
          expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
        });
      }

      quietly('displays as a block, whatever its parent', async () => {
        const holder = mount('<span></span>');
        const element = make(subject);
        holder.firstElementChild!.append(element);
        await ready(element, subject);
        expect(getComputedStyle(element).display).to.equal('block');
      });

      quietly('works with no data: nothing or an empty state, no error, no console message, accessible', async () => {
        const holder = mount();
        const element = document.createElement(subject.tag) as unknown as Props;
        holder.append(element);
        await settle(element);
        await frames(2);
        expect(shown(element), 'renders nothing').to.equal('');
        expect(element.getBoundingClientRect().height, 'takes no room').to.equal(0);
        await expect(element).to.be.accessible();
      });

      const parents: [string, (element: Element) => HTMLElement][] = [
        ['a <p>', (element) => {
          const paragraph = document.createElement('p');
          paragraph.append(element);
          return paragraph;
        }],
        ['a table cell', (element) => {
          const table = document.createElement('table');
          table.insertRow().insertCell().append(element);
          return table;
        }],
        ['a <button>', (element) => {
          const button = document.createElement('button');
          button.append(element);
          return button;
        }],
        ['a <ul>, as a direct child', (element) => {
          const list = document.createElement('ul');
          list.append(element);
          return list;
        }],
        ['a flex row, between siblings', (element) => {
          const row = document.createElement('div');
          row.style.display = 'flex';
          row.append('text', element, document.createElement('img'));
          return row;
        }],
        ['a flex column', (element) => {
          const column = document.createElement('div');
          column.style.cssText = 'display: flex; flex-direction: column; align-items: flex-start';
          column.append(element);
          return column;
        }],
        ['a grid with content-sized columns', (element) => {
          const grid = document.createElement('div');
          grid.style.cssText = 'display: grid; grid-template-columns: auto auto';
          grid.append(Object.assign(document.createElement('h2'), { textContent: 'Sibling' }), element);
          return grid;
        }],
        ['an inline-block', (element) => {
          const box = document.createElement('span');
          box.style.display = 'inline-block';
          box.append(element);
          return box;
        }],
        ['the shadow root of another element', (element) => {
          const host = document.createElement('div');
          host.attachShadow({ mode: 'open' }).append(element);
          return host;
        }],
      ];
      for (const [where, wrap] of parents) {
        quietly(`works inside ${where}`, async () => {
          const element = make(subject);
          const twin = make(subject);
          const container = wrap(element);
          element.after(twin);
          const holder = mount(container);
          await ready(element, subject);
          await ready(twin, subject);
          const box = element.getBoundingClientRect();
          expect(getComputedStyle(element).display).to.equal('block');
          expect(box.height).to.be.greaterThan(0);
          expect(box.width, 'room to read').to.be.at.least(subject.tag === 'photo-credit' ? 100 : 240);
          expect(box.right, 'inside the page\'s column').to.be.at.most(holder.getBoundingClientRect().right + 1);
          expect(shown(twin)).to.equal(shown(element));
        });
      }
    });
  }

  describe('what each element with state keeps', () => {
    quietly('<event-card> stops a running request while detached and loads again when reattached', async () => {
      const requests: string[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(String(input));
        return original(input, init);
      };
      try {
        const holder = mount('<event-card src="/__fixtures__/slow/seed-2023-06-29-opening.json?ms=300"></event-card>');
        const card = holder.firstElementChild as Props;
        await settle(card);
        card.remove();
        await sleep(500);
        expect(part(card, 'title')).to.equal(null);
        holder.append(card);
        await until(() => part(card, 'title') !== null, 4000, 'card after reattach');
        expect(requests).to.have.length(2);
        // Moved once loaded: nothing fetched again.
        mount(card);
        await settle(card);
        expect(part(card, 'title')!.textContent).to.equal(seed.title);
        expect(requests).to.have.length(2);
      } finally {
        window.fetch = original;
      }
    });

    quietly('<speech-block> keeps a speech expanded when moved, detached and reattached, and measures again where it lands', async () => {
      const [a, b] = [mount('', 'inline-size: 400px'), mount('', 'inline-size: 400px')];
      const speech = document.createElement('speech-block');
      speech.speech = seed.speeches![0]!;
      speech.collapsedLines = 3;
      a.append(speech);
      await until(() => part(speech, 'toggle') !== null, 2000, 'the Read more button');
      const toggle = () => part(speech, 'toggle')!;
      toggle().click();
      await settle(speech);
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      b.append(speech);
      await settle(speech);
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      speech.remove();
      await sleep(50);
      b.append(speech);
      await settle(speech);
      await frames(2);
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      expect(part(speech, 'body')!.classList.contains('collapsed')).to.equal(false);
      // Collapsed again, then moved to a column wide enough: no button there (measured again).
      toggle().click();
      await settle(speech);
      speech.collapsedLines = 10;
      await settle(speech);
      await until(() => part(speech, 'toggle') !== null, 2000, 'the button at 400 px');
      speech.remove();
      mount(speech, 'inline-size: 1400px');
      await until(() => part(speech, 'toggle') === null, 2000, 'no button at 1400 px');
    });

    quietly('<group-photo> closes an open lightbox when moved or removed, unlocks the page, and opens again where it lands', async () => {
      const [a, b] = [mount(), mount()];
      const photo = document.createElement('group-photo');
      photo.photo = seed.photos!.find((item) => item.group)!;
      a.append(photo);
      await ready(photo, subjects[3]!);
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
      await until(() => dialog().open, 2000, 'the lightbox open again');
      expect(dialog().matches(':modal')).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog().open, 2000, 'closed with Escape');
      expect(photo.shadowRoot!.activeElement).to.equal(part(photo, 'button'));
      expect(events).to.deep.equal(['open', 'close', 'open', 'close', 'open', 'close']);
    });

    quietly('<participant-country-map> keeps the country the keyboard was on when moved, without loading or drawing again', async () => {
      const holder = mount('<button>before</button>');
      const other = mount('<button>before</button>');
      const map = document.createElement('participant-country-map');
      map.countries = 'CU DM BR BO';
      holder.append(map);
      await drawn(map);
      const svg = map.shadowRoot!.querySelector('svg.map');
      const active = () => map.shadowRoot!.querySelector('[data-code].active')?.getAttribute('data-code');
      const stage = map.shadowRoot!.querySelector<HTMLElement>('.stage')!;
      holder.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(map);
      expect(active()).to.equal('DM');
      const requests: string[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(String(input));
        return original(input, init);
      };
      try {
        other.append(map);
        await settle(map);
        await frames(2);
        await settle(map);
        // Focus left with the move (as for any element): no highlight or tooltip without it...
        expect(map.shadowRoot!.activeElement).to.equal(null);
        expect(active()).to.equal(undefined);
        expect(map.shadowRoot!.querySelector('.tooltip')).to.equal(null);
        // ... and coming back with the keyboard resumes at Dominica, as a composite widget does.
        other.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        await settle(map);
        expect(map.shadowRoot!.activeElement).to.equal(stage);
        expect(active()).to.equal('DM');
        expect(map.shadowRoot!.querySelector('.tooltip')!.textContent).to.contain('Dominica');
        expect(map.shadowRoot!.querySelector('svg.map'), 'the same drawing, not a new one').to.equal(svg);
        expect(requests, 'nothing loaded again').to.deep.equal([]);
      } finally {
        window.fetch = original;
      }
    });
  });
});
