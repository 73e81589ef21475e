// Data that cannot be read — an object whose getter throws, an array (or proxy) that refuses to be
// read — given through the element's data property: the element shows its localized error state
// and logs a console error naming itself and the property, nothing is thrown at the page, the
// rest of the page keeps working, and good data afterwards shows again. Part of the conformance
// suite (./index.ts).
import { expect, fixture, html } from '@open-wc/testing';
import type { EventArticle } from '../../src/model/types.js';
import { captureConsole, setLocale } from '../helpers.js';
import type { Fixtures, Props } from './index.js';

const fail = (what: string) => {
  throw new Error(`${what} is not readable`);
};

/** `value` made unreadable: an object whose every field's getter throws, or an array whose reads throw. */
function unreadable(value: unknown): unknown {
  if (Array.isArray(value)) return new Proxy(value, { get: () => fail('this list') });
  const object: Record<string, unknown> = {};
  for (const key of Object.keys(value as object)) Object.defineProperty(object, key, { enumerable: true, get: () => fail(key) });
  return object;
}

export function unreadableSuite(subject: Fixtures, seed: EventArticle): void {
  describe('data that cannot be read', () => {
    for (const kind of ['a getter that throws', 'a proxy that throws'] as const) {
      it(`.${subject.property} with ${kind}: the error state and a console error naming it; good data shows again`, async () => {
        const holder = await fixture<HTMLElement>(html`<div style="inline-size: 700px"><p>Before</p><p>After</p></div>`);
        const el = document.createElement(subject.tag) as unknown as Props;
        const good = subject.give(el, structuredClone(seed));
        const bad =
          kind === 'a getter that throws'
            ? unreadable(good)
            : new Proxy(Object(good) as object, { get: () => fail('this proxy'), ownKeys: () => fail('this proxy') });
        const { messages } = await captureConsole(async () => {
          el[subject.property] = bad;
          holder.firstElementChild!.after(el);
          await el.updateComplete;
        });
        const error = el.shadowRoot!.querySelector('[part~="error"]');
        expect(error, 'error state').to.exist;
        expect(error!.getAttribute('role')).to.equal('alert');
        expect(
          messages.some((m) => m.startsWith(`<${subject.tag}>: `) && m.includes(subject.property) && /not readable/.test(m)),
          `a console error names <${subject.tag}>, ${subject.property} and what came:\n${messages.join('\n')}`,
        ).to.equal(true);
        expect(holder.lastElementChild!.textContent).to.equal('After');
        // Localized like every other state.
        const english = error!.textContent;
        await setLocale('es');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).not.to.equal(english);
        await setLocale(null);
        el[subject.property] = good;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="error"]'), 'recovered').to.equal(null);
      });
    }
  });
}
