// Fuzz: thousands of mutated event documents and attribute values thrown at <event-card>.
// For every case: no uncaught exception or unhandled rejection, no script executed, nothing outside
// the element changed, a bounded DOM, and either a correct render or the error state with a console
// message naming the field. Failures print the case number; the seed makes every run identical.
import { expect } from '@open-wc/testing';
import '../src/event-card/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import { validateEvent } from '../src/model/validate.js';
import { resolveText } from '../src/model/text.js';
import { HOSTILE_STRINGS, mutate, random } from './fuzz/generator.js';
import { watchPage } from './fuzz/harness.js';
import { loadSeed, recordConsole, useLocale } from './helpers.js';

const DOCUMENT_CASES = 2000;
const ATTRIBUTE_CASES = 600;
const MAX_SHADOW_ELEMENTS = 150;

describe('event-card under fuzzing', function () {
  this.timeout(120_000);
  useLocale('en');

  it(`survives ${DOCUMENT_CASES} mutated documents`, async () => {
    const seed = await loadSeed();
    const rng = random(0x5eed);
    const page = watchPage();
    let el = document.createElement('event-card') as EventCard;
    document.body.append(el);
    page.settle();
    let rendered = 0;
    let rejected = 0;
    try {
      for (let i = 0; i < DOCUMENT_CASES; i++) {
        // Every 50th case a fresh element, the others update the same one.
        if (i % 50 === 0) {
          el.remove();
          el = document.createElement('event-card') as EventCard;
          document.body.append(el);
        }
        const doc = mutate(seed, rng);
        const log = recordConsole();
        try {
          el.event = doc as EventCard['event'];
          await el.updateComplete;
        } finally {
          log.restore();
        }
        const where = `case ${i}`;
        const root = el.shadowRoot!;
        if (doc === undefined || doc === null) {
          expect(root.querySelector('[part~="base"]'), where).to.equal(null);
        } else {
          const result = validateEvent(doc);
          if (result.ok) {
            rendered += 1;
            const title = resolveText(result.value.title, 'en', result.value.lang)!.text;
            expect(root.querySelector('[part~="title"]')?.textContent, where).to.equal(title);
          } else {
            rejected += 1;
            expect(root.querySelector('[role="alert"]')?.textContent, where).to.include('This event cannot be shown.');
            expect(
              log.messages.some((m) => m.startsWith('<event-card>: event')),
              `${where}: console names the field`,
            ).to.equal(true);
          }
        }
        expect(root.querySelectorAll('*').length, `${where}: DOM size`).to.be.at.most(MAX_SHADOW_ELEMENTS);
        page.check(where);
      }
      expect(page.uncaught).to.deep.equal([]);
      // Both outcomes were exercised, so the checks above ran both ways.
      expect(rendered).to.be.greaterThan(100);
      expect(rejected).to.be.greaterThan(100);
    } finally {
      page.stop();
      el.remove();
    }
  });

  it(`survives ${ATTRIBUTE_CASES} garbage attribute values`, async () => {
    const seed = await loadSeed();
    const rng = random(0xa77);
    const page = watchPage();
    const el = document.createElement('event-card') as EventCard;
    el.event = seed;
    document.body.append(el);
    page.settle();
    // `src` is left to the network tests: garbage paths only make the test server log errors.
    const names = ['href', 'heading-level', 'timeout', 'theme', 'lang', 'hidden'];
    try {
      for (let i = 0; i < ATTRIBUTE_CASES; i++) {
        const name = names[Math.floor(rng() * names.length)]!;
        const value = HOSTILE_STRINGS[Math.floor(rng() * HOSTILE_STRINGS.length)]!;
        const log = recordConsole();
        try {
          el.setAttribute(name, value);
          await el.updateComplete;
        } finally {
          log.restore();
        }
        const where = `case ${i}: ${name}=${JSON.stringify(value.slice(0, 40))}`;
        // `event` wins over `src`, so the card keeps showing the seed whatever the attributes say.
        expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent, where).to.equal(seed.title);
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]');
        if (link) expect(new URL(link.href).protocol, where).to.match(/^https?:$/);
        const level = Number(el.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('aria-level'));
        expect(level >= 1 && level <= 6, `${where}: heading level ${level}`).to.equal(true);
        page.check(where);
        el.removeAttribute(name);
      }
      expect(page.uncaught).to.deep.equal([]);
    } finally {
      page.stop();
      el.remove();
    }
  });
});
