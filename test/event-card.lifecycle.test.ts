// <event-card> behaves like a native element however a page creates, moves and removes it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/event-card/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import { loadSeed, SEED_URL, until } from './helpers.js';

const title = (el: Element) => el.shadowRoot?.querySelector('[part~="title"]')?.textContent;

describe('event-card lifecycle', () => {
  it('works created by createElement, innerHTML and cloneNode', async () => {
    const event = await loadSeed();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const created = document.createElement('event-card');
    created.event = event;
    host.append(created);
    await created.updateComplete;
    expect(title(created)).to.equal(event.title);

    host.innerHTML = `<event-card src="${SEED_URL}" heading-level="4"></event-card>`;
    const parsed = host.querySelector('event-card')!;
    await until(() => title(parsed) !== undefined, 4000, 'innerHTML card');
    expect(parsed.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('4');

    // cloneNode copies attributes (not properties), as for native elements.
    const clone = parsed.cloneNode(true) as EventCard;
    host.append(clone);
    await until(() => title(clone) !== undefined, 4000, 'clone');
    expect(title(clone)).to.equal(title(parsed));
  });

  it('keeps its state when moved, detached and reattached', async () => {
    const event = await loadSeed();
    const [a, b] = [await fixture<HTMLDivElement>(html`<div></div>`), await fixture<HTMLDivElement>(html`<div></div>`)];
    const el = document.createElement('event-card');
    el.event = event;
    a.append(el);
    await el.updateComplete;
    b.append(el);
    await el.updateComplete;
    expect(title(el)).to.equal(event.title);
    el.remove();
    el.headingLevel = 2;
    b.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('stops a running request while detached and loads again when reattached', async () => {
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(String(input));
      return original(input, init);
    };
    try {
      const el = await fixture<EventCard>(html`<event-card src="/__fixtures__/slow/seed-2023-06-29-opening.json?ms=300"></event-card>`);
      const parent = el.parentElement!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(title(el)).to.equal(undefined);
      parent.append(el);
      await until(() => title(el) !== undefined, 4000, 'card after reattach');
      expect(requests).to.have.length(2);
    } finally {
      window.fetch = original;
    }
  });

  it('has a sensible display, honours hidden, and fits any parent', async () => {
    const event = await loadSeed();
    const table = await fixture<HTMLTableElement>(html`<table><tbody><tr><td><event-card .event=${event}></event-card></td></tr></tbody></table>`);
    const inCell = table.querySelector('event-card')!;
    await inCell.updateComplete;
    expect(getComputedStyle(inCell).display).to.equal('block');
    expect(title(inCell)).to.equal(event.title);
    const list = await fixture<HTMLUListElement>(html`<ul><li><event-card .event=${event} hidden></event-card></li></ul>`);
    expect(list.querySelector('event-card')!.getBoundingClientRect().height).to.equal(0);
  });
});
