import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-card/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import { currentLocale, matchLocale, setLocale } from '../src/internal/locale.js';
import { loadSeed } from './helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;

/** What a reader sees in each language for the seed card. Country names and dates come from Intl. */
const expected = {
  en: { participants: '31 participants from 10 countries', kind: 'Opening ceremony', format: 'In person', host: 'Host', retry: 'Try again' },
  es: { participants: '31 participantes de 10 países', kind: 'Ceremonia de apertura', format: 'Presencial', host: 'Anfitrión', retry: 'Reintentar' },
  'pt-BR': { participants: '31 participantes de 10 países', kind: 'Cerimônia de abertura', format: 'Presencial', host: 'Anfitrião', retry: 'Tentar novamente' },
  'zh-Hans': { participants: '来自10个国家的31名学员', kind: '开班仪式', format: '线下', host: '主办单位', retry: '重试' },
  fr: { participants: '31 participants de 10 pays', kind: 'Cérémonie d’ouverture', format: 'En présentiel', host: 'Hôte', retry: 'Réessayer' },
} as const;

describe('languages', () => {
  afterEach(async () => {
    await setLocale(null);
    document.documentElement.lang = 'en';
  });

  it('matches any language tag to a supported locale', () => {
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('pt')).to.equal('pt-BR');
    expect(matchLocale('pt-PT')).to.equal('pt-BR');
    expect(matchLocale('zh-CN')).to.equal('zh-Hans');
    expect(matchLocale('zh')).to.equal('zh-Hans');
    expect(matchLocale('FR-ca')).to.equal('fr');
    expect(matchLocale('de')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
    expect(matchLocale(null)).to.equal('en');
  });

  for (const [locale, text] of Object.entries(expected)) {
    it(`renders the card in ${locale}, with Intl dates, numbers and country names`, async () => {
      await setLocale(locale);
      const el = await fixture<EventCard>(html`<event-card .event=${await loadSeed()}></event-card>`);
      expect(currentLocale()).to.equal(locale);
      expect(part(el, 'base').getAttribute('lang')).to.equal(locale);
      expect(part(el, 'participants').querySelector('strong')!.textContent).to.equal(text.participants);
      expect(part(el, 'eyebrow').textContent).to.include(text.kind);
      expect(part(el, 'format').textContent).to.equal(text.format);
      expect(part(el, 'facts').querySelector('dt')!.textContent).to.equal(text.host);
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 5, 29));
      expect(part(el, 'date').textContent).to.include(date);
      const countries = part(el, 'countries').textContent!;
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      for (const code of ['BO', 'DM', 'VE']) expect(countries).to.include(names.of(code)!);
      // The title is English data: its language is English in every UI language (marked on the
      // title where the card's language differs, inherited from the card where it is the same).
      const titleText = part(el, 'title').querySelector('span')!;
      expect(titleText.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      expect(titleText.hasAttribute('lang')).to.equal(locale !== 'en');
      await expect(el).to.be.accessible();
    });
  }

  it('follows <html lang> and its changes', async () => {
    const el = await fixture<EventCard>(html`<event-card .event=${await loadSeed()}></event-card>`);
    document.documentElement.lang = 'es-ES';
    await waitUntil(() => part(el, 'format').textContent === 'Presencial', 'Spanish', { timeout: 3000 });
    document.documentElement.lang = 'zh-CN';
    await waitUntil(() => part(el, 'format').textContent === '线下', 'Chinese', { timeout: 3000 });
    expect(part(el, 'date').textContent).to.equal('2023年6月29日上午');
  });

  it('keeps a locale pinned with setLocale() whatever <html lang> says, until released', async () => {
    await setLocale('fr');
    const el = await fixture<EventCard>(html`<event-card .event=${await loadSeed()}></event-card>`);
    document.documentElement.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(part(el, 'format').textContent).to.equal('En présentiel');
    await setLocale(null);
    await waitUntil(() => part(el, 'format').textContent === 'Presencial', 'back to <html lang>', { timeout: 3000 });
  });

  it('uses the plural rules of each language', async () => {
    const event = await loadSeed();
    event.seminars[0]!.participants = { count: 1, countries: ['BO'] };
    await setLocale('en');
    const el = await fixture<EventCard>(html`<event-card .event=${event}></event-card>`);
    expect(part(el, 'participants').querySelector('strong')!.textContent).to.equal('1 participant from 1 country');
    await setLocale('fr');
    await el.updateComplete;
    expect(part(el, 'participants').querySelector('strong')!.textContent).to.equal('1 participant de 1 pays');
    el.event = { ...event, seminars: [{ ...event.seminars[0]!, participants: { count: 1200, region: 'Afrique francophone' } }] };
    await el.updateComplete;
    expect(part(el, 'participants').querySelector('strong')!.textContent).to.equal(
      `${new Intl.NumberFormat('fr').format(1200)} participants de Afrique francophone`,
    );
  });

  it("shows text in the reader's language when the data has it", async () => {
    const event = await loadSeed();
    event.title = { en: 'Opening of the seminar', 'zh-Hans': '研修班开班', es: 'Apertura del seminario' };
    await setLocale('zh-Hans');
    const el = await fixture<EventCard>(html`<event-card .event=${event}></event-card>`);
    const title = part(el, 'title').querySelector('span')!;
    expect(title.textContent).to.equal('研修班开班');
    expect(title.closest('[lang]')!.getAttribute('lang')).to.equal('zh-Hans');
    await setLocale('pt-BR');
    await el.updateComplete;
    expect(title.textContent).to.equal('Opening of the seminar');
    expect(title.getAttribute('lang')).to.equal('en');
  });
});
