import { expect } from '@open-wc/testing';
import { toJsonLd, toJsonLdScript } from '../src/model/json-ld.js';
import { LIMITS, toJsonLdScript as fromModelEntry } from '../src/model/index.js';
import { validateEvent } from '../src/model/validate.js';
import type { EventArticle } from '../src/model/types.js';
import { mutate, random } from './fuzz/generator.js';

const load = async (path: string) => {
  const result = validateEvent(await (await fetch(path)).json());
  if (!result.ok) throw new Error(`invalid ${path}`);
  return result.value;
};

describe('toJsonLd', () => {
  it("describes the seed as a NewsArticle about the seminar, with the article's facts", async () => {
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

/** Strings that end, comment out or re-open a script element, or end a line in old JavaScript. */
const BREAKOUTS = [
  '</script><script>window.__jsonLdTrap=1</script>',
  '</SCRIPT ><img src=x onerror="window.__jsonLdTrap=1">',
  '<!--<script>',
  '--> ]]> &amp; &lt;/script&gt;',
  'line\u2028separator\u2029paragraph',
];

/**
 * An article with a break-out string in every text field that reaches the JSON-LD: headline,
 * section, description, seminar names, venue, organizations (name and short name), authors,
 * audience, and the URLs.
 */
function hostileArticle(): EventArticle {
  const text = (i: number) => `${BREAKOUTS[i % BREAKOUTS.length]} #${i}`;
  return {
    title: text(0),
    section: text(1),
    summary: text(2),
    lang: 'en',
    created: '2023-07-03',
    venue: text(3),
    url: 'https://school.example/news/</script>?a=<b>&c=d',
    dates: { start: '2023-06-29' },
    seminars: [
      {
        id: 'a',
        name: text(4),
        durationDays: 3,
        host: { name: text(5), shortName: text(6) },
        organizer: { name: text(7), url: '/org/<script>' },
        participants: { region: text(8) },
      },
      { id: 'b', name: { en: text(9), 'zh-Hans': text(10) } },
    ],
    photos: [{ src: 'images/</script>.jpg', alt: text(11) }],
    credits: [{ role: 'writer', names: [text(12), { en: text(13) }] }],
  };
}

/** Every string inside a JSON value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

describe('toJsonLdScript', () => {
  afterEach(() => {
    delete (window as { __jsonLdTrap?: number }).__jsonLdTrap;
  });

  it('is exported, with LIMITS, from the model entry and the package entry (the bundle)', async () => {
    expect(fromModelEntry).to.equal(toJsonLdScript);
    const entry = await import('../src/index.js');
    expect(entry.toJsonLdScript).to.equal(toJsonLdScript);
    expect(entry.LIMITS).to.equal(LIMITS);
    expect(entry.LIMITS.titleLength).to.equal(500);
  });

  it('escapes < > & U+2028 U+2029 and parses back to the same data, with hostile text in every field', () => {
    const article = hostileArticle();
    // Such text is valid data: the validator cannot be what keeps it out of the page.
    expect(validateEvent(article).problems).to.deep.equal([]);
    const ld = toJsonLd(article, { base: 'https://school.example/news/' });
    const strings = stringsIn(ld).join('\n');
    // The data does carry every break-out string, in the fields named above.
    // (#10, the Chinese name, and #11, the alt text, are not in English JSON-LD.)
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13]) expect(strings, `text #${i}`).to.include(`#${i}`);
    expect(strings).to.include('</script>');
    const script = toJsonLdScript(article, { base: 'https://school.example/news/' });
    expect(script).to.not.match(/[<>&\u2028\u2029]/);
    expect(script).to.include('\\u003c/script\\u003e');
    expect(JSON.parse(script)).to.deep.equal(ld);
  });

  it('leaves exactly one script element in the page, whose text parses, where JSON.stringify leaves several', () => {
    const article = hostileArticle();
    const page = (json: string) =>
      new DOMParser().parseFromString(
        `<!doctype html><html><head><title>t</title><script type="application/ld+json">${json}</script></head><body><p>after</p></body></html>`,
        'text/html',
      );
    // The documented way before toJsonLdScript: the title ends the block and opens a script.
    const naive = page(JSON.stringify(toJsonLd(article)));
    expect(naive.querySelectorAll('script').length).to.be.greaterThan(1);

    const safe = page(toJsonLdScript(article));
    const scripts = safe.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('application/ld+json');
    expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal(toJsonLd(article));
    expect(safe.querySelectorAll('img')).to.have.length(0);
    expect(safe.body.innerHTML).to.equal('<p>after</p>');
  });

  it('runs nothing in a live page: written into a real document, the block stays data', async () => {
    const frame = document.createElement('iframe');
    const html = `<!doctype html><script type="application/ld+json">${toJsonLdScript(hostileArticle())}</script><p id="end">end</p>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = html;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect((frame.contentWindow as unknown as { __jsonLdTrap?: number }).__jsonLdTrap).to.equal(undefined);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.getElementById('end')!.textContent).to.equal('end');
    frame.remove();
  });
});

describe('toJsonLd at the edges of dates and numbers', () => {
  it('keeps the years 0001–0099 as themselves', () => {
    const ld = toJsonLd({ title: 'T', dates: { start: '0023-06-29' }, seminars: [{ id: 's', name: 'S', durationDays: 21 }] }) as Record<string, any>;
    expect(ld.about.startDate).to.equal('0023-06-29');
    // Date.UTC(23, …) is 1923: the end date came out as "1923-07-19".
    expect(ld.about.endDate).to.equal('0023-07-19');
  });

  it('gives no end date past the year 9999 and never throws, even on durations the validator refuses', () => {
    const article = (durationDays: number): EventArticle => ({ title: 'T', dates: { start: '9999-12-01' }, seminars: [{ id: 's', name: 'S', durationDays }] });
    const atLimit = toJsonLd(article(LIMITS.durationDays)) as Record<string, any>;
    expect(atLimit.about.startDate).to.equal('9999-12-01');
    expect(atLimit.about.endDate).to.equal(undefined);
    // 1e8 days took Date past its range: toISOString threw RangeError.
    for (const days of [1e8, 1e300, Number.MAX_SAFE_INTEGER]) {
      expect(() => toJsonLd({ ...article(days), dates: { start: '2023-06-29' } }), String(days)).to.not.throw();
    }
    expect(validateEvent(article(1e8)).ok).to.equal(false);
  });

  it('never throws on a document the validator accepts (2,000 seeded mutations of the seed, with edge dates and numbers)', async function () {
    // 2,000 validations: about 2 s on a quiet machine, several times that on a busy one.
    this.timeout(30_000);
    const seed = await (await fetch('/demo/data/seed-2023-06-29-opening.json')).json();
    const EDGES: [(string | number)[], unknown[]][] = [
      [
        ['dates', 'start'],
        ['0001-01-01', '0023-06-29', '0099-12-31', '9999-12-31', '9999-12', '--02-29', '2024-02-29'],
      ],
      [
        ['dates', 'end'],
        ['0001-01-01', '9999-12-31', '2023-06-29', '--01-01'],
      ],
      [
        ['seminars', 0, 'durationDays'],
        [1, LIMITS.durationDays, LIMITS.durationDays + 1, 1e8, 365],
      ],
      [
        ['seminars', 0, 'startDate'],
        ['0001-01-01', '9999-12-31'],
      ],
      [['created'], ['0001-01-01', '9999-12-31', '0000-01-01']],
      [
        ['seminars', 0, 'participants', 'count'],
        [0, LIMITS.participants, LIMITS.participants + 1],
      ],
    ];
    let accepted = 0;
    for (let n = 1; n <= 2000; n++) {
      const rng = random(n);
      const doc = mutate(seed, rng) as Record<string, any>;
      if (doc && typeof doc === 'object' && rng() < 0.5) {
        const [path, values] = EDGES[Math.floor(rng() * EDGES.length)]!;
        let parent: any = doc;
        for (const key of path.slice(0, -1)) parent = parent?.[key];
        if (parent && typeof parent === 'object') parent[path.at(-1)!] = values[Math.floor(rng() * values.length)];
      }
      const result = validateEvent(doc);
      if (!result.ok) continue;
      accepted++;
      let ld: unknown;
      expect(() => (ld = toJsonLd(result.value)), `case ${n}`).to.not.throw();
      expect(JSON.parse(toJsonLdScript(result.value)), `case ${n}`).to.deep.equal(ld);
    }
    // The property means something only if many documents pass.
    expect(accepted).to.be.greaterThan(200);
  });
});
