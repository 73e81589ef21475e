// Real articles read right (#14): fixtures of our own writing under test/fixtures/articles/, one
// for each kind of article the real ones showed, and what a reader sees of each.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/event-card/define.js';
import '../src/speech-block/define.js';
import '../src/participant-country-map/define.js';
import '../src/photo-credit/define.js';
import type { EventCard } from '../src/event-card/event-card.js';
import type { SpeechBlock } from '../src/speech-block/speech-block.js';
import type { ParticipantCountryMap } from '../src/participant-country-map/participant-country-map.js';
import type { EventArticle } from '../src/model/types.js';
import { validateEvent } from '../src/model/validate.js';
import { toJsonLd } from '../src/model/json-ld.js';
import { formatEventDate } from '../src/internal/dates.js';
import { captureConsole, part, setLocale, useLocale } from './helpers.js';

const LOCALES = ['en', 'es', 'pt-BR', 'zh-Hans', 'fr'] as const;

async function article(name: string): Promise<EventArticle> {
  const data: unknown = await (await fetch(`/test/fixtures/articles/${name}.json`)).json();
  const result = validateEvent(data);
  expect(result.ok, `${name}.json is valid: ${JSON.stringify(result.ok ? [] : result.problems)}`).to.equal(true);
  return result.value as EventArticle;
}

const shadow = (element: Element) => element.shadowRoot!;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function card(event: EventArticle): Promise<EventCard> {
  const element = await fixture<EventCard>(html`<event-card .event=${event}></event-card>`);
  await element.updateComplete;
  return element;
}

async function map(event: EventArticle): Promise<ParticipantCountryMap> {
  const element = await fixture<ParticipantCountryMap>(html`<participant-country-map .event=${event}></participant-country-map>`);
  await element.updateComplete;
  return element;
}

useLocale('en');

describe('articles: a region or a count without country codes (#14 item 1)', () => {
  it('the map shows the region and the count, no error, no warning and no empty map box', async () => {
    const event = await article('region-only');
    const { result: element, messages } = await captureConsole(() => map(event));
    expect(part(element, 'problem'), 'no alert').to.equal(null);
    expect(part(element, 'map'), 'no map box without countries or cities').to.equal(null);
    expect(clean(shadow(element).querySelector('figcaption strong')?.textContent)).to.equal('52 participants from Belt and Road Countries');
    expect(messages.filter((message) => message.includes('participant-country-map'))).to.deep.equal([]);
  });

  it('so does a participants object with an empty list of countries (the model allows it)', async () => {
    const { result: element, messages } = await captureConsole(async () => {
      const el = await fixture<ParticipantCountryMap>(html`<participant-country-map .participants=${{ count: 31, countries: [] }}></participant-country-map>`);
      await el.updateComplete;
      return el;
    });
    expect(part(element, 'problem')).to.equal(null);
    expect(clean(shadow(element).querySelector('figcaption strong')?.textContent)).to.equal('31 participants');
    expect(messages).to.deep.equal([]);
  });

  it('the region keeps its own language inside a translated sentence', async () => {
    const event = await article('region-only');
    await setLocale('zh-Hans');
    const element = await map(event);
    const region = [...shadow(element).querySelectorAll('figcaption strong span')].find((span) => span.textContent === 'Belt and Road Countries');
    expect(region, 'the region in a span of its own').to.exist;
    expect(region!.getAttribute('lang')).to.equal('en');
    const cardElement = await card(event);
    const inCard = [...part(cardElement, 'participants')!.querySelectorAll('span')].find((span) => span.textContent === 'Belt and Road Countries');
    expect(inCard?.getAttribute('lang')).to.equal('en');
  });
});

describe('articles: two seminars, one speaker at both (#14 item 2)', () => {
  it('each speech shows the name of its seminar when the article has more than one', async () => {
    const event = await article('two-seminars-same-speaker');
    const blocks = await Promise.all(
      event.speeches!.map(async (speech) => {
        const element = await fixture<SpeechBlock>(html`<speech-block .event=${event} .speech=${speech}></speech-block>`);
        await element.updateComplete;
        return element;
      }),
    );
    expect(blocks.map((block) => part(block, 'seminar')?.textContent)).to.deep.equal([
      'Seminar on Water Management for Developing Countries',
      'Seminar on Rural Tourism for Pacific Island Countries',
    ]);
    expect(clean(shadow(blocks[0]!).textContent)).to.not.equal(clean(shadow(blocks[1]!).textContent));
  });

  it('an article of one seminar shows no seminar name; the seminar attribute shows what was written', async () => {
    const event = await article('two-seminars-same-speaker');
    const one = { ...event, seminars: [event.seminars[0]!] };
    const element = await fixture<SpeechBlock>(html`<speech-block .event=${one} .speech=${event.speeches![0]}></speech-block>`);
    expect(part(element, 'seminar')).to.equal(null);
    const written = await fixture<SpeechBlock>(
      html`<speech-block speaker="Chen Wei" seminar="Seminar on Rural Tourism"><h3 slot="heading">Speech by Mr. Chen Wei</h3><p>Text.</p></speech-block>`,
    );
    expect(part(written, 'seminar')?.textContent).to.equal('Seminar on Rural Tourism');
  });
});

describe('articles: partial country lists (#14 item 4)', () => {
  const expected: Record<(typeof LOCALES)[number], { card: string; map: string }> = {
    en: { card: 'Angola and other countries', map: 'at least 1 country' },
    es: { card: 'Angola y otros países', map: 'al menos 1 país' },
    'pt-BR': { card: 'Angola e outros países', map: 'pelo menos 1 país' },
    'zh-Hans': { card: '安哥拉和其他国家', map: '至少1个国家' },
    fr: { card: 'Angola et d’autres pays', map: 'au moins 1 pays' },
  };
  for (const locale of LOCALES) {
    it(`says "and other countries" and "at least" in ${locale}`, async () => {
      const event = await article('partial-list');
      await setLocale(locale);
      const element = await card(event);
      expect(part(element, 'countries')!.textContent).to.equal(expected[locale].card);
      expect(part(element, 'participants')!.querySelector('strong')!.textContent).to.contain(expected[locale].map);
      const mapElement = await map(event);
      expect(shadow(mapElement).querySelector('figcaption strong')!.textContent).to.contain(expected[locale].map);
      expect(shadow(mapElement).querySelector('[part~="list"] [part~="more"]'), 'the list says there are others').to.exist;
      // The drawing's description, which a screen reader reads for the map image, says it too.
      const drawing = '[part~="map"] svg[role="img"] desc';
      await waitUntil(() => !!shadow(mapElement).querySelector(drawing), 'the map to be drawn', { timeout: 8000 });
      const description = shadow(mapElement).querySelector(drawing)!.textContent!;
      expect(description, 'the map description').to.contain(expected[locale].map);
      expect(description, 'the map description').to.contain(expected[locale].card);
    });
  }

  it('a complete list reads as before', async () => {
    const event = await article('partial-list');
    delete event.seminars[0]!.participants!.countriesComplete;
    const element = await card(event);
    expect(part(element, 'countries')!.textContent).to.equal('Angola');
    expect(part(element, 'participants')!.querySelector('strong')!.textContent).to.equal('30 participants from 1 country');
  });
});

describe('articles: dates (#14 item 5)', () => {
  it('a date printed without its year shows the inferred year on the card and in JSON-LD, the data keeps the printed form', async () => {
    const event = await article('no-year-dates');
    expect(event.dates!.start).to.equal('--05-23');
    const element = await card(event);
    const time = part(element, 'date')!.querySelector('time')!;
    expect(time.textContent).to.equal('May 23, 2021');
    expect(time.getAttribute('datetime')).to.equal('2021-05-23');
    const jsonLd = toJsonLd(event) as { about: { startDate: string } };
    expect(jsonLd.about.startDate).to.equal('2021-05-23');
  });

  it('without an inferred year the date reads without one and <time> takes the yearless date', async () => {
    const event = await article('no-year-dates');
    delete event.dates!.inferredYear;
    const element = await card(event);
    const time = part(element, 'date')!.querySelector('time')!;
    expect(time.textContent).to.equal('May 23');
    expect(time.getAttribute('datetime')).to.equal('--05-23');
  });

  const single: Record<(typeof LOCALES)[number], RegExp> = { en: /July/, es: /julio/, 'pt-BR': /julho/, 'zh-Hans': /7月/, fr: /juillet/ };
  for (const locale of LOCALES) {
    it(`a range in ${locale} is written as its single dates are, each date a valid <time>`, async () => {
      const event = await article('date-range');
      await setLocale(locale);
      const element = await card(event);
      const date = part(element, 'date')!;
      expect(date.textContent).to.match(single[locale]);
      expect(date.textContent, 'no numeric dates').to.not.match(/\d+\/\d+/);
      const times = [...date.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(times).to.deep.equal(['2019-06-27', '2019-07-10']);
    });
  }

  it('the Chinese range reads as two Chinese dates', () => {
    expect(formatEventDate('2019-06-27', '2019-07-10', 'zh-Hans')!.text).to.equal('2019年6月27日 – 2019年7月10日');
    expect(
      formatEventDate('--12-30', '--01-02', 'en', 2021)!
        .segments.map((segment) => segment.datetime)
        .filter(Boolean),
    ).to.deep.equal(['2021-12-30', '2022-01-02']);
  });
});

describe('articles: language fallback and Chinese spacing (#14 item 6)', () => {
  it('a Spanish reader of a Chinese-only article gets the English host and organizer', async () => {
    const event = await article('chinese-only');
    await setLocale('es');
    const element = await card(event);
    const facts = clean(part(element, 'facts')!.textContent);
    expect(facts).to.contain('Seaside Vocational College');
    expect(facts).to.contain('Office of International Exchange');
    expect(facts).to.not.contain('海滨职业学院');
    const region = [...part(element, 'participants')!.querySelectorAll('span')].find((span) => span.textContent === 'Southeast Asian countries');
    expect(region?.getAttribute('lang')).to.equal('en');
  });

  it('cities in a Chinese sentence keep their language; Chinese text gets text-autospace, the text unchanged', async () => {
    const event = await article('chinese-only');
    for (const seminar of event.seminars) seminar.visits = [{ city: 'Shenzhen' }, { city: 'Guangzhou' }];
    event.lang = 'en';
    await setLocale('zh-Hans');
    const element = await map(event);
    const line = [...shadow(element).querySelectorAll('figcaption p')].at(-1)!;
    const cities = [...line.querySelectorAll('span')].map((span) => [span.textContent, span.getAttribute('lang')]);
    expect(cities).to.deep.equal([
      ['Shenzhen', 'en'],
      ['Guangzhou', 'en'],
    ]);
    expect(line.textContent).to.contain('Shenzhen和Guangzhou');
    if (CSS.supports('text-autospace', 'normal')) {
      expect(getComputedStyle(line).getPropertyValue('text-autospace')).to.equal('normal');
      const cardElement = await card(event);
      expect(getComputedStyle(part(cardElement, 'title')!).getPropertyValue('text-autospace')).to.equal('normal');
    }
  });
});

describe('articles: what the model holds now (#14 item 7)', () => {
  it('validates every new field, and refuses them malformed', async () => {
    const event = await article('new-fields');
    const bad = structuredClone(event) as unknown as Record<string, unknown> & EventArticle;
    bad.seminars[0]!.participants!.countriesComplete = 'no' as unknown as boolean;
    bad.dates!.inferredYear = 0;
    (bad.related as unknown[]) = [{ relation: 'mirror' }];
    (bad.coverage as unknown[]) = [{ date: '2022-08-20' }];
    bad.seminars[0]!.alternateNames = [''];
    const result = validateEvent(bad);
    expect(result.ok).to.equal(false);
    const paths = result.ok ? [] : result.problems.map((problem) => problem.path);
    for (const path of [
      'seminars[0].participants.countriesComplete',
      'dates.inferredYear',
      'related[0]',
      'coverage[0].outlet',
      'seminars[0].alternateNames[0]',
    ]) {
      expect(paths, path).to.include(path);
    }
  });

  it("the card shows the printed kind and the printed roles, the participants' kind and states, and no inferred format", async () => {
    const event = await article('new-fields');
    const element = await card(event);
    expect(part(element, 'eyebrow')!.textContent).to.equal('Ministerial Workshop');
    expect(part(element, 'format'), 'an inferred format is not stated').to.equal(null);
    const labels = [...part(element, 'facts')!.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels).to.deep.equal(['Sponsored by', 'Co-organized by']);
    expect(clean(part(element, 'participants')!.textContent)).to.contain('Participants: government officials');
    expect(part(element, 'countries')!.textContent).to.equal('Ghana and Nigeria (Kano State, Lagos State, Oyo State, and Kaduna State)');
  });

  it('a title in a translation of ours is marked as such; the printed one is not', async () => {
    const event = await article('new-fields');
    event.title = { en: 'Ministerial Workshop on Public Health Governance Closes', 'zh-Hans': '公共卫生治理部长级研讨会结业' };
    const printed = await card(event);
    expect(part(printed, 'translated')).to.equal(null);
    await setLocale('zh-Hans');
    const translated = await card(event);
    expect(part(translated, 'title')!.textContent).to.equal('公共卫生治理部长级研讨会结业');
    expect(part(translated, 'translated')!.textContent).to.equal('标题由编辑翻译');
  });

  it('the map lists places visited and field visits without a place, with no warning', async () => {
    const event = await article('new-fields');
    const { result: element, messages } = await captureConsole(() => map(event));
    const line = clean([...shadow(element).querySelectorAll('figcaption p')].at(-1)!.textContent);
    expect(line).to.contain('Visits: Hangzhou, a provincial disease-control centre, and a field visit');
    expect(messages).to.deep.equal([]);
  });

  it('JSON-LD carries the other names, the printed kind, the same article elsewhere, and no inferred format', async () => {
    const event = await article('new-fields');
    const jsonLd = toJsonLd(event) as Record<string, unknown> & { about: Record<string, unknown> };
    expect(jsonLd['genre']).to.equal('Ministerial Workshop');
    expect(jsonLd['sameAs']).to.deep.equal(['https://example.org/news/2022/0819b.html']);
    expect(jsonLd.about['alternateName']).to.deep.equal(['Workshop on Health Governance for Ministers']);
    expect(jsonLd.about['eventAttendanceMode']).to.equal(undefined);
  });
});

describe('articles: links to the other articles of a seminar and its press coverage, on the card (#14 item 7)', () => {
  const expected: Record<(typeof LOCALES)[number], { opening: string; related: string; coverage: string }> = {
    en: { opening: 'Opening ceremony of this seminar', related: 'More about this seminar', coverage: 'Reported by ' },
    es: { opening: 'Ceremonia de apertura de este seminario', related: 'Más sobre este seminario', coverage: 'En los medios: ' },
    'pt-BR': { opening: 'Cerimônia de abertura deste seminário', related: 'Mais sobre este seminário', coverage: 'Na imprensa: ' },
    'zh-Hans': { opening: '本研修班开班仪式', related: '本研修班的更多报道', coverage: '媒体报道：' },
    fr: { opening: 'Cérémonie d’ouverture de ce séminaire', related: 'Plus d’articles sur ce séminaire', coverage: 'Dans la presse\u00a0: ' },
  };

  it('links the opening and a related article (safe URLs only), not the same article again or its mirror', async () => {
    const event = await article('linked-articles');
    const element = await card(event);
    const links = [...part(element, 'related')!.querySelectorAll('a')];
    expect(links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('lang')])).to.deep.equal([
      ['Opening ceremony of this seminar', 'https://example.org/news/2023/0622.html', null],
      // The related article's title is in Chinese only: marked as such inside the English card.
      ['学员参观渔港', 'https://example.org/news/2023/0705.html', 'zh-Hans'],
    ]);
    expect(part(element, 'related')!.getAttribute('aria-label')).to.equal('More about this seminar');
    expect(clean(shadow(element).textContent), 'no javascript: link, no same article').to.not.contain('Not a link');
    await expect(element).to.be.accessible();
  });

  it('names the press reports with their outlets and dates, the outlet a link where its URL is safe', async () => {
    const event = await article('linked-articles');
    const element = await card(event);
    const coverage = part(element, 'coverage')!;
    expect(clean(coverage.textContent)).to.equal('Reported by Lakeside Daily (July 13, 2023), 海滨晚报 (July 14, 2023), Harbour Radio, and 1 more');
    expect([...coverage.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
      ['Lakeside Daily', 'https://lakeside.example/fisheries'],
    ]);
    expect([...coverage.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal(['2023-07-13', '2023-07-14']);
    const chinese = [...coverage.querySelectorAll('span')].find((span) => span.textContent === '海滨晚报');
    expect(chinese?.getAttribute('lang'), 'the outlet keeps its language').to.equal('zh-Hans');
  });

  it('keeps the punctuation around the dates in Chinese (one-character pieces between the slots)', async () => {
    const event = await article('linked-articles');
    await setLocale('zh-Hans');
    const element = await card(event);
    // The sentence's pieces "（" and "）" stand alone between an outlet and its date: they were
    // taken for slots and dropped until fillSlots() (messages.ts) read only the slots' characters.
    expect(clean(part(element, 'coverage')!.textContent))
      .to.contain('Lakeside Daily（2023年7月13日）')
      .and.contain('海滨晚报（2023年7月14日）');
  });

  for (const locale of LOCALES) {
    it(`reads in ${locale}`, async () => {
      const event = await article('linked-articles');
      await setLocale(locale);
      const element = await card(event);
      expect(part(element, 'related')!.querySelector('a')!.textContent).to.equal(expected[locale].opening);
      expect(part(element, 'related')!.getAttribute('aria-label')).to.equal(expected[locale].related);
      expect(part(element, 'coverage')!.textContent!.startsWith(expected[locale].coverage), part(element, 'coverage')!.textContent!).to.equal(true);
    });
  }

  it('an article without them shows neither', async () => {
    const element = await card(await article('partial-list'));
    expect(part(element, 'related')).to.equal(null);
    expect(part(element, 'coverage')).to.equal(null);
  });
});

describe('articles: what readers saw on the page (#14 item 8)', () => {
  it('the credit line reads "Photos by" in English', async () => {
    const element = await fixture(html`<photo-credit variant="inline" photos-by="Ni Haoran"></photo-credit>`);
    expect(clean(shadow(element).textContent)).to.equal('Photos by Ni Haoran');
  });

  it("the wide card keeps the photo's 16:9 framing however long the title, and --eh-card-title-lines clamps the title", async () => {
    const event = await article('region-only');
    event.title = `${event.title} `.repeat(6).trim();
    event.photos = [{ src: 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', width: 1600, height: 900 }];
    const element = await fixture<EventCard>(html`<div style="width: 900px"><event-card .event=${event}></event-card></div>`);
    const cardElement = element.querySelector('event-card')!;
    await cardElement.updateComplete;
    const media = part(cardElement, 'media')!.getBoundingClientRect();
    expect(media.width / media.height).to.be.closeTo(16 / 9, 0.05);
    const title = part(cardElement, 'title')!;
    const tall = title.getBoundingClientRect().height;
    cardElement.style.setProperty('--eh-card-title-lines', '2');
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
    expect(title.getBoundingClientRect().height).to.be.below(tall);
    expect(title.getBoundingClientRect().height).to.be.closeTo(2 * lineHeight, 2);
  });
});

describe('articles: event-highlights.css before the script (#14 item 8)', () => {
  it("puts a speech's heading above its speaker, tints the map box with the page's colours, and spaces consecutive elements", async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '900px';
    // No script in the frame: the elements stay undefined, as on a page whose script has not arrived.
    frame.srcdoc =
      `<!doctype html><link rel="stylesheet" href="${new URL('/src/event-highlights.css', location.href).href}">` +
      `<body style="background: #000; color: #fff; color-scheme: dark">
      <speech-block speaker="Chen Wei" speaker-role="Dean"><h3 slot="heading">Speech by Mr. Chen Wei</h3><p>Text of the speech.</p></speech-block>
      <participant-country-map countries="BO"></participant-country-map><photo-credit written-by="Ma Yizhou">Written by Ma Yizhou</photo-credit></body>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const win = frame.contentWindow!;
      const speech = doc.querySelector('speech-block')!;
      const heading = speech.querySelector('h3')!.getBoundingClientRect();
      const paragraph = speech.querySelector('p')!.getBoundingClientRect();
      expect(heading.top - speech.getBoundingClientRect().top, 'the heading first').to.be.below(30);
      // Between the heading and the text: the speaker's lines (the ::before, 4.5em tall at least).
      expect(paragraph.top - heading.bottom).to.be.above(60);
      const box = win.getComputedStyle(doc.querySelector('participant-country-map')!, '::before').backgroundColor;
      const [r, g, b, a = 1] = (box.match(/[\d.]+/g) ?? []).map(Number);
      expect(a * (((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3), `the box ${box} is no bright rectangle on a dark page`).to.be.below(40);
      expect(win.getComputedStyle(doc.querySelector('participant-country-map')!).marginBlockStart).to.equal('16px');
      expect(win.getComputedStyle(doc.querySelector('photo-credit')!).marginBlockStart).to.equal('16px');
      expect(win.getComputedStyle(speech).marginBlockStart, 'no space above the first').to.equal('0px');
    } finally {
      frame.remove();
    }
  });
});

describe('articles: the lightbox (#14 item 8)', () => {
  it('hides the article behind the caption: nothing of the page shows through', async () => {
    await import('../src/group-photo/define.js');
    const photo = await fixture<HTMLElement & { photo: unknown }>(html`<group-photo></group-photo>`);
    photo.photo = {
      src: 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
      alt: 'Participants and hosts',
      caption: 'Group Photo of the Seminar',
      width: 1600,
      height: 900,
    };
    await (photo as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    part(photo, 'button')!.click();
    const dialog = part(photo, 'dialog') as HTMLDialogElement;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(dialog.open).to.equal(true);
    const alpha = (color: string) =>
      /rgba?\([^)]*,\s*([\d.]+)\)/.exec(color)?.[1] !== undefined && color.startsWith('rgba') ? Number(/,\s*([\d.]+)\)$/.exec(color)![1]) : 1;
    const backdrop = getComputedStyle(dialog, '::backdrop').backgroundColor;
    const box = getComputedStyle(dialog).backgroundColor;
    // What shows of the page through both layers.
    expect((1 - alpha(backdrop)) * (1 - alpha(box)), `${backdrop} under ${box}`).to.equal(0);
    dialog.close();
  });
});
