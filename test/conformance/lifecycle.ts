// Lifecycle: the element behaves like a native element however a page creates, moves, hides and
// removes it. Run by each element's test file through conformance() (test/conformance/index.ts),
// with that element's fixtures; the element's instances made before its definition loads come
// from there too.
import { expect, waitUntil } from '@open-wc/testing';
import type { EventArticle } from '../../src/model/types.js';
import { frames, recordConsole, setLocale, sleep, useLocale } from '../helpers.js';
import type { Early, Fixtures, Props } from './index.js';

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
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (listener && (this === window || this === document)) pageListeners.add(listenerKey(this, type, listener, options));
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
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
    .flatMap(([observer, targets]) =>
      [...targets]
        .filter((target) => within(element, target))
        .map((target) => `${observer.constructor.name} → ${target.nodeName}${(target as Element).className ? `.${(target as Element).className}` : ''}`),
    )
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
export const shown = (element: Element) => flatText(element).replace(/\s+/g, ' ').trim();
/** Waits for the element and the elements in its shadow root (a group photo's credit) to render. */
export async function settle(element: Element): Promise<void> {
  await (element as Props).updateComplete;
  for (const inner of element.shadowRoot?.querySelectorAll('*') ?? []) if ('updateComplete' in inner) await (inner as Props).updateComplete;
}

// ---- Mounting, with everything removed after each test.
const mounted: Element[] = [];
/** A container of `inline-size: 700px` at the top of the page (where maps draw), with `content`. */
export function mount(content: string | Node = '', style = ''): HTMLDivElement {
  const holder = document.createElement('div');
  holder.style.cssText = `inline-size: 700px; ${style}`;
  if (typeof content === 'string') holder.innerHTML = content;
  else holder.append(content);
  document.body.prepend(holder);
  mounted.push(holder);
  return holder;
}
/** Removes what mount() added (and a page lock a lightbox left). */
export function unmountAll(): void {
  for (const holder of mounted.splice(0)) holder.remove();
  document.documentElement.style.overflow = '';
}
function make(subject: Fixtures, seed: EventArticle): Props {
  const element = document.createElement(subject.tag) as unknown as Props;
  subject.give(element, structuredClone(seed));
  return element;
}
/** Waits until the element shows its data (an event card from `src` is fetched). */
export async function ready(element: Element, subject: Fixtures): Promise<void> {
  await settle(element);
  await waitUntil(() => shown(element).includes(subject.expected), `<${subject.tag}> to show "${subject.expected}"`, { timeout: 4000 });
  await settle(element);
}
/** Waits until the element has drawn (the fixtures' `drawn`; the map's SVG). */
export const drawn = (subject: Fixtures, element: Element) => waitUntil(() => subject.drawn!(element), `<${subject.tag}> to be drawn`, { timeout: 8000 });

/** A test that also fails on any console warning or error: every case here runs with valid data. */
export function quietly(name: string, body: () => Promise<void>): void {
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

/** The lifecycle cases for one element; `early` holds its instances made before its definition. */
export function lifecycleSuite(subject: Fixtures, seed: EventArticle, early: Early): void {
  const make_ = (data = seed) => make(subject, data);
  describe('lifecycle, as native elements behave', function () {
    this.timeout(20_000);
    useLocale('en');
    after(() => early.holder.remove());
    afterEach(unmountAll);

    quietly('created by document.createElement, data as properties', async () => {
      const element = make_();
      expect(element).to.be.instanceOf(customElements.get(subject.tag)!);
      mount(element);
      await ready(element, subject);
      expect(element.shadowRoot!.mode).to.equal('open');
      subject.checkByProperty?.(element, seed);
    });

    quietly('created by innerHTML, data as attributes', async () => {
      const holder = mount(subject.markup);
      const element = holder.firstElementChild as Props;
      expect(element).to.be.instanceOf(customElements.get(subject.tag)!);
      await ready(element, subject);
      subject.checkByMarkup?.(element);
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
      if (subject.drawn) await Promise.all([drawn(subject, original), drawn(subject, clone)]);
      await settle(original);
      await settle(clone);
      expect(shown(clone)).to.equal(shown(original));
      // A clone made while it has only properties renders nothing (nothing to copy), and no error.
      const byProperty = make_();
      holder.append(byProperty);
      await ready(byProperty, subject);
      const bare = byProperty.cloneNode(true) as Props;
      holder.append(bare);
      await settle(bare);
      expect(shown(bare)).to.equal('');
    });

    quietly('created before its definition loads: early properties and attributes are kept', async () => {
      expect(early.undefinedAtFirst, 'the element was not defined when the page made them').to.equal(true);
      const { byProperty, byMarkup, given } = early;
      expect(byProperty).to.be.instanceOf(customElements.get(subject.tag)!);
      expect(byMarkup).to.be.instanceOf(customElements.get(subject.tag)!);
      await ready(byProperty, subject);
      await ready(byMarkup, subject);
      // The property set before the upgrade is the element's reactive property now, not an own
      // value shadowing it (which would never render).
      const name = subject.property;
      expect(Object.hasOwn(byProperty, name), 'no own property left from before the upgrade').to.equal(false);
      expect(byProperty[name]).to.equal(given);
    });

    quietly('moved between parents: same content, same observers and listeners, no console message', async () => {
      const [a, b] = [mount(), mount()];
      const element = make_();
      a.append(element);
      await ready(element, subject);
      if (subject.drawn) await drawn(subject, element);
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
      const element = make_();
      holder.append(element);
      await ready(element, subject);
      if (subject.drawn) await drawn(subject, element);
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
        const fresh = make_();
        mount(fresh);
        await ready(fresh, subject);
        await settle(element);
        if (subject.drawn) await Promise.all([drawn(subject, fresh), drawn(subject, element)]);
        await waitUntil(() => shown(element) === shown(fresh), 'the same text as a new element in Spanish', { timeout: 4000 });
        expect(observing(element)).to.deep.equal(connected.observing);
        expect([...pageListeners].sort()).to.deep.equal(connected.listeners);
      } finally {
        await setLocale('en');
      }
    });

    quietly('a property changed while detached applies when reattached', async () => {
      const holder = mount();
      const element = make_();
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
        const element = make_();
        element.hidden = true;
        holder.append(element);
        await settle(element);
        expect(getComputedStyle(element).display).to.equal('none');
        expect(element.getBoundingClientRect().height).to.equal(0);
        element.hidden = false;
        await ready(element, subject);
        expect(getComputedStyle(element).display, "the page's display applies when shown").to.equal('flex');
        expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      });
    }

    quietly('displays as a block, whatever its parent', async () => {
      const holder = mount('<span></span>');
      const element = make_();
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
      [
        'a <p>',
        (element) => {
          const paragraph = document.createElement('p');
          paragraph.append(element);
          return paragraph;
        },
      ],
      [
        'a table cell',
        (element) => {
          const table = document.createElement('table');
          table.insertRow().insertCell().append(element);
          return table;
        },
      ],
      [
        'a <button>',
        (element) => {
          const button = document.createElement('button');
          button.append(element);
          return button;
        },
      ],
      [
        'a <ul>, as a direct child',
        (element) => {
          const list = document.createElement('ul');
          list.append(element);
          return list;
        },
      ],
      [
        'a flex row, between siblings',
        (element) => {
          const row = document.createElement('div');
          row.style.display = 'flex';
          row.append('text', element, document.createElement('img'));
          return row;
        },
      ],
      [
        'a flex column',
        (element) => {
          const column = document.createElement('div');
          column.style.cssText = 'display: flex; flex-direction: column; align-items: flex-start';
          column.append(element);
          return column;
        },
      ],
      [
        'a grid with content-sized columns',
        (element) => {
          const grid = document.createElement('div');
          grid.style.cssText = 'display: grid; grid-template-columns: auto auto';
          grid.append(Object.assign(document.createElement('h2'), { textContent: 'Sibling' }), element);
          return grid;
        },
      ],
      [
        'an inline-block',
        (element) => {
          const box = document.createElement('span');
          box.style.display = 'inline-block';
          box.append(element);
          return box;
        },
      ],
      [
        'the shadow root of another element',
        (element) => {
          const host = document.createElement('div');
          host.attachShadow({ mode: 'open' }).append(element);
          return host;
        },
      ],
    ];
    for (const [where, wrap] of parents) {
      quietly(`works inside ${where}`, async () => {
        const element = make_();
        const twin = make_();
        const container = wrap(element);
        element.after(twin);
        const holder = mount(container);
        await ready(element, subject);
        await ready(twin, subject);
        const box = element.getBoundingClientRect();
        expect(getComputedStyle(element).display).to.equal('block');
        expect(box.height).to.be.greaterThan(0);
        expect(box.width, 'room to read').to.be.at.least(subject.minWidth ?? 240);
        expect(box.right, "inside the page's column").to.be.at.most(holder.getBoundingClientRect().right + 1);
        expect(shown(twin)).to.equal(shown(element));
      });
    }

    quietly('the language changed while on the page: it shows what a new element shows in that language', async () => {
      const element = make_();
      mount(element);
      await ready(element, subject);
      if (subject.drawn) await drawn(subject, element);
      const english = shown(element);
      try {
        await setLocale('es');
        const fresh = make_();
        mount(fresh);
        await ready(fresh, subject);
        if (subject.drawn) await Promise.all([drawn(subject, fresh), drawn(subject, element)]);
        expect(shown(fresh), 'Spanish differs from English').to.not.equal(english);
        await waitUntil(() => shown(element) === shown(fresh), 'the same text as a new element in Spanish', { timeout: 4000 });
      } finally {
        await setLocale('en');
      }
      await waitUntil(() => shown(element) === english, 'English again', { timeout: 4000 });
    });

    for (const [name, body] of subject.stateful ?? []) quietly(name, () => body(seed));
  });
}
