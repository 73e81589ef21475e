import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AttendeeList } from '../src/attendee-list/attendee-list.js';
import type { Attendee, EventArticle } from '../src/model/types.js';
import { validateAttendees, validateEvent } from '../src/model/validate.js';
import { captureConsole, loadSeed, part, setLocale, useLocale } from './helpers.js';
import { conformance, type Fixtures } from './conformance/index.js';

const MARKUP = `<attendee-list><ul>
  <li data-honorific="mr" data-role="presiding" data-country="CN"
    ><span data-name>Chen Jianfeng</span>, <span
    data-title>Vice President</span>, <span
    data-organization>Shanghai Business School</span></li>
  <li data-honorific="ms"><span data-name>Liu Beimin</span> (<span data-role-label>attended both ceremonies</span>)</li>
  <li>Chen Wei</li>
</ul></attendee-list>`;

// Written in the page before the definition loads, as a CMS page does: what a reader sees before
// (and without) the script is the hand-written list itself.
const early = document.createElement('div');
early.innerHTML = MARKUP;
document.body.append(early);
const earlyList = early.firstElementChild as AttendeeList;
const earlyText = (earlyList.textContent ?? '').replace(/\s+/g, ' ').trim();
const definedBefore = customElements.get('attendee-list');

// The conformance suite (test/conformance): lifecycle, language change, memory and fuzzing, with
// this element's fixtures. Called before the element is defined: it makes the instances a page
// writes before the script arrives, then loads the definition.
const conformanceFixtures: Fixtures = {
  tag: 'attendee-list',
  define: () => import('../src/attendee-list/define.js'),
  give: (element, seed) => (element['attendees'] = seed.attendees),
  property: 'attendees',
  markup: MARKUP,
  expected: 'Chen Jianfeng',
  change: (element) => (element['variant'] = 'inline'),
  changed: (element) => part(element, 'base')?.localName === 'p',
  observes: true,
  minWidth: 160,
  fuzz: {
    valid: (seed) => seed.attendees,
    set: (element, value) => ((element as HTMLElement & { attendees: unknown }).attendees = value),
    // Invalid data: the error state, and the console names the field; valid data: the attendees.
    check: (element, value, messages, where) => {
      const result = validateAttendees(value);
      const error = element.shadowRoot!.querySelector('[part~="error"]');
      if (value === undefined || value === null) return;
      if (result.ok) {
        expect(error, `${where}: no error for valid data`).to.equal(null);
        expect(element.shadowRoot!.querySelectorAll('[part~="item"]').length, `${where}: one item per attendee`).to.equal(result.value.length);
      } else {
        expect(error?.getAttribute('role'), `${where}: error state`).to.equal('alert');
        expect(
          messages.some((message) => message.startsWith('<attendee-list>: attendees')),
          `${where}: console names the field\n${messages.join('\n')}`,
        ).to.equal(true);
      }
    },
  },
};
await conformance(conformanceFixtures);

const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => el.shadowRoot!;
const base = (el: Element) => root(el).querySelector('[part~="base"]');
const items = (el: Element) => [...root(el).querySelectorAll('[part~="item"]')].map((item) => clean(item.textContent));
const parts = (el: Element, name: string) => [...root(el).querySelectorAll(`[part~="${name}"]`)].map((node) => clean(node.textContent));

const ATTENDEES: Attendee[] = [
  { name: 'Chen Jianfeng', honorific: 'mr', role: 'presiding', title: 'Vice President', organization: 'Shanghai Business School', country: 'CN' },
  { name: 'Liu Beimin', honorific: 'ms', roleLabel: { en: 'attended both ceremonies', es: 'asistió a ambas ceremonias' }, country: 'CN' },
  { name: 'Chen Wei', honorific: 'mr', role: 'host' },
];

describe('attendee-list', () => {
  useLocale('en');

  it('the hand-written list is readable before the script loads, and the same attendees show after the upgrade', async () => {
    expect(definedBefore, 'not defined when the page made it').to.equal(undefined);
    expect(earlyText).to.equal('Chen Jianfeng, Vice President, Shanghai Business School Liu Beimin (attended both ceremonies) Chen Wei');
    await earlyList.updateComplete;
    expect(items(earlyList)).to.deep.equal([
      'Mr. Chen Jianfeng Presiding Vice President, Shanghai Business School, China',
      'Ms. Liu Beimin attended both ceremonies',
      'Chen Wei',
    ]);
    // The hand-written list stays in the page (search engines, readers without scripts) but is not rendered twice.
    const range = document.createRange();
    range.selectNodeContents(earlyList);
    expect(range.getClientRects().length, 'the light-DOM list is not rendered once upgraded').to.equal(0);
    expect(earlyList.querySelectorAll('li')).to.have.length(3);
  });

  it('follows changes to the hand-written list (items a framework adds after the element)', async () => {
    const el = await fixture<AttendeeList>(html`<attendee-list></attendee-list>`);
    expect(base(el)).to.equal(null);
    el.innerHTML = '<ul><li data-honorific="dr" data-role="guest">Ana Pérez</li></ul>';
    await waitUntil(() => items(el).length === 1, 'the added item', { timeout: 2000 });
    expect(items(el)).to.deep.equal(['Dr. Ana Pérez Guest']);
    el.querySelector('li')!.setAttribute('data-honorific', 'prof');
    await waitUntil(() => items(el)[0] === 'Prof. Ana Pérez Guest', 'the changed honorific', { timeout: 2000 });
  });

  it('shows the attendees property: honorific, name, role, title, organisation, country', async () => {
    const el = await fixture<AttendeeList>(html`<attendee-list .attendees=${ATTENDEES}></attendee-list>`);
    expect(base(el)!.localName).to.equal('ul');
    expect(base(el)!.getAttribute('aria-label')).to.equal('Attendees');
    expect(items(el)).to.deep.equal([
      'Mr. Chen Jianfeng Presiding Vice President, Shanghai Business School, China',
      'Ms. Liu Beimin attended both ceremonies China',
      'Mr. Chen Wei Host',
    ]);
    expect(parts(el, 'role')).to.deep.equal(['Presiding', 'attended both ceremonies', 'Host']);
    expect(parts(el, 'honorific')).to.deep.equal(['Mr.', 'Ms.', 'Mr.']);
    expect(parts(el, 'title')).to.deep.equal(['Vice President']);
    expect(parts(el, 'organization')).to.deep.equal(['Shanghai Business School']);
    expect(parts(el, 'country')).to.deep.equal(['China', 'China']);
    await expect(el).to.be.accessible();
  });

  it("reads the attendees of .event, with their text in the reader's language", async () => {
    const seed = await loadSeed();
    const event: EventArticle = { ...seed, attendees: [{ ...seed.attendees![0]!, name: { en: 'Chen Jianfeng', 'zh-Hans': '陈建峰' }, role: 'presiding' }] };
    const el = await fixture<AttendeeList>(html`<attendee-list .event=${event}></attendee-list>`);
    expect(items(el)).to.deep.equal(['Mr. Chen Jianfeng Presiding Vice President, Shanghai Business School, China']);
    await setLocale('zh-Hans');
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['陈建峰先生 主持 Vice President，Shanghai Business School，中国']);
    await setLocale('en');
    // An event without attendees: nothing, no room taken.
    el.event = { ...seed, attendees: undefined };
    await el.updateComplete;
    expect(base(el)).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('the attendees property wins over .event and over the hand-written list', async () => {
    const seed = await loadSeed();
    const el = await fixture<AttendeeList>(html`<attendee-list .attendees=${[ATTENDEES[2]]} .event=${seed}><ul><li>Someone Else</li></ul></attendee-list>`);
    expect(items(el)).to.deep.equal(['Mr. Chen Wei Host']);
    el.attendees = undefined;
    await el.updateComplete;
    expect(items(el)).to.have.length(seed.attendees!.length);
    el.event = undefined;
    await el.updateComplete;
    expect(items(el)).to.deep.equal(['Someone Else']);
  });

  it('reads as one sentence in the inline variant, as the article names them', async () => {
    const el = await fixture<AttendeeList>(html`<attendee-list variant="inline" .attendees=${ATTENDEES}></attendee-list>`);
    expect(base(el)!.localName).to.equal('p');
    expect(clean(base(el)!.textContent)).to.equal(
      'Mr. Chen Jianfeng (Presiding, Vice President, Shanghai Business School, China), Ms. Liu Beimin (attended both ceremonies, China), and Mr. Chen Wei ' +
        '(Host)',
    );
    await setLocale('zh-Hans');
    await el.updateComplete;
    expect(clean(base(el)!.textContent)).to.equal(
      'Chen Jianfeng 先生（主持，Vice President，Shanghai Business School，中国）、Liu Beimin 女士（attended both ceremonies，中国）和Chen Wei 先生（东道主）',
    );
    await setLocale('en');
    await expect(el).to.be.accessible();
  });

  describe('languages: the honorific placed as each language places it, role and country translated', () => {
    const expected: Record<string, string[]> = {
      en: ['Mr. Chen Jianfeng Presiding Vice President, Shanghai Business School, China', 'Ms. 刘北敏 Guest'],
      es: ['Sr. Chen Jianfeng Presidencia Vice President, Shanghai Business School, China', 'Sra. 刘北敏 Invitado'],
      'pt-BR': ['Sr. Chen Jianfeng Presidência Vice President, Shanghai Business School, China', 'Sra. 刘北敏 Convidado'],
      'zh-Hans': ['Chen Jianfeng 先生 主持 Vice President，Shanghai Business School，中国', '刘北敏女士 嘉宾'],
      fr: ['M. Chen Jianfeng Présidence Vice President, Shanghai Business School, Chine', 'Mme 刘北敏 Invité'],
    };
    for (const [locale, lines] of Object.entries(expected)) {
      it(locale, async () => {
        await setLocale(locale);
        try {
          const el = await fixture<AttendeeList>(
            html`<attendee-list .attendees=${[ATTENDEES[0], { name: '刘北敏', honorific: 'ms', role: 'guest' }]}></attendee-list>`,
          );
          expect(items(el)).to.deep.equal(lines);
          // The interface's words are marked with the reader's language; the names keep the data's.
          for (const node of root(el).querySelectorAll('[part~="honorific"], [part~="country"]')) expect(node.getAttribute('lang')).to.equal(locale);
          await expect(el).to.be.accessible();
        } finally {
          await setLocale('en');
        }
      });
    }
  });

  it('renders nothing and takes no room without attendees', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <p style="margin: 0">before</p>
      <attendee-list></attendee-list>
      <attendee-list .attendees=${[]}></attendee-list>
      <attendee-list variant="inline"><ul><li>   </li></ul></attendee-list>
      <p style="margin: 0">after</p>
    </div>`);
    for (const el of wrapper.querySelectorAll('attendee-list')) {
      await el.updateComplete;
      expect(base(el)).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    }
    await expect(wrapper).to.be.accessible();
  });

  it('invalid data: a localized error state and console errors naming each field', async () => {
    const bad = [{ name: 'Chen Jianfeng', role: 'chair' }, { honorific: 'mr' }] as unknown as Attendee[];
    const { result: el, messages } = await captureConsole(() => fixture<AttendeeList>(html`<attendee-list .attendees=${bad}></attendee-list>`));
    const error = root(el).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(clean(error.textContent)).to.equal('The attendees cannot be shown: their data is not valid.');
    expect(messages).to.deep.equal([
      '<attendee-list>: attendees[0].role: expected an attendee role: "presiding", "host", "guest" or "other", received string "chair"',
      '<attendee-list>: attendees[1].name: expected a value (required field), received undefined',
    ]);
    await setLocale('es');
    await el.updateComplete;
    expect(clean(root(el).querySelector('[part~="error"]')!.textContent)).to.equal('No se puede mostrar la lista de asistentes: sus datos no son válidos.');
    await setLocale('en');
    // Through .event, the path says so.
    const seed = await loadSeed();
    const { messages: fromEvent } = await captureConsole(async () => {
      el.attendees = undefined;
      el.event = { ...seed, attendees: 'Chen Wei' as unknown as Attendee[] };
      await el.updateComplete;
    });
    expect(fromEvent).to.deep.equal(['<attendee-list>: event.attendees: expected Array, received string "Chen Wei"']);
    const { messages: notEvent } = await captureConsole(async () => {
      el.event = 42 as unknown as EventArticle;
      await el.updateComplete;
    });
    expect(notEvent).to.deep.equal(['<attendee-list>: event: expected an event document (an object), received number 42']);
    expect(root(el).querySelector('[part~="error"]')).to.exist;
  });

  it('logs a long list of problems as a few lines', async () => {
    const bad = Array.from({ length: 50 }, () => ({ name: '' })) as unknown as Attendee[];
    const { messages } = await captureConsole(() => fixture<AttendeeList>(html`<attendee-list .attendees=${bad}></attendee-list>`));
    expect(messages).to.have.length(6);
    expect(messages.at(-1)).to.equal('<attendee-list>: attendees: expected valid attendees, received 45 more problems');
  });

  it('warns about keywords of the hand-written list it does not know, and shows the rest', async () => {
    const { result: el, messages } = await captureConsole(() =>
      fixture<AttendeeList>(html`<attendee-list><ul><li data-honorific="sir" data-role="chair" data-country="XX">Ana Pérez</li></ul></attendee-list>`),
    );
    expect(items(el)).to.deep.equal(['Ana Pérez']);
    expect(messages).to.deep.equal([
      '<attendee-list>: li[0] data-role: expected an attendee role: "presiding", "host", "guest" or "other", received "chair"',
      '<attendee-list>: li[0] data-country: expected an ISO 3166-1 alpha-2 country code such as "CN", received "XX"',
      '<attendee-list>: li[0] data-honorific: expected an honorific: "mr", "ms", "mrs", "miss", "dr", "prof", "his-excellency" or "her-excellency", ' +
        'received "sir"',
    ]);
  });

  it('never interprets names as HTML', async () => {
    const el = await fixture<AttendeeList>(html`<attendee-list .attendees=${[{ name: '<img src=x onerror=alert(1)>', title: '<b>x</b>' }]}></attendee-list>`);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(items(el)).to.deep.equal(['<img src=x onerror=alert(1)> <b>x</b>']);
  });

  it("the seed article validates with its attendees' roles", async () => {
    const seed = await loadSeed();
    expect(validateEvent(seed).problems).to.deep.equal([]);
    expect(validateEvent({ ...seed, attendees: [{ name: 'A', role: 'presiding', roleLabel: 'presided over the ceremony' }] }).ok).to.equal(true);
    expect(validateEvent({ ...seed, attendees: [{ name: 'A', role: 'chair' }] }).problems.map((problem) => problem.path)).to.deep.equal(['attendees[0].role']);
  });
});
