import { expect } from '@open-wc/testing';
import { toJsonLd } from '../src/model/json-ld.js';
import { validateEvent } from '../src/model/validate.js';
import type { EventArticle } from '../src/model/types.js';

const load = async (path: string) => {
  const result = validateEvent(await (await fetch(path)).json());
  if (!result.ok) throw new Error(`invalid ${path}`);
  return result.value;
};

describe('toJsonLd', () => {
  it('describes the seed as a NewsArticle about the seminar, with the article\'s facts', async () => {
    const seed = await load('/demo/data/seed-2023-06-29-opening.json');
    const ld = toJsonLd(seed, { base: 'https://school.example/news/2023/' }) as Record<string, any>;
    expect(ld['@context']).to.equal('https://schema.org');
    expect(ld['@type']).to.equal('NewsArticle');
    expect(ld.headline).to.equal(seed.title);
    expect(ld.datePublished).to.equal('2023-07-03');
    expect(ld.inLanguage).to.equal('en');
    expect(ld.author).to.deep.equal([{ '@type': 'Person', name: 'Ma Yizhou' }]);
    expect(ld.image[0]).to.equal('https://school.example/news/2023/images/opening-ceremony.svg');
    const event = ld.about;
    expect(event['@type']).to.equal('Event');
    expect(event.name).to.equal('Seminar on Science and Technology Innovation for Latin American Countries');
    expect(event.startDate).to.equal('2023-06-29');
    // 21 days from June 29: the last day is July 19.
    expect(event.endDate).to.equal('2023-07-19');
    expect(event.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
    expect(event.organizer.map((o: { name: string }) => o.name)).to.deep.equal([
      'MOFCOM Training Base for International Business Officials (Shanghai)',
      'Ministry of Commerce',
    ]);
    // Plain JSON: survives a round trip unchanged, with no undefined fields.
    expect(JSON.parse(JSON.stringify(ld))).to.deep.equal(ld);
  });

  it('marks online ceremonies and gives one Event per seminar', async () => {
    const online = await load('/demo/data/samples/sample-2021-11-16-online-opening.json');
    const onlineLd = toJsonLd(online) as Record<string, any>;
    expect(onlineLd.about.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(onlineLd.about.location['@type']).to.equal('VirtualLocation');
    const two = await load('/demo/data/samples/sample-2023-12-08-two-seminars-closing.json');
    const twoLd = toJsonLd(two) as Record<string, any>;
    expect(twoLd.about).to.have.length(2);
    expect(twoLd.about.map((event: { name: string }) => event.name)).to.deep.equal(two.seminars.map((s) => s.name));
  });

  it('leaves out what cannot be said: dates without a year, unsafe URLs', () => {
    const article: EventArticle = {
      title: { en: 'Closing', 'zh-Hans': '结业' },
      dates: { start: '--06-29' },
      url: 'javascript:alert(1)',
      seminars: [{ id: 's', name: 'S' }],
      photos: [{ src: 'javascript:alert(1)' }],
    };
    const ld = toJsonLd(article, { locale: 'zh-Hans' }) as Record<string, any>;
    expect(ld.headline).to.equal('结业');
    expect(ld.about.startDate).to.equal(undefined);
    expect(ld.url).to.equal(undefined);
    expect(ld.image).to.equal(undefined);
  });
});
